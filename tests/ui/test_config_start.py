"""A broken config.toml at the desk's start, and the settings dialog's save, with real files and processes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cashier import config as config_mod
from cashier.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
BAD = 'timezone = "Asia/Almaaty"\n'


def desk_env(home: Path, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASHIER_")}
    return {**env, "CASHIER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **extra}


def broken_home(tmp_path: Path, text: str = BAD) -> Path:
    home = tmp_path / "ws"
    home.mkdir()
    (home / "config.toml").write_text(text, encoding="utf-8")
    return home


@pytest.mark.parametrize("text,key", [(BAD, "timezone"), ("max_payment = 5000000\n", "max_payment"),
                                      ("language = 'de'\n", "language"), ("[fees.AES]\n", "[fees.AES]")])
def test_main_with_a_broken_config_exits_1_with_the_message(tmp_path, text, key):
    home = broken_home(tmp_path, text)
    shot = tmp_path / "desk.png"
    out = subprocess.run([sys.executable, "main.py", "--screenshot", str(shot), "--timeout", "20"],
                         cwd=ROOT, env=desk_env(home), capture_output=True, text=True, timeout=60,
                         stdin=subprocess.DEVNULL)
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr
    (line,) = [x for x in out.stderr.splitlines() if x.startswith("error: ")]
    assert key in line and str(home / "config.toml") in line
    assert not shot.exists() and not (home / "cashier.db").exists()


# Started from an icon there is no terminal: the message must be a box on the screen.
# This script is the real main.main(); a timer reads the box that appears and closes it.
DIALOG_PROBE = textwrap.dedent("""
    import json, sys
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    app = QApplication(sys.argv[:1])
    def look():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            print("DIALOG " + json.dumps([box.windowTitle(), box.text()]), flush=True)
            box.done(0)
        else:
            QTimer.singleShot(20, look)
    QTimer.singleShot(0, look)
    import main
    sys.exit(main.main([]))
""")


def test_main_shows_a_broken_config_in_a_message_box(tmp_path):
    home = broken_home(tmp_path)
    out = subprocess.run([sys.executable, "-c", DIALOG_PROBE, str(ROOT)], cwd=ROOT,
                         env=desk_env(home, CASHIER_LANGUAGE="en"), capture_output=True, text=True,
                         timeout=60, stdin=subprocess.DEVNULL)
    assert out.returncode == 1, out.stderr
    (shown,) = [json.loads(x[len("DIALOG "):]) for x in out.stdout.splitlines() if x.startswith("DIALOG ")]
    title, text = shown
    assert title and "timezone" in text and str(home / "config.toml") in text and "Asia/Almaty" in text


# --- the settings dialog's save ------------------------------------------------------------

def test_the_settings_offer_exactly_the_languages_the_config_accepts():
    from ui.dialogs.settings import LANGUAGE_NAMES
    assert tuple(LANGUAGE_NAMES) == config_mod.LANGUAGES


def test_settings_save_writes_a_file_that_loads_back(tmp_path):
    from cashier.identity.preferences import save_file as save_settings
    home = tmp_path / "ws"
    live = config_mod.load(env={"CASHIER_SPC_URL": "http://override.invalid/",
                                "CASHIER_WORKSTATION_ID": "ALM-09-W09"}, home=home)
    save_settings(live, language="en", printer="CashierPDF", auto_print=False)
    again = config_mod.load(env={}, home=home)
    assert (again.language, again.printer, again.auto_print) == ("en", "CashierPDF", False)
    # No file yet: the file gets the defaults, never the environment's overrides.
    assert again.spc_url == config_mod.Config.spc_url and again.workstation_id == "ALM-01-W01"
    assert again.max_payment == 100_000_000
    save_settings(again, language="kk", printer="", auto_print=True)
    assert config_mod.load(env={}, home=home) == config_mod.Config(home=home, language="kk")


def test_settings_refuse_a_printer_name_cups_cannot_have_and_keep_the_file(tmp_path):
    from cashier.identity.preferences import save_file as save_settings
    home = tmp_path / "ws"
    live = config_mod.load(env={}, home=home)
    path, _changed = save_settings(live, language="ru", printer="", auto_print=True)
    before = path.read_bytes()
    with pytest.raises(ConfigError) as info:
        save_settings(live, language="ru", printer="Receipt printer", auto_print=True)
    assert info.value.field == "printer" and path.read_bytes() == before


def test_the_demo_writes_a_config_with_the_maximum_payment(tmp_path):
    from ui.demo import start_demo
    env = {"CASHIER_HOME": str(tmp_path / "demo")}
    server = start_demo(env=env, timeout=60)
    try:
        cfg = config_mod.load(env=env)
    finally:
        server.stop()
    assert cfg.max_payment == 100_000_000 and cfg.spc_url == server.url
    text = (tmp_path / "demo" / "workstation" / "config.toml").read_text(encoding="utf-8")
    assert 'max_payment = "1000000.00"' in text
