"""Migration step 10: the offline copy of the SPC's accounts stored compactly, with a full-text
index on the address (issue 15). Registered in cashier/storage/migrations.py; never edited once
released.

Before: one row per account holding the account's whole JSON body (every key, every service
and provider name, money and readings as strings), its lower-cased address and ISO text
times: about 1.5 KB an account. After, in the same table `accounts_cache` (the same five
columns, so a row written the old way is still read):

    account     TEXT PRIMARY KEY
    body        BLOB: the account in format 1 below (a TEXT body is an old JSON body, read as such)
    address     TEXT: the address as the SPC sent it, indexed by accounts_cache_fts
    period      INTEGER: year * 12 + month - 1 (TEXT "YYYY-MM" still read)
    fetched_at  INTEGER: Unix seconds (ISO TEXT still read)

`accounts_cache_kinds` holds each distinct (service code, service name, provider id, provider
name, meter unit, meter number prefix) once; a body names it by number. Money and readings
are integers (tiyn, thousandths), the etag's hex digits are bytes, the holder is KZ-1048 (one
byte a letter, Kazakh letters included) when it fits.

Format 1, all integers unsigned LEB128 varints unless said otherwise:
    flags (1 byte): 0x10 | 1 holder is UTF-8 (else KZ-1048) | 2 etag is hex bytes (else UTF-8)
                    | 4 invoice_url is /v1/accounts/<account>/invoice | 8 another invoice_url follows
    holder (length, bytes) · currency (3 ASCII bytes) · etag (length, bytes)
    [invoice_url (length, UTF-8)] · number of services · per service:
        kind << 1 | meter id as text · amount_due (zigzag) ·
        if the kind has a meter: the meter id (length, UTF-8) or its number after the kind's
        prefix · previous reading

The full-text index is made by sqlite-utils (`enable_fts`, with its triggers that keep it),
tokenizer unicode61 without diacritic removal: a few words per address instead of every
three letters, so it stays small and fast to fill; cashier/accounts/search.py finds any
fragment through it with the SPC's meaning (a case-insensitive substring, ё read as е).
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime

FTS_TOKENIZE = "unicode61 remove_diacritics 0"
FORMAT_1 = 0x10
F_HOLDER_UTF8, F_ETAG_HEX, F_URL_STANDARD, F_URL_TEXT = 1, 2, 4, 8

_ACCOUNT = re.compile(r"[0-9]{4,20}")
_CODE = re.compile(r"[A-Z0-9_]{1,16}")
_PERIOD = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])")
_CURRENCY = re.compile(r"[A-Z]{3}")
_MONEY = re.compile(r"(-?)([0-9]{1,15})\.([0-9]{2})")
_READING = re.compile(r"([0-9]{1,15})(?:\.([0-9]{1,3}))?")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_ETAG_HEX = re.compile(r'"((?:[0-9a-f]{2})+)"')
_DIGITS = "0123456789"
MAX_SERVICES = 50
MAX_TEXT = {"holder": 200, "address": 400, "name": 200, "id": 64, "unit": 16, "etag": 200,
            "invoice_url": 500}


# -- a wire account, checked the fast way --------------------------------------------------

class Unsure(Exception):
    """The fast check cannot vouch for an item: let Account.from_wire judge it."""


def _text(value: object, cap: int) -> str:
    if type(value) is not str or not 0 < len(value) <= cap or not value.strip():
        raise Unsure
    return value


def _reading(text: object) -> int:
    m = _READING.fullmatch(text) if type(text) is str else None
    if m is None:
        raise Unsure
    return int(m[1]) * 1000 + int((m[2] or "").ljust(3, "0"))


# (code, name, provider id, provider name, unit) already found good: a city has a few dozen,
# repeated in every account, so each is checked once, not a million times.
_GOOD_KINDS: set[tuple] = set()


def _kind_checked(kind: tuple) -> None:
    code, name, pid, pname, unit = kind
    if type(code) is not str or not _CODE.fullmatch(code):
        raise Unsure
    _text(name, MAX_TEXT["name"])
    _text(pid, MAX_TEXT["id"])
    _text(pname, MAX_TEXT["name"])
    if unit is not None:
        _text(unit, MAX_TEXT["unit"])
    if _CONTROL.search(" ".join(k for k in kind if k is not None)):
        raise Unsure
    if len(_GOOD_KINDS) > 10_000:
        _GOOD_KINDS.clear()
    _GOOD_KINDS.add(kind)


def checked(item: object) -> tuple:
    """A snapshot item as (account, holder, address, currency, period, etag, invoice_url,
    services), each service (code, name, provider_id, provider_name, amount_due, meter_id,
    unit, previous_reading); raises Unsure unless the item is plainly one that
    cashier.model.Account.from_wire accepts, with the same values. Stricter than from_wire,
    never looser: anything unusual goes to from_wire, which gives the reason."""
    try:
        if type(item) is not dict:
            raise Unsure
        number = item["account"]
        period = item["period"]
        currency = item["currency"]
        raw = item["services"]
        if (type(number) is not str or not _ACCOUNT.fullmatch(number) or type(period) is not str
                or not _PERIOD.fullmatch(period) or type(currency) is not str
                or not _CURRENCY.fullmatch(currency) or type(raw) is not list
                or len(raw) > MAX_SERVICES):
            raise Unsure
        holder = _text(item["holder"], MAX_TEXT["holder"])
        address = _text(item["address"], MAX_TEXT["address"])
        etag = item.get("etag")
        if etag is None:
            etag = ""
        elif type(etag) is not str or len(etag) > MAX_TEXT["etag"]:
            raise Unsure
        url = item.get("invoice_url")
        if url is not None and (type(url) is not str or not 0 < len(url) <= MAX_TEXT["invoice_url"]):
            raise Unsure
        texts = [holder, address, etag]
        services = []
        codes = set()
        for s in raw:
            if type(s) is not dict:
                raise Unsure
            prov = s["provider"]
            meter = s.get("meter")
            if type(prov) is not dict:
                raise Unsure
            money = s.get("amount_due")
            if type(money) is not str or not _MONEY.fullmatch(money):
                raise Unsure
            if meter is None:
                kind = (s["code"], s["name"], prov["id"], prov["name"], None)
                if kind not in _GOOD_KINDS:
                    _kind_checked(kind)
                services.append((*kind[:4], int(money.replace(".", "")), None, None, None))
            elif type(meter) is dict:
                kind = (s["code"], s["name"], prov["id"], prov["name"], meter["unit"])
                if kind not in _GOOD_KINDS:
                    _kind_checked(kind)
                meter_id = meter["id"]
                if type(meter_id) is not str or not 0 < len(meter_id) <= MAX_TEXT["id"]:
                    raise Unsure
                reading = meter.get("previous_reading")
                if type(reading) is str and 5 <= len(reading) < 20 and reading[-4:-3] == "." \
                        and reading.replace(".", "", 1).isascii() \
                        and reading.replace(".", "", 1).isdigit():
                    reading = int(reading.replace(".", "", 1))
                else:
                    reading = _reading(reading)
                texts.append(meter_id)
                services.append((*kind[:4], int(money.replace(".", "")), meter_id, kind[4],
                                 reading))
            else:
                raise Unsure
            codes.add(kind[0])
    except (KeyError, TypeError):
        raise Unsure from None
    if len(codes) != len(services) or _CONTROL.search(" ".join(texts)) \
            or not all(t.strip() for t in texts[3:]):
        raise Unsure
    return number, holder, address, currency, period, etag, url, services


# -- format 1 ---------------------------------------------------------------------------------

def _varint(out: bytearray, n: int) -> None:
    while n > 0x7F:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)


def _blob(out: bytearray, data: bytes) -> None:
    _varint(out, len(data))
    out += data


class Kinds:
    """The service kinds of accounts_cache_kinds, resolved for the rows of one transaction.

    Ids are looked up in the database on first use in each transaction (a handful of queries
    a page): an id cached across transactions could belong to a rolled-back insert."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.ids: dict[tuple, int] = {}

    def id(self, kind: tuple) -> int:
        found = self.ids.get(kind)
        if found is None:
            where = ("code = ? AND name = ? AND provider_id = ? AND provider_name = ? "
                     "AND unit = ? AND meter_prefix = ?")
            row = self.conn.execute(f"SELECT id FROM accounts_cache_kinds WHERE {where}",
                                    kind).fetchone()
            if row is None:
                found = self.conn.execute(
                    "INSERT INTO accounts_cache_kinds(code, name, provider_id, provider_name, "
                    "unit, meter_prefix) VALUES (?, ?, ?, ?, ?, ?)", kind).lastrowid
            else:
                found = row[0]
            self.ids[kind] = found
        return found


