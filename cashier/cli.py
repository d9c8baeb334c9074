"""The `cashier` command: the same services the window calls, for scripts and for IT.

Every command prints one JSON object on stdout when asked for machine output,
and errors as `{"error": {"code", "message", "field"}}` with a non-zero exit.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import signal
import sqlite3
import sys
import threading
from datetime import datetime

from cashier import config as config_mod
from cashier import cli_day, money, services, sync
from cashier.errors import CashierError, ValidationError
from cashier.storage.disk import storage_error
from cashier.workstation import open_workstation

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_WAITING = 2  # `sync --once` left payments waiting
EXIT_USAGE = 64


def _pairs(values: list[str], what: str) -> dict[str, str]:
    result: dict[str, str] = {}
    for item in values or []:
        code, sep, value = item.partition("=")
        if not sep or not code.strip():
            raise CashierError("usage", f"--{what} takes CODE=VALUE, got {item!r}", what)
        code = code.strip().upper()
        if code in result:  # which of the two was meant? refuse rather than guess
            raise ValidationError(f"{what}_repeated",
                                  f"--{what} {code} is given twice ({result[code]!r} and "
                                  f"{value.strip()!r}); give each service once.",
                                  f"{what}:{code}", {"service": code})
        result[code] = value.strip()
    return result


def _status_json(status) -> dict:
    return {
        "waiting": status.waiting,
        "waiting_amount": money.to_wire(status.waiting_amount),
        "rejected": status.rejected,
        "attention": status.attention,
        "oldest_waiting_at": status.oldest_waiting_at.isoformat() if status.oldest_waiting_at else None,
        "last_contact_at": status.last_contact_at.isoformat() if status.last_contact_at else None,
        "last_contact_ok": status.last_contact_ok,
        "last_error": status.last_error,
        "accepted": status.extra.get("accepted", 0),
        "clock_skew_seconds": status.extra.get("clock_skew_seconds"),
        "receipts_owed": status.extra.get("receipts_owed", 0),
    }


def cmd_pay(ws, args) -> int:
    if not (args.tendered or "").strip():
        raise ValidationError("tendered_empty", "--tendered is empty: give the cash received "
                              "from the customer, e.g. --tendered 5000.", "tendered")
    teller = _signed_in(ws, args)
    account = services.find_account(ws, args.account)
    amounts = _pairs(args.amount, "amount") if args.amount else None
    draft = services.build_draft(account, amounts, _pairs(args.reading, "reading"), args.tendered,
                                 fee_rules=ws.config.fee_rules)
    payment = services.accept_payment(ws, draft, teller, confirmed_over_due=args.confirm_over_due)
    _print({"payment_id": payment.payment_id, "receipt_no": payment.receipt_no,
            "receipt_pdf": payment.receipt_pdf, "total": money.to_wire(payment.total),
            "fee": money.to_wire(payment.fee),
            "tendered": money.to_wire(payment.tendered), "change": money.to_wire(payment.change),
            "business_date": payment.business_date.isoformat(),
            "offline_account_data": account.cached_at is not None})
    if args.send:
        try:
            sync.sync_once(ws)
        except sync.SenderBusy:
            pass  # the running sender will take it
    return EXIT_OK


def cmd_sync(ws, args) -> int:
    if args.once:
        report = sync.sync_once(ws)
        status = services.queue_status(ws)
        _print({"sent": report.sent, "accepted": report.accepted, "rejected": report.rejected,
                "deferred": report.deferred, "auth_problem": report.auth_problem,
                "unreachable": report.unreachable, "errors": report.errors,
                "status": _status_json(status)})
        return EXIT_OK if status.waiting == 0 else EXIT_WAITING
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())

    def show(status) -> None:
        print(json.dumps({"at": datetime.now().astimezone().isoformat(timespec="seconds"),
                          **_status_json(status)}, ensure_ascii=False), flush=True)

    sender = sync.BackgroundSender(ws, on_status=show if args.verbose else None,
                                   interval=args.interval)
    with sync.sender_lock(ws):
        pass  # fail fast with a clear message if another sender runs
    sender.start()
    stop.wait()
    sender.stop()
    return EXIT_OK


def cmd_status(ws, args) -> int:
    from cashier.documents import receipts_owed
    status = services.queue_status(ws)
    data = _status_json(status)
    # made at start (main): what is left here could not be made, and says why
    owed = [o.to_json() for o in getattr(args, "owed_report", receipts_owed.OwedReport()).failed]
    data["receipts_owed_items"] = owed
    if args.json:
        _print(data)
        return EXIT_OK
    print(f"waiting:  {status.waiting} ({money.format_amount(status.waiting_amount)})")
    print(f"rejected: {status.rejected}   needs attention: {status.attention}")
    print(f"oldest waiting: {data['oldest_waiting_at'] or '-'}")
    print(f"last contact with the SPC: {data['last_contact_at'] or 'never'}"
          f"{'' if status.last_contact_ok in (None, True) else ' (last try failed: ' + str(status.last_error) + ')'}")
    if status.extra.get("receipts_owed"):
        print(f"receipts owed: {status.extra['receipts_owed']}")
        for item in owed:
            print(f"  {item['receipt_no']}: {item['error_code']} {item['error']}")
    for entry in services.outbox_entries(ws, ("rejected", "attention")):
        print(f"  {entry.state:9} {entry.receipt_no} account {entry.account} "
              f"{money.format_amount(entry.total)}: {entry.last_error_code} {entry.last_error_message}")
    return EXIT_OK


def cmd_queue(ws, args) -> int:
    """`queue` lists; `queue resolve PAYMENT --note TEXT` and `queue retry PAYMENT` need a
    supervisor (--as), since either unblocks the day close."""
    action = getattr(args, "queue_command", None) or "list"
    if action == "list":
        entries = services.outbox_entries(ws)
        _print({"items": [{**e.__dict__, "total": money.to_wire(e.total)} for e in entries]})
        return EXIT_OK
    supervisor = _signed_in(ws, args)
    if action == "resolve":
        payment_id = services.resolve_rejected(ws, args.payment, supervisor, args.note or "")
        _print({"resolved": payment_id, "by": supervisor.user_id})
        return EXIT_OK
    payment_id = services.retry_rejected(ws, args.payment, supervisor)
    out = {"retried": payment_id, "by": supervisor.user_id}
    if not args.no_send:
        try:
            report = sync.sync_once(ws)
            out["sent"] = {"accepted": report.accepted, "rejected": report.rejected,
                           "deferred": report.deferred}
        except sync.SenderBusy:
            out["sent"] = None  # the running sender takes it
    _print(out)
    return EXIT_OK


def cmd_receipt(ws, args) -> int:
    if args.payment == "verify":
        return cmd_receipt_verify(ws, args)
    if args.payment == "print":
        return cmd_receipt_print(ws, args)
    if args.target is not None:
        raise CashierError("usage", f"unexpected argument {args.target!r}; "
                           "use: receipt PAYMENT | receipt verify TEXT | receipt print PAYMENT")
    payment = services.load_payment(ws, args.payment)
    by = _signed_in(ws, args) if args.copy else None  # a copy names who made it
    payment = services.ensure_receipt(ws, payment, copy=args.copy, by=by)
    _print({"payment_id": payment.payment_id, "receipt_no": payment.receipt_no,
            "receipt_pdf": payment.receipt_pdf, "copy": args.copy})
    return EXIT_OK


def cmd_receipt_verify(ws, args) -> int:
    """`receipt verify TEXT|-`: check a scanned QR text; exit 0 only when it is genuine and
    this workstation's database has that payment with the same number, total and date."""
    from cashier.documents import receipt_code
    if args.target is None:
        raise CashierError("usage", "receipt verify takes the QR text, or - to read it from stdin")
    text = sys.stdin.read() if args.target == "-" else args.target
    result = receipt_code.verify(text, receipt_code.workstation_key(ws.config.workstation_id))
    row = None
    if result.payment_id:
        row = ws.conn.execute("SELECT receipt_no, total, business_date, status FROM payments "
                              "WHERE payment_id = ?", (result.payment_id,)).fetchone()
    known = bool(row and row["receipt_no"] == result.receipt_no
                 and money.to_wire(row["total"]) == result.total
                 and row["business_date"] == result.business_date)
    out = {**result.to_json(), "known_locally": known,
           "local_status": row["status"] if known else None}
    voided = known and row["status"] == "voided"
    if voided:  # the paper still carries a genuine code; the payment it stands for is gone
        out["ok"] = False
        out["reason"] = (f"the payment was voided: receipt {result.receipt_no} is not valid "
                         "(the money was refunded)")
    _print(out)
    return EXIT_OK if result.ok and known and not voided else EXIT_ERROR


