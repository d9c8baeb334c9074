"""The receipt's QR code: payload, HMAC check, the workstation key, and a real read-back.

The QR is decoded from the rendered page with zbarimg (Debian: zbar-tools, which
./run installs); a missing decoder fails the test rather than skipping it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from cashier import payments
from cashier.documents import receipt_archive, receipt_code
from cashier.errors import ConfigError
from cashier.model import Payment, PaymentLine
from cashier.documents.receipt_code import make_payload, verify, workstation_key
from cashier.documents.receipt_pdf import ReceiptHeader, write_receipt
from tests.support.staffing import teller_of

ROOT = Path(__file__).resolve().parents[2]
KEY = bytes(range(32))
HEADER = ReceiptHeader("АО «Демо Банк»", "123456789012", "Алматинский филиал № 17", "",
                       "ALM-01-W03", "Сәрсенбаева Гүлнұр")


def payment(**changes) -> Payment:
    p = Payment(
        payment_id="5f2c1e9a-8b7d-4c3e-9f10-2a6b4d8e0c11", receipt_no="ALM-01-W03-20261122-00001",
        workstation_id="ALM-01-W03", teller_id="t17",
        accepted_at=datetime(2026, 11, 22, 5, 15, tzinfo=timezone.utc),
        business_date=date(2026, 11, 22), account="1002003001", holder="Ива*** И. И.",
        address="Алматы, ул. Абая 10, кв. 5", period="2026-10", currency="KZT",
        lines=(PaymentLine("ELEC", "Электроэнергия", "AES", "АлматыЭнергоСбыт", 1272_26),),
        fee=0, total=1272_26, tendered=1300_00, change=27_74)
    return replace(p, **changes)


# -- payload and verification ------------------------------------------------------------

def test_payload_is_compact_stable_and_round_trips():
    text = make_payload(payment(), KEY)
    assert text == ("RCPT1|5f2c1e9a-8b7d-4c3e-9f10-2a6b4d8e0c11|ALM-01-W03-20261122-00001|"
                    "1272.26|2026-11-22|" + text[-16:])
    assert len(text) < 120
    assert text == make_payload(payment(), KEY)  # same payment, same key: same text
    result = verify(text, KEY)
    assert result.ok and result.reason == ""
    assert (result.payment_id, result.receipt_no, result.total, result.business_date) == (
        "5f2c1e9a-8b7d-4c3e-9f10-2a6b4d8e0c11", "ALM-01-W03-20261122-00001", "1272.26",
        "2026-11-22")
    # What a scanner may add around it does not matter; the hex case does not either.
    assert verify(f"  {text}\r\n", KEY).ok
    assert verify(text[:-16] + text[-16:].upper(), KEY).ok
    assert verify(text.encode(), KEY).ok


def test_the_code_is_an_hmac_of_the_fields():
    import hashlib
    import hmac
    text = make_payload(payment(), KEY)
    signed, code = text.rsplit("|", 1)
    assert code == hmac.new(KEY, signed.encode(), hashlib.sha256).hexdigest()[:16]


@pytest.mark.parametrize("index,new_value", [
    (1, "5f2c1e9a-8b7d-4c3e-9f10-2a6b4d8e0c12"),    # payment id
    (2, "ALM-01-W03-20261122-00002"),               # receipt number
    (3, "1972.26"),                                 # total
    (4, "2026-11-23"),                              # business date
    (5, "0000000000000000"),                        # the code itself
])
def test_changing_any_field_fails(index, new_value):
    parts = make_payload(payment(), KEY).split("|")
    parts[index] = new_value
    result = verify("|".join(parts), KEY)
    assert not result.ok
    assert "does not match" in result.reason
    # What the text claims is shown to the person checking it.
    assert [result.payment_id, result.receipt_no, result.total, result.business_date] == parts[1:5]


def test_another_workstations_key_fails():
    text = make_payload(payment(), KEY)
    other = bytes(31) + b"\x01"
    assert not verify(text, other).ok
    assert make_payload(payment(), other) != text


@pytest.mark.parametrize("text,reason", [
    ("", "empty"),
    ("   \n", "empty"),
    (None, "not text"),
    (12345, "not text"),
    (b"\xff\xfe\x00", "not UTF-8"),
    ("https://example.kz/pay?id=1", "not a receipt code"),
    ("RCPT1", "6"),
    ("RCPT1|||||", "payment id"),
    ("RCPT2|a|b|1.00|2026-11-22|0123456789abcdef", "unsupported"),
    ("RCPT1|a|b|1.00|2026-11-22|0123456789abcdef|extra", "7 fields"),
    ("RCPT1|a b|b|1.00|2026-11-22|0123456789abcdef", "payment id"),
    ("RCPT1|a|b;DROP TABLE|1.00|2026-11-22|0123456789abcdef", "receipt number"),
    ("RCPT1|a|b|12.5|2026-11-22|0123456789abcdef", "total"),
    ("RCPT1|a|b|-1.00|2026-11-22|0123456789abcdef", "total"),
    ("RCPT1|a|b|1,00|2026-11-22|0123456789abcdef", "total"),
    ("RCPT1|a|b|1.00|2026-02-30|0123456789abcdef", "date"),
    ("RCPT1|a|b|1.00|22.11.2026|0123456789abcdef", "date"),
    ("RCPT1|a|b|1.00|2026-11-22|0123456789abcdeg", "hex"),
    ("RCPT1|a|b|1.00|2026-11-22|0123", "hex"),
    ("RCPT1|" + "x" * 600, "too long"),
    ("RCPT1|ж|б|1.00|2026-11-22|0123456789abcdef", "payment id"),
])
def test_garbage_gives_a_reason_never_an_exception(text, reason):
    result = verify(text, KEY)
    assert result.ok is False
    assert reason in result.reason, result.reason


def test_fields_that_would_break_the_format_are_refused():
    with pytest.raises(Exception, match="QR"):
        make_payload(payment(receipt_no="A|B"), KEY)
    with pytest.raises(Exception, match="QR"):
        make_payload(payment(payment_id="a b"), KEY)


# -- the workstation's key ---------------------------------------------------------------

class MemoryKeyring(KeyringBackend):
    """A keyring backend in memory: the keyring API's own extension point, for the logic."""
    priority = 10

    def __init__(self, keep: bool = True):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.keep = keep

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        if self.keep:
            self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def use_keyring(monkeypatch):
    monkeypatch.delenv(receipt_code.ENV_KEY, raising=False)
    original = keyring.get_keyring()
    receipt_code.forget_cached_keys()

    def install(backend):
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(original)
    receipt_code.forget_cached_keys()


