<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountBar</name>
    <message>
        <location filename="../../ui/account_bar.py" line="+67"/>
        <location line="+11"/>
        <source>Personal account</source>
        <translation>Personal account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find (Enter)</source>
        <translation>Find (Enter)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Looking the account up…</source>
        <translation>Looking the account up…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo accounts: %1</source>
        <translation>Demo accounts: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4 to 20 digits</source>
        <translation>4 to 20 digits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type or scan the personal account number and press Enter.</source>
        <translation>Type or scan the personal account number and press Enter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account %1 · period %2 · currency %3</source>
        <translation>Account %1 · period %2 · currency %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline copy from %1 (%2): the processing center is not reachable, amounts may be out of date</source>
        <translation>Offline copy from %1 (%2): the processing center is not reachable, amounts may be out of date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Live data from the processing center</source>
        <translation>Live data from the processing center</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <location line="-174"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+114"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong in the program. The payment data already saved is safe. If this repeats, tell IT support and give them the details below.</source>
        <translation>Something went wrong in the program. The payment data already saved is safe. If this repeats, tell IT support and give them the details below.</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="+107"/>
        <source>Processing center: checking…</source>
        <translation>Processing center: checking…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: —</source>
        <translation>Queue: —</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Teller: %1</source>
        <translation>Teller: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation %1</source>
        <translation>Workstation %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Processing center: credentials rejected, call IT</source>
        <translation>Processing center: credentials rejected, call IT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing center: not contacted yet</source>
        <translation>Processing center: not contacted yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing center: online</source>
        <translation>Processing center: online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing center: unreachable</source>
        <translation>Processing center: unreachable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(last contact %1)</source>
        <translation>(last contact %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All payments sent</source>
        <translation>All payments sent</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n payment(s) waiting to be sent</source>
        <translation>
            <numerusform>%n payment waiting to be sent</numerusform>
            <numerusform>%n payments waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>oldest %1</source>
        <translation>oldest %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>This computer&apos;s clock is off by %n min: call IT</source>
        <translation>
            <numerusform>This computer&apos;s clock is off by %n min: call IT</numerusform>
            <numerusform>This computer&apos;s clock is off by %n min: call IT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n payment(s) need the supervisor</source>
        <translation>
            <numerusform>%n payment needs the supervisor</numerusform>
            <numerusform>%n payments need the supervisor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+59"/>
        <source>Utility payments — %1</source>
        <translation>Utility payments — %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The scanned invoice is for %1, the processing center now bills %2: check the amounts with the customer.</source>
        <translation>The scanned invoice is for %1, the processing center now bills %2: check the amounts with the customer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The amounts in the table are enough to accept the payment.</source>
        <translation>The amounts in the table are enough to accept the payment.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Type the cash received, then press Enter or F9.</source>
        <translation>Type the cash received, then press Enter or F9.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ready: press F9 or Enter to accept the payment.</source>
        <translation>Ready: press F9 or Enter to accept the payment.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reading</source>
        <translation>reading</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saving the payment…</source>
        <translation>Saving the payment…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The payment was not saved.</source>
        <translation>The payment was not saved.</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../../ui/invoice_view.py" line="+32"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The invoice appears here once an account is found.</source>
        <translation>The invoice appears here once an account is found.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the invoice from the processing center…</source>
        <translation>Loading the invoice from the processing center…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The invoice image is not available.</source>
        <translation>The invoice image is not available.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The processing center sent an empty file.</source>
        <translation>The processing center sent an empty file.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file from the processing center is not a readable PDF (%1).</source>
        <translation>The file from the processing center is not a readable PDF (%1).</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+22"/>
        <source>Type the personal account number from the invoice, then press Enter.</source>
        <translation>Type the personal account number from the invoice, then press Enter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>A personal account number has 4 to 20 digits. Check the number on the invoice and type it again.</source>
        <translation>A personal account number has 4 to 20 digits. Check the number on the invoice and type it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account} is not known to the processing center. Check the number on the invoice; if it is right, the customer should contact the service provider.</source>
        <translation>Account {account} is not known to the processing center. Check the number on the invoice; if it is right, the customer should contact the service provider.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The processing center cannot be reached and account {account} was never looked up here, so there is no offline copy. Take the payment when the connection is back.</source>
        <translation>The processing center cannot be reached and account {account} was never looked up here, so there is no offline copy. Take the payment when the connection is back.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The invoice barcode did not read correctly. Scan it again or type the account number by hand.</source>
        <translation>The invoice barcode did not read correctly. Scan it again or type the account number by hand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code was read only in part. Scan it again.</source>
        <translation>The QR code was read only in part. Scan it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The QR code is damaged. Scan it again or type the account number by hand.</source>
        <translation>The QR code is damaged. Scan it again or type the account number by hand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code has no personal account. Type the account number from the invoice by hand.</source>
        <translation>The QR code has no personal account. Type the account number from the invoice by hand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code&apos;s personal account is not 4 to 20 digits. Type the account number from the invoice by hand.</source>
        <translation>The QR code&apos;s personal account is not 4 to 20 digits. Type the account number from the invoice by hand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code&apos;s amount is damaged. Scan it again or type the account number by hand.</source>
        <translation>The QR code&apos;s amount is damaged. Scan it again or type the account number by hand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A meter reading in the QR code is damaged. Scan it again or type the account number by hand.</source>
        <translation>A meter reading in the QR code is damaged. Scan it again or type the account number by hand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR code&apos;s payment period is damaged. Scan it again or type the account number by hand.</source>
        <translation>The QR code&apos;s payment period is damaged. Scan it again or type the account number by hand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an amount, or leave the field empty to skip the service.</source>
        <translation>Enter an amount, or leave the field empty to skip the service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an amount. Type digits with a comma before the tiyn, for example 1272,26.</source>
        <translation>Not an amount. Type digits with a comma before the tiyn, for example 1272,26.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many digits after the comma: an amount has at most two (tiyn), for example 1272,26.</source>
        <translation>Too many digits after the comma: an amount has at most two (tiyn), for example 1272,26.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An amount cannot be negative. Type the sum the customer pays, or leave the field empty to skip the service.</source>
        <translation>An amount cannot be negative. Type the sum the customer pays, or leave the field empty to skip the service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount is far too large. Check it and type it again.</source>
        <translation>The amount is far too large. Check it and type it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This service is not on the account. Look the account up again.</source>
        <translation>This service is not on the account. Look the account up again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the current meter reading, or leave the field empty.</source>
        <translation>Enter the current meter reading, or leave the field empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a meter reading. Type the digits from the meter, for example 12410 or 12410,5.</source>
        <translation>Not a meter reading. Type the digits from the meter, for example 12410 or 12410,5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many digits after the comma: a reading has at most three.</source>
        <translation>Too many digits after the comma: a reading has at most three.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A meter reading cannot be negative.</source>
        <translation>A meter reading cannot be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reading is far too large. Check the meter and type it again.</source>
        <translation>The reading is far too large. Check the meter and type it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reading is below the previous one ({previous} {unit}). Check the meter and the number you typed.</source>
        <translation>The reading is below the previous one ({previous} {unit}). Check the meter and the number you typed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This service has no meter: leave the reading empty.</source>
        <translation>This service has no meter: leave the reading empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reading is sent together with a payment: enter an amount for this service, or clear the reading.</source>
        <translation>A reading is sent together with a payment: enter an amount for this service, or clear the reading.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to pay: enter an amount for at least one service.</source>
        <translation>Nothing to pay: enter an amount for at least one service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fee cannot be negative.</source>
        <translation>The fee cannot be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One payment may not exceed {limit}. Split it into several payments or ask the supervisor.</source>
        <translation>One payment may not exceed {limit}. Split it into several payments or ask the supervisor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cash received is less than the total: {missing} more is needed.</source>
        <translation>The cash received is less than the total: {missing} more is needed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the cash received from the customer.</source>
        <translation>Type the cash received from the customer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business day is closed: no payment can be accepted. Ask the supervisor to open the next day.</source>
        <translation>The business day is closed: no payment can be accepted. Ask the supervisor to open the next day.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments have not reached the processing center for over {hours} h, so new payments are stopped. Ask the branch IT person to restore the connection.</source>
        <translation>Payments have not reached the processing center for over {hours} h, so new payments are stopped. Ask the branch IT person to restore the connection.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsent payments would exceed the offline limit of {limit}, so new payments are stopped. Ask the branch IT person to restore the connection.</source>
        <translation>Unsent payments would exceed the offline limit of {limit}, so new payments are stopped. Ask the branch IT person to restore the connection.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This payment is not on this workstation.</source>
        <translation>This payment is not on this workstation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center cannot be reached. Check the network cable; payments accepted meanwhile are kept and sent later.</source>
        <translation>The processing center cannot be reached. Check the network cable; payments accepted meanwhile are kept and sent later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center refused this workstation&apos;s credentials. Call IT support: the workstation token must be renewed.</source>
        <translation>The processing center refused this workstation&apos;s credentials. Call IT support: the workstation token must be renewed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center sent an answer this program does not understand. Try again; if it repeats, call IT support.</source>
        <translation>The processing center sent an answer this program does not understand. Try again; if it repeats, call IT support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The processing center sent damaged account data. Try again; if it repeats, call IT support.</source>
        <translation>The processing center sent damaged account data. Try again; if it repeats, call IT support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center sent incomplete account data. Try again; if it repeats, call IT support.</source>
        <translation>The processing center sent incomplete account data. Try again; if it repeats, call IT support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center sent a damaged amount. Try again; if it repeats, call IT support.</source>
        <translation>The processing center sent a damaged amount. Try again; if it repeats, call IT support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center sent a damaged meter reading. Try again; if it repeats, call IT support.</source>
        <translation>The processing center sent a damaged meter reading. Try again; if it repeats, call IT support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center already holds a different payment with the same number. Call IT support.</source>
        <translation>The processing center already holds a different payment with the same number. Call IT support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center refused the request as malformed. Call IT support.</source>
        <translation>The processing center refused the request as malformed. Call IT support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workstation has no access token for the processing center. Call IT support to register the workstation.</source>
        <translation>This workstation has no access token for the processing center. Call IT support to register the workstation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure storage for the workstation token is not available. Call IT support.</source>
        <translation>The secure storage for the workstation token is not available. Call IT support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure storage refused the workstation token. Call IT support.</source>
        <translation>The secure storage refused the workstation token. Call IT support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program is already sending this workstation&apos;s payments; they will still be sent.</source>
        <translation>Another program is already sending this workstation&apos;s payments; they will still be sent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The offline copy of the accounts is already being refreshed. Try again in a few minutes.</source>
        <translation>The offline copy of the accounts is already being refreshed. Try again in a few minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center has closed this billing period. Look the account up again to get the current invoice.</source>
        <translation>The processing center has closed this billing period. Look the account up again to get the current invoice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center did not accept the total. Call IT support.</source>
        <translation>The processing center did not accept the total. Call IT support.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The processing center did not accept an amount. Check the amounts.</source>
        <translation>The processing center did not accept an amount. Check the amounts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing is not set up on this computer (the lp command is missing). The payment is saved: open the receipt and print it from the viewer, or call IT support.</source>
        <translation>Printing is not set up on this computer (the lp command is missing). The payment is saved: open the receipt and print it from the viewer, or call IT support.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt could not be sent to the printer: {detail}. The payment is saved: check the printer and press Print again.</source>
        <translation>The receipt could not be sent to the printer: {detail}. The payment is saved: check the printer and press Print again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receipt file is missing. The payment is saved; ask the supervisor to reprint the receipt.</source>
        <translation>The receipt file is missing. The payment is saved; ask the supervisor to reprint the receipt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processing center has no invoice image for this account.</source>
        <translation>The processing center has no invoice image for this account.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The workstation is not set up correctly: {message}</source>
        <translation>The workstation is not set up correctly: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error: {error}. The data already saved is safe; if this repeats, call IT support.</source>
        <translation>Unexpected error: {error}. The data already saved is safe; if this repeats, call IT support.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check the input</source>
        <translation>Check the input</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workstation setup</source>
        <translation>Workstation setup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing center</source>
        <translation>Processing center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <location filename="../../ui/payment_panel.py" line="+37"/>
        <location line="+34"/>
        <source>Cash received</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Accept payment  (F9)</source>
        <translation>Accept payment  (F9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F9, Ctrl+Enter, or Enter in the cash received field</source>
        <translation>F9, Ctrl+Enter, or Enter in the cash received field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear  (Esc)</source>
        <translation>Clear  (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the amounts due; the account stays</source>
        <translation>Back to the amounts due; the account stays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customer  (F2)</source>
        <translation>New customer  (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the form and type the next account</source>
        <translation>Empty the form and type the next account</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total to pay</source>
        <translation>Total to pay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>incl. agent fee %1</source>
        <translation>incl. agent fee %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <location filename="../../ui/receipt_panel.py" line="+27"/>
        <source>✓ Payment accepted and saved</source>
        <translation>✓ Payment accepted and saved</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open receipt</source>
        <translation>Open receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print  (Ctrl+P)</source>
        <translation>Print  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next customer  (F2 / Enter)</source>
        <translation>Next customer  (F2 / Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash received</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change to give</source>
        <translation>Change to give</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Receipt № %1</source>
        <translation>Receipt № %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the customer the change and the receipt.</source>
        <translation>Give the customer the change and the receipt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment is saved, but its receipt file could not be written. Ask the supervisor to reprint the receipt.</source>
        <translation>The payment is saved, but its receipt file could not be written. Ask the supervisor to reprint the receipt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sending the receipt to the printer…</source>
        <translation>Sending the receipt to the printer…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No PDF viewer could be opened. The receipt is saved at %1</source>
        <translation>No PDF viewer could be opened. The receipt is saved at %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The receipt was sent to the printer.</source>
        <translation>The receipt was sent to the printer.</translation>
    </message>
</context>
<context>
    <name>ServicesTable</name>
    <message>
        <location filename="../../ui/services_table.py" line="+38"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service
and provider</source>
        <translation>Service
and provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous
reading</source>
        <translation>Previous
reading</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current
reading</source>
        <translation>Current
reading</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Advance: the customer has paid ahead</source>
        <translation>Advance: the customer has paid ahead</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount to pay for %1</source>
        <translation>Amount to pay for %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current reading for %1</source>
        <translation>Current reading for %1</translation>
    </message>
</context>
</TS>
