"""The SPC's SQLite store: schema, tokens, accounts, payments.

One connection per request (sqlite3 connections are not shared between
threads), WAL so readers never wait for the writer, `synchronous=FULL` because
an accepted payment must survive a power cut, and `BEGIN IMMEDIATE` for every
write so the idempotency check and the insert happen under one lock.

An account's services live in one JSON column (a list of compact rows, names
looked up in the catalog tables): one row per account is what makes seeding a
million accounts fast, and an account is always read and written whole.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from spc.wire import reading_to_wire, to_wire

BUSY_TIMEOUT_MS = 10_000
SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS tokens (
    token_sha256 TEXT PRIMARY KEY,
    workstation_id TEXT NOT NULL,
    bank TEXT NOT NULL,
    branch TEXT NOT NULL,
    created_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS service_catalog (code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS providers (id TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
-- services: JSON list of [code, provider_id, amount_due_tiyn, meter_id, unit, previous_reading_thousandths]
-- address_lc: Python-lowercased address, because SQLite lower() folds ASCII only.
-- updated_at: microseconds since the epoch (UTC), for snapshot?updated_since.
CREATE TABLE IF NOT EXISTS accounts (
    account TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    address TEXT NOT NULL,
    address_lc TEXT NOT NULL,
    currency TEXT NOT NULL,
    period TEXT NOT NULL,
    services TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS payments (
    seq INTEGER PRIMARY KEY,
    payment_id TEXT NOT NULL UNIQUE,
    body_sha256 TEXT NOT NULL,
    body TEXT NOT NULL,
    spc_txn_id TEXT NOT NULL UNIQUE,
    workstation_id TEXT NOT NULL,
    receipt_no TEXT NOT NULL,
    business_date TEXT NOT NULL,
    account TEXT NOT NULL,
    total INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('accepted', 'cancelled')),
    registered_at TEXT NOT NULL,
    -- JSON list of [service_code, reading_before, reading_after]: lets a cancel
    -- put a meter back if nothing has moved it since.
    meter_changes TEXT NOT NULL,
    cancelled_at TEXT,
    cancel_reason TEXT,
    supervisor_id TEXT
);
CREATE INDEX IF NOT EXISTS payments_register ON payments (business_date, workstation_id);
CREATE INDEX IF NOT EXISTS payments_account ON payments (account);
-- Each time an account's billing period moved on: which periods were open on a
-- given day is a fact about that day, and a payment queued through an outage
-- is judged by the day it was taken. No row: the account never moved since seeding.
CREATE TABLE IF NOT EXISTS period_changes (
    account TEXT NOT NULL,
    period TEXT NOT NULL,
    previous TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    PRIMARY KEY (account, period)
) WITHOUT ROWID;
"""