def test_the_environment_key_overrides(monkeypatch):
    monkeypatch.setenv(receipt_code.ENV_KEY, KEY.hex())
    assert workstation_key("ALM-01-W03") == KEY
    with pytest.raises(ConfigError, match="not a hex"):
        workstation_key("W", env={receipt_code.ENV_KEY: "zz"})
    with pytest.raises(ConfigError, match="too short"):
        workstation_key("W", env={receipt_code.ENV_KEY: "abcd"})


def test_key_is_made_on_first_use_and_kept_in_the_keyring(use_keyring):
    backend = use_keyring(MemoryKeyring())
    key = workstation_key("ALM-01-W03")
    assert len(key) == 32
    stored = backend.items[("cashier-workstation-receipt-key", "ALM-01-W03")]
    assert bytes.fromhex(stored) == key
    receipt_code.forget_cached_keys()
    assert workstation_key("ALM-01-W03") == key          # the same key next time
    assert workstation_key("ALM-01-W04") != key          # one key per workstation


def test_a_damaged_keyring_entry_is_reported_not_replaced(use_keyring):
    backend = use_keyring(MemoryKeyring())
    backend.items[("cashier-workstation-receipt-key", "W")] = "not hex at all"
    with pytest.raises(ConfigError, match="keyring entry"):
        workstation_key("W")
    assert backend.items[("cashier-workstation-receipt-key", "W")] == "not hex at all"


def test_without_a_keyring_the_error_says_so(use_keyring):
    use_keyring(fail.Keyring())
    with pytest.raises(ConfigError) as info:
        workstation_key("ALM-01-W03")
    assert info.value.code == "receipt_key_unavailable"
    assert "keyring" in info.value.message and "CASHIER_RECEIPT_KEY" in info.value.message
    assert "never in a plain file" in info.value.message
    use_keyring(MemoryKeyring(keep=False))  # accepts, forgets: must not hand out a fresh key each time
    with pytest.raises(ConfigError, match="does not keep"):
        workstation_key("ALM-01-W03")


# -- a real read-back from the rendered page ---------------------------------------------

