"""`cashier backoffice ...` (the journal and presence, backoffice-protocol.md) and
`cashier branch` (every desk of this branch, as the back office sees them)."""

from __future__ import annotations

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
    viewer = signed_in(ws, args)
    emit(branch_view(ws, viewer, business_day_arg(ws, args)).to_json())
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
    br.set_defaults(func=cmd_branch)
