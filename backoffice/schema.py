"""The tables as they are now: what every query is written against.

The database gets them from the numbered migrations (backoffice/migrations/); a test
checks that a migrated database, on each engine, has exactly these tables and columns.

Times the desk sent (`at`, `opened_at`) are kept as the RFC 3339 text it sent: the
hash covers that text. Times of the server's own are RFC 3339 text in UTC. Business
dates are ISO text, money integer tiyn. `ws_key` is a workstation's number inside
the back office; the journal is keyed (ws_key, seq) because its primary key is the
largest index of the database.
"""

from __future__ import annotations

import sqlalchemy as sa

from backoffice.chain import GENESIS

metadata = sa.MetaData()

ID, TIME, DATE, HASH = sa.String(100), sa.String(40), sa.String(10), sa.String(64)
MONEY = sa.BigInteger
# On SQLite only INTEGER PRIMARY KEY is the rowid that numbers itself.
KEY = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _money(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, MONEY, nullable=nullable, server_default=None if nullable else "0")


schema_version = sa.Table(
    "schema_version", metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("applied_at", TIME, nullable=False),
)

branches = sa.Table(
    "branches", metadata,
    sa.Column("branch_id", ID, primary_key=True),
    sa.Column("name", sa.String(200)),
    sa.Column("created_at", TIME, nullable=False),
)

