"""A payment's receipt as a use case: the archived original, marked copies, printing.

The original is written once and printed once; after it went to a printer only a copy
(marked КОПИЯ, made by a signed-in user whom it names) may follow. Every file is kept
with its SHA-256 and every print attempt is recorded: the one archive-and-print pipeline
(archive.py) with the receipt's rendering (receipt_archive.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from cashier import days, money
from cashier.documents import archive as pipeline
from cashier.documents import basket_receipt, drawer_opening, print_log, receipt_archive, receipt_roll
from cashier.documents.copies import actor_of, copy_maker
from cashier.errors import RuleError
from cashier.identity import users
from cashier.model import Payment
from cashier.storage.records import load_payment
from cashier.workstation import Workstation


def receipt_path(ws: Workstation, payment: Payment, copy_no: int = 0) -> Path:
    """<receipts>/<date>/<receipt_no>.pdf, or <receipt_no>-copy-N.pdf for the N-th reprint."""
    return receipt_archive.archive_path(ws.config.receipts_dir, payment, int(copy_no))


def ensure_receipt(ws: Workstation, payment: Payment, *, copy: bool = False,
                   by: users.User | None = None) -> Payment:
    """The archived receipt PDF: the original (written once, never rewritten), or with
    copy=True a new marked reprint <receipt_no>-copy-N.pdf made by the signed-in `by`. Each
    is recorded with its sha256 (cashier/documents/archive.py); `receipt_pdf` of the result is
    that file."""
    actor = copy_maker(ws, by) if copy else None
    entry = receipt_archive.archive(ws, payment, copy=copy, actor=actor)
    return replace(payment, receipt_pdf=str(entry.path))


def print_receipt(ws: Workstation, payment_id: str, *, copy: bool = False,
                  printer: str | None = None, by: users.User | None = None):
    """Print a payment's receipt and store the outcome (a PrintRecord).

    copy=False prints the original, once: after it went to a printer only a copy may follow.
    copy=True writes a new reprint marked КОПИЯ (-copy-N) and prints that. On an A4 desk
    (Config.printer_kind "a4") the archived A4 PDF goes to CUPS; on a roll desk ("roll80")
    its roll rendering (receipt_roll.py, archived beside it) goes to the network ESC/POS
    printer (Config.escpos_printer) or through CUPS. The CUPS printer is `printer`, else
    Config.printer, else the default. A failed print leaves the payment accepted: it is
    stored (state 'failed') and audited, then raised as PrintFailed (its `record` the stored
    attempt); `last_print_failed` lists it for a reprint.

    The first attempt to print a payment's original opens the cash drawer when the payment
    has cash in it (drawer_opening.open_cash_drawer; a copy never does); how that went is
    the record's `drawer`. Talks to printers (seconds at worst): never on the GUI thread.
    """
    payment = load_payment(ws, payment_id)
    actor = actor_of(ws, by, copy)
    if payment.basket_id:
        return _print_basket(ws, payment, copy=copy, printer=printer, actor=actor)
    return _print_one(ws, payment, copy=copy, printer=printer, actor=actor)


def _print_one(ws: Workstation, payment: Payment, *, copy: bool, printer: str | None,
               actor: str | None, drawer: bool = True):
    if ws.config.printer_kind == "roll80":
        kind, archive = pipeline.RECEIPT_ROLL, receipt_roll.archive
    else:
        kind, archive = pipeline.RECEIPT, receipt_archive.archive
    first = drawer and not copy and not print_log.attempted(ws.conn, kind, payment.payment_id)
    try:
        record = print_log.print_payment_document(
            ws, kind, payment, lambda c: archive(ws, payment, copy=c, actor=actor),
            copy=copy, printer=printer, actor=actor)
    except print_log.PrintFailed as exc:
        if first:
            exc.record = _drawer(ws, payment, exc.record, actor)
        raise
    return _drawer(ws, payment, record, actor) if first else record


def _print_basket(ws: Workstation, payment: Payment, *, copy: bool, printer: str | None,
                  actor: str | None):
    """Several accounts paid at once print as one receipt: on A4 the basket's document (a
    section per account, each with its QR), on a roll each account's receipt, one per cut.
    The drawer opens once, for the basket's cash."""
    paid = basket_receipt.basket_payments(ws, payment.basket_id)
    with_cash = next((p for p in reversed(paid) if p.tendered), None)
    if ws.config.printer_kind == "roll80":
        records = [_print_one(ws, p, copy=copy, printer=printer, actor=actor,
                              drawer=p is with_cash) for p in paid]
        return records[-1]
    kind = basket_receipt.KIND
    first = not copy and not print_log.attempted(ws.conn, kind, paid[0].payment_id)
    try:
        record = print_log.print_payment_document(
            ws, kind, paid[0], lambda c: basket_receipt.archive(ws, paid, copy=c, actor=actor),
            copy=copy, printer=printer, actor=actor)
    except print_log.PrintFailed as exc:
        if first and with_cash is not None:
            exc.record = _drawer(ws, with_cash, exc.record, actor)
        raise
    return _drawer(ws, with_cash, record, actor) if first and with_cash is not None else record


