"""The SPC's invoice image (or, after a payment, the receipt): a QPdfView, or a
placeholder that says why there is none.

A toolbar above the page: zoom out / in (Ctrl+- / Ctrl+=), fit to width
(Ctrl+0), whole page (Ctrl+9), previous / next page (PgUp / PgDn); the window
binds the keys, the buttons take no focus so the cursor stays in the entry.

The PDF bytes arrive from a background op; QPdfDocument reads them from a
QBuffer that this widget keeps alive as long as the document uses it (a
document whose device is gone renders garbage or crashes). QPdfView renders
pages on its own worker thread, so the GUI thread only loads the small file.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QStackedLayout,
                               QVBoxLayout, QWidget)

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


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

        self.kind = "invoice"
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

        def tool(text: str, tip: str, slot) -> QPushButton:
            button = QPushButton(text)
            button.setObjectName("tool")
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            return button

        self.zoom_out_button = tool("−", self.tr("Zoom out (Ctrl+-)"), self.zoom_out)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("caption")
        self.zoom_label.setMinimumWidth(70)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = tool("+", self.tr("Zoom in (Ctrl+=)"), self.zoom_in)
        self.fit_width_button = tool("↔", self.tr("Fit to width (Ctrl+0)"), self.fit_width)
        self.fit_page_button = tool("↕", self.tr("Whole page (Ctrl+9)"), self.fit_page)
        self.prev_button = tool("◀", self.tr("Previous page (PgUp)"), self.previous_page)
        self.page_label = QLabel()
        self.page_label.setObjectName("caption")
        self.page_label.setMinimumWidth(48)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = tool("▶", self.tr("Next page (PgDn)"), self.next_page)
        self.tools = [self.zoom_out_button, self.zoom_in_button, self.fit_width_button,
                      self.fit_page_button, self.prev_button, self.next_button]
        head = QHBoxLayout()
        head.setSpacing(2)
        head.addWidget(self.title)
        head.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button,
                       self.fit_width_button, self.fit_page_button):
            head.addWidget(widget)
        head.addSpacing(10)
        for widget in (self.prev_button, self.page_label, self.next_button):
            head.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addLayout(self.stack, 1)
        self.document.statusChanged.connect(self._on_status)
        self.view.zoomFactorChanged.connect(lambda _z: self._update_tools())
        self.view.zoomModeChanged.connect(lambda _m: self._update_tools())
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_tools())
        self.clear()

    # --- states ------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        self.state = state
        self._update_tools()
        self.state_changed.emit(state)

    def _release(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = None
        self._bytes = None

    def set_kind(self, kind: str) -> None:
        """"invoice" (the SPC's) or "receipt" (the preview after a payment)."""
        self.kind = kind
        self.title.setText(self.tr("Receipt") if kind == "receipt" else self.tr("Invoice"))

    def clear(self) -> None:
        self._release()
        self.set_kind("invoice")
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
                self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
                self.view.pageNavigator().jump(0, QPointF(0, 0), 0)
                self._set_state(self.READY)
        elif status == QPdfDocument.Status.Error or (
                status == QPdfDocument.Status.Ready and self.document.pageCount() == 0):
            error = self.document.error()
            self.set_unavailable(self.tr("The file from the processing center is not a readable "
                                         "PDF (%1).").replace("%1", getattr(error, "name", str(error))))

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.state == self.READY else 0

    @property
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    # --- zoom and pages --------------------------------------------------------
    def effective_zoom(self) -> float:
        """The zoom factor on screen, also in the fit modes (where QPdfView keeps its last custom one)."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or self.page_count == 0:
            return self.view.zoomFactor()
        page = self.document.pagePointSize(max(0, self.current_page))
        if page.width() <= 0 or page.height() <= 0:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        scale = self.logicalDpiX() / 72.0
        viewport = self.view.viewport()
        by_width = (viewport.width() - margins.left() - margins.right()) / (page.width() * scale)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return max(0.05, by_width)
        by_height = (viewport.height() - margins.top() - margins.bottom()) / (page.height() * scale)
        return max(0.05, min(by_width, by_height))

    def set_zoom(self, factor: float) -> None:
        if self.page_count == 0:
            return
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], factor)))
        self._update_tools()

    def zoom_in(self) -> None:
        now = self.effective_zoom()
        self.set_zoom(next((z for z in ZOOM_STEPS if z > now + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        now = self.effective_zoom()
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < now - 0.01), ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        if self.page_count:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self._update_tools()

    def fit_page(self) -> None:
        if self.page_count:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
            self._update_tools()

    def go_to_page(self, page: int) -> None:
        if not self.page_count:
            return
        page = max(0, min(self.page_count - 1, page))
        self.view.pageNavigator().jump(page, QPointF(0, 0), 0)
        self._update_tools()

    def next_page(self) -> None:
        self.go_to_page(self.current_page + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page - 1)

    def _update_tools(self) -> None:
        pages = self.page_count
        for widget in (*self.tools, self.zoom_label, self.page_label):
            widget.setVisible(pages > 0)
        if pages == 0:
            return
        mode = self.view.zoomMode()
        percent = f"{round(self.effective_zoom() * 100)} %"
        if mode == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("width"))
        elif mode == QPdfView.ZoomMode.FitInView:
            self.zoom_label.setText(self.tr("page"))
        else:
            self.zoom_label.setText(percent)
        self.zoom_label.setToolTip(percent)
        page = self.current_page
        self.page_label.setText(f"{page + 1} / {pages}")
        self.prev_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < pages - 1)
        self.fit_width_button.setEnabled(mode != QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setEnabled(mode != QPdfView.ZoomMode.FitInView)
