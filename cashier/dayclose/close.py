"""Closing the business day (a supervisor's job): blockers, reconciliation, cash count, lock.

Four calls, each a plain function returning dataclasses, for the window's dialog
and for `cashier day ...` (cashier/cli/day.py):

    blockers(ws, day)              what must reach the SPC (or be resolved) first
    reconcile(ws, day)             this workstation's payments against GET /v1/registers/{day}
    cash_summary(ws, day, counts)  the expected cash, the count's total and the difference
    close_day(ws, supervisor, day, counts, note, differences_note=...)   the close itself

The rules of the close, all enforced here:
- only a supervisor closes a day; a closed day cannot be closed again; a day
  in the future cannot be closed;
- every payment and every void (cancel) of the day has reached the SPC: a
  waiting, in-flight or parked one refuses the close ("day_has_unsent"), and so
  does a payment the SPC refused until a supervisor has resolved it
  ("day_has_unresolved_rejections"); the refusal lists them;
- the SPC's register must be fetched: no register, no close
  ("reconciliation_unavailable"). Differences refuse the close
  ("reconciliation_differs") unless the supervisor writes why they accept them
  (`differences_note`): a difference the workstation cannot repair (a payment
  the SPC holds under this workstation that was never taken here) must not keep
  the branch's day open forever, but it must be explained, and it stands in the
  Z-report and in the audit log;
- the cash is counted by denomination. The count is of the drawer as it is
  now: with a cash session of the day still open, the expected cash is that
  session's (float + received - change - handovers - void refunds) and the
  supervisor's count closes it, whoever's it is (the teller need not be there);
  with every session of the day already closed by its teller's count, the
  drawer should hold what the last of them counted; with no session that day,
  nothing. Over or short needs a note ("note_required"). An open session of
  another day refuses the close ("session_other_day");
- then, in one transaction: the session closed, the count by denomination, the
  reconciliation summary, the register (PDF, CSV) and the Z-report written
  under <data>/reports/<day>/ with their SHA-256, the day marked closed
  (business_days: state, closed_at; day_closes: closed_by, closed_at), and
  "day.closed" in the audit log. After that no payment can be dated to
  the day and nothing in it can be voided (services and voids check the day).
  The network is asked before the transaction, never inside it; what the
  reconciliation saw is checked again inside, so a payment taken meanwhile
  refuses the close ("day_changed") instead of slipping past it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Iterable, Mapping

from cashier import days, drawer, money
from cashier.documents import receipts_owed
from cashier.identity import audit, users
from cashier.storage import db, fileio
from cashier.drawer.count import (BY_KEY, COINS, DENOMINATIONS, NOTES, CashSummary, Denomination,
                                SessionCash, cash_summary, count_rows, count_total, parse_counts)
from cashier.dayclose.reconcile import (DIFFERENCE_KINDS, Difference, Reconciliation, compare,
                                   local_payments, reconcile)
from cashier.errors import CashierError, NotFoundError, RuleError, ValidationError
from cashier.adapters.spc_client import SpcError
from cashier.identity.users import User
from cashier.workstation import Workstation

# The dialog's whole API is importable from here: denominations, the cash, the reconciliation.
__all__ = ["BY_KEY", "COINS", "DENOMINATIONS", "NOTES", "Denomination", "parse_counts",
           "count_total", "CashSummary", "SessionCash", "cash_summary", "DIFFERENCE_KINDS", "Difference",
           "Reconciliation", "compare", "reconcile", "Blocker", "blockers", "ReportFile",
           "DayClosed", "DayStatus", "close_day", "closed_day", "day_state", "day_status",
           "open_next_day"]

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
    raise RuleError("day_has_unresolved_rejections",
                    f"The processing center refused {len(found)} payment(s) or void(s) of the day "
                    f"and no supervisor has resolved them yet: {listed}", None, params)


# -- the close ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReportFile:
    kind: str                 # register_pdf | register_csv | z_report
    path: Path
    sha256: str
    size: int

    def intact(self) -> bool:
        """The file is there and unchanged since the close."""
        try:
            return hashlib.sha256(self.path.read_bytes()).hexdigest() == self.sha256
        except OSError:
            return False


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
                "audit_hash": self.audit_hash,
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
    reports = tuple(ReportFile(r["kind"], Path(r["path"]), r["sha256"], r["size"])
                    for r in conn.execute("SELECT * FROM day_reports WHERE business_date = ? "
                                          "AND workstation_id = ? ORDER BY kind",
                                          (day.isoformat(), ws_id)))
    return DayClosed(day, ws_id, datetime.fromisoformat(row["closed_at"]), row["closed_by"],
                     row["expected"], row["counted"], row["difference"], row["note"], counts,
                     json.loads(row["reconciliation"]), row["differences_note"], row["audit_hash"],
                     reports)


def _check_closable(ws: Workstation, day: date) -> None:
    if day_state(ws, day) == "closed":
        raise RuleError("day_already_closed", f"The business day {day.isoformat()} is already "
                        "closed.", None, {"business_date": day.isoformat()})
    if day > days.current(ws.conn, ws.now().date()):
        raise RuleError("day_in_future", f"The business day {day.isoformat()} has not begun; "
                        "only today or an earlier day can be closed.", None,
                        {"business_date": day.isoformat()})


def _check_cash(cash: CashSummary, note: str) -> None:
    other = cash.other_day_session
    if other is not None:
        raise RuleError("session_other_day",
                        f"A cash session of {other.business_date.isoformat()} (by {other.user_id}) "
                        "is still open on this workstation; close that day or that session first.",
                        None, {"business_date": other.business_date.isoformat(),
                               "user_id": other.user_id})
    if cash.difference and not note:
        raise ValidationError("note_required",
                              f"The count differs from the expected cash by "
                              f"{money.format_amount(cash.difference)}: say why in a note.", "note",
                              {"difference": money.format_amount(cash.difference),
                               "expected": money.format_amount(cash.expected),
                               "counted": money.format_amount(cash.counted)})


def close_day(ws: Workstation, supervisor: User, day: date,
              counts: Mapping[str, object] | Iterable[str] | None, note: str = "", *,
              differences_note: str = "") -> DayClosed:
    """Close `day` on this workstation: see the module's docstring for every rule.

    Asks the SPC for its register (network, seconds at worst): never on the GUI thread.
    """
    users.require(supervisor, "supervisor")
    conn = ws.conn
    supervisor = users.require(users.get(conn, supervisor.user_id), "supervisor")  # disabled since?
    parsed = parse_counts(counts)
    note, differences_note = (note or "").strip(), (differences_note or "").strip()
    _check_closable(ws, day)
    # A receipt a killed process or a full disk left unmade is made now if it can be;
    # one that still cannot be made blocks the close (blockers).
    receipts_owed.make_owed(ws, day)
    _refuse_blockers(blockers(ws, day))
    cash = cash_summary(ws, day, parsed)
    _check_cash(cash, note)
    try:
        rec = reconcile(ws, day)
    except (SpcError, NotFoundError) as exc:
        raise RuleError("reconciliation_unavailable",
                        f"The processing center's register for {day.isoformat()} could not be "
                        f"fetched, so the day cannot be reconciled and closed: {exc.message}",
                        None, {"cause": exc.code}) from exc
    if rec.differences and not differences_note:
        raise RuleError("reconciliation_differs",
                        f"The processing center's register differs from this workstation in "
                        f"{len(rec.differences)} place(s): "
                        + "; ".join(d.message for d in rec.differences[:20])
                        + ". Resolve them, or explain them in a note to close anyway.", None,
                        {"differences": [d.to_json() for d in rec.differences]})
    _check_unchanged(ws, day, parsed, rec, cash)  # a payment taken while the SPC was asked
    now = ws.now()
    # Rendered and written (fsync) before the write lock is taken: that takes a second or
    # more, and no payment, sender or sign-in may wait behind it. The Z-report names the
    # chain's head as it was when it was rendered; under the lock only what was rendered
    # is checked again and stored.
    last_hash = _last_hash(conn)
    files = _write_reports(ws, day, supervisor, now, cash, rec, note, differences_note, last_hash)
    try:
        _store_close(ws, supervisor, day, now, parsed, cash, rec, note, differences_note,
                     last_hash, files)
    except BaseException:
        _remove(files)  # nothing points at them: the close did not happen
        raise
    closed = closed_day(ws, day)
    assert closed is not None
    return closed


def open_next_day(ws: Workstation, supervisor: User, day: date | None = None) -> date:
    """After the close, the supervisor opens the next business day at once: an evening desk
    dates its payments to it (cashier/days.py)."""
    users.require(supervisor, "supervisor")
    supervisor = users.require(users.get(ws.conn, supervisor.user_id), "supervisor")
    return _open_next(ws.conn, ws.now(), supervisor.user_id, day)


def _open_next(conn: sqlite3.Connection, now: datetime, supervisor_id: str,
              day: date | None = None) -> date:
    """Open the business day after the current one, which must be closed (a supervisor's act;
    the caller checks the role). `day` defaults to the next calendar day; it may not lie more
    than days.MAX_DAYS_AHEAD days after today. Returns the day opened; opening it twice is harmless."""
    today = now.date()
    with db.atomic(conn):
        closed = days.current(conn, today)
        if days.state(conn, closed) == "open" and closed > today:
            return closed  # opened already
        if days.state(conn, closed) != "closed":
            raise RuleError("day_not_closed",
                            f"The business day {closed.isoformat()} is not closed yet; close it "
                            "(count the cash) before opening the next one.", None,
                            {"business_date": closed.isoformat()})
        target = day or closed + timedelta(days=1)
        if target <= closed:
            raise ValidationError("next_day_not_after",
                                  f"The next business day must come after {closed.isoformat()}.",
                                  "date", {"business_date": closed.isoformat()})
        if target > today + timedelta(days=days.MAX_DAYS_AHEAD):
            latest = today + timedelta(days=days.MAX_DAYS_AHEAD)
            raise ValidationError("next_day_too_far",
                                  f"A business day can be opened at most {days.MAX_DAYS_AHEAD} day(s) "
                                  f"ahead, until {latest.isoformat()}: the processing center "
                                  "refuses payments dated further ahead.", "date",
                                  {"latest": latest.isoformat()})
        if days.state(conn, target) == "closed":
            raise RuleError("day_closed", f"The business day {target.isoformat()} is closed "
                            "already; it cannot be opened again.", None,
                            {"business_date": target.isoformat()})
        conn.execute("INSERT INTO business_days(business_date, state, opened_at) "
                     "VALUES (?, 'open', ?) ON CONFLICT(business_date) DO NOTHING",
                     (target.isoformat(), now.isoformat(timespec="seconds")))
        audit.record(conn, now, supervisor_id, "day.opened", target.isoformat(),
                     {"business_date": target.isoformat(), "after": closed.isoformat()})
    return target


def _check_unchanged(ws: Workstation, day: date, parsed, rec: Reconciliation,
                     cash: CashSummary) -> None:
    _refuse_blockers(blockers(ws, day))
    if local_payments(ws, day)[1] != rec.fingerprint or cash_summary(ws, day, parsed) != cash:
        raise RuleError("day_changed", "Payments of the day changed while the close was being "
                        "prepared; check the figures and close again.")


def _store_close(ws: Workstation, supervisor: User, day: date, now: datetime, parsed,
                 cash: CashSummary, rec: Reconciliation, note: str, differences_note: str,
                 last_hash: str, files: list[ReportFile]) -> None:
    conn, ws_id = ws.conn, ws.config.workstation_id
    with db.atomic(conn):
        # What was checked before, again under the write lock.
        _check_closable(ws, day)
        _check_unchanged(ws, day, parsed, rec, cash)
        if cash.open_session_id is not None:
            drawer.close_session(conn, now, supervisor, ws_id, cash.counted, note)
        _store(conn, ws_id, day, now, supervisor, cash, rec, note, differences_note, last_hash,
               files)
        audit.record(conn, now, supervisor.user_id, "day.closed", day.isoformat(), {
            "business_date": day.isoformat(), "workstation_id": ws_id,
            "counts": {k: n for k, n in cash.counts.items() if n},
            "expected": money.to_wire(cash.expected),
            "counted": money.to_wire(cash.counted), "difference": money.to_wire(cash.difference),
            "note": note, "differences": len(rec.differences), "differences_note": differences_note,
            "reports": {f.kind: f.sha256 for f in files}, "audit_hash": last_hash})


def _remove(files: list[ReportFile]) -> None:
    for f in files:
        f.path.unlink(missing_ok=True)
    for folder in {f.path.parent for f in files} | {f.path.parent.parent for f in files}:
        try:
            folder.rmdir()  # only when empty
        except OSError:
            pass


def _last_hash(conn) -> str:
    row = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else audit.GENESIS


def _store(conn, ws_id: str, day: date, now: datetime, supervisor: User, cash: CashSummary,
           rec: Reconciliation, note: str, differences_note: str, last_hash: str,
           files: list[ReportFile]) -> None:
    d, at = day.isoformat(), now.isoformat(timespec="seconds")
    conn.execute(
        "INSERT INTO day_closes(business_date, workstation_id, closed_at, closed_by, session_ids, "
        "expected, counted, difference, note, reconciliation, differences_note, audit_hash) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (d, ws_id, at, supervisor.user_id, json.dumps([s.session_id for s in cash.sessions]),
         cash.expected, cash.counted, cash.difference, note,
         json.dumps(rec.to_json(), ensure_ascii=False, sort_keys=True), differences_note,
         last_hash))
    conn.executemany(
        "INSERT INTO day_cash_counts(business_date, workstation_id, kind, value, count) "
        "VALUES (?,?,?,?,?)",
        [(d, ws_id, BY_KEY[k].kind, BY_KEY[k].value, n) for k, n in cash.counts.items()])
    conn.executemany(
        "INSERT INTO day_reports(business_date, workstation_id, kind, path, sha256, size, "
        "created_at) VALUES (?,?,?,?,?,?,?)",
        [(d, ws_id, f.kind, str(f.path), f.sha256, f.size, at) for f in files])
    conn.execute(
        "INSERT INTO business_days(business_date, state, opened_at, closed_at) "
        "VALUES (?, 'closed', ?, ?) ON CONFLICT(business_date) DO UPDATE SET state = 'closed', "
        "closed_at = excluded.closed_at", (d, at, at))


def _write_reports(ws: Workstation, day: date, supervisor: User, now: datetime,
                   cash: CashSummary, rec: Reconciliation, note: str, differences_note: str,
                   last_hash: str) -> list[ReportFile]:
    """Render and write the three files (durably, never over an existing file)."""
    from cashier.documents import day_report as pdf
    from cashier.documents import day_reports
    facts = day_reports.collect(ws, day)
    csv_data = day_reports.register_csv(facts)
    person = day_reports.person_label(ws.conn, supervisor.user_id)
    register = pdf.register_pdf(facts, person)
    z = pdf.ZContent(
        facts=facts,
        cash=pdf.ZCash(cash.opening_float, cash.received, cash.change, cash.handovers, cash.refunds,
                       cash.expected, cash.counted, cash.difference, note,
                       tuple((d.kind, d.value, n, a) for d, n, a in count_rows(cash.counts)),
                       _session_lines(cash, ws.config.tz) if len(cash.sessions) > 1 else ()),
        reconciliation=pdf.ZReconciliation(rec.local_count, rec.local_amount, rec.spc_count,
                                           rec.spc_amount, rec.matched,
                                           rec.differences,
                                           differences_note),
        supervisor=person, closed_at=now, audit_hash=last_hash,
        register_sha256=(("register_pdf", hashlib.sha256(register).hexdigest()),
                         ("register_csv", hashlib.sha256(csv_data).hexdigest())))
    stem = f"{ws.config.workstation_id}-{day:%Y%m%d}"
    out = []
    for kind, name, data in (("register_pdf", f"register-{stem}", register),
                             ("register_csv", f"register-{stem}", csv_data),
                             ("z_report", f"z-report-{stem}", pdf.z_report_pdf(z))):
        suffix = ".csv" if kind == "register_csv" else ".pdf"
        path = _create(Path(ws.config.reports_dir) / day.isoformat(), name, suffix, data)
        out.append(ReportFile(kind, path, hashlib.sha256(data).hexdigest(), len(data)))
    return out


def _create(folder: Path, name: str, suffix: str, data: bytes) -> Path:
    # A file left by a close that failed before its commit is never overwritten: it keeps
    # its name (nothing points at it) and this close takes the next free one.
    for n in range(1, 1000):
        path = folder / (name + (f"-{n}" if n > 1 else "") + suffix)
        if fileio.atomic_create_bytes(path, data):
            return path
    raise CashierError("report_names_exhausted", f"Too many report files named {name} in {folder}.")



def _session_lines(cash: CashSummary, tz) -> tuple[str, ...]:
    out = []
    for s in cash.sessions:
        counted = "" if s.counted is None else \
            f", пересчитано / саналды {money.format_amount(s.counted)}"
        out.append(f"Смена / Ауысым {s.user_id} с / бастап {s.opened_at.astimezone(tz):%H:%M}: "
                   f"разменный фонд / қор {money.format_amount(s.opening_float)}, ожидалось / күтілді "
                   f"{money.format_amount(s.expected)}{counted}")
    return tuple(out)


# -- for the dialog and `cashier day status` ---------------------------------------------------

@dataclass(frozen=True)
class DayStatus:
    business_date: date
    state: str                # open | closed | not_started
    blockers: tuple[Blocker, ...]
    cash: CashSummary
    closed: DayClosed | None

    def to_json(self) -> dict:
        return {"business_date": self.business_date.isoformat(), "state": self.state,
                "can_close": self.state != "closed" and not self.blockers
                and self.cash.other_day_session is None,
                "blockers": [b.to_json() for b in self.blockers],
                # Before the count there is only the expected cash to show.
                "cash": {k: v for k, v in self.cash.to_json().items()
                         if k not in ("counted", "difference", "counts")},
                "closed": self.closed.to_json() if self.closed else None}


def day_status(ws: Workstation, day: date) -> DayStatus:
    """Everything the close dialog shows before the count. Receipts the day still owes are
    made first (they would block the close); writes PDFs: never on the GUI thread."""
    if day_state(ws, day) != "closed":
        receipts_owed.make_owed(ws, day)
    return DayStatus(day, day_state(ws, day), tuple(blockers(ws, day)), cash_summary(ws, day),
                     closed_day(ws, day))
