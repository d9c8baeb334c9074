"""Taking payments: the draft the teller types (draft.py), accepting it (accept.py), scanned
invoices and QR codes (scan.py), voids (voids.py)."""

from cashier.payments.accept import accept_payment, payment_fact
from cashier.payments.draft import (OVERPAY_RATIO, DraftInvalid, build_draft, check_not_far_above_due,
                                    check_ready, far_above_due)

__all__ = ["OVERPAY_RATIO", "DraftInvalid", "accept_payment", "build_draft",
           "check_not_far_above_due", "check_ready", "far_above_due", "payment_fact"]