def cmd_receipt_print(ws, args) -> int:
    """`receipt print PAYMENT [--copy] [--printer NAME]`: print through CUPS, record the outcome."""
    if args.target is None:
        raise CashierError("usage", "receipt print takes a payment id or receipt number")
    try:
        by = _signed_in(ws, args) if args.copy or getattr(args, "actor", None) else None
        record = services.print_receipt(ws, args.target, copy=args.copy, printer=args.printer,
                                        by=by)
    except CashierError as exc:
        if getattr(exc, "record", None) is not None:
            _print(exc.record.__dict__)
        raise
    _print(record.__dict__)
    return EXIT_OK


def cmd_printers(cfg, args) -> int:
    """`printers`: the CUPS destinations, the default, and which one receipts go to."""
    from cashier.adapters import printing
    infos = printing.list_printers()
    default = next((p.name for p in infos if p.default), None)
    _print({"printers": [p.__dict__ for p in infos], "default": default,
            "configured": cfg.printer or None, "receipts_go_to": cfg.printer or default})
    return EXIT_OK


def cmd_cache(ws, args) -> int:
    """`cache refresh [--full]`: one run of the offline account cache; `cache status`."""
    from cashier import account_cache
    if args.cache_command == "status":
        _print(account_cache.cache_info(ws))
        return EXIT_OK
    report = account_cache.refresh(ws, full=args.full, page_limit=args.page_limit,
                                   max_pages=args.max_pages)
    _print({**report.to_json(), "cache": account_cache.cache_info(ws)})
    return EXIT_OK if report.error is None else EXIT_ERROR


