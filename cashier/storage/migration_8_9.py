"""Migration steps 8 and 9: the bank's controls at the desk (issue 13), and several
accounts in one payment, card tender and e-mailed receipts (issue 14). Registered in
cashier/storage/migrations.py; never edited once released."""

from __future__ import annotations

import sqlite3


def bank_controls(conn: sqlite3.Connection) -> None:
    for sql in _V8:
        conn.execute(sql)


_V8 = [
    # Payers identified at this desk (cashier/controls/payers.py), by IIN: a returning payer is
    # one field. Personal data: never sent to the SPC, never in a log line.
    """CREATE TABLE payers (
        iin TEXT PRIMARY KEY CHECK (length(iin) = 12),
        full_name TEXT NOT NULL,
        doc_type TEXT NOT NULL,
        doc_number TEXT NOT NULL,
        doc_issued TEXT NOT NULL,
        first_seen_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
    )""",
    # The payer as identified for this payment (a copy: the registry may change later), who
    # approved it when its amount needed a supervisor, and the AML flags it raised.
    "ALTER TABLE payments ADD COLUMN payer_iin TEXT",
    "ALTER TABLE payments ADD COLUMN payer TEXT",
    "ALTER TABLE payments ADD COLUMN approved_by TEXT",
    "ALTER TABLE payments ADD COLUMN aml_flags TEXT",
    "CREATE INDEX payments_by_payer ON payments(payer_iin, business_date) "
    "WHERE payer_iin IS NOT NULL",
    "CREATE INDEX payments_by_account_day ON payments(account, business_date)",
    # What the compliance unit reads beside the payments: screening hits (no payment exists
    # for them: a hit blocks it).
    """CREATE TABLE aml_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        business_date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('screening_hit')),
        actor TEXT NOT NULL,
        iin TEXT,
        full_name TEXT NOT NULL,
        account TEXT,
        amount INTEGER,
        details TEXT NOT NULL
    )""",
    "CREATE INDEX aml_events_by_day ON aml_events(business_date, id)",
    # Every count of a drawer (a session's close) or of the day's cash (the day's close), in
    # order: a blind count and each recount after it are kept as such.
    """CREATE TABLE cash_counts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        scope TEXT NOT NULL CHECK (scope IN ('session', 'day')),
        scope_id TEXT NOT NULL,
        attempt INTEGER NOT NULL CHECK (attempt >= 1),
        counted INTEGER NOT NULL,
        expected INTEGER NOT NULL,
        blind INTEGER NOT NULL CHECK (blind IN (0, 1)),
        counts TEXT NOT NULL,
        counted_at TEXT NOT NULL,
        counted_by TEXT NOT NULL,
        UNIQUE (scope, scope_id, attempt)
    )""",
]


def baskets_cards_and_mail(conn: sqlite3.Connection) -> None:
    for sql in _V9:
        conn.execute(sql)


_V9 = [
    # Several accounts paid at once (one customer, one tender): each its own payment, the
    # basket ties them together for the receipt and the tender.
    "ALTER TABLE payments ADD COLUMN basket_id TEXT",
    "CREATE INDEX payments_by_basket ON payments(basket_id) WHERE basket_id IS NOT NULL",
    # The part paid by card at the bank's standalone terminal, with what the terminal
    # printed: never in the drawer. Older rows were all cash.
    "ALTER TABLE payments ADD COLUMN card_amount INTEGER NOT NULL DEFAULT 0 "
    "CHECK (card_amount >= 0)",
    "ALTER TABLE payments ADD COLUMN card_auth TEXT",
    "ALTER TABLE payments ADD COLUMN card_rrn TEXT",
    # The customer's address for an e-mailed receipt: kept with the payment only.
    "ALTER TABLE payments ADD COLUMN email TEXT",
    # E-mailed receipts wait here until the mail server took them (a durable queue of its
    # own: a mail server down never delays, nor loses, a payment or its e-mail).
    """CREATE TABLE mail_outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        payment_id TEXT NOT NULL REFERENCES payments(payment_id),
        address TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('waiting', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        message_id TEXT
    )""",
    "CREATE INDEX mail_outbox_due ON mail_outbox(state, next_attempt_at)",
]
