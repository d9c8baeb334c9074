"""The bottom line: who works here, whether the SPC answers, what waits in the queue.

The outbox sender (cashier.sync.BackgroundSender) is a plain thread; its
on_status callback runs on that thread. SenderBridge turns the callback into a
Qt signal, which a queued connection delivers on the GUI thread: no widget is
ever touched from the sender's thread.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from cashier import money
from cashier.model import QueueStatus
from ui.style import repolish

log = logging.getLogger("cashier.ui")


class SenderBridge(QObject):
    """Owns the BackgroundSender and hands its status to the GUI thread.

    The sender's callback stores the newest QueueStatus and emits a signal with
    no arguments; the GUI thread picks the status up and emits `status`. No
    Python object crosses threads through a Qt signal.
    """

    status = Signal(object)
    _wake = Signal()

    def __init__(self, ws: Any, parent: QObject | None = None, interval: float = 2.0):
        super().__init__(parent)
        self.ws = ws
        self.interval = interval
        self.sender = None
        self._latest: QueueStatus | None = None
        self._lock = threading.Lock()
        self._wake.connect(self._publish, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        from cashier.sync import BackgroundSender
        if self.sender is not None:
            return
        self.sender = BackgroundSender(self.ws, on_status=self._on_status, interval=self.interval)
        self.sender.start()

    def _on_status(self, status: QueueStatus) -> None:  # the sender's thread
        with self._lock:
            self._latest = status
        if shiboken6.isValid(self):
            self._wake.emit()

    def _publish(self) -> None:  # GUI thread
        with self._lock:
            status, self._latest = self._latest, None
        if status is not None:
            self.status.emit(status)

    def wake(self) -> None:
        if self.sender is not None:
            self.sender.wake()

    def stop(self, timeout: float = 5.0) -> None:
        if self.sender is not None:
            sender, self.sender = self.sender, None
            sender.stop(timeout)


def _minutes_text(then: datetime, now: datetime) -> str:
    from ui.account_bar import age_text
    return age_text(then, now)


class DeskStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None, now: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self._now = now or (lambda: datetime.now().astimezone())
        self.status: QueueStatus | None = None
        self.currency = "KZT"
        self.who = QLabel()
        self.spc = QLabel()
        self.queue = QLabel()
        self.rejected = QLabel()
        self.clock = QLabel()
        self.clock.setObjectName("queueAlarm")
        self.clock.hide()
        self.addWidget(self.who, 1)
        self.addPermanentWidget(self.clock)
        self.addPermanentWidget(self.rejected)
        self.addPermanentWidget(self.queue)
        self.addPermanentWidget(self.spc)
        self.rejected.hide()
        self._set_spc(self.tr("Processing center: checking…"), "spcUnknown")
        self.queue.setText(self.tr("Queue: —"))
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)  # the ages ("5 min ago") move on even without news
        self.timer.timeout.connect(self._render)
        self.timer.start()

    def set_teller(self, teller: str, workstation_id: str, branch: str = "") -> None:
        parts = [self.tr("Teller: %1").replace("%1", teller),
                 self.tr("Workstation %1").replace("%1", workstation_id)]
        if branch:
            parts.append(branch)
        self.who.setText("   ·   ".join(parts))

    def _set_spc(self, text: str, name: str) -> None:
        self.spc.setText(text)
        if self.spc.objectName() != name:
            self.spc.setObjectName(name)
            repolish(self.spc)

    def set_queue_status(self, status: QueueStatus) -> None:
        self.status = status
        self._render()

    def _render(self) -> None:
        status = self.status
        if status is None:
            return
        now = self._now()
        credentials = status.attention > 0 or status.last_error == "credentials"
        if credentials:
            self._set_spc(self.tr("Processing center: credentials rejected, call IT"), "spcAuth")
        elif status.last_contact_ok is None:
            self._set_spc(self.tr("Processing center: not contacted yet"), "spcUnknown")
        elif status.last_contact_ok:
            self._set_spc(self.tr("Processing center: online"), "spcOk")
        else:
            text = self.tr("Processing center: unreachable")
            if status.last_contact_at is not None:
                text += " " + self.tr("(last contact %1)").replace("%1", _minutes_text(status.last_contact_at, now))
            self._set_spc(text, "spcDown")
        if status.last_error and not credentials and status.last_contact_ok is False:
            self.spc.setToolTip(status.last_error)
        else:
            self.spc.setToolTip("")

        if status.waiting == 0:
            self.queue.setText(self.tr("All payments sent"))
            self.queue.setObjectName("")
        else:
            text = self.tr("%n payment(s) waiting to be sent", "", status.waiting)
            text += ": " + money.format_amount(status.waiting_amount, self.currency)
            if status.oldest_waiting_at is not None:
                text += ", " + self.tr("oldest %1").replace("%1", _minutes_text(status.oldest_waiting_at, now))
            self.queue.setText(text)
            self.queue.setObjectName("queueAlarm" if status.last_contact_ok is False else "")
        repolish(self.queue)
        skew = (status.extra or {}).get("clock_skew_seconds")
        if skew is not None and abs(skew) > 120:
            minutes = max(1, round(abs(skew) / 60))
            self.clock.setText(self.tr("This computer's clock is off by %n min: call IT", "", minutes))
            self.clock.show()
        else:
            self.clock.hide()
        stuck = status.rejected + status.attention
        if stuck:
            self.rejected.setText(self.tr("%n payment(s) need the supervisor", "", stuck))
            self.rejected.setObjectName("queueAlarm")
            repolish(self.rejected)
            self.rejected.show()
        else:
            self.rejected.hide()
