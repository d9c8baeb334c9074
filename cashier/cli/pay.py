"""`cashier pay` and `cashier void`: taking and voiding a payment exactly as the window does."""

from __future__ import annotations

import argparse
import sys

from cashier import accounts, money, payments, sync
from cashier.documents import void_slip
from cashier.payments import voids
from cashier.cli.common import EXIT_OK, emit, pairs, password, signed_in
from cashier.errors import ValidationError


def cmd_pay(ws, args) -> int:
    if not (args.tendered or "").strip():
        raise ValidationError("tendered_empty", "--tendered is empty: give the cash received "
                              "from the customer, e.g. --tendered 5000.", "tendered")
    teller = signed_in(ws, args)
    account = accounts.find_account(ws, args.account)
    amounts = pairs(args.amount, "amount") if args.amount else None
    draft = payments.build_draft(account, amounts, pairs(args.reading, "reading"), args.tendered,
                                 fee_rules=ws.config.fee_rules)
    payment = payments.accept_payment(ws, draft, teller, confirmed_over_due=args.confirm_over_due)
    emit({"payment_id": payment.payment_id, "receipt_no": payment.receipt_no,
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


def cmd_void(ws, args) -> int:
    teller = signed_in(ws, args)
    result = voids.void_payment(
        ws, teller, args.payment, args.supervisor,
        password(f"Supervisor {args.supervisor}, password: ", "CASHIER_SUPERVISOR_PASSWORD"), args.reason)
    out = {**result, "total": money.to_wire(result["total"])}
    # The void stands whatever happens to its paper: the slip is written (and printed when
    # asked or when the desk prints automatically); a failure is reported, and stored.
    want_print = ws.config.auto_print if getattr(args, "print", None) is None else args.print
    slip = voids.make_slip(ws, result["payment_id"], print_it=want_print)
    if slip.path is not None:
        out["void_slip_pdf"] = str(slip.path)
    prints = void_slip.void_slip_prints(ws, result["payment_id"])
    if prints:
        out["void_slip_print"] = prints[-1].__dict__
    if slip.error is not None:
        out["void_slip_error"] = {"code": slip.error.code, "message": slip.error.message}
        print(f"The payment is voided, but its void slip: {slip.error.message}", file=sys.stderr)
    emit(out)
    try:
        sync.sync_once(ws)
    except sync.SenderBusy:
        pass
    return EXIT_OK


def register(sub) -> None:
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

    v = sub.add_parser("void", help="void a payment of today (a supervisor approves at the desk)")
    v.add_argument("payment", help="payment id or receipt number")
    v.add_argument("--reason", required=True)
    v.add_argument("--as", dest="actor", help="the teller's user id (CASHIER_USER)")
    v.add_argument("--supervisor", required=True, help="the approving supervisor's user id; their "
                   "password from a prompt or CASHIER_SUPERVISOR_PASSWORD")
    v.add_argument("--print", action=argparse.BooleanOptionalAction, default=None,
                   help="print the void slip (default: as the settings' automatic printing says)")
    v.set_defaults(func=cmd_void, makes_owed_receipts=True)