def _drawer(ws: Workstation, payment: Payment, record, actor: str | None):
    """The record of the original's first print, with how the cash drawer opened for it."""
    opening = drawer_opening.open_cash_drawer(ws, payment, actor=actor)
    if opening is None:
        return record
    return replace(record, drawer="opened" if opening.opened else opening.error_code)


def open_cash_drawer(ws: Workstation, payment: Payment | str, *, by: users.User | None = None):
    """Open the cash drawer for a payment's cash now (`payment`: the Payment, its id or its
    receipt number): a DrawerOpening (opened, or why not: reported, never raised), or None
    when there is nothing to open (no cash in it, no drawer at this desk). print_receipt
    does this itself at the original's first print."""
    actor = users.require(by, "teller", "supervisor").user_id if by is not None else None
    if isinstance(payment, str):
        payment = load_payment(ws, payment)
    return drawer_opening.open_cash_drawer(ws, payment, actor=actor)


def print_or_reprint(ws: Workstation, payment_id: str, *, reprint: bool = False,
                     by: users.User | None = None):
    """What Print does at the desk: the original the first time; asked again (reprint), the
    original if it never reached a printer, else a copy marked КОПИЯ naming `by`."""
    try:
        return print_receipt(ws, payment_id, copy=False, by=by)
    except RuleError as exc:
        if exc.code != "receipt_already_printed" or not reprint:
            raise
    return print_receipt(ws, payment_id, copy=True, by=by)


def receipt_prints(ws: Workstation, payment_id: str) -> list:
    """Every print attempt of a payment's receipt (PrintRecord), oldest first, after asking
    CUPS how the queued ones ended."""
    payment = load_payment(ws, payment_id)
    print_log.refresh_states(ws, pipeline.RECEIPT, payment.payment_id)
    return print_log.prints_for(ws.conn, pipeline.RECEIPT, payment.payment_id)


def last_print_failed(ws: Workstation, since: date | None = None) -> list:
    """Receipts whose latest print failed (PrintRecord), so the window can offer a reprint.
    Payments of `since` (default: today's business date) and later; oldest first."""
    print_log.refresh_states(ws, pipeline.RECEIPT)
    return print_log.latest_failed(ws.conn, pipeline.RECEIPT, since or days.business_date(ws))


def verify_receipt(ws: Workstation, text: str) -> dict:
    """A scanned QR text checked: its code against this workstation's key, and the payment it
    names against this workstation's database. `ok`: the code is genuine and its payment was
    not voided (the paper keeps its code after a void; the payment it stands for is gone);
    `known_locally`: the payment is here with the same number, total and date. A receipt is
    valid when both are true."""
    from cashier.documents import receipt_code
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
    if known and row["status"] == "voided":
        out["ok"] = False
        out["reason"] = (f"the payment was voided: receipt {result.receipt_no} is not valid "
                         "(the money was refunded)")
    return out
