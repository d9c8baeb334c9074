"""Lock the desk when nobody has touched it for a while.

An application-wide event filter sees every key and click (in any dialog too)
and restarts the countdown. Time is measured with a monotonic clock, so a
clock change or a suspended machine cannot skip or stretch the lock.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
            QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject, seconds: int):
        super().__init__(parent)
        self.seconds = seconds
        self.since = QElapsedTimer()
        self.since.start()
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._check)
        self.armed = False
        QApplication.instance().installEventFilter(self)

    def arm(self) -> None:
        """Start counting (someone signed in)."""
        self.since.restart()
        self.armed = self.seconds > 0
        if self.armed:
            self.timer.start()

    def disarm(self) -> None:
        self.armed = False
        self.timer.stop()

    def idle_ms(self) -> int:
        return self.since.elapsed()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt name
        if event.type() in ACTIVITY:
            self.since.restart()
        return False

    def _check(self) -> None:
        if self.armed and self.since.elapsed() >= self.seconds * 1000:
            self.disarm()
            self.idle.emit()

    def remove(self) -> None:
        self.disarm()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
