"""The desk's settings (F10): language, receipt printer, automatic printing.

Written to config.toml with cashier.config.save (atomic write; it refuses a
value config.load would refuse, so a saved file always loads back). The file is
read afresh without the environment overrides (CASHIER_SPC_URL...) so that
saving never turns an override into a file setting; with no file yet, that is
the defaults. The SPC token is never a config field at all. The printer list
comes from CUPS (cashier.adapters.printing) in a background op; a printer can also be
typed. Language: applied at the next start (the window's texts are built once);
printer and automatic printing: at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QVBoxLayout, QWidget)

from cashier import config as config_mod
from cashier.errors import CashierError
from ui import messages
from ui.common.operations import NETWORK, Op
from ui.common.printing import auto_print_enabled, printer_name
from ui.common.style import repolish

LANGUAGE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}   # config_mod.LANGUAGES


# --- reading and writing the settings -------------------------------------------------

def apply_settings(cfg: Any, *, language: str, printer: str, auto_print: bool) -> None:
    cfg.language = language
    cfg.printer = printer
    cfg.auto_print = auto_print


def save_settings(live: Any, *, language: str, printer: str, auto_print: bool,
                  ws: Any = None, actor: str = "") -> Path:
    """Write the three settings into config.toml (a background op: it fsyncs); with a
    workstation, what changed and who changed it go into the audit log."""
    try:
        on_disk = config_mod.load(env={}, home=live.home)
        before = {"language": on_disk.language, "printer": printer_name(on_disk),
                  "auto_print": auto_print_enabled(on_disk)}
        apply_settings(on_disk, language=language, printer=printer, auto_print=auto_print)
        saved = config_mod.save(on_disk)
    except OSError as exc:
        raise CashierError("settings_not_saved", f"config.toml could not be written: {exc}",
                           None, {"detail": str(exc)}) from exc
    after = {"language": language, "printer": printer, "auto_print": auto_print}
    changed = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
    if ws is not None and changed:
        from cashier.identity import audit
        from cashier.storage import db
        with db.atomic(ws.conn):
            audit.record(ws.conn, ws.now(), actor or "?", "settings.changed",
                         ws.config.workstation_id, changed)
    return saved


# --- the dialog ------------------------------------------------------------------------

class SettingsDialog(QDialog):
    saved = Signal(str)   # the new language when it changed (applies at the next start), else ""

    def __init__(self, parent: QWidget, cfg: Any):
        super().__init__(parent)
        self.cfg = cfg
        self.setWindowTitle(self.tr("Settings"))
        self.setModal(True)
        self.setMinimumWidth(560)

        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(cfg.language)))
        self.language_note = QLabel(self.tr("A new language is applied when the program starts again."))
        self.language_note.setObjectName("hint")
        self.language_note.setWordWrap(True)

        self.printer = QComboBox()
        self.printer.setEditable(True)
        self.printer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.printer.lineEdit().setPlaceholderText(self.tr("the system's default printer"))
        self.printer.setEditText(printer_name(cfg))
        self.printer.setToolTip(self.tr("Choose a printer from the list or type its CUPS name; "
                                        "empty: the system's default printer"))
        self.printers_note = QLabel(self.tr("Looking for printers…"))
        self.printers_note.setObjectName("hint")

        self.auto_print = QCheckBox(self.tr("Print the receipt as soon as the payment is accepted"))
        self.auto_print.setChecked(auto_print_enabled(cfg))

        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Receipt &printer"), self.printer)
        form.addRow("", self.printers_note)
        form.addRow("", self.auto_print)
        for label_for, widget in ((self.language, self.language), (self.printer, self.printer)):
            label = form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setBuddy(label_for)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        heading = QLabel(self.tr("Settings"))
        heading.setObjectName("holder")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.language.setFocus()
        from ui.common.printing import printers
        Op(self, lambda ws: printers(), kind=NETWORK, name="list_printers") \
            .success(self._show_printers).failure(self._no_printers).run()

    def _show_printers(self, found: tuple[list[str], str]) -> None:
        names, default = found
        typed = self.printer.currentText()
        self.printer.blockSignals(True)
        self.printer.clear()
        self.printer.addItem("")  # the system default
        for name in names:
            self.printer.addItem(name + (" ✓" if name == default else ""), name)
        self.printer.setEditText(typed)
        self.printer.blockSignals(False)
        if names:
            text = self.tr("%n printer(s) found.", "", len(names))
            if default:
                text += " " + self.tr("System default: %1").replace("%1", default)
            self.printers_note.setText(text)
        else:
            self.printers_note.setText(self.tr("No printer found here (CUPS). Type the printer's name "
                                               "or leave it empty."))

    def _no_printers(self, exc: BaseException) -> None:
        self._show_printers(([], ""))
        self.printers_note.setText(messages.describe(exc))

    def chosen_printer(self) -> str:
        index = self.printer.findText(self.printer.currentText())
        if index >= 0 and self.printer.itemData(index):
            return str(self.printer.itemData(index))
        return self.printer.currentText().strip().removesuffix(" ✓")

    def save(self) -> None:
        language = self.language.currentData()
        printer = self.chosen_printer()
        auto_print = self.auto_print.isChecked()
        changed_language = language != self.cfg.language
        live = self.cfg
        user = getattr(self.parent(), "user", None)
        actor = user.user_id if user is not None else ""
        self.save_button.setEnabled(False)
        Op(self, lambda ws: save_settings(live, language=language, printer=printer,
                                          auto_print=auto_print, ws=ws, actor=actor),
           name="save_settings") \
            .success(lambda _path: self._saved(language, printer, auto_print, changed_language)) \
            .failure(self._failed).run()

    def _saved(self, language: str, printer: str, auto_print: bool, changed_language: bool) -> None:
        # Printer and auto-print take effect now; the language at the next start.
        apply_settings(self.cfg, language=self.cfg.language if changed_language else language,
                       printer=printer, auto_print=auto_print)
        self.saved.emit(language if changed_language else "")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(messages.describe(exc))
        self.error.show()
        repolish(self.error)
