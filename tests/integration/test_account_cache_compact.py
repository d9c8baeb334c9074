"""The compact offline copy (migration 10, issue 15) against the real SPC on loopback.

- The offline address search gives, for the same fragment and limit, exactly the SPC's
  answer (accounts, holders, addresses, their order), side by side on the demo data: a
  street, a house number, a flat, one letter, Cyrillic in any case, ё read as е, Kazakh
  letters, punctuation, misses, and a few hundred fragments cut at random from addresses.
- What a lookup reads back is what the SPC said, field for field; an unusual item (one the
  fast check leaves to Account.from_wire) is stored the same way.
- A desk's existing cache (written the way the desk wrote it before migration 10) is
  converted in place: the same lookups, previous readings and cache times, the same search
  answers, the stored invoices untouched, no download.
"""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from cashier import accounts
from cashier.accounts import codec
from cashier.accounts.snapshot import refresh
from cashier.config import Config
from cashier.model import Account
from cashier.storage import db, migrations
from cashier.workstation import Workstation
from tests.conftest import SpcProcess

SPECIAL = [  # (account, holder, address): what the demo's generator never writes
    ("1002003901", "Ёлк*** Ё. Ё.", "Алматы, ул. Ёлочная 5, кв. 12"),
    ("1002003902", "Сем*** А.", "Алматы, ул. Елочная 7"),
    ("1002003903", "Жет*** І. Ү.", "Алматы, мкр. ЖЕТІСУ-3, д. 14, кв. 88"),
    ("1002003904", "O'B*** J.", "Almaty, Dostyk Ave. 5/1, apt. 7"),
    ("1002003905", "Кав*** «А».", "Алматы, ЖК «Дом\u00a0у парка», 1-й подъезд, кв. 3"),
    ("1002003906", "Тес*** Т.", "Алматы, ул. Ауэзова 25а, кв. 100"),
    ("00012345", "Нул*** Н.", "Алматы, пр. Абая 150/230, кв. 5"),
]

FRAGMENTS = [
    "абая", "Абая", "АБАЯ", "пр. абая", "пр. Абая 10", "Абая 10, кв. 5", "бая 1", "10", "1",
    "кв. 5", "кв. 51", "кв. 12", "д. 14", "а", "А", "я", "5", "0", "ж", "Ж", "ё", "Ё",
    "ёлочная", "ЕЛОЧНАЯ", "елочн", "лочная 5", "жетісу", "ЖЕТІСУ-3", "Жетысу", "самал-2",
    "Аль-Фараби", "аль-", "-", ", ", ",", "/", "«", "«дом", "дом\u00a0у", "dostyk",
    "DOSTYK AVE", "apt. 7", "25а", "150/2", "алматы", "Алматы, ул", "нет такой улицы",
    "абаянесуществующая", "кв. 999", "zzz", "№", "ул. Толе би 189/3, кв. 41", "1002003",
]


def _add_special(spc: SpcProcess) -> None:
    services = json.dumps([["ELEC", "AES", 123456, "E-000123", "kWh", 1000],
                           ["GAS", "QGA", -150000, "ГАЗ-12/7", "m³", 12345678],
                           ["XTRA", "NEW", 5000, None, None, None]], ensure_ascii=False)
    with sqlite3.connect(spc.db_path) as conn:
        for account, holder, address in SPECIAL:
            conn.execute("INSERT OR REPLACE INTO accounts VALUES (?, ?, ?, ?, 'KZT', '2026-10', "
                         "?, 1)", (account, holder, address,
                                   address.lower().replace("ё", "е"), services))


@pytest.fixture(scope="module")
def spc(tmp_path_factory):
    server = SpcProcess(tmp_path_factory.mktemp("spc-compact"), demo_accounts=5000)
    server.start()
    try:
        _add_special(server)
        yield server
    finally:
        server.stop()


def _ws(home, spc: SpcProcess) -> Workstation:
    cfg = Config(home=home, spc_url=spc.url, workstation_id="ALM-01-W07", teller_id="t.test")
    return Workstation(cfg, token=spc.token_for("ALM-01-W07"))


