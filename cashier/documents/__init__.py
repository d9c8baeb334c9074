"""What the desk prints and keeps: receipts (receipt_pdf.py, receipt_layout.py, stamp.py,
receipt_code.py), void slips, the day's register and Z-report, the offline invoice copy;
every file archived with its SHA-256 and every print recorded by one pipeline (archive.py,
print_log.py), and the use cases on top: a payment's receipt made, printed, copied
(receipts.py), receipts owed."""

from cashier.documents.print_log import PrintFailed, PrintRecord
from cashier.documents.receipt_archive import receipt_header
from cashier.documents.receipts import (ensure_receipt, last_print_failed, print_or_reprint,
                                        print_receipt, receipt_path, receipt_prints,
                                        verify_receipt)

__all__ = ["PrintFailed", "PrintRecord", "ensure_receipt", "last_print_failed", "print_or_reprint",
           "print_receipt", "receipt_header", "receipt_path", "receipt_prints", "verify_receipt"]
