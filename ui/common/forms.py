"""Pieces the cash dialogs share: captions, errors beside a field, growing to fit, and
a dialog that cannot be closed while its write is in flight."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from ui.common.style import set_invalid


def grow_to_fit(dialog: QDialog, *, shrink: bool = False) -> None:
    """Make a dialog tall enough for its word-wrapped labels at its current width.

    Qt gives a window whose layout has height-for-width (wrapped labels) no minimum
    height, so an error message appearing under a field would squeeze the labels
    above it; the dialogs call this on every LayoutRequest. It only grows, unless
    told to shrink (when a whole part of the dialog was replaced).
    """
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    need = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() \
        else layout.totalSizeHint().height()
    if need > dialog.height() or (shrink and need < dialog.height()):
        dialog.resize(width, need)


def caption_label(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    label.setObjectName("caption")
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def show_field_error(edit: QLineEdit, label: QLabel, text: str) -> None:
    label.setText(text)
    label.show()
    set_invalid(edit, True)


def clear_field_error(edit: QLineEdit, label: QLabel) -> None:
    label.hide()
    label.clear()
    set_invalid(edit, False)


class GuardedDialog(QDialog):
    """A dialog whose `busy` write must finish (and show its outcome) before it closes.

    Esc, Cancel and the window's close button all go through reject(), which does
    nothing while busy. The dialog grows as error messages appear (grow_to_fit)."""

    busy = False

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            grow_to_fit(self)
        return handled

    def reject(self) -> None:
        if self.busy:
            return
        super().reject()
