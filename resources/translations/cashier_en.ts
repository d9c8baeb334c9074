<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountBar</name>
    <message>
        <location filename="../../ui/desk/account_bar.py" line="+30" />
        <location line="+11" />
        <source>Personal account</source>
        <translation>Personal account</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find (Enter)</source>
        <translation>Find (Enter)</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Looking the account up…</source>
        <translation>Looking the account up…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Demo accounts: %1</source>
        <translation>Demo accounts: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>4 to 20 digits</source>
        <translation>4 to 20 digits</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type or scan the personal account number and press Enter.</source>
        <translation>Type or scan the personal account number and press Enter.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Account %1 · period %2 · currency %3</source>
        <translation>Account %1 · period %2 · currency %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>⚠ Offline data from %1 (%2): the processing center is not reachable, amounts may be out of date</source>
        <translation>⚠ Offline data from %1 (%2): the processing center is not reachable, amounts may be out of date</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Live data from the processing center</source>
        <translation>Live data from the processing center</translation>
    </message>
</context>
<context>
    <name>AddressSearchDialog</name>
    <message>
        <location filename="../../ui/dialogs/address_search.py" line="+56" />
        <location line="+48" />
        <source>Find an account by address</source>
        <translation>Find an account by address</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+16" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Street, house, flat — e.g. Абая 10</source>
        <translation>Street, house, flat — e.g. Абая 10</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Part of the address</source>
        <translation>Part of the address</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type part of the address; the results appear as you type.</source>
        <translation>Type part of the address; the results appear as you type.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose  (Enter)</source>
        <translation>Choose  (Enter)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close  (Esc)</source>
        <translation>Close  (Esc)</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The first %1 matches: type more of the address to narrow them down. ↑↓ choose, Enter takes the account.</source>
        <translation>The first %1 matches: type more of the address to narrow them down. ↑↓ choose, Enter takes the account.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n account(s) found. ↑↓ choose, Enter takes the account.</source>
        <translation>
            <numerusform>%n account found. ↑↓ choose, Enter takes the account.</numerusform>
            <numerusform>%n accounts found. ↑↓ choose, Enter takes the account.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No account has an address with “%1”.</source>
        <translation>No account has an address with “%1”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>processing center</source>
        <translation>processing center</translation>
    </message>
    <message>
        <location line="+6" />
        <source>offline copy from %1</source>
        <translation>offline copy from %1</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <location filename="../../ui/common/wording.py" line="+31" />
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
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
        <location filename="../../ui/app.py" line="+114" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Something went wrong in the program. The payment data already saved is safe. If this repeats, tell IT support and give them the details below.</source>
        <translation>Something went wrong in the program. The payment data already saved is safe. If this repeats, tell IT support and give them the details below.</translation>
    </message>
</context>
<context>
    <name>ApprovedActDialog</name>
    <message>
        <location filename="../../ui/dialogs/approved_act.py" line="+53" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A supervisor approves: they type their own user id and password.</source>
        <translation>A supervisor approves: they type their own user id and password.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackofficeLink</name>
    <message>
        <location filename="../../ui/desk/backoffice_link.py" line="+140" />
        <source>Your user was disabled at the bank's back office, so the desk was signed out. Ask your supervisor.</source>
        <translation>Your user was disabled at the bank's back office, so the desk was signed out. Ask your supervisor.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The back office's alarm</source>
        <translation>The back office's alarm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was done about it (who was called, ticket number…):</source>
        <translation>What was done about it (who was called, ticket number…):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No bank back office is configured for this desk: the branch view needs one (backoffice_url in config.toml; the branch IT person sets it).</source>
        <translation>No bank back office is configured for this desk: the branch view needs one (backoffice_url in config.toml; the branch IT person sets it).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The branch view is for supervisors: ask yours to open it (Ctrl+B).</source>
        <translation>The branch view is for supervisors: ask yours to open it (Ctrl+B).</translation>
    </message>
</context>
<context>
    <name>Basket</name>
    <message>
        <location filename="../../ui/desk/basket.py" line="+118" />
        <source>Enter an amount for this account before adding another (F7).</source>
        <translation>Enter an amount for this account before adding another (F7).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Account %1 is in this payment already.</source>
        <translation>Account %1 is in this payment already.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Account %1 is in the payment. Type or scan the next account; F9 takes them all.</source>
        <translation>Account %1 is in the payment. Type or scan the next account; F9 takes them all.</translation>
    </message>
</context>
<context>
    <name>BasketStrip</name>
    <message numerus="yes">
        <location line="-78" />
        <source>Also in this payment (%n account(s), %1):</source>
        <translation>
            <numerusform>Also in this payment (%n account, %1):</numerusform>
            <numerusform>Also in this payment (%n accounts, %1):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1, %2: click to take this account out of the payment</source>
        <translation>%1, %2: click to take this account out of the payment</translation>
    </message>
</context>
<context>
    <name>BlindNote</name>
    <message>
        <location filename="../../ui/dialogs/drawer_controls.py" line="+81" />
        <source>Blind count: the cash the drawer should hold is not shown before the close. Count the drawer, type the total and submit it; the expected cash and the difference are shown then.</source>
        <translation>Blind count: the cash the drawer should hold is not shown before the close. Count the drawer, type the total and submit it; the expected cash and the difference are shown then.</translation>
    </message>
