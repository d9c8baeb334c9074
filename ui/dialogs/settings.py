"""The desk's settings (F10): language, receipt printer, automatic printing.

The receipt printer is an A4 printer (two copies on a page) or an 80 mm roll (a copy per
cut); a roll goes through CUPS, or straight to a network ESC/POS printer (host:port) when
one is typed. The cash drawer opens after a cash payment from the ESC/POS printer, or with
a command for a drawer on a CUPS printer. "Check the printer" asks the printer as typed
(out of paper, offline, paused…) before anything is saved.

Saved by the core (cashier/identity/preferences.py: config.toml, the journal, the
desk's configuration from now on). The values the bank's back office sets for this
desk are listed below them, read-only, with their version. The printer list
comes from CUPS (cashier.adapters.printing) in a background op; a printer can also be
typed. Language: applied at the next start (the window's texts are built once);
printer and automatic printing: at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from cashier.identity import preferences
from ui import messages
from ui.common.operations import NETWORK, Op
from ui.common.printing import auto_print_enabled, printer_name
from ui.common.style import repolish

LANGUAGE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}   # config_mod.LANGUAGES
translate = QCoreApplication.translate


def central_rows(settings: Any) -> list[tuple[str, str]]:
    """(what, value) for each setting the bank's back office sets for this desk, in words."""
    from cashier import config_schema as schema, money
    names = {
        "bank_name": translate("SettingsDialog", "Bank on receipts"),
        "bank_bin": translate("SettingsDialog", "Bank's BIN"),
        "branch_name": translate("SettingsDialog", "Branch on receipts"),
        "branch_address": translate("SettingsDialog", "Branch address"),
        "max_payment": translate("SettingsDialog", "Largest payment"),
        "idle_lock_seconds": translate("SettingsDialog", "Lock after idle"),
        "offline_warn_seconds": translate("SettingsDialog", "Offline: warn after"),
        "offline_block_seconds": translate("SettingsDialog", "Offline: stop payments after"),
        "offline_max_waiting_amount": translate("SettingsDialog", "Offline: most unsent"),
        "overpay_confirm_ratio": translate("SettingsDialog", "Confirm an amount over its due ×"),
        "fees": translate("SettingsDialog", "Agent fees"),
        "identify_payer_above": translate("SettingsDialog", "Identify the payer above"),
        "supervisor_approval_above": translate("SettingsDialog", "Supervisor approves above"),
        "close_difference_approval_above": translate("SettingsDialog",
                                                     "Supervisor approves a count difference above"),
        "drawer_warning_level": translate("SettingsDialog", "Drawer: ask for a handover above"),
        "drawer_hard_limit": translate("SettingsDialog", "Drawer: no more cash above"),
        "blind_count": translate("SettingsDialog", "Blind count"),
    }
    rows = []
    for key, value in sorted(settings.values.items(), key=lambda kv: list(names).index(kv[0])
                             if kv[0] in names else 99):
        if key in ("max_payment", "offline_max_waiting_amount"):
            text = money.format_amount(value, "KZT") if value else translate("SettingsDialog",
                                                                             "no limit")
        elif key in schema.OPTIONAL_MONEY_KEYS:
            text = money.format_amount(value, "KZT") if value else translate("SettingsDialog",
                                                                             "off")
        elif key == "blind_count":
            text = translate("SettingsDialog", "on") if value else translate("SettingsDialog",
                                                                           "off")
        elif key.endswith("_seconds"):
            text = translate("SettingsDialog", "%1 min").replace("%1", str(value // 60)) \
                if value else translate("SettingsDialog", "off")
        elif key == "fees":
            text = "; ".join(f"{provider}: " + ", ".join(f"{k} {v}" for k, v in spec.items())
                             for provider, spec in value.items()) or "—"
        else:
            text = str(value)
        rows.append((names.get(key, key), text))
    return rows


# --- the dialog ------------------------------------------------------------------------

class SettingsDialog(QDialog):
    saved = Signal(str)   # the new language when it changed (applies at the next start), else ""

    def __init__(self, parent: QWidget, ws: Any):
        super().__init__(parent)
        self.ws = ws
        self.cfg = cfg = ws.config
        self.setWindowTitle(self.tr("Settings"))
        self.setModal(True)
        self.setMinimumWidth(640)

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

        self.printer_kind = QComboBox()
        self.printer_kind.addItem(self.tr("A4 sheet: two copies on a page"), "a4")
        self.printer_kind.addItem(self.tr("80 mm roll: a copy per cut"), "roll80")
        self.printer_kind.setCurrentIndex(max(0, self.printer_kind.findData(cfg.printer_kind)))
        self.escpos = QLineEdit(cfg.escpos_printer)
        self.escpos.setPlaceholderText(self.tr("empty: the roll printer is reached through CUPS"))
        self.escpos.setToolTip(self.tr("A network ESC/POS roll printer as host:port, for example "
                                       "192.168.1.50:9100"))
        self.drawer_command = QLineEdit(cfg.drawer_command)
        self.drawer_command.setPlaceholderText(self.tr("empty: no drawer, or it opens from the "
                                                       "ESC/POS printer"))
        self.drawer_command.setToolTip(self.tr("The command that opens a cash drawer wired to a "
                                               "CUPS printer; IT sets it up"))
        self.check_button = QPushButton(self.tr("Check the printer"))
        self.check_button.clicked.connect(self.check_printer)
        self.check_note = QLabel()
        self.check_note.setObjectName("hint")
        self.check_note.setWordWrap(True)
        self.printer_kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

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
        form.addRow(self.tr("Printer &kind"), self.printer_kind)
        form.addRow(self.tr("&ESC/POS printer"), self.escpos)
        form.addRow(self.tr("Cash &drawer command"), self.drawer_command)
        check = QHBoxLayout()
        check.addWidget(self.check_button)
        check.addWidget(self.check_note, 1)
        form.addRow("", check)
        for label_for, widget in ((self.language, self.language), (self.printer, self.printer),
                                  (self.printer_kind, self.printer_kind),
                                  (self.escpos, self.escpos),
                                  (self.drawer_command, self.drawer_command)):
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
        self.central = self._central_box(ws)
        if self.central is not None:
            layout.addWidget(self.central)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.language.setFocus()
        from ui.common.printing import printers
        Op(self, lambda ws: printers(), kind=NETWORK, name="list_printers") \
            .success(self._show_printers).failure(self._no_printers).run()

    def _central_box(self, ws: Any) -> QWidget | None:
        """The bank's settings for this desk, read-only: nobody at the desk changes them."""
        if not ws.config.backoffice_url:
            return None
        box = QGroupBox()
        rows = central_rows(ws.central)
        if rows:
            box.setTitle(self.tr("Set by the bank's back office (version %1); they cannot be "
                                 "changed here").replace("%1", str(ws.central.version)))
        else:
            box.setTitle(self.tr("The bank's back office has sent no settings for this desk yet"))
        grid = QFormLayout(box)
        for what, value in rows:
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addRow(what, label)
        return box

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

    def _kind_changed(self) -> None:
        """An ESC/POS printer is a roll printer: its field counts only for a roll."""
        self.escpos.setEnabled(self.printer_kind.currentData() == "roll80")

    def chosen_target(self) -> str:
        """The printer as typed now: escpos://host:port for a roll with an address, else the
        CUPS name ("" the default)."""
        address = self.escpos.text().strip()
        if self.printer_kind.currentData() == "roll80" and address:
            return "escpos://" + address
        return self.chosen_printer()

    def check_printer(self) -> None:
        """Ask the printer as typed what stops it, in the background."""
        from ui.common.printing import printer_problem
        if not self._address_ok(self.escpos.text().strip()):
            return
        self.error.hide()
        target = self.chosen_target()
        self.check_button.setEnabled(False)
        self.check_note.setText(self.tr("Asking the printer…"))

        def said(problem: Any) -> None:
            self.check_button.setEnabled(True)
            if problem is None:
                self._note(self.tr("The printer is ready."), False)
            else:
                self._note(messages.describe_code(problem.code, {"detail": problem.detail}), True)

        def failed(exc: BaseException) -> None:
            self.check_button.setEnabled(True)
            self._note(messages.describe(exc), True)

        Op(self, lambda ws: printer_problem(ws, target), kind=NETWORK, name="check_printer") \
            .success(said).failure(failed).run()

    def _address_ok(self, address: str) -> bool:
        """An ESC/POS printer is host:port: said beside the form, in words, before saving."""
        from cashier.config_values import WrongValue, host_port
        try:
            host_port(address)
        except WrongValue:
            self._show_error(self.tr("Type the ESC/POS printer's address as host:port, for "
                                     "example 192.168.1.50:9100, or leave it empty."))
            self.escpos.setFocus()
            return False
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        repolish(self.error)
        self.adjustSize()

    def _note(self, text: str, error: bool) -> None:
        self.check_note.setText(text)
        name = "formError" if error else "hint"
        if self.check_note.objectName() != name:
            self.check_note.setObjectName(name)
            repolish(self.check_note)
        self.adjustSize()

    def chosen_printer(self) -> str:
        index = self.printer.findText(self.printer.currentText())
        if index >= 0 and self.printer.itemData(index):
            return str(self.printer.itemData(index))
        return self.printer.currentText().strip().removesuffix(" ✓")

    def save(self) -> None:
        language = self.language.currentData()
        printer = self.chosen_printer()
        auto_print = self.auto_print.isChecked()
        kind = self.printer_kind.currentData()
        escpos = self.escpos.text().strip()
        drawer = self.drawer_command.text().strip()
        if not self._address_ok(escpos):
            return
        changed_language = language != self.cfg.language
        user = getattr(self.parent(), "user", None)
        actor = user.user_id if user is not None else ""
        self.save_button.setEnabled(False)
        Op(self, lambda ws: preferences.save(ws, actor, language=language, printer=printer,
                                             auto_print=auto_print, printer_kind=kind,
                                             escpos_printer=escpos, drawer_command=drawer),
           name="save_settings") \
            .success(lambda _path: self._saved(language, changed_language)) \
            .failure(self._failed).run()

    def _saved(self, language: str, changed_language: bool) -> None:
        # Printer and auto-print take effect now (the core); the language at the next start.
        self.saved.emit(language if changed_language else "")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._show_error(messages.describe(exc))
