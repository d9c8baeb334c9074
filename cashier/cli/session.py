"""`cashier session`: the teller's cash session: open with a float, hand over, close with a count."""

from __future__ import annotations

from cashier import drawer, money
from cashier.cli.common import EXIT_OK, actor_option, emit, signed_in


def _amount(text: str, field: str) -> int:
    return money.parse_amount(text, field=field)


def cmd_session(ws, args) -> int:
    if args.session_command == "status":
        emit(drawer.drawer_state(ws).to_json())
        return EXIT_OK
    user = signed_in(ws, args)
    if args.session_command == "open":
        state = drawer.open_drawer(ws, user, _amount(args.float, "float"))
    elif args.session_command == "handover":
        state = drawer.hand_over(ws, user, _amount(args.amount, "amount"), args.note or "")
    else:
        closed, _ = drawer.close_drawer(ws, user, _amount(args.counted, "counted"), args.note or "")
        state = drawer.drawer_state(ws, closed)
    emit(state.to_json())
    return EXIT_OK


def register(sub) -> None:
    se = sub.add_parser("session", help="the teller's cash session: open with a counted float, "
                        "hand cash over to the vault, close with a count")
    se.add_argument("--as", dest="actor", help="your user id (CASHIER_USER); password from a prompt "
                    "or CASHIER_PASSWORD")
    sesub = se.add_subparsers(dest="session_command", required=True)
    sesub.add_parser("status", help="the open session and the cash the drawer should hold")
    so = sesub.add_parser("open", help="open a session with the float counted into the drawer")
    so.add_argument("--float", required=True, help="the counted float, e.g. 50000.00")
    sh = sesub.add_parser("handover", help="cash taken from the drawer to the vault")
    sh.add_argument("amount")
    sh.add_argument("--note", default="")
    sc = sesub.add_parser("close", help="close with the counted cash; a difference needs --note")
    sc.add_argument("--counted", required=True)
    sc.add_argument("--note", default="")
    for parser in (so, sh, sc):
        actor_option(parser)
    se.set_defaults(func=cmd_session)
