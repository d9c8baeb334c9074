"""`cashier backoffice ...` (the journal and presence, backoffice-protocol.md) and
`cashier branch` (every desk of this branch, as the back office sees them)."""

from __future__ import annotations

import argparse

from cashier import money
from cashier.cli.common import (EXIT_ERROR, EXIT_OK, actor_option, business_day_arg, emit,
                                print_line, run_until_signalled, signed_in)
from cashier.sync import replicator
from cashier.sync.branch_view import branch_view


def cmd_backoffice(ws, args) -> int:
    command = args.backoffice_command
    if command == "status":
        emit(replicator.backoffice_status(ws))
        return EXIT_OK
    if command == "ack":
        supervisor = signed_in(ws, args)
        emit({"acknowledged": replicator.acknowledge_alarm(ws, supervisor, args.note or "")})
        return EXIT_OK
    if not args.once:
        run_until_signalled(replicator.Replicator(
            ws, interval=args.interval, on_status=print_line if args.verbose else None))
        return EXIT_OK
    report = replicator.replicate_once(ws, pull_all=True)
    emit({**report.to_json(), "status": replicator.backoffice_status(ws)})
    return EXIT_OK if not (report.pending or report.alarm or report.unreachable
                           or report.auth_problem or (report.pulled or {}).get("errors")) \
        else EXIT_ERROR


def cmd_branch(ws, args) -> int:
    person = signed_in(ws, args)
    day = business_day_arg(ws, args)
    if getattr(args, "branch_command", None) == "close":
        from cashier.dayclose.branch_close import close_branch_day
        closed = close_branch_day(ws, person, day, args.count or [], args.note or "")
        emit({"closed": closed.day.business_date.isoformat(), "branch_id": closed.day.branch_id,
              "already_closed": closed.already,
              "vault_expected": money.to_wire(closed.day.vault_expected),
              "vault_counted": money.to_wire(closed.day.vault_counted),
              "difference": money.to_wire(closed.day.difference),
              "payments": {"count": closed.day.payments_count,
                           "amount": money.to_wire(closed.day.payments_amount)},
              "desks": [d.workstation_id for d in closed.day.desks],
              "reports": {kind: str(path) for kind, path, _sha in closed.files}})
        return EXIT_OK
    emit(branch_view(ws, person, day).to_json())
    return EXIT_OK


def register(sub) -> None:
    b = sub.add_parser("backoffice", help="this desk's journal at the bank's back office: send it "
                       "(sync --once), see how far it is (status), acknowledge an alarm (ack)")
    bsub = b.add_subparsers(dest="backoffice_command", required=True)
    s = bsub.add_parser("sync", help="send the journal and heartbeats until stopped (as the "
                        "window does); --once: one pass, exit 0 only when everything is confirmed")
    s.add_argument("--once", action="store_true", help="one pass, then exit")
    s.add_argument("--interval", type=float, default=2.0, help="seconds between passes when idle")
    s.add_argument("--verbose", "-v", action="store_true", help="a JSON line after every pass")
    bsub.add_parser("status", help="what the back office has confirmed, the last contact, an alarm")
    ack = bsub.add_parser("ack", help="a supervisor acknowledges the back office's alarm")
    ack.add_argument("--note", required=True, help="what was done (IT called, …)")
    actor_option(ack)
    b.set_defaults(func=cmd_backoffice)
    br = sub.add_parser("branch", help="every desk of this branch as the back office sees them "
                        "(a supervisor or admin: --as)")
    br.add_argument("--json", action="store_true", help="(the output is always JSON)")
    br.add_argument("--date", help="the business date, YYYY-MM-DD (default: the current one)")
    actor_option(br)
    brsub = br.add_subparsers(dest="branch_command")
    bc = brsub.add_parser("close", help="close the branch's day once every desk closed its own: "
                          "the vault's count, the branch register (PDF, CSV)")
    bc.add_argument("--count", action="append", metavar="DENOMINATION=PIECES", default=[],
                    help="the vault's count, one per denomination (20000=12, 200c=4 …)")
    bc.add_argument("--note", default="", help="a note for the register")
    bc.add_argument("--date", default=argparse.SUPPRESS,
                    help="the business date, YYYY-MM-DD (default: the current one)")
    actor_option(bc)
    br.set_defaults(func=cmd_branch)
