"""The reference SPC's read side, over real HTTP: health, auth, accounts, search,
snapshot, invoices, error shapes, the CLI and restarts."""

from __future__ import annotations

import datetime as dt
import email.utils
import io
import re
import sqlite3
import subprocess
import sys
import uuid
from zoneinfo import ZoneInfo

import pytest
import requests
from pypdf import PdfReader

from spc import barcode
from spc.demo import DEMO_ACCOUNTS

MONEY = re.compile(r"-?[0-9]+\.[0-9]{2}")
READING = re.compile(r"[0-9]+\.[0-9]{3}")


def _today() -> str:
    # Payments are dated by the SPC's calendar: it refuses business dates that
    # have not begun or are past its late-payment window.
    return dt.datetime.now(ZoneInfo("Asia/Almaty")).date().isoformat()


def assert_error(resp, status: int, code: str, field: str | None = ...):
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "field"}
    assert body["error"]["code"] == code, body
    assert body["error"]["message"]
    if field is not ...:
        assert body["error"]["field"] == field, body


# --- health, auth, error shapes ---------------------------------------------

def test_health_needs_no_token_and_sends_date(spc_server):
    r = requests.get(spc_server.url + "v1/health", timeout=5)
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["version"]
    t = dt.datetime.fromisoformat(body["time"])
    assert t.utcoffset() is not None
    assert abs((t - dt.datetime.now(dt.timezone.utc)).total_seconds()) < 30
    server_date = email.utils.parsedate_to_datetime(r.headers["Date"])
    assert abs((server_date - dt.datetime.now(dt.timezone.utc)).total_seconds()) < 30


@pytest.mark.parametrize("headers", [
    {},
    {"Authorization": "Bearer not-a-real-token"},
    {"Authorization": "Basic dXNlcjpwYXNz"},
    {"Authorization": "Bearer "},
])
@pytest.mark.parametrize("method,path", [
    ("GET", "v1/accounts/1002003001"),
    ("GET", "v1/accounts/1002003001/invoice"),
    ("GET", "v1/accounts?address=abc"),
    ("GET", "v1/accounts/snapshot"),
    ("POST", "v1/payments"),
    ("POST", "v1/payments/batch"),
    ("GET", "v1/payments/some-id"),
    ("POST", "v1/payments/some-id/cancel"),
    ("GET", "v1/registers/2026-11-22"),
])
def test_every_endpoint_but_health_needs_a_valid_token(spc_server, headers, method, path):
    r = requests.request(method, spc_server.url + path, headers=headers, data=b"{}", timeout=5)
    assert_error(r, 401, "unauthorized")


def test_unknown_route_and_wrong_method_use_the_error_shape(spc_server):
    api = spc_server.api()
    assert_error(api.get("v1/nothing-here"), 404, "not_found")
    assert_error(api.get("v2/health"), 404, "not_found")
    assert_error(api.delete("v1/health"), 405, "method_not_allowed")


def test_malformed_json_is_400_invalid_request(spc_server):
    api = spc_server.api()
    r = api.post("v1/payments/batch", data=b'{"payments": [', headers={"Content-Type": "application/json"})
    assert_error(r, 400, "invalid_request")


# --- accounts -----------------------------------------------------------------

def test_typical_account_body(fresh_spc):
    # Its own SPC: other tests pay this account with meter readings on the shared one.
    r = fresh_spc.api().get(f"v1/accounts/{DEMO_ACCOUNTS['typical']}")
    assert r.status_code == 200
    a = r.json()
    assert a["account"] == "1002003001"
    assert a["currency"] == "KZT" and a["period"] == "2026-10"
    assert "***" in a["holder"] and "Абая" in a["address"]
    assert a["invoice_url"] == "/v1/accounts/1002003001/invoice"
    assert re.fullmatch(r'"[0-9a-f]+"', a["etag"])
    assert len(a["services"]) == 5
    assert sum(1 for s in a["services"] if s["meter"]) == 2
    elec = a["services"][0]
    assert elec == {"code": "ELEC", "name": "Электроэнергия",
                    "provider": {"id": "AES", "name": "АлматыЭнергоСбыт"},
                    "amount_due": "1272.26",
                    "meter": {"id": "E-778812", "unit": "kWh", "previous_reading": "12345.000"}}
    for s in a["services"]:
        assert isinstance(s["amount_due"], str) and MONEY.fullmatch(s["amount_due"])
        assert not s["amount_due"].startswith("-") and s["amount_due"] != "0.00"
        if s["meter"]:
            assert READING.fullmatch(s["meter"]["previous_reading"])


