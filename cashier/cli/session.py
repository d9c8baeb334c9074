"""`cashier session`: the teller's cash session: open with a float, hand over, count, close.

    cashier session status
    cashier session open --float 50000.00
    cashier session handover AMOUNT [--note TEXT]
    cashier session count  (--count DENOMINATION=PIECES ... | --counted AMOUNT)
    cashier session close  (--count DENOMINATION=PIECES ... | --counted AMOUNT) [--note TEXT]
                           [--supervisor ID]

The command line never shows the expected cash before a count: a count is recorded, then
the expected cash and the difference are printed. `count` records a count without closing
(each further one is a recount, the next attempt); `close` records its count the same way
unless it repeats the last one, then closes. When the bank counts blind (blind_count), a
close refused for a difference still keeps its count, and the refusal says the expected
cash: count again (`count`, or `close` with the new count) or close with --note.
A difference above the bank's close_difference_approval_above needs --supervisor, another
supervisor than the session's teller; their password from CASHIER_SUPERVISOR_PASSWORD or a
hidden prompt.
"""

from __future__ import annotations

from cashier import drawer, money
from cashier.cli.common import EXIT_OK, actor_option, emit, password, signed_in
from cashier.errors import CashierError


def _amount(text: str, field: str) -> int:
    return money.parse_amount(text, field=field)


def _counted(args) -> tuple[int | None, list[str]]:
    if bool(args.count) == bool(args.counted):
        raise CashierError("usage", "Give the count: --count DENOMINATION=PIECES (repeat for "
                           "each note and coin) or --counted AMOUNT, not both.", "count")
    return (_amount(args.counted, "counted") if args.counted else None), list(args.count or [])


def cmd_session(ws, args) -> int:
    if args.session_command == "status":
        emit(drawer.drawer_state(ws).to_json())
        return EXIT_OK
    user = signed_in(ws, args)
    if args.session_command == "open":
        state = drawer.open_drawer(ws, user, _amount(args.float, "float"))
    elif args.session_command == "handover":
        state = drawer.hand_over(ws, user, _amount(args.amount, "amount"), args.note or "")
    elif args.session_command == "count":
        counted, counts = _counted(args)
        emit(drawer.count_drawer(ws, user, counted, counts).to_json())
        return EXIT_OK
    else:
        counted, counts = _counted(args)
        supervisor = (args.supervisor or "").strip()
        secret = password(f"Supervisor {supervisor}, password: ", "CASHIER_SUPERVISOR_PASSWORD") \
            if supervisor else None
        closed, _ = drawer.close_drawer(ws, user, counted, args.note or "", counts=counts,
                                        supervisor_id=supervisor or None,
                                        supervisor_password=secret)
        out = drawer.drawer_state(ws, closed).to_json()
        last = drawer.last_count(ws.conn, "session", closed.session_id)
        if last is not None:
            out["count"] = last.to_json()
        emit(out)
        return EXIT_OK
    emit(state.to_json())
    return EXIT_OK


def _count_options(parser) -> None:
    parser.add_argument("--count", action="append", metavar="DENOMINATION=PIECES", default=[],
                        help="pieces of one note or coin, e.g. 20000=3 or 200c=4; repeat for "
                        "each (notes 20000 10000 5000 2000 1000 500 200n, coins 200c 100 50 20 "
                        "10 5 2 1)")
    parser.add_argument("--counted", help="or the cash counted as one amount, e.g. 51000.00")


def register(sub) -> None:
    se = sub.add_parser("session", help="the teller's cash session: open with a counted float, "
                        "hand cash over to the vault, count, close with a count")
    se.add_argument("--as", dest="actor", help="your user id (CASHIER_USER); password from a prompt "
                    "or CASHIER_PASSWORD")
    sesub = se.add_subparsers(dest="session_command", required=True)
    sesub.add_parser("status", help="the open session, the cash the drawer should hold (not "
                     "while the bank counts blind) and its level against the bank's limits")
    so = sesub.add_parser("open", help="open a session with the float counted into the drawer")
    so.add_argument("--float", required=True, help="the counted float, e.g. 50000.00")
    sh = sesub.add_parser("handover", help="cash taken from the drawer to the vault (never "
                          "refused by the drawer's limit: it brings the drawer back under it)")
    sh.add_argument("amount")
    sh.add_argument("--note", default="")
    count_help = ("count the drawer without closing the session: the count is recorded first "
                  "(blind), then the expected cash and the difference are printed; counting "
                  "again after a difference is recorded as a recount (the next attempt)")
    sn = sesub.add_parser("count", help=count_help, description=count_help)
    _count_options(sn)
    close_help = ("count and close: the count is recorded (unless it repeats the last `count`), "
                  "then the expected cash and the difference are printed. A difference needs "
                  "--note, or count again first (a recount: `count`, or `close` with the new "
                  "count); above the bank's close_difference_approval_above also --supervisor")
    sc = sesub.add_parser("close", help=close_help, description=close_help)
    _count_options(sc)
    sc.add_argument("--note", default="", help="why the count differs (needed when it does)")
    sc.add_argument("--supervisor", help="the approving supervisor's user id (not the session's "
                    "teller), when the difference needs one; their password from "
                    "CASHIER_SUPERVISOR_PASSWORD or a hidden prompt")
    for parser in (so, sh, sn, sc):
        actor_option(parser)
    se.set_defaults(func=cmd_session)