def zbar_decode(png: Path) -> list[str]:
    if shutil.which("zbarimg") is None:
        pytest.fail("zbarimg is not installed (Debian package zbar-tools; ./run setup installs it): "
                    "the QR code cannot be read back")
    done = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
                          capture_output=True, text=True, timeout=60)
    return [line for line in done.stdout.splitlines() if line.strip()]


def render_png(pdf: Path, dpi: int = 150) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is not installed (Debian package poppler-utils)")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(pdf.with_suffix(""))],
                   check=True, timeout=60)
    return sorted(pdf.parent.glob(pdf.stem + "-*.png"))


def test_the_qr_on_the_page_decodes_to_the_payload_on_both_copies(tmp_path):
    p = payment()
    text = make_payload(p, KEY)
    pdf = write_receipt(tmp_path / "r.pdf", p, HEADER, qr_payload=text)
    decoded = [line for png in render_png(pdf) for line in zbar_decode(png)]
    assert decoded == [text, text]  # the bank's copy and the payer's
    assert verify(decoded[0], KEY).ok


def test_accepted_payment_receipt_carries_a_verifiable_qr(ws, account, monkeypatch):
    monkeypatch.setenv(receipt_code.ENV_KEY, KEY.hex())
    paid = payments.accept_payment(ws, payments.build_draft(account, None, {}, "5000"), teller_of(ws))
    (entry,) = receipt_archive.entries(ws.conn, paid.payment_id)
    assert entry.qr_payload == make_payload(paid, KEY)
    decoded = zbar_decode(render_png(Path(paid.receipt_pdf))[0])
    assert decoded == [entry.qr_payload] * 2
    result = verify(decoded[0], KEY)
    assert result.ok and result.receipt_no == paid.receipt_no and result.total == "3796.01"


def test_without_a_key_the_receipt_is_still_written_without_qr(ws, account, use_keyring, caplog):
    use_keyring(fail.Keyring())
    receipt_archive._warned_no_key.clear()
    with caplog.at_level("WARNING"):
        paid = payments.accept_payment(ws, payments.build_draft(account, None, {}, "5000"), teller_of(ws))
    assert paid.receipt_pdf and Path(paid.receipt_pdf).is_file()  # the customer gets a receipt
    (entry,) = receipt_archive.entries(ws.conn, paid.payment_id)
    assert entry.qr_payload is None
    assert "without a QR verification code" in caplog.text
    assert zbar_decode(render_png(Path(paid.receipt_pdf))[0]) == []


# -- `cashier receipt verify` ------------------------------------------------------------

def run_cli(home: Path, *args: str, stdin: str | None = None) -> tuple[int, dict]:
    env = {**os.environ, "CASHIER_HOME": str(home), "CASHIER_RECEIPT_KEY": KEY.hex(),
           "CASHIER_WORKSTATION_ID": "ALM-01-W03", "CASHIER_SPC_URL": "http://127.0.0.1:9/",
           "CASHIER_SPC_TOKEN": "t"}
    done = subprocess.run([sys.executable, "-m", "cashier", *args], input=stdin, env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    out = done.stdout.strip().splitlines()
    return done.returncode, (json.loads(out[-1]) if out else {"stderr": done.stderr})


def test_cli_verify_checks_the_code_and_the_local_payment(ws, account, monkeypatch):
    monkeypatch.setenv(receipt_code.ENV_KEY, KEY.hex())
    paid = payments.accept_payment(ws, payments.build_draft(account, None, {}, "5000"), teller_of(ws),
                                   write_pdf=False)
    text = make_payload(paid, KEY)
    home = ws.config.home

    code, out = run_cli(home, "receipt", "verify", text)
    assert code == 0, out
    assert out["ok"] and out["known_locally"] and out["reason"] == ""
    assert out["receipt_no"] == paid.receipt_no and out["total"] == "3796.01"

    code, out = run_cli(home, "receipt", "verify", "-", stdin=text + "\n")
    assert code == 0 and out["ok"], out

    code, out = run_cli(home, "receipt", "verify", text.replace("|3796.01|", "|3996.01|"))
    assert code == 1 and not out["ok"] and not out["known_locally"]

    # A genuine code for a payment this database does not have: ok, but not consistent.
    stranger = make_payload(replace(paid, payment_id="00000000-0000-4000-8000-000000000001"), KEY)
    code, out = run_cli(home, "receipt", "verify", stranger)
    assert code == 1 and out["ok"] and not out["known_locally"]

    code, out = run_cli(home, "receipt", "verify", "garbage")
    assert code == 1 and not out["ok"] and "not a receipt code" in out["reason"]