def connect(db_path: str | Path) -> sqlite3.Connection:
    # isolation_level=None: transactions are opened explicitly (BEGIN IMMEDIATE).
    conn = sqlite3.connect(str(db_path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    return conn


@contextmanager
def opened(db_path: str | Path) -> Iterator[sqlite3.Connection]:
    conn = connect(db_path)
    try:
        yield conn
    finally:
        conn.close()


@contextmanager
def write_txn(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE: take the write lock first, so check-then-insert is atomic."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def init_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)
    conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))


def meta_get(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def meta_set(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


def now_us() -> int:
    return int(dt.datetime.now(dt.timezone.utc).timestamp() * 1_000_000)


def fold(text: str) -> str:
    """Search key: lower case, and ё read as е, as people type it."""
    return text.lower().replace("ё", "е")


# --- tokens -----------------------------------------------------------------

@dataclass(frozen=True)
class Workstation:
    workstation_id: str
    bank: str
    branch: str


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(db_path: str | Path, workstation_id: str, bank: str = "Демо-банк",
                 branch: str | None = None) -> str:
    """Mint a bearer token for a workstation; only its SHA-256 is stored."""
    if not workstation_id or not workstation_id.strip():
        raise ValueError("workstation_id must not be empty")
    token = secrets.token_urlsafe(32)
    branch = branch or workstation_id.rsplit("-", 1)[0]
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    with opened(db_path) as conn:
        init_schema(conn)
        conn.execute("INSERT INTO tokens VALUES (?, ?, ?, ?, ?)",
                     (_token_hash(token), workstation_id, bank, branch,
                      dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
    return token


def find_token(conn: sqlite3.Connection, token: str) -> Workstation | None:
    row = conn.execute("SELECT workstation_id, bank, branch FROM tokens WHERE token_sha256 = ?",
                       (_token_hash(token),)).fetchone()
    return Workstation(*row) if row else None


# --- accounts ---------------------------------------------------------------

@dataclass(frozen=True)
class Catalog:
    services: dict[str, str]
    providers: dict[str, str]


def load_catalog(conn: sqlite3.Connection) -> Catalog:
    return Catalog(dict(conn.execute("SELECT code, name FROM service_catalog").fetchall()),
                   dict(conn.execute("SELECT id, name FROM providers").fetchall()))


def get_account(conn: sqlite3.Connection, account: str) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM accounts WHERE account = ?", (account,)).fetchone()


# Bumped when the invoice layout changes, so clients do not keep an old rendering.
INVOICE_LAYOUT = "invoice-layout-1"


def etag_of(row: sqlite3.Row) -> str:
    """Changes whenever anything the account body or its invoice shows changes."""
    parts = (INVOICE_LAYOUT, row["account"], row["holder"], row["address"], row["currency"],
             row["period"], row["services"])
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8"))
    return f'"{h.hexdigest()[:20]}"'


def account_body(row: sqlite3.Row, catalog: Catalog, invoice_url: bool = True) -> dict:
    services = []
    for code, provider, amount, meter_id, unit, previous in json.loads(row["services"]):
        services.append({
            "code": code,
            "name": catalog.services.get(code, code),
            "provider": {"id": provider, "name": catalog.providers.get(provider, provider)},
            "amount_due": to_wire(amount),
            "meter": None if meter_id is None else
            {"id": meter_id, "unit": unit, "previous_reading": reading_to_wire(previous)},
        })
    body = {"account": row["account"], "holder": row["holder"], "address": row["address"],
            "currency": row["currency"], "period": row["period"], "etag": etag_of(row),
            "services": services}
    if invoice_url:
        body["invoice_url"] = f"/v1/accounts/{row['account']}/invoice"
    return body


def search_accounts(conn: sqlite3.Connection, fragment: str, limit: int) -> list[dict]:
    # instr() over the pre-folded column: no LIKE wildcards to escape, and no
    # ORDER BY, so a common fragment stops after `limit` rows instead of
    # sorting a million matches.
    rows = conn.execute("SELECT account, holder, address FROM accounts "
                        "WHERE instr(address_lc, ?) > 0 LIMIT ?", (fold(fragment), limit))
    return [dict(r) for r in rows]


def snapshot(conn: sqlite3.Connection, after: str | None, limit: int,
             since_us: int | None) -> list[sqlite3.Row]:
    sql = "SELECT * FROM accounts WHERE account > ?"
    args: list = [after or ""]
    if since_us is not None:
        sql += " AND updated_at >= ?"
        args.append(since_us)
    sql += " ORDER BY account LIMIT ?"
    args.append(limit)
    return conn.execute(sql, args).fetchall()


# The snapshot's account bodies written straight as JSON text: the same JSON as
# `account_body(row, catalog, invoice_url=False)` (tests/unit/test_spc_snapshot_export.py
# compares them), without a dict per service encoded again by the JSON encoder, which
# capped the export at about 20,000 accounts a second. What repeats (a service's code, name
# and provider) is written once per kind and reused.
_quote = json.encoder.encode_basestring  # type: ignore[attr-defined]


def _head(heads: dict, catalog: Catalog, code: str, provider: str) -> str:
    head = heads.get((code, provider))
    if head is None:
        head = (f'{{"code":{_quote(code)},"name":{_quote(catalog.services.get(code, code))},'
                f'"provider":{{"id":{_quote(provider)},'
                f'"name":{_quote(catalog.providers.get(provider, provider))}}},"amount_due":"')
        heads[(code, provider)] = head
    return head


def snapshot_bodies(conn: sqlite3.Connection, catalog: Catalog, after: str | None, limit: int,
                    since_us: int | None) -> list[tuple[str, str]]:
    """(account, its body as JSON text) for a snapshot page, as `snapshot` selects them."""
    sql = ("SELECT account, holder, address, currency, period, services FROM accounts "
           "WHERE account > ?")
    args: list = [after or ""]
    if since_us is not None:
        sql += " AND updated_at >= ?"
        args.append(since_us)
    sql += " ORDER BY account LIMIT ?"
    args.append(limit)
    heads: dict = {}
    loads = json.loads
    out = []
    cursor = conn.cursor()
    cursor.row_factory = None
    for account, holder, address, currency, period, services in cursor.execute(sql, args):
        parts = []
        for code, provider, amount, meter_id, unit, previous in loads(services):
            head = heads.get((code, provider)) or _head(heads, catalog, code, provider)
            if meter_id is None:
                parts.append(f'{head}{to_wire(amount)}","meter":null}}')
            else:
                parts.append(f'{head}{to_wire(amount)}","meter":{{"id":{_quote(meter_id)},'
                             f'"unit":{_quote(unit)},'
                             f'"previous_reading":"{reading_to_wire(previous)}"}}}}')
        etag = hashlib.sha256("\x1f".join((INVOICE_LAYOUT, account, holder, address, currency,
                                            period, services)).encode("utf-8")).hexdigest()[:20]
        out.append((account, f'{{"account":{_quote(account)},"holder":{_quote(holder)},'
                             f'"address":{_quote(address)},"currency":{_quote(currency)},'
                             f'"period":{_quote(period)},"etag":"\\"{etag}\\"",'
                             f'"services":[{",".join(parts)}]}}'))
    return out


def set_services(conn: sqlite3.Connection, account: str, services: list) -> None:
    conn.execute("UPDATE accounts SET services = ?, updated_at = ? WHERE account = ?",
                 (json.dumps(services, ensure_ascii=False, separators=(",", ":")), now_us(),
                  account))


def period_changes(conn: sqlite3.Connection, account: str) -> list[sqlite3.Row]:
    """Oldest first. Periods and dates are zero-padded, so text order is time order."""
    return conn.execute("SELECT period, previous, opened_on FROM period_changes "
                        "WHERE account = ? ORDER BY opened_on, period", (account,)).fetchall()


def advance_period(conn: sqlite3.Connection, account: str, period: str, opened_on: str) -> str:
    """Make `period` the account's current one as of business date `opened_on`; the old one back.

    Periods only move forward and never before the last move, so the history
    stays one line. Raises ValueError with a reason a CLI can print.
    """
    with write_txn(conn):
        row = get_account(conn, account)
        if row is None:
            raise ValueError(f"no account {account}")
        if period <= row["period"]:
            raise ValueError(f"account {account} is already in period {row['period']}; "
                             f"periods only move forward")
        last = conn.execute("SELECT MAX(opened_on) FROM period_changes WHERE account = ?",
                            (account,)).fetchone()[0]
        if last is not None and opened_on < last:
            raise ValueError(f"account {account} last changed period on {last}; "
                             f"{opened_on} is before that")
        conn.execute("INSERT INTO period_changes VALUES (?, ?, ?, ?)",
                     (account, period, row["period"], opened_on))
        conn.execute("UPDATE accounts SET period = ?, updated_at = ? WHERE account = ?",
                     (period, now_us(), account))
    return row["period"]


# --- payments ---------------------------------------------------------------

def find_payment(conn: sqlite3.Connection, payment_id: str) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM payments WHERE payment_id = ?", (payment_id,)).fetchone()


def next_seq(conn: sqlite3.Connection) -> int:
    """Only valid inside a write transaction, which serializes all writers."""
    return conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM payments").fetchone()[0]


def insert_payment(conn: sqlite3.Connection, **cols) -> None:
    names = ", ".join(cols)
    marks = ", ".join("?" for _ in cols)
    conn.execute(f"INSERT INTO payments ({names}) VALUES ({marks})", tuple(cols.values()))


def register(conn: sqlite3.Connection, business_date: str, workstation_id: str) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT payment_id, spc_txn_id, receipt_no, account, total, status FROM payments "
        "WHERE business_date = ? AND workstation_id = ? ORDER BY seq",
        (business_date, workstation_id)).fetchall()


def meter_moves(conn: sqlite3.Connection, account: str) -> list[sqlite3.Row]:
    """Accepted payments of an account that moved a meter, with their bodies."""
    return conn.execute("SELECT body, meter_changes FROM payments WHERE account = ? "
                        "AND status = 'accepted' AND meter_changes <> '[]'", (account,)).fetchall()
