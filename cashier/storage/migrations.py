"""Numbered schema steps. `PRAGMA user_version` records the last one applied.

A step is never edited once released: old databases in branches must upgrade
through exactly the steps they have not seen. Add a new numbered step instead,
and a test in tests/unit/test_migrations.py that upgrades an old file.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

from cashier.storage.migration_7 import documents_in_one_archive
from cashier.storage.migration_8_9 import bank_controls, baskets_cards_and_mail

Step = Callable[[sqlite3.Connection], None]
_STEPS: dict[int, Step] = {}
_REBUILDS: set[int] = set()


def step(number: int, *, rebuilds: bool = False) -> Callable[[Step], Step]:
    """rebuilds=True: the step rebuilds a table that others reference, SQLite's documented
    way (a new table, the rows copied, the old one dropped, the new one renamed in its
    place), which needs foreign key enforcement off; the keys are checked as a whole before
    its COMMIT instead."""
    def register(fn: Step) -> Step:
        if number in _STEPS:
            raise RuntimeError(f"migration {number} registered twice")
        _STEPS[number] = fn
        if rebuilds:
            _REBUILDS.add(number)
        return fn
    return register


def latest() -> int:
    return max(_STEPS)


def current(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def upgrade(conn: sqlite3.Connection, target: int | None = None) -> int:
    """Apply every step above the file's version, each in its own transaction."""
    target = latest() if target is None else target
    version = current(conn)
    if version > latest():
        raise RuntimeError(
            f"this database is from a newer program (schema {version}, this program knows "
            f"{latest()}); install the newer program or restore a matching backup")
    for number in range(version + 1, target + 1):
        enforced = conn.execute("PRAGMA foreign_keys").fetchone()[0]
        if number in _REBUILDS:
            conn.execute("PRAGMA foreign_keys=OFF")  # a no-op inside a transaction: before BEGIN
        try:
            _apply(conn, number)
        finally:
            conn.execute(f"PRAGMA foreign_keys={'ON' if enforced else 'OFF'}")
    return current(conn)


