"""The cash drawer: teller sessions and every movement of cash (sessions.py), the drawer now
(summary.py), its cash limits (limits.py), counts by denomination and what the drawer should
hold at the close (count.py), every count recorded (counts.py), counting and closing a
session with the bank's controls (closing.py)."""

from cashier.drawer.summary import (DrawerState, drawer_level, drawer_state, hand_over,
                                    movement_sums, open_drawer)
from cashier.drawer.sessions import (KINDS, Session, close_session, current, expected_cash, get,
                                     handover, movements, open_session, record_payment,
                                     record_void_refund, require_open)
from cashier.drawer.limits import DrawerLevel, check_cash_limit, level_of, session_level
from cashier.drawer.counts import CountRecord, counts_of, last_count, record_count
from cashier.drawer.closing import approval_needed, close_drawer, count_drawer

__all__ = ["DrawerState", "close_drawer", "drawer_level", "drawer_state", "hand_over", "movement_sums",
           "open_drawer", "KINDS", "Session", "close_session", "current", "expected_cash", "get",
           "handover", "movements", "open_session", "record_payment", "record_void_refund",
           "require_open", "DrawerLevel", "check_cash_limit", "level_of", "session_level",
           "CountRecord", "counts_of", "last_count", "record_count", "approval_needed",
           "count_drawer"]
