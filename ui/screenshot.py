"""`main.py --screenshot PATH [--account N]`: wait until the desk is settled, grab it, quit.

"Settled" means no background op in flight and, when an account was asked for,
the account shown and its invoice loaded (or shown as unavailable) and the PDF
pages actually painted: QPdfView renders on a worker thread, so we poll the
invoice area until it holds more than a couple of colours. A JSON report beside
the PNG (PATH with .json) tells tests what was on screen and where the invoice is.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ui.invoice_view import InvoiceView

POLL_MS = 100
SETTLE_MS = 300


def distinct_colors(image: QImage, rect: QRect | None = None, step: int = 4, limit: int = 64) -> int:
    """How many different colours a grid of samples in rect finds (stops counting at limit)."""
    rect = (rect or image.rect()).intersected(image.rect())
    seen: set[int] = set()
    for y in range(rect.top(), rect.bottom() + 1, step):
        for x in range(rect.left(), rect.right() + 1, step):
            seen.add(image.pixel(x, y))
            if len(seen) >= limit:
                return len(seen)
    return len(seen)


def invoice_rect(window) -> QRect:
    """The invoice viewer's visible area in window coordinates."""
    viewport = window.invoice.view.viewport()
    top_left = viewport.mapTo(window, QPoint(0, 0))
    return QRect(top_left, viewport.size())


class ScreenshotTaker:
    def __init__(self, window, path: str | Path, account: str | None = None, timeout: float = 60.0,
                 *, amounts: dict[str, str] | None = None, readings: dict[str, str] | None = None,
                 tendered: str | None = None, accept: bool = False):
        self.window = window
        self.path = Path(path)
        self.account = account
        # What to type once the account is shown, then whether to press Accept (F9).
        self.amounts = dict(amounts or {})
        self.readings = dict(readings or {})
        self.tendered = tendered
        self.accept = accept
        self._typed = False
        self.deadline = time.monotonic() + timeout
        self.started = False
        self.exit_code = 0
        self._settled_at: float | None = None

    def start(self) -> None:
        QTimer.singleShot(0, self._begin)

    def _begin(self) -> None:
        if self.account:
            self.window.account_bar.edit.setText(self.account)
            self.window.lookup(self.account)
        self.started = True
        QTimer.singleShot(POLL_MS, self._poll)

    def _lookup_done(self) -> bool:
        w = self.window
        if not self.account:
            return True
        return w.account is not None or w.account_bar.error.isVisible()

    def _poll(self) -> None:
        w = self.window
        timed_out = time.monotonic() > self.deadline
        if not timed_out:
            if not (self._lookup_done() and w.is_ready()):
                QTimer.singleShot(POLL_MS, self._poll)
                return
            if not self._typed and w.account is not None:
                self._typed = True
                if self._type_entries():
                    QTimer.singleShot(POLL_MS, self._poll)
                    return
            if self._settled_at is None:
                self._settled_at = time.monotonic()
            settled_ms = (time.monotonic() - self._settled_at) * 1000
            if w.invoice.state == InvoiceView.READY:
                image = w.grab().toImage()
                if distinct_colors(image, invoice_rect(w)) < 8 or settled_ms < SETTLE_MS:
                    QTimer.singleShot(POLL_MS, self._poll)
                    return
            elif settled_ms < SETTLE_MS:
                QTimer.singleShot(POLL_MS, self._poll)
                return
        self._save(timed_out)

    def _type_entries(self) -> bool:
        """Fill the fields as a teller would; True when something was started."""
        w = self.window
        for kind, values in (("amount", self.amounts), ("reading", self.readings)):
            for code, text in values.items():
                editor = w.table.editor_for(f"{kind}:{code}")
                if editor is not None:
                    editor.setText(text)
        if self.tendered is not None:
            w.payment_panel.tendered.setText(self.tendered)
            w.payment_panel.tendered.setFocus()
        if self.accept:
            w.accept()
        self._settled_at = None
        return True

    def _save(self, timed_out: bool) -> None:
        w = self.window
        self.path.parent.mkdir(parents=True, exist_ok=True)
        pixmap = w.grab()
        ok = pixmap.save(str(self.path), "PNG")
        rect = invoice_rect(w)
        report = {
            "path": str(self.path),
            "saved": ok,
            "timed_out": timed_out,
            "window": [pixmap.width(), pixmap.height()],
            "device_pixel_ratio": pixmap.devicePixelRatio(),
            "account": w.account.account if w.account else None,
            "account_error": w.account_bar.error.text() if w.account_bar.error.isVisible() else None,
            "services_rows": w.table.rowCount(),
            "invoice_state": w.invoice.state,
            "invoice_pages": w.invoice.page_count,
            "invoice_rect": [rect.x(), rect.y(), rect.width(), rect.height()],
            "invoice_colors": distinct_colors(pixmap.toImage(), rect),
            "platform": QApplication.platformName(),
            "mode": w.mode,
            "receipt_no": w.last_payment.receipt_no if w.last_payment else None,
            "form_error": w.form_error.text() if w.form_error.isVisible() else None,
        }
        self.path.with_suffix(".json").write_text(json.dumps(report, ensure_ascii=False, indent=2))
        if not ok:
            print(f"screenshot: could not write {self.path}", file=sys.stderr)
            self.exit_code = 1
        elif timed_out:
            print(f"screenshot: the window did not settle in time; saved {self.path} anyway",
                  file=sys.stderr)
            self.exit_code = 2
        else:
            print(f"screenshot: saved {self.path}")
        QApplication.instance().exit(self.exit_code)
