"""The offline banner across the top of the desk.

services.offline_state() says "ok", "warn" or "block" from the age and amount
of what waits to reach the SPC. "warn" is shown prominently but the teller
goes on working; "block" says why new payments are stopped and who can lift
it, and the window disables Accept with the same reason (the core refuses
anyway: accept_payment raises offline_too_long / offline_amount_exceeded).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from cashier import money
from ui.common.bridges import QueueSnapshot
from ui.common.style import repolish


translate = QCoreApplication.translate


def block_reason(snap: QueueSnapshot | None, config, now: datetime) -> str | None:
    """Why new payments are stopped (one translated paragraph), or None when they are not."""
    if snap is None or snap.offline != "block":
        return None
    who = translate("OfflineBanner", "The branch IT person lifts this by restoring the connection "
                                     "(the waiting payments are then sent), or by changing the "
                                     "offline limit in the settings.")
    if snap.offline_reason == "offline_amount_exceeded":
        limit = money.format_amount(config.offline_max_waiting_amount, "KZT")
        why = translate("OfflineBanner", "New payments are stopped: the payments not yet sent to the processing center "
                  "exceed the offline limit of %1.").replace("%1", limit)
    else:
        hours = max(1, int(config.offline_block_seconds // 3600))
        why = translate("OfflineBanner", "New payments are stopped: payments have not reached the processing center "
                  "for over %1 h.").replace("%1", str(hours))
    return why + " " + who


def warn_text(snap: QueueSnapshot, config, now: datetime) -> str:
    from ui.common.wording import age_text
    oldest = snap.status.oldest_waiting_at
    since = age_text(oldest, now) if oldest else ""
    hours = max(1, int(config.offline_block_seconds // 3600)) if config.offline_block_seconds else 0
    text = translate("OfflineBanner", "No connection to the processing center: the oldest unsent payment was accepted "
               "%1. Go on accepting payments; they are kept and sent later.").replace("%1", since)
    if hours:
        text += " " + translate("OfflineBanner", "After %1 h without a connection new payments stop: tell the branch "
                          "IT person now.").replace("%1", str(hours))
    return text


def amount_refusal(snap: QueueSnapshot | None, config, adding: int) -> str | None:
    """The core's offline refusal, known before Accept, from the last snapshot."""
    if snap is None:
        return None
    from datetime import datetime
    from cashier.sync import offline_refusal
    refusal = offline_refusal(config, snap.status, datetime.now(config.tz), adding)
    if refusal is None:
        return None
    from ui import messages
    return messages.describe_code(refusal.code, refusal.params)


class OfflineBanner(QFrame):
    queue_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bannerWarn")
        self.state = "ok"
        self.icon = QLabel("⚠")
        self.icon.setObjectName("bannerIcon")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("bannerText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(translate("OfflineBanner", "Queue…  (F6)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.queue_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.setSpacing(10)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_snapshot(self, snap: QueueSnapshot | None, config, now: datetime) -> None:
        state = snap.offline if snap is not None else "ok"
        self.state = state
        if state == "block":
            self._style("bannerBlock")
            self.text.setText(block_reason(snap, config, now) or "")
            self.show()
        elif state == "warn":
            self._style("bannerWarn")
            self.text.setText(warn_text(snap, config, now))
            self.show()
        else:
            self.text.clear()
            self.hide()

    def _style(self, name: str) -> None:
        if self.objectName() != name:
            self.setObjectName(name)
            repolish(self)
            repolish(self.text)
