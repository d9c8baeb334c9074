"""The desk's link to the bank's back office, as the window shows it.

- The replicator (ui.common.bridges.ReplicatorBridge) sends the journal in the background
  and reports after each pass; the status bar shows the back office beside the SPC.
- A refused journal (chain_conflict, hash_mismatch: this desk's history was changed after
  the back office saw it) is an alarm: a red banner across the desk until a supervisor
  acknowledges it with their password and a note (cashier.sync.replicator). The desk goes
  on serving customers meanwhile; nothing here blocks a payment.
- Ctrl+B opens the branch view (ui/dialogs/branch_view.py), for supervisors and admins.
A desk without a back office shows none of it.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from cashier.identity import users
from cashier.sync import replicator
from ui.common.bridges import ReplicatorBridge
from ui.common.operations import READ, Changes, Op
from ui.dialogs.approved_act import ApprovedActDialog

VIEWERS = ("supervisor", "admin")
translate = QCoreApplication.translate


class JournalAlarmBanner(QFrame):
    acknowledge_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bannerBlock")
        icon = QLabel("⛔")
        icon.setObjectName("bannerIcon")
        self.text = QLabel()
        self.text.setObjectName("bannerText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self.tr("Acknowledge…  (supervisor)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.acknowledge_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.setSpacing(10)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_alarm(self, alarm: dict | None) -> None:
        if not alarm or alarm.get("acknowledged_by"):
            self.hide()
            return
        self.text.setText(alarm_text(alarm))
        self.show()


def alarm_text(alarm: dict) -> str:
    seq = str(alarm.get("seq") or "?")
    if alarm.get("code") == "hash_mismatch":
        what = translate("JournalAlarm", "The bank's back office refuses this desk's journal: "
                         "record %1 does not match its checksum.")
    elif alarm.get("code") == "journal_shorter_than_backoffice":
        what = translate("JournalAlarm", "The bank's back office holds this desk's journal up to "
                         "record %1, and this desk has fewer: records were deleted from this desk.")
    else:
        what = translate("JournalAlarm", "The bank's back office refuses this desk's journal: "
                         "record %1 differs from the one it received earlier, so this desk's "
                         "records were changed after they were sent.")
    return what.replace("%1", seq) + " " + translate(
        "JournalAlarm", "Do not switch off or reinstall this computer; call the branch supervisor "
        "and the bank's IT security. Go on serving customers.")


class BackofficeLink(QObject):
    alarm_acknowledged = Signal(object)

    def __init__(self, window: Any, ws: Any, status_bar: Any, *, interval: float = 2.0):
        super().__init__(window)
        self.window, self.ws, self.status_bar = window, ws, status_bar
        self.configured = bool(ws.config.backoffice_url)
        self.status: dict | None = None
        self.banner = JournalAlarmBanner()
        self.banner.acknowledge_requested.connect(self.acknowledge)
        self.bridge = ReplicatorBridge(ws, self, interval=interval)
        self.bridge.news.connect(self._on_status)
        self.ack_dialog: ApprovedActDialog | None = None
        self.branch_dialog = None

    def start(self) -> None:
        if self.configured:
            self.refresh()
            self.bridge.start()

    def stop(self) -> None:
        self.bridge.stop()

    def wake(self) -> None:
        """The journal grew: send it now."""
        self.bridge.wake()

    def refresh(self) -> None:
        if not self.configured:
            return
        Op(self.window, replicator.backoffice_status, kind=READ, name="backoffice_status") \
            .latest("backoffice_status").success(self._on_status) \
            .failure(lambda exc: None).run()

    def _on_status(self, status: dict) -> None:
        if getattr(self.window, "closing", False):
            return
        held = (status.get("held") or {}).get("users_version")
        moved = self.status is not None and held != (self.status.get("held") or {}).get(
            "users_version")
        self.status = status
        self.status_bar.set_backoffice(status)
        self.banner.show_alarm(status.get("alarm"))
        if moved:
            self.recheck_user()

    def recheck_user(self) -> None:
        """People changed at the back office: a person disabled there leaves the desk now
        (their sign-in is refused from the pull on; this also ends the session they are in)."""
        user = self.window.user
        if user is None:
            return
        Op(self.window, lambda ws: users.get(ws.conn, user.user_id), kind=READ,
           name="recheck_user").success(self._rechecked).failure(lambda exc: None).run()

    def _rechecked(self, user) -> None:
        current = self.window.user
        if current is None or current.user_id != user.user_id:
            return
        if not user.disabled:
            self.window.user = user   # a new name or role applies at once
            return
        self.window.sign_out(self.tr("Your user was disabled at the bank's back office, so the "
                                     "desk was signed out. Ask your supervisor."))

    # --- the supervisor's acknowledgement --------------------------------------------
    def acknowledge(self) -> None:
        alarm = (self.status or {}).get("alarm")
        if not alarm or alarm.get("acknowledged_by"):
            return
        hint = self.window.supervisor_hint()
        text = QLabel(alarm_text(alarm))
        dialog = ApprovedActDialog(
            title=self.tr("The back office's alarm"), intro=[text],
            note_prompt=self.tr("What was done about it (who was called, ticket number…):"),
            ok_text=self.tr("Acknowledge"), work=replicator.acknowledge_alarm_approved,
            changes=Changes.NONE, supervisor_hint=hint, parent=self.window)
        dialog.finished_with.connect(self._acknowledged)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ack_dialog = dialog
        dialog.open()
        dialog.activateWindow()

    def _acknowledged(self, alarm: dict) -> None:
        self.banner.show_alarm(alarm)
        self.refresh()
        self.alarm_acknowledged.emit(alarm)

    # --- the branch view --------------------------------------------------------------
    def open_branch(self, viewer: Any, say: Callable[[str], None]) -> None:
        """Ctrl+B; `say` puts why not in the status bar."""
        if viewer is None:
            return
        if not self.configured:
            say(self.tr("No bank back office is configured for this desk: the branch view needs "
                        "one (backoffice_url in config.toml; the branch IT person sets it)."))
            return
        if viewer.role not in VIEWERS:
            say(self.tr("The branch view is for supervisors: ask yours to open it (Ctrl+B)."))
            return
        from ui.dialogs.branch_view import BranchDialog
        if self.branch_dialog is None:
            self.branch_dialog = BranchDialog(self.window, self.ws, viewer)
            self.branch_dialog.destroyed.connect(lambda *_: setattr(self, "branch_dialog", None))
            self.branch_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.branch_dialog.viewer = viewer
        self.branch_dialog.show()
        self.branch_dialog.raise_()
        self.branch_dialog.activateWindow()
