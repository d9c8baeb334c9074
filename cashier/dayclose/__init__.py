"""Closing the business day (a supervisor's job): what blocks it, the reconciliation with
the SPC's register (reconcile.py), the count and the close itself (close.py), what the dialog shows (status.py)."""

from cashier.dayclose.close import close_day, open_next_day, reconcile
from cashier.dayclose.reconcile import DIFFERENCE_KINDS, Difference, Reconciliation, compare
from cashier.dayclose.status import (Blocker, DayClosed, DayStatus, ReportFile, blockers,
                                     closed_day, day_state, day_status)
from cashier.drawer.count import (BY_KEY, COINS, DENOMINATIONS, NOTES, CashSummary, Denomination,
                                  SessionCash, cash_summary, count_total, parse_counts)

__all__ = ["BY_KEY", "COINS", "DENOMINATIONS", "DIFFERENCE_KINDS", "NOTES", "Blocker",
           "CashSummary", "DayClosed", "DayStatus", "Denomination", "Difference", "Reconciliation",
           "ReportFile", "SessionCash", "blockers", "cash_summary", "close_day", "closed_day",
           "compare", "count_total", "day_state", "day_status", "open_next_day", "parse_counts",
           "reconcile"]
