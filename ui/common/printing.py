"""Printing a receipt from the desk. Everything here runs in a background op.

`print_payment` prints through the core's documents.print_or_reprint, which archives
the PDF, sends it to CUPS (Config.printer, else the CUPS default) and records the
attempt. The original prints once; after it reached a printer only a copy (marked
КОПИЯ by the core, naming who asked) may follow. `print_state` asks the core how a
print ended; here the outcome becomes what the receipt panel shows.

The payment is already stored when this runs; a printing failure never touches
it. Errors are CashierErrors with codes ui/messages.py translates (print_*).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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


def auto_print_enabled(cfg: Any) -> bool:
    """Print a receipt or a void slip as soon as it is made (Settings, F10)."""
    return bool(cfg.auto_print)


def printer_name(cfg: Any) -> str:
    return str(cfg.printer or "")


def print_payment(ws: Any, payment: Payment, reprint: bool = False, by: Any = None) -> PrintResult:
    """Print or reprint through the core's policy (documents.print_or_reprint)."""
    from cashier import documents
    record = documents.print_or_reprint(ws, payment.payment_id, reprint=reprint, by=by)
    return _result(record, bool(record.copy))


def print_state(ws: Any, payment: Payment, result: PrintResult) -> str:
    """queued | printed | failed: how the print ended so far (asks CUPS through the core)."""
    from cashier import documents
    if result.record_id is not None:
        for record in documents.receipt_prints(ws, payment.payment_id):
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
