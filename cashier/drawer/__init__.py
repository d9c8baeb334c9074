"""The cash drawer: teller sessions and every movement of cash (sessions.py), counts by
denomination and what the drawer should hold at the close (count.py)."""

from cashier.drawer.summary import (DrawerState, close_drawer, drawer_state, hand_over,
                                    movement_sums, open_drawer)
from cashier.drawer.sessions import (KINDS, Session, close_session, current, expected_cash, get,
                                     handover, movements, open_session, record_payment,
                                     record_void_refund, require_open)

__all__ = ["DrawerState", "close_drawer", "drawer_state", "hand_over", "movement_sums",
           "open_drawer", "KINDS", "Session", "close_session", "current", "expected_cash", "get", "handover",
           "movements", "open_session", "record_payment", "record_void_refund", "require_open"]
