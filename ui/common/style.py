"""The desk's look: one stylesheet, a few named colours, helpers to flag a field.

Light, high-contrast, no decoration a teller has to look past. Invalid inputs
get a red border through the dynamic property `invalid`; `set_invalid()` sets it
and re-polishes the widget so the style applies at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

ERROR = "#c62828"
WARNING = "#b26a00"
OK = "#2e7d32"
MUTED = "#5f6368"
ACCENT = "#1a56a8"

STYLESHEET = f"""
QMainWindow, QWidget#desk {{ background: #f4f5f7; }}
QFrame#card {{ background: #ffffff; border: 1px solid #d9dce1; border-radius: 6px; }}
QLabel#gateTitle {{ font-size: 17pt; font-weight: bold; color: #111; }}
QLabel#caption {{ color: {MUTED}; font-size: 9pt; }}
QLabel#value {{ font-weight: bold; }}
QLabel#holder {{ font-size: 13pt; font-weight: bold; }}
QLabel#source_live {{ color: {OK}; }}
QLabel#source_cached {{ color: #5a3b00; background: #ffe7a8; border: 1px solid #e0b84a;
                        border-radius: 3px; padding: 2px 6px; font-weight: bold; }}
QLabel#fieldError, QLabel#formError {{ color: {ERROR}; font-weight: bold; }}
QLabel#hint {{ color: {MUTED}; }}
QLabel#total {{ font-size: 22pt; font-weight: bold; color: #111; }}
QLabel#change {{ font-size: 16pt; font-weight: bold; color: {OK}; }}
QLabel#change[empty="true"] {{ color: #9aa0a6; }}
QLabel#receiptTitle {{ font-size: 15pt; font-weight: bold; color: {OK}; }}
QLabel#receiptNo {{ font-size: 13pt; font-weight: bold; }}
QLabel#placeholder {{ color: {MUTED}; font-size: 11pt; }}
QLineEdit {{ padding: 3px 5px; border: 1px solid #b8bcc4; border-radius: 3px; background: #fff; }}
QLineEdit:focus {{ border: 2px solid {ACCENT}; padding: 2px 4px; }}
QLineEdit[invalid="true"] {{ border: 2px solid {ERROR}; padding: 2px 4px; background: #fff5f5; }}
QLineEdit#account {{ font-size: 15pt; font-family: "DejaVu Sans Mono"; padding: 4px 8px; }}
QLineEdit#account:focus {{ padding: 3px 7px; }}
QLineEdit#tendered {{ font-size: 16pt; padding: 4px 8px; }}
QLineEdit#tendered:focus, QLineEdit#tendered[invalid="true"] {{ padding: 3px 7px; }}
QLineEdit#cellEdit {{ border: 1px solid #c9ccd2; border-radius: 2px; margin: 2px; }}
QLineEdit#cellEdit:focus {{ border: 2px solid {ACCENT}; }}
QLineEdit#cellEdit[invalid="true"] {{ border: 2px solid {ERROR}; background: #fff5f5; }}
QLineEdit[readOnly="true"] {{ background: #f1f2f4; color: #3c4043; border-color: #d5d8dc; }}
QPushButton {{ padding: 6px 14px; border: 1px solid #aeb3bb; border-radius: 4px; background: #ffffff; }}
QPushButton:hover {{ background: #eef2f8; }}
QPushButton:disabled {{ color: #9aa0a6; background: #f1f2f4; border-color: #d5d8dc; }}
QPushButton#accept {{ background: {OK}; color: white; font-size: 13pt; font-weight: bold;
                      border: 1px solid #1b5e20; padding: 10px 22px; }}
QPushButton#accept:hover {{ background: #276d2b; }}
QPushButton#accept:disabled {{ background: #b9c9ba; color: #eef3ee; border-color: #b9c9ba; }}
QPushButton#primary {{ background: {ACCENT}; color: white; font-weight: bold; border: 1px solid #123f7a; }}
QPushButton#primary:hover {{ background: #174b91; }}
QPushButton#primary:disabled {{ background: #b7c5da; color: #eef2f8; border-color: #b7c5da; }}
QTableWidget {{ background: #ffffff; gridline-color: #e3e5e9; border: 1px solid #d9dce1;
                selection-background-color: #e3ecfa; selection-color: #111; }}
QHeaderView::section {{ background: #eceef2; color: #333; padding: 4px 6px; border: none;
                        border-right: 1px solid #d9dce1; border-bottom: 1px solid #d9dce1;
                        font-weight: bold; }}
QStatusBar {{ background: #e9ebef; border-top: 1px solid #d0d3d9; }}
QStatusBar QLabel {{ padding: 0 5px; }}
QLabel#spcOk {{ color: {OK}; font-weight: bold; }}
QLabel#spcDown {{ color: {ERROR}; font-weight: bold; }}
QLabel#spcAuth {{ color: #ffffff; background: {ERROR}; font-weight: bold; border-radius: 3px; }}
QLabel#spcUnknown {{ color: {MUTED}; }}
QLabel#queueAlarm {{ color: {ERROR}; font-weight: bold; }}
QLabel#businessDay {{ color: #1f3b63; font-weight: bold; }}
QFrame#bannerWarn {{ background: #fff3cd; border: 1px solid #e0b84a; border-radius: 6px; }}
QFrame#bannerBlock {{ background: #fdecea; border: 2px solid {ERROR}; border-radius: 6px; }}
QFrame#bannerWarn QLabel#bannerText {{ color: #5a3b00; font-weight: bold; }}
QFrame#bannerBlock QLabel#bannerText {{ color: #7f1d1d; font-weight: bold; }}
QLabel#bannerIcon {{ font-size: 16pt; }}
QPushButton#banknote {{ padding: 4px 8px; font-weight: bold; background: #f3f7f1; border-color: #9bb59a; }}
QPushButton#banknote:hover {{ background: #e4efe1; }}
QPushButton#tool {{ padding: 1px 8px; min-width: 18px; }}
QLabel#keyStrip {{ color: #3c4043; font-size: 9pt; }}
"""


def set_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    repolish(widget)


def repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
