"""`cashier pay` and `cashier void`: taking and voiding a payment exactly as the window does."""

from __future__ import annotations

import argparse
import sys

from cashier import accounts, money, payments, sync
from cashier.documents import void_slip
from cashier.payments import voids
from cashier.cli.common import EXIT_OK, emit, pairs, password, signed_in
from cashier.controls import payers
from cashier.controls.iin import mask_iin
from cashier.errors import ValidationError
from cashier.identity import approvals


def cmd_pay(ws, args) -> int:
    if not (args.tendered or "").strip():
        raise ValidationError("tendered_empty", "--tendered is empty: give the cash received "
                              "from the customer, e.g. --tendered 5000.", "tendered")
    teller = signed_in(ws, args)
    account = accounts.find_account(ws, args.account)
    amounts = pairs(args.amount, "amount") if args.amount else None
    draft = payments.build_draft(account, amounts, pairs(args.reading, "reading"), args.tendered,
                                 fee_rules=ws.config.fee_rules)
    payer = _payer(ws, teller, args)
    approver = None
    if args.supervisor:
        approver = approvals.approve(
            ws.conn, ws.now(), args.supervisor,
            password(f"Supervisor {args.supervisor}, password: ", "CASHIER_SUPERVISOR_PASSWORD"),
            "payment_approval")
    payment = payments.accept_payment(ws, draft, teller, confirmed_over_due=args.confirm_over_due,
                                      payer=payer, approver=approver)
    emit({"payment_id": payment.payment_id, "receipt_no": payment.receipt_no,
            "receipt_pdf": payment.receipt_pdf, "total": money.to_wire(payment.total),
            "fee": money.to_wire(payment.fee),
            "tendered": money.to_wire(payment.tendered), "change": money.to_wire(payment.change),
            "business_date": payment.business_date.isoformat(),
            "offline_account_data": account.cached_at is not None,
            **({"payer_iin": mask_iin(payment.payer_iin)} if payment.payer_iin else {}),
            **({"approved_by": payment.approved_by} if payment.approved_by else {})})
    if args.send:
        try:
            sync.sync_once(ws)
        except sync.SenderBusy:
            pass  # the running sender will take it
    return EXIT_OK


def _payer(ws, teller, args):
    """The payer from --payer-iin (and --payer-name, --payer-doc for a new one), or None."""
    if not (args.payer_iin or args.payer_name or args.payer_doc):
        return None
    today = ws.now().date()
    if args.payer_iin and not (args.payer_name or args.payer_doc):
        known = payers.recall(ws.conn, ws.now(), teller.user_id, args.payer_iin, today)
        if known is None:
            raise ValidationError("payer_unknown",
                                  "This payer has not been identified at this desk before: give "
                                  "--payer-name and --payer-doc TYPE:NUMBER:DATE too.",
                                  "payer_name")
        return known
    doc_type, number, issued = payers.parse_doc(args.payer_doc or "")
    return payers.parse_payer(args.payer_iin, args.payer_name, doc_type, number, issued, today)


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
    pay.add_argument("--payer-iin", metavar="IIN",
                     help="the payer's IIN, when the amount needs the payer identified; alone "
                          "for a payer identified at this desk before")
    pay.add_argument("--payer-name", metavar="NAME", help="the payer's full name as on the document")
    pay.add_argument("--payer-doc", metavar="TYPE:NUMBER:DATE",
                     help="the identity document, e.g. id_card:043256789:15.03.2019 (types: "
                          "id_card, passport, residence_permit, foreign_passport)")
    pay.add_argument("--supervisor", metavar="USER",
                     help="a supervisor approving an amount above supervisor_approval_above; "
                          "their password from a prompt or CASHIER_SUPERVISOR_PASSWORD")
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
