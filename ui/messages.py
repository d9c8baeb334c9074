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
        "account_empty": QCoreApplication.translate("Messages", "Type the personal account number from "
                                                                "the invoice, then press Enter."),
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
        # scanned barcodes and QR codes (cashier/payments/scan.py)
        "scan_barcode_invalid": QCoreApplication.translate("Messages", "The invoice barcode did not read correctly. Scan it again "
                                                 "or type the account number by hand."),
        "scan_qr_partial": QCoreApplication.translate("Messages", "The QR code was read only in part. Scan "
                                                                  "it again."),
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
        # the bank's controls (cashier/controls/)
        "payer_identification_required": QCoreApplication.translate("Messages", "This payment needs the payer identified (above {threshold}, alone or with the account's payments today): ask for the IIN and the identity document."),
        "supervisor_approval_required": QCoreApplication.translate("Messages", "A payment above {threshold} needs a supervisor's approval: a supervisor types their own password at this desk."),
        "sanctions_match": QCoreApplication.translate("Messages", "Do not take this payment: the payer matches the bank's sanctions list. Call the compliance officer now and do not tell the customer why."),
        "sanctions_list_unavailable": QCoreApplication.translate("Messages", "The bank's sanctions list cannot be read, so no identified payer can be screened. Call IT; payments that need no identification can still be taken."),
        "iin_format": QCoreApplication.translate("Messages", "An IIN is 12 digits. Type the 12 digits from the customer's ID card."),
        "iin_check_digit": QCoreApplication.translate("Messages", "This IIN does not exist: a digit is mistyped. Check it against the ID card."),
        "iin_birth_date": QCoreApplication.translate("Messages", "The IIN's first digits are not a real birth date. Check the IIN against the ID card."),
        "payer_name_invalid": QCoreApplication.translate("Messages", "Type the payer's surname and name (and patronymic) as on the document: letters, at least two words."),
        "payer_doc_type_invalid": QCoreApplication.translate("Messages", "Choose the identity document from the list."),
        "payer_doc_number_invalid": QCoreApplication.translate("Messages", "Type the document's number as printed on it: 5 to 20 digits or capital Latin letters."),
        "payer_doc_issued_invalid": QCoreApplication.translate("Messages", "Type the document's issue date as on it, like 15.03.2019: not after today and not before the birth date in the IIN."),
        "payer_doc_invalid": QCoreApplication.translate("Messages", "The document is TYPE:NUMBER:DATE, like id_card:043256789:15.03.2019."),
        "sanctions_list_missing": QCoreApplication.translate("Messages", "The sanctions list {path} does not exist: call IT (sanctions_list in config.toml). Identified payers cannot be screened until it is found."),
        "sanctions_list_unreadable": QCoreApplication.translate("Messages", "The sanctions list {path} cannot be read ({error}): call IT."),
        "sanctions_list_malformed": QCoreApplication.translate("Messages", "The sanctions list {path} is refused at line {line}; the list in force stays as it was. Call IT to fix the file."),
        "basket_empty": QCoreApplication.translate("Messages", "Load an account to take a payment."),
        "basket_account_twice": QCoreApplication.translate("Messages", "An account is in the basket twice: remove one and put its amounts together."),
        "amount_account_missing": QCoreApplication.translate("Messages", "With several accounts each amount names its account: ACCOUNT:CODE=AMOUNT."),
        "reading_account_missing": QCoreApplication.translate("Messages", "With several accounts each reading names its account: ACCOUNT:CODE=VALUE."),
        "card_amount_missing": QCoreApplication.translate("Messages", "Type the amount paid by card as the terminal's slip shows it."),
        "card_auth_invalid": QCoreApplication.translate("Messages", "Type the authorisation code from the terminal's slip: 6 letters or digits."),
        "card_rrn_invalid": QCoreApplication.translate("Messages", "Type the RRN from the terminal's slip: 12 digits or letters."),
        "card_over_total": QCoreApplication.translate("Messages", "The card part is more than the total {total}: a card pays at most the total."),
        "settings_role_required": QCoreApplication.translate("Messages", "The cash drawer's command runs a program at this desk: a supervisor or IT sets it."),
        "payer_unknown": QCoreApplication.translate("Messages", "This payer was not identified at this desk before: give the full name and the identity document too."),
        # amounts
        "amount_empty": QCoreApplication.translate("Messages", "Enter an amount, or leave the field "
                                                               "empty to skip the service."),
        "amount_not_a_number": QCoreApplication.translate("Messages", "Not an amount. Type digits with a comma before the tiyn, "
                                              "for example 1272,26."),
        "amount_too_many_decimals": QCoreApplication.translate("Messages", "Too many digits after the comma: an amount has at most "
                                                   "two (tiyn), for example 1272,26."),
        "amount_negative": QCoreApplication.translate("Messages", "An amount cannot be negative. Type the sum the customer pays, "
                                          "or leave the field empty to skip the service."),
        "amount_too_large": QCoreApplication.translate("Messages", "The amount is far too large. Check it "
                                                                   "and type it again."),
        "unknown_service": QCoreApplication.translate("Messages", "This service is not on the account. Look"
                                                                  " the account up again."),
        # readings
        "reading_empty": QCoreApplication.translate("Messages", "Enter the current meter reading, or "
                                                                "leave the field empty."),
        "reading_not_a_number": QCoreApplication.translate("Messages", "Not a meter reading. Type the digits from the meter, "
                                               "for example 12410 or 12410,5."),
        "reading_too_many_decimals": QCoreApplication.translate("Messages", "Too many digits after the comma: a reading has at most "
                                                    "three."),
        "reading_negative": QCoreApplication.translate("Messages", "A meter reading cannot be negative."),
        "reading_too_large": QCoreApplication.translate("Messages", "The reading is far too large. Check the "
                                                                    "meter and type it again."),
        "reading_below_previous": QCoreApplication.translate("Messages", "The reading is below the previous one ({previous} {unit}). "
                                                 "Check the meter and the number you typed."),
        "reading_no_meter": QCoreApplication.translate("Messages", "This service has no meter: leave the "
                                                                   "reading empty."),
        "reading_needs_amount": QCoreApplication.translate("Messages", "A reading is sent together with a payment: enter an amount "
                                               "for this service, or clear the reading."),
        # the payment as a whole
        "lines_empty": QCoreApplication.translate("Messages", "Nothing to pay: enter an amount for at "
                                                              "least one service."),
        "fee_negative": QCoreApplication.translate("Messages", "The fee cannot be negative."),
        "payment_over_limit": QCoreApplication.translate("Messages", "One payment may not exceed {limit}: take"
                                                                     " at most that much in this payment. The "
                                                                     "limit is the bank's setting "
                                                                     "(max_payment)."),
        "tendered_insufficient": QCoreApplication.translate("Messages", "The cash received is less than the total: {missing} more "
                                                "is needed."),
        "tendered_empty": QCoreApplication.translate("Messages", "Type the cash received from the customer."),
        "day_closed": QCoreApplication.translate("Messages", "The business day is closed: no payment "
                                                             "can be accepted. A supervisor opens the "
                                                             "next business day (F12, Open the next "
                                                             "business day)."),
        "offline_too_long": QCoreApplication.translate("Messages", "Payments have not reached the processing"
                                                                   " center for over {hours} h, so new "
                                                                   "payments are stopped. Ask the branch IT "
                                                                   "person to restore the connection (or to "
                                                                   "change the offline limit in the "
                                                                   "settings)."),
        "offline_amount_exceeded": QCoreApplication.translate("Messages", "Unsent payments would exceed the offline"
                                                                          " limit of {limit}, so new payments are "
                                                                          "stopped. Ask the branch IT person to "
                                                                          "restore the connection (or to change the"
                                                                          " offline limit in the settings)."),
        "note_required": QCoreApplication.translate("Messages", "Write what was done about the refused payment (refund, "
                                          "payment taken again...)."),
        "not_rejected": QCoreApplication.translate("Messages", "This payment is no longer waiting for a decision: someone "
                                         "has resolved it already."),
        "address_empty": QCoreApplication.translate("Messages", "Type part of the address: a street, a house number, a "
                                          "flat."),
        "settings_not_saved": QCoreApplication.translate("Messages", "The settings could not be saved: {detail}. Nothing "
                                               "was changed."),
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
        "total_mismatch": QCoreApplication.translate("Messages", "The processing center did not accept the"
                                                                 " total. Call IT support."),
        "invalid_amount": QCoreApplication.translate("Messages", "The processing center did not accept an "
                                                                 "amount. Check the amounts."),
        # printing
        "print_no_lp": QCoreApplication.translate("Messages", "Printing is not set up on this computer (the CUPS commands "
                                      "are missing). The payment is saved: open the receipt and print "
                                      "it from the viewer, or call IT support."),
        "print_no_printer": QCoreApplication.translate("Messages", "No receipt printer is chosen and the computer has no "
                                           "default printer. The payment is saved: choose a printer in "
                                           "Settings (F10), then press Reprint."),
        "print_cups_down": QCoreApplication.translate("Messages", "The printing service of this computer is not running. "
                                          "The payment is saved: ask IT to start it, then press "
                                          "Reprint."),
        "print_unknown_printer": QCoreApplication.translate("Messages", "The printer chosen in Settings does not exist on "
                                                "this computer. The payment is saved: choose another "
                                                "printer (F10), then press Reprint."),
        "print_refused": QCoreApplication.translate("Messages", "The printer does not take jobs now (it is stopped or "
                                        "paused). The payment is saved: ask IT to enable it, then "
                                        "press Reprint."),
        "print_timeout": QCoreApplication.translate("Messages", "The printing service did not answer in time. The payment "
                                        "is saved: check the printer, then press Reprint."),
        "print_failed": QCoreApplication.translate("Messages", "The receipt could not be sent to the printer: {detail}. "
                                       "The payment is saved: check the printer and press Reprint."),
        "receipt_already_printed": QCoreApplication.translate("Messages", "The original receipt {receipt_no} was already "
                                                  "printed; only a copy can be printed now."),
        "receipt_missing": QCoreApplication.translate("Messages", "The receipt file is missing. The payment is saved; ask the "
                                          "supervisor to reprint the receipt."),
        "invoice_empty": QCoreApplication.translate("Messages", "The processing center has no invoice "
                                                                "image for this account."),
        # people and roles (cashier/identity/users.py)
        "auth_failed": QCoreApplication.translate("Messages", "Wrong user id or password. Type the password again; "
                                      "after five wrong tries the user is locked for a few minutes."),
        "user_locked": QCoreApplication.translate("Messages", "Too many wrong passwords: this user is locked for a few "
                                      "minutes. Wait, or ask the administrator to reset the password."),
        "user_disabled": QCoreApplication.translate("Messages", "This user is disabled. Ask the "
                                                                "administrator."),
        "user_not_found": QCoreApplication.translate("Messages", "There is no such user on this workstation. Check the "
                                         "user id."),
        "not_signed_in": QCoreApplication.translate("Messages", "Sign in first."),
        "role_required": QCoreApplication.translate("Messages", "Your role does not allow this. Ask a "
                                                                "supervisor."),
        # voids (cashier/payments/voids.py, cashier/documents/void_slip.py)
        "reason_required": QCoreApplication.translate("Messages", "Write why the payment is voided (at least a few "
                                          "words), for example: wrong account number typed."),
        "four_eyes": QCoreApplication.translate("Messages", "A void needs a second person: a supervisor other than you "
                                    "must type their own user id and password."),
        "already_voided": QCoreApplication.translate("Messages", "This payment is already voided. Nothing "
                                                                 "more to do."),
        "void_other_day": QCoreApplication.translate("Messages", "This payment is from an earlier business day: only "
                                         "payments of today can be voided. Ask the supervisor how to "
                                         "return the money."),
        "void_rejected_payment": QCoreApplication.translate("Messages", "The processing center refused this payment, so it "
                                                "is not voided here: a supervisor resolves it in the "
                                                "payment queue (F6)."),
        "void_slip_already_printed": QCoreApplication.translate("Messages", "The void slip of {receipt_no} was already "
                                                    "printed; only a copy can be printed now."),
        "void_slip_missing": QCoreApplication.translate("Messages", "The void slip file is missing. The void stands: print "
                                            "a copy and tell IT support."),
        "void_slip_archive_changed": QCoreApplication.translate("Messages", "The archived void slip was changed after it "
                                                    "was written. The void stands: print a copy and "
                                                    "tell IT support."),
        "void_slip_archive_full": QCoreApplication.translate("Messages", "Too many copies of this void slip. Call IT "
                                                 "support."),
        "void_slip_not_written": QCoreApplication.translate("Messages", "The void stands, but its slip could not be saved: "
                                                "{detail}. Tell IT support, then print the slip again."),
        # the cash drawer (cashier/drawer/sessions.py)
        "no_open_session": QCoreApplication.translate("Messages", "No cash session is open on this workstation. Count the "
                                          "drawer and open a session with that float first."),
        "session_of_another_user": QCoreApplication.translate("Messages", "The open cash session belongs to another "
                                                  "teller: they or a supervisor must close it with "
                                                  "a cash count first."),
        "session_already_open": QCoreApplication.translate("Messages", "A cash session is already open on this "
                                               "workstation (by {user_id}). Close it with a cash count "
                                               "first."),
        "session_other_day": QCoreApplication.translate("Messages", "The cash session was opened for {business_date}. "
                                            "Close it with a cash count and open one for today."),
        "session_not_found": QCoreApplication.translate("Messages", "This cash session no longer exists. Close the window "
                                            "and open it again."),
        "handover_exceeds_cash": QCoreApplication.translate("Messages", "The drawer does not hold that much cash by the "
                                                "records. Type a smaller amount (at most the "
                                                "expected cash)."),
        "amount_not_positive": QCoreApplication.translate("Messages", "Type an amount greater than zero."),
    }


