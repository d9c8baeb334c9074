"""`cashier day ...`: closing the business day from the command line (cashier/dayclose.py).

    cashier day status [--date D]        what blocks the close, the drawer's expected cash
    cashier day reconcile [--date D]     the SPC's register against this workstation
    cashier day count --count 20000=3 ... [--date D] --as SUPERVISOR
                      a count recorded before the close: prints the expected cash and the
                      difference (a recount after a difference is the next attempt)
    cashier day close --count 20000=3 --count 5000=2 ... [--note TEXT]
                      [--differences-note TEXT] [--date D] --as SUPERVISOR
    cashier day report [--date D]        the closed day's register (PDF, CSV) and Z-report
    cashier day open [--date D] --as SUPERVISOR   open the next business day after the close

Each prints one JSON object. `close` needs a supervisor's id (--as or CASHIER_USER)
and password (a prompt or CASHIER_PASSWORD). Denominations: notes 20000 10000 5000
2000 1000 500 200n, coins 200c 100 50 20 10 5 2 1 (or note_200, coin_200...).
The date is the business date, YYYY-MM-DD; by default the current one (business_days.py).

Counts are blind here: nothing prints the expected cash before a count is recorded
(`day status` leaves it out while the bank's blind_count is on). Every count is recorded
(`count`, and `close` unless it repeats the last one), then the expected cash and the
difference are printed. After a difference, count again (`count` or `close` with the new
count: a recount) or close with --note. The supervisor's close is the approval of its
difference (approved_by in the journal).
"""

from __future__ import annotations

import argparse

from cashier import dayclose, money
from cashier.cli.common import EXIT_ERROR, EXIT_OK, business_day_arg, emit, signed_in
from cashier.dayclose.close import count_day
from cashier.drawer import last_count
from cashier.errors import NotFoundError



def cmd_day(ws, args) -> int:
    day = business_day_arg(ws, args)
    command = args.day_command
    if command == "status":
        emit(dayclose.day_status(ws, day).to_json())
        return EXIT_OK
    if command == "reconcile":
        rec = dayclose.reconcile(ws, day)
        emit(rec.to_json())
        return EXIT_OK if rec.ok else EXIT_ERROR
    if command == "close":
        supervisor = signed_in(ws, args)
        closed = dayclose.close_day(ws, supervisor, day, args.count or [], args.note or "",
                                    differences_note=args.differences_note or "")
        out = closed.to_json()
        last = last_count(ws.conn, "day", day.isoformat())
        if last is not None:
            out["count"] = last.to_json()
        emit(out)
        return EXIT_OK
    if command == "count":
        supervisor = signed_in(ws, args)
        emit(count_day(ws, supervisor, day, args.count or []).to_json())
        return EXIT_OK
    if command == "open":
        supervisor = signed_in(ws, args)
        opened = dayclose.open_next_day(ws, supervisor, day if args.date else None)
        emit({"business_date": opened.isoformat(), "state": "open"})
        return EXIT_OK
    closed = dayclose.closed_day(ws, day)
    if closed is None:
        raise NotFoundError("day_not_closed", f"The business day {day.isoformat()} is not closed "
                            "on this workstation, so it has no reports yet.", "date")
    out = {"business_date": day.isoformat(), "closed_by": closed.closed_by,
           "closed_at": closed.closed_at.isoformat(timespec="seconds"),
           "difference": money.to_wire(closed.difference)}
    for r in closed.reports:
        out[r.kind] = {"path": str(r.path), "sha256": r.sha256, "intact": r.intact()}
    emit(out)
    return EXIT_OK if all(r.intact() for r in closed.reports) else EXIT_ERROR


def register(subparsers) -> None:
    """Add `day` to the `cashier` command's subparsers (called from cli.build_parser)."""
    d = subparsers.add_parser("day", help="close the business day (a supervisor): status, "
                              "reconcile with the SPC, close with a cash count, reports")
    d.add_argument("--as", dest="actor", help="your user id (CASHIER_USER); password from a "
                   "prompt or CASHIER_PASSWORD")
    dsub = d.add_subparsers(dest="day_command", required=True)

    def with_date(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument("--date", help="the business date, YYYY-MM-DD (default: today)")
        return parser

    with_date(dsub.add_parser("status", help="what blocks the close and the drawer's expected "
                              "cash, as JSON"))
    with_date(dsub.add_parser("reconcile", help="compare with the SPC's register; exit 0 only "
                              "when they agree"))
    count_help = ("count the day's cash without closing: the count is recorded, then the "
                  "expected cash and the difference are printed; counting again is recorded as "
                  "a recount (the next attempt)")
    n = with_date(dsub.add_parser("count", help=count_help, description=count_help))
    n.add_argument("--count", action="append", metavar="DENOMINATION=PIECES", default=[],
                   help="pieces of one note or coin, e.g. 20000=3 or 200c=4; repeat for each")
    n.add_argument("--as", dest="actor", default=argparse.SUPPRESS, help="the supervisor's user id")
    close_help = ("count the cash and close the day; nothing dated to it is accepted or voided "
                  "afterwards. The count is recorded (unless it repeats the last `day count`) "
                  "and printed with the expected cash and the difference; a difference needs "
                  "--note, or count again first (a recount: `day count` with the new count)")
    c = with_date(dsub.add_parser("close", help=close_help, description=close_help))
    c.add_argument("--count", action="append", metavar="DENOMINATION=PIECES", default=[],
                   help="pieces of one note or coin, e.g. 20000=3 or 200c=4; repeat for each")
    c.add_argument("--note", default="", help="why the count differs (needed when it does)")
    c.add_argument("--differences-note", default="",
                   help="why the day closes although the SPC's register differs")
    c.add_argument("--as", dest="actor", default=argparse.SUPPRESS, help="the supervisor's user id")
    with_date(dsub.add_parser("report", help="paths and SHA-256 of the closed day's register "
                              "(PDF, CSV) and Z-report"))
    o = dsub.add_parser("open", help="after the close, open the next business day at once (a "
                        "supervisor): payments taken this evening are dated to it")
    o.add_argument("--date", help="the day to open, YYYY-MM-DD (default: the day after the "
                   "closed one; at most one day after today)")
    o.add_argument("--as", dest="actor", default=argparse.SUPPRESS, help="the supervisor's user id")
    d.set_defaults(func=cmd_day, makes_owed_receipts=True)
