"""The desk's pieces on their own: fonts, invoice view, services table, payment panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from cashier.model import Account
from tests.ui.helpers import ACCOUNT_BODY, sample_pdf, type_text
from ui.desk.invoice_view import InvoiceView
from ui.desk.payment_panel import PaymentPanel
from ui.desk.services_table import COL_DUE, COL_METER, COL_PREVIOUS, COL_USED, ServicesTable


@pytest.fixture
def account():
    return Account.from_wire(ACCOUNT_BODY)


def test_the_app_font_is_dejavu(desk_app):
    font = QApplication.font()
    assert font.family() == "DejaVu Sans"
    assert QFontInfo(font).family() == "DejaVu Sans"


def test_the_russian_translation_is_installed(desk_app):
    from PySide6.QtCore import QCoreApplication
    assert QCoreApplication.translate("PaymentPanel", "Cash received") == "Получено наличными"


def test_invoice_view_shows_a_real_pdf(desk_app, qtbot):
    view = InvoiceView()
    qtbot.addWidget(view)
    view.set_loading()
    assert view.state == InvoiceView.LOADING
    assert view.stack.currentWidget() is view.placeholder
    view.set_pdf(sample_pdf())
    qtbot.waitUntil(lambda: view.state == InvoiceView.READY, timeout=5000)
    assert view.document.status() == QPdfDocument.Status.Ready
    assert view.document.pageCount() == 1
    assert view.stack.currentWidget() is view.view


def test_invoice_view_says_why_when_the_file_is_not_a_pdf(desk_app, qtbot):
    view = InvoiceView()
    qtbot.addWidget(view)
    view.set_pdf(b"<html>not a pdf</html>")
    qtbot.waitUntil(lambda: view.state == InvoiceView.UNAVAILABLE, timeout=5000)
    assert "PDF" in view.placeholder.text()
    view.set_unavailable("Нет связи")
    assert "Нет связи" in view.placeholder.text()


def test_services_table_fills_and_prefills(desk_app, qtbot, account):
    table = ServicesTable()
    qtbot.addWidget(table)
    table.set_account(account)
    assert table.rowCount() == 4
    assert table.amounts() == {"ELEC": "1272,26", "HEAT": "2523,75", "GAS": "", "WASTE": ""}
    assert set(table.readings()) == {"ELEC", "GAS"}  # only metered services take a reading
    assert table.item(0, COL_DUE).text() == "1\u00a0272,26"
    assert table.item(0, COL_METER).text() == "E-778812, kWh"
    assert table.item(0, COL_PREVIOUS).text() == "12\u00a0345"
    assert table.cellWidget(1, 5) is None  # HEAT has no meter: no reading editor
    # consumption follows the typed reading
    type_text(table.editor_for("reading:ELEC"), "12410,5")
    assert table.item(0, COL_USED).text() == "65,5 kWh"
    table.editor_for("reading:ELEC").setText("1")
    assert table.item(0, COL_USED).text() == ""


def test_services_table_tab_walks_the_editors(desk_app, qtbot, account):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
    host = QWidget()
    layout = QVBoxLayout(host)
    table = ServicesTable()
    after = QLineEdit()
    layout.addWidget(table)
    layout.addWidget(after)
    qtbot.addWidget(host)
    host.resize(1000, 400)
    host.show()
    qtbot.waitExposed(host)
    table.set_account(account)
    editors = table.editors()
    chain = editors + [after]
    for first, second in zip(chain, chain[1:]):
        QWidget.setTabOrder(first, second)
    host.activateWindow()
    editors[0].setFocus()
    qtbot.waitUntil(lambda: editors[0].hasFocus(), timeout=2000)
    visited = [QApplication.focusWidget()]
    for _ in range(len(editors)):
        from PySide6.QtTest import QTest
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == chain


def test_payment_panel_figures(desk_app, qtbot):
    panel = PaymentPanel()
    qtbot.addWidget(panel)
    assert panel.total.text() == "—"
    assert not panel.accept_button.isEnabled()
    panel.show_figures(379601, 20399, "KZT")
    assert panel.total.text() == "3\u00a0796,01\u00a0₸"
    assert panel.change.text() == "203,99\u00a0₸"
    panel.show_figures(379601, -100, "KZT")
    assert panel.change.text() == "—"
    assert "F9" in panel.accept_button.text()
    assert "Esc" in panel.clear_button.text() and "F2" in panel.new_button.text()


def test_the_key_strip_wraps_between_hints_never_inside_one(desk_app):
    from ui.desk.keys import KeyStrip, hints

    strip = KeyStrip()
    breakable = strip.text().split("&nbsp;&nbsp; ")
    assert len(breakable) == len(hints())
    for piece in breakable:
        assert " " not in piece.replace("<span style='font-weight:bold; background:#e3e6eb;'>", ""), piece
