"""Printing a receipt from the desk. Everything here runs in a background op.

`print_payment` prints through the core's documents.print_receipt(ws, payment_id,
copy=...), which archives the PDF, sends it to CUPS (Config.printer, else the
CUPS default) and records the attempt. The original prints once: after it
reached a printer only a copy (marked КОПИЯ by the core) may follow, so a
reprint asks for the original and, when the core answers
receipt_already_printed, prints a copy. Until the core has print_receipt the
PDF goes to CUPS with cashier.adapters.printing.print_pdf.

The payment is already stored when this runs; a printing failure never touches
it. Errors are CashierErrors with codes ui/messages.py translates (print_*).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cashier.errors import RuleError
from cashier.model import Payment

# What the desk shows, from the core's PrintRecord.state or CUPS' job state.
QUEUED, PRINTED, FAILED = "queued", "printed", "failed"
_CUPS = {"completed": PRINTED, "canceled": FAILED, "aborted": FAILED, "stopped": FAILED}


@dataclass(frozen=True)
class PrintResult:
    job_id: str = ""      # CUPS' job id ("CashierPDF-12"), "" when unknown
    printer: str = ""
    copy: bool = False
    record_id: int | None = None   # the core's PrintRecord id
    state: str = QUEUED


def _result(record: Any, copy: bool) -> PrintResult:
    return PrintResult(job_id=str(getattr(record, "job_id", "") or ""),
                       printer=str(getattr(record, "printer", "") or ""),
                       copy=bool(getattr(record, "copy", copy)),
                       record_id=getattr(record, "id", None),
                       state=str(getattr(record, "state", QUEUED) or QUEUED))


def print_payment(ws: Any, payment: Payment, reprint: bool = False, by: Any = None) -> PrintResult:
    """The first print (the original) or a reprint (the original if it never reached a
    printer, else a copy, which records `by`, the signed-in user)."""
    from cashier import documents
    try:
        return _result(documents.print_receipt(ws, payment.payment_id, copy=False, by=by), False)
    except RuleError as exc:
        if exc.code != "receipt_already_printed" or not reprint:
            raise
    return _result(documents.print_receipt(ws, payment.payment_id, copy=True, by=by), True)


def print_state(ws: Any, payment: Payment, result: PrintResult) -> str:
    """queued | printed | failed: how the print ended so far (asks CUPS through the core)."""
    from cashier import documents
    prints = getattr(documents, "receipt_prints", None)
    if prints is not None and result.record_id is not None:
        for record in prints(ws, payment.payment_id):
            if getattr(record, "id", None) == result.record_id:
                return str(record.state)
        return QUEUED
    if not result.job_id:
        return QUEUED
    from cashier.adapters import printing
    return _CUPS.get(printing.job_state(result.job_id), QUEUED)


def printers() -> tuple[list[str], str]:
    """(names, default) that CUPS knows; raises CashierError (print_cups_down...) when it can't say."""
    from cashier.adapters import printing
    infos = printing.list_printers()
    default = next((p.name for p in infos if p.default), "")
    return [p.name for p in infos], default
