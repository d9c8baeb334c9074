"""The window's dialogs, each opened by its key: the queue (F6), the cash session (F11),
a void (F8), the day's close (F12), the address search (F3), the settings (F10). A mixin
of DeskWindow (ui/desk/window.py), which keeps what each dialog reports back."""

from __future__ import annotations

from ui.dialogs.queue import QueueDialog


class DialogOpeners:
    def open_queue(self) -> None:
        """F6: the payments waiting, parked and refused."""
        if self.queue_dialog is None:
            dialog = QueueDialog(self, self.ws, lambda: self.supervisor_hint())
            dialog.cache_refresh_requested.connect(self.cache_bridge.wake)
            self.queue_dialog = dialog
        dialog = self.queue_dialog
        dialog.currency = self.status.currency
        dialog.set_snapshot(self.snapshot, self.status.spc.text())
        dialog.set_cache(self.cache_news)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def open_drawer(self) -> None:
        """F11: the cash session: open with a float, hand cash to the vault, close with a count."""
        if self.user is None:
            return
        from ui.dialogs.drawer import DrawerDialog
        self._open(DrawerDialog(self, self.ws, self.user), "drawer_dialog")

    def open_void(self) -> None:
        """F8: void a payment of today; a supervisor approves at this desk."""
        if self.user is None or self.entry.accepting:
            return
        from ui.dialogs.void import VoidDialog
        payment = self.entry.receipt_shown()
        dialog = VoidDialog(self, self.ws, self.user, payment)
        dialog.voided.connect(self._voided)
        self._open(dialog, "void_dialog")

    def open_day_close(self) -> None:
        """F12: the supervisor closes the business day (count, reconciliation, reports)."""
        if self.user is None or self.entry.accepting:
            return
        from ui.dialogs.day_close import DayCloseDialog
        dialog = DayCloseDialog(self, self.ws, self.user)
        dialog.next_day_opened.connect(lambda _d: self.offer_drawer())
        self._open(dialog, "day_close_dialog")

    def open_address_search(self) -> None:
        """F3: find the account by part of its address."""
        if self.entry.accepting:
            return
        from ui.dialogs.address_search import AddressSearchDialog
        dialog = AddressSearchDialog(self)
        dialog.account_chosen.connect(self._address_chosen)
        self._open(dialog, "address_dialog")
        dialog.field.setFocus()

    def _address_chosen(self, number: str) -> None:
        self.account_bar.edit.setText(number)
        self.entry.lookup(number)

    def open_settings(self) -> None:
        """F10: language, printer, automatic printing."""
        from ui.dialogs.settings import SettingsDialog
        dialog = SettingsDialog(self, self.ws)
        dialog.saved.connect(self._settings_saved)
        self._open(dialog, "settings_dialog")
        dialog.language.setFocus()
