"""Where an archived document goes, and what stops it coming out.

A document laid out for an 80 mm roll (kind 'receipt_roll') goes to the network ESC/POS
printer when the desk has one (Config.escpos_printer, "host:port"): rasterised and sent
with python-escpos (cashier/adapters/escpos.py), printed or refused there and then. Any
other document, and a roll without an ESC/POS printer, goes to CUPS (Config.printer, else
the default) with `lp`; a roll with its media size (72 mm wide, as long as its longest copy)
so a roll driver neither scales nor pads it to A4.

What stops a printer, in the codes the desk explains: the CUPS printer's state reasons
(media-empty, offline-report, paused, cover-open, media-jam; cashier/adapters/printing.py),
the ESC/POS printer's real-time status (paper end, offline, cover open), and a CUPS job
that waits longer than STUCK_SECONDS (print_job_stuck). All of it blocks on the printer
(seconds at worst): never on the GUI thread.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cashier.adapters import escpos, printing
from cashier.documents.archive import RECEIPT_ROLL, Entry
from cashier.errors import CashierError

ROLL_KINDS = (RECEIPT_ROLL.name,)
STUCK_SECONDS = 45        # a receipt still waiting in CUPS' queue after this is stuck
ESCPOS_PREFIX = "escpos://"
_MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]")
_PT_MM = 25.4 / 72


@dataclass(frozen=True)
class Problem:
    """Why the receipt printer does not print: an error code the desk has words for
    (print_paper_out, print_printer_offline, print_printer_paused, print_cover_open,
    print_paper_jam, print_job_stuck, print_escpos_unreachable, print_cups_down, …)."""
    code: str
    printer: str
    detail: str = ""


def escpos_address(config) -> str:
    """The network ESC/POS printer roll receipts go to; "" when they go through CUPS."""
    return (config.escpos_printer or "").strip() if config.printer_kind == "roll80" else ""


def roll_media(pdf: Path) -> str:
    """CUPS' media for a roll PDF: its width and its longest page, in whole millimetres."""
    boxes = [(float(w), float(h)) for w, h in _MEDIA_BOX.findall(Path(pdf).read_bytes())]
    if not boxes:
        return ""
    wide = max(w for w, _ in boxes) * _PT_MM
    tall = max(h for _, h in boxes) * _PT_MM
    return f"Custom.{round(wide)}x{math.ceil(tall)}mm"


def destination(ws, entry: Entry, printer: str | None = None) -> str:
    """Where `send` sends it: escpos://host:port, a CUPS printer, or "" (CUPS' default)."""
    address = escpos_address(ws.config) if entry.kind in ROLL_KINDS and not printer else ""
    return ESCPOS_PREFIX + address if address else printer or ws.config.printer or ""


def send(ws, entry: Entry, title: str, printer: str | None = None) -> printing.PrintJob:
    """Send an archived file to its printer. A CUPS job comes back queued; an ESC/POS print
    is done when this returns (job_id "", state printed). Raises the printer's CashierError."""
    roll = entry.kind in ROLL_KINDS
    dest = destination(ws, entry, printer)
    if dest.startswith(ESCPOS_PREFIX):
        address = dest[len(ESCPOS_PREFIX):]
        if not entry.path.is_file():
            raise CashierError("receipt_missing", f"The receipt file {entry.path} does not exist.",
                               None, {"detail": str(entry.path)})
        escpos.print_images(address, escpos.raster_pages(entry.path))
        return printing.PrintJob(job_id="", printer=ESCPOS_PREFIX + address, state="printed")
    options = {}
    if roll and (media := roll_media(entry.path)):
        options = {"media": media, "print-scaling": "none"}
    return printing.print_pdf(entry.path, dest or None, title, options)


def printer_problem(ws, printer: str | None = None) -> Problem | None:
    """What stops the desk's receipt printer now (`printer`: a CUPS name or escpos://host:port,
    else the one receipts go to); None when it can print."""
    address = printer[len(ESCPOS_PREFIX):] if printer and printer.startswith(ESCPOS_PREFIX) \
        else "" if printer else escpos_address(ws.config)
    if address:
        try:
            problem = escpos.status(address).problem
        except CashierError as exc:
            return Problem(exc.code, ESCPOS_PREFIX + address, str(exc.params.get("detail", "")))
        return Problem(escpos.PROBLEMS[problem], ESCPOS_PREFIX + address) if problem else None
    name = printer or ws.config.printer or None
    try:
        state = printing.printer_state(name)
    except CashierError as exc:
        return Problem(exc.code, name or "", str(exc.params.get("detail", "")))
    code = printing.printer_problem(state)
    if code is None and not state.accepting:
        code = "print_refused"
    return Problem(code, state.name, state.message or " ".join(state.reasons)) if code else None


def print_problem(ws, record) -> Problem | None:
    """Why a print (a PrintRecord) has not come out: the printer's error when it failed; when
    it still waits in CUPS, what stops the printer, or print_job_stuck once it has waited
    longer than STUCK_SECONDS. None when it printed, or waits without a known reason yet."""
    if record.state == "printed":
        return None
    if record.state == "failed":
        live = printer_problem(ws, record.printer or None)
        return live or Problem(record.error_code or "print_failed", record.printer,
                               record.error or "")
    live = printer_problem(ws, record.printer or None)
    if live is not None:
        return live
    waited = (ws.now() - datetime.fromisoformat(record.requested_at)).total_seconds()
    if waited >= STUCK_SECONDS:
        state = printing.job_state(record.job_id) if record.job_id else "unknown"
        if state not in printing.FINISHED:
            return Problem("print_job_stuck", record.printer, f"{record.job_id}: {state}")
    return None
