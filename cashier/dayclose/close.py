"""Closing the business day (a supervisor's job): blockers, reconciliation, cash count, lock.

Four calls, each a plain function returning dataclasses, for the window's dialog
and for `cashier day ...` (cashier/cli/day.py):

    blockers(ws, day)              what must reach the SPC (or be resolved) first
    reconcile(ws, day)             this workstation's payments against GET /v1/registers/{day}
    cash_summary(ws, day, counts)  the expected cash, the count's total and the difference
    count_day(ws, supervisor, day, counts)   a count recorded (blind, or a recount) before the close
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
- every count submitted is recorded (cashier/drawer/counts.py, scope "day"): with the
  bank's `blind_count` the supervisor counts without the expected cash on screen, submits
  the count (`count_day`, or the close itself), and only then sees the expected cash and
  the difference; a count submitted blind stands even when the close is refused. Counting
  again after a difference is the next attempt (a recount); a close with the same count
  as the last one reuses it. The close is the supervisor's own approval of its difference
  (`approved_by` in the journal);
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
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Iterable, Mapping

from cashier import days, drawer, money
from cashier.documents import archive, receipts_owed
from cashier.identity import audit, users
from cashier.storage import db
from cashier.drawer.count import (BY_KEY, CashSummary, cash_summary, count_rows, parse_counts)
from cashier.drawer.counts import CountRecord, count_once, record_count
from cashier.dayclose.status import (DayClosed, ReportFile, _refuse_blockers,
                                    blockers, closed_day, day_state)
from cashier.dayclose.reconcile import (Reconciliation, local_payments, reconcile)
from cashier.errors import NotFoundError, RuleError, ValidationError
from cashier.adapters.spc_client import SpcError
from cashier.identity.users import User
from cashier.workstation import Workstation


def _check_closable(ws: Workstation, day: date) -> None:
    if day_state(ws, day) == "closed":
        raise RuleError("day_already_closed", f"The business day {day.isoformat()} is already "
                        "closed.", None, {"business_date": day.isoformat()})
    if day > days.current(ws.conn, ws.now().date()):
        raise RuleError("day_in_future", f"The business day {day.isoformat()} has not begun; "
                        "only today or an earlier day can be closed.", None,
                        {"business_date": day.isoformat()})


def _check_other_day(cash: CashSummary) -> None:
    other = cash.other_day_session
    if other is not None:
        raise RuleError("session_other_day",
                        f"A cash session of {other.business_date.isoformat()} (by {other.user_id}) "
                        "is still open on this workstation; close that day or that session first.",
                        None, {"business_date": other.business_date.isoformat(),
                               "user_id": other.user_id})


def _check_cash(cash: CashSummary, note: str) -> None:
    _check_other_day(cash)
    if cash.difference and not note:
        raise ValidationError("note_required",
                              f"The count ({money.format_amount(cash.counted)}) differs from the "
                              f"expected cash ({money.format_amount(cash.expected)}) by "
                              f"{money.format_amount(cash.difference)}: count again, or say why "
                              "in a note.", "note",
                              {"difference": money.format_amount(cash.difference),
                               "expected": money.format_amount(cash.expected),
                               "counted": money.format_amount(cash.counted)})


def count_day(ws: Workstation, supervisor: User, day: date,
              counts: Mapping[str, object] | Iterable[str] | None) -> CountRecord:
    """Record the supervisor's count of the day's cash without closing the day (a blind count
    submitted, or a recount after a difference): the expected cash and the difference come
    back with it, and the close that follows with the same count reuses it."""
    users.require(supervisor, "supervisor")
    supervisor = users.require(users.get(ws.conn, supervisor.user_id), "supervisor")
    parsed = parse_counts(counts)
    _check_closable(ws, day)
    cash = cash_summary(ws, day, parsed)
    _check_other_day(cash)
    return record_count(ws.conn, ws.now(), supervisor, "day", day.isoformat(), parsed,
                        cash.expected, ws.config.blind_count)


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
    _check_other_day(cash)
    if ws.config.blind_count:
        # Submitted blind: the count stands whatever becomes of the close.
        count_once(conn, ws.now(), supervisor, "day", day.isoformat(), parsed, cash.expected, True)
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
        # The count first: the back office reads the session's close just before day.closed.
        count = count_once(conn, now, supervisor, "day", day.isoformat(), cash.counts,
                           cash.expected, ws.config.blind_count)
        counted = {"attempt": count.attempt, "blind": count.blind}
        if cash.open_session_id is not None:
            drawer.close_session(conn, now, supervisor, ws_id, cash.counted, note,
                                 approved_by=supervisor.user_id, count=counted)
        _store(conn, ws_id, day, now, supervisor, cash, rec, note, differences_note, last_hash,
               files)
        audit.record(conn, now, supervisor.user_id, "day.closed", day.isoformat(), {
            "count": counted, "approved_by": supervisor.user_id,
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
    for f in files:
        archive.record_report(conn, f.kind, day, ws_id, f.path, f.sha256, f.size, at)
    conn.execute(
        "INSERT INTO business_days(business_date, state, opened_at, closed_at) "
        "VALUES (?, 'closed', ?, ?) ON CONFLICT(business_date) DO UPDATE SET state = 'closed', "
        "closed_at = excluded.closed_at", (d, at, at))


def _write_reports(ws: Workstation, day: date, supervisor: User, now: datetime,
                   cash: CashSummary, rec: Reconciliation, note: str, differences_note: str,
                   last_hash: str) -> list[ReportFile]:
    """Render and write the three files (durably, never over an existing file: the archive's
    no-clobber naming, cashier/documents/archive.py)."""
    from cashier.documents import day_report as pdf
    from cashier.documents import z_report
    from cashier.documents import day_reports
    facts = day_reports.collect(ws, day)
    csv_data = day_reports.register_csv(facts)
    person = day_reports.person_label(ws.conn, supervisor.user_id)
    register = pdf.register_pdf(facts, person)
    z = z_report.ZContent(
        facts=facts,
        cash=z_report.ZCash(cash.opening_float, cash.received, cash.change, cash.handovers, cash.refunds,
                       cash.expected, cash.counted, cash.difference, note,
                       tuple((d.kind, d.value, n, a) for d, n, a in count_rows(cash.counts)),
                       _session_lines(cash, ws.config.tz) if len(cash.sessions) > 1 else ()),
        reconciliation=z_report.ZReconciliation(rec.local_count, rec.local_amount, rec.spc_count,
                                           rec.spc_amount, rec.matched,
                                           rec.differences,
                                           differences_note),
        supervisor=person, closed_at=now, audit_hash=last_hash,
        register_sha256=(("register_pdf", hashlib.sha256(register).hexdigest()),
                         ("register_csv", hashlib.sha256(csv_data).hexdigest())))
    stem = f"{ws.config.workstation_id}-{day:%Y%m%d}"
    out: list[ReportFile] = []
    try:
        for kind, name, data in (("register_pdf", f"register-{stem}", register),
                                 ("register_csv", f"register-{stem}", csv_data),
                                 ("z_report", f"z-report-{stem}", z_report.z_report_pdf(z))):
            suffix = ".csv" if kind == "register_csv" else ".pdf"
            path = archive.write_report(Path(ws.config.reports_dir) / day.isoformat(), name,
                                        suffix, data)
            out.append(ReportFile(kind, path, hashlib.sha256(data).hexdigest(), len(data)))
    except BaseException:
        _remove(out)  # a disk that filled up after the register: no half set of reports left
        raise
    return out


def _session_lines(cash: CashSummary, tz) -> tuple[str, ...]:
    out = []
    for s in cash.sessions:
        counted = "" if s.counted is None else \
            f", пересчитано / саналды {money.format_amount(s.counted)}"
        out.append(f"Смена / Ауысым {s.user_id} с / бастап {s.opened_at.astimezone(tz):%H:%M}: "
                   f"разменный фонд / қор {money.format_amount(s.opening_float)}, ожидалось / күтілді "
                   f"{money.format_amount(s.expected)}{counted}")
    return tuple(out)


