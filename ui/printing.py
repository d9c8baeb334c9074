"""Send a receipt PDF to the default CUPS printer with `lp`. Runs in a background op.

The payment is already stored when this runs; a printing failure never touches
it. The errors carry codes ui/messages.py translates (print_no_lp, print_failed,
receipt_missing).
"""

from __future__ import annotations

import os
import shutil
import subprocess

from cashier.errors import CashierError

LP_TIMEOUT = 30


def print_pdf(path: str, printer: str | None = None) -> str:
    """Queue the file with lp; return lp's answer ("request id is desk-12 (1 file(s))")."""
    if not path or not os.path.exists(path):
        raise CashierError("receipt_missing", f"The receipt file {path} does not exist.")
    lp = shutil.which("lp")
    if lp is None:
        raise CashierError("print_no_lp", "The lp command is not installed, so nothing can be printed.")
    cmd = [lp]
    if printer:
        cmd += ["-d", printer]
    cmd.append(path)
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=LP_TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise CashierError("print_failed", "lp did not answer in time.", None,
                           {"detail": f"lp timed out after {LP_TIMEOUT} s"}) from exc
    except OSError as exc:
        raise CashierError("print_failed", f"lp could not be started: {exc}", None,
                           {"detail": str(exc)}) from exc
    if done.returncode != 0:
        detail = (done.stderr or done.stdout or "").strip() or f"lp exited with {done.returncode}"
        raise CashierError("print_failed", f"lp failed: {detail}", None, {"detail": detail})
    return (done.stdout or "").strip()
