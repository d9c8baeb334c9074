"""The desk's page as the teller sees it, top to bottom: the account bar, the offline
banner, the services table with the payment (or receipt) panel beside the invoice,
and the key strip. Only layout: the window builds the widgets and wires them; the
page adds the caption of the services and the line under them that says what is
wrong with the amounts (form_error)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSplitter, QVBoxLayout, QWidget

class DeskSplitter(QSplitter):
    """The services on the left, the invoice on the right, in a 60/40 split that follows the
    window's size until the teller moves the handle."""

    def __init__(self, left: QWidget, right: QWidget):
        super().__init__(Qt.Orientation.Horizontal)
        self.addWidget(left)
        self.addWidget(right)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setChildrenCollapsible(False)
        self.setHandleWidth(8)
        self.setSizes([870, 570])
        self.user_moved = False
        self._shown = False
        self.splitterMoved.connect(self._moved)

    def _moved(self, *_args) -> None:
        self.user_moved = True

    def _split(self) -> None:
        total = max(1, self.width())
        left = total * 3 // 5   # the services need the room: 60 % left, 40 % for the invoice
        self.setSizes([left, total - left])

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self._split()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        if self._shown and not self.user_moved:
            self._split()


class DeskPage(QWidget):
    def __init__(self, *, account_bar: QWidget, banner: QWidget, table: QWidget, bottom: QWidget,
                 invoice: QWidget, key_strip: QWidget):
        super().__init__()
        self.setObjectName("desk")
        self.form_error = QLabel()   # under the table: what is wrong with the amounts
        self.form_error.setObjectName("formError")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        services_card = QFrame()
        services_card.setObjectName("card")
        services = QVBoxLayout(services_card)
        services.setContentsMargins(8, 6, 8, 8)
        services.setSpacing(4)
        caption = QLabel(self.tr("Services  (F4: amounts and readings; Enter: next field)"))
        caption.setObjectName("caption")
        services.addWidget(caption)
        services.addWidget(table, 1)
        services.addWidget(self.form_error)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addWidget(services_card, 1)
        left_layout.addWidget(bottom, 0)
        self.splitter = DeskSplitter(left, invoice)

        layout = QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(10, 10, 10, 4)
        layout.setSpacing(8)
        layout.addWidget(account_bar)
        layout.addWidget(banner)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(key_strip)

    def add_banner(self, banner: QWidget) -> None:
        """Another banner above the offline one (the back office's alarm): it wins the eye."""
        self._layout.insertWidget(1, banner)