def _all() -> dict[str, str]:
    from ui import messages_more
    return {**_table(), **messages_more.table()}


def describe(exc: BaseException) -> str:
    """One translated, actionable sentence for an error; never empty."""
    if isinstance(exc, CashierError):
        template = _all().get(exc.code)
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
    template = _all().get(code)
    if template is None:
        return fallback or code
    try:
        return template.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return template


def _outbox_table() -> dict[str, str]:
    """Why the SPC refused or did not take a payment, for the queue panel (no params)."""
    return {
        "account_not_found": QCoreApplication.translate("Queue", "The processing center does not know this account."),
        "unknown_service": QCoreApplication.translate("Queue", "A service of this payment is not on the account at the "
                                             "processing center."),
        "invalid_amount": QCoreApplication.translate("Queue", "The processing center did not accept an amount of this "
                                            "payment."),
        "total_mismatch": QCoreApplication.translate("Queue", "The processing center did not accept the payment's total."),
        "period_closed": QCoreApplication.translate("Queue", "The billing period was closed at the processing center "
                                           "before the payment arrived."),
        "reading_below_previous": QCoreApplication.translate("Queue", "A meter reading is below the one the processing "
                                                    "center already has."),
        "invalid_request": QCoreApplication.translate("Queue", "The processing center refused the payment as malformed."),
        "idempotency_conflict": QCoreApplication.translate("Queue", "The processing center holds a different payment "
                                                  "with the same number."),
        "unauthorized": QCoreApplication.translate("Queue", "The processing center refused this workstation's "
                                          "credentials: call IT support."),
        "forbidden": QCoreApplication.translate("Queue", "The processing center refused this workstation's "
                                       "credentials: call IT support."),
        "spc_auth": QCoreApplication.translate("Queue", "The processing center refused this workstation's "
                                      "credentials: call IT support."),
        "spc_unavailable": QCoreApplication.translate("Queue", "No connection to the processing center; it is sent "
                                             "again automatically."),
        "spc_protocol": QCoreApplication.translate("Queue", "The processing center's answer was not understood; it "
                                          "is sent again automatically."),
    }


def describe_outbox_error(code: str | None, message: str | None) -> str:
    """The last error of a queued payment in the teller's words; "" when there was none."""
    if not code and not message:
        return ""
    text = _outbox_table().get(code or "")
    if text:
        return text
    detail = message or code or ""
    return QCoreApplication.translate("Queue", "The processing center said: {detail}").format(detail=detail)


def title_for(exc: BaseException) -> str:
    from cashier.adapters.spc_client import SpcError
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
