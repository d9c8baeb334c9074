"""Printing a receipt from the desk. Everything here runs in a background op.

`print_payment` prints through the core's documents.print_or_reprint, which archives
the PDF, sends it to its printer (CUPS: Config.printer, else the default; an 80 mm roll
desk: the network ESC/POS printer when it has one) and records the attempt; the first print
of a cash payment opens the cash drawer (PrintResult.drawer). The original prints once;
after it reached a printer only a copy (marked КОПИЯ by the core, naming who asked) may
follow. `print_outcome` asks the core how a print ended and, while it has not, what stops
the printer (out of paper, offline, paused, a stuck job); `printer_problem` asks the printer
alone, to tell the teller when it is ready again. Here the outcome becomes what the receipt
panel shows.

The payment is already stored when this runs; a printing failure never touches
it. Errors are CashierErrors with codes ui/messages.py translates (print_*).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

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
    drawer: str | None = None      # "opened", why the cash drawer did not open, or None


def _result(record: Any, copy: bool) -> PrintResult:
    return PrintResult(job_id=str(getattr(record, "job_id", "") or ""),
                       printer=str(getattr(record, "printer", "") or ""),
                       copy=bool(getattr(record, "copy", copy)),
                       record_id=getattr(record, "id", None),
                       state=str(getattr(record, "state", QUEUED) or QUEUED),
                       drawer=getattr(record, "drawer", None))


def failed_result(exc: BaseException) -> PrintResult | None:
    """The stored attempt a PrintFailed carries (its printer, how the drawer went)."""
    record = getattr(exc, "record", None)
    return _result(record, False) if record is not None else None


def printer_label(printer: str) -> str:
    """A printer as the teller reads it: its CUPS name, or the network receipt printer."""
    if printer.startswith("escpos://"):
        return QCoreApplication.translate("Printing", "the receipt printer at %1") \
            .replace("%1", printer.removeprefix("escpos://"))
    return printer or QCoreApplication.translate("Printing", "the default printer")


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


def problem_words(code: str) -> str:
    """What stops a printer, in a few words that fit "The receipt has not come out: …"."""
    translate = QCoreApplication.translate
    words = {
        "print_paper_out": translate(
            "Printing", "the printer is out of paper, put in a new roll"),
        "print_cover_open": translate("Printing", "the printer's cover is open, close it"),
        "print_paper_jam": translate("Printing", "paper is jammed in the printer, clear it"),
        "print_printer_offline": translate(
            "Printing", "the printer is offline, check that it is switched on and connected"),
        "print_printer_paused": translate(
            "Printing", "the printer is paused, ask IT to resume it"),
        "print_refused": translate(
            "Printing", "the printer does not take jobs, ask IT to enable it"),
        "print_job_stuck": translate(
            "Printing", "it has waited at the printer too long; check that the printer is on, "
            "has paper and is connected, or press Reprint (Ctrl+P)"),
        "print_cups_down": translate(
            "Printing", "the printing service of this computer is not running, ask IT to "
            "start it"),
    }
    if code in words:
        return words[code]
    from ui import messages
    return messages.describe_code(code)


def print_outcome(ws: Any, payment: Payment, result: PrintResult) -> tuple[str, Any]:
    """(queued | printed | failed, what stops it or None): a print that has not come out yet
    with the printer's problem (documents.print_problem: out of paper, offline, stuck…)."""
    state = print_state(ws, payment, result)
    if state != QUEUED or result.record_id is None:
        return state, None
    from cashier import documents
    record = next((r for r in documents.receipt_prints(ws, payment.payment_id)
                   if r.id == result.record_id), None)
    return state, documents.print_problem(ws, record) if record is not None else None


def printer_problem(ws: Any, printer: str = "") -> Any:
    """What stops `printer` (else the desk's receipt printer) now: a documents.Problem, or
    None when it is ready."""
    from cashier import documents
    return documents.printer_problem(ws, printer or None)


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
