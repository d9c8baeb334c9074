"""The SPC's invoice image: a QPdfView, or a placeholder that says why there is none.

The PDF bytes arrive from a background op; QPdfDocument reads them from a
QBuffer that this widget keeps alive as long as the document uses it (a
document whose device is gone renders garbage or crashes). QPdfView renders
pages on its own worker thread, so the GUI thread only loads the small file.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFrame, QLabel, QStackedLayout, QVBoxLayout, QWidget


class InvoiceView(QFrame):
    """States: empty, loading, ready (document shown), unavailable (reason shown)."""

    state_changed = Signal(str)

    EMPTY, LOADING, READY, UNAVAILABLE = "empty", "loading", "ready", "unavailable"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.state = self.EMPTY
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._bytes: QByteArray | None = None

        self.title = QLabel(self.tr("Invoice"))
        self.title.setObjectName("caption")
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(8)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setStyleSheet("QPdfView { background: #8a8f98; border: none; }")
        self.placeholder = QLabel()
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)

        self.stack = QStackedLayout()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(self.stack, 1)
        self.document.statusChanged.connect(self._on_status)
        self.clear()

    # --- states ------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _release(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = None
        self._bytes = None

    def clear(self) -> None:
        self._release()
        self.placeholder.setText(self.tr("The invoice appears here once an account is found."))
        self.stack.setCurrentWidget(self.placeholder)
        self._set_state(self.EMPTY)

    def set_loading(self) -> None:
        self._release()
        self.placeholder.setText(self.tr("Loading the invoice from the processing center…"))
        self.stack.setCurrentWidget(self.placeholder)
        self._set_state(self.LOADING)

    def set_unavailable(self, reason: str) -> None:
        self._release()
        self.placeholder.setText(self.tr("The invoice image is not available.") + "\n\n" + reason)
        self.stack.setCurrentWidget(self.placeholder)
        self._set_state(self.UNAVAILABLE)

    def set_pdf(self, data: bytes) -> None:
        self._release()
        if not data:
            self.set_unavailable(self.tr("The processing center sent an empty file."))
            return
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        # load() from a device may finish at once or report through statusChanged.
        self._on_status(self.document.status())

    def _on_status(self, status) -> None:
        if self._buffer is None:
            return
        if status == QPdfDocument.Status.Ready and self.document.pageCount() > 0:
            if self.state != self.READY:
                self.stack.setCurrentWidget(self.view)
                self._set_state(self.READY)
        elif status == QPdfDocument.Status.Error or (
                status == QPdfDocument.Status.Ready and self.document.pageCount() == 0):
            error = self.document.error()
            self.set_unavailable(self.tr("The file from the processing center is not a readable "
                                         "PDF (%1).").replace("%1", getattr(error, "name", str(error))))

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.state == self.READY else 0
