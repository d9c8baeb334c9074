"""How the customer pays: cash, card at the bank's standalone terminal, or both.

The card part is taken on the terminal, not by the desk: the teller types (or scans) what
the terminal printed, its authorisation code and RRN, and the desk records them. Card money
never enters the drawer; the cash part does, less the change. Several accounts paid at
once share one tender (a basket): `allocate` splits it over their payments, the card
first, the change on the last payment that took cash, so each payment's own tendered
minus change is exactly the cash it brought in. Pure: no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cashier import money
from cashier.errors import ValidationError

# The terminal's authorisation code (ISO 8583 field 38: six letters or digits) and its
# retrieval reference number (field 37: twelve).
_AUTH = re.compile(r"[0-9A-Z]{6}")
_RRN = re.compile(r"[0-9A-Z]{12}")


@dataclass(frozen=True)
class Tender:
    cash: int                # cash handed over, before change
    card: int = 0            # paid by card on the terminal
    card_auth: str = ""
    card_rrn: str = ""

    def due_in_cash(self, total: int) -> int:
        return max(total - self.card, 0)

    def change(self, total: int) -> int:
        return self.cash - self.due_in_cash(total)


def parse_card(amount: str | None, auth: str | None, rrn: str | None) -> tuple[int, str, str]:
    """The card part as typed: (amount, auth code, RRN); an empty amount is no card."""
    text = (amount or "").strip()
    if not text:
        if (auth or "").strip() or (rrn or "").strip():
            raise ValidationError("card_amount_missing", "Type the amount paid by card as the "
                                  "terminal's slip shows it.", "card")
        return 0, "", ""
    value = money.parse_amount(text, field="card")
    if value <= 0:
        raise ValidationError("card_amount_missing", "Type the amount paid by card as the "
                              "terminal's slip shows it.", "card")
    code = re.sub(r"\s", "", (auth or "")).upper()
    if not _AUTH.fullmatch(code):
        raise ValidationError("card_auth_invalid", "Type the authorisation code from the "
                              "terminal's slip: 6 letters or digits.", "card_auth")
    ref = re.sub(r"\s", "", (rrn or "")).upper()
    if not _RRN.fullmatch(ref):
        raise ValidationError("card_rrn_invalid", "Type the RRN from the terminal's slip: "
                              "12 digits or letters.", "card_rrn")
    return value, code, ref


def check_tender(total: int, tender: Tender) -> None:
    """ValidationError unless the tender pays `total` exactly by card and covers the rest."""
    if tender.card > total:
        raise ValidationError("card_over_total",
                              f"The card part {money.format_amount(tender.card)} is more than "
                              f"the total {money.format_amount(total)}: a card pays at most the "
                              "total.", "card", {"total": money.format_amount(total)})
    due = tender.due_in_cash(total)
    if tender.cash < due:
        raise ValidationError(
            "tendered_insufficient",
            f"Cash tendered is less than the total {money.format_amount(due)}.",
            "tendered", {"total": money.format_amount(due),
                         "missing": money.format_amount(due - tender.cash)})


@dataclass(frozen=True)
class Share:
    card: int        # of this payment's total, paid by card
    tendered: int    # cash this payment records as handed over
    change: int      # cash this payment records as given back


def allocate(totals: list[int], tender: Tender) -> list[Share]:
    """Split one tender over several payments (check_tender first)."""
    card_left = tender.card
    shares: list[Share] = []
    for total in totals:
        card = min(card_left, total)
        card_left -= card
        shares.append(Share(card, total - card, 0))
    change = tender.change(sum(totals))
    cash_taking = [i for i, s in enumerate(shares) if s.tendered > 0]
    last = cash_taking[-1] if cash_taking else len(shares) - 1
    if change:
        s = shares[last]
        shares[last] = Share(s.card, s.tendered + change, change)
    return shares
