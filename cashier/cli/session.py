"""`cashier session`: the teller's cash session: open with a float, hand over, close with a count."""

from __future__ import annotations

from cashier import days, money
from cashier.cli.common import EXIT_OK, actor_option, emit, signed_in


def _session_json(session, conn) -> dict:
    from cashier import drawer
    out = {"session_id": session.session_id, "user_id": session.user_id, "state": session.state,
           "business_date": session.business_date.isoformat(),
           "opened_at": session.opened_at.isoformat(),
           "float": money.to_wire(session.opening_float)}
    if session.state == "open":
        out["expected"] = money.to_wire(drawer.expected_cash(conn, session.session_id))
    else:
        out.update(counted=money.to_wire(session.counted), expected=money.to_wire(session.expected),
                   difference=money.to_wire(session.difference))
    return out


def _amount(text: str, field: str) -> int:
    return money.parse_amount(text, field=field)


def cmd_session(ws, args) -> int:
    from cashier import drawer
    conn, ws_id = ws.conn, ws.config.workstation_id
    if args.session_command == "status":
        session = drawer.current(conn, ws_id)
        emit({"open": session is not None, **(_session_json(session, conn) if session else {})})
        return EXIT_OK
    user = signed_in(ws, args)
    if args.session_command == "open":
        session = drawer.open_session(conn, ws.now(), user, ws_id, days.business_date(ws),
                                      _amount(args.float, "float"))
    elif args.session_command == "handover":
        drawer.handover(conn, ws.now(), user, ws_id, _amount(args.amount, "amount"), args.note or "")
        session = drawer.current(conn, ws_id)
    else:
        session = drawer.close_session(conn, ws.now(), user, ws_id, _amount(args.counted, "counted"),
                                       args.note or "")
    emit(_session_json(session, conn))
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
