"""The bank's controls in the cash drawer dialog (ui/dialogs/drawer.py), issue 13:

- LimitPanel: the drawer against its warning level and hard limit (cashier/drawer/limits.py),
  and how much to hand over to the vault to come back under the warning level;
- BlindNote: in place of the drawer's figures while the bank counts blind;
- CloseApproval: a supervisor's user id and password when a close's difference is above the
  bank's close_difference_approval_above (four eyes: not the session's teller).
Widgets only; the dialog runs the core's use cases.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QVBoxLayout, QWidget

from cashier import drawer, money
from cashier.drawer.limits import OVER, WARNING
from ui.common.style import ERROR, MUTED, OK, WARNING as AMBER
from ui.dialogs.approval import SupervisorApproval

CURRENCY = "KZT"


def _amount(minor: int) -> str:
    return money.format_amount(minor, CURRENCY)


class LimitPanel(QFrame):
    """One or two lines under the figures: the level, the limits, what to hand over."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("drawerLimits")
        self.level = QLabel()
        self.level.setObjectName("drawerLevel")
        self.level.setWordWrap(True)
        self.limits = QLabel()
        self.limits.setObjectName("hint")
        self.limits.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.level)
        layout.addWidget(self.limits)
        self.hide()

    def show_level(self, state: drawer.DrawerState) -> None:
        level = state.limits
        if state.session is None or not level.watched:
            self.hide()
            return
        parts = []
        if level.warning_level:
            parts.append(self.tr("warning level %1").replace("%1", _amount(level.warning_level)))
        if level.hard_limit:
            parts.append(self.tr("hard limit %1").replace("%1", _amount(level.hard_limit)))
        self.limits.setText(self.tr("The bank's cash limits for a drawer: %1.")
                            .replace("%1", ", ".join(parts)))
        hand = _amount(level.to_hand_over)
        if level.level == OVER:
            text, color = (self.tr("Above the hard limit: no more cash is taken until you hand "
                                   "%1 over to the vault (filled in below).").replace("%1", hand),
                           ERROR)
        elif level.level == WARNING:
            text, color = (self.tr("Above the warning level: hand %1 over to the vault (filled "
                                   "in below).").replace("%1", hand), AMBER)
        else:
            text, color = self.tr("Within the bank's cash limits."), OK
        self.level.setText(text)
        self.level.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.show()


class BlindNote(QLabel):
    """Where the figures were: the bank counts blind, they come after the count."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {MUTED}; padding: 10px 12px;")
        self.setText(self.tr("Blind count: the cash the drawer should hold is not shown before "
                             "the close. Count the drawer, type the total and submit it; the "
                             "expected cash and the difference are shown then."))
        self.hide()


class CloseApproval(QGroupBox):
    """A supervisor approves a close whose difference is above the bank's threshold."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("A supervisor's approval"), parent)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(f"color: {AMBER}; font-weight: bold;")
        self.fields = SupervisorApproval()
        self.user_id, self.password = self.fields.user_id, self.fields.password
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.reason)
        layout.addWidget(self.fields)
        self.hide()

    def explain(self, difference: int, limit: int) -> None:
        self.reason.setText(self.tr("The count differs from the expected cash by %1, more than "
                                    "%2: a supervisor other than the session's teller approves "
                                    "the close with their own user id and password.")
                            .replace("%1", _amount(abs(difference))).replace("%2", _amount(limit)))

    def typed(self) -> bool:
        return bool(self.user_id.text().strip() and self.password.text())

    def clear(self) -> None:
        self.password.clear()
