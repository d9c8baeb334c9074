"""The `cashier` command: the same services the window calls, for scripts and for IT.

Every command prints one JSON object on stdout when asked for machine output,
and errors as `{"error": {"code", "message", "field"}}` with a non-zero exit.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from datetime import datetime

from cashier import config as config_mod
from cashier import money, services, sync
from cashier.errors import CashierError
from cashier.workstation import open_workstation

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_WAITING = 2  # `sync --once` left payments waiting
EXIT_USAGE = 64


def _pairs(values: list[str], what: str) -> dict[str, str]:
    result = {}
    for item in values or []:
        code, sep, value = item.partition("=")
        if not sep or not code.strip():
            raise CashierError("usage", f"--{what} takes CODE=VALUE, got {item!r}", what)
        result[code.strip().upper()] = value.strip()
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
    }


def cmd_pay(ws, args) -> int:
    account = services.find_account(ws, args.account)
    amounts = _pairs(args.amount, "amount") if args.amount else None
    draft = services.build_draft(account, amounts, _pairs(args.reading, "reading"), args.tendered,
                                 fee_rules=ws.config.fee_rules)
    payment = services.accept_payment(ws, draft)
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
    status = services.queue_status(ws)
    data = _status_json(status)
    if args.json:
        _print(data)
        return EXIT_OK
    print(f"waiting:  {status.waiting} ({money.format_amount(status.waiting_amount)})")
    print(f"rejected: {status.rejected}   needs attention: {status.attention}")
    print(f"oldest waiting: {data['oldest_waiting_at'] or '-'}")
    print(f"last contact with the SPC: {data['last_contact_at'] or 'never'}"
          f"{'' if status.last_contact_ok in (None, True) else ' (last try failed: ' + str(status.last_error) + ')'}")
    for entry in services.outbox_entries(ws, ("rejected", "attention")):
        print(f"  {entry.state:9} {entry.receipt_no} account {entry.account} "
              f"{money.format_amount(entry.total)}: {entry.last_error_code} {entry.last_error_message}")
    return EXIT_OK


def cmd_queue(ws, args) -> int:
    entries = services.outbox_entries(ws)
    _print({"items": [{**e.__dict__, "total": money.to_wire(e.total)} for e in entries]})
    return EXIT_OK


def cmd_receipt(ws, args) -> int:
    payment = services.load_payment(ws, args.payment)
    payment = services.ensure_receipt(ws, payment, copy=args.copy)
    _print({"payment_id": payment.payment_id, "receipt_no": payment.receipt_no,
            "receipt_pdf": payment.receipt_pdf, "copy": args.copy})
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


def cmd_token(ws_config, args) -> int:
    from cashier import credentials
    token = sys.stdin.readline().strip() if args.token == "-" else args.token
    credentials.set_token(ws_config.workstation_id, token)
    _print({"stored": True, "workstation_id": ws_config.workstation_id})
    return EXIT_OK


def _print(obj: dict) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=None))


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
    pay.set_defaults(func=cmd_pay)

    s = sub.add_parser("sync", help="send waiting payments to the SPC")
    s.add_argument("--once", action="store_true",
                   help="one pass; exit 0 only when nothing is left waiting")
    s.add_argument("--interval", type=float, default=2.0)
    s.add_argument("--verbose", "-v", action="store_true")
    s.set_defaults(func=cmd_sync)

    st = sub.add_parser("status", help="the queue and the last contact with the SPC")
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_status)

    q = sub.add_parser("queue", help="list waiting, rejected and parked payments as JSON")
    q.set_defaults(func=cmd_queue)

    r = sub.add_parser("receipt", help="write a payment's receipt PDF again")
    r.add_argument("payment", help="payment id or receipt number")
    r.add_argument("--copy", action="store_true", help="mark it as a reprint")
    r.set_defaults(func=cmd_receipt)

    t = sub.add_parser("token", help="store the SPC token in the OS keyring")
    t.add_argument("token", help="the token, or - to read it from standard input")
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
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if getattr(args, "needs_ws", True) is False:
            return args.func(config_mod.load(), args)
        with open_workstation() as ws:
            return args.func(ws, args)
    except CashierError as exc:
        errors = getattr(exc, "errors", None) or [exc]
        print(json.dumps({"error": {"code": exc.code, "message": exc.message, "field": exc.field},
                          "errors": [{"code": e.code, "message": e.message, "field": e.field}
                                     for e in errors]}, ensure_ascii=False), file=sys.stderr)
        return EXIT_USAGE if exc.code == "usage" else EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
