"""The day as the close dialog and `cashier day status` see it: what blocks the close, the
drawer's cash, the payments by tender (cash and card apart: a card part never reaches the
drawer), and what a close recorded (its reports among it)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from cashier import days, money
from cashier.documents import archive, receipts_owed
from cashier.documents.day_reports import Takings, takings
from cashier.drawer.count import DENOMINATIONS, CashSummary, cash_summary
from cashier.drawer.counts import CountRecord, counts_of
from cashier.errors import RuleError
from cashier.workstation import Workstation

UNSENT = ("waiting", "sending", "attention")
REPORT_KINDS = ("register_pdf", "register_csv", "z_report")


# -- what blocks the close -----------------------------------------------------------------

@dataclass(frozen=True)
class Blocker:
    kind: str                 # payment | cancel (a void on its way) | receipt (owed)
    payment_id: str
    receipt_no: str
    account: str
    amount: int               # the payment's total, minor units
    state: str                # waiting | sending | attention | rejected | owed (a receipt)
    attempts: int
    last_error_code: str | None
    last_error_message: str | None

    def to_json(self) -> dict:
        return {**self.__dict__, "amount": money.to_wire(self.amount)}

    def describe(self) -> str:
        if self.kind == "receipt":
            return f"receipt {self.receipt_no} was never made"
        what = "void of " if self.kind == "cancel" else ""
        error = f": {self.last_error_code} {self.last_error_message or ''}".rstrip() \
            if self.last_error_code else ""
        return f"{what}{self.receipt_no} {money.format_amount(self.amount)} {self.state}{error}"


def blockers(ws: Workstation, day: date) -> list[Blocker]:
    """Payments and voids of the day not yet at the SPC, refusals nobody resolved, and
    payments whose receipt is owed (cashier/documents/receipts_owed.py)."""
    owed = ws.conn.execute(
        "SELECT 'receipt' AS kind, payment_id, receipt_no, account, total AS amount, "
        "'owed' AS state, 0 AS attempts, NULL AS last_error_code, NULL AS last_error_message "
        "FROM payments WHERE receipt_pdf IS NULL AND business_date = ? AND workstation_id = ? "
        "ORDER BY seq", (day.isoformat(), ws.config.workstation_id)).fetchall()
    rows = owed + ws.conn.execute(
        "SELECT o.kind, o.payment_id, p.receipt_no, p.account, p.total AS amount, o.state, "
        "o.attempts, o.last_error_code, o.last_error_message FROM outbox o "
        "JOIN payments p ON p.payment_id = o.payment_id "
        "WHERE p.business_date = ? AND p.workstation_id = ? "
        "AND (o.state IN ('waiting', 'sending', 'attention') "
        "     OR (o.state = 'rejected' AND o.resolved_at IS NULL)) ORDER BY o.id",
        (day.isoformat(), ws.config.workstation_id)).fetchall()
    return [Blocker(**dict(r)) for r in rows]


def _refuse_blockers(found: list[Blocker]) -> None:
    if not found:
        return
    owed = [b for b in found if b.kind == "receipt"]
    unsent = [b for b in found if b.state in UNSENT]
    listed = "; ".join(b.describe() for b in found[:20]) + (" ..." if len(found) > 20 else "")
    params = {"blockers": [b.to_json() for b in found], "count": len(found)}
    if unsent:
        raise RuleError("day_has_unsent",
                        f"{len(unsent)} payment(s) or void(s) of the day have not reached the "
                        f"processing center yet; send them (or fix the connection) first: {listed}",
                        None, params)
    if owed and len(owed) == len(found):
        raise RuleError("day_has_receipts_owed",
                        f"{len(owed)} payment(s) of the day have no receipt: it could not be "
                        f"made (a full disk?). Free the disk space, then try again: {listed}",
                        None, params)
    also = f" (and {len(owed)} payment(s) have no receipt yet)" if owed else ""
    raise RuleError("day_has_unresolved_rejections",
                    f"The processing center refused {len(found) - len(owed)} payment(s) or void(s) "
                    f"of the day and no supervisor has resolved them yet{also}: {listed}", None,
                    params)


# -- the close ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReportFile:
    kind: str                 # register_pdf | register_csv | z_report
    path: Path
    sha256: str
    size: int

    def intact(self) -> bool:
        """The file is there and unchanged since the close."""
        return archive.intact(self.path, self.sha256)


@dataclass(frozen=True)
class DayClosed:
    business_date: date
    workstation_id: str
    closed_at: datetime
    closed_by: str
    expected: int
    counted: int
    difference: int
    note: str
    counts: dict[str, int]
    reconciliation: dict      # Reconciliation.to_json() as stored
    differences_note: str
    audit_hash: str           # the chain's last hash the Z-report names
    reports: tuple[ReportFile, ...]
    takings: Takings = Takings()   # the day's payments and voids by tender, cash and card

    def report(self, kind: str) -> ReportFile:
        return next(r for r in self.reports if r.kind == kind)

    def to_json(self) -> dict:
        w = money.to_wire
        return {"business_date": self.business_date.isoformat(),
                "workstation_id": self.workstation_id,
                "closed_at": self.closed_at.isoformat(timespec="seconds"),
                "closed_by": self.closed_by, "expected": w(self.expected),
                "counted": w(self.counted), "difference": w(self.difference), "note": self.note,
                "counts": {k: n for k, n in self.counts.items() if n},
                "reconciliation": self.reconciliation, "differences_note": self.differences_note,
                "audit_hash": self.audit_hash, "takings": self.takings.to_json(),
                "reports": {r.kind: {"path": str(r.path), "sha256": r.sha256, "size": r.size,
                                     "intact": r.intact()} for r in self.reports}}


def day_state(ws: Workstation, day: date) -> str:
    """'open', 'closed', or 'not_started' (nothing was taken that day yet)."""
    return days.state(ws.conn, day) or "not_started"


def closed_day(ws: Workstation, day: date) -> DayClosed | None:
    """What the close of `day` recorded on this workstation, or None while it is open."""
    conn, ws_id = ws.conn, ws.config.workstation_id
    row = conn.execute("SELECT * FROM day_closes WHERE business_date = ? AND workstation_id = ?",
                       (day.isoformat(), ws_id)).fetchone()
    if row is None:
        return None
    counts = {d.key: 0 for d in DENOMINATIONS}
    for c in conn.execute("SELECT kind, value, count FROM day_cash_counts WHERE business_date = ? "
                          "AND workstation_id = ?", (day.isoformat(), ws_id)):
        counts[f"{c['kind']}_{c['value']}"] = c["count"]
    reports = tuple(ReportFile(r.kind, r.path, r.sha256, r.size)
                    for r in archive.reports(conn, day, ws_id))
    return DayClosed(day, ws_id, datetime.fromisoformat(row["closed_at"]), row["closed_by"],
                     row["expected"], row["counted"], row["difference"], row["note"], counts,
                     json.loads(row["reconciliation"]), row["differences_note"], row["audit_hash"],
                     reports, takings(conn, ws_id, day))


# -- for the dialog and `cashier day status` ---------------------------------------------------

@dataclass(frozen=True)
class DayStatus:
    business_date: date
    state: str                # open | closed | not_started
    blockers: tuple[Blocker, ...]
    cash: CashSummary
    closed: DayClosed | None
    blind: bool = False                     # the bank counts blind: no expected cash before
    counts: tuple[CountRecord, ...] = ()    # the day's counts submitted so far, in order
    takings: Takings = Takings()            # the day's payments by tender: cash, card apart
    unclosed_before: tuple[date, ...] = ()  # earlier days that began and were never closed

    @property
    def hidden(self) -> bool:
        """Counting blind, before a count was submitted: no figure that tells the cash."""
        return self.blind and not self.counts and self.closed is None

    def to_json(self) -> dict:
        # Before the count there is only the expected cash to show; counting blind, not even it
        # (nor the sums that make it, nor the payments' cash) until a count was submitted.
        hidden = {"counted", "difference", "counts"}
        if self.hidden:
            hidden |= {"expected", "float", "received", "change", "handovers", "refunds",
                       "sessions"}
        by_tender = {} if self.hidden else {"takings": self.takings.to_json()}
        return {"business_date": self.business_date.isoformat(), "state": self.state,
                "can_close": self.state != "closed" and not self.blockers
                and self.cash.other_day_session is None,
                "blockers": [b.to_json() for b in self.blockers],
                "cash": {k: v for k, v in self.cash.to_json().items() if k not in hidden},
                "blind_count": self.blind, "counts": [c.to_json() for c in self.counts],
                **by_tender, "closed": self.closed.to_json() if self.closed else None,
                "unclosed_before": [d.isoformat() for d in self.unclosed_before]}


def day_status(ws: Workstation, day: date) -> DayStatus:
    """Everything the close dialog shows before the count. Receipts the day still owes are
    made first (they would block the close); writes PDFs: never on the GUI thread."""
    if day_state(ws, day) != "closed":
        receipts_owed.make_owed(ws, day)
    return DayStatus(day, day_state(ws, day), tuple(blockers(ws, day)), cash_summary(ws, day),
                     closed_day(ws, day), bool(ws.config.blind_count),
                     tuple(counts_of(ws.conn, "day", day.isoformat())),
                     takings(ws.conn, ws.config.workstation_id, day),
                     tuple(days.unclosed_before(ws.conn, day)))
