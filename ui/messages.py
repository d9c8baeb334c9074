"""What the teller reads when something is wrong: core error codes to translated text.

The core (cashier/) cannot translate: its errors carry a stable `code`, a
`field`, `params` and an English `message`. Here each code gets a sentence in
the teller's language that says what happened and what to do next. An unknown
code falls back to the exception's English message, so nothing is ever shown
blank. Placeholders are Python format fields ({previous}, {unit}...) filled from
the error's params; translators keep them as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cashier.errors import CashierError, ConfigError, NotFoundError, RuleError, ValidationError

def _table() -> dict[str, str]:
    # Each call below is a literal so pyside6-lupdate finds it; built per call so
    # a language switch at run time takes effect.
    return {
        # the account field
        "account_empty": QCoreApplication.translate("Messages", "Type the personal account number from the invoice, then press Enter."),
        "account_invalid": QCoreApplication.translate("Messages", "A personal account number has 4 to 20 digits. "
                                          "Check the number on the invoice and type it again."),
        "invalid_account": QCoreApplication.translate("Messages", "A personal account number has 4 to 20 digits. "
                                          "Check the number on the invoice and type it again."),
        "account_not_found": QCoreApplication.translate("Messages", "Account {account} is not known to the processing center. "
                                            "Check the number on the invoice; if it is right, the customer "
                                            "should contact the service provider."),
        "account_not_cached": QCoreApplication.translate("Messages", "The processing center cannot be reached and account {account} "
                                                "was never looked up here, so there is no offline copy. Take "
                                                "the payment when the connection is back."),
        # scanned barcodes and QR codes (cashier/scan.py)
        "scan_barcode_invalid": QCoreApplication.translate("Messages", "The invoice barcode did not read correctly. Scan it again "
                                                 "or type the account number by hand."),
        "scan_qr_partial": QCoreApplication.translate("Messages", "The QR code was read only in part. Scan it again."),
        "scan_qr_malformed": QCoreApplication.translate("Messages", "The QR code is damaged. Scan it again or type the account "
                                              "number by hand."),
        "scan_qr_no_account": QCoreApplication.translate("Messages", "The QR code has no personal account. Type the account "
                                               "number from the invoice by hand."),
        "scan_qr_bad_account": QCoreApplication.translate("Messages", "The QR code's personal account is not 4 to 20 digits. "
                                                "Type the account number from the invoice by hand."),
        "scan_qr_bad_sum": QCoreApplication.translate("Messages", "The QR code's amount is damaged. Scan it again or type the "
                                            "account number by hand."),
        "scan_qr_bad_reading": QCoreApplication.translate("Messages", "A meter reading in the QR code is damaged. Scan it again "
                                                "or type the account number by hand."),
        "scan_bad_period": QCoreApplication.translate("Messages", "The QR code's payment period is damaged. Scan it again or "
                                            "type the account number by hand."),
        # amounts
        "amount_empty": QCoreApplication.translate("Messages", "Enter an amount, or leave the field empty to skip the service."),
        "amount_not_a_number": QCoreApplication.translate("Messages", "Not an amount. Type digits with a comma before the tiyn, "
                                              "for example 1272,26."),
        "amount_too_many_decimals": QCoreApplication.translate("Messages", "Too many digits after the comma: an amount has at most "
                                                   "two (tiyn), for example 1272,26."),
        "amount_negative": QCoreApplication.translate("Messages", "An amount cannot be negative. Type the sum the customer pays, "
                                          "or leave the field empty to skip the service."),
        "amount_too_large": QCoreApplication.translate("Messages", "The amount is far too large. Check it and type it again."),
        "unknown_service": QCoreApplication.translate("Messages", "This service is not on the account. Look the account up again."),
        # readings
        "reading_empty": QCoreApplication.translate("Messages", "Enter the current meter reading, or leave the field empty."),
        "reading_not_a_number": QCoreApplication.translate("Messages", "Not a meter reading. Type the digits from the meter, "
                                               "for example 12410 or 12410,5."),
        "reading_too_many_decimals": QCoreApplication.translate("Messages", "Too many digits after the comma: a reading has at most "
                                                    "three."),
        "reading_negative": QCoreApplication.translate("Messages", "A meter reading cannot be negative."),
        "reading_too_large": QCoreApplication.translate("Messages", "The reading is far too large. Check the meter and type it again."),
        "reading_below_previous": QCoreApplication.translate("Messages", "The reading is below the previous one ({previous} {unit}). "
                                                 "Check the meter and the number you typed."),
        "reading_no_meter": QCoreApplication.translate("Messages", "This service has no meter: leave the reading empty."),
        "reading_needs_amount": QCoreApplication.translate("Messages", "A reading is sent together with a payment: enter an amount "
                                               "for this service, or clear the reading."),
        # the payment as a whole
        "lines_empty": QCoreApplication.translate("Messages", "Nothing to pay: enter an amount for at least one service."),
        "fee_negative": QCoreApplication.translate("Messages", "The fee cannot be negative."),
        "payment_over_limit": QCoreApplication.translate("Messages", "One payment may not exceed {limit}. Split it into several "
                                             "payments or ask the supervisor."),
        "tendered_insufficient": QCoreApplication.translate("Messages", "The cash received is less than the total: {missing} more "
                                                "is needed."),
        "tendered_empty": QCoreApplication.translate("Messages", "Type the cash received from the customer."),
        "day_closed": QCoreApplication.translate("Messages", "The business day is closed: no payment can be accepted. "
                                     "Ask the supervisor to open the next day."),
        "offline_too_long": QCoreApplication.translate("Messages", "Payments have not reached the processing center for over "
                                             "{hours} h, so new payments are stopped. Ask the branch IT "
                                             "person to restore the connection."),
        "offline_amount_exceeded": QCoreApplication.translate("Messages", "Unsent payments would exceed the offline limit of "
                                                    "{limit}, so new payments are stopped. Ask the branch "
                                                    "IT person to restore the connection."),
        "payment_not_found": QCoreApplication.translate("Messages", "This payment is not on this workstation."),
        # the processing center
        "spc_unavailable": QCoreApplication.translate("Messages", "The processing center cannot be reached. Check the network "
                                          "cable; payments accepted meanwhile are kept and sent later."),
        "spc_auth": QCoreApplication.translate("Messages", "The processing center refused this workstation's credentials. "
                                   "Call IT support: the workstation token must be renewed."),
        "spc_protocol": QCoreApplication.translate("Messages", "The processing center sent an answer this program does not "
                                       "understand. Try again; if it repeats, call IT support."),
        "wire_invalid": QCoreApplication.translate("Messages", "The processing center sent damaged account data. Try again; "
                                       "if it repeats, call IT support."),
        "wire_field_invalid": QCoreApplication.translate("Messages", "The processing center sent damaged account data. Try again; "
                                             "if it repeats, call IT support."),
        "wire_field_missing": QCoreApplication.translate("Messages", "The processing center sent incomplete account data. Try "
                                             "again; if it repeats, call IT support."),
        "wire_money_invalid": QCoreApplication.translate("Messages", "The processing center sent a damaged amount. Try again; "
                                             "if it repeats, call IT support."),
        "wire_reading_invalid": QCoreApplication.translate("Messages", "The processing center sent a damaged meter reading. Try "
                                               "again; if it repeats, call IT support."),
        "idempotency_conflict": QCoreApplication.translate("Messages", "The processing center already holds a different payment "
                                                 "with the same number. Call IT support."),
        "invalid_request": QCoreApplication.translate("Messages", "The processing center refused the request as malformed. "
                                            "Call IT support."),
        "no_token": QCoreApplication.translate("Messages", "This workstation has no access token for the processing "
                                     "center. Call IT support to register the workstation."),
        "keyring_unavailable": QCoreApplication.translate("Messages", "The secure storage for the workstation token is not "
                                                "available. Call IT support."),
        "keyring_failed": QCoreApplication.translate("Messages", "The secure storage refused the workstation token. Call IT "
                                           "support."),
        "sender_busy": QCoreApplication.translate("Messages", "Another program is already sending this workstation's "
                                        "payments; they will still be sent."),
        "cache_refresh_busy": QCoreApplication.translate("Messages", "The offline copy of the accounts is already being "
                                               "refreshed. Try again in a few minutes."),
        "period_closed": QCoreApplication.translate("Messages", "The processing center has closed this billing period. Look the "
                                        "account up again to get the current invoice."),
        "total_mismatch": QCoreApplication.translate("Messages", "The processing center did not accept the total. Call IT support."),
        "invalid_amount": QCoreApplication.translate("Messages", "The processing center did not accept an amount. Check the amounts."),
        # printing
        "print_no_lp": QCoreApplication.translate("Messages", "Printing is not set up on this computer (the lp command is "
                                      "missing). The payment is saved: open the receipt and print it "
                                      "from the viewer, or call IT support."),
        "print_failed": QCoreApplication.translate("Messages", "The receipt could not be sent to the printer: {detail}. "
                                       "The payment is saved: check the printer and press Print again."),
        "receipt_missing": QCoreApplication.translate("Messages", "The receipt file is missing. The payment is saved; ask the "
                                          "supervisor to reprint the receipt."),
        "invoice_empty": QCoreApplication.translate("Messages", "The processing center has no invoice image for this account."),
    }


def describe(exc: BaseException) -> str:
    """One translated, actionable sentence for an error; never empty."""
    if isinstance(exc, CashierError):
        template = _table().get(exc.code)
        if template:
            try:
                return template.format(**exc.params)
            except (KeyError, IndexError, ValueError):
                return template
        if exc.code.startswith("config_") and exc.message:
            return QCoreApplication.translate("Messages", "The workstation is not set up correctly: {message}").format(message=exc.message)
        return exc.message or exc.code
    return QCoreApplication.translate("Messages", "Unexpected error: {error}. The data already saved is safe; if this repeats, "
              "call IT support.").format(error=f"{type(exc).__name__}: {exc}")


def describe_code(code: str, params: dict | None = None, fallback: str = "") -> str:
    template = _table().get(code)
    if template is None:
        return fallback or code
    try:
        return template.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return template


def title_for(exc: BaseException) -> str:
    from cashier.spc_client import SpcError
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("Messages", "Check the input")
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate("Messages", "Not found")
    if isinstance(exc, RuleError):
        return QCoreApplication.translate("Messages", "Not allowed")
    if isinstance(exc, ConfigError):
        return QCoreApplication.translate("Messages", "Workstation setup")
    if isinstance(exc, SpcError):
        return QCoreApplication.translate("Messages", "Processing center")
    return QCoreApplication.translate("Messages", "Error")
