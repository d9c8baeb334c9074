"""`main.py --screenshot PATH [--account N] [steps…]`: play a short scenario, grab the desk, quit.

The scenario runs as a generator: each `yield` hands back a condition the
poll timer waits for (bounded by --timeout), so the GUI thread never blocks.
In order, each only when asked for:

  --seed-refused   (demo) two payments with meter readings on the account, the
                   second below the first: the SPC refuses it, the queue shows it
  --offline        (demo) once the offline account copy is filled, stop the SPC
  --account N      look N up (from the offline copy when offline)
  --amount/--reading/--tendered, --accept   type as a teller would, press F9
  --open queue|search|settings [--search TEXT]   open that dialog (and search)
  --open branchclose  (demo, --as s.demo) close this desk's day, wait for the branch's
                   other desks to close theirs, count the vault, close the branch's day

"Settled" means no background op in flight and, when an account is shown, its
invoice (or receipt) loaded and painted: QPdfView renders on a worker thread,
so the invoice area is polled until it holds more than a few colours. An open
dialog is painted over the window in the PNG where it stands on screen. A JSON
report beside the PNG (PATH with .json) says what was on screen: tests check
that the key widgets were visible and not empty.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from ui.common.operations import NETWORK, Changes, Op
from ui.desk.invoice_view import InvoiceView

POLL_MS = 100
SETTLE_MS = 400


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
                 tendered: str | None = None, accept: bool = False, offline: bool = False,
                 stop_spc: Callable[[], None] | None = None, open_dialog: str | None = None,
                 search: str | None = None, seed_refused_payment: bool = False):
        self.window = window
        self.path = Path(path)
        self.account = account
        self.amounts = dict(amounts or {})
        self.readings = dict(readings or {})
        self.tendered = tendered
        self.accept = accept
        self.offline = offline
        self.stop_spc = stop_spc
        self.open_dialog = open_dialog
        self.search = search
        self.seed = seed_refused_payment
        self.deadline = time.monotonic() + timeout
        self.started = False
        self.exit_code = 0
        self.dialog: QWidget | None = None
        self.notes: list[str] = []
        self._flags: dict[str, bool] = {}
        self._script: Iterator[Callable[[], bool]] | None = None
        self._waiting: Callable[[], bool] | None = None

    def start(self) -> None:
        QTimer.singleShot(0, self._begin)

    def _begin(self) -> None:
        self.started = True
        self._script = self._steps()
        self._waiting = None
        self._poll()

    # --- the scenario ------------------------------------------------------------
    def _op(self, flag: str, fn: Callable[[Any], Any], **options: Any) -> Callable[[], bool]:
        """Run fn(ws) in the background (Op's kind= and changes= as options); the returned
        condition turns true when it ended."""
        self._flags[flag] = False

        def done(_result=None):
            self._flags[flag] = True

        def failed(exc):
            self.notes.append(f"{flag}: {exc}")
            self._flags[flag] = True
        Op(self.window, fn, name=flag, **options).success(done).failure(failed).run()
        return lambda: self._flags[flag]

    def _steps(self) -> Iterator[Callable[[], bool]]:
        w = self.window
        if self.seed and self.account:
            from ui.demo import seed_refused
            number = self.account
            teller = w.user
            yield self._op("seed", lambda ws: seed_refused(ws, number, teller),
                           kind=NETWORK, changes=Changes.QUEUE)
            yield lambda: w.snapshot is not None and w.snapshot.status.rejected > 0
        if self.offline:
            yield lambda: bool(w.cache_news and (w.cache_news.info or {}).get("count"))
            if self.stop_spc is not None:
                stop = self.stop_spc
                yield self._op("stop_spc", lambda ws: stop(), kind=NETWORK)
        if self.account:
            w.account_bar.edit.setText(self.account)
            w.entry.lookup(self.account)
            yield lambda: (w.account is not None or w.account_bar.error.isVisible()) and w.is_ready()
            if w.account is not None:
                self._type_entries()
                if self.accept:
                    w.entry.accept()
                    yield lambda: not w.entry.accepting and w.is_ready()
                    yield lambda: w.receipt_panel.print_state not in ("printing",)
        if self.offline:
            w.sender_bridge.wake()
            yield lambda: w.status.state == "offline"
        if self.open_dialog == "queue":
            w.open_queue()
            self.dialog = w.queue_dialog
            yield lambda: w.queue_dialog.loaded and w.task_runner.is_idle()
        elif self.open_dialog == "search":
            w.open_address_search()
            dialog = self.dialog = w.address_dialog
            if self.search:
                dialog.field.setText(self.search)
                dialog.search()
                yield lambda: dialog.searched_text is not None or dialog.pending_text is None
        elif self.open_dialog == "settings":
            w.open_settings()
            self.dialog = w.settings_dialog
            yield lambda: w.task_runner.is_idle()
        elif self.open_dialog == "drawer":
            w.open_drawer()
            self.dialog = w.drawer_dialog
            yield lambda: w.task_runner.is_idle()
        elif self.open_dialog == "void":
            w.open_void()
            self.dialog = w.void_dialog
            yield lambda: w.task_runner.is_idle()
        elif self.open_dialog == "dayclose":
            w.open_day_close()
            self.dialog = w.day_close_dialog
            yield lambda: w.task_runner.is_idle() and self.dialog.status is not None
        elif self.open_dialog == "branch":
            w.open_branch()
            dialog = self.dialog = w.backoffice.branch_dialog
            if dialog is not None:
                # the other desks of the demo branch have sent their journals by now
                yield lambda: dialog.view is not None and len(dialog.view.desks) >= 3 \
                    or dialog.error is not None
        elif self.open_dialog == "branchclose":
            yield from self._close_the_branch_day()
        elif self.open_dialog == "lock":
            w.lock()
        yield self._painted

    def _close_the_branch_day(self) -> Iterator[Callable[[], bool]]:
        """(demo, as its supervisor) The whole evening: this desk's day closed, the branch
        view waiting for the other two desks to close theirs, the vault counted as the desks'
        takings, the branch's day closed; the picture is the close dialog's answer."""
        from ui.demo.branch import close_desk_day, vault_counts
        w = self.window
        yield self._op("close_desk_day", lambda ws: close_desk_day(ws), kind=NETWORK,
                       changes=Changes.DAY | Changes.SESSION | Changes.QUEUE)
        w.open_branch()
        view_dialog = w.backoffice.branch_dialog
        if view_dialog is None:
            return
        self.dialog = view_dialog
        yield lambda: view_dialog.view is not None and len(view_dialog.view.desks) >= 3 and all(
            d.day == "closed" for d in view_dialog.view.desks)
        view_dialog.open_branch_close()
        dialog = self.dialog = view_dialog.branch_close_dialog
        takings = sum(d.payments_amount - d.voids_amount for d in view_dialog.view.desks)
        for key, pieces in vault_counts(takings).items():
            dialog.count.edits[key].setText(str(pieces))
        dialog.note.setText("демо")
        dialog.accept()
        yield lambda: dialog.result is not None or (dialog.message.isVisible() and not dialog.busy)
        if dialog.result is None:
            self.notes.append(f"branch close refused: {dialog.message.text()}")

    def _type_entries(self) -> None:
        """Fill the fields as a teller would."""
        w = self.window
        for kind, values in (("amount", self.amounts), ("reading", self.readings)):
            for code, text in values.items():
                editor = w.table.editor_for(f"{kind}:{code}")
                if editor is not None:
                    editor.setText(text)
        if self.tendered is not None:
            w.payment_panel.tendered.setText(self.tendered)
            w.payment_panel.tendered.setFocus()

    def _painted(self) -> bool:
        w = self.window
        if not w.task_runner.is_idle():
            self._settled_at = None
            return False
        if getattr(self, "_settled_at", None) is None:
            self._settled_at = time.monotonic()
        if (time.monotonic() - self._settled_at) * 1000 < SETTLE_MS:
            return False
        if w.invoice.state == InvoiceView.READY:
            return distinct_colors(w.grab().toImage(), invoice_rect(w)) >= 8
        return True

    def _poll(self) -> None:
        timed_out = time.monotonic() > self.deadline
        while not timed_out:
            if self._waiting is not None and not self._waiting():
                QTimer.singleShot(POLL_MS, self._poll)
                return
            try:
                self._waiting = next(self._script)
            except StopIteration:
                break
        self._save(timed_out)

    # --- the picture -------------------------------------------------------------
    def dialog_rect(self) -> list[int] | None:
        """Where the open dialog stands, in window coordinates (as painted into the PNG)."""
        dialog = self.dialog
        if dialog is None or not dialog.isVisible():
            return None
        offset = dialog.frameGeometry().topLeft() - self.window.geometry().topLeft()
        return [max(0, offset.x()), max(0, offset.y()), dialog.width(), dialog.height()]

    def grab(self) -> QPixmap:
        """The window, with an open dialog painted where it stands on screen."""
        w = self.window
        pixmap = w.grab()
        dialog = self.dialog
        if dialog is not None and dialog.isVisible():
            offset = dialog.frameGeometry().topLeft() - w.geometry().topLeft()
            dpr = pixmap.devicePixelRatio() or 1.0
            painter = QPainter(pixmap)
            shade = QColor(0, 0, 0, 70)
            painter.fillRect(QRect(QPoint(0, 0), pixmap.size() / dpr), shade)
            inner = dialog.grab()
            at = QPoint(max(0, offset.x()), max(0, offset.y()))
            painter.fillRect(QRect(at - QPoint(1, 1), inner.size() / dpr + QRect(0, 0, 2, 2).size()),
                             QColor("#5f6368"))
            painter.drawPixmap(at, inner)
            painter.end()
        return pixmap

    def widgets(self) -> dict[str, dict]:
        """The key widgets: visible, and their text, for the test to check."""
        w = self.window

        def info(widget: QWidget, text: str | None = None) -> dict:
            return {"visible": widget.isVisible(), "text": widget.text() if text is None else text}

        result = {
            "account_field": info(w.account_bar.edit),
            "account_header": info(w.account_bar.holder),
            "account_source": info(w.account_bar.source),
            "account_error": info(w.account_bar.error),
            "total": info(w.payment_panel.total),
            "payment_message": info(w.payment_panel.message),
            "form_error": info(w.form_error),
            "spc_state": info(w.status.spc),
            "queue": info(w.status.queue),
            "backoffice": info(w.status.backoffice),
            "banner": info(w.banner, w.banner.text.text()),
            "receipt_no": info(w.receipt_panel.receipt_no),
            "receipt_print": info(w.receipt_panel.printer),
            "key_strip": info(w.key_strip),
        }
        dialog = self.dialog
        if dialog is not None:
            result["dialog"] = {"visible": dialog.isVisible(), "text": dialog.windowTitle()}
            if hasattr(dialog, "table"):
                result["dialog_rows"] = {"visible": dialog.table.isVisible(),
                                         "text": str(dialog.table.rowCount())}
            if hasattr(dialog, "results"):
                result["dialog_rows"] = {"visible": dialog.results.isVisible(),
                                         "text": str(dialog.results.rowCount())}
            if hasattr(dialog, "language"):
                result["dialog_rows"] = {"visible": dialog.language.isVisible(),
                                         "text": dialog.language.currentText()}
        return result

    def _save(self, timed_out: bool) -> None:
        w = self.window
        self.path.parent.mkdir(parents=True, exist_ok=True)
        pixmap = self.grab()
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
            "invoice_kind": w.invoice.kind,
            "invoice_pages": w.invoice.page_count,
            "invoice_rect": [rect.x(), rect.y(), rect.width(), rect.height()],
            "invoice_colors": distinct_colors(pixmap.toImage(), rect),
            "image_colors": distinct_colors(pixmap.toImage(), None, step=7),
            "platform": QApplication.platformName(),
            "mode": w.mode,
            "receipt_no": w.last_payment.receipt_no if w.last_payment else None,
            "form_error": w.form_error.text() if w.form_error.isVisible() else None,
            "spc": w.status.state,
            "offline": w.snapshot.offline if w.snapshot else None,
            "dialog": type(self.dialog).__name__ if self.dialog is not None else None,
            "dialog_rect": self.dialog_rect(),
            "branch_closed": getattr(self.dialog, "result", None) is not None,
            "widgets": self.widgets(),
            "notes": self.notes,
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
