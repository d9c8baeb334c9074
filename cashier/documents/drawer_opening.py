"""Opening the cash drawer when a cash payment's receipt first prints.

The drawer is wired to the receipt printer: on a network ESC/POS printer
(Config.escpos_printer with printer_kind "roll80") it opens with the printer's drawer pulse;
on a printer reached through CUPS, with Config.drawer_command (cashier/adapters/cash_drawer.py).
With neither the desk has no drawer to open. receipts.print_receipt calls this after the
first attempt to print a payment's original, whatever came of the print (the change is owed
either way), and never for a copy; a payment without cash (tendered 0: all by card) opens
nothing.

A drawer that does not open is reported, never raised: the payment stands and the teller
opens the drawer with its key. Either way the journal says so ("cash_drawer.opened" /
"cash_drawer.open_failed", with the payment as subject).
"""

from __future__ import annotations

from dataclasses import dataclass

from cashier import money
from cashier.adapters import cash_drawer, escpos
from cashier.documents.printers import escpos_address
from cashier.errors import CashierError
from cashier.identity import audit
from cashier.model import Payment
from cashier.storage import db


@dataclass(frozen=True)
class DrawerOpening:
    opened: bool
    how: str                        # "escpos" (the printer's pulse) | "command"
    error_code: str | None = None   # why it did not open (drawer_failed, print_escpos_unreachable…)
    error: str | None = None


def drawer_of(config) -> str:
    """How this desk opens its drawer: "escpos", "command", or "" (no drawer)."""
    if escpos_address(config):
        return "escpos"
    return "command" if (config.drawer_command or "").strip() else ""


def open_cash_drawer(ws, payment: Payment, *, actor: str | None = None) -> DrawerOpening | None:
    """Open the drawer for `payment`'s cash and journal it. None when there is nothing to do:
    no cash in the payment, a voided payment, or no drawer at this desk. Never raises a
    drawer's failure: it comes back as DrawerOpening(opened=False, error_code=…)."""
    if payment.tendered <= 0 or payment.status == "voided":
        return None
    how = drawer_of(ws.config)
    if not how:
        return None
    try:
        if how == "escpos":
            escpos.kick_drawer(escpos_address(ws.config))
        else:
            cash_drawer.run_command(ws.config.drawer_command)
        outcome = DrawerOpening(True, how)
    except CashierError as exc:
        outcome = DrawerOpening(False, how, exc.code, exc.message)
    details = {"receipt_no": payment.receipt_no, "how": how,
               "cash": money.to_wire(payment.tendered)}
    if not outcome.opened:
        details.update(error_code=outcome.error_code, error=outcome.error)
    with db.atomic(ws.conn):
        audit.record(ws.conn, ws.now(), actor or ws.actor_id,
                     "cash_drawer.opened" if outcome.opened else "cash_drawer.open_failed",
                     payment.payment_id, details)
    return outcome
