"""A broken config.toml seen from the real `cashier` command: one JSON error, exit 1, no traceback."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).with_name("cashier")   # the installed console script


def cashier(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "cashier"]
    full = {**{k: v for k, v in os.environ.items() if not k.startswith("CASHIER_")},
            "CASHIER_HOME": str(home), "CASHIER_SPC_TOKEN": "x", **env}
    return subprocess.run([*command, *args], cwd=ROOT, env=full, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)


BROKEN = [
    pytest.param('max_payment = "50000"\n', "config_invalid", "max_payment", id="money-without-decimals"),
    pytest.param("max_payment = 5000000\n", "config_money_integer", "max_payment", id="old-minor-units"),
    pytest.param('timezone = "Asia/Almaaty"\n', "config_invalid", "timezone", id="timezone"),
    pytest.param('max_paymnet = "1.00"\n', "config_unknown_key", "max_paymnet", id="typo"),
    pytest.param('[fees.AES]\npercent = "0.5"\nminimun = "50.00"\n', "config_unknown_key",
                 "fees.AES.minimun", id="fee-typo"),
    pytest.param("batch_size = 1000\n", "config_invalid", "batch_size", id="batch"),
    pytest.param("spc_url = 'https://u:p@spc/'\n", "config_invalid", "spc_url", id="password-in-url"),
    pytest.param("idle_lock_seconds = \n", "config_unreadable", None, id="not-toml"),
    pytest.param('branch_name = "'.encode() + "Филиал".encode("cp1251") + b'"\n', "config_not_utf8", None,
                 id="not-utf8"),
]


@pytest.mark.parametrize("text,code,field", BROKEN)
@pytest.mark.parametrize("command", [("status",), ("printers",)])   # with a workstation, and without
def test_a_broken_config_is_one_json_error_and_exit_1(tmp_path, text, code, field, command):
    home = tmp_path / "ws"
    home.mkdir()
    path = home / "config.toml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    out = cashier(home, *command)
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr and out.stdout == ""
    error = json.loads(out.stderr)["error"]
    assert (error["code"], error["field"]) == (code, field)
    assert str(path) in error["message"]
    assert not (home / "cashier.db").exists()   # refused before anything was opened


def test_a_config_file_that_is_a_folder_is_a_json_error(tmp_path):
    home = tmp_path / "ws"
    (home / "config.toml").mkdir(parents=True)
    out = cashier(home, "status")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert json.loads(out.stderr)["error"]["code"] == "config_unreadable"


def test_a_wrong_environment_override_is_a_json_error(tmp_path):
    out = cashier(tmp_path / "ws", "status", CASHIER_LANGUAGE="de")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    error = json.loads(out.stderr)["error"]
    assert (error["code"], error["field"]) == ("config_invalid", "CASHIER_LANGUAGE")
