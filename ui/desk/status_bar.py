"""The bottom line: who works here, whether the SPC answers, what waits in the queue.

Three clear states for the processing center: online, offline (unreachable),
credentials problem (payments parked for a 401/403, or the last error was a
credentials one). Beside it: how many payments wait and for how much, how old
the oldest is, the last successful contact, a clock warning when this
computer's clock is more than two minutes off the SPC's, and the payments that
need the supervisor. The news comes from ui.common.bridges (the sender's thread,
delivered on the GUI thread); this widget only renders it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from cashier import money
from cashier.model import QueueStatus
from ui.common.bridges import CacheNews, QueueSnapshot
from ui.common.style import ERROR, WARNING, repolish
from ui.common.wording import age_text, cache_text

ONLINE, OFFLINE, CREDENTIALS, UNKNOWN = "online", "offline", "credentials", "unknown"
CLOCK_SKEW_WARN_SECONDS = 120   # the protocol: more than 120 s warns the teller


def _clock(then: datetime, now: datetime) -> str:
    local = then.astimezone(now.tzinfo) if now.tzinfo else then
    return local.strftime("%H:%M") if local.date() == now.date() else local.strftime("%d.%m %H:%M")


def _parse_time(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


class _Clickable(QLabel):
    def __init__(self, clicked: Signal):
        super().__init__()
        self._clicked = clicked
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.button() == Qt.MouseButton.LeftButton:
            self._clicked.emit()
        super().mouseReleaseEvent(event)


def is_credentials_problem(status: QueueStatus) -> bool:
    return status.attention > 0 or (status.last_error or "").startswith("credentials")


def spc_state(status: QueueStatus | None) -> str:
    if status is None or (status.last_contact_ok is None and not is_credentials_problem(status)):
        return UNKNOWN
    if is_credentials_problem(status):
        return CREDENTIALS
    return ONLINE if status.last_contact_ok else OFFLINE


class DeskStatusBar(QStatusBar):
    queue_requested = Signal()

    def __init__(self, parent: QWidget | None = None, now: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self._now = now or (lambda: datetime.now().astimezone())
        self.status: QueueStatus | None = None
        self.snapshot: QueueSnapshot | None = None
        self.cache: CacheNews | None = None
        self.state = UNKNOWN
        self.currency = "KZT"
        self.who = QLabel()
        # The teller's line gives way when the news on the right needs the room.
        self.who.setMinimumWidth(40)
        self.who.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.spc = QLabel()
        # The queue's labels open the queue panel when clicked (as F6 does).
        self.queue = _Clickable(self.queue_requested)
        self.rejected = _Clickable(self.queue_requested)
        self.rejected.setObjectName("queueAlarm")
        for label in (self.queue, self.rejected):
            label.setToolTip(self.tr("Payments waiting, parked and refused: click or press F6"))
        self.clock = QLabel()
        self.clock.setObjectName("queueAlarm")
        self.receipts = QLabel()
        self.receipts.setObjectName("queueAlarm")
        self.backoffice = QLabel()
        self.backoffice_status: dict | None = None
        # The teller's drawer above the bank's warning level (amber) or hard limit (red).
        self.drawer = QLabel()
        self.drawer.hide()
        self.business_day = QLabel()
        self.business_day.setObjectName("businessDay")
        self.business_day.setToolTip(self.tr("The business day payments are dated to"))
        self.addWidget(self.who, 1)
        self.addPermanentWidget(self.drawer)
        self.addPermanentWidget(self.business_day)
        self.addPermanentWidget(self.receipts)
        self.addPermanentWidget(self.clock)
        self.addPermanentWidget(self.rejected)
        self.addPermanentWidget(self.queue)
        self.addPermanentWidget(self.spc)
        self.addPermanentWidget(self.backoffice)
        self.backoffice.hide()
        self.clock.hide()
        self.rejected.hide()
        self.receipts.hide()
        self.business_day.hide()
        self._set_spc(self.tr("Processing center: checking…"), "spcUnknown")
        self.queue.setText(self.tr("Queue: —"))
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)  # the ages ("5 min ago") move on even without news
        self.timer.timeout.connect(self._render)
        self.timer.timeout.connect(self._render_backoffice)
        self.timer.start()

    def set_teller(self, teller: str, workstation_id: str, branch: str = "") -> None:
        parts = [self.tr("Teller: %1").replace("%1", teller),
                 self.tr("Workstation %1").replace("%1", workstation_id)]
        if branch:
            parts.append(branch)
        self.who.setText("   ·   ".join(parts))
        self.who.setToolTip("\n".join(parts))

    def _set_spc(self, text: str, name: str) -> None:
        self.spc.setText(text)
        if self.spc.objectName() != name:
            self.spc.setObjectName(name)
            repolish(self.spc)

    # --- news ----------------------------------------------------------------
    def set_snapshot(self, snap: QueueSnapshot) -> None:
        self.snapshot = snap
        self.status = snap.status
        self._render()

    def set_queue_status(self, status: QueueStatus) -> None:
        self.set_snapshot(QueueSnapshot(status))

    def set_business_date(self, day, state: str, unclosed: tuple = ()) -> None:
        """The business day in the bar; a closed one says so (nothing can be dated to it), and
        so does an earlier day nobody closed (the supervisor's F12 closes it first)."""
        text = self.tr("Business day %1").replace("%1", day.strftime("%d.%m.%Y"))
        if state == "closed":
            text += " — " + self.tr("closed")
        if unclosed:
            text += " · ⚠ " + self.tr("day %1 not closed (F12)").replace(
                "%1", unclosed[0].strftime("%d.%m.%Y"))
        self.business_day.setText(text)
        name = "queueAlarm" if state == "closed" or unclosed else "businessDay"
        if self.business_day.objectName() != name:
            self.business_day.setObjectName(name)
            repolish(self.business_day)
        self.business_day.show()

    def set_drawer_level(self, level: str) -> None:
        """The open session's drawer against the bank's cash limits (cashier/drawer/limits.py):
        nothing while it is within them; no amount (the bank may count blind)."""
        if level == "over":
            text = "⛔ " + self.tr("Drawer over its limit: hand cash over (F11)")
            tip = self.tr("The drawer holds more cash than the bank's hard limit: no payment is "
                          "taken until cash is handed over to the vault (F11).")
            color = ERROR
        elif level == "warning":
            text = "⚠ " + self.tr("Drawer above the warning level: hand cash over (F11)")
            tip = self.tr("The drawer holds more cash than the bank's warning level: hand the "
                          "surplus over to the vault (F11) before it reaches the hard limit.")
            color = WARNING
        else:
            self.drawer.hide()
            return
        self.drawer.setText(text)
        self.drawer.setToolTip(tip)
        self.drawer.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.drawer.show()

    def set_backoffice(self, status: dict) -> None:
        """The bank's back office beside the SPC (cashier.sync.replicator.backoffice_status);
        nothing is shown on a desk that has none."""
        self.backoffice_status = status
        self._render_backoffice()

    def set_cache(self, news: CacheNews) -> None:
        self.cache = news
        self._render_tooltip()

    # --- rendering -----------------------------------------------------------
    def _render(self) -> None:
        status = self.status
        if status is None:
            return
        now = self._now()
        self.state = spc_state(status)
        last = status.last_contact_at
        if self.state == CREDENTIALS:
            self._set_spc(self.tr("Processing center: credentials refused, call IT"), "spcAuth")
        elif self.state == UNKNOWN:
            self._set_spc(self.tr("Processing center: not contacted yet"), "spcUnknown")
        elif self.state == ONLINE:
            self._set_spc(self.tr("Processing center: online"), "spcOk")
        else:
            if last is not None:
                text = self.tr("Processing center: unreachable since %1").replace("%1", _clock(last, now))
            else:
                text = self.tr("Processing center: unreachable") + " " + self.tr("(never reached)")
            self._set_spc(text, "spcDown")

        if status.waiting == 0:
            self.queue.setText(self.tr("All payments sent"))
            alarm = False
        else:
            text = self.tr("%n payment(s) waiting to be sent", "", status.waiting)
            text += ": " + money.format_amount(status.waiting_amount, self.currency)
            if status.oldest_waiting_at is not None:
                text += ", " + self.tr("oldest %1").replace("%1", age_text(status.oldest_waiting_at, now))
            self.queue.setText(text)
            alarm = self.state != ONLINE or (self.snapshot is not None and self.snapshot.offline != "ok")
        name = "queueAlarm" if alarm else ""
        if self.queue.objectName() != name:
            self.queue.setObjectName(name)
            repolish(self.queue)

        skew = (status.extra or {}).get("clock_skew_seconds")
        if skew is not None and abs(skew) > CLOCK_SKEW_WARN_SECONDS:
            minutes = max(1, round(abs(skew) / 60))
            if skew < 0:  # skew = local clock - SPC clock
                short = self.tr("Clock %n min behind", "", minutes)
                text = self.tr("This computer's clock is %n min behind the processing center's: "
                               "call IT", "", minutes)
            else:
                short = self.tr("Clock %n min ahead", "", minutes)
                text = self.tr("This computer's clock is %n min ahead of the processing center's: "
                               "call IT", "", minutes)
            self.clock.setText("⚠ " + short)
            self.clock.setToolTip(text)
            self.clock.show()
        else:
            self.clock.hide()

        owed = (status.extra or {}).get("receipts_owed") or 0
        if owed:
            self.receipts.setText("⚠ " + self.tr("%n receipt(s) not made", "", owed))
            self.receipts.setToolTip(self.tr("Payments saved whose receipt could not be made yet "
                                             "(is the disk full?). They are made as soon as they "
                                             "can be; the day cannot be closed before."))
            self.receipts.show()
        else:
            self.receipts.hide()

        if status.rejected:
            text = self.tr("%n refused: supervisor needed", "", status.rejected)
            if status.attention:
                text += "; " + self.tr("%n parked", "", status.attention)
            self.rejected.setText(text)
            self.rejected.show()
        elif status.attention:
            self.rejected.setText(self.tr("%n payment(s) parked until the credentials are fixed", "",
                                          status.attention))
            self.rejected.show()
        else:
            self.rejected.hide()
        self._render_tooltip()

    def _render_backoffice(self) -> None:
        status = self.backoffice_status
        if not status or not status.get("configured"):
            self.backoffice.hide()
            return
        now = self._now()
        last = _parse_time(status.get("last_contact_at"))
        pending = int(status.get("pending") or 0)
        alarm = status.get("alarm")
        if alarm:
            text, name = "⚠ " + self.tr("Back office: journal refused"), "queueAlarm"
        elif (status.get("last_error") or "").startswith("credentials"):
            text, name = self.tr("Back office: credentials refused, call IT"), "spcAuth"
        elif status.get("last_contact_ok") is None:
            text, name = self.tr("Back office: not contacted yet"), "spcUnknown"
        elif not status.get("last_contact_ok"):
            text = self.tr("Back office: unreachable since %1").replace("%1", _clock(last, now)) \
                if last else self.tr("Back office: unreachable")
            name = "spcDown"
        elif pending:
            text, name = self.tr("Back office: sending %n record(s)", "", pending), "spcOk"
        else:
            text, name = self.tr("Back office: up to date"), "spcOk"
        self.backoffice.setText(text)
        if self.backoffice.objectName() != name:
            self.backoffice.setObjectName(name)
            repolish(self.backoffice)
        lines = [self.tr("The bank's back office holds %1 of this desk's %2 journal records")
                 .replace("%1", str(status.get("sent_seq", 0)))
                 .replace("%2", str(status.get("journal_seq", 0)))]
        if last is not None:
            lines.append(self.tr("Last successful contact: %1").replace(
                "%1", last.astimezone(now.tzinfo).strftime("%d.%m.%Y %H:%M") + " ("
                + age_text(last, now) + ")"))
        if status.get("last_error") and name != "spcOk":
            lines.append(self.tr("Last error: %1").replace("%1", status["last_error"]))
        self.backoffice.setToolTip("\n".join(lines))
        self.backoffice.show()

    def _render_tooltip(self) -> None:
        now = self._now()
        lines: list[str] = []
        status = self.status
        if status is not None:
            if status.last_contact_at is not None:
                lines.append(self.tr("Last successful contact: %1")
                             .replace("%1", status.last_contact_at.astimezone(now.tzinfo)
                                      .strftime("%d.%m.%Y %H:%M") + " (" + age_text(status.last_contact_at, now) + ")"))
            else:
                lines.append(self.tr("No successful contact yet"))
            if status.last_error and self.state != ONLINE:
                lines.append(self.tr("Last error: %1").replace("%1", status.last_error))
        lines.append(cache_text(self.cache, now))
        self.spc.setToolTip("\n".join(lines))