TOKEN_ACTIONS = ("set", "status", "delete")


def cmd_token(ws_config, args) -> int:
    """`token set` (a hidden prompt, or standard input), `token status`, `token delete`.

    The token is never printed, logged or echoed. The older forms still work:
    `token -` reads it from standard input, `token TOKEN` takes it from the command
    line (visible to other users in the process list, so it says so on stderr).
    """
    from cashier.adapters import credentials
    ws_id = ws_config.workstation_id
    action, value = args.action, args.value
    if action not in TOKEN_ACTIONS:  # `token -` or `token TOKEN`
        action, value = "set", action
    elif action != "set" and value is not None:
        raise CashierError("usage", f"`token {action}` takes no argument")
    if action == "status":
        status = credentials.token_status(ws_id, config=ws_config)
        _print(status)
        return EXIT_OK if status["present"] else EXIT_ERROR
    if action == "delete":
        deleted, place = credentials.delete_token(ws_id, config=ws_config)
        _print({"deleted": deleted, "workstation_id": ws_id, **place.to_json()})
        return EXIT_OK
    if value is not None and value != "-":
        print("note: a token given on the command line can be seen by other users (the process "
              "list, shell history); next time run `cashier token set` and paste it at the prompt.",
              file=sys.stderr)
        token = value
    elif value is None and sys.stdin.isatty():
        token = getpass.getpass("SPC token for this workstation (not shown): ")
    else:
        token = sys.stdin.readline()
    place = credentials.set_token(ws_id, token, config=ws_config)
    out = {"stored": True, "workstation_id": ws_id, **place.to_json()}
    if os.environ.get(credentials.ENV_TOKEN):
        out["note"] = (f"{credentials.ENV_TOKEN} is set in this environment and overrides the "
                       "stored token while it is")
    _print(out)
    return EXIT_OK


def _password(prompt: str, env_name: str) -> str:
    if os.environ.get(env_name):
        return os.environ[env_name]
    if not sys.stdin.isatty():
        raise CashierError("password_required", f"No password: set {env_name} or run in a terminal.")
    return getpass.getpass(prompt)


def _signed_in(ws, args):
    """The person at the keyboard, checked against their password (and audited)."""
    from cashier.identity import users
    user_id = getattr(args, "actor", None) or os.environ.get("CASHIER_USER")
    if not user_id:
        raise CashierError("usage", "Say who you are: --as USER or CASHIER_USER.", "actor")
    user = users.authenticate(ws.conn, ws.now(), user_id,
                              _password(f"Password for {user_id}: ", "CASHIER_PASSWORD"))
    ws.operator = user.user_id
    return user