@pytest.mark.parametrize("name,check", [
    ("advance", lambda a: any(s["amount_due"].startswith("-") for s in a["services"])),
    ("zero", lambda a: all(s["amount_due"] == "0.00" for s in a["services"])),
    ("many", lambda a: len(a["services"]) == 7),
    ("no_meters", lambda a: all(s["meter"] is None for s in a["services"])),
    ("short", lambda a: len(a["account"]) == 4),
    ("long", lambda a: len(a["account"]) == 20),
])
def test_well_known_demo_accounts(spc_server, name, check):
    a = spc_server.api().get(f"v1/accounts/{DEMO_ACCOUNTS[name]}").json()
    assert a["account"] == DEMO_ACCOUNTS[name]
    assert check(a)


def test_generated_accounts_are_realistic(spc_server):
    items = spc_server.api().get("v1/accounts/snapshot?limit=300").json()["items"]
    generated = [a for a in items if a["account"] not in DEMO_ACCOUNTS.values()]
    assert len(generated) > 200
    for a in generated:
        assert a["address"].startswith("Алматы, ")
        assert 3 <= len(a["services"]) <= 7
        assert "***" in a["holder"]
    amounts = [s["amount_due"] for a in generated for s in a["services"]]
    assert any(x.startswith("-") for x in amounts) and "0.00" in amounts
    assert {s["code"] for a in generated for s in a["services"]} == {
        "ELEC", "HEAT", "HWS", "CWS", "SEW", "GAS", "WASTE", "MAINT"}


@pytest.mark.parametrize("bad", ["123", "12a4", "1" * 21, "١٢٣٤٥"])
def test_invalid_account_number(spc_server, bad):
    assert_error(spc_server.api().get(f"v1/accounts/{bad}"), 400, "invalid_account", "account")
    assert_error(spc_server.api().get(f"v1/accounts/{bad}/invoice"), 400, "invalid_account")


def test_unknown_account(spc_server):
    assert_error(spc_server.api().get("v1/accounts/99990000"), 404, "account_not_found")
    assert_error(spc_server.api().get("v1/accounts/99990000/invoice"), 404, "account_not_found")


# --- search -------------------------------------------------------------------

@pytest.mark.parametrize("fragment", ["абая", "АБАЯ", "Абая 10", "пр. абая"])
def test_search_is_case_insensitive_in_cyrillic(spc_server, fragment):
    r = spc_server.api().get("v1/accounts", params={"address": fragment, "limit": 100})
    assert r.status_code == 200
    items = r.json()["items"]
    assert DEMO_ACCOUNTS["typical"] in {i["account"] for i in items}
    for i in items:
        assert set(i) == {"account", "holder", "address"}
        assert fragment.lower() in i["address"].lower()


def test_search_limit(spc_server):
    api = spc_server.api()
    assert len(api.get("v1/accounts", params={"address": "алматы"}).json()["items"]) == 20
    assert len(api.get("v1/accounts", params={"address": "алматы", "limit": 7}).json()["items"]) == 7
    assert api.get("v1/accounts", params={"address": "нет такой улицы"}).json() == {"items": []}
    assert_error(api.get("v1/accounts", params={"address": "а", "limit": 101}), 400,
                 "invalid_request", "limit")
    assert_error(api.get("v1/accounts", params={"address": "а", "limit": "x"}), 400,
                 "invalid_request", "limit")
    assert_error(api.get("v1/accounts"), 400, "invalid_request", "address")


# --- snapshot -----------------------------------------------------------------

