"""A refused payment, resolved or sent again, with a supervisor's approval typed at this desk.

Either act unblocks the day close, so the core asks for a supervisor
(cashier/sync/queue.py resolve_approved / retry_approved); the dialog is the one every
approved act uses (ui/dialogs/approved_act.py).

    dialog = refused_dialog(entry, currency, retry=False, supervisor_hint="s.omarov", parent=panel)
    dialog.finished_with.connect(...)   # "resolved" | "retried"
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from cashier import money, sync
from ui import messages
from ui.common.operations import Changes
from ui.dialogs.approved_act import ApprovedActDialog


translate = QCoreApplication.translate


def refused_dialog(entry: sync.OutboxEntry, currency: str, *, retry: bool,
                   supervisor_hint: str = "", parent: QWidget | None = None) -> ApprovedActDialog:
    about = QLabel(translate("RefusedDialog", "Receipt № %1, account %2, %3")
                   .replace("%1", entry.receipt_no).replace("%2", entry.account)
                   .replace("%3", money.format_amount(entry.total, currency)))
    about.setObjectName("value")
    intro = [about, QLabel(messages.describe_outbox_error(entry.last_error_code,
                                                          entry.last_error_message))]
    payment_id = entry.payment_id
    if retry:
        intro.append(QLabel(translate("RefusedDialog", "The same payment goes to the processing center again, unchanged: "
                               "do this once the cause was fixed there.")))

        def work(ws, supervisor_id: str, password: str, _note: str) -> str:
            sync.retry_approved(ws, payment_id, supervisor_id, password)
            return "retried"
    else:
        def work(ws, supervisor_id: str, password: str, note: str) -> str:
            sync.resolve_approved(ws, payment_id, supervisor_id, password, note)
            return "resolved"
    return ApprovedActDialog(
        title=translate("RefusedDialog", "Send a refused payment again") if retry else translate("RefusedDialog", "Resolve a refused payment"),
        intro=intro,
        note_prompt=None if retry else translate("RefusedDialog", "What was done about it (refund, payment taken again…):"),
        ok_text=translate("RefusedDialog", "Send again") if retry else translate("RefusedDialog", "Resolve"), work=work, changes=Changes.QUEUE,
        supervisor_hint=supervisor_hint, parent=parent)
