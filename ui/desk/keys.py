"""The desk's keys: one table binds them and the strip at the bottom shows them.

Each entry: the key sequences, what it calls (a DeskWindow method, or one of
the entry controller's or the invoice viewer's, by a dotted path), and (for the
strip) the short name shown beside the key. Window shortcuts do not fire while
a dialog (address search, queue, settings) has the focus: the dialog's own
keys (Enter, Esc) apply there.
"""

from __future__ import annotations

import functools
import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QWidget

translate = QCoreApplication.translate

# (keys, what it calls from the window, argument or None)
BINDINGS: list[tuple[tuple[str, ...], str, object]] = [
    (("F9", "Ctrl+Return", "Ctrl+Enter"), "entry.accept", None),
    (("Esc",), "entry.clear_entries", None),
    (("F2",), "entry.new_customer", None),
    (("F3",), "open_address_search", None),
    (("F4",), "entry.focus_amounts", None),
    (("F5",), "entry.exact_amount", None),
    (("Ctrl+1",), "entry.add_banknote", 0),
    (("Ctrl+2",), "entry.add_banknote", 1),
    (("Ctrl+3",), "entry.add_banknote", 2),
    (("Ctrl+4",), "entry.add_banknote", 3),
    (("Ctrl+5",), "entry.add_banknote", 4),
    (("F7",), "payment_panel.basket_strip.add_requested.emit", None),
    (("Ctrl+K",), "payment_panel.card.toggle", None),
    (("F6",), "open_queue", None),
    (("F8",), "open_void", None),
    (("F11",), "open_drawer", None),
    (("F12",), "open_day_close", None),
    (("Ctrl+B",), "open_branch", None),
    (("Ctrl+L",), "lock", None),
    (("F10", "Ctrl+,"), "open_settings", None),
    (("Ctrl+P",), "entry.print_or_reprint", None),
    (("Ctrl+=", "Ctrl++"), "invoice.zoom_in", None),
    (("Ctrl+-",), "invoice.zoom_out", None),
    (("Ctrl+0",), "invoice.fit_width", None),
    (("Ctrl+9",), "invoice.fit_page", None),
    (("PgDown",), "invoice.next_page", None),
    (("PgUp",), "invoice.previous_page", None),
]


def bind(window: QWidget) -> list[QShortcut]:
    shortcuts = []
    for keys, path, arg in BINDINGS:
        slot = functools.reduce(getattr, path.split("."), window)
        for key in keys:
            sc = QShortcut(QKeySequence(key), window)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            if arg is None:
                sc.activated.connect(slot)
            else:
                sc.activated.connect(lambda s=slot, a=arg: s(a))
            shortcuts.append(sc)
    return shortcuts


def hints() -> list[tuple[str, str]]:
    """(key, what it does) for the strip, in the order a teller meets them."""
    return [
        ("F2", translate("Keys", "next customer")),
        ("F3", translate("Keys", "find by address")),
        ("F4", translate("Keys", "amounts")),
        ("Enter", translate("Keys", "next field")),
        ("F5", translate("Keys", "exact cash")),
        ("Ctrl+1…5", translate("Keys", "banknotes")),
        ("F7", translate("Keys", "another account")),
        ("Ctrl+K", translate("Keys", "card")),
        ("F9", translate("Keys", "accept")),
        ("Esc", translate("Keys", "clear")),
        ("Ctrl+P", translate("Keys", "print")),
        ("Ctrl+E", translate("Keys", "e-mail")),
        ("F6", translate("Keys", "queue")),
        ("F8", translate("Keys", "void")),
        ("F11", translate("Keys", "cash")),
        ("F12", translate("Keys", "close day")),
        ("Ctrl+B", translate("Keys", "branch")),
        ("Ctrl+L", translate("Keys", "lock")),
        ("F10", translate("Keys", "settings")),
    ]


def _unbroken(text: str) -> str:
    return html.escape(text).replace(" ", "&nbsp;")


class KeyStrip(QLabel):
    """One line at the bottom of the desk: the keys and what they do."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keyStrip")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        # The strip may wrap only between hints, never inside one ("Ctrl+E to / e-mail").
        self.setText("&nbsp;&nbsp; ".join(
            f"<span style='font-weight:bold; background:#e3e6eb;'>&nbsp;{_unbroken(key)}&nbsp;</span>"
            f"&nbsp;{_unbroken(what)}"
            for key, what in hints()))
