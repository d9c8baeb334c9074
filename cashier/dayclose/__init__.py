"""Closing the business day (a supervisor's job): what blocks it, the reconciliation with
the SPC's register (reconcile.py), the count and the close itself (close.py)."""

from cashier.dayclose.close import (BY_KEY, COINS, DENOMINATIONS, DIFFERENCE_KINDS, NOTES, Blocker,
                                    CashSummary, DayClosed, DayStatus, Denomination, Difference,
                                    Reconciliation, ReportFile, SessionCash, blockers,
                                    cash_summary, close_day, closed_day, compare, count_total,
                                    day_state, day_status, open_next_day, parse_counts, reconcile)

__all__ = ["BY_KEY", "COINS", "DENOMINATIONS", "DIFFERENCE_KINDS", "NOTES", "Blocker",
           "CashSummary", "DayClosed", "DayStatus", "Denomination", "Difference", "Reconciliation",
           "ReportFile", "SessionCash", "blockers", "cash_summary", "close_day", "closed_day",
           "compare", "count_total", "day_state", "day_status", "open_next_day", "parse_counts",
           "reconcile"]