@pytest.fixture(scope="module")
def filled(spc, tmp_path_factory):
    with _ws(tmp_path_factory.mktemp("desk"), spc) as ws:
        report = refresh(ws)
        assert report.complete and report.skipped == 0 and report.stored == 5000 + len(SPECIAL)
        yield ws


def _spc_search(spc: SpcProcess, fragment: str, limit: int) -> list[tuple]:
    r = spc.api("ALM-01-W07").get("v1/accounts", params={"address": fragment, "limit": limit})
    assert r.status_code == 200, r.text
    return [(i["account"], i["holder"], i["address"]) for i in r.json()["items"]]


def _desk_search(ws: Workstation, fragment: str, limit: int) -> list[tuple]:
    found = accounts.search_cached(ws, fragment, limit)
    assert all(i["source"] == "cache" and i["cached_at"] for i in found)
    return [(i["account"], i["holder"], i["address"]) for i in found]


@pytest.mark.parametrize("limit", [1, 7, 20, 100])
def test_the_offline_search_answers_as_the_spc_does(spc, filled, limit):
    for fragment in FRAGMENTS:
        assert _desk_search(filled, fragment, limit) == _spc_search(spc, fragment, limit), fragment


def test_random_fragments_of_real_addresses_answer_as_the_spc_does(spc, filled):
    rng = random.Random(15)
    addresses = [r[0] for r in filled.conn.execute("SELECT address FROM accounts_cache")]
    for _ in range(300):
        address = rng.choice(addresses)
        start = rng.randrange(len(address))
        fragment = address[start:start + rng.choice([1, 2, 3, 4, 6, 9, 14])]
        if rng.random() < 0.3:
            fragment = fragment.upper()
        if not fragment.strip():
            continue
        assert _desk_search(filled, fragment, 20) == _spc_search(spc, fragment, 20), fragment


def test_a_lookup_reads_back_what_the_spc_said(spc, filled):
    numbers = [a for a, _, _ in SPECIAL] + ["1002003001", "1002003002", "7001",
                                            "10020030010020030010"]
    for number in numbers:
        live = spc.api("ALM-01-W07").get(f"v1/accounts/{number}").json()
        live.pop("invoice_url")
        cached = accounts.cached_account(filled, number)
        assert cached.to_wire() == live
        assert cached.cached_at is not None and cached.cached_at.tzinfo is not None


def test_an_unusual_item_is_judged_by_from_wire_and_stored_alike(filled):
    item = {"account": "5550001", "holder": "  Тес*** Т. ", "address": "Алматы, ул. Новая 1",
            "currency": "KZT", "period": "2026-10", "etag": "W/\"weak\"", "invoice_url": "",
            "services": [{"code": "ELEC", "name": "Электроэнергия", "extra": 1,
                          "provider": {"id": "AES", "name": "АлматыЭнергоСбыт"},
                          "amount_due": "0000000000000000001.50",
                          "meter": {"id": "007", "unit": "kWh", "previous_reading": "5.5"}}]}
    fields = codec.checked_item(item)
    with db.atomic(filled.conn):
        from cashier.accounts.cache import store_accounts
        store_accounts(filled.conn, [fields], filled.now())
    try:
        assert accounts.cached_account(filled, "5550001").to_wire() == \
            Account.from_wire(item).to_wire()
    finally:
        with db.atomic(filled.conn):
            filled.conn.execute("DELETE FROM accounts_cache WHERE account = '5550001'")


# --- an existing desk's cache, converted in place ---------------------------------------------

# How the desk wrote its offline copy before migration 10 (cashier/accounts/cache.py then).
_OLD_UPSERT = ("INSERT INTO accounts_cache(account, body, address_lower, period, fetched_at) "
               "VALUES (?, ?, ?, ?, ?) ON CONFLICT(account) DO UPDATE SET body = excluded.body, "
               "address_lower = excluded.address_lower, period = excluded.period, "
               "fetched_at = excluded.fetched_at")


