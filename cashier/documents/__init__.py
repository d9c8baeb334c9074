"""What the desk prints and keeps: receipts (receipt_pdf.py, receipt_layout.py, stamp.py,
receipt_code.py; on an 80 mm roll receipt_roll.py), void slips, the day's register and
Z-report, the offline invoice copy; every file archived with its SHA-256 and every print
recorded by one pipeline (archive.py, print_log.py; where each goes and what stops a printer:
printers.py), and the use cases on top: a payment's receipt made, printed, copied
(receipts.py), the cash drawer opened for its cash (drawer_opening.py), receipts owed."""

from cashier.documents.drawer_opening import DrawerOpening
from cashier.documents.print_log import PrintFailed, PrintRecord
from cashier.documents.printers import Problem, print_problem, printer_problem
from cashier.documents.receipt_archive import receipt_header
from cashier.documents.receipts import (ensure_receipt, last_print_failed, open_cash_drawer,
                                        print_or_reprint, print_receipt, receipt_path,
                                        receipt_prints, verify_receipt)

__all__ = ["DrawerOpening", "PrintFailed", "PrintRecord", "Problem", "ensure_receipt",
           "last_print_failed", "open_cash_drawer", "print_or_reprint", "print_problem",
           "print_receipt", "printer_problem", "receipt_header", "receipt_path", "receipt_prints",
           "verify_receipt"]
