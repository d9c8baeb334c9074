"""Shared bits for the UI tests: typing any text, a sample account, a real PDF, an SPC that hangs."""

from __future__ import annotations

import io
import socket
import threading

from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest

ACCOUNT_BODY = {
    "account": "1002003001", "holder": "Ива*** И. И.", "address": "Алматы, пр. Абая 10, кв. 5",
    "currency": "KZT", "period": "2026-10", "etag": "\"a1b2\"",
    "services": [
        {"code": "ELEC", "name": "Электроэнергия", "provider": {"id": "AES", "name": "АлматыЭнергоСбыт"},
         "amount_due": "1272.26", "meter": {"id": "E-778812", "unit": "kWh", "previous_reading": "12345.000"}},
        {"code": "HEAT", "name": "Отопление", "provider": {"id": "ATS", "name": "Алматинские тепловые сети"},
         "amount_due": "2523.75", "meter": None},
        {"code": "GAS", "name": "Газ", "provider": {"id": "QGA", "name": "QazaqGaz Аймақ"},
         "amount_due": "-1500.00", "meter": {"id": "G-551190", "unit": "m³", "previous_reading": "2210.500"}},
        {"code": "WASTE", "name": "Вывоз ТБО", "provider": {"id": "TBO", "name": "Тартып"},
         "amount_due": "0.00", "meter": None},
    ],
}


def type_text(widget, text: str) -> None:
    """Type any text, Cyrillic included: qtbot.keyClicks aborts the process on non-ASCII."""
    for ch in text:
        if ch.isascii():
            QTest.keyClick(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


def replace_text(widget, text: str) -> None:
    """Select all in a line edit and type text over it, as a teller would."""
    widget.setFocus()
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Backspace)
    type_text(widget, text)


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def sample_pdf(text: str = "Счёт-извещение 1002003001", pages: int = 1) -> bytes:
    """A real PDF (reportlab) of `pages` pages, with Cyrillic text in DejaVu."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from cashier.resources import font_path
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(font_path())))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for page in range(pages):
        c.setFont("DejaVuSans", 18)
        c.drawString(72, 770, f"{text} ({page + 1})")
        c.rect(72, 500, 450, 200)
        c.showPage()
    c.save()
    return buf.getvalue()


class HangingServer:
    """A loopback listener that takes every connection and its request, and never answers:
    an SPC that hangs, which the real one cannot be made to do on demand. `close()` drops the
    connections, and the clients waiting on them fail at once."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self._connections: list[socket.socket] = []
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._accept, name="hanging-server", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}/"

    @property
    def hanging(self) -> int:
        """Connections taken and not answered."""
        with self._lock:
            return len(self._connections)

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                conn, _ = self._listener.accept()
            except (socket.timeout, OSError):
                continue
            with self._lock:
                self._connections.append(conn)

    def close(self) -> None:
        self._closed.set()
        self._thread.join(5)
        self._listener.close()
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()


__all__ = ["ACCOUNT_BODY", "type_text", "replace_text", "press", "sample_pdf", "QEvent", "HangingServer"]


def show_active(qtbot, dialog):
    """Show a dialog as the desk does and wait until it has the keyboard: keys typed next reach it."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def wait_drawer_idle(qtbot, host, dialog) -> None:
    """The drawer dialog has read its state and no background op of the host is running."""
    qtbot.waitUntil(lambda: not dialog.busy and host.task_runner.is_idle()
                    and dialog.state is not None, timeout=15_000)
