"""lp and lpstat get a clean environment: what CUPS needs, never a secret of the desk.

A fake `lp` (and `lpstat`) first on PATH writes the environment it was started
with to a file; a receipt is accepted and printed through the real code path with
the desk's secrets in os.environ, and none of them, by name or by value, arrives.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cashier import documents, payments
from cashier.adapters import printing
from cashier.config import Config
from cashier.model import Account
from cashier.workstation import Workstation
from tests.support.staffing import teller_of
from tests.unit.conftest import ACCOUNT_BODY

SECRETS = {
    "CASHIER_PASSWORD": "pw-teller-0001",
    "CASHIER_SUPERVISOR_PASSWORD": "pw-super-0002",
    "CASHIER_NEW_PASSWORD": "pw-new-0003",
    "CASHIER_SPC_TOKEN": "spc-token-0004",
    "CASHIER_RECEIPT_KEY": "ab" * 32,
    "CASHIER_BACKOFFICE_TOKEN": "bo-token-0005",
    "AWS_SECRET_ACCESS_KEY": "aws-0006",
    "GITHUB_TOKEN": "gh-0007",
    "MY_API_KEY": "api-0008",
    "CUPS_PASSWORD": "cups-pw-0009",  # a CUPS_ name is let through, unless it names a secret
    "DB_PASSWD": "db-0010",
}
FAKE = """#!/bin/sh
env > "{dump}.$(basename "$0").$$"
case "$(basename "$0")" in
  lp) echo "request id is FakeQueue-7 (1 file(s))" ;;
  lpstat) echo "system default destination: FakeQueue" ;;
esac
"""


@pytest.fixture
def fake_cups(tmp_path, monkeypatch):
    bin_dir, dumps = tmp_path / "bin", tmp_path / "dumps"
    bin_dir.mkdir()
    dumps.mkdir()
    for tool in ("lp", "lpstat"):
        script = bin_dir / tool
        script.write_text(FAKE.format(dump=dumps / "env"))
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("CUPS_SERVER", "printhost.example:631")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/bundle/lib")
    monkeypatch.setenv("CASHIER_HOME", str(tmp_path / "home"))
    return dumps


def read_dumps(dumps: Path) -> dict[str, dict[str, str]]:
    out = {}
    for path in sorted(dumps.iterdir()):
        env = dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)
        out[path.name] = env
    return out


def test_a_printed_receipt_reaches_lp_without_any_secret(tmp_path, fake_cups):
    cfg = Config(home=tmp_path / "home", workstation_id="W-ENV", spc_url="http://127.0.0.1:9/")
    with Workstation(cfg, token="t") as ws:
        paid = payments.accept_payment(
            ws, payments.build_draft(Account.from_wire(ACCOUNT_BODY), None, {"ELEC": "12400"},
                                     "5000"), teller_of(ws))
        record = documents.print_receipt(ws, paid.payment_id)  # no printer set: lpstat, then lp
    assert (record.state, record.job_id, record.printer) == ("queued", "FakeQueue-7", "FakeQueue")
    seen = read_dumps(fake_cups)
    assert {name.split(".")[1] for name in seen} == {"lp", "lpstat"}
    for name, env in seen.items():
        leaked = {k for k in env if any(w in k for w in ("TOKEN", "PASSW", "SECRET", "KEY"))}
        assert leaked == set(), name
        text = "\n".join(f"{k}={v}" for k, v in env.items())
        assert [s for s in SECRETS.values() if s in text] == [], name
        assert env["PATH"] == os.environ["PATH"] and env["HOME"] == str(tmp_path)
        assert env["LC_ALL"] == env["LANG"] == "C"
        assert env["CUPS_SERVER"] == "printhost.example:631"
        assert "LD_LIBRARY_PATH" not in env and "CASHIER_HOME" not in env


def test_child_env_keeps_only_what_children_need(monkeypatch):
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("TMPDIR", "/var/tmp")
    monkeypatch.setenv("CUPS_USER", "kassa")
    env = printing.child_env({"EXTRA_TOKEN": "x", "FOO": "bar"})
    assert not set(SECRETS) & set(env) and "EXTRA_TOKEN" not in env
    assert env["TMPDIR"] == "/var/tmp" and env["CUPS_USER"] == "kassa" and env["FOO"] == "bar"
