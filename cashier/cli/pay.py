"""`cashier pay` and `cashier void`: taking and voiding a payment exactly as the window does."""

from __future__ import annotations

import argparse
import sys

from cashier import accounts, documents, money, payments, sync
from cashier.documents import void_slip
from cashier.payments import voids
from cashier.cli.common import EXIT_OK, emit, pairs, password, signed_in
from cashier.controls import payers
from cashier.controls.iin import mask_iin
from cashier.errors import CashierError, ValidationError
from cashier.identity import approvals
from cashier.sync import mail
from cashier.payments.tender import Tender, parse_card


def cmd_pay(ws, args) -> int:
    address = _email_to(ws, args)   # checked before anything is taken
    card, card_auth, card_rrn = parse_card(args.card, args.card_auth, args.card_rrn)
    if not (args.tendered or "").strip() and not card:
        raise ValidationError("tendered_empty", "--tendered is empty: give the cash received "
                              "from the customer, e.g. --tendered 5000.", "tendered")
    teller = signed_in(ws, args)
    numbers = args.account
    several = len(numbers) > 1
    drafts = []
    for number in numbers:
        account = accounts.find_account(ws, number)
        amounts = _for_account(args.amount, "amount", account.account, several)
        drafts.append(payments.build_draft(
            account, amounts or None,   # no --amount for it: every amount due
            _for_account(args.reading, "reading", account.account, several), "",
            fee_rules=ws.config.fee_rules))
    cash = money.parse_amount(args.tendered, field="tendered") if (args.tendered or "").strip() \
        else 0
    tender = Tender(cash, card, card_auth, card_rrn)
    payer = _payer(ws, teller, args)
    approver = None
    if args.supervisor:
        approver = approvals.approve(
            ws.conn, ws.now(), args.supervisor,
            password(f"Supervisor {args.supervisor}, password: ", "CASHIER_SUPERVISOR_PASSWORD"),
            "payment_approval")
    paid = payments.accept_basket(ws, drafts, teller, tender,
                                  confirmed_over_due=args.confirm_over_due, payer=payer,
                                  approver=approver)
    mailed = _queue_email(ws, teller, address, paid)
    offline = {d.account.account: d.account.cached_at is not None for d in drafts}
    shown = [_shown(p, offline[p.account]) for p in paid]
    printed = _print(ws, teller, paid[-1], args)
    if several:
        total = sum(p.total for p in paid)
        emit({"basket_id": paid[0].basket_id, "total": money.to_wire(total),
              "tendered": money.to_wire(cash), "card": money.to_wire(card),
              "change": money.to_wire(tender.change(total)), "payments": shown, **mailed,
              **printed})
    else:
        emit({**shown[0], **mailed, **printed})
    if args.send:
        try:
            sync.sync_once(ws)
        except sync.SenderBusy:
            pass  # the running sender will take it
    return EXIT_OK


def _email_to(ws, args):
    """--email ADDRESS, checked (and e-mailed receipts set up here) before anything is taken."""
    return mail.check_address(ws, args.email) if args.email is not None else None


def _queue_email(ws, teller, address, paid) -> dict:
    """Each payment's receipt queued for the address (`cashier sync` sends it). The payment
    stands whatever happens here; a failure is reported beside it."""
    if address is None:
        return {}
    try:
        ids = [mail.queue_receipt_email(ws, p.payment_id, address.text, teller.user_id).id
               for p in paid]
    except CashierError as exc:
        print(f"The payment is taken, but its e-mail: {exc.message}", file=sys.stderr)
        return {"email": {"address": address.text, "error": {"code": exc.code,
                                                             "message": exc.message}}}
    return {"email": {"address": address.text, "state": "waiting", "mail_ids": ids}}


