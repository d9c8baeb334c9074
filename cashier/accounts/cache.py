"""The offline account cache: the SPC's snapshot in `accounts_cache`, kept fresh.

Stored compactly (cashier/storage/migration_10.py: a binary body, service kinds in their own
table, integers for money, readings, periods and times) with a full-text index on the
address that the address search uses (search.py).

A first run downloads every account (GET /v1/accounts/snapshot, pages of up to
5000, following `next_cursor`); later runs ask only for what changed
(`updated_since`). When the SPC cannot be reached, `accounts.find_account`
answers from this table with `cached_at` (the row's `fetched_at`) set, so the
window can say how old the data is, and `search_cached` searches addresses.

Crash safety and speed: each page is ONE transaction that upserts its accounts
with `executemany` and stores the cursor for the next page in `state`. A crash,
a lost network or a stop request between pages therefore loses nothing and
repeats nothing: the next `refresh()` continues from the stored cursor.

Bad data: every item goes through `Account.from_wire`. An item that fails is
skipped and counted; it never stops the run and never overwrites the good row
already cached for that account.

State keys (table `state`, prefix "account_cache."):
  run.mode / run.cursor / run.since / run.mark / run.started_at / run.pages /
  run.items / run.skipped   the run in progress (absent when none is)
  since           the `updated_since` for the next incremental run
  complete_at     when the last FULL download finished (workstation clock)
  last_refresh_at when the last run of any kind finished
  last_attempt_at, last_error, last_report
  prune_before    set when a full download completed: rows fetched before this
                  instant are accounts the SPC no longer has (see `_prune`)
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta

from cashier.accounts.codec import rows_of
from cashier.accounts.search import fold, search
from cashier.storage import db
from cashier.errors import CashierError, NotFoundError, ValidationError
from cashier.adapters.spc_client import SpcUnavailable
from cashier.workstation import Workstation

log = logging.getLogger(__name__)

PAGE_MAX = 5000
SEARCH_MAX = 100
# How far before the SPC's clock reading an incremental run starts looking; see
# `_watermark_from` for why this exists and what it covers.
SAFETY_MARGIN = timedelta(minutes=5)
# A full download is repeated this often so accounts closed at the SPC (which
# `updated_since` never reports) leave the cache.
FULL_EVERY = timedelta(days=7)
SKIPPED_SAMPLES = 5
PRUNE_CHUNK = 20_000

_P = "account_cache."
K_SINCE = _P + "since"
K_COMPLETE_AT = _P + "complete_at"
K_LAST_REFRESH = _P + "last_refresh_at"
K_LAST_ATTEMPT = _P + "last_attempt_at"
K_LAST_ERROR = _P + "last_error"
K_LAST_REPORT = _P + "last_report"
K_PRUNE_BEFORE = _P + "prune_before"
K_RUN = {name: f"{_P}run.{name}" for name in
         ("mode", "cursor", "since", "mark", "started_at", "pages", "items", "skipped")}

# Columns and format: cashier/storage/migration_10.py. The index on the address follows
# through the triggers sqlite-utils made with it.
_UPSERT = ("INSERT INTO accounts_cache(account, body, address, period, fetched_at) "
           "VALUES (?, ?, ?, ?, ?) ON CONFLICT(account) DO UPDATE SET body = excluded.body, "
           "address = excluded.address, period = excluded.period, "
           "fetched_at = excluded.fetched_at")


class AccountNotCached(SpcUnavailable, NotFoundError):
    """The SPC is unreachable and the account is not in the offline cache.

    Both an SpcUnavailable (callers that retry on "unreachable" still do) and
    a NotFoundError (there is nothing to show); the code says which case it is.
    """

    def __init__(self, account: str):
        super().__init__(f"The processing center cannot be reached and account {account} is not "
                         "in the offline cache, so it cannot be paid offline. Try again when the "
                         "connection is back.")
        self.code = "account_not_cached"
        self.field = "account"
        self.params["account"] = account


class RefreshBusy(CashierError):
    def __init__(self) -> None:
        super().__init__("cache_refresh_busy", "The offline account cache is already being "
                         "refreshed (by the window or another `cashier cache refresh`).")


@dataclass
class RefreshReport:
    mode: str = "full"              # "full" or "incremental"
    resumed: bool = False           # continued a run an earlier call left unfinished
    pages: int = 0                  # pages fetched by this call
    items: int = 0                  # items received by this call
    stored: int = 0                 # accounts written by this call
    skipped: int = 0                # malformed items skipped by this call
    skipped_samples: list[str] = field(default_factory=list)
    removed: int = 0                # accounts dropped after a complete full download
    complete: bool = False          # the run reached the snapshot's end
    stopped: bool = False           # max_pages or should_stop ended it early
    unreachable: bool = False       # network, timeout, 429, 5xx
    error_code: str | None = None
    error: str | None = None
    seconds: float = 0.0

    @property
    def accounts_per_second(self) -> float:
        return self.items / self.seconds if self.seconds > 0 else 0.0

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    def to_json(self) -> dict:
        return {**asdict(self), "accounts_per_second": round(self.accounts_per_second, 1),
                "pages_per_second": round(self.pages_per_second, 2)}


def _get_run(conn: sqlite3.Connection) -> dict | None:
    mode = db.get_state(conn, K_RUN["mode"])
    if mode not in ("full", "incremental"):
        return None
    return {name: db.get_state(conn, key) for name, key in K_RUN.items()}


def _clear_run(conn: sqlite3.Connection) -> None:
    for key in K_RUN.values():
        db.set_state(conn, key, None)


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def cache_info(ws: Workstation) -> dict:
    """What `cashier cache status` and the window show about the cache."""
    conn = ws.conn
    run = _get_run(conn)
    last_report = db.get_state(conn, K_LAST_REPORT)
    return {
        "count": conn.execute("SELECT COUNT(*) FROM accounts_cache").fetchone()[0],
        "complete_at": db.get_state(conn, K_COMPLETE_AT),
        "last_refresh_at": db.get_state(conn, K_LAST_REFRESH),
        "last_attempt_at": db.get_state(conn, K_LAST_ATTEMPT),
        "last_error": db.get_state(conn, K_LAST_ERROR),
        "updated_since": db.get_state(conn, K_SINCE),
        "in_progress": None if run is None else {
            "mode": run["mode"], "started_at": run["started_at"], "pages": _int(run["pages"]),
            "items": _int(run["items"]), "skipped": _int(run["skipped"])},
        "last_report": json.loads(last_report) if last_report else None,
    }


def full_due(ws: Workstation) -> bool:
    """Is it time for a periodic full download (never done, or older than FULL_EVERY)?"""
    done = db.get_state(ws.conn, K_COMPLETE_AT)
    if not done:
        return True
    try:
        return ws.now() - datetime.fromisoformat(done) > FULL_EVERY
    except ValueError:
        return True


# -- searching (search.py) -------------------------------------------------------------

def check_fragment(fragment: str) -> str:
    text = (fragment or "").strip()
    if not text:
        raise ValidationError("address_empty", "Type part of the address to search for.", "address")
    return text


def search_cached(ws: Workstation, fragment: str, limit: int = 20) -> list[dict]:
    """Accounts in the offline cache whose address contains `fragment` (any case, ё as е):
    the first `limit` in account order, as the SPC answers (cashier/accounts/search.py).
    Each item says where it came from: `"source": "cache"` and the `cached_at` of its data.
    """
    key = fold(check_fragment(fragment))
    return search(ws, key, max(1, min(int(limit), SEARCH_MAX)))


def mark_live(items: list) -> list[dict]:
    """The SPC's search answer in the same shape as `search_cached`'s, marked as live."""
    return [{"account": i["account"], "holder": str(i.get("holder", "")),
             "address": str(i.get("address", "")), "source": "spc", "cached_at": None}
            for i in items if isinstance(i, dict) and isinstance(i.get("account"), str)]


def store_accounts(conn: sqlite3.Connection, accounts: list[tuple], fetched_at: datetime) -> None:
    """Upsert accounts (fields from codec.checked_item / codec.fields_of): the one way an
    account enters the offline copy (a lookup's answer, a snapshot page). Call inside atomic():
    the page's rows, the kinds they name and the index's words are one transaction."""
    store_rows(conn, rows_of(conn, accounts, fetched_at))


def store_rows(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    """Upsert rows already encoded (codec.encoded_rows). Call inside atomic()."""
    db.require_transaction(conn)
    conn.executemany(_UPSERT, rows)
