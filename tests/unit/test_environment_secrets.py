"""The window hands no password, token or key to the programs it starts (a PDF viewer):
once read at start, they leave the process environment; the receipt key stays usable."""
from __future__ import annotations

import os

from cashier.documents import receipt_code


def test_secrets_leave_the_environment_and_the_receipt_key_stays(ws, monkeypatch):
    import main
    key = "ab" * 32
    for name, value in (("CASHIER_PASSWORD", "teller-pass-1"), ("CASHIER_SPC_TOKEN", "tok"),
                        ("CASHIER_SUPERVISOR_PASSWORD", "super-pass-1"),
                        ("CASHIER_RECEIPT_KEY", key), ("CASHIER_HOME", str(ws.config.home))):
        monkeypatch.setenv(name, value)
    receipt_code.forget_cached_keys()
    try:
        main._forget_environment_secrets(ws)
        left = {n for n in os.environ if n.startswith("CASHIER_")}
        assert not left & {"CASHIER_PASSWORD", "CASHIER_SPC_TOKEN", "CASHIER_SUPERVISOR_PASSWORD",
                           "CASHIER_RECEIPT_KEY"}
        assert "CASHIER_HOME" in left  # not a secret: stays
        assert receipt_code.workstation_key(ws.config.workstation_id) == bytes.fromhex(key)
    finally:
        receipt_code.forget_cached_keys()
