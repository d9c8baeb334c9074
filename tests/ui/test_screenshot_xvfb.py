"""The demo on a real X server (Xvfb): the window must show the services AND the invoice.

Runs `main.py --demo --account 1002003001 --screenshot PNG` under xvfb-run, as a
teller's machine would (xcb platform, DejaVu from resources/, the demo launcher
starting the reference SPC itself). The PNG and its JSON report land in
artifacts/ (or $CASHIER_ARTIFACTS) for people to look at. The test fails when
the services table is empty, the invoice has no pages, or the invoice area of
the PNG is one flat colour (nothing painted).
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


def artifacts_dir() -> Path:
    path = Path(os.environ.get("CASHIER_ARTIFACTS") or ROOT / "artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


def run_demo_screenshot(tmp_path: Path, png: Path, account: str | None, *extra: str):
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is missing: install the Debian packages xvfb and xauth (./run setup)"
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "xcb"
    env["CASHIER_HOME"] = str(tmp_path / "demo")
    env["CASHIER_FAIL_FAST"] = "1"
    env.pop("DISPLAY", None)
    cmd = [xvfb_run, "-a", "-s", "-screen 0 1600x1000x24", sys.executable, str(ROOT / "main.py"),
           "--demo", "--screenshot", str(png), "--timeout", "60", *extra]
    if account:
        cmd += ["--account", account]
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=150)
    report_path = png.with_suffix(".json")
    report = json.loads(report_path.read_text()) if report_path.exists() else None
    return done, report


@pytest.mark.xvfb
@pytest.mark.timeout(180)
def test_demo_window_shows_services_and_invoice(tmp_path):
    png = artifacts_dir() / "desk-account-loaded.png"
    png.unlink(missing_ok=True)
    done, report = run_demo_screenshot(tmp_path, png, "1002003001")
    assert done.returncode == 0, f"main.py failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    assert report is not None and png.exists()
    assert report["platform"] == "xcb"
    assert report["account"] == "1002003001", report
    assert report["services_rows"] > 0, "the services table is empty"
    assert report["invoice_state"] == "ready", report
    assert report["invoice_pages"] >= 1, "the invoice document has no pages"

    image = QImage(str(png))
    assert not image.isNull()
    ratio = report["device_pixel_ratio"] or 1.0
    x, y, w, h = (int(v * ratio) for v in report["invoice_rect"])
    invoice = QRect(x, y, w, h)
    assert w > 200 and h > 200, f"the invoice area is too small: {report['invoice_rect']}"
    assert distinct_colors(image, invoice) >= 8, "the invoice area of the screenshot is blank"
    # The table area (left half, below the header) is not blank either.
    table = QRect(20, 150, image.width() // 2, 150)
    assert distinct_colors(image, table) >= 8, "the services table area of the screenshot is blank"


@pytest.mark.xvfb
@pytest.mark.timeout(180)
def test_demo_window_empty_desk(tmp_path):
    png = artifacts_dir() / "desk-empty.png"
    png.unlink(missing_ok=True)
    done, report = run_demo_screenshot(tmp_path, png, None)
    assert done.returncode == 0, f"main.py failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    assert report["services_rows"] == 0 and report["invoice_state"] == "empty"
    assert not QImage(str(png)).isNull()
