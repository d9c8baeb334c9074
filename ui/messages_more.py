"""More of ui/messages.py's table: the day, approvals, people, storage, setup and IT.

Kept apart only so neither table grows past a screenful of screens; ui/messages.py
merges them. Same rules: a literal per call so pyside6-lupdate finds it, the code's
params as {placeholders}, a sentence that says what to do next.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def table() -> dict[str, str]:
    return {
        # the business day and its close (cashier/days.py, cashier/dayclose.py)
        "day_already_closed": QCoreApplication.translate("Messages", "The business day {business_date} is already closed. "
                                "Its reports are kept; nothing more to do."),
        "day_in_future": QCoreApplication.translate("Messages", "The business day {business_date} has not begun: only the "
                           "current or an earlier business day can be closed."),
        "day_not_closed": QCoreApplication.translate("Messages", "The business day {business_date} is still open: close it "
                            "with a cash count (F12) before opening the next one."),
        "next_day_not_after": QCoreApplication.translate("Messages", "The next business day must come after "
                                "{business_date}."),
        "next_day_too_far": QCoreApplication.translate("Messages", "A business day can be opened at most one day ahead "
                              "(until {latest}): the processing center refuses payments dated "
                              "further ahead."),
        "day_has_unsent": QCoreApplication.translate("Messages", "Some payments or voids of the day have not reached the "
                            "processing center yet. Send them first (the queue, F6), or ask IT "
                            "to restore the connection."),
        "day_has_unresolved_rejections": QCoreApplication.translate("Messages", "The processing center refused payments of "
                                           "the day and nobody has resolved them yet: a "
                                           "supervisor resolves them in the queue (F6)."),
        "day_has_receipts_owed": QCoreApplication.translate("Messages", "Some payments of the day have no receipt: it could "
                                   "not be made (is the disk full?). Ask IT to free disk space, "
                                   "then try again."),
        "day_changed": QCoreApplication.translate("Messages", "Payments of the day changed while the close was being "
                         "prepared. Check the figures and close again."),
        "reconciliation_unavailable": QCoreApplication.translate("Messages", "The processing center's register could not be "
                                        "fetched, so the day cannot be closed yet. Check the "
                                        "connection and try again."),
        "reconciliation_differs": QCoreApplication.translate("Messages", "The processing center's register differs from "
                                    "this workstation. Resolve the differences, or explain them "
                                    "in the note to close anyway."),
        "report_names_exhausted": QCoreApplication.translate("Messages", "The day's reports cannot be saved: too many files "
                                    "with the same name. Call IT support."),
        "date_invalid": QCoreApplication.translate("Messages", "Not a date: write it as YYYY-MM-DD, for example "
                          "2026-11-22."),
        # cash counts (cashier/drawer/count.py)
        "count_invalid": QCoreApplication.translate("Messages", "A count is a whole number of pieces, for example 12."),
        "count_negative": QCoreApplication.translate("Messages", "A count cannot be negative."),
        "count_too_large": QCoreApplication.translate("Messages", "That is more pieces than a drawer holds. Check the count."),
        "count_repeated": QCoreApplication.translate("Messages", "This note or coin is counted twice: give each one once."),
        "denomination_unknown": QCoreApplication.translate("Messages", "{denomination} is not a tenge note or coin. Notes: "
                                  "20000 10000 5000 2000 1000 500 200n; coins: 200c 100 50 20 10 5 "
                                  "2 1."),
        "denomination_ambiguous": QCoreApplication.translate("Messages", "{value} tenge is both a note and a coin: write "
                                    "{value}n for notes or {value}c for coins."),
        "count_total_differs": QCoreApplication.translate("Messages", "The notes and coins counted add up to {pieces}, not "
                                 "{counted}: check the count."),
        # the bank's cash controls (cashier/drawer/limits.py, cashier/drawer/closing.py)
        "drawer_over_limit": QCoreApplication.translate("Messages", "The drawer would hold {cash}, above the bank's limit "
                               "of {limit}: no more cash is taken until a handover. Hand cash "
                               "over to the vault first (F11), at least {at_least}."),
        "close_needs_approval": QCoreApplication.translate("Messages", "The count differs from the expected cash by "
                                  "{difference}, more than {limit}: a supervisor other than the "
                                  "session's teller approves the close with their user id and "
                                  "password."),
        "four_eyes_close": QCoreApplication.translate("Messages", "A close with this difference needs a second person: "
                             "a supervisor other than the session's teller approves it with "
                             "their own password."),
        # the payment (cashier/payments/draft.py, cashier/cli/)
        "amount_far_above_due": QCoreApplication.translate("Messages", "{service}: {amount} is more than {ratio} times the "
                                  "amount due ({due}). Check the amount; if it is right, confirm "
                                  "it."),
        "amount_repeated": QCoreApplication.translate("Messages", "The amount of {service} is given twice: give each service "
                             "once."),
        "reading_repeated": QCoreApplication.translate("Messages", "The reading of {service} is given twice: give each "
                              "service once."),
        # approvals and voids (cashier/identity/approvals.py, cashier/payments/voids.py)
        "approval_failed": QCoreApplication.translate("Messages", "Wrong user id or password. {left} more wrong tries at "
                             "this desk pause this supervisor's approvals here for a few "
                             "minutes."),
        "approval_locked_here": QCoreApplication.translate("Messages", "Too many wrong passwords for {user_id} at this "
                                  "desk: approvals by {user_id} are paused here for {minutes} min. "
                                  "{user_id} can still sign in, and another supervisor can approve "
                                  "meanwhile."),
        "four_eyes_own_payment": QCoreApplication.translate("Messages", "{supervisor_id} took this payment and cannot also "
                                   "approve its void: another supervisor must approve it."),
        "reason_too_short": QCoreApplication.translate("Messages", "The reason is too short: write at least {min} "
                              "characters that say why, for example: wrong account typed."),
        "reason_invalid": QCoreApplication.translate("Messages", "The reason must be plain text on one line, at most {max} "
                            "characters."),
        "not_voided": QCoreApplication.translate("Messages", "Receipt {receipt_no} is not voided, so it has no void slip."),
        "void_not_found": QCoreApplication.translate("Messages", "There is no record of this void on this workstation."),
        "payment_refused": QCoreApplication.translate("Messages", "The processing center refused the payment itself, so "
                             "there is nothing to cancel there."),
        # people (cashier/identity/users.py)
        "first_user_admin": QCoreApplication.translate("Messages", "The first user of a workstation must be an "
                              "administrator."),
        "user_id_invalid": QCoreApplication.translate("Messages", "A user id is 2 to 40 lowercase letters, digits, dots, "
                             "dashes or underscores, for example t.sadykova."),
        "role_invalid": QCoreApplication.translate("Messages", "A role is teller, supervisor or admin."),
        "clock_behind": QCoreApplication.translate("Messages", "This computer's clock is behind: it says {today}, but the "
                          "business day {business_date} has already begun here. Ask IT to set the "
                          "clock; nothing can be dated until then."),
        "name_empty": QCoreApplication.translate("Messages", "Type the person's name."),
        "name_invalid": QCoreApplication.translate("Messages", "A name is plain text on one line, at most 200 "
                          "characters."),
        "user_exists": QCoreApplication.translate("Messages", "This user already exists. Choose another user id."),
        "password_too_short": QCoreApplication.translate("Messages", "A password needs at least {min} characters."),
        "password_spaces": QCoreApplication.translate("Messages", "A password cannot start or end with a space."),
        "password_required": QCoreApplication.translate("Messages", "No password was given: type it at the prompt."),
        "cannot_disable_self": QCoreApplication.translate("Messages", "An administrator cannot disable their own account."),
        "cannot_change_own_role": QCoreApplication.translate("Messages", "An administrator cannot change their own role."),
        # storage (cashier/storage/disk.py, cashier/documents/receipt_archive.py)
        "disk_full": QCoreApplication.translate("Messages", "The workstation's disk is full, so this was not saved and "
                       "nothing changed. Do not take cash for it. Ask IT to free disk space, then "
                       "try again."),
        "storage_failed": QCoreApplication.translate("Messages", "The workstation's database could not be written (a disk "
                            "error). Nothing was saved. Ask IT to check the disk."),
        "receipt_owed": QCoreApplication.translate("Messages", "The receipt could not be made now; it is made as soon as it "
                          "can be."),
        "receipt_archive_changed": QCoreApplication.translate("Messages", "The archived receipt was changed after it was "
                                     "written. The payment is saved: print a copy and tell IT "
                                     "support."),
        "receipt_archive_full": QCoreApplication.translate("Messages", "Too many copies of this receipt. Call IT support."),
        "receipt_code_field": QCoreApplication.translate("Messages", "The receipt's verification code cannot be made for "
                                "this payment. The payment is saved; call IT support."),
        "receipt_key_invalid": QCoreApplication.translate("Messages", "The receipt verification key is damaged. Receipts "
                                 "print without a verification code until IT replaces it."),
        "receipt_key_unavailable": QCoreApplication.translate("Messages", "The receipt verification key cannot be kept on "
                                     "this computer (no desktop keyring). Receipts print without "
                                     "a verification code; ask IT to enable the keyring."),
        "receipt_key_keyring_failed": QCoreApplication.translate("Messages", "The keyring refused the receipt verification "
                                        "key. Receipts print without a verification code; call "
                                        "IT support."),
        # setup (cashier/config.py, cashier/config_schema.py, cashier/adapters/credentials.py)
        "config_invalid": QCoreApplication.translate("Messages", "The setting {key} in {file} is wrong: it must be "
                            "{expected}, like {example}; it is {got}. Ask IT to fix it."),
        "config_token_file": QCoreApplication.translate("Messages", "The setting {key} in {file} is wrong: it must be "
                               "{expected}, like {example}; it is {got}. Ask IT to fix it."),
        "config_money_integer": QCoreApplication.translate("Messages", "The setting {key} in {file} is a bare number; "
                                  "amounts are written as text with two decimals, for example "
                                  "\"{as_tiyn}\". Ask IT to fix it."),
        "config_unknown_key": QCoreApplication.translate("Messages", "The setting {key} in {file} is not known to this "
                                "version. Ask IT to remove or correct it."),
        "config_inconsistent": QCoreApplication.translate("Messages", "The setting {key} in {file} does not fit with "
                                 "{other}. Ask IT to fix it."),
        "config_unreadable": QCoreApplication.translate("Messages", "The workstation's settings file cannot be read. Ask IT "
                               "to fix or replace config.toml."),
        "config_not_utf8": QCoreApplication.translate("Messages", "The workstation's settings file is not UTF-8 text. Ask "
                             "IT to save config.toml as UTF-8."),
        "token_empty": QCoreApplication.translate("Messages", "No token was given. Paste the processing center's token for "
                         "this workstation."),
        "token_invalid": QCoreApplication.translate("Messages", "That is not a processing center token: a token is one word "
                           "with no spaces."),
        "token_file_insecure": QCoreApplication.translate("Messages", "The token file can be read by other users, so it is "
                                 "not used. Ask IT to make it readable by this user only (mode "
                                 "0600)."),
        "token_file_unreadable": QCoreApplication.translate("Messages", "The token file cannot be read. Ask IT to check "
                                   "token_file in config.toml."),
        "token_file_unwritable": QCoreApplication.translate("Messages", "The token file cannot be changed. Ask IT to check "
                                   "its folder and permissions."),
        "page_limit_invalid": QCoreApplication.translate("Messages", "A page holds 1 to 5000 accounts."),
        # the bank's back office (cashier/adapters/backoffice_client.py, cashier/sync/replicator.py)
        "backoffice_unavailable": QCoreApplication.translate("Messages", "The bank's back office cannot be reached. The "
                                    "desk goes on working; its journal is sent when the connection "
                                    "is back."),
        "backoffice_auth": QCoreApplication.translate("Messages", "The back office refused this workstation's credentials. "
                             "Call IT support: the back office token must be renewed."),
        "backoffice_protocol": QCoreApplication.translate("Messages", "The back office sent an answer this program does "
                                 "not understand. Try again; if it repeats, call IT support."),
        "backoffice_not_configured": QCoreApplication.translate("Messages", "No back office is set up for this "
                                       "workstation. Ask IT to set backoffice_url in config.toml."),
        "replicator_busy": QCoreApplication.translate("Messages", "Another program is already sending this desk's "
                             "journal to the back office. Wait until it has finished."),
        "no_alarm": QCoreApplication.translate("Messages", "There is no back office alarm to acknowledge."),
        "branch_day_not_ready": QCoreApplication.translate(
            "Messages", "The branch's day cannot be closed yet: these desks have not closed "
            "their own day: {desks}. Close each (F12 there), wait until its journal reaches the "
            "back office (a minute), then try again."),
        "branch_day_closed": QCoreApplication.translate(
            "Messages", "The branch's day is closed already, and the back office cannot give its "
            "figures back: ask the bank's IT for the branch register."),
        "branch_day_answer_differs": QCoreApplication.translate(
            "Messages", "The back office recorded another vault count than the one sent. Do not "
            "count again: call the bank's IT."),
        "users_managed_centrally": QCoreApplication.translate(
            "Messages", "This desk's users are managed at the bank's back office: ask the "
            "bank's IT to add or change the user there. The desk takes the change within a "
            "minute."),
        # e-mailed receipts (cashier/adapters/email_address.py, mailer.py, cashier/sync/mail.py)
        "email_empty": QCoreApplication.translate(
            "Messages", "Type the customer's e-mail address, e.g. aigerim@mail.kz."),
        "email_too_long": QCoreApplication.translate(
            "Messages", "An e-mail address has at most {limit} characters."),
        "email_no_at": QCoreApplication.translate(
            "Messages", "An e-mail address has one @ between the name and the domain, e.g. "
            "aigerim@mail.kz."),
        "email_not_latin": QCoreApplication.translate(
            "Messages", "The part before @ has Cyrillic letters: switch the keyboard to Latin and "
            "type it again."),
        "email_local_invalid": QCoreApplication.translate(
            "Messages", "The part before @ may hold Latin letters, digits and . _ - + only, with "
            "no space, no dot at its start or end and no two dots in a row."),
        "email_domain_invalid": QCoreApplication.translate(
            "Messages", "The part after @ is not a mail domain: it looks like mail.kz or "
            "почта.қаз, with no spaces or commas."),
        "mail_not_configured": QCoreApplication.translate(
            "Messages", "E-mailed receipts are not set up at this workstation. Ask IT to set the "
            "mail server (smtp_host, smtp_sender) in the settings."),
        "email_payment_voided": QCoreApplication.translate(
            "Messages", "The payment {receipt_no} was voided: its receipt is not e-mailed."),
        "mailer_busy": QCoreApplication.translate(
            "Messages", "Another program is already sending this desk's e-mailed receipts; it "
            "will send them."),
        "mail_unavailable": QCoreApplication.translate(
            "Messages", "The mail server did not take the e-mail now ({reason}). It waits and is "
            "sent again by itself."),
        "mail_setup": QCoreApplication.translate(
            "Messages", "The e-mail cannot be sent as the desk is set up ({reason}). It waits; "
            "ask IT to check the mail server settings."),
        "mail_refused": QCoreApplication.translate(
            "Messages", "The mail server refused the e-mail for good: {reason}. Check the address "
            "with the customer and send the receipt again."),
        # receipt printers and the cash drawer (cashier/adapters/escpos.py, printing.py,
        # cash_drawer.py; cashier/documents/printers.py)
        "print_paper_out": QCoreApplication.translate(
            "Messages", "The receipt printer is out of paper. The payment is saved: put in a new "
            "roll, then press Reprint (Ctrl+P)."),
        "print_cover_open": QCoreApplication.translate(
            "Messages", "The receipt printer's cover is open. The payment is saved: close it, then "
            "press Reprint (Ctrl+P)."),
        "print_paper_jam": QCoreApplication.translate(
            "Messages", "Paper is jammed in the receipt printer. The payment is saved: clear it, "
            "then press Reprint (Ctrl+P)."),
        "print_printer_offline": QCoreApplication.translate(
            "Messages", "The receipt printer is offline: check that it is switched on and "
            "connected. The payment is saved: press Reprint (Ctrl+P) once it is back."),
        "print_printer_paused": QCoreApplication.translate(
            "Messages", "The receipt printer is paused in the printing service. The payment is "
            "saved: ask IT to resume it, then press Reprint (Ctrl+P) if the receipt did not come "
            "out by itself."),
        "print_job_stuck": QCoreApplication.translate(
            "Messages", "The receipt has waited at the printer too long and has not come out: "
            "check that the printer is on, has paper and is connected."),
        "print_escpos_unreachable": QCoreApplication.translate(
            "Messages", "The receipt printer does not answer: check that it is switched on and its "
            "network cable is in. The payment is saved: press Reprint (Ctrl+P) once it is back."),
        "print_escpos_failed": QCoreApplication.translate(
            "Messages", "The connection to the receipt printer broke while printing. The payment "
            "is saved: check the printer, then press Reprint (Ctrl+P)."),
        "print_no_renderer": QCoreApplication.translate(
            "Messages", "This computer cannot prepare receipts for the roll printer (a program is "
            "missing). The payment is saved: call IT support."),
        "drawer_failed": QCoreApplication.translate(
            "Messages", "The cash drawer did not open ({detail}). Open it with its key."),
        "drawer_timeout": QCoreApplication.translate(
            "Messages", "The cash drawer did not answer in time. Open it with its key."),
    }
