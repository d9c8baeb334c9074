"""The cash drawer: teller sessions and every movement of cash (sessions.py), counts by
denomination and what the drawer should hold at the close (count.py)."""

from cashier.drawer.sessions import (KINDS, Session, close_session, current, expected_cash, get,
                                     handover, movements, open_session, record_payment,
                                     record_void_refund, require_open)

__all__ = ["KINDS", "Session", "close_session", "current", "expected_cash", "get", "handover",
           "movements", "open_session", "record_payment", "record_void_refund", "require_open"]
