"""Each state of the desk on a real X server (Xvfb), saved as a PNG for people to look at.

Runs `main.py --demo --screenshot PNG [scenario]` under xvfb-run, as a teller's
machine would (xcb platform, DejaVu from resources/, the demo launcher starting
the reference SPC itself). The PNGs and their JSON reports land in artifacts/
(or $CASHIER_ARTIFACTS). A test fails when the picture is flat (one colour, or
nearly), when a key widget of that state is hidden or empty, or when the
invoice/receipt area has nothing painted.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from ui.screenshot import distinct_colors

ROOT = Path(__file__).resolve().parents[2]

# name -> (main.py arguments, what must be on screen)
STATES = {
    "empty": ([], {"services_rows": 0, "invoice_state": "empty"}),
    "account-loaded": (["--account", "1002003001"], {"invoice_state": "ready"}),
    "invalid-input": (["--account", "1002003001", "--reading", "ELEC=100", "--amount", "HEAT=12,345",
                       "--tendered", "5000"], {"invoice_state": "ready"}),
    "offline": (["--offline", "--account", "1002003005", "--tendered", "20000", "--accept"],
                {"spc": "offline", "mode": "receipt"}),
    "receipt": (["--account", "1002003001", "--tendered", "6000", "--accept"],
                {"mode": "receipt", "invoice_kind": "receipt", "invoice_state": "ready"}),
    "queue": (["--seed-refused", "--account", "1002003001", "--open", "queue"],
              {"dialog": "QueueDialog"}),
    "address-search": (["--open", "search", "--search", "Абая"], {"dialog": "AddressSearchDialog"}),
    "settings": (["--open", "settings"], {"dialog": "SettingsDialog"}),
    # The demo's supervisor at the branch view: the demo's back office and its two other desks.
    "branch": (["--as", "s.demo", "--open", "branch"], {"dialog": "BranchDialog"}),
    # The demo's evening: this desk's day closed, the other two following, the branch's closed.
    "branch-close": (["--as", "s.demo", "--open", "branchclose"],
                     {"dialog": "BranchCloseDialog", "branch_closed": True}),
}

# widgets that every state shows, and those each state adds
ALWAYS = ("account_field", "spc_state", "queue", "key_strip")
SHOWN = {
    "account-loaded": ("account_header", "account_source", "total"),
    "invalid-input": ("account_header", "form_error"),
    "offline": ("account_header", "account_source", "receipt_no"),
    "receipt": ("account_header", "receipt_no", "receipt_print"),
    "queue": ("dialog", "dialog_rows"),
    "address-search": ("dialog", "dialog_rows"),
    "settings": ("dialog", "dialog_rows"),
    "branch": ("dialog", "dialog_rows", "backoffice"),
    "branch-close": ("dialog", "backoffice"),
}


def artifacts_dir() -> Path:
    path = Path(os.environ.get("CASHIER_ARTIFACTS") or ROOT / "artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


def run_demo_screenshot(tmp_path: Path, png: Path, *extra: str):
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is missing: install the Debian packages xvfb and xauth (./run setup)"
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "xcb"
    env["CASHIER_HOME"] = str(tmp_path / "demo")
    env["CASHIER_FAIL_FAST"] = "1"
    env.pop("DISPLAY", None)
    cmd = [xvfb_run, "-a", "-s", "-screen 0 1600x1000x24", sys.executable, str(ROOT / "main.py"),
           "--demo", "--screenshot", str(png), "--timeout", "90", *extra]
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=170)
    report_path = png.with_suffix(".json")
    report = json.loads(report_path.read_text()) if report_path.exists() else None
    return done, report


@pytest.mark.xvfb
@pytest.mark.timeout(200)
@pytest.mark.parametrize("state", list(STATES))
def test_each_state_of_the_desk_on_a_real_screen(tmp_path, state):
    args, expected = STATES[state]
    png = artifacts_dir() / f"desk-{state}.png"
    png.unlink(missing_ok=True)
    done, report = run_demo_screenshot(tmp_path, png, *args)
    assert done.returncode == 0, f"main.py failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    assert report is not None and png.exists()
    assert report["platform"] == "xcb"
    assert not report["timed_out"] and report["notes"] == [], report
    for key, value in expected.items():
        assert report[key] == value, (key, report)

    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 1000
    assert report["image_colors"] >= 16, "the screenshot is (nearly) one flat colour"
    widgets = report["widgets"]
    for name in ALWAYS + SHOWN.get(state, ()):
        assert widgets[name]["visible"], f"{name} is not visible: {widgets[name]}"
        if name != "account_field":
            assert widgets[name]["text"].strip(), f"{name} is empty"
    if state in ("queue", "address-search"):
        assert int(widgets["dialog_rows"]["text"]) >= 1, "the dialog lists nothing"
    if state == "settings":
        assert widgets["dialog_rows"]["text"] == "Русский"
    if state == "offline":
        assert widgets["account_source"]["text"].startswith("⚠ Сохранённые данные от ")
        assert "ждёт отправки" in widgets["queue"]["text"]
    if state == "invalid-input":
        assert widgets["total"]["text"] == "—"
        assert "меньше предыдущего" in widgets["form_error"]["text"]
    if state == "branch":
        assert widgets["dialog_rows"]["text"] == "3", "the branch view does not show three desks"
        assert widgets["backoffice"]["text"].startswith("Бэк-офис")
    if state == "empty":
        assert not widgets["account_header"]["visible"]

    if report["invoice_state"] == "ready" and not report["dialog"]:
        ratio = report["device_pixel_ratio"] or 1.0
        x, y, w, h = (int(v * ratio) for v in report["invoice_rect"])
        assert w > 200 and h > 200, f"the invoice area is too small: {report['invoice_rect']}"
        assert distinct_colors(image, QRect(x, y, w, h)) >= 8, "the invoice area is blank"
        assert report["invoice_pages"] >= 1
    if report["services_rows"]:
        table = QRect(20, 150, image.width() // 2, 150)
        assert distinct_colors(image, table) >= 8, "the services table area is blank"
    if report["dialog"]:
        ratio = report["device_pixel_ratio"] or 1.0
        x, y, w, h = (int(v * ratio) for v in report["dialog_rect"])
        assert w > 300 and h > 100, f"the dialog is too small: {report['dialog_rect']}"
        assert distinct_colors(image, QRect(x, y, w, h), step=2) >= 8, "the dialog area is blank"