workstations = sa.Table(
    "workstations", metadata,
    sa.Column("ws_key", KEY, primary_key=True, autoincrement=True),
    sa.Column("workstation_id", ID, nullable=False, unique=True),
    sa.Column("branch_id", ID, sa.ForeignKey("branches.branch_id"), nullable=False),
    sa.Column("created_at", TIME, nullable=False),
    # The chain head: locked by every journal post of the workstation (journal.py).
    sa.Column("last_seq", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("last_hash", HASH, nullable=False, server_default=GENESIS),
    sa.Column("last_at", TIME),
    sa.Column("last_post_at", TIME),
    sa.Index("workstations_branch", "branch_id"),
)

tokens = sa.Table(
    "tokens", metadata,
    sa.Column("token_sha256", HASH, primary_key=True),
    sa.Column("ws_key", KEY, sa.ForeignKey("workstations.ws_key"), nullable=False),
    sa.Column("created_at", TIME, nullable=False),
    sa.Column("revoked_at", TIME),
)

presence = sa.Table(
    "presence", metadata,
    sa.Column("ws_key", KEY, sa.ForeignKey("workstations.ws_key"), primary_key=True,
              autoincrement=False),
    sa.Column("last_seen", TIME, nullable=False),
    sa.Column("at", TIME, nullable=False),
    sa.Column("app_version", sa.String(100), nullable=False),
    sa.Column("signed_in", ID),
    sa.Column("spc", sa.Text, nullable=False),
)

# Every entry of every desk, verbatim, forever. No foreign key: checked once per batch
# against the locked workstation row, not once per entry.
journal = sa.Table(
    "journal", metadata,
    sa.Column("ws_key", KEY, primary_key=True, autoincrement=False),
    sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("at", TIME, nullable=False),
    sa.Column("actor", sa.String(200), nullable=False),
    sa.Column("action", ID, nullable=False),
    sa.Column("subject", sa.String(200)),
    sa.Column("details", sa.Text, nullable=False),
    sa.Column("prev_hash", HASH, nullable=False),
    sa.Column("hash", HASH, nullable=False),
)

# -- derived from the journal, in the transaction that stores the entries ---------------

payments = sa.Table(
    "payments", metadata,
    sa.Column("ws_key", KEY, primary_key=True, autoincrement=False),
    sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("payment_id", ID, nullable=False),
    sa.Column("business_date", DATE, nullable=False),
    sa.Column("session_id", ID),
    _money("total"), _money("fee"),
    sa.Index("payments_id", "ws_key", "payment_id"),
    sa.Index("payments_day", "ws_key", "business_date"),
)

sessions = sa.Table(
    "sessions", metadata,
    sa.Column("ws_key", KEY, primary_key=True, autoincrement=False),
    sa.Column("session_id", ID, primary_key=True),
    sa.Column("teller_id", ID, nullable=False),
    sa.Column("business_date", DATE, nullable=False),
    sa.Column("opened_at", TIME, nullable=False),
    sa.Column("opened_seq", sa.BigInteger, nullable=False),
    _money("opening_float"), _money("received"), _money("change_given"), _money("refunds"),
    _money("handovers"),
    sa.Column("state", sa.String(10), nullable=False),      # open | closed | orphan
    sa.Column("closed_at", TIME),
    sa.Column("closed_seq", sa.BigInteger),
    _money("expected", nullable=True), _money("counted", nullable=True),
    _money("difference", nullable=True),
    sa.Index("sessions_open", "ws_key", postgresql_where=sa.text("state = 'open'"),
             sqlite_where=sa.text("state = 'open'")),
)

# Cash that moves otherwise than as a payment: a float from the vault, a handover to it,
# a void's refund (naming its payment), a count's difference. With payments, what the
# bank's books (issue 12's postings) are made of.
cash_moves = sa.Table(
    "cash_moves", metadata,
    sa.Column("ws_key", KEY, primary_key=True, autoincrement=False),
    sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("business_date", DATE, nullable=False),
    sa.Column("session_id", ID),
    sa.Column("kind", sa.String(20), nullable=False),   # float|handover|refund|difference
    _money("amount"),
    sa.Column("payment_id", ID),
    sa.Index("cash_moves_day", "ws_key", "business_date"),
)

desk_days = sa.Table(
    "desk_days", metadata,
    sa.Column("ws_key", KEY, primary_key=True, autoincrement=False),
    sa.Column("business_date", DATE, primary_key=True),
    sa.Column("payments_count", sa.Integer, nullable=False, server_default="0"),
    _money("payments_amount"),
    sa.Column("voids_count", sa.Integer, nullable=False, server_default="0"),
    _money("voids_amount"),
    sa.Column("last_seq", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("closed_seq", sa.BigInteger),
    sa.Column("closed_at", TIME),
    _money("expected", nullable=True), _money("counted", nullable=True),
    _money("difference", nullable=True),
)

# The AML register's entries (aml.py, migration 4): each journal entry of a desk that the
# bank's compliance unit must see, dated to its business day. The register reads the
# entry itself (the payer, the hits) through the journal's primary key.
aml_events = sa.Table(
    "aml_events", metadata,
    sa.Column("ws_key", KEY, primary_key=True, autoincrement=False),
    sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("business_date", DATE, nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),   # identified|structuring|screening_hit
    sa.Column("payment_id", ID),
    sa.Index("aml_events_day", "business_date"),
)

alarms = sa.Table(
    "alarms", metadata,
    sa.Column("alarm_id", KEY, primary_key=True, autoincrement=True),
    sa.Column("ws_key", KEY, sa.ForeignKey("workstations.ws_key"), nullable=False),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("seq", sa.BigInteger),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("details", sa.Text, nullable=False),
    sa.Column("first_at", TIME, nullable=False),
    sa.Column("last_at", TIME, nullable=False),
    sa.Column("count", sa.Integer, nullable=False, server_default="1"),
    sa.Column("acknowledged_at", TIME),
    sa.Column("acknowledged_by", ID),
    sa.Index("alarms_open", "ws_key", postgresql_where=sa.text("acknowledged_at IS NULL"),
             sqlite_where=sa.text("acknowledged_at IS NULL")),
)

# -- people, settings and the branch's day (issue 12): the tables are here, unused yet --

counters = sa.Table(
    "counters", metadata,
    sa.Column("name", sa.String(40), primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
)

users = sa.Table(
    "users", metadata,
    sa.Column("user_id", ID, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("branch_id", ID, sa.ForeignKey("branches.branch_id")),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("version", sa.BigInteger, nullable=False),
    sa.Column("changed_at", TIME, nullable=False),
    sa.Column("changed_by", ID, nullable=False),
    sa.Index("users_version", "version"),
)

user_changes = sa.Table(
    "user_changes", metadata,
    sa.Column("change_id", KEY, primary_key=True, autoincrement=True),
    sa.Column("user_id", ID, nullable=False),
    sa.Column("version", sa.BigInteger, nullable=False),
    sa.Column("change", sa.Text, nullable=False),
    sa.Column("changed_at", TIME, nullable=False),
    sa.Column("changed_by", ID, nullable=False),
)

settings = sa.Table(
    "settings", metadata,
    sa.Column("scope", sa.String(20), primary_key=True),     # bank | branch | workstation
    sa.Column("scope_id", ID, primary_key=True),             # '' for the bank
    sa.Column("key", sa.String(100), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),             # JSON
    sa.Column("version", sa.BigInteger, nullable=False),
    sa.Column("changed_at", TIME, nullable=False),
    sa.Column("changed_by", ID, nullable=False),
)

setting_changes = sa.Table(
    "setting_changes", metadata,
    sa.Column("change_id", KEY, primary_key=True, autoincrement=True),
    sa.Column("scope", sa.String(20), nullable=False),
    sa.Column("scope_id", ID, nullable=False),
    sa.Column("key", sa.String(100), nullable=False),
    sa.Column("old_value", sa.Text),
    sa.Column("new_value", sa.Text),                        # NULL: the key was removed
    sa.Column("version", sa.BigInteger, nullable=False),
    sa.Column("changed_at", TIME, nullable=False),
    sa.Column("changed_by", ID, nullable=False),
    # A desk's settings version: the newest change of its three layers (migration 2).
    sa.Index("setting_changes_scope", "scope", "scope_id", "version"),
)

branch_days = sa.Table(
    "branch_days", metadata,
    sa.Column("branch_id", ID, sa.ForeignKey("branches.branch_id"), primary_key=True),
    sa.Column("business_date", DATE, primary_key=True),
    sa.Column("closed_at", TIME, nullable=False),
    sa.Column("supervisor_id", ID, nullable=False),
    sa.Column("vault", sa.Text, nullable=False),            # JSON {denomination: count}
    _money("vault_expected"), _money("vault_counted"), _money("difference"),
    sa.Column("note", sa.Text, nullable=False),
    sa.Column("summary", sa.Text, nullable=False),          # JSON: the answer, kept
    sa.Column("ledger", sa.Text),                           # JSON: the chart it closed with
)