def test_snapshot_pages_cover_every_account_exactly_once(spc_server):
    api = spc_server.api()
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params = {"limit": 137, **({"cursor": cursor} if cursor else {})}
        body = api.get("v1/accounts/snapshot", params=params).json()
        assert len(body["items"]) <= 137
        for item in body["items"]:
            assert "invoice_url" not in item
            assert {"account", "holder", "address", "currency", "period", "etag",
                    "services"} <= set(item)
        seen += [i["account"] for i in body["items"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
        assert pages < 100
    with sqlite3.connect(spc_server.db_path) as db:
        expected = {r[0] for r in db.execute("SELECT account FROM accounts")}
    assert len(seen) == len(set(seen)) == len(expected) >= 1000
    assert set(seen) == expected


def test_snapshot_limits_and_cursor(spc_server):
    api = spc_server.api()
    assert len(api.get("v1/accounts/snapshot").json()["items"]) == 1000
    assert len(api.get("v1/accounts/snapshot?limit=5000").json()["items"]) >= 1000
    assert_error(api.get("v1/accounts/snapshot?limit=5001"), 400, "invalid_request", "limit")
    assert_error(api.get("v1/accounts/snapshot?limit=0"), 400, "invalid_request", "limit")
    assert_error(api.get("v1/accounts/snapshot?cursor=garbage"), 400, "invalid_request", "cursor")
    assert_error(api.get("v1/accounts/snapshot?updated_since=yesterday"), 400,
                 "invalid_request", "updated_since")
    assert_error(api.get("v1/accounts/snapshot", params={"updated_since": "2026-11-22T10:00:00"}),
                 400, "invalid_request", "updated_since")


def test_snapshot_updated_since_returns_only_changed_accounts(fresh_spc):
    api = fresh_spc.api("ALM-01-W01")
    since = dt.datetime.now(dt.timezone.utc).isoformat()
    assert api.get("v1/accounts/snapshot", params={"updated_since": since}).json() == {
        "items": [], "next_cursor": None}
    everything = api.get("v1/accounts/snapshot",
                         params={"updated_since": "2000-01-01T00:00:00+05:00"}).json()
    assert len(everything["items"]) == 50
    account = DEMO_ACCOUNTS["typical"]
    pay = {"payment_id": str(uuid.uuid4()), "workstation_id": "ALM-01-W01", "teller_id": "t.test",
           "receipt_no": "R-1", "accepted_at": f"{_today()}T10:15:03+05:00",
           "business_date": _today(), "account": account, "period": "2026-10",
           "lines": [{"service_code": "ELEC", "amount": "100.00", "reading": "12400.000"}],
           "fee": "0.00", "total": "100.00"}
    assert api.post("v1/payments", json=pay,
                    headers={"Idempotency-Key": pay["payment_id"]}).status_code == 201
    changed = api.get("v1/accounts/snapshot", params={"updated_since": since}).json()
    assert [i["account"] for i in changed["items"]] == [account]
    assert changed["items"][0]["services"][0]["meter"]["previous_reading"] == "12400.000"


# --- invoice ------------------------------------------------------------------

def test_invoice_pdf_etag_and_304(spc_server):
    api = spc_server.api()
    account = DEMO_ACCOUNTS["many"]
    r = api.get(f"v1/accounts/{account}/invoice")
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "application/pdf"
    assert r.content.startswith(b"%PDF")
    etag = r.headers["ETag"]
    assert etag == api.get(f"v1/accounts/{account}").json()["etag"]
    again = api.get(f"v1/accounts/{account}/invoice", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["ETag"] == etag
    weak = api.get(f"v1/accounts/{account}/invoice", headers={"If-None-Match": f'"x", W/{etag}'})
    assert weak.status_code == 304
    other = api.get(f"v1/accounts/{account}/invoice", headers={"If-None-Match": '"stale"'})
    assert other.status_code == 200 and other.content == r.content


def test_invoice_text_has_account_cyrillic_and_barcode(spc_server):
    api = spc_server.api()
    account = api.get(f"v1/accounts/{DEMO_ACCOUNTS['advance']}").json()
    pdf = api.get(f"v1/accounts/{account['account']}/invoice").content
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert account["account"] in text
    assert "Счёт-извещение" in text and "Единый расчётный центр" in text
    assert "Электроэнергия" in text and "QazaqGaz Аймақ" in text
    assert account["holder"] in text
    # Total due counts positive amounts only: 3410.55 + 690.00, the advance is not deducted.
    assert "4 100,55" in text.replace("\u00a0", " ")
    payload = barcode.encode(account["account"], "2026-10", 410055)
    assert payload in text
    assert barcode.decode(payload) == (account["account"], "2026-10", 410055)


def test_invoice_etag_changes_when_the_account_changes(fresh_spc):
    api = fresh_spc.api("ALM-01-W01")
    account = DEMO_ACCOUNTS["typical"]
    first = api.get(f"v1/accounts/{account}/invoice")
    pay = {"payment_id": str(uuid.uuid4()), "workstation_id": "ALM-01-W01", "teller_id": "t.test",
           "receipt_no": "R-1", "accepted_at": f"{_today()}T10:15:03+05:00",
           "business_date": _today(), "account": account, "period": "2026-10",
           "lines": [{"service_code": "CWS", "amount": "845.10", "reading": "320.000"}],
           "fee": "0.00", "total": "845.10"}
    assert api.post("v1/payments", json=pay,
                    headers={"Idempotency-Key": pay["payment_id"]}).status_code == 201
    second = api.get(f"v1/accounts/{account}/invoice",
                     headers={"If-None-Match": first.headers["ETag"]})
    assert second.status_code == 200
    assert second.headers["ETag"] != first.headers["ETag"]
    assert "320,000" in PdfReader(io.BytesIO(second.content)).pages[0].extract_text()


# --- process: restart, CLI ------------------------------------------------------

def test_restart_keeps_port_and_data(fresh_spc):
    api = fresh_spc.api("ALM-01-W01")
    url = fresh_spc.url
    pay = {"payment_id": str(uuid.uuid4()), "workstation_id": "ALM-01-W01", "teller_id": "t.test",
           "receipt_no": "R-1", "accepted_at": f"{_today()}T10:15:03+05:00",
           "business_date": _today(), "account": DEMO_ACCOUNTS["no_meters"],
           "period": "2026-10", "lines": [{"service_code": "SEW", "amount": "640.20"}],
           "fee": "0.00", "total": "640.20"}
    created = api.post("v1/payments", json=pay, headers={"Idempotency-Key": pay["payment_id"]})
    assert created.status_code == 201
    fresh_spc.stop()
    with pytest.raises(requests.ConnectionError):
        requests.get(url + "v1/health", timeout=2)
    fresh_spc.start()
    assert fresh_spc.url == url
    got = api.get(f"v1/payments/{pay['payment_id']}").json()
    assert got["spc_txn_id"] == created.json()["spc_txn_id"]


def test_cli_refuses_non_loopback_host(tmp_path):
    r = subprocess.run([sys.executable, "-m", "spc", "serve", "--db", str(tmp_path / "x.db"),
                        "--host", "0.0.0.0", "--port", "0"],
                       capture_output=True, text=True, timeout=30)
    assert r.returncode == 2
    assert "--allow-remote" in r.stderr
    assert not (tmp_path / "x.db").exists()


def test_cli_token_works_against_the_server(spc_server):
    r = subprocess.run([sys.executable, "-m", "spc", "token", "ALM-09-W01",
                        "--db", str(spc_server.db_path)], capture_output=True, text=True, timeout=30)
    assert r.returncode == 0, r.stderr
    token = r.stdout.strip()
    assert len(token) >= 40
    resp = requests.get(spc_server.url + "v1/registers/2026-11-22",
                        headers={"Authorization": f"Bearer {token}"}, timeout=5)
    assert resp.status_code == 200
    assert resp.json()["workstation_id"] == "ALM-09-W01"
    with sqlite3.connect(spc_server.db_path) as db:
        stored = [r[0] for r in db.execute("SELECT token_sha256 FROM tokens")]
    assert token not in stored and all(len(h) == 64 for h in stored)
