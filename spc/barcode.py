"""The invoice barcode payload, shared with the workstation.

The code moved to cashier/documents/invoice_barcode.py (the teller decodes scanned
payloads, and the offline invoice copy encodes them); this module re-exports it
so the SPC and its tests keep their import. docs/invoice-barcode.md describes
the format.
"""

from cashier.documents.invoice_barcode import (MAX_ACCOUNT, MIN_ACCOUNT, MIN_LENGTH, PREFIX,  # noqa: F401
                                     TOTAL_DIGITS, decode, encode, luhn_check_digit)

__all__ = ["PREFIX", "TOTAL_DIGITS", "MIN_ACCOUNT", "MAX_ACCOUNT", "MIN_LENGTH",
           "luhn_check_digit", "encode", "decode"]
