"""Format 1 of the offline copy (cashier/storage/migration_10.py, cashier/accounts/codec.py):
every account reads back as the Account the SPC's item makes, whatever its texts and numbers;
the fast check never accepts what Account.from_wire refuses."""

from __future__ import annotations

import copy
import sqlite3
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from cashier.accounts import codec
from cashier.errors import ValidationError
from cashier.model import Account
from cashier.storage import migration_10

TZ = ZoneInfo("Asia/Almaty")


def item(**changes) -> dict:
    base = {"account": "1002003001", "holder": "Ива*** И. И.",
            "address": "Алматы, пр. Абая 10, кв. 5", "currency": "KZT", "period": "2026-10",
            "etag": '"3125f81ff69e408059f1"',
            "services": [
                {"code": "ELEC", "name": "Электроэнергия",
                 "provider": {"id": "AES", "name": "АлматыЭнергоСбыт"}, "amount_due": "1272.26",
                 "meter": {"id": "E-778812", "unit": "kWh", "previous_reading": "12345.000"}},
                {"code": "GAS", "name": "Газ", "provider": {"id": "QGA", "name": "QazaqGaz Аймақ"},
                 "amount_due": "-1500.00",
                 "meter": {"id": "G-0012", "unit": "m³", "previous_reading": "7.5"}},
                {"code": "SEW", "name": "Водоотведение",
                 "provider": {"id": "ASU", "name": "Алматы Су"}, "amount_due": "0.00",
                 "meter": None}]}
    base.update(changes)
    return base


@pytest.fixture
def conn():
    c = sqlite3.connect(":memory:")
    for sql in migration_10._SCHEMA:
        c.execute(sql)
    c.execute("ALTER TABLE accounts_cache_v10 RENAME TO accounts_cache")
    yield c
    c.close()


def roundtrip(conn, wire: dict) -> Account:
    fields = codec.checked_item(wire)
    when = datetime(2026, 11, 20, 4, 30, 5, tzinfo=timezone.utc)
    conn.executemany("INSERT OR REPLACE INTO accounts_cache VALUES (?, ?, ?, ?, ?)",
                     codec.rows_of(conn, [fields], when))
    row = conn.execute("SELECT * FROM accounts_cache WHERE account = ?",
                       (wire["account"],)).fetchone()
    account = codec.decode(conn, *row, TZ)
    assert account.cached_at == when and account.cached_at.tzinfo is not None
    return account


SERVICE = item()["services"][0]

CASES = {
    "typical": item(),
    "holder beyond KZ-1048": item(holder="Ли 李*** 😀"),
    "etag not hex": item(etag='W/"weak-1"'),
    "etag empty": item(etag=""),
    "etag absent": {k: v for k, v in item().items() if k != "etag"},
    "invoice url standard": item(invoice_url="/v1/accounts/1002003001/invoice"),
    "invoice url other": item(invoice_url="https://spc.example.kz/inv/1?x=ё"),
    "no services": item(services=[]),
    "meter ids as text": item(services=[
        dict(SERVICE, meter={"id": "X-0", "unit": "kWh", "previous_reading": "0"}),
        dict(SERVICE, code="HEAT", meter={"id": "12345678901234567890", "unit": "Гкал",
                                          "previous_reading": "999999999999999.999"})]),
    "big numbers": item(services=[dict(SERVICE, amount_due="-999999999999999.99")]),
    "leading zeros": item(account="00000001", services=[dict(
        SERVICE, amount_due="0000000000000000001.50",
        meter={"id": "007", "unit": "kWh", "previous_reading": "000012.5"})]),
    "twenty digits": item(account="10020030010020030010", period="1999-01"),
    "period digits of another script": item(period="٢٠٢٦-10"),
    "extra keys": item(extra=1, services=[dict(SERVICE, extra={"a": 1})]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_an_account_reads_back_as_from_wire_makes_it(conn, name):
    wire = copy.deepcopy(CASES[name])
    assert roundtrip(conn, wire).to_wire() == Account.from_wire(wire).to_wire()


BAD = {
    "amount with one decimal": item(services=[dict(SERVICE, amount_due="12.3")]),
    "amount a number": item(services=[dict(SERVICE, amount_due=12.3)]),
    "reading negative": item(services=[dict(SERVICE, meter={"id": "E", "unit": "kWh",
                                                            "previous_reading": "-1.000"})]),
    "reading without whole part": item(services=[dict(SERVICE, meter={
        "id": "E", "unit": "kWh", "previous_reading": ".000"})]),
    "control character": item(holder="Ива\x07"),
    "bidi override in a provider's name": item(services=[dict(SERVICE, provider={
        "id": "AES", "name": "\u202eСбыт"})]),
    "line separator in the address": item(address="ул. Абая\u2028 10"),
    "blank address": item(address="   "),
    "blank meter id": item(services=[dict(SERVICE, meter={"id": " ", "unit": "kWh",
                                                          "previous_reading": "1.000"})]),
    "code twice": item(services=[SERVICE, SERVICE]),
    "bad code": item(services=[dict(SERVICE, code="elec")]),
    "bad account": item(account="12ab"),
    "bad period": item(period="2026-13"),
    "services missing": {k: v for k, v in item().items() if k != "services"},
    "provider not an object": item(services=[dict(SERVICE, provider="AES")]),
    "too long a name": item(services=[dict(SERVICE, name="й" * 201)]),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_the_fast_check_never_passes_what_from_wire_refuses(name):
    wire = BAD[name]
    with pytest.raises(migration_10.Unsure):
        migration_10.checked(copy.deepcopy(wire))
    with pytest.raises(ValidationError):
        codec.checked_item(copy.deepcopy(wire))


def test_a_kind_is_stored_once(conn):
    for n in range(5):
        roundtrip(conn, item(account=f"100200300{n}"))
    assert conn.execute("SELECT COUNT(*) FROM accounts_cache_kinds").fetchone()[0] == 3
