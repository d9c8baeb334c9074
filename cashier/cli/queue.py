"""`cashier sync`, `status` and `queue`: what waits for the SPC (and the e-mailed receipts that
wait for the mail server), and a supervisor's decisions."""

from __future__ import annotations

from cashier import money, sync
from cashier.cli.common import (EXIT_OK, EXIT_WAITING, actor_option, emit, print_line,
                                run_until_signalled, signed_in)
from cashier.documents import receipts_owed
from cashier.sync import mail


def status_json(status) -> dict:
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


def _send_mail(ws) -> dict:
    """The e-mailed receipts that are due, one pass; what came of it, and what still waits."""
    try:
        report = mail.send_due_mail(ws).to_json()
    except mail.MailerBusy as exc:   # the window's sender has them
        report = {"busy": exc.message}
    return {**report, "status": mail.mail_status(ws).to_json()}


def cmd_sync(ws, args) -> int:
    if args.once:
        report = sync.sync_once(ws)
        mailed = _send_mail(ws)
        status = sync.queue_status(ws)
        emit({"sent": report.sent, "accepted": report.accepted, "rejected": report.rejected,
                "deferred": report.deferred, "auth_problem": report.auth_problem,
                "unreachable": report.unreachable, "errors": report.errors,
                "status": status_json(status), "mail": mailed})
        left = status.waiting + mailed["status"]["waiting"]
        return EXIT_OK if left == 0 else EXIT_WAITING
    sender = sync.BackgroundSender(
        ws, on_status=(lambda status: print_line(status_json(status))) if args.verbose else None,
        interval=args.interval)
    with sync.sender_lock(ws):
        pass  # fail fast with a clear message if another sender runs
    run_until_signalled(sender)
    return EXIT_OK


def cmd_status(ws, args) -> int:
    status = sync.queue_status(ws)
    data = status_json(status)
    # made at start (main): what is left here could not be made, and says why
    owed = [o.to_json() for o in getattr(args, "owed_report", receipts_owed.OwedReport()).failed]
    data["receipts_owed_items"] = owed
    mailed = mail.mail_status(ws)
    data["mail"] = {**mailed.to_json(), "failed_items": [
        {"receipt_no": e.receipt_no, "address": e.address, "reason": e.last_error}
        for e in mail.mail_entries(ws, ("failed",))]}
    if args.json:
        emit(data)
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
    for entry in sync.outbox_entries(ws, ("rejected", "attention")):
        print(f"  {entry.state:9} {entry.receipt_no} account {entry.account} "
              f"{money.format_amount(entry.total)}: {entry.last_error_code} {entry.last_error_message}")
    if mailed.waiting or mailed.failed:
        print(f"e-mailed receipts: {mailed.waiting} waiting, {mailed.failed} failed"
              + (f" (last try: {mailed.last_error})" if mailed.last_error else ""))
        for item in data["mail"]["failed_items"]:
            print(f"  failed    {item['receipt_no']} to {item['address']}: {item['reason']}")
    return EXIT_OK


def cmd_queue(ws, args) -> int:
    """`queue` lists; `queue resolve PAYMENT --note TEXT` and `queue retry PAYMENT` need a
    supervisor (--as), since either unblocks the day close."""
    action = getattr(args, "queue_command", None) or "list"
    if action == "list":
        entries = sync.outbox_entries(ws)
        emit({"items": [{**e.__dict__, "total": money.to_wire(e.total)} for e in entries]})
        return EXIT_OK
    supervisor = signed_in(ws, args)
    if action == "resolve":
        payment_id = sync.resolve_rejected(ws, args.payment, supervisor, args.note or "")
        emit({"resolved": payment_id, "by": supervisor.user_id})
        return EXIT_OK
    payment_id = sync.retry_rejected(ws, args.payment, supervisor)
    out = {"retried": payment_id, "by": supervisor.user_id}
    if not args.no_send:
        try:
            report = sync.sync_once(ws)
            out["sent"] = {"accepted": report.accepted, "rejected": report.rejected,
                           "deferred": report.deferred}
        except sync.SenderBusy:
            out["sent"] = None  # the running sender takes it
    emit(out)
    return EXIT_OK


def register(sub) -> None:
    s = sub.add_parser("sync", help="send waiting payments to the SPC, and e-mailed receipts to "
                       "the mail server")
    s.add_argument("--once", action="store_true",
                   help="one pass; exit 0 only when nothing (payment or e-mail) is left waiting")
    s.add_argument("--interval", type=float, default=2.0)
    s.add_argument("--verbose", "-v", action="store_true")
    s.set_defaults(func=cmd_sync)

    st = sub.add_parser("status", help="the queue, the last contact with the SPC, and the "
                        "e-mailed receipts waiting or failed")
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