def encode(fields: tuple, kinds: Kinds) -> bytes:
    """Format 1 of a checked account (see `checked`)."""
    number, holder, _address, currency, _period, etag, url, services = fields
    flags = FORMAT_1
    out = bytearray(b"\0")
    try:
        _blob(out, holder.encode("kz1048"))
    except UnicodeEncodeError:
        flags |= F_HOLDER_UTF8
        _blob(out, holder.encode("utf-8"))
    out += currency.encode("ascii")
    m = _ETAG_HEX.fullmatch(etag)
    if m:
        flags |= F_ETAG_HEX
        _blob(out, bytes.fromhex(m[1]))
    else:
        _blob(out, etag.encode("utf-8"))
    if url is not None:
        if url == f"/v1/accounts/{number}/invoice":
            flags |= F_URL_STANDARD
        else:
            flags |= F_URL_TEXT
            _blob(out, url.encode("utf-8"))
    out[0] = flags
    numbers = [len(services)]
    kind_id = kinds.ids.get
    for code, name, pid, pname, amount, meter_id, unit, reading in services:
        z = amount << 1 if amount >= 0 else (-amount << 1) - 1
        if meter_id is None:
            kind = (code, name, pid, pname, "", "")
            numbers += ((kind_id(kind) or kinds.id(kind)) << 1, z)
            continue
        # The meter's number: the digits its id ends with, without leading zeros (these stay
        # in the prefix), as an integer; an id that does not end so is kept as text.
        digits = meter_id[len(meter_id.rstrip(_DIGITS)):].lstrip("0")
        if digits and len(digits) <= 18:
            kind = (code, name, pid, pname, unit, meter_id[:len(meter_id) - len(digits)])
            numbers += ((kind_id(kind) or kinds.id(kind)) << 1, z, int(digits), reading)
        else:  # the id as text, between the amount and the reading
            numbers += (kinds.id((code, name, pid, pname, unit, "")) << 1 | 1, z)
            for n in numbers:
                _varint(out, n)
            _blob(out, meter_id.encode("utf-8"))
            numbers = [reading]
    append = out.append
    for n in numbers:
        while n > 0x7F:
            append((n & 0x7F) | 0x80)
            n >>= 7
        append(n)
    return bytes(out)


