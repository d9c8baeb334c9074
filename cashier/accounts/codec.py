"""An account in the offline copy and back: format 1 of cashier/storage/migration_10.py.

Writing: `rows_of` checks snapshot items the fast way (`migration_10.checked`, stricter than
Account.from_wire and never looser) and hands anything unusual to Account.from_wire, which
accepts it or says why not; either way the row holds the same values. Reading: `decode`
gives the Account a lookup returns; a TEXT body is an old JSON body and is read as before.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone, tzinfo

from cashier.model import Account, Meter, Provider, Service
from cashier.storage import db
from cashier.storage.migration_10 import (F_ETAG_HEX, F_HOLDER_UTF8, F_URL_STANDARD, F_URL_TEXT,
                                          Kinds, Unsure, checked, row_of)

# id -> kind, per database file and newest id: a kind, once committed, never changes.
_kinds: dict[tuple, dict[int, tuple]] = {}


def fields_of(account: Account) -> tuple:
    """An Account as `migration_10.checked` gives a wire item."""
    return (account.account, account.holder, account.address, account.currency, account.period,
            account.etag, account.invoice_url or None,
            [(s.code, s.name, s.provider.id, s.provider.name, s.amount_due,
              s.meter.id if s.meter else None, s.meter.unit if s.meter else None,
              s.meter.previous_reading if s.meter else None) for s in account.services])


def checked_item(item: object) -> tuple:
    """A snapshot item as fields to store; raises what Account.from_wire raises for a bad one."""
    try:
        return checked(item)
    except Unsure:
        return fields_of(Account.from_wire(item))


def rows_of(conn: sqlite3.Connection, items: list[tuple], fetched_at: datetime) -> list[tuple]:
    """accounts_cache rows for checked fields. Call inside the transaction that stores them."""
    return encoded_rows(Kinds(conn), items, fetched_at)


def encoded_rows(kinds: Kinds, items: list[tuple], fetched_at: datetime) -> list[tuple]:
    stamp = int(fetched_at.timestamp())
    return [row_of(fields, kinds, stamp) for fields in items]


class CommittedKinds(Kinds):
    """Kinds on a connection of their own: a new kind is stored (and committed) at once, in a
    transaction of its own, so its id stays good for every later page whatever becomes of
    the transaction that stores the page. A kind no row names is harmless."""

    def id(self, kind: tuple) -> int:
        found = self.ids.get(kind)
        if found is None:
            with db.atomic(self.conn):
                found = super().id(kind)
        return found


# -- reading ----------------------------------------------------------------------------------

def kinds(conn: sqlite3.Connection) -> dict[int, tuple]:
    """id -> (code, name, provider id, provider name, unit, meter prefix)."""
    key = tuple(conn.execute("SELECT (SELECT file FROM pragma_database_list WHERE name = 'main'), "
                             "(SELECT MAX(id) FROM accounts_cache_kinds)").fetchone())
    known = _kinds.get(key) if key[0] else None  # an in-memory database has no name
    if known is None:
        known = {r[0]: tuple(r[1:]) for r in conn.execute(
            "SELECT id, code, name, provider_id, provider_name, unit, meter_prefix "
            "FROM accounts_cache_kinds")}
        if len(_kinds) > 64:
            _kinds.clear()
        _kinds[key] = known
    return known


class _Reader:
    __slots__ = ("data", "pos")

    def __init__(self, data: bytes):
        self.data = data
        self.pos = 1

    def int(self) -> int:
        data, pos = self.data, self.pos
        n = shift = 0
        while True:
            b = data[pos]
            pos += 1
            n |= (b & 0x7F) << shift
            if b < 0x80:
                self.pos = pos
                return n
            shift += 7

    def bytes(self, size: int | None = None) -> bytes:
        size = self.int() if size is None else size
        start = self.pos
        self.pos = start + size
        return self.data[start:self.pos]


def holder_of(body: bytes | str) -> str:
    """Only the holder (the address search shows it), without decoding the rest."""
    if isinstance(body, str):
        return str(json.loads(body).get("holder", ""))
    raw = _Reader(body).bytes()
    return raw.decode("utf-8" if body[0] & F_HOLDER_UTF8 else "kz1048")


def period_text(period: int | str) -> str:
    if isinstance(period, int):
        return f"{period // 12:04d}-{period % 12 + 1:02d}"
    return period


def fetched_time(value: int | str, tz: tzinfo) -> datetime:
    """When the row was fetched, in the desk's zone (an old ISO text as it was written)."""
    if isinstance(value, int):
        return datetime.fromtimestamp(value, timezone.utc).astimezone(tz)
    return datetime.fromisoformat(value)


def decode(conn: sqlite3.Connection, number: str, body: bytes | str, address: str,
           period: int | str, fetched_at: int | str, tz: tzinfo) -> Account:
    cached_at = fetched_time(fetched_at, tz)
    if isinstance(body, str):  # written before migration 10, or by hand
        account = Account.from_wire(json.loads(body))
        return Account(**{**account.__dict__, "cached_at": cached_at})
    flags = body[0]
    r = _Reader(body)
    holder = r.bytes().decode("utf-8" if flags & F_HOLDER_UTF8 else "kz1048")
    currency = r.bytes(3).decode("ascii")
    etag_raw = r.bytes()
    etag = f'"{etag_raw.hex()}"' if flags & F_ETAG_HEX else etag_raw.decode("utf-8")
    url = None
    if flags & F_URL_STANDARD:
        url = f"/v1/accounts/{number}/invoice"
    elif flags & F_URL_TEXT:
        url = r.bytes().decode("utf-8")
    services = []
    known = kinds(conn)
    for _ in range(r.int()):
        head = r.int()
        code, name, pid, pname, unit, prefix = known[head >> 1]
        z = r.int()
        amount = -((z + 1) >> 1) if z & 1 else z >> 1
        meter = None
        if unit:
            meter_id = r.bytes().decode("utf-8") if head & 1 else f"{prefix}{r.int()}"
            meter = Meter(id=meter_id, unit=unit, previous_reading=r.int())
        services.append(Service(code=code, name=name, provider=Provider(id=pid, name=pname),
                                amount_due=amount, meter=meter))
    return Account(account=number, holder=holder, address=address, currency=currency,
                   period=period_text(period), etag=etag, services=tuple(services),
                   invoice_url=url, cached_at=cached_at)