def _old_desk(home, spc: SpcProcess) -> tuple[Workstation, dict]:
    """A desk at schema 9 whose cache the old code filled: every account of the SPC's
    snapshot, one looked up (with its invoice_url), one stored invoice, one broken row."""
    cfg = Config(home=home, spc_url=spc.url, workstation_id="ALM-01-W08", teller_id="t.test")
    conn = db.connect(cfg.db_path, migrate=False)
    migrations.upgrade(conn, target=9)
    api = spc.api("ALM-01-W07")
    cursor, rows = None, []
    fetched = datetime(2026, 11, 20, 9, 30, tzinfo=timezone(timedelta(hours=5)))
    while True:
        page = api.get("v1/accounts/snapshot", params={"limit": 5000, **(
            {"cursor": cursor} if cursor else {})}).json()
        for item in page["items"]:
            account = Account.from_wire(item)
            rows.append((account.account, json.dumps(account.to_wire(), ensure_ascii=False,
                                                      separators=(",", ":")),
                         account.address.lower(), account.period,
                         fetched.isoformat(timespec="seconds")))
        cursor = page["next_cursor"]
        if cursor is None:
            break
    looked_up = Account.from_wire(api.get("v1/accounts/1002003004").json())
    rows.append((looked_up.account, json.dumps(looked_up.to_wire(), ensure_ascii=False),
                 looked_up.address.lower(), looked_up.period, "2026-11-21T10:00:00+05:00"))
    rows.append(("5555", "{}", "", "2026-09", "2026-10-01T00:00:00+05:00"))
    with db.atomic(conn):
        conn.executemany(_OLD_UPSERT, rows)
        conn.execute("INSERT INTO invoice_cache VALUES ('1002003001', '\"e1\"', ?, ?)",
                     (b"%PDF-1.4 stored invoice", "2026-11-20T09:31:00+05:00"))
        db.set_state(conn, "account_cache.complete_at", "2026-11-20T09:35:00+05:00")
    before = {}
    for account, body, _, _, fetched_at in rows:
        try:
            before[account] = (Account.from_wire(json.loads(body)).to_wire(),
                               datetime.fromisoformat(fetched_at))
        except Exception as exc:  # what the old reader made of it
            before[account] = type(exc)
    conn.close()
    return Workstation(cfg, token=spc.token_for("ALM-01-W08")), before


def test_an_existing_cache_is_converted_in_place(spc, filled, tmp_path):
    ws, before = _old_desk(tmp_path / "old", spc)
    with ws:
        assert migrations.current(ws.conn) == migrations.latest() >= 10
        assert ws.conn.execute("SELECT COUNT(*) FROM accounts_cache").fetchone()[0] == len(before)
        for number, was in before.items():
            if isinstance(was, type):
                with pytest.raises(was):
                    accounts.cached_account(ws, number)
                continue
            now = accounts.cached_account(ws, number)
            assert now.to_wire() == was[0] and now.cached_at == was[1], number
        typical = accounts.cached_account(ws, "1002003001")
        assert typical.service("ELEC").meter.previous_reading == 12_345_000
        assert accounts.cached_account(ws, "1002003004").invoice_url == \
            "/v1/accounts/1002003004/invoice"
        # Converted, not kept as JSON: only the broken row is still text.
        kinds = dict(ws.conn.execute("SELECT typeof(body), COUNT(*) FROM accounts_cache "
                                     "GROUP BY 1").fetchall())
        assert kinds == {"blob": len(before) - 1, "text": 1}
        assert [tuple(r) for r in ws.conn.execute("SELECT etag, pdf FROM invoice_cache")] == \
            [('"e1"', b"%PDF-1.4 stored invoice")]
        assert ws.conn.execute("SELECT value FROM state WHERE key = 'account_cache.complete_at'"
                               ).fetchone()[0] == "2026-11-20T09:35:00+05:00"
        for fragment in ("абая 1", "ёлочная", "кв. 5", "а", "нет такой"):
            assert _desk_search(ws, fragment, 20) == _spc_search(spc, fragment, 20), fragment
        # ... and the converted copy keeps being refreshed (the next run: no new download
        # of what is there, just the usual upserts).
        report = refresh(ws)
        assert report.complete and report.skipped == 0
        assert accounts.cached_account(ws, "1002003001").to_wire() == before["1002003001"][0]