def cmd_users(ws, args) -> int:
    from cashier.identity import users
    conn, now = ws.conn, ws.now()
    if args.users_command == "list":
        _print({"users": [u.__dict__ for u in users.list_users(conn)]})
        return EXIT_OK
    first = args.users_command == "add" and users.count(conn) == 0
    actor = None if first else _signed_in(ws, args)
    if args.users_command == "add":
        new_password = _password(f"New password for {args.user_id}: ", "CASHIER_NEW_PASSWORD")
        user = users.add(conn, now, actor, args.user_id, args.name, args.role, new_password)
        _print({"added": user.__dict__})
    elif args.users_command == "passwd":
        users.set_password(conn, now, actor, args.user_id,
                           _password(f"New password for {args.user_id}: ", "CASHIER_NEW_PASSWORD"))
        _print({"password_set": args.user_id})
    else:
        users.set_disabled(conn, now, actor, args.user_id, args.users_command == "disable")
        _print({args.users_command + "d": args.user_id})
    return EXIT_OK


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
        _print({"open": session is not None, **(_session_json(session, conn) if session else {})})
        return EXIT_OK
    user = _signed_in(ws, args)
    if args.session_command == "open":
        session = drawer.open_session(conn, ws.now(), user, ws_id, services.business_date(ws),
                                      _amount(args.float, "float"))
    elif args.session_command == "handover":
        drawer.handover(conn, ws.now(), user, ws_id, _amount(args.amount, "amount"), args.note or "")
        session = drawer.current(conn, ws_id)
    else:
        session = drawer.close_session(conn, ws.now(), user, ws_id, _amount(args.counted, "counted"),
                                       args.note or "")
    _print(_session_json(session, conn))
    return EXIT_OK


def cmd_audit(ws, args) -> int:
    from cashier.identity import audit, audit_check
    problems = audit.verify(ws.conn)
    data = audit_check.check(ws.conn)
    rows = ws.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    _print({"rows": rows, "intact": not problems,
            "problems": [{"row": p.row_id, "problem": p.problem} for p in problems],
            "consistent": not data, "data_problems": [p.to_json() for p in data]})
    return EXIT_OK if not problems and not data else EXIT_ERROR


def cmd_void(ws, args) -> int:
    from cashier import voids
    from cashier.documents import void_slip
    teller = _signed_in(ws, args)
    result = voids.void_payment(
        ws, teller, args.payment, args.supervisor,
        _password(f"Supervisor {args.supervisor}, password: ", "CASHIER_SUPERVISOR_PASSWORD"), args.reason)
    out = {**result, "total": money.to_wire(result["total"])}
    # The void stands whatever happens to its paper: the slip is written (and printed when
    # asked or when the desk prints automatically); a failure is reported, and stored.
    want_print = ws.config.auto_print if getattr(args, "print", None) is None else args.print
    try:
        out["void_slip_pdf"] = str(void_slip.write_void_slip(ws, result["payment_id"]))
        if want_print:
            void_slip.print_void_slip(ws, result["payment_id"])
            out["void_slip_print"] = void_slip.void_slip_prints(ws, result["payment_id"])[-1].__dict__
    except Exception as exc:  # noqa: BLE001 - the void is committed; only the slip failed
        if getattr(exc, "record", None) is not None:
            out["void_slip_print"] = exc.record.__dict__
        out["void_slip_error"] = {"code": getattr(exc, "code", "void_slip_failed"),
                                  "message": getattr(exc, "message", str(exc))}
        print(f"The payment is voided, but its void slip: {out['void_slip_error']['message']}",
              file=sys.stderr)
    _print(out)
    try:
        sync.sync_once(ws)
    except sync.SenderBusy:
        pass
    return EXIT_OK


