"""Looking an account up: at the SPC, or from the offline copy when the SPC does not answer.

A cached answer has `cached_at` set, so the window says how old its data is. While the
SPC hangs, the breaker (breaker.py) sends lookups straight to the offline copy.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from cashier.accounts.breaker import breaker
from cashier.accounts.cache import (SEARCH_MAX, AccountNotCached, check_fragment, mark_live,
                                    search_cached, store_accounts)
from cashier.accounts.codec import decode, fields_of
from cashier.adapters.spc_client import SpcUnavailable
from cashier.errors import NotFoundError
from cashier.model import Account, check_account_number
from cashier.storage import db
from cashier.workstation import Workstation

def find_account(ws: Workstation, text: str) -> Account:
    """Look an account up at the SPC; when the SPC is unreachable, answer from the cache.

    A cached answer has `cached_at` set so the window can say how old it is.
    """
    number = check_account_number(text)
    spc = breaker(ws)
    try:
        if spc.is_open:  # the SPC hangs: the offline copy answers at once (cashier/accounts/breaker.py)
            raise SpcUnavailable(f"The SPC does not answer ({spc.reason}); the offline copy is used")
        account = ws.client.get_account(number)
    except SpcUnavailable as exc:
        spc.trip(exc.message, lambda: ws.client.get_account(number))
        cached = cached_account(ws, number)
        if cached is None:
            raise AccountNotCached(number) from exc
        return cached
    except NotFoundError as exc:
        raise NotFoundError("account_not_found",
                            f"Account {number} is not known to the processing center.",
                            "account", {"account": number}) from exc
    _cache_account(ws.conn, account, ws.now())
    return account


def cached_account(ws: Workstation, number: str) -> Account | None:
    conn = ws.conn
    row = conn.execute("SELECT account, body, address, period, fetched_at FROM accounts_cache "
                       "WHERE account = ?", (number,)).fetchone()
    if row is None:
        return None
    return decode(conn, *row, ws.config.tz)


def _cache_account(conn: sqlite3.Connection, account: Account, now: datetime) -> None:
    with db.atomic(conn):
        store_accounts(conn, [fields_of(account)], now)


def fetch_invoice(ws: Workstation, account: Account) -> bytes:
    """The SPC's invoice PDF; the stored copy when it is still current or the SPC is down."""
    conn = ws.conn
    row = conn.execute("SELECT etag, pdf FROM invoice_cache WHERE account = ?",
                       (account.account,)).fetchone()
    spc = breaker(ws)
    try:
        if spc.is_open:
            raise SpcUnavailable("The SPC does not answer; the stored invoice is used")
        pdf, etag = ws.client.get_invoice(account.account, row["etag"] if row else None)
    except SpcUnavailable as exc:
        spc.trip(exc.message, lambda: ws.client.get_invoice(account.account, None))
        if row is not None:
            return bytes(row["pdf"])
        local = local_invoice(ws, account)
        if local is None:
            raise
        return local
    if pdf is None and row is not None:
        return bytes(row["pdf"])
    with db.atomic(conn):
        conn.execute(
            "INSERT INTO invoice_cache(account, etag, pdf, fetched_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(account) DO UPDATE SET etag = excluded.etag, pdf = excluded.pdf, "
            "fetched_at = excluded.fetched_at",
            (account.account, etag, pdf, ws.now().isoformat(timespec="seconds")))
    return pdf


# -- the offline copy: a local invoice, the address search (cache.py) --

def local_invoice(ws: Workstation, account: Account) -> bytes | None:
    """A copy of the invoice rendered here from the cached account data, marked as such
    (banner with the data's date, watermark); None when the account is not cached."""
    from cashier.documents.invoice import offline_note, render_invoice  # reportlab: on demand
    cached = account if account.cached_at is not None else cached_account(ws, account.account)
    if cached is None:
        return None
    when = cached.cached_at.astimezone(ws.config.tz)
    return render_invoice(
        cached, issuer=ws.config.bank_name, offline_note=offline_note(when),
        footer="Сформировано на рабочем месте кассира по сохранённым данным ЕРЦ; суммы и "
               "показания могли измениться. Не является платёжным требованием ЕРЦ.")


def search_accounts(ws: Workstation, fragment: str, limit: int = 20) -> list[dict]:
    """Accounts by address fragment: the SPC's answer, or the offline cache's when the SPC
    is unreachable. Each item: account, holder, address, "source" ("spc" or "cache")
    and "cached_at" (the data's date for a cached item, else None)."""
    text = check_fragment(fragment)
    limit = max(1, min(int(limit), SEARCH_MAX))
    spc = breaker(ws)
    try:
        if spc.is_open:
            raise SpcUnavailable("The SPC does not answer; the offline copy is searched")
        return mark_live(ws.client.search_accounts(text, limit))
    except SpcUnavailable as exc:
        spc.trip(exc.message, lambda: ws.client.search_accounts(text, limit))
        return search_cached(ws, text, limit)