def _print(ws, teller, payment, args) -> dict:
    """With --print, the receipt to the printer as the window does: the original once, the
    cash drawer opening for the cash. The payment stands either way. Scripts that take many
    payments print nothing unless asked."""
    if not args.print or not payment.receipt_pdf:
        return {}
    try:
        record = documents.print_receipt(ws, payment.payment_id, by=teller)
    except documents.PrintFailed as exc:
        print(f"The payment is saved, but its receipt did not print: {exc.message} "
              "(`cashier receipt print` prints it again)", file=sys.stderr)
        return {"print_error": {"code": exc.code, "message": exc.message}}
    return {"print": {"state": record.state, "printer": record.printer,
                      **({"drawer": record.drawer} if getattr(record, "drawer", None) else {})}}


def _for_account(values: list[str] | None, what: str, account: str, several: bool) -> dict:
    """--amount CODE=X (one account) or ACCOUNT:CODE=X (several): this account's pairs."""
    mine = []
    for item in values or []:
        head, sep, rest = item.partition(":")
        if sep and "=" not in head:
            if head.strip() == account:
                mine.append(rest)
        elif several:
            raise ValidationError(f"{what}_account_missing",
                                  f"With several accounts --{what} names its account: "
                                  f"ACCOUNT:CODE=VALUE, like {account}:HEAT=2500; got {item!r}.",
                                  what)
        else:
            mine.append(item)
    return pairs(mine, what)


def _shown(payment, offline: bool) -> dict:
    return {"payment_id": payment.payment_id, "receipt_no": payment.receipt_no,
            "account": payment.account,
            "receipt_pdf": payment.receipt_pdf, "total": money.to_wire(payment.total),
            "fee": money.to_wire(payment.fee),
            "tendered": money.to_wire(payment.tendered), "change": money.to_wire(payment.change),
            "business_date": payment.business_date.isoformat(),
            "offline_account_data": offline,
            **({"card": money.to_wire(payment.card_amount), "card_rrn": payment.card_rrn}
               if payment.card_amount else {}),
            **({"payer_iin": mask_iin(payment.payer_iin)} if payment.payer_iin else {}),
            **({"approved_by": payment.approved_by} if payment.approved_by else {})}


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
    out = {**result, "total": money.to_wire(result["total"]),
           "cash_refund": money.to_wire(result["cash_refund"]),
           "card_refund": money.to_wire(result["card_refund"])}
    if result["card_refund"]:
        print(f"Refund {money.format_amount(result['card_refund'])} to the card on the bank's "
              f"terminal (RRN {result['card_rrn']}); the drawer gives back only "
              f"{money.format_amount(result['cash_refund'])} in cash.", file=sys.stderr)
    # The void stands whatever happens to its paper: the slip is written (and printed when
    # asked or when the desk prints automatically); a failure is reported, and stored.
    want_print = ws.config.auto_print if getattr(args, "print", None) is None else args.print
    slip = voids.make_slip(ws, result["payment_id"], print_it=want_print, by=teller)
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
    pay.add_argument("--account", required=True, action="append",
                     help="the personal account; give it again for each account the customer "
                          "pays at once (one tender, one receipt, a payment per account)")
    pay.add_argument("--amount", action="append", metavar="[ACCOUNT:]CODE=AMOUNT",
                     help="amount for a service (ACCOUNT: with several accounts); without any, "
                          "every positive amount due is paid")
    pay.add_argument("--reading", action="append", metavar="[ACCOUNT:]CODE=VALUE", default=[])
    pay.add_argument("--tendered", help="cash received (with --card: the cash part, if any)")
    pay.add_argument("--card", metavar="AMOUNT", help="the part paid by card on the bank's "
                     "terminal; needs --card-auth and --card-rrn from its slip")
    pay.add_argument("--card-auth", metavar="CODE", help="the terminal's authorisation code")
    pay.add_argument("--card-rrn", metavar="RRN", help="the terminal's RRN (12 characters)")
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
    pay.add_argument("--email", metavar="ADDRESS", help="e-mail the receipt to the customer: "
                     "queued with the payment, sent by `cashier sync` (or the window's sender)")
    pay.add_argument("--print", action="store_true",
                     help="print the receipt as the window does, and open the cash drawer")
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