def _make_owed_receipts(ws):
    """Receipts a killed process or a full disk left unmade, made before anything else."""
    from cashier.documents import receipts_owed
    report = receipts_owed.make_owed(ws)
    if report.made:
        print(f"note: receipts owed from an earlier run were made: {', '.join(report.made)}",
              file=sys.stderr)
    if report.failed:
        print(f"warning: {len(report.failed)} receipt(s) are still owed and could not be made: "
              f"{report.failed[0].error_code} {report.failed[0].error} (`cashier status` lists "
              "them)", file=sys.stderr)
    return report


def _print(obj: dict) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=None))


def actor_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    """--as USER, before or after the subcommand: on a subcommand it is SUPPRESSed when not
    given, so it never overwrites the value given before the subcommand."""
    parser.add_argument("--as", dest="actor", default=None if top else argparse.SUPPRESS,
                        help="your user id (or CASHIER_USER); the password from a prompt or "
                        "CASHIER_PASSWORD")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cashier", description="Cashier workstation command line")
    sub = p.add_subparsers(dest="command", required=True)

    pay = sub.add_parser("pay", help="take a payment exactly as the window does")
    pay.add_argument("--account", required=True)
    pay.add_argument("--amount", action="append", metavar="CODE=AMOUNT",
                     help="amount for a service; without any, every positive amount due is paid")
    pay.add_argument("--reading", action="append", metavar="CODE=VALUE", default=[])
    pay.add_argument("--tendered", required=True, help="cash received")
    pay.add_argument("--send", action="store_true", help="try to send it to the SPC right away")
    pay.add_argument("--confirm-over-due", action="store_true",
                     help="an amount more than 3 times its amount due is meant (a typo guard)")
    pay.add_argument("--as", dest="actor", help="the teller's user id (CASHIER_USER); password from "
                     "a prompt or CASHIER_PASSWORD; their cash session must be open")
    pay.set_defaults(func=cmd_pay, makes_owed_receipts=True)

    s = sub.add_parser("sync", help="send waiting payments to the SPC")
    s.add_argument("--once", action="store_true",
                   help="one pass; exit 0 only when nothing is left waiting")
    s.add_argument("--interval", type=float, default=2.0)
    s.add_argument("--verbose", "-v", action="store_true")
    s.set_defaults(func=cmd_sync)

    st = sub.add_parser("status", help="the queue and the last contact with the SPC")
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_status, makes_owed_receipts=True)

    q = sub.add_parser("queue", help="list waiting, rejected and parked payments as JSON; a "
                       "supervisor resolves or retries a refused one")
    q.add_argument("--as", dest="actor", help="the supervisor's user id (CASHIER_USER); password "
                   "from a prompt or CASHIER_PASSWORD")
    qsub = q.add_subparsers(dest="queue_command")
    qsub.add_parser("list", help="the default: waiting, sending, parked and refused, as JSON")
    qr = qsub.add_parser("resolve", help="a refused payment was dealt with (refund, taken again): "
                         "it stays in the records and stops blocking the day close")
    qr.add_argument("payment", help="payment id or receipt number")
    qr.add_argument("--note", required=True, help="what was done about it")
    qt = qsub.add_parser("retry", help="send a refused payment again, unchanged (the cause was "
                         "fixed at the SPC)")
    qt.add_argument("payment", help="payment id or receipt number")
    qt.add_argument("--no-send", action="store_true", help="only put it back in line")
    for parser in (qr, qt):
        actor_option(parser)
    q.set_defaults(func=cmd_queue)

    r = sub.add_parser("receipt", help="a payment's receipt PDF (the archived original, or a new "
                       "copy); `receipt verify TEXT|-` checks a QR text; `receipt print PAYMENT` "
                       "prints through CUPS")
    r.add_argument("payment", help="payment id or receipt number, or the word verify or print")
    r.add_argument("target", nargs="?", help="after verify: the QR text or -; after print: the payment")
    r.add_argument("--copy", action="store_true", help="a new reprint marked КОПИЯ / COPY")
    r.add_argument("--printer", default=None, help="with print: the CUPS printer (default: settings)")
    r.add_argument("--as", dest="actor", help="with --copy: who makes the copy (CASHIER_USER); "
                   "password from a prompt or CASHIER_PASSWORD")
    r.set_defaults(func=cmd_receipt, makes_owed_receipts=True)

    pr = sub.add_parser("printers", help="the CUPS printers, the default and the one receipts use")
    pr.set_defaults(func=cmd_printers, needs_ws=False)

    t = sub.add_parser("token", help="the SPC token in the OS keyring: `token set` (from a hidden "
                       "prompt, or standard input), `token status` (where it is, never what), "
                       "`token delete`")
    t.add_argument("action", nargs="?", default="status", metavar="set|status|delete",
                   help="default: status (exit 1 when there is no token). Older forms: "
                   "`token -` = `token set -`; `token TOKEN` still works but shows the token to ps")
    t.add_argument("value", nargs="?", help="with set: - to read the token from standard input "
                   "(also the default when standard input is not a terminal)")
    t.set_defaults(func=cmd_token, needs_ws=False)

    c = sub.add_parser("cache", help="the offline account cache (the SPC's snapshot)")
    csub = c.add_subparsers(dest="cache_command", required=True)
    cr = csub.add_parser("refresh", help="download what changed (everything the first time); "
                         "an interrupted download continues where it stopped")
    cr.add_argument("--full", action="store_true", help="download every account again")
    cr.add_argument("--page-limit", type=int, default=5000, help="accounts per page (1 to 5000)")
    cr.add_argument("--max-pages", type=int, default=None, help="stop after this many pages")
    csub.add_parser("status", help="the cache's size and age as JSON")
    c.set_defaults(func=cmd_cache)

    u = sub.add_parser("users", help="people who may use this workstation (an administrator's job)")
    u.add_argument("--as", dest="actor", help="your user id (CASHIER_USER); password from a prompt "
                   "or CASHIER_PASSWORD")
    usub = u.add_subparsers(dest="users_command", required=True)
    ua = usub.add_parser("add", help="add a user; the very first user must be an admin")
    ua.add_argument("user_id")
    ua.add_argument("--name", required=True)
    ua.add_argument("--role", required=True, choices=("teller", "supervisor", "admin"))
    up = usub.add_parser("passwd", help="set a password (your own, or anyone's as an admin)")
    up.add_argument("user_id")
    ud = usub.add_parser("disable", help="stop a user from signing in")
    ud.add_argument("user_id")
    ue = usub.add_parser("enable", help="let a disabled user sign in again")
    ue.add_argument("user_id")
    usub.add_parser("list", help="list users as JSON")
    for parser in (ua, up, ud, ue):
        actor_option(parser)
    u.set_defaults(func=cmd_users)

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

    a = sub.add_parser("audit", help="the hash-chained audit log")
    asub = a.add_subparsers(dest="audit_command", required=True)
    asub.add_parser("verify", help="find edited, deleted or inserted rows; exit 0 only when intact")
    a.set_defaults(func=cmd_audit)

    v = sub.add_parser("void", help="void a payment of today (a supervisor approves at the desk)")
    v.add_argument("payment", help="payment id or receipt number")
    v.add_argument("--reason", required=True)
    v.add_argument("--as", dest="actor", help="the teller's user id (CASHIER_USER)")
    v.add_argument("--supervisor", required=True, help="the approving supervisor's user id; their "
                   "password from a prompt or CASHIER_SUPERVISOR_PASSWORD")
    v.add_argument("--print", action=argparse.BooleanOptionalAction, default=None,
                   help="print the void slip (default: as the settings' automatic printing says)")
    v.set_defaults(func=cmd_void, makes_owed_receipts=True)
    cli_day.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if getattr(args, "needs_ws", True) is False:
            return args.func(config_mod.load(), args)
        with open_workstation() as ws:
            if getattr(args, "makes_owed_receipts", False):
                args.owed_report = _make_owed_receipts(ws)
            return args.func(ws, args)
    except (OSError, sqlite3.Error) as exc:
        problem = storage_error(exc)  # a full or failing disk anywhere: words, not a traceback
        if problem is None:
            raise
        return _fail(problem)
    except CashierError as exc:
        return _fail(exc)


def _fail(exc: CashierError) -> int:
    """The error as one JSON object on stderr (every field error listed), and the exit status."""
    errors = getattr(exc, "errors", None) or [exc]
    print(json.dumps({"error": {"code": exc.code, "message": exc.message, "field": exc.field},
                      "errors": [{"code": e.code, "message": e.message, "field": e.field}
                                 for e in errors]}, ensure_ascii=False), file=sys.stderr)
    return EXIT_USAGE if exc.code == "usage" else EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
