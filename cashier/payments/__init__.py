"""Taking payments: the draft the teller types (draft.py), accepting it (accept.py), scanned
invoices and QR codes (scan.py), voids (voids.py)."""

from cashier.payments.accept import accept_basket, accept_payment, payment_fact
from cashier.payments.tender import Tender, check_tender, parse_card
from cashier.payments.draft import (OVERPAY_RATIO, DraftInvalid, build_draft, check_not_far_above_due,
                                    check_ready, far_above_due)

__all__ = ["OVERPAY_RATIO", "DraftInvalid", "accept_basket", "accept_payment", "build_draft",
           "check_not_far_above_due", "check_ready", "check_tender", "far_above_due", "parse_card", "payment_fact", "Tender"]
