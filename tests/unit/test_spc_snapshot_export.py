"""The reference SPC's snapshot pages, written as JSON text (spc/store.py `snapshot_bodies`),
say exactly what the account bodies built as dicts say (`account_body`), for every demo
account and for texts that JSON must escape, and the endpoint's pages follow the cursor."""

from __future__ import annotations

import json

from spc import demo, store


def _db(tmp_path, n: int = 1000):
    path = tmp_path / "spc.db"
    conn = store.connect(path)
    store.init_schema(conn)
    demo.seed(conn, n)
    return conn


def test_every_demo_body_is_the_dict_one(tmp_path):
    conn = _db(tmp_path)
    catalog = store.load_catalog(conn)
    rows = store.snapshot(conn, None, 5000, None)
    bodies = store.snapshot_bodies(conn, catalog, None, 5000, None)
    assert [a for a, _ in bodies] == [r["account"] for r in rows] and len(rows) == 1000
    for row, (_, text) in zip(rows, bodies):
        assert json.loads(text) == store.account_body(row, catalog, invoice_url=False)


def test_texts_json_must_escape_and_unknown_codes(tmp_path):
    conn = _db(tmp_path, 10)
    services = [["XTRA", "NOPE", -5, "Q\"1\\", "m\u00b3", 1], ["ELEC", "AES", 0, None, None, None]]
    conn.execute("INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 ("1002003999", 'Ки"м\\ \u2028 Ё', "Алматы, «Дом» \t 1/2", "алматы", "KZT",
                  "2026-10", json.dumps(services, ensure_ascii=False), store.now_us()))
    catalog = store.load_catalog(conn)
    row = store.get_account(conn, "1002003999")
    (_, text), = store.snapshot_bodies(conn, catalog, "1002003998", 1, None)
    body = json.loads(text)
    assert body == store.account_body(row, catalog, invoice_url=False)
    assert body["services"][0]["amount_due"] == "-0.05"
    assert body["services"][0]["provider"] == {"id": "NOPE", "name": "NOPE"}


def test_updated_since_and_limit_select_as_snapshot_does(tmp_path):
    conn = _db(tmp_path, 50)
    catalog = store.load_catalog(conn)
    since = store.now_us()
    conn.execute("UPDATE accounts SET updated_at = ? WHERE account IN ('7001', '1002003002')",
                 (since + 10,))
    got = store.snapshot_bodies(conn, catalog, None, 10, since)
    assert [a for a, _ in got] == [r["account"] for r in store.snapshot(conn, None, 10, since)]
    assert [a for a, _ in got] == ["1002003002", "7001"]
