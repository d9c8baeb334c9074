"""`cashier receipt` (archived original, copies, verify, print) and `cashier printers`."""

from __future__ import annotations

import sys

from cashier import documents
from cashier.cli.common import EXIT_ERROR, EXIT_OK, emit, signed_in
from cashier.errors import CashierError
from cashier.storage.records import load_payment


def cmd_receipt(ws, args) -> int:
    if args.payment == "verify":
        return cmd_receipt_verify(ws, args)
    if args.payment == "print":
        return cmd_receipt_print(ws, args)
    if args.target is not None:
        raise CashierError("usage", f"unexpected argument {args.target!r}; "
                           "use: receipt PAYMENT | receipt verify TEXT | receipt print PAYMENT")
    payment = load_payment(ws, args.payment)
    by = signed_in(ws, args) if args.copy else None  # a copy names who made it
    payment = documents.ensure_receipt(ws, payment, copy=args.copy, by=by)
    emit({"payment_id": payment.payment_id, "receipt_no": payment.receipt_no,
            "receipt_pdf": payment.receipt_pdf, "copy": args.copy})
    return EXIT_OK


def cmd_receipt_verify(ws, args) -> int:
    """`receipt verify TEXT|-`: check a scanned QR text; exit 0 only when it is genuine and
    this workstation's database has that payment with the same number, total and date."""
    if args.target is None:
        raise CashierError("usage", "receipt verify takes the QR text, or - to read it from stdin")
    out = documents.verify_receipt(ws, sys.stdin.read() if args.target == "-" else args.target)
    emit(out)
    return EXIT_OK if out["ok"] and out["known_locally"] else EXIT_ERROR


def cmd_receipt_print(ws, args) -> int:
    """`receipt print PAYMENT [--copy] [--printer NAME]`: print through CUPS, record the outcome."""
    if args.target is None:
        raise CashierError("usage", "receipt print takes a payment id or receipt number")
    by = signed_in(ws, args) if args.copy or getattr(args, "actor", None) else None
    try:
        record = documents.print_receipt(ws, args.target, copy=args.copy, printer=args.printer,
                                         by=by)
    except documents.PrintFailed as exc:  # stored as failed: show the record, then the error
        emit(exc.record.__dict__)
        raise
    emit(record.__dict__)
    return EXIT_OK


def cmd_printers(cfg, args) -> int:
    """`printers`: the CUPS destinations, the default, and which one receipts go to."""
    from cashier.adapters import printing
    infos = printing.list_printers()
    default = next((p.name for p in infos if p.default), None)
    emit({"printers": [p.__dict__ for p in infos], "default": default,
            "configured": cfg.printer or None, "receipts_go_to": cfg.printer or default})
    return EXIT_OK


def register(sub) -> None:
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