def period_number(period: str) -> int | str:
    m = _PERIOD.fullmatch(period)
    return int(m[1]) * 12 + int(m[2]) - 1 if m else period


def row_of(fields: tuple, kinds: Kinds, fetched_at: int | str) -> tuple:
    """(account, body, address, period, fetched_at) for accounts_cache."""
    return fields[0], encode(fields, kinds), fields[2], period_number(fields[4]), fetched_at


# -- the step -----------------------------------------------------------------------------

_SCHEMA = [
    """CREATE TABLE accounts_cache_kinds (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        provider_id TEXT NOT NULL,
        provider_name TEXT NOT NULL,
        unit TEXT NOT NULL,             -- '' for a service without a meter
        meter_prefix TEXT NOT NULL,     -- what precedes the meter number in its id
        UNIQUE (code, name, provider_id, provider_name, unit, meter_prefix)
    )""",
    """CREATE TABLE accounts_cache_v10 (
        account TEXT PRIMARY KEY,
        body BLOB NOT NULL,
        address TEXT NOT NULL,
        period INTEGER NOT NULL,
        fetched_at INTEGER NOT NULL
    )""",
]


def _instant(text: str) -> int | str:
    try:
        when = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return text
    return int(when.timestamp()) if when.tzinfo is not None else text


def compact_account_cache(conn: sqlite3.Connection) -> None:
    """Every cached account converted in place, in account order; a body that does not read
    as a good account is kept as it was (the old reader still reads it). Then the index."""
    import sqlite_utils  # only here: the rest of storage does without it

    for sql in _SCHEMA:
        conn.execute(sql)
    kinds = Kinds(conn)
    insert = "INSERT INTO accounts_cache_v10 VALUES (?, ?, ?, ?, ?)"
    old = conn.execute("SELECT account, body, address_lower, period, fetched_at "
                       "FROM accounts_cache ORDER BY account")
    while batch := old.fetchmany(5000):
        rows = []
        for account, body, address_lower, period, fetched_at in batch:
            try:
                fields = checked(json.loads(body))
                if fields[0] != account:
                    raise Unsure
                rows.append(row_of(fields, kinds, _instant(fetched_at)))
            except (Unsure, ValueError, TypeError):
                rows.append((account, body, address_lower, period, fetched_at))
        conn.executemany(insert, rows)
    conn.execute("DROP TABLE accounts_cache")
    conn.execute("ALTER TABLE accounts_cache_v10 RENAME TO accounts_cache")
    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    db["accounts_cache"].enable_fts(["address"], tokenize=FTS_TOKENIZE, create_triggers=True)
