"""The desk against the real reference SPC, as the UI tests open it.

Every test gets its own workstation (own SQLite file, own id and token) so
receipt numbers and queues never mix.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument

from cashier.config import Config
from cashier.workstation import Workstation
from tests.support.staffing import staff_desk
from tests.ui.helpers import press, replace_text
from ui.desk.invoice_view import InvoiceView
from ui.desk.window import DeskWindow

NBSP = "\u00a0"
_ids = itertools.count(1)


def money_text(text: str) -> str:
    return text.replace(" ", NBSP) + NBSP + "₸"


def make_ws(server, tmp_path, *, clock=None, token: str | None = None, **config) -> Workstation:
    workstation_id = config.pop("workstation_id", None) or f"ALM-09-W{next(_ids):02d}"
    cfg = Config(home=config.pop("home", None) or tmp_path / "ws", spc_url=server.url,
                 workstation_id=workstation_id, teller_id="t.test", teller_name="Тестовый Кассир",
                 **config)
    return Workstation(cfg, token=token or server.token_for(workstation_id), clock=clock)


def open_desk(qtbot, ws, **options) -> DeskWindow:
    """The desk as a teller gets it once signed in, their cash session open; the cache
    refresher only where a test asks for it. user=None opens it on the sign-in screen."""
    if "user" not in options:
        options["user"] = staff_desk(ws).teller
    options.setdefault("sender_interval", 0.2)
    options.setdefault("start_cache", False)
    window = DeskWindow(ws, **options)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    if options["user"] is not None:
        qtbot.waitUntil(lambda: window.account_bar.edit.hasFocus(), timeout=3000)
    else:
        qtbot.waitUntil(lambda: window.gate.user_id.hasFocus() or window.gate.password.hasFocus(),
                        timeout=3000)
    return window


def payments(ws) -> list:
    return ws.conn.execute("SELECT * FROM payments ORDER BY seq").fetchall()


def look_up(qtbot, desk: DeskWindow, number: str) -> None:
    edit = desk.account_bar.edit
    replace_text(edit, number)
    press(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.account is not None or desk.account_bar.error.isVisible(), timeout=15000)


def wait_loaded(qtbot, desk: DeskWindow) -> None:
    qtbot.waitUntil(lambda: desk.table.rowCount() > 0, timeout=15000)
    qtbot.waitUntil(lambda: desk.invoice.state != InvoiceView.LOADING, timeout=15000)
    assert desk.invoice.state == InvoiceView.READY, desk.invoice.placeholder.text()
    assert desk.invoice.document.status() == QPdfDocument.Status.Ready
    assert desk.invoice.document.pageCount() >= 1


class Clock:
    """A workstation clock a test can move forward."""

    def __init__(self):
        from datetime import datetime
        from zoneinfo import ZoneInfo
        self.when = datetime.now(ZoneInfo("Asia/Almaty")).replace(microsecond=0)

    def __call__(self):
        return self.when