def _apply(conn: sqlite3.Connection, number: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    if current(conn) >= number:  # another process applied it while we waited for the lock
        conn.execute("COMMIT")
        return
    try:
        _STEPS[number](conn)
        broken = conn.execute("PRAGMA foreign_key_check").fetchall() if number in _REBUILDS else []
        if broken:
            raise RuntimeError(f"migration {number} would break foreign keys: "
                               f"{[tuple(r) for r in broken[:10]]}")
        conn.execute(f"PRAGMA user_version = {number}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@step(1)
def _initial(conn: sqlite3.Connection) -> None:
    # executescript() would COMMIT behind our back; run the statements one by one.
    for sql in _V1:
        conn.execute(sql)


_V1 = [
    """CREATE TABLE state (
        key TEXT PRIMARY KEY,
        value TEXT
    )""",
    """CREATE TABLE business_days (
        business_date TEXT PRIMARY KEY,
        state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
        opened_at TEXT NOT NULL,
        closed_at TEXT
    )""",
    # One row per workstation and day; bumped inside the payment's transaction,
    # which is what makes receipt numbers gapless.
    """CREATE TABLE receipt_counters (
        workstation_id TEXT NOT NULL,
        business_date TEXT NOT NULL,
        last_seq INTEGER NOT NULL,
        PRIMARY KEY (workstation_id, business_date)
    )""",
    """CREATE TABLE payments (
        payment_id TEXT PRIMARY KEY,
        receipt_no TEXT NOT NULL UNIQUE,
        seq INTEGER NOT NULL,
        workstation_id TEXT NOT NULL,
        teller_id TEXT NOT NULL,
        business_date TEXT NOT NULL,
        accepted_at TEXT NOT NULL,
        account TEXT NOT NULL,
        holder TEXT NOT NULL,
        address TEXT NOT NULL,
        period TEXT NOT NULL,
        currency TEXT NOT NULL,
        fee INTEGER NOT NULL,
        total INTEGER NOT NULL CHECK (total > 0),
        tendered INTEGER NOT NULL,
        change_given INTEGER NOT NULL CHECK (change_given >= 0),
        status TEXT NOT NULL DEFAULT 'accepted',
        body TEXT NOT NULL,
        receipt_pdf TEXT,
        UNIQUE (workstation_id, business_date, seq)
    )""",
    "CREATE INDEX payments_by_day ON payments(business_date, workstation_id)",
    """CREATE TABLE payment_lines (
        payment_id TEXT NOT NULL REFERENCES payments(payment_id),
        line_no INTEGER NOT NULL,
        service_code TEXT NOT NULL,
        service_name TEXT NOT NULL,
        provider_id TEXT NOT NULL,
        provider_name TEXT NOT NULL,
        amount INTEGER NOT NULL CHECK (amount > 0),
        reading INTEGER,
        previous_reading INTEGER,
        unit TEXT,
        PRIMARY KEY (payment_id, line_no),
        UNIQUE (payment_id, service_code)
    )""",
    # What must reach the SPC. `body` is frozen at acceptance: the same bytes
    # go out on every retry, forever (protocol client rule 1).
    """CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL DEFAULT 'payment',
        payment_id TEXT NOT NULL REFERENCES payments(payment_id),
        body TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('waiting', 'sending', 'accepted', 'rejected', 'attention')),
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        next_attempt_at TEXT NOT NULL,
        last_attempt_at TEXT,
        last_http_status INTEGER,
        last_error_code TEXT,
        last_error_message TEXT,
        spc_txn_id TEXT,
        registered_at TEXT,
        replayed INTEGER,
        resolved_by TEXT,
        resolved_at TEXT,
        UNIQUE (kind, payment_id)
    )""",
    "CREATE INDEX outbox_due ON outbox(state, next_attempt_at)",
    # Hash-chained: each row's hash covers the previous row's hash.
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
    # Last known account bodies: the offline cache and the source of the
    # previous readings a payment was checked against.
    """CREATE TABLE accounts_cache (
        account TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        address_lower TEXT NOT NULL,
        period TEXT NOT NULL,
        fetched_at TEXT NOT NULL
    )""",
    """CREATE TABLE invoice_cache (
        account TEXT PRIMARY KEY,
        etag TEXT,
        pdf BLOB NOT NULL,
        fetched_at TEXT NOT NULL
    )""",
]


@step(2)
def _receipt_archive_and_prints(conn: sqlite3.Connection) -> None:
    for sql in _V2:
        conn.execute(sql)


_V2 = [
    # Every receipt PDF written, original (copy_no 0) and each reprint (1, 2, ...),
    # with its sha256: the archive under <data>/receipts never overwrites a file.
    """CREATE TABLE receipt_archive (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        payment_id TEXT NOT NULL REFERENCES payments(payment_id),
        copy_no INTEGER NOT NULL CHECK (copy_no >= 0),
        path TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        qr_payload TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (payment_id, copy_no)
    )""",
    # Every attempt to print a receipt and how it ended as far as CUPS says.
    """CREATE TABLE receipt_prints (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        payment_id TEXT NOT NULL REFERENCES payments(payment_id),
        archive_id INTEGER REFERENCES receipt_archive(id),
        copy INTEGER NOT NULL CHECK (copy IN (0, 1)),
        printer TEXT NOT NULL,
        job_id TEXT,
        state TEXT NOT NULL CHECK (state IN ('queued', 'printed', 'failed')),
        error_code TEXT,
        error TEXT,
        requested_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX receipt_prints_by_payment ON receipt_prints(payment_id, id)",
    "CREATE INDEX receipt_prints_by_state ON receipt_prints(state)",
]


@step(3)
def _users_and_cash_drawer(conn: sqlite3.Connection) -> None:
    for sql in _V3:
        conn.execute(sql)


_V3 = [
    """CREATE TABLE users (
        user_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('teller', 'supervisor', 'admin')),
        password_hash TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0,
        failures INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE teller_sessions (
        session_id TEXT PRIMARY KEY,
        workstation_id TEXT NOT NULL,
        user_id TEXT NOT NULL REFERENCES users(user_id),
        business_date TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
        opened_at TEXT NOT NULL,
        opening_float INTEGER NOT NULL CHECK (opening_float >= 0),
        closed_at TEXT,
        counted INTEGER,
        expected INTEGER,
        difference INTEGER,
        note TEXT
    )""",
    # Two processes cannot both open a session: the index refuses the second.
    "CREATE UNIQUE INDEX one_open_session ON teller_sessions(workstation_id) WHERE state = 'open'",
    """CREATE TABLE cash_movements (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL REFERENCES teller_sessions(session_id),
        kind TEXT NOT NULL CHECK (kind IN ('float', 'payment', 'change', 'handover', 'void_refund')),
        amount INTEGER NOT NULL,
        payment_id TEXT REFERENCES payments(payment_id),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX cash_movements_by_session ON cash_movements(session_id, id)",
]


@step(4)
def _day_close(conn: sqlite3.Connection) -> None:
    for sql in _V4:
        conn.execute(sql)


_V4 = [
    # One row per closed day and workstation (cashier/dayclose.py): who closed it and when
    # (business_days keeps its state and closed_at; it gets no new column, so code that
    # inserts its four columns positionally keeps working), the cash count against the
    # expected cash, the reconciliation with the SPC's register, the audit chain's hash the
    # Z-report names.
    """CREATE TABLE day_closes (
        business_date TEXT NOT NULL,
        workstation_id TEXT NOT NULL,
        closed_at TEXT NOT NULL,
        closed_by TEXT NOT NULL REFERENCES users(user_id),
        session_ids TEXT NOT NULL,
        expected INTEGER NOT NULL,
        counted INTEGER NOT NULL,
        difference INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        reconciliation TEXT NOT NULL,
        differences_note TEXT NOT NULL DEFAULT '',
        audit_hash TEXT NOT NULL,
        PRIMARY KEY (business_date, workstation_id)
    )""",
    # The count by denomination: kind 'note' or 'coin', value in whole tenge.
    """CREATE TABLE day_cash_counts (
        business_date TEXT NOT NULL,
        workstation_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('note', 'coin')),
        value INTEGER NOT NULL CHECK (value > 0),
        count INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (business_date, workstation_id, kind, value),
        FOREIGN KEY (business_date, workstation_id) REFERENCES day_closes(business_date, workstation_id)
    )""",
    # The day's register (PDF, CSV) and Z-report, written once under <data>/reports.
    """CREATE TABLE day_reports (
        business_date TEXT NOT NULL,
        workstation_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('register_pdf', 'register_csv', 'z_report')),
        path TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (business_date, workstation_id, kind),
        FOREIGN KEY (business_date, workstation_id) REFERENCES day_closes(business_date, workstation_id)
    )""",
]


@step(5)
def _document_archive_and_prints(conn: sqlite3.Connection) -> None:
    for sql in _V5:
        conn.execute(sql)


_V5 = [
    # PDFs a payment has besides its receipt, kept like receipts (sha256, a file is never
    # overwritten). `kind` says which document: 'void_slip' (cashier/documents/void_slip.py) so far.
    # copy_no 0 is the original, N the N-th reprint.
    """CREATE TABLE document_archive (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        payment_id TEXT NOT NULL REFERENCES payments(payment_id),
        copy_no INTEGER NOT NULL CHECK (copy_no >= 0),
        path TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (kind, payment_id, copy_no)
    )""",
    # Every attempt to print one of them, as receipt_prints does for receipts.
    """CREATE TABLE document_prints (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES document_archive(id),
        printer TEXT NOT NULL,
        job_id TEXT,
        state TEXT NOT NULL CHECK (state IN ('queued', 'printed', 'failed')),
        error_code TEXT,
        error TEXT,
        requested_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX document_prints_by_document ON document_prints(document_id, id)",
    "CREATE INDEX document_prints_by_state ON document_prints(state)",
]


@step(6)
def _receipts_owed_and_desk_approvals(conn: sqlite3.Connection) -> None:
    for sql in _V6:
        conn.execute(sql)


_V6 = [
    # Payments whose receipt was never made (cashier/documents/receipts_owed.py): the window and the
    # command line look for them at every start and after every payment.
    "CREATE INDEX payments_receipt_owed ON payments(business_date) WHERE receipt_pdf IS NULL",
    # Wrong approval passwords (a supervisor approving a void or a refused payment) counted at
    # this desk only: a teller guessing here must not lock the supervisor out of signing in.
    """CREATE TABLE approval_attempts (
        user_id TEXT NOT NULL,
        failures INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        PRIMARY KEY (user_id)
    )""",
]


# Step 7 is longer than the others (two tables rebuilt, three moved into them): its own module.
step(7, rebuilds=True)(documents_in_one_archive)
# Steps 8 and 9 (controls; baskets, cards and e-mail), 10 (the offline copy): own modules.
step(8)(bank_controls)
step(9)(baskets_cards_and_mail)
from cashier.storage.migration_10 import compact_account_cache; step(10, rebuilds=True)(compact_account_cache)  # noqa: E402,E702
step(11)(lambda conn: conn.execute("CREATE INDEX outbox_open_by_age ON outbox(kind, state, created_at)"))  # the offline limits' oldest unsent payment in one seek
