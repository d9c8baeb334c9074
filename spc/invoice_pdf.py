"""The SPC's rendering of the paper invoice ("Счёт-извещение") as a PDF.

The layout lives in cashier/documents/invoice.py, shared with the workstation (which
renders a marked local copy from its offline cache when the SPC is down), so
there is one renderer. This module adds what only the SPC says: its name, the
subtitle and the demo disclaimer.
"""

from __future__ import annotations

from cashier.documents.invoice import render_invoice
from cashier.model import Account
from spc.wire import from_wire

SPC_NAME = "ТОО «Единый расчётный центр» (демо)"
SUBTITLE = "Алматы · приём платежей в отделениях банков-агентов"
FOOTER = "Демонстрационный документ эталонного сервера СПЦ; не является платёжным требованием."


def total_due(account: dict) -> int:
    """What the invoice asks for: advances and zeros do not reduce other services."""
    return sum(max(0, from_wire(s["amount_due"])) for s in account["services"])


def render(account: dict) -> bytes:
    """A PDF for an account body as GET /v1/accounts/{account} returns it."""
    return render_invoice(Account.from_wire(account), issuer=SPC_NAME, subtitle=SUBTITLE,
                          footer=FOOTER)