</context>
<context>
    <name>BranchCloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/branch_close.py" line="+34" />
        <location line="+35" />
        <source>Close the branch's day</source>
        <translation>Close the branch's day</translation>
    </message>
    <message>
        <location line="-32" />
        <source>Branch %1, business day %2</source>
        <translation>Branch %1, business day %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The vault, counted by denomination:</source>
        <translation>The vault, counted by denomination:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A note for the register (optional)</source>
        <translation>A note for the register (optional)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Open the register</source>
        <translation>Open the register</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The back office checks that every desk has closed its own day.</source>
        <translation>The back office checks that every desk has closed its own day.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Still open: %1. Each desk closes its own day first (F12 there); the back office will refuse until then.</source>
        <translation>Still open: %1. Each desk closes its own day first (F12 there); the back office will refuse until then.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Every desk of the branch has closed its day (%n desk(s)).</source>
        <translation>
            <numerusform>Every desk of the branch has closed its day (%n desk).</numerusform>
            <numerusform>Every desk of the branch has closed its day (%n desks).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Counted: %1</source>
        <translation>Counted: %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The branch's day %1 is closed.</source>
        <translation>The branch's day %1 is closed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The branch's day %1 had been closed already; its register is written again here.</source>
        <translation>The branch's day %1 had been closed already; its register is written again here.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Payments: %1 for %2</source>
        <translation>Payments: %1 for %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vault expected %1, counted %2, difference %3</source>
        <translation>Vault expected %1, counted %2, difference %3</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>BranchDialog</name>
    <message>
        <location filename="../../ui/dialogs/branch_view.py" line="+45" />
        <source>Branch %1</source>
        <translation>Branch %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Business day</source>
        <translation>Business day</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Asking the back office…</source>
        <translation>Asking the back office…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cash session</source>
        <translation>Cash session</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cash expected</source>
        <translation>Cash expected</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Voids</source>
        <translation>Voids</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SPC queue</source>
        <translation>SPC queue</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No desk of this branch has sent its journal yet.</source>
        <translation>No desk of this branch has sent its journal yet.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Refresh  (F5)</source>
        <translation>&amp;Refresh  (F5)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close the branch's &amp;day…</source>
        <translation>Close the branch's &amp;day…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Once every desk has closed its own day: count the vault, write the branch register</source>
        <translation>Once every desk has closed its own day: count the vault, write the branch register</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Close  (Esc)</source>
        <translation>Close  (Esc)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Business day:</source>
        <translation>Business day:</translation>
    </message>
    <message numerus="yes">
        <location line="+76" />
        <source>%n desk(s)</source>
        <translation>
            <numerusform>%n desk</numerusform>
            <numerusform>%n desks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>cash expected %1</source>
        <translation>cash expected %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n payment(s) not yet at the SPC</source>
        <translation>
            <numerusform>%n payment not yet at the SPC</numerusform>
            <numerusform>%n payments not yet at the SPC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n desk(s) with an alarm</source>
        <translation>
            <numerusform>%n desk with an alarm</numerusform>
            <numerusform>%n desks with an alarm</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+6" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>Not heard from for over %n min: is the desk switched off or cut off from the bank's network?</source>
        <translation>
            <numerusform>Not heard from for over %n min: is the desk switched off or cut off from the bank's network?</numerusform>
            <numerusform>Not heard from for over %n min: is the desk switched off or cut off from the bank's network?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>warning level %1</source>
        <translation>warning level %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>hard limit %1</source>
        <translation>hard limit %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Above the hard limit: the desk takes no cash until a handover.</source>
        <translation>Above the hard limit: the desk takes no cash until a handover.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Above the warning level: the desk should hand cash over to the vault.</source>
        <translation>Above the warning level: the desk should hand cash over to the vault.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Within the cash limits.</source>
        <translation>Within the cash limits.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Coloured by this desk's cash limits (%1), as this desk holds the bank's settings.</source>
        <translation>Coloured by this desk's cash limits (%1), as this desk holds the bank's settings.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>all sent</source>
        <translation>all sent</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>oldest %1</source>
        <translation>oldest %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>SPC unreachable</source>
        <translation>SPC unreachable</translation>
    </message>
    <message>
        <location line="+6" />
        <source>journal rewritten after it was sent (record %1)</source>
        <translation>journal rewritten after it was sent (record %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a journal record does not match its checksum (record %1)</source>
        <translation>a journal record does not match its checksum (record %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a payer matched the sanctions list (%1): the compliance officer reviews it</source>
        <translation>a payer matched the sanctions list (%1): the compliance officer reviews it</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Data as of %1 (%n s ago); it is read again every %2 s</source>
        <translation>
            <numerusform>Data as of %1 (%n s ago); it is read again every %2 s</numerusform>
            <numerusform>Data as of %1 (%n s ago); it is read again every %2 s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing read yet.</source>
        <translation>Nothing read yet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The last rows read are shown.</source>
        <translation>The last rows read are shown.</translation>
    </message>
</context>
<context>
    <name>CacheText</name>
    <message>
        <location filename="../../ui/common/wording.py" line="+24" />
        <source>Offline copy of the accounts: not read yet</source>
        <translation>Offline copy of the accounts: not read yet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Offline copy of the accounts: %1</source>
        <translation>Offline copy of the accounts: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>refreshed %1</source>
        <translation>refreshed %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not downloaded yet</source>
        <translation>not downloaded yet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>refresh in progress</source>
        <translation>refresh in progress</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last refresh failed: %1</source>
        <translation>Last refresh failed: %1</translation>
    </message>
</context>
<context>
    <name>CardFields</name>
    <message>
        <location filename="../../ui/desk/card_fields.py" line="+27" />
        <source>Paid by card</source>
        <translation>Paid by card</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+14" />
        <source>Authorisation code</source>
        <translation>Authorisation code</translation>
    </message>
    <message>
        <location line="-10" />
        <source>RRN</source>
        <translation>RRN</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Paid by card (Ctrl+K)</source>
        <translation>Paid by card (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>RRN from the slip</source>
        <translation>RRN from the slip</translation>
    </message>
</context>
<context>
    <name>CashCountGrid</name>
    <message>
        <location filename="../../ui/dialogs/cash_count.py" line="+35" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Coins</source>
        <translation>Coins</translation>
    </message>
</context>
<context>
    <name>CloseApproval</name>
    <message>
        <location filename="../../ui/dialogs/drawer_controls.py" line="+10" />
        <source>A supervisor's approval</source>
        <translation>A supervisor's approval</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The count differs from the expected cash by %1, more than %2: a supervisor other than the session's teller approves the close with their own user id and password.</source>
        <translation>The count differs from the expected cash by %1, more than %2: a supervisor other than the session's teller approves the close with their own user id and password.</translation>
    </message>
</context>
<context>
    <name>CloseForm</name>
    <message>
        <location filename="../../ui/dialogs/drawer_forms.py" line="+186" />
        <source>Close the session</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+17" />
        <source>Cash counted in the drawer</source>
        <translation>Cash counted in the drawer</translation>
    </message>
    <message>
        <location line="-10" />
        <source>why the cash is over or short</source>
        <translation>why the cash is over or short</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note on the difference</source>
        <translation>Note on the difference</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close session</source>
        <translation>Close session</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Note (required: why the count differs)</source>
        <translation>Note (required: why the count differs)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note (needed when the count differs)</source>
        <translation>Note (needed when the count differs)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The cash is over by %1: write why before closing.</source>
        <translation>The cash is over by %1: write why before closing.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The cash is short by %1: write why before closing.</source>
        <translation>The cash is short by %1: write why before closing.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>over by %1</source>
        <translation>over by %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>short by %1</source>
        <translation>short by %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no difference</source>
        <translation>no difference</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The session is closed: counted %1, expected %2, %3.</source>
        <translation>The session is closed: counted %1, expected %2, %3.</translation>
    </message>
</context>
<context>
    <name>ControlsFlow</name>
    <message>
        <location filename="../../ui/desk/controls_flow.py" line="+46" />
        <source>Do not take this payment</source>
        <translation>Do not take this payment</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Check the amount</source>
        <translation>Check the amount</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accept anyway</source>
        <translation>Accept anyway</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Correct the amount</source>
        <translation>Correct the amount</translation>
    </message>
    <message>
        <location line="+26" />
        <source>A supervisor approves the payment</source>
        <translation>A supervisor approves the payment</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approve and take the payment</source>
        <translation>Approve and take the payment</translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/day_close.py" line="+52" />
        <source>Close the day %1</source>
        <translation>Close the day %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1. Payments not yet at the SPC</source>
        <translation>1. Payments not yet at the SPC</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compare with the SPC</source>
        <translation>Compare with the SPC</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not compared yet.</source>
        <translation>Not compared yet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Differences found: say what was done about them (required to close)</source>
        <translation>Differences found: say what was done about them (required to close)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>2. Reconciliation with the SPC's register</source>
        <translation>2. Reconciliation with the SPC's register</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cash_count.py" line="+72" />
        <source>Submit the count</source>
        <translation>Submit the count</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Recount</source>
        <translation>Recount</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Count the cash again: the new count is recorded as a recount</source>
        <translation>Count the cash again: the new count is recorded as a recount</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Expected in the drawer</source>
        <translation>Expected in the drawer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../ui/dialogs/day_close.py" line="+167" />
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Count %1 is recorded. If the difference is not right, count again (Recount); else close the day, with a note when it differs.</source>
        <translation>Count %1 is recorded. If the difference is not right, count again (Recount); else close the day, with a note when it differs.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Blind count: the expected cash is shown after you submit the count.</source>
        <translation>Blind count: the expected cash is shown after you submit the count.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>hidden until the count is submitted</source>
        <translation>hidden until the count is submitted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_close.py" line="-147" />
        <source>Over or short: say why (required when the count differs)</source>
        <translation>Over or short: say why (required when the count differs)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>3. Cash count by denomination</source>
        <translation>3. Cash count by denomination</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Close the day</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open the next business day</source>
        <translation>Open the next business day</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payments taken from now on are dated to the next business day</source>
        <translation>Payments taken from now on are dated to the next business day</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The business day %1 was never closed: close it first, then F12 closes %2.</source>
        <translation>The business day %1 was never closed: close it first, then F12 closes %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Closing the day needs a supervisor. Lock the desk (Ctrl+L) and let the supervisor sign in.</source>
        <translation>Closing the day needs a supervisor. Lock the desk (Ctrl+L) and let the supervisor sign in.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 payment(s) of the day have no receipt: it could not be made. Ask IT to free disk space, then open this window again.</source>
        <translation>%1 payment(s) of the day have no receipt: it could not be made. Ask IT to free disk space, then open this window again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 payment(s) or void(s) of the day have not reached the SPC: send them first (the queue, F6) or resolve the refused ones.</source>
        <translation>%1 payment(s) or void(s) of the day have not reached the SPC: send them first (the queue, F6) or resolve the refused ones.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>None: everything of the day reached the SPC.</source>
        <translation>None: everything of the day reached the SPC.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cash_count.py" line="-29" />
        <source>Float %1 + received %2 − change %3 − handed to the vault %4 − void refunds %5</source>
        <translation>Float %1 + received %2 − change %3 − handed to the vault %4 − void refunds %5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_close.py" line="+5" />
        <source>A cash session of %1 is still open; close it first (F11).</source>
        <translation>A cash session of %1 is still open; close it first (F11).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>its receipt could not be made (is the disk full?)</source>
        <translation>its receipt could not be made (is the disk full?)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Asking the SPC for its register…</source>
        <translation>Asking the SPC for its register…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Here: %1 payments, %2. At the SPC: %3 payments, %4. Matching: %5.</source>
        <translation>Here: %1 payments, %2. At the SPC: %3 payments, %4. Matching: %5.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>at the SPC, not here</source>
        <translation>at the SPC, not here</translation>
    </message>
    <message>
        <location line="+1" />
        <source>here, not at the SPC</source>
        <translation>here, not at the SPC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>amounts differ</source>
        <translation>amounts differ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>voided on one side only</source>
        <translation>voided on one side only</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SPC</source>
        <translation>SPC</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 difference(s):</source>
        <translation>%1 difference(s):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The day closes only after the SPC's register was compared: try again when the SPC answers.</source>
        <translation>The day closes only after the SPC's register was compared: try again when the SPC answers.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>The count differs from the expected cash by %1: write why in the note.</source>
        <translation>The count differs from the expected cash by %1: write why in the note.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cash_count.py" line="+40" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+2" />
        <source>over by %1</source>
        <translation>over by %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>short by %1</source>
        <translation>short by %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/day_close.py" line="+7" />
        <source>Register (PDF)</source>
        <translation>Register (PDF)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Register (CSV)</source>
        <translation>Register (CSV)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Z-report (PDF)</source>
        <translation>Z-report (PDF)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The day %1 is closed by %2. No payment can be dated to it any more.</source>
        <translation>The day %1 is closed by %2. No payment can be dated to it any more.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Counted %1, expected %2.</source>
        <translation>Counted %1, expected %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The business day %1 is open: payments from now on are dated to it.</source>
        <translation>The business day %1 is open: payments from now on are dated to it.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../ui/demo/people.py" line="+66" />
        <source>Demo users (user / password): %1</source>
        <translation>Demo users (user / password): %1</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../ui/desk/page.py" line="+63" />
        <source>Services  (F4: amounts and readings; Enter: next field)</source>
        <translation>Services  (F4: amounts and readings; Enter: next field)</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../ui/desk/status_bar.py" line="+115" />
        <source>Processing center: checking…</source>
        <translation>Processing center: checking…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue: —</source>
        <translation>Queue: —</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Teller: %1</source>
        <translation>Teller: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Workstation %1</source>
        <translation>Workstation %1</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Processing center: credentials refused, call IT</source>
        <translation>Processing center: credentials refused, call IT</translation>
    </message>
    <message numerus="yes">
        <location line="+55" />
        <source>%n refused: supervisor needed</source>
        <translation>
            <numerusform>%n refused: supervisor needed</numerusform>
            <numerusform>%n refused: supervisor needed</numerusform>
        </translation>
    </message>
    <message>
        <location line="-46" />
        <source>(never reached)</source>
        <translation>(never reached)</translation>
    </message>
    <message>
        <location line="-123" />
        <source>Payments waiting, parked and refused: click or press F6</source>
        <translation>Payments waiting, parked and refused: click or press F6</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The business day payments are dated to</source>
        <translation>The business day payments are dated to</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Business day %1</source>
        <translation>Business day %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>day %1 not closed (F12)</source>
        <translation>day %1 not closed (F12)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Drawer over its limit: hand cash over (F11)</source>
        <translation>Drawer over its limit: hand cash over (F11)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The drawer holds more cash than the bank's hard limit: no payment is taken until cash is handed over to the vault (F11).</source>
        <translation>The drawer holds more cash than the bank's hard limit: no payment is taken until cash is handed over to the vault (F11).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Drawer above the warning level: hand cash over (F11)</source>
        <translation>Drawer above the warning level: hand cash over (F11)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The drawer holds more cash than the bank's warning level: hand the surplus over to the vault (F11) before it reaches the hard limit.</source>
        <translation>The drawer holds more cash than the bank's warning level: hand the surplus over to the vault (F11) before it reaches the hard limit.</translation>
    </message>
    <message numerus="yes">
        <location line="+61" />
        <source>Clock %n min behind</source>
        <translation>
            <numerusform>Clock %n min behind</numerusform>
            <numerusform>Clock %n min behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>This computer's clock is %n min behind the processing center's: call IT</source>
        <translation>
            <numerusform>This computer's clock is %n min behind the processing center's: call IT</numerusform>
            <numerusform>This computer's clock is %n min behind the processing center's: call IT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Clock %n min ahead</source>
        <translation>
            <numerusform>Clock %n min ahead</numerusform>
            <numerusform>Clock %n min ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>This computer's clock is %n min ahead of the processing center's: call IT</source>
        <translation>
            <numerusform>This computer's clock is %n min ahead of the processing center's: call IT</numerusform>
            <numerusform>This computer's clock is %n min ahead of the processing center's: call IT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n receipt(s) not made</source>
        <translation>
            <numerusform>%n receipt not made</numerusform>
            <numerusform>%n receipts not made</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payments saved whose receipt could not be made yet (is the disk full?). They are made as soon as they can be; the day cannot be closed before.</source>
        <translation>Payments saved whose receipt could not be made yet (is the disk full?). They are made as soon as they can be; the day cannot be closed before.</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n parked</source>
        <translation>
            <numerusform>%n parked</numerusform>
            <numerusform>%n parked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n payment(s) parked until the credentials are fixed</source>
        <translation>
            <numerusform>%n payment parked until the credentials are fixed</numerusform>
            <numerusform>%n payments parked until the credentials are fixed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>Back office: journal refused</source>
        <translation>Back office: journal refused</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back office: credentials refused, call IT</source>
        <translation>Back office: credentials refused, call IT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back office: not contacted yet</source>
        <translation>Back office: not contacted yet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back office: unreachable since %1</source>
        <translation>Back office: unreachable since %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back office: unreachable</source>
        <translation>Back office: unreachable</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Back office: sending %n record(s)</source>
        <translation>
            <numerusform>Back office: sending %n record</numerusform>
            <numerusform>Back office: sending %n records</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back office: up to date</source>
        <translation>Back office: up to date</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The bank's back office holds %1 of this desk's %2 journal records</source>
        <translation>The bank's back office holds %1 of this desk's %2 journal records</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+14" />
        <source>Last successful contact: %1</source>
        <translation>Last successful contact: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No successful contact yet</source>
        <translation>No successful contact yet</translation>
    </message>
    <message>
        <location line="-14" />
        <location line="+16" />
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <location line="-117" />
        <source>Processing center: not contacted yet</source>
        <translation>Processing center: not contacted yet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Processing center: online</source>
        <translation>Processing center: online</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Processing center: unreachable since %1</source>
        <translation>Processing center: unreachable since %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Processing center: unreachable</source>
        <translation>Processing center: unreachable</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All payments sent</source>
        <translation>All payments sent</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n payment(s) waiting to be sent</source>
        <translation>
            <numerusform>%n payment waiting to be sent</numerusform>
            <numerusform>%n payments waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>oldest %1</source>
        <translation>oldest %1</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../ui/desk/window.py" line="+82" />
        <source>Utility payments — %1</source>
        <translation>Utility payments — %1</translation>
    </message>
    <message>
        <location line="+167" />
        <source>The cash session of %1 is open on this workstation: they close it with a count (F11), or a supervisor does.</source>
        <translation>The cash session of %1 is open on this workstation: they close it with a count (F11), or a supervisor does.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Receipt %1 voided; the cancel goes to the SPC.</source>
        <translation>Receipt %1 voided; the cancel goes to the SPC.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The new language is used from the next start.</source>
        <translation>The new language is used from the next start.</translation>
    </message>
</context>
<context>
    <name>DraftForm</name>
    <message>
        <location filename="../../ui/desk/draft_form.py" line="+78" />
        <source>Type the cash received, then press Enter or F9.</source>
        <translation>Type the cash received, then press Enter or F9.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Ready: press Enter or F9 to accept the payment.</source>
        <translation>Ready: press Enter or F9 to accept the payment.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: %2 is more than %3 times the amount due (%4). Is that right?</source>
        <translation>%1: %2 is more than %3 times the amount due (%4). Is that right?</translation>
    </message>
    <message>
        <location line="+36" />
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <location line="+0" />
        <source>reading</source>
        <translation>reading</translation>
    </message>
</context>
<context>
    <name>DrawerDialog</name>
    <message>
        <location filename="../../ui/dialogs/drawer.py" line="+61" />
        <source>Cash drawer</source>
        <translation>Cash drawer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cash session of workstation %1</source>
        <translation>Cash session of workstation %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Reading the drawer…</source>
        <translation>Reading the drawer…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Close window  (Esc)</source>
        <translation>Close window  (Esc)</translation>
    </message>
    <message>
        <location line="+103" />
        <source>Only a teller or a supervisor opens a cash session.</source>
        <translation>Only a teller or a supervisor opens a cash session.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open · teller %1</source>
        <translation>Open · teller %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opened %1 · business day %2</source>
        <translation>Opened %1 · business day %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Only a teller or a supervisor handles the cash.</source>
        <translation>Only a teller or a supervisor handles the cash.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This session belongs to %1: only they or a supervisor can hand cash over or close it.</source>
        <translation>This session belongs to %1: only they or a supervisor can hand cash over or close it.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Type the float counted in the drawer (0 if it is empty).</source>
        <translation>Type the float counted in the drawer (0 if it is empty).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Opening the session…</source>
        <translation>Opening the session…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The cash session is open with a float of %1.</source>
        <translation>The cash session is open with a float of %1.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Type the amount taken to the vault.</source>
        <translation>Type the amount taken to the vault.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Recording the handover…</source>
        <translation>Recording the handover…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 handed over to the vault.</source>
        <translation>%1 handed over to the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drawer_close.py" line="+45" />
        <source>Recount</source>
        <translation>Recount</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Count the drawer again: the new count is recorded as a recount</source>
        <translation>Count the drawer again: the new count is recorded as a recount</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Not an amount yet: type digits, a comma before the tiyn.</source>
        <translation>Not an amount yet: type digits, a comma before the tiyn.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Over by %1: say why in the note.</source>
        <translation>Over by %1: say why in the note.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Short by %1: say why in the note.</source>
        <translation>Short by %1: say why in the note.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Matches the expected cash.</source>
        <translation>Matches the expected cash.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expected in the drawer: %1. You counted %2.</source>
        <translation>Expected in the drawer: %1. You counted %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Or count again (Recount).</source>
        <translation>Or count again (Recount).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Submit the count</source>
        <translation>Submit the count</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close session</source>
        <translation>Close session</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+9" />
        <source>Type the cash counted in the drawer.</source>
        <translation>Type the cash counted in the drawer.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Closing the session…</source>
        <translation>Closing the session…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Recording the count…</source>
        <translation>Recording the count…</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The count differs from the expected cash by %1: write why in the note.</source>
        <translation>The count differs from the expected cash by %1: write why in the note.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drawer_forms.py" line="-187" />
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
</context>
<context>
    <name>DrawerFigures</name>
    <message>
        <location line="+60" />
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Received from payers</source>
        <translation>Received from payers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change given</source>
        <translation>Change given</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Handed over to the vault</source>
        <translation>Handed over to the vault</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refunded for voids</source>
        <translation>Refunded for voids</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Expected in the drawer</source>
        <translation>Expected in the drawer</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Paid by card on the terminal (not in the drawer)</source>
        <translation>Paid by card on the terminal (not in the drawer)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refunded to cards on the terminal</source>
        <translation>Refunded to cards on the terminal</translation>
    </message>
</context>
<context>
    <name>EmailReceipt</name>
    <message>
        <location filename="../../ui/dialogs/email_receipt.py" line="+137" />
        <source>E-mail to %1: sent ✓</source>
        <translation>E-mail to %1: sent ✓</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E-mail to %1: not sent, the mail server refused it (%2). Check the address with the customer and send again (Ctrl+E).</source>
        <translation>E-mail to %1: not sent, the mail server refused it (%2). Check the address with the customer and send again (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>E-mail to %1: queued; the mail server has not taken it yet (%2). It goes by itself.</source>
        <translation>E-mail to %1: queued; the mail server has not taken it yet (%2). It goes by itself.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>E-mail to %1: queued, it goes in a moment.</source>
        <translation>E-mail to %1: queued, it goes in a moment.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>E-mail  (%1)</source>
        <translation>E-mail  (%1)</translation>
    </message>
</context>
<context>
    <name>EmailReceiptDialog</name>
    <message>
        <location line="-119" />
        <source>E-mail the receipt</source>
        <translation>E-mail the receipt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Receipt № %1, %2, goes to the customer as a PDF, in Russian and Kazakh. The desk sends it in the background: nobody waits for the mail server.</source>
        <translation>Receipt № %1, %2, goes to the customer as a PDF, in Russian and Kazakh. The desk sends it in the background: nobody waits for the mail server.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>e.g. aigerim@mail.kz</source>
        <translation>e.g. aigerim@mail.kz</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Customer's e-mail</source>
        <translation>Customer's e-mail</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Send  (Enter)</source>
        <translation>Send  (Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel  (Esc)</source>
        <translation>Cancel  (Esc)</translation>
    </message>
</context>
<context>
    <name>EntryController</name>
    <message>
        <location filename="../../ui/desk/entry.py" line="+163" />
        <source>The scanned invoice is for %1, the processing center now bills %2: check the amounts with the customer.</source>
        <translation>The scanned invoice is for %1, the processing center now bills %2: check the amounts with the customer.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The amounts in the table are enough to accept the payment.</source>
        <translation>The amounts in the table are enough to accept the payment.</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Saving the payment…</source>
        <translation>Saving the payment…</translation>
    </message>
    <message>
        <location line="+70" />
        <source>The payment was not saved.</source>
        <translation>The payment was not saved.</translation>
    </message>
</context>
<context>
    <name>GateScreen</name>
    <message>
        <location filename="../../ui/desk/gate.py" line="+45" />
        <source>Workstation %1</source>
        <translation>Workstation %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. t.sadykova</source>
        <translation>e.g. t.sadykova</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Another user</source>
        <translation>Another user</translation>
    </message>
    <message>
        <location line="+14" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+1" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 stepped away. The unfinished payment is kept; enter the password to go on.</source>
        <translation>%1 stepped away. The unfinished payment is kept; enter the password to go on.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No users on this workstation yet: they come from the bank's back office as soon as it is reached. If this lasts, call the bank's IT.</source>
        <translation>No users on this workstation yet: they come from the bank's back office as soon as it is reached. If this lasts, call the bank's IT.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No users on this workstation yet. The administrator adds them: cashier users add ID --name NAME --role teller.</source>
        <translation>No users on this workstation yet. The administrator adds them: cashier users add ID --name NAME --role teller.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Enter your user id.</source>
        <translation>Enter your user id.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>HandoverForm</name>
    <message>
        <location filename="../../ui/dialogs/drawer_forms.py" line="+31" />
        <source>Hand over to the vault</source>
        <translation>Hand over to the vault</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount handed over</source>
        <translation>Amount handed over</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. bag 0412, seal 77813</source>
        <translation>e.g. bag 0412, seal 77813</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handover note</source>
        <translation>Handover note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note (bag, seal; optional)</source>
        <translation>Note (bag, seal; optional)</translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../../ui/desk/invoice_view.py" line="+41" />
        <location line="+82" />
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="-55" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Zoom in (Ctrl+=)</source>
        <translation>Zoom in (Ctrl+=)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit to width (Ctrl+0)</source>
        <translation>Fit to width (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whole page (Ctrl+9)</source>
        <translation>Whole page (Ctrl+9)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous page (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Next page (PgDn)</source>
        <translation>Next page (PgDn)</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The invoice appears here once an account is found.</source>
        <translation>The invoice appears here once an account is found.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Loading the invoice from the processing center…</source>
        <translation>Loading the invoice from the processing center…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The invoice image is not available.</source>
        <translation>The invoice image is not available.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The processing center sent an empty file.</source>
        <translation>The processing center sent an empty file.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The file from the processing center is not a readable PDF (%1).</source>
        <translation>The file from the processing center is not a readable PDF (%1).</translation>
    </message>
    <message>
        <location line="+76" />
        <source>width</source>
        <translation>width</translation>
    </message>
    <message>
        <location line="+2" />
        <source>page</source>
        <translation>page</translation>
    </message>
</context>
<context>
    <name>JournalAlarm</name>
    <message>
        <location filename="../../ui/desk/backoffice_link.py" line="-112" />
        <source>The bank's back office refuses this desk's journal: record %1 does not match its checksum.</source>
        <translation>The bank's back office refuses this desk's journal: record %1 does not match its checksum.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The bank's back office holds this desk's journal up to record %1, and this desk has fewer: records were deleted from this desk.</source>
        <translation>The bank's back office holds this desk's journal up to record %1, and this desk has fewer: records were deleted from this desk.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The bank's back office refuses this desk's journal: record %1 differs from the one it received earlier, so this desk's records were changed after they were sent.</source>
        <translation>The bank's back office refuses this desk's journal: record %1 differs from the one it received earlier, so this desk's records were changed after they were sent.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Do not switch off or reinstall this computer; call the branch supervisor and the bank's IT security. Go on serving customers.</source>
        <translation>Do not switch off or reinstall this computer; call the branch supervisor and the bank's IT security. Go on serving customers.</translation>
    </message>
</context>
<context>
    <name>JournalAlarmBanner</name>
    <message>
        <location line="-31" />
        <source>Acknowledge…  (supervisor)</source>
        <translation>Acknowledge…  (supervisor)</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../ui/desk/keys.py" line="+71" />
        <source>next customer</source>
        <translation>next customer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>find by address</source>
        <translation>find by address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>amounts</source>
        <translation>amounts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>next field</source>
        <translation>next field</translation>
    </message>
    <message>
        <location line="+1" />
        <source>exact cash</source>
        <translation>exact cash</translation>
    </message>
    <message>
        <location line="+1" />
        <source>banknotes</source>
        <translation>banknotes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>another account</source>
        <translation>another account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <location line="+1" />
        <source>accept</source>
        <translation>accept</translation>
    </message>
    <message>
        <location line="+1" />
        <source>clear</source>
        <translation>clear</translation>
    </message>
    <message>
        <location line="+1" />
        <source>print</source>
        <translation>print</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>queue</source>
        <translation>queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>void</source>
        <translation>void</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <location line="+1" />
        <source>close day</source>
        <translation>close day</translation>
    </message>
    <message>
        <location line="+1" />
        <source>branch</source>
        <translation>branch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lock</source>
        <translation>lock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>settings</source>
        <translation>settings</translation>
    </message>
</context>
<context>
    <name>LimitPanel</name>
    <message>
        <location filename="../../ui/dialogs/drawer_controls.py" line="-51" />
        <source>warning level %1</source>
        <translation>warning level %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>hard limit %1</source>
        <translation>hard limit %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bank's cash limits for a drawer: %1.</source>
        <translation>The bank's cash limits for a drawer: %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Above the hard limit: no more cash is taken until you hand %1 over to the vault (filled in below).</source>
        <translation>Above the hard limit: no more cash is taken until you hand %1 over to the vault (filled in below).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Above the warning level: hand %1 over to the vault (filled in below).</source>
        <translation>Above the warning level: hand %1 over to the vault (filled in below).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Within the bank's cash limits.</source>
        <translation>Within the bank's cash limits.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+22" />
        <source>Type the personal account number from the invoice, then press Enter.</source>
        <translation>Type the personal account number from the invoice, then press Enter.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>A personal account number has 4 to 20 digits. Check the number on the invoice and type it again.</source>
        <translation>A personal account number has 4 to 20 digits. Check the number on the invoice and type it again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Account {account} is not known to the processing center. Check the number on the invoice; if it is right, the customer should contact the service provider.</source>
        <translation>Account {account} is not known to the processing center. Check the number on the invoice; if it is right, the customer should contact the service provider.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The processing center cannot be reached and account {account} was never looked up here, so there is no offline copy. Take the payment when the connection is back.</source>
        <translation>The processing center cannot be reached and account {account} was never looked up here, so there is no offline copy. Take the payment when the connection is back.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The invoice barcode did not read correctly. Scan it again or type the account number by hand.</source>
        <translation>The invoice barcode did not read correctly. Scan it again or type the account number by hand.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code was read only in part. Scan it again.</source>
        <translation>The QR code was read only in part. Scan it again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code is damaged. Scan it again or type the account number by hand.</source>
        <translation>The QR code is damaged. Scan it again or type the account number by hand.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code has no personal account. Type the account number from the invoice by hand.</source>
        <translation>The QR code has no personal account. Type the account number from the invoice by hand.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code's personal account is not 4 to 20 digits. Type the account number from the invoice by hand.</source>
        <translation>The QR code's personal account is not 4 to 20 digits. Type the account number from the invoice by hand.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code's amount is damaged. Scan it again or type the account number by hand.</source>
        <translation>The QR code's amount is damaged. Scan it again or type the account number by hand.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A meter reading in the QR code is damaged. Scan it again or type the account number by hand.</source>
        <translation>A meter reading in the QR code is damaged. Scan it again or type the account number by hand.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The QR code's payment period is damaged. Scan it again or type the account number by hand.</source>
        <translation>The QR code's payment period is damaged. Scan it again or type the account number by hand.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Enter an amount, or leave the field empty to skip the service.</source>
        <translation>Enter an amount, or leave the field empty to skip the service.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not an amount. Type digits with a comma before the tiyn, for example 1272,26.</source>
        <translation>Not an amount. Type digits with a comma before the tiyn, for example 1272,26.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Too many digits after the comma: an amount has at most two (tiyn), for example 1272,26.</source>
        <translation>Too many digits after the comma: an amount has at most two (tiyn), for example 1272,26.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An amount cannot be negative. Type the sum the customer pays, or leave the field empty to skip the service.</source>
        <translation>An amount cannot be negative. Type the sum the customer pays, or leave the field empty to skip the service.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The amount is far too large. Check it and type it again.</source>
        <translation>The amount is far too large. Check it and type it again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This service is not on the account. Look the account up again.</source>
        <translation>This service is not on the account. Look the account up again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter the current meter reading, or leave the field empty.</source>
        <translation>Enter the current meter reading, or leave the field empty.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not a meter reading. Type the digits from the meter, for example 12410 or 12410,5.</source>
        <translation>Not a meter reading. Type the digits from the meter, for example 12410 or 12410,5.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Too many digits after the comma: a reading has at most three.</source>
        <translation>Too many digits after the comma: a reading has at most three.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A meter reading cannot be negative.</source>
        <translation>A meter reading cannot be negative.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The reading is far too large. Check the meter and type it again.</source>
        <translation>The reading is far too large. Check the meter and type it again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reading is below the previous one ({previous} {unit}). Check the meter and the number you typed.</source>
        <translation>The reading is below the previous one ({previous} {unit}). Check the meter and the number you typed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This service has no meter: leave the reading empty.</source>
        <translation>This service has no meter: leave the reading empty.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A reading is sent together with a payment: enter an amount for this service, or clear the reading.</source>
        <translation>A reading is sent together with a payment: enter an amount for this service, or clear the reading.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing to pay: enter an amount for at least one service.</source>
        <translation>Nothing to pay: enter an amount for at least one service.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The fee cannot be negative.</source>
        <translation>The fee cannot be negative.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One payment may not exceed {limit}: take at most that much in this payment. The limit is the bank's setting (max_payment).</source>
        <translation>One payment may not exceed {limit}: take at most that much in this payment. The limit is the bank's setting (max_payment).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The cash received is less than the total: {missing} more is needed.</source>
        <translation>The cash received is less than the total: {missing} more is needed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type the cash received from the customer.</source>
        <translation>Type the cash received from the customer.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The business day is closed: no payment can be accepted. A supervisor opens the next business day (F12, Open the next business day).</source>
        <translation>The business day is closed: no payment can be accepted. A supervisor opens the next business day (F12, Open the next business day).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Payments have not reached the processing center for over {hours} h, so new payments are stopped. Ask the branch IT person to restore the connection (or to change the offline limit in the settings).</source>
        <translation>Payments have not reached the processing center for over {hours} h, so new payments are stopped. Ask the branch IT person to restore the connection (or to change the offline limit in the settings).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unsent payments would exceed the offline limit of {limit}, so new payments are stopped. Ask the branch IT person to restore the connection (or to change the offline limit in the settings).</source>
        <translation>Unsent payments would exceed the offline limit of {limit}, so new payments are stopped. Ask the branch IT person to restore the connection (or to change the offline limit in the settings).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Write what was done about the refused payment (refund, payment taken again...).</source>
        <translation>Write what was done about the refused payment (refund, payment taken again...).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This payment is no longer waiting for a decision: someone has resolved it already.</source>
        <translation>This payment is no longer waiting for a decision: someone has resolved it already.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type part of the address: a street, a house number, a flat.</source>
        <translation>Type part of the address: a street, a house number, a flat.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The settings could not be saved: {detail}. Nothing was changed.</source>
        <translation>The settings could not be saved: {detail}. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Printing is not set up on this computer (the CUPS commands are missing). The payment is saved: open the receipt and print it from the viewer, or call IT support.</source>
        <translation>Printing is not set up on this computer (the CUPS commands are missing). The payment is saved: open the receipt and print it from the viewer, or call IT support.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No receipt printer is chosen and the computer has no default printer. The payment is saved: choose a printer in Settings (F10), then press Reprint.</source>
        <translation>No receipt printer is chosen and the computer has no default printer. The payment is saved: choose a printer in Settings (F10), then press Reprint.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The printing service of this computer is not running. The payment is saved: ask IT to start it, then press Reprint.</source>
        <translation>The printing service of this computer is not running. The payment is saved: ask IT to start it, then press Reprint.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The printer chosen in Settings does not exist on this computer. The payment is saved: choose another printer (F10), then press Reprint.</source>
        <translation>The printer chosen in Settings does not exist on this computer. The payment is saved: choose another printer (F10), then press Reprint.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The printer does not take jobs now (it is stopped or paused). The payment is saved: ask IT to enable it, then press Reprint.</source>
        <translation>The printer does not take jobs now (it is stopped or paused). The payment is saved: ask IT to enable it, then press Reprint.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The printing service did not answer in time. The payment is saved: check the printer, then press Reprint.</source>
        <translation>The printing service did not answer in time. The payment is saved: check the printer, then press Reprint.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The receipt could not be sent to the printer: {detail}. The payment is saved: check the printer and press Reprint.</source>
        <translation>The receipt could not be sent to the printer: {detail}. The payment is saved: check the printer and press Reprint.</translation>
    </message>
    <message>
        <location line="-56" />
        <source>This payment is not on this workstation.</source>
        <translation>This payment is not on this workstation.</translation>
    </message>
    <message>
        <location line="-88" />
        <source>This payment needs the payer identified (above {threshold}, alone or with the account's payments today): ask for the IIN and the identity document.</source>
        <translation>This payment needs the payer identified (above {threshold}, alone or with the account's payments today): ask for the IIN and the identity document.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A payment above {threshold} needs a supervisor's approval: a supervisor types their own password at this desk.</source>
        <translation>A payment above {threshold} needs a supervisor's approval: a supervisor types their own password at this desk.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do not take this payment: the payer matches the bank's sanctions list. Call the compliance officer now and do not tell the customer why.</source>
        <translation>Do not take this payment: the payer matches the bank's sanctions list. Call the compliance officer now and do not tell the customer why.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bank's sanctions list cannot be read, so no identified payer can be screened. Call IT; payments that need no identification can still be taken.</source>
        <translation>The bank's sanctions list cannot be read, so no identified payer can be screened. Call IT; payments that need no identification can still be taken.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An IIN is 12 digits. Type the 12 digits from the customer's ID card.</source>
        <translation>An IIN is 12 digits. Type the 12 digits from the customer's ID card.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This IIN does not exist: a digit is mistyped. Check it against the ID card.</source>
        <translation>This IIN does not exist: a digit is mistyped. Check it against the ID card.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The IIN's first digits are not a real birth date. Check the IIN against the ID card.</source>
        <translation>The IIN's first digits are not a real birth date. Check the IIN against the ID card.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the payer's surname and name (and patronymic) as on the document: letters, at least two words.</source>
        <translation>Type the payer's surname and name (and patronymic) as on the document: letters, at least two words.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the identity document from the list.</source>
        <translation>Choose the identity document from the list.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the document's number as printed on it: 5 to 20 digits or capital Latin letters.</source>
        <translation>Type the document's number as printed on it: 5 to 20 digits or capital Latin letters.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the document's issue date as on it, like 15.03.2019: not after today and not before the birth date in the IIN.</source>
        <translation>Type the document's issue date as on it, like 15.03.2019: not after today and not before the birth date in the IIN.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The document is TYPE:NUMBER:DATE, like id_card:043256789:15.03.2019.</source>
        <translation>The document is TYPE:NUMBER:DATE, like id_card:043256789:15.03.2019.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The sanctions list {path} does not exist: call IT (sanctions_list in config.toml). Identified payers cannot be screened until it is found.</source>
        <translation>The sanctions list {path} does not exist: call IT (sanctions_list in config.toml). Identified payers cannot be screened until it is found.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The sanctions list {path} cannot be read ({error}): call IT.</source>
        <translation>The sanctions list {path} cannot be read ({error}): call IT.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The sanctions list {path} is refused at line {line}; the list in force stays as it was. Call IT to fix the file.</source>
        <translation>The sanctions list {path} is refused at line {line}; the list in force stays as it was. Call IT to fix the file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Load an account to take a payment.</source>
        <translation>Load an account to take a payment.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An account is in the basket twice: remove one and put its amounts together.</source>
        <translation>An account is in the basket twice: remove one and put its amounts together.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With several accounts each amount names its account: ACCOUNT:CODE=AMOUNT.</source>
        <translation>With several accounts each amount names its account: ACCOUNT:CODE=AMOUNT.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With several accounts each reading names its account: ACCOUNT:CODE=VALUE.</source>
        <translation>With several accounts each reading names its account: ACCOUNT:CODE=VALUE.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the amount paid by card as the terminal's slip shows it.</source>
        <translation>Type the amount paid by card as the terminal's slip shows it.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the authorisation code from the terminal's slip: 6 letters or digits.</source>
        <translation>Type the authorisation code from the terminal's slip: 6 letters or digits.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the RRN from the terminal's slip: 12 digits or letters.</source>
        <translation>Type the RRN from the terminal's slip: 12 digits or letters.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The card part is more than the total {total}: a card pays at most the total.</source>
        <translation>The card part is more than the total {total}: a card pays at most the total.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The cash drawer's command runs a program at this desk: a supervisor or IT sets it.</source>
        <translation>The cash drawer's command runs a program at this desk: a supervisor or IT sets it.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This payer was not identified at this desk before: give the full name and the identity document too.</source>
        <translation>This payer was not identified at this desk before: give the full name and the identity document too.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>The processing center cannot be reached. Check the network cable; payments accepted meanwhile are kept and sent later.</source>
        <translation>The processing center cannot be reached. Check the network cable; payments accepted meanwhile are kept and sent later.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center refused this workstation's credentials. Call IT support: the workstation token must be renewed.</source>
        <translation>The processing center refused this workstation's credentials. Call IT support: the workstation token must be renewed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center sent an answer this program does not understand. Try again; if it repeats, call IT support.</source>
        <translation>The processing center sent an answer this program does not understand. Try again; if it repeats, call IT support.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>The processing center sent damaged account data. Try again; if it repeats, call IT support.</source>
        <translation>The processing center sent damaged account data. Try again; if it repeats, call IT support.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center sent incomplete account data. Try again; if it repeats, call IT support.</source>
        <translation>The processing center sent incomplete account data. Try again; if it repeats, call IT support.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center sent a damaged amount. Try again; if it repeats, call IT support.</source>
        <translation>The processing center sent a damaged amount. Try again; if it repeats, call IT support.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center sent a damaged meter reading. Try again; if it repeats, call IT support.</source>
        <translation>The processing center sent a damaged meter reading. Try again; if it repeats, call IT support.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center already holds a different payment with the same number. Call IT support.</source>
        <translation>The processing center already holds a different payment with the same number. Call IT support.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center refused the request as malformed. Call IT support.</source>
        <translation>The processing center refused the request as malformed. Call IT support.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This workstation has no access token for the processing center. Call IT support to register the workstation.</source>
        <translation>This workstation has no access token for the processing center. Call IT support to register the workstation.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The secure storage for the workstation token is not available. Call IT support.</source>
        <translation>The secure storage for the workstation token is not available. Call IT support.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The secure storage refused the workstation token. Call IT support.</source>
        <translation>The secure storage refused the workstation token. Call IT support.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another program is already sending this workstation's payments; they will still be sent.</source>
        <translation>Another program is already sending this workstation's payments; they will still be sent.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The offline copy of the accounts is already being refreshed. Try again in a few minutes.</source>
        <translation>The offline copy of the accounts is already being refreshed. Try again in a few minutes.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center has closed this billing period. Look the account up again to get the current invoice.</source>
        <translation>The processing center has closed this billing period. Look the account up again to get the current invoice.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center did not accept the total. Call IT support.</source>
        <translation>The processing center did not accept the total. Call IT support.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center did not accept an amount. Check the amounts.</source>
        <translation>The processing center did not accept an amount. Check the amounts.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The original receipt {receipt_no} was already printed; only a copy can be printed now.</source>
        <translation>The original receipt {receipt_no} was already printed; only a copy can be printed now.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The receipt file is missing. The payment is saved; ask the supervisor to reprint the receipt.</source>
        <translation>The receipt file is missing. The payment is saved; ask the supervisor to reprint the receipt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center has no invoice image for this account.</source>
        <translation>The processing center has no invoice image for this account.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Wrong user id or password. Type the password again; after five wrong tries the user is locked for a few minutes.</source>
        <translation>Wrong user id or password. Type the password again; after five wrong tries the user is locked for a few minutes.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Too many wrong passwords: this user is locked for a few minutes. Wait, or ask the administrator to reset the password.</source>
        <translation>Too many wrong passwords: this user is locked for a few minutes. Wait, or ask the administrator to reset the password.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This user is disabled. Ask the administrator.</source>
        <translation>This user is disabled. Ask the administrator.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no such user on this workstation. Check the user id.</source>
        <translation>There is no such user on this workstation. Check the user id.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your role does not allow this. Ask a supervisor.</source>
        <translation>Your role does not allow this. Ask a supervisor.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write why the payment is voided (at least a few words), for example: wrong account number typed.</source>
        <translation>Write why the payment is voided (at least a few words), for example: wrong account number typed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A void needs a second person: a supervisor other than you must type their own user id and password.</source>
        <translation>A void needs a second person: a supervisor other than you must type their own user id and password.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This payment is already voided. Nothing more to do.</source>
        <translation>This payment is already voided. Nothing more to do.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This payment is from an earlier business day: only payments of today can be voided. Ask the supervisor how to return the money.</source>
        <translation>This payment is from an earlier business day: only payments of today can be voided. Ask the supervisor how to return the money.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The processing center refused this payment, so it is not voided here: a supervisor resolves it in the payment queue (F6).</source>
        <translation>The processing center refused this payment, so it is not voided here: a supervisor resolves it in the payment queue (F6).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The void slip of {receipt_no} was already printed; only a copy can be printed now.</source>
        <translation>The void slip of {receipt_no} was already printed; only a copy can be printed now.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The void slip file is missing. The void stands: print a copy and tell IT support.</source>
        <translation>The void slip file is missing. The void stands: print a copy and tell IT support.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The archived void slip was changed after it was written. The void stands: print a copy and tell IT support.</source>
        <translation>The archived void slip was changed after it was written. The void stands: print a copy and tell IT support.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too many copies of this void slip. Call IT support.</source>
        <translation>Too many copies of this void slip. Call IT support.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The void stands, but its slip could not be saved: {detail}. Tell IT support, then print the slip again.</source>
        <translation>The void stands, but its slip could not be saved: {detail}. Tell IT support, then print the slip again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No cash session is open on this workstation. Count the drawer and open a session with that float first.</source>
        <translation>No cash session is open on this workstation. Count the drawer and open a session with that float first.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The open cash session belongs to another teller: they or a supervisor must close it with a cash count first.</source>
        <translation>The open cash session belongs to another teller: they or a supervisor must close it with a cash count first.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A cash session is already open on this workstation (by {user_id}). Close it with a cash count first.</source>
        <translation>A cash session is already open on this workstation (by {user_id}). Close it with a cash count first.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The cash session was opened for {business_date}. Close it with a cash count and open one for today.</source>
        <translation>The cash session was opened for {business_date}. Close it with a cash count and open one for today.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This cash session no longer exists. Close the window and open it again.</source>
        <translation>This cash session no longer exists. Close the window and open it again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The drawer does not hold that much cash by the records. Type a smaller amount (at most the expected cash).</source>
        <translation>The drawer does not hold that much cash by the records. Type a smaller amount (at most the expected cash).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type an amount greater than zero.</source>
        <translation>Type an amount greater than zero.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The workstation is not set up correctly: {message}</source>
        <translation>The workstation is not set up correctly: {message}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unexpected error: {error}. The data already saved is safe; if this repeats, call IT support.</source>
        <translation>Unexpected error: {error}. The data already saved is safe; if this repeats, call IT support.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Check the input</source>
        <translation>Check the input</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Workstation setup</source>
        <translation>Workstation setup</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Processing center</source>
        <translation>Processing center</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/messages_more.py" line="+16" />
        <source>The business day {business_date} is already closed. Its reports are kept; nothing more to do.</source>
        <translation>The business day {business_date} is already closed. Its reports are kept; nothing more to do.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The business day {business_date} has not begun: only the current or an earlier business day can be closed.</source>
        <translation>The business day {business_date} has not begun: only the current or an earlier business day can be closed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The business day {business_date} is still open: close it with a cash count (F12) before opening the next one.</source>
        <translation>The business day {business_date} is still open: close it with a cash count (F12) before opening the next one.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The next business day must come after {business_date}.</source>
        <translation>The next business day must come after {business_date}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A business day can be opened at most one day ahead (until {latest}): the processing center refuses payments dated further ahead.</source>
        <translation>A business day can be opened at most one day ahead (until {latest}): the processing center refuses payments dated further ahead.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Some payments or voids of the day have not reached the processing center yet. Send them first (the queue, F6), or ask IT to restore the connection.</source>
        <translation>Some payments or voids of the day have not reached the processing center yet. Send them first (the queue, F6), or ask IT to restore the connection.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The processing center refused payments of the day and nobody has resolved them yet: a supervisor resolves them in the queue (F6).</source>
        <translation>The processing center refused payments of the day and nobody has resolved them yet: a supervisor resolves them in the queue (F6).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Some payments of the day have no receipt: it could not be made (is the disk full?). Ask IT to free disk space, then try again.</source>
        <translation>Some payments of the day have no receipt: it could not be made (is the disk full?). Ask IT to free disk space, then try again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Payments of the day changed while the close was being prepared. Check the figures and close again.</source>
        <translation>Payments of the day changed while the close was being prepared. Check the figures and close again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center's register could not be fetched, so the day cannot be closed yet. Check the connection and try again.</source>
        <translation>The processing center's register could not be fetched, so the day cannot be closed yet. Check the connection and try again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The processing center's register differs from this workstation. Resolve the differences, or explain them in the note to close anyway.</source>
        <translation>The processing center's register differs from this workstation. Resolve the differences, or explain them in the note to close anyway.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The day's reports cannot be saved: too many files with the same name. Call IT support.</source>
        <translation>The day's reports cannot be saved: too many files with the same name. Call IT support.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not a date: write it as YYYY-MM-DD, for example 2026-11-22.</source>
        <translation>Not a date: write it as YYYY-MM-DD, for example 2026-11-22.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A count is a whole number of pieces, for example 12.</source>
        <translation>A count is a whole number of pieces, for example 12.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A count cannot be negative.</source>
        <translation>A count cannot be negative.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That is more pieces than a drawer holds. Check the count.</source>
        <translation>That is more pieces than a drawer holds. Check the count.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This note or coin is counted twice: give each one once.</source>
        <translation>This note or coin is counted twice: give each one once.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{denomination} is not a tenge note or coin. Notes: 20000 10000 5000 2000 1000 500 200n; coins: 200c 100 50 20 10 5 2 1.</source>
        <translation>{denomination} is not a tenge note or coin. Notes: 20000 10000 5000 2000 1000 500 200n; coins: 200c 100 50 20 10 5 2 1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{value} tenge is both a note and a coin: write {value}n for notes or {value}c for coins.</source>
        <translation>{value} tenge is both a note and a coin: write {value}n for notes or {value}c for coins.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The notes and coins counted add up to {pieces}, not {counted}: check the count.</source>
        <translation>The notes and coins counted add up to {pieces}, not {counted}: check the count.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The drawer would hold {cash}, above the bank's limit of {limit}: no more cash is taken until a handover. Hand cash over to the vault first (F11), at least {at_least}.</source>
        <translation>The drawer would hold {cash}, above the bank's limit of {limit}: no more cash is taken until a handover. Hand cash over to the vault first (F11), at least {at_least}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The count differs from the expected cash by {difference}, more than {limit}: a supervisor other than the session's teller approves the close with their user id and password.</source>
        <translation>The count differs from the expected cash by {difference}, more than {limit}: a supervisor other than the session's teller approves the close with their user id and password.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A close with this difference needs a second person: a supervisor other than the session's teller approves it with their own password.</source>
        <translation>A close with this difference needs a second person: a supervisor other than the session's teller approves it with their own password.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{service}: {amount} is more than {ratio} times the amount due ({due}). Check the amount; if it is right, confirm it.</source>
        <translation>{service}: {amount} is more than {ratio} times the amount due ({due}). Check the amount; if it is right, confirm it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The amount of {service} is given twice: give each service once.</source>
        <translation>The amount of {service} is given twice: give each service once.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reading of {service} is given twice: give each service once.</source>
        <translation>The reading of {service} is given twice: give each service once.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Wrong user id or password. {left} more wrong tries at this desk pause this supervisor's approvals here for a few minutes.</source>
        <translation>Wrong user id or password. {left} more wrong tries at this desk pause this supervisor's approvals here for a few minutes.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too many wrong passwords for {user_id} at this desk: approvals by {user_id} are paused here for {minutes} min. {user_id} can still sign in, and another supervisor can approve meanwhile.</source>
        <translation>Too many wrong passwords for {user_id} at this desk: approvals by {user_id} are paused here for {minutes} min. {user_id} can still sign in, and another supervisor can approve meanwhile.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{supervisor_id} took this payment and cannot also approve its void: another supervisor must approve it.</source>
        <translation>{supervisor_id} took this payment and cannot also approve its void: another supervisor must approve it.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reason is too short: write at least {min} characters that say why, for example: wrong account typed.</source>
        <translation>The reason is too short: write at least {min} characters that say why, for example: wrong account typed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reason must be plain text on one line, at most {max} characters.</source>
        <translation>The reason must be plain text on one line, at most {max} characters.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receipt {receipt_no} is not voided, so it has no void slip.</source>
        <translation>Receipt {receipt_no} is not voided, so it has no void slip.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no record of this void on this workstation.</source>
        <translation>There is no record of this void on this workstation.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The processing center refused the payment itself, so there is nothing to cancel there.</source>
        <translation>The processing center refused the payment itself, so there is nothing to cancel there.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The first user of a workstation must be an administrator.</source>
        <translation>The first user of a workstation must be an administrator.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A user id is 2 to 40 lowercase letters, digits, dots, dashes or underscores, for example t.sadykova.</source>
        <translation>A user id is 2 to 40 lowercase letters, digits, dots, dashes or underscores, for example t.sadykova.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A role is teller, supervisor or admin.</source>
        <translation>A role is teller, supervisor or admin.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This computer's clock is behind: it says {today}, but the business day {business_date} has already begun here. Ask IT to set the clock; nothing can be dated until then.</source>
        <translation>This computer's clock is behind: it says {today}, but the business day {business_date} has already begun here. Ask IT to set the clock; nothing can be dated until then.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type the person's name.</source>
        <translation>Type the person's name.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A name is plain text on one line, at most 200 characters.</source>
        <translation>A name is plain text on one line, at most 200 characters.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This user already exists. Choose another user id.</source>
        <translation>This user already exists. Choose another user id.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A password needs at least {min} characters.</source>
        <translation>A password needs at least {min} characters.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A password cannot start or end with a space.</source>
        <translation>A password cannot start or end with a space.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No password was given: type it at the prompt.</source>
        <translation>No password was given: type it at the prompt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An administrator cannot disable their own account.</source>
        <translation>An administrator cannot disable their own account.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An administrator cannot change their own role.</source>
        <translation>An administrator cannot change their own role.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The workstation's disk is full, so this was not saved and nothing changed. Do not take cash for it. Ask IT to free disk space, then try again.</source>
        <translation>The workstation's disk is full, so this was not saved and nothing changed. Do not take cash for it. Ask IT to free disk space, then try again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The workstation's database could not be written (a disk error). Nothing was saved. Ask IT to check the disk.</source>
        <translation>The workstation's database could not be written (a disk error). Nothing was saved. Ask IT to check the disk.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The receipt could not be made now; it is made as soon as it can be.</source>
        <translation>The receipt could not be made now; it is made as soon as it can be.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The archived receipt was changed after it was written. The payment is saved: print a copy and tell IT support.</source>
        <translation>The archived receipt was changed after it was written. The payment is saved: print a copy and tell IT support.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too many copies of this receipt. Call IT support.</source>
        <translation>Too many copies of this receipt. Call IT support.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The receipt's verification code cannot be made for this payment. The payment is saved; call IT support.</source>
        <translation>The receipt's verification code cannot be made for this payment. The payment is saved; call IT support.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The receipt verification key is damaged. Receipts print without a verification code until IT replaces it.</source>
        <translation>The receipt verification key is damaged. Receipts print without a verification code until IT replaces it.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The receipt verification key cannot be kept on this computer (no desktop keyring). Receipts print without a verification code; ask IT to enable the keyring.</source>
        <translation>The receipt verification key cannot be kept on this computer (no desktop keyring). Receipts print without a verification code; ask IT to enable the keyring.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The keyring refused the receipt verification key. Receipts print without a verification code; call IT support.</source>
        <translation>The keyring refused the receipt verification key. Receipts print without a verification code; call IT support.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+2" />
        <source>The setting {key} in {file} is wrong: it must be {expected}, like {example}; it is {got}. Ask IT to fix it.</source>
        <translation>The setting {key} in {file} is wrong: it must be {expected}, like {example}; it is {got}. Ask IT to fix it.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The setting {key} in {file} is a bare number; amounts are written as text with two decimals, for example "{as_tiyn}". Ask IT to fix it.</source>
        <translation>The setting {key} in {file} is a bare number; amounts are written as text with two decimals, for example "{as_tiyn}". Ask IT to fix it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The setting {key} in {file} is not known to this version. Ask IT to remove or correct it.</source>
        <translation>The setting {key} in {file} is not known to this version. Ask IT to remove or correct it.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The setting {key} in {file} does not fit with {other}. Ask IT to fix it.</source>
        <translation>The setting {key} in {file} does not fit with {other}. Ask IT to fix it.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The workstation's settings file cannot be read. Ask IT to fix or replace config.toml.</source>
        <translation>The workstation's settings file cannot be read. Ask IT to fix or replace config.toml.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The workstation's settings file is not UTF-8 text. Ask IT to save config.toml as UTF-8.</source>
        <translation>The workstation's settings file is not UTF-8 text. Ask IT to save config.toml as UTF-8.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No token was given. Paste the processing center's token for this workstation.</source>
        <translation>No token was given. Paste the processing center's token for this workstation.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>That is not a processing center token: a token is one word with no spaces.</source>
        <translation>That is not a processing center token: a token is one word with no spaces.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The token file can be read by other users, so it is not used. Ask IT to make it readable by this user only (mode 0600).</source>
        <translation>The token file can be read by other users, so it is not used. Ask IT to make it readable by this user only (mode 0600).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The token file cannot be read. Ask IT to check token_file in config.toml.</source>
        <translation>The token file cannot be read. Ask IT to check token_file in config.toml.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The token file cannot be changed. Ask IT to check its folder and permissions.</source>
        <translation>The token file cannot be changed. Ask IT to check its folder and permissions.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A page holds 1 to 5000 accounts.</source>
        <translation>A page holds 1 to 5000 accounts.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The bank's back office cannot be reached. The desk goes on working; its journal is sent when the connection is back.</source>
        <translation>The bank's back office cannot be reached. The desk goes on working; its journal is sent when the connection is back.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The back office refused this workstation's credentials. Call IT support: the back office token must be renewed.</source>
        <translation>The back office refused this workstation's credentials. Call IT support: the back office token must be renewed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The back office sent an answer this program does not understand. Try again; if it repeats, call IT support.</source>
        <translation>The back office sent an answer this program does not understand. Try again; if it repeats, call IT support.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No back office is set up for this workstation. Ask IT to set backoffice_url in config.toml.</source>
        <translation>No back office is set up for this workstation. Ask IT to set backoffice_url in config.toml.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another program is already sending this desk's journal to the back office. Wait until it has finished.</source>
        <translation>Another program is already sending this desk's journal to the back office. Wait until it has finished.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no back office alarm to acknowledge.</source>
        <translation>There is no back office alarm to acknowledge.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The branch's day cannot be closed yet: these desks have not closed their own day: {desks}. Close each (F12 there), wait until its journal reaches the back office (a minute), then try again.</source>
        <translation>The branch's day cannot be closed yet: these desks have not closed their own day: {desks}. Close each (F12 there), wait until its journal reaches the back office (a minute), then try again.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The branch's day is closed already, and the back office cannot give its figures back: ask the bank's IT for the branch register.</source>
        <translation>The branch's day is closed already, and the back office cannot give its figures back: ask the bank's IT for the branch register.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The back office recorded another vault count than the one sent. Do not count again: call the bank's IT.</source>
        <translation>The back office recorded another vault count than the one sent. Do not count again: call the bank's IT.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This desk's users are managed at the bank's back office: ask the bank's IT to add or change the user there. The desk takes the change within a minute.</source>
        <translation>This desk's users are managed at the bank's back office: ask the bank's IT to add or change the user there. The desk takes the change within a minute.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type the customer's e-mail address, e.g. aigerim@mail.kz.</source>
        <translation>Type the customer's e-mail address, e.g. aigerim@mail.kz.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An e-mail address has at most {limit} characters.</source>
        <translation>An e-mail address has at most {limit} characters.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An e-mail address has one @ between the name and the domain, e.g. aigerim@mail.kz.</source>
        <translation>An e-mail address has one @ between the name and the domain, e.g. aigerim@mail.kz.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The part before @ has Cyrillic letters: switch the keyboard to Latin and type it again.</source>
        <translation>The part before @ has Cyrillic letters: switch the keyboard to Latin and type it again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The part before @ may hold Latin letters, digits and . _ - + only, with no space, no dot at its start or end and no two dots in a row.</source>
        <translation>The part before @ may hold Latin letters, digits and . _ - + only, with no space, no dot at its start or end and no two dots in a row.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The part after @ is not a mail domain: it looks like mail.kz or почта.қаз, with no spaces or commas.</source>
        <translation>The part after @ is not a mail domain: it looks like mail.kz or почта.қаз, with no spaces or commas.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>E-mailed receipts are not set up at this workstation. Ask IT to set the mail server (smtp_host, smtp_sender) in the settings.</source>
        <translation>E-mailed receipts are not set up at this workstation. Ask IT to set the mail server (smtp_host, smtp_sender) in the settings.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The payment {receipt_no} was voided: its receipt is not e-mailed.</source>
        <translation>The payment {receipt_no} was voided: its receipt is not e-mailed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another program is already sending this desk's e-mailed receipts; it will send them.</source>
        <translation>Another program is already sending this desk's e-mailed receipts; it will send them.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The mail server did not take the e-mail now ({reason}). It waits and is sent again by itself.</source>
        <translation>The mail server did not take the e-mail now ({reason}). It waits and is sent again by itself.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The e-mail cannot be sent as the desk is set up ({reason}). It waits; ask IT to check the mail server settings.</source>
        <translation>The e-mail cannot be sent as the desk is set up ({reason}). It waits; ask IT to check the mail server settings.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The mail server refused the e-mail for good: {reason}. Check the address with the customer and send the receipt again.</source>
        <translation>The mail server refused the e-mail for good: {reason}. Check the address with the customer and send the receipt again.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The receipt printer is out of paper. The payment is saved: put in a new roll, then press Reprint (Ctrl+P).</source>
        <translation>The receipt printer is out of paper. The payment is saved: put in a new roll, then press Reprint (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The receipt printer's cover is open. The payment is saved: close it, then press Reprint (Ctrl+P).</source>
        <translation>The receipt printer's cover is open. The payment is saved: close it, then press Reprint (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paper is jammed in the receipt printer. The payment is saved: clear it, then press Reprint (Ctrl+P).</source>
        <translation>Paper is jammed in the receipt printer. The payment is saved: clear it, then press Reprint (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The receipt printer is offline: check that it is switched on and connected. The payment is saved: press Reprint (Ctrl+P) once it is back.</source>
        <translation>The receipt printer is offline: check that it is switched on and connected. The payment is saved: press Reprint (Ctrl+P) once it is back.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The receipt printer is paused in the printing service. The payment is saved: ask IT to resume it, then press Reprint (Ctrl+P) if the receipt did not come out by itself.</source>
        <translation>The receipt printer is paused in the printing service. The payment is saved: ask IT to resume it, then press Reprint (Ctrl+P) if the receipt did not come out by itself.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The receipt has waited at the printer too long and has not come out: check that the printer is on, has paper and is connected.</source>
        <translation>The receipt has waited at the printer too long and has not come out: check that the printer is on, has paper and is connected.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The receipt printer does not answer: check that it is switched on and its network cable is in. The payment is saved: press Reprint (Ctrl+P) once it is back.</source>
        <translation>The receipt printer does not answer: check that it is switched on and its network cable is in. The payment is saved: press Reprint (Ctrl+P) once it is back.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The connection to the receipt printer broke while printing. The payment is saved: check the printer, then press Reprint (Ctrl+P).</source>
        <translation>The connection to the receipt printer broke while printing. The payment is saved: check the printer, then press Reprint (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer cannot prepare receipts for the roll printer (a program is missing). The payment is saved: call IT support.</source>
        <translation>This computer cannot prepare receipts for the roll printer (a program is missing). The payment is saved: call IT support.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The cash drawer did not open ({detail}). Open it with its key.</source>
        <translation>The cash drawer did not open ({detail}). Open it with its key.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The cash drawer did not answer in time. Open it with its key.</source>
        <translation>The cash drawer did not answer in time. Open it with its key.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../ui/desk/banner.py" line="+29" />
        <source>The branch IT person lifts this by restoring the connection (the waiting payments are then sent), or by changing the offline limit in the settings.</source>
        <translation>The branch IT person lifts this by restoring the connection (the waiting payments are then sent), or by changing the offline limit in the settings.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New payments are stopped: the payments not yet sent to the processing center exceed the offline limit of %1.</source>
        <translation>New payments are stopped: the payments not yet sent to the processing center exceed the offline limit of %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New payments are stopped: payments have not reached the processing center for over %1 h.</source>
        <translation>New payments are stopped: payments have not reached the processing center for over %1 h.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No connection to the processing center: the oldest unsent payment was accepted %1. Go on accepting payments; they are kept and sent later.</source>
        <translation>No connection to the processing center: the oldest unsent payment was accepted %1. Go on accepting payments; they are kept and sent later.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>After %1 h without a connection new payments stop: tell the branch IT person now.</source>
        <translation>After %1 h without a connection new payments stop: tell the branch IT person now.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Queue…  (F6)</source>
        <translation>Queue…  (F6)</translation>
    </message>
</context>
<context>
    <name>OpeningForm</name>
    <message>
        <location filename="../../ui/dialogs/drawer_forms.py" line="-109" />
        <source>No cash session is open on this workstation.</source>
        <translation>No cash session is open on this workstation.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Count the cash in the drawer and type it as the opening float (0 if the drawer is empty), then press Enter.</source>
        <translation>Count the cash in the drawer and type it as the opening float (0 if the drawer is empty), then press Enter.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open session  (Enter)</source>
        <translation>Open session  (Enter)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Opening float, counted</source>
        <translation>Opening float, counted</translation>
    </message>
</context>
<context>
    <name>OwedReceipts</name>
    <message>
        <location filename="../../ui/desk/owed.py" line="+39" />
        <source>Receipts that were not made before are made now: %1</source>
        <translation>Receipts that were not made before are made now: %1</translation>
    </message>
</context>
<context>
    <name>PayerDialog</name>
    <message>
        <location filename="../../ui/dialogs/payer.py" line="+31" />
        <source>ID card of Kazakhstan</source>
        <translation>ID card of Kazakhstan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passport of Kazakhstan</source>
        <translation>Passport of Kazakhstan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Foreign passport</source>
        <translation>Foreign passport</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Identify the payer</source>
        <translation>Identify the payer</translation>
    </message>
    <message>
        <location line="+10" />
        <source>12 digits from the ID card</source>
        <translation>12 digits from the ID card</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Payer's IIN</source>
        <translation>Payer's IIN</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Surname Name Patronymic, as on the document</source>
        <translation>Surname Name Patronymic, as on the document</translation>
    </message>
    <message>
        <location line="+8" />
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location line="+9" />
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Identified: take the payment</source>
        <translation>Identified: take the payment</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Identified at this desk before: check the document against these details, then Enter.</source>
        <translation>Identified at this desk before: check the document against these details, then Enter.</translation>
    </message>
</context>
<context>
    <name>PaymentCard</name>
    <message>
        <location filename="../../ui/dialogs/void_parts.py" line="+37" />
        <source>Receipt №</source>
        <translation>Receipt №</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To refund</source>
        <translation>To refund</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <location filename="../../ui/desk/payment_panel.py" line="+55" />
        <location line="+57" />
        <source>Cash received</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <location line="-39" />
        <source>Add a %1 banknote to the cash received (%2)</source>
        <translation>Add a %1 banknote to the cash received (%2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Exact  (F5)</source>
        <translation>Exact  (F5)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The cash received equals the total (F5)</source>
        <translation>The cash received equals the total (F5)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Accept payment  (F9)</source>
        <translation>Accept payment  (F9)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>F9, Ctrl+Enter, or Enter in the cash received field</source>
        <translation>F9, Ctrl+Enter, or Enter in the cash received field</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear  (Esc)</source>
        <translation>Clear  (Esc)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to the amounts due; the account stays</source>
        <translation>Back to the amounts due; the account stays</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New customer  (F2)</source>
        <translation>New customer  (F2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty the form and type the next account</source>
        <translation>Empty the form and type the next account</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Total to pay</source>
        <translation>Total to pay</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+58" />
        <source>incl. agent fee %1</source>
        <translation>incl. agent fee %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Pays everything due</source>
        <translation>Pays everything due</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Part payment: %1 less than due</source>
        <translation>Part payment: %1 less than due</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Advance: %1 more than due</source>
        <translation>Advance: %1 more than due</translation>
    </message>
    <message>
        <location line="+5" />
        <source>One payment at most %1</source>
        <translation>One payment at most %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/common/printing.py" line="+59" />
        <source>the receipt printer at %1</source>
        <translation>the receipt printer at %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the default printer</source>
        <translation>the default printer</translation>
    </message>
    <message>
        <location line="+23" />
        <source>the printer is out of paper, put in a new roll</source>
        <translation>the printer is out of paper, put in a new roll</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the printer's cover is open, close it</source>
        <translation>the printer's cover is open, close it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>paper is jammed in the printer, clear it</source>
        <translation>paper is jammed in the printer, clear it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the printer is offline, check that it is switched on and connected</source>
        <translation>the printer is offline, check that it is switched on and connected</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the printer is paused, ask IT to resume it</source>
        <translation>the printer is paused, ask IT to resume it</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the printer does not take jobs, ask IT to enable it</source>
        <translation>the printer does not take jobs, ask IT to enable it</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has waited at the printer too long; check that the printer is on, has paper and is connected, or press Reprint (Ctrl+P)</source>
        <translation>it has waited at the printer too long; check that the printer is on, has paper and is connected, or press Reprint (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the printing service of this computer is not running, ask IT to start it</source>
        <translation>the printing service of this computer is not running, ask IT to start it</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../ui/messages.py" line="-49" />
        <source>The processing center does not know this account.</source>
        <translation>The processing center does not know this account.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A service of this payment is not on the account at the processing center.</source>
        <translation>A service of this payment is not on the account at the processing center.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center did not accept an amount of this payment.</source>
        <translation>The processing center did not accept an amount of this payment.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center did not accept the payment's total.</source>
        <translation>The processing center did not accept the payment's total.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The billing period was closed at the processing center before the payment arrived.</source>
        <translation>The billing period was closed at the processing center before the payment arrived.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A meter reading is below the one the processing center already has.</source>
        <translation>A meter reading is below the one the processing center already has.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center refused the payment as malformed.</source>
        <translation>The processing center refused the payment as malformed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The processing center holds a different payment with the same number.</source>
        <translation>The processing center holds a different payment with the same number.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <location line="+2" />
        <source>The processing center refused this workstation's credentials: call IT support.</source>
        <translation>The processing center refused this workstation's credentials: call IT support.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No connection to the processing center; it is sent again automatically.</source>
        <translation>No connection to the processing center; it is sent again automatically.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The processing center's answer was not understood; it is sent again automatically.</source>
        <translation>The processing center's answer was not understood; it is sent again automatically.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The processing center said: {detail}</source>
        <translation>The processing center said: {detail}</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../../ui/dialogs/queue.py" line="+57" />
        <location line="+141" />
        <source>Payment queue</source>
        <translation>Payment queue</translation>
    </message>
    <message>
        <location line="-137" />
        <source>Reading the queue…</source>
        <translation>Reading the queue…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Receipt №</source>
        <translation>Receipt №</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Nothing waits: every payment has reached the processing center.</source>
        <translation>Nothing waits: every payment has reached the processing center.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Resolve…  (Enter)</source>
        <translation>&amp;Resolve…  (Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A supervisor records what was done about the refused payment; it leaves the list, and stays in the records</source>
        <translation>A supervisor records what was done about the refused payment; it leaves the list, and stays in the records</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Send &amp;again…</source>
        <translation>Send &amp;again…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A supervisor sends the refused payment to the processing center again, unchanged, once the cause was fixed there</source>
        <translation>A supervisor sends the refused payment to the processing center again, unchanged, once the cause was fixed there</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Retry &amp;parked</source>
        <translation>Retry &amp;parked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After IT has fixed the workstation's credentials: send the parked payments again</source>
        <translation>After IT has fixed the workstation's credentials: send the parked payments again</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Refresh offline &amp;copy</source>
        <translation>Refresh offline &amp;copy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Download the accounts changed at the processing center now</source>
        <translation>Download the accounts changed at the processing center now</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close  (Esc)</source>
        <translation>Close  (Esc)</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parked: credentials</source>
        <translation>Parked: credentials</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n parked</source>
        <translation>
            <numerusform>%n parked</numerusform>
            <numerusform>%n parked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Receipt № %1 goes to the processing center again.</source>
        <translation>Receipt № %1 goes to the processing center again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Receipt № %1 is resolved; it stays in the records.</source>
        <translation>Receipt № %1 is resolved; it stays in the records.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n parked payment(s) put back in line.</source>
        <translation>
            <numerusform>%n parked payment put back in line.</numerusform>
            <numerusform>%n parked payments put back in line.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The offline copy is being refreshed in the background.</source>
        <translation>The offline copy is being refreshed in the background.</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <location filename="../../ui/desk/receipt_panel.py" line="+68" />
        <source>✓ Payment accepted and saved</source>
        <translation>✓ Payment accepted and saved</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Open receipt</source>
        <translation>Open receipt</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+57" />
        <source>Print  (Ctrl+P)</source>
        <translation>Print  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="-55" />
        <source>Next customer  (F2 / Enter)</source>
        <translation>Next customer  (F2 / Enter)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cash received</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change to give</source>
        <translation>Change to give</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Receipt № %1</source>
        <translation>Receipt № %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Give the customer the change and the receipt.</source>
        <translation>Give the customer the change and the receipt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The payment is saved, but its receipt file could not be written. Press Print to make it again.</source>
        <translation>The payment is saved, but its receipt file could not be written. Press Print to make it again.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>The printer did not print the receipt. The payment is saved: press Reprint (Ctrl+P).</source>
        <translation>The printer did not print the receipt. The payment is saved: press Reprint (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The receipt has not come out: %1.</source>
        <translation>The receipt has not come out: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It prints once that is fixed.</source>
        <translation>It prints once that is fixed.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The cash drawer is open: give the customer the change and the receipt.</source>
        <translation>The cash drawer is open: give the customer the change and the receipt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The cash drawer did not open: open it with its key and give the customer the change.</source>
        <translation>The cash drawer did not open: open it with its key and give the customer the change.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The printer is ready again: press Reprint (Ctrl+P) to print the receipt.</source>
        <translation>The printer is ready again: press Reprint (Ctrl+P) to print the receipt.</translation>
    </message>
    <message>
        <location line="-91" />
        <location line="+53" />
        <source>Reprint  (Ctrl+P)</source>
        <translation>Reprint  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="-51" />
        <source>The copy was sent to %1 (job %2).</source>
        <translation>The copy was sent to %1 (job %2).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The receipt was sent to %1 (job %2).</source>
        <translation>The receipt was sent to %1 (job %2).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The copy is printed.</source>
        <translation>The copy is printed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The receipt is printed.</source>
        <translation>The receipt is printed.</translation>
    </message>
    <message>
        <location line="-42" />
        <source>Sending the receipt to the printer…</source>
        <translation>Sending the receipt to the printer…</translation>
    </message>
    <message>
        <location line="-16" />
        <source>No PDF viewer could be opened. The receipt is saved at %1</source>
        <translation>No PDF viewer could be opened. The receipt is saved at %1</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <location filename="../../ui/dialogs/refused.py" line="+27" />
        <source>Receipt № %1, account %2, %3</source>
        <translation>Receipt № %1, account %2, %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The same payment goes to the processing center again, unchanged: do this once the cause was fixed there.</source>
        <translation>The same payment goes to the processing center again, unchanged: do this once the cause was fixed there.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Send a refused payment again</source>
        <translation>Send a refused payment again</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Resolve a refused payment</source>
        <translation>Resolve a refused payment</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What was done about it (refund, payment taken again…):</source>
        <translation>What was done about it (refund, payment taken again…):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
</context>
<context>
    <name>ServicesTable</name>
    <message>
        <location filename="../../ui/desk/services_table.py" line="+39" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Service
and provider</source>
        <translation>Service
and provider</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Previous
reading</source>
        <translation>Previous
reading</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Current
reading</source>
        <translation>Current
reading</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Advance: the customer has paid ahead</source>
        <translation>Advance: the customer has paid ahead</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Amount to pay for %1</source>
        <translation>Amount to pay for %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Current reading for %1</source>
        <translation>Current reading for %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="+40" />
        <source>Bank on receipts</source>
        <translation>Bank on receipts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bank's BIN</source>
        <translation>Bank's BIN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Branch on receipts</source>
        <translation>Branch on receipts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Branch address</source>
        <translation>Branch address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Largest payment</source>
        <translation>Largest payment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock after idle</source>
        <translation>Lock after idle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline: warn after</source>
        <translation>Offline: warn after</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline: stop payments after</source>
        <translation>Offline: stop payments after</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline: most unsent</source>
        <translation>Offline: most unsent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm an amount over its due ×</source>
        <translation>Confirm an amount over its due ×</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent fees</source>
        <translation>Agent fees</translation>
    </message>
    <message>
        <location line="+13" />
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+3" />
        <location line="+4" />
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location line="-22" />
        <source>Identify the payer above</source>
        <translation>Identify the payer above</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supervisor approves above</source>
        <translation>Supervisor approves above</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supervisor approves a count difference above</source>
        <translation>Supervisor approves a count difference above</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Drawer: ask for a handover above</source>
        <translation>Drawer: ask for a handover above</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drawer: no more cash above</source>
        <translation>Drawer: no more cash above</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blind count</source>
        <translation>Blind count</translation>
    </message>
    <message>
        <location line="+12" />
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+77" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="-69" />
        <source>A new language is applied when the program starts again.</source>
        <translation>A new language is applied when the program starts again.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the system's default printer</source>
        <translation>the system's default printer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a printer from the list or type its CUPS name; empty: the system's default printer</source>
        <translation>Choose a printer from the list or type its CUPS name; empty: the system's default printer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Looking for printers…</source>
        <translation>Looking for printers…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print the receipt as soon as the payment is accepted</source>
        <translation>Print the receipt as soon as the payment is accepted</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A4 sheet: two copies on a page</source>
        <translation>A4 sheet: two copies on a page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>80 mm roll: a copy per cut</source>
        <translation>80 mm roll: a copy per cut</translation>
    </message>
    <message>
        <location line="+3" />
        <source>empty: the roll printer is reached through CUPS</source>
        <translation>empty: the roll printer is reached through CUPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A network ESC/POS roll printer as host:port, for example 192.168.1.50:9100</source>
        <translation>A network ESC/POS roll printer as host:port, for example 192.168.1.50:9100</translation>
    </message>
    <message>
        <location line="+3" />
        <source>empty: no drawer, or it opens from the ESC/POS printer</source>
        <translation>empty: no drawer, or it opens from the ESC/POS printer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The command that opens a cash drawer wired to a CUPS printer; IT sets it up</source>
        <translation>The command that opens a cash drawer wired to a CUPS printer; IT sets it up</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the printer</source>
        <translation>Check the printer</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receipt &amp;printer</source>
        <translation>Receipt &amp;printer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Printer &amp;kind</source>
        <translation>Printer &amp;kind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;ESC/POS printer</source>
        <translation>&amp;ESC/POS printer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cash &amp;drawer command</source>
        <translation>Cash &amp;drawer command</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Set by the bank's back office (version %1); they cannot be changed here</source>
        <translation>Set by the bank's back office (version %1); they cannot be changed here</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The bank's back office has sent no settings for this desk yet</source>
        <translation>The bank's back office has sent no settings for this desk yet</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%n printer(s) found.</source>
        <translation>
            <numerusform>%n printer found.</numerusform>
            <numerusform>%n printers found.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>System default: %1</source>
        <translation>System default: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No printer found here (CUPS). Type the printer's name or leave it empty.</source>
        <translation>No printer found here (CUPS). Type the printer's name or leave it empty.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Asking the printer…</source>
        <translation>Asking the printer…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The printer is ready.</source>
        <translation>The printer is ready.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Type the ESC/POS printer's address as host:port, for example 192.168.1.50:9100, or leave it empty.</source>
        <translation>Type the ESC/POS printer's address as host:port, for example 192.168.1.50:9100, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>SupervisorApproval</name>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="+27" />
        <source>e.g. s.omarov</source>
        <translation>e.g. s.omarov</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+16" />
        <source>Supervisor's user id</source>
        <translation>Supervisor's user id</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Supervisor's password</source>
        <translation>Supervisor's password</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The supervisor types their password here.</source>
        <translation>The supervisor types their password here.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Type the supervisor's user id, e.g. s.omarov.</source>
        <translation>Type the supervisor's user id, e.g. s.omarov.</translation>
    </message>
</context>
<context>
    <name>TakingsLine</name>
    <message>
        <location filename="../../ui/dialogs/drawer_forms.py" line="+167" />
        <source>Payments of the day: %1 in cash, %2; %3 by card on the bank's terminal, %4 (not in the drawer).</source>
        <translation>Payments of the day: %1 in cash, %2; %3 by card on the bank's terminal, %4 (not in the drawer).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Voids: %1 given back from the drawer, %2; %3 refunded to cards on the terminal, %4.</source>
        <translation>Voids: %1 given back from the drawer, %2; %3 refunded to cards on the terminal, %4.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/dialogs/void.py" line="+58" />
        <location line="+4" />
        <source>Void a payment</source>
        <translation>Void a payment</translation>
    </message>
    <message>
        <location line="+8" />
        <source>e.g. %1-00007 or just 7</source>
        <translation>e.g. %1-00007 or just 7</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Find  (Enter)</source>
        <translation>Find  (Enter)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Receipt № (for a receipt of today, its last digits are enough)</source>
        <translation>Receipt № (for a receipt of today, its last digits are enough)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>e.g. wrong account number typed; money returned to the payer</source>
        <translation>e.g. wrong account number typed; money returned to the payer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reason for the void</source>
        <translation>Reason for the void</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Supervisor approval at this desk</source>
        <translation>Supervisor approval at this desk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The supervisor types their own user id and password. The teller's own do not count: a void needs a second person.</source>
        <translation>The supervisor types their own user id and password. The teller's own do not count: a void needs a second person.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Reason for the void (required)</source>
        <translation>Reason for the void (required)</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+187" />
        <source>Print the slip</source>
        <translation>Print the slip</translation>
    </message>
    <message>
        <location line="-184" />
        <location line="+217" />
        <source>Void payment  (Enter)</source>
        <translation>Void payment  (Enter)</translation>
    </message>
    <message>
        <location line="-215" />
        <source>Enter in the password field does the same</source>
        <translation>Enter in the password field does the same</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel  (Esc)</source>
        <translation>Cancel  (Esc)</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Type the receipt number printed on the receipt.</source>
        <translation>Type the receipt number printed on the receipt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Looking for the receipt…</source>
        <translation>Looking for the receipt…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No receipt %1 on this workstation. Check the number on the receipt.</source>
        <translation>No receipt %1 on this workstation. Check the number on the receipt.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Checking the supervisor's password…</source>
        <translation>Checking the supervisor's password…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is not a supervisor: only a supervisor can approve a void.</source>
        <translation>%1 is not a supervisor: only a supervisor can approve a void.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Close  (Esc)</source>
        <translation>Close  (Esc)</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+46" />
        <source>Printing the void slip…</source>
        <translation>Printing the void slip…</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Print a copy of the slip</source>
        <translation>Print a copy of the slip</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>VoidDone</name>
    <message>
        <location filename="../../ui/dialogs/void_parts.py" line="+39" />
        <source>Payment voided</source>
        <translation>Payment voided</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The cancellation goes to the processing center by itself; while the center cannot be reached it waits in the queue (F6) and is sent later.</source>
        <translation>The cancellation goes to the processing center by itself; while the center cannot be reached it waits in the queue (F6) and is sent later.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Receipt № %1 is voided. Give the payer back %2 from the drawer.</source>
        <translation>Receipt № %1 is voided. Give the payer back %2 from the drawer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receipt № %1 is voided.</source>
        <translation>Receipt № %1 is voided.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refund %1 to the card on the bank's terminal (RRN %2): it never was in the drawer.</source>
        <translation>Refund %1 to the card on the bank's terminal (RRN %2): it never was in the drawer.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Writing the void slip…</source>
        <translation>Writing the void slip…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Void slip: %1</source>
        <translation>Void slip: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The slip went to the printer: the payer signs the bank's copy.</source>
        <translation>The slip went to the printer: the payer signs the bank's copy.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automatic printing is off: press “Print the slip” to print it.</source>
        <translation>Automatic printing is off: press “Print the slip” to print it.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The void is saved, but the slip did not print (%1). Check the printer, then press “Print the slip”.</source>
        <translation>The void is saved, but the slip did not print (%1). Check the printer, then press “Print the slip”.</translation>
    </message>
</context>
</TS>
