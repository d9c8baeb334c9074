"""The reference SPC's payments over real HTTP: acceptance, every refusal code,
permanent idempotency (also under concurrency), batches, cancels, registers."""

from __future__ import annotations

import copy
import datetime as dt
import json
import sqlite3
import threading
import uuid
from zoneinfo import ZoneInfo

import pytest

from spc.demo import DEMO_ACCOUNTS
TYPICAL = DEMO_ACCOUNTS["typical"]


def assert_error(resp, status: int, code: str, field: str | None = ...):
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "field"}
    assert body["error"]["code"] == code, body
    if field is not ...:
        assert body["error"]["field"] == field, body


def today() -> str:
    return dt.datetime.now(ZoneInfo("Asia/Almaty")).date().isoformat()


def new_ws() -> str:
    """A workstation of its own per test, so registers never see other tests' payments."""
    return f"ALM-02-{uuid.uuid4().hex[:8].upper()}"


def payment(ws: str, account: str = TYPICAL, lines=None, fee: str = "0.00",
            total: str | None = None, business_date: str | None = None, **extra) -> dict:
    lines = lines if lines is not None else [
        {"service_code": "HEAT", "amount": "2523.75", "reading": None},
        {"service_code": "SEW", "amount": "512.40", "reading": None}]
    if total is None:
        cents = sum(int(line["amount"].replace(".", "")) for line in lines) + int(fee.replace(".", ""))
        total = f"{cents // 100}.{cents % 100:02d}"
    business_date = business_date or today()
    # Taken on its business date at the desk, as the workstation does it.
    body = {"payment_id": str(uuid.uuid4()), "workstation_id": ws, "teller_id": "t.sadykova",
            "receipt_no": f"{ws}-{business_date.replace('-', '')}-00001",
            "accepted_at": f"{business_date}T10:15:03+05:00",
            "business_date": business_date, "account": account, "period": "2026-10",
            "lines": lines, "fee": fee, "total": total}
    body.update(extra)
    return body


def post(api, body: dict, key: str | None = None, raw: bytes | None = None):
    key = body.get("payment_id") if key is None and isinstance(body, dict) else key
    headers = {"Content-Type": "application/json"}
    if key is not None:
        headers["Idempotency-Key"] = key
    data = raw if raw is not None else json.dumps(body).encode()
    return api.post("v1/payments", data=data, headers=headers)


# --- acceptance and lookup -------------------------------------------------------

def test_accepted_payment_and_lookup(spc_server):
    ws = new_ws()
    api = spc_server.api(ws)
    body = payment(ws, fee="150.00")
    r = post(api, body)
    assert r.status_code == 201, r.text
    res = r.json()
    assert set(res) == {"payment_id", "spc_txn_id", "status", "registered_at", "replayed"}
    assert res["payment_id"] == body["payment_id"] and res["status"] == "accepted"
    assert res["replayed"] is False and res["spc_txn_id"]
    assert dt.datetime.fromisoformat(res["registered_at"]).utcoffset() is not None
    got = api.get(f"v1/payments/{body['payment_id']}")
    assert got.status_code == 200
    assert got.json()["spc_txn_id"] == res["spc_txn_id"] and got.json()["status"] == "accepted"
    # Amounts due are the period's invoice; a payment does not change them.
    assert api.get(f"v1/accounts/{TYPICAL}").json()["services"][1]["amount_due"] == "2523.75"


def test_unknown_payment_is_404(spc_server):
    assert_error(spc_server.api().get("v1/payments/no-such-payment"), 404, "payment_not_found")


# --- idempotency -------------------------------------------------------------------

def test_replay_returns_the_original_result(spc_server):
    ws = new_ws()
    api = spc_server.api(ws)
    body = payment(ws)
    first = post(api, body)
    assert first.status_code == 201
    # Same JSON value, different key order and spacing: still the same body.
    reordered = json.dumps(dict(reversed(list(body.items()))), indent=2).encode()
    for raw in (json.dumps(body).encode(), reordered):
        again = post(api, body, raw=raw)
        assert again.status_code == 200, again.text
        assert again.json() == {**first.json(), "replayed": True}
    register = api.get(f"v1/registers/{today()}", params={"workstation_id": ws}).json()
    assert register["count"] == 1


def test_same_key_different_body_is_409(spc_server):
    ws = new_ws()
    api = spc_server.api(ws)
    body = payment(ws)
    assert post(api, body).status_code == 201
    changed = copy.deepcopy(body)
    changed["lines"][0]["amount"] = "2523.76"
    changed["total"] = "3036.16"
    assert_error(post(api, changed), 409, "idempotency_conflict")
    assert_error(post(api, {**body, "receipt_no": "other"}), 409, "idempotency_conflict")


def test_concurrent_requests_with_one_key_create_one_payment(spc_server):
    ws = new_ws()
    body = payment(ws)
    n = 20
    barrier = threading.Barrier(n)
    answers: list = [None] * n
    sessions = [spc_server.api(ws) for _ in range(n)]

    def send(i: int) -> None:
        barrier.wait()
        answers[i] = post(sessions[i], body)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    codes = sorted(a.status_code for a in answers)
    assert codes == [200] * (n - 1) + [201], [a.text for a in answers]
    assert len({a.json()["spc_txn_id"] for a in answers}) == 1
    assert sum(a.json()["replayed"] for a in answers) == n - 1
    register = sessions[0].get(f"v1/registers/{today()}", params={"workstation_id": ws}).json()
    assert register["count"] == 1 and register["amount"] == body["total"]


def test_concurrent_distinct_payments_are_all_kept(spc_server):
    ws = new_ws()
    n = 20
    bodies = [payment(ws, receipt_no=f"{ws}-{i:05d}") for i in range(n)]
    barrier = threading.Barrier(n)
    answers: list = [None] * n

    def send(i: int) -> None:
        api = spc_server.api(ws)
        barrier.wait()
        answers[i] = post(api, bodies[i])

    threads = [threading.Thread(target=send, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert [a.status_code for a in answers] == [201] * n
    assert len({a.json()["spc_txn_id"] for a in answers}) == n
    register = spc_server.api(ws).get(f"v1/registers/{today()}").json()
    assert register["count"] == n


# --- refusals: 400 -------------------------------------------------------------------

def _without(body: dict, key: str) -> dict:
    return {k: v for k, v in body.items() if k != key}


BAD_BODIES = [
    ("amount as a JSON number", lambda b: b["lines"][0].update(amount=2523.75), "lines[0].amount"),
    ("one fraction digit", lambda b: b["lines"][0].update(amount="2523.7"), "lines[0].amount"),
    ("three fraction digits", lambda b: b["lines"][0].update(amount="2523.750"), "lines[0].amount"),
    ("no fraction", lambda b: b["lines"][0].update(amount="2523"), "lines[0].amount"),
    ("comma", lambda b: b["lines"][0].update(amount="2523,75"), "lines[0].amount"),
    ("trailing newline", lambda b: b["lines"][0].update(amount="2523.75\n"), "lines[0].amount"),
    ("non-ASCII digits", lambda b: b["lines"][0].update(amount="٢٥٢٣.٧٥"), "lines[0].amount"),
    ("total as number", lambda b: b.update(total=3036.15), "total"),
    ("fee missing", lambda b: b.pop("fee"), "fee"),
    ("fee as 1.5", lambda b: b.update(fee="1.5"), "fee"),
    ("teller missing", lambda b: b.pop("teller_id"), "teller_id"),
    ("receipt empty", lambda b: b.update(receipt_no=""), "receipt_no"),
    ("time without offset", lambda b: b.update(accepted_at="2026-11-22T10:15:03"), "accepted_at"),
    ("time as date", lambda b: b.update(accepted_at="2026-11-22"), "accepted_at"),
    ("bad business date", lambda b: b.update(business_date="2026-02-30"), "business_date"),
    ("bad account", lambda b: b.update(account="12ab"), "account"),
    ("account as number", lambda b: b.update(account=1002003001), "account"),
    ("bad period", lambda b: b.update(period="2026-13"), "period"),
    ("no lines", lambda b: b.update(lines=[]), "lines"),
    ("duplicate service", lambda b: b["lines"][1].update(service_code="HEAT"),
     "lines[1].service_code"),
    ("reading as number", lambda b: b["lines"][0].update(reading=12410.5), "lines[0].reading"),
    ("reading with 4 decimals", lambda b: b["lines"][0].update(reading="12410.1234"),
     "lines[0].reading"),
    ("negative reading", lambda b: b["lines"][0].update(reading="-1.000"), "lines[0].reading"),
    ("line not an object", lambda b: b["lines"].append("HEAT"), "lines[2]"),
    ("workstation missing", lambda b: b.pop("workstation_id"), "workstation_id"),
]


@pytest.mark.parametrize("label,mutate,field", BAD_BODIES, ids=[b[0] for b in BAD_BODIES])
def test_malformed_payment_is_400(spc_server, label, mutate, field):
    ws = "ALM-01-W01"
    body = payment(ws)
    mutate(body)
    assert_error(post(spc_server.api(ws), body, key=body["payment_id"]), 400, "invalid_request",
                 field)


def test_malformed_json_and_non_objects_are_400(spc_server):
    api = spc_server.api()
    assert_error(post(api, {}, key="k1", raw=b'{"payment_id": '), 400, "invalid_request")
    assert_error(post(api, {}, key="k1", raw=b"[1, 2]"), 400, "invalid_request")
    assert_error(post(api, {}, key="k1", raw=b'{"a": 1, "a": 2}'), 400, "invalid_request")
    assert_error(post(api, {}, key="k1", raw=b'{"fee": NaN}'), 400, "invalid_request")
    assert_error(post(api, {}, key="k1", raw=b""), 400, "invalid_request")


def test_idempotency_key_is_required_and_must_match(spc_server):
    ws = "ALM-01-W01"
    api = spc_server.api(ws)
    body = payment(ws)
    r = api.post("v1/payments", json=body)
    assert_error(r, 400, "invalid_request", "Idempotency-Key")
    assert_error(post(api, body, key=str(uuid.uuid4())), 400, "invalid_request", "Idempotency-Key")
    assert api.get(f"v1/payments/{body['payment_id']}").status_code == 404


# --- refusals: 422, 403 ------------------------------------------------------------------

REFUSALS = [
    ("account_not_found", dict(account="99990000"), "account"),
    ("unknown_service", dict(lines=[{"service_code": "GAS", "amount": "10.00", "reading": None}]),
     "lines[0].service_code"),
    ("invalid_amount", dict(lines=[{"service_code": "HEAT", "amount": "0.00", "reading": None}]),
     "lines[0].amount"),
    ("invalid_amount", dict(lines=[{"service_code": "HEAT", "amount": "-5.00", "reading": None}],
                            total="-5.00"), "lines[0].amount"),
    ("invalid_amount", dict(fee="-1.00", total="3035.15"), "fee"),
    ("total_mismatch", dict(total="3036.14"), "total"),
    ("total_mismatch", dict(fee="10.00", total="3036.15"), "total"),
    ("period_closed", dict(period="2026-08"), "period"),
    ("period_closed", dict(period="2026-11"), "period"),
    ("period_closed", dict(period="2025-10"), "period"),
    ("reading_below_previous",
     dict(lines=[{"service_code": "CWS", "amount": "845.10", "reading": "1.000"}]),
     "lines[0].reading"),
]


def test_a_reading_for_a_service_without_a_meter_is_400_invalid_request(spc_server):
    """Only the protocol's pairs: its 422 codes are all named, so a field that cannot hold a
    value for this account is 400 invalid_request naming the field."""
    ws = "ALM-01-W01"
    body = payment(ws, lines=[{"service_code": "HEAT", "amount": "10.00", "reading": "5.000"}])
    assert_error(post(spc_server.api(ws), body, key=body["payment_id"]), 400, "invalid_request",
                 "lines[0].reading")


@pytest.mark.parametrize("code,changes,field", REFUSALS, ids=[f"{r[0]}-{r[2]}" for r in REFUSALS])
def test_payment_refusals_are_422(spc_server, code, changes, field):
    ws = "ALM-01-W01"
    api = spc_server.api(ws)
    body = payment(ws, **changes)
    assert_error(post(api, body), 422, code, field)
    assert api.get(f"v1/payments/{body['payment_id']}").status_code == 404


def test_previous_period_is_still_open(spc_server):
    ws = new_ws()
    assert post(spc_server.api(ws), payment(ws, period="2026-09")).status_code == 201


def test_payment_for_another_workstation_is_403(spc_server):
    api = spc_server.api("ALM-01-W01")
    body = payment("ALM-01-W02")
    assert_error(post(api, body), 403, "forbidden", "workstation_id")


def test_readings_move_the_meter(fresh_spc):
    ws = "ALM-01-W01"
    api = fresh_spc.api(ws)
    elec = lambda reading: [{"service_code": "ELEC", "amount": "1272.26", "reading": reading}]  # noqa: E731
    assert post(api, payment(ws, lines=elec("12410.5"))).status_code == 201
    meter = api.get(f"v1/accounts/{TYPICAL}").json()["services"][0]["meter"]
    assert meter["previous_reading"] == "12410.500"
    assert_error(post(api, payment(ws, lines=elec("12410.499"))), 422, "reading_below_previous",
                 "lines[0].reading")
    assert post(api, payment(ws, lines=elec("12410.500"))).status_code == 201
    # A replay is answered from the record, not re-validated against the moved meter.
    first = payment(ws, lines=elec("12500"))
    assert post(api, first).status_code == 201
    assert post(api, first).status_code == 200


# --- batch ------------------------------------------------------------------------------

def test_batch_mixed_results_in_order(spc_server):
    ws = new_ws()
    api = spc_server.api(ws)
    ok = payment(ws)
    conflict = {**ok, "receipt_no": "different"}
    bad_amount = payment(ws, lines=[{"service_code": "HEAT", "amount": "0.00", "reading": None}])
    no_account = payment(ws, account="99990000")
    foreign = payment("ALM-01-W77")
    malformed = {"payment_id": "abc", "lines": "nope"}
    ok2 = payment(ws, fee="100.00")
    r = api.post("v1/payments/batch", json={"payments": [
        ok, bad_amount, ok, conflict, no_account, foreign, malformed, 42, ok2]})
    assert r.status_code == 200, r.text
    res = r.json()["results"]
    assert [x["status"] for x in res] == ["accepted", "rejected", "accepted", "rejected",
                                          "rejected", "rejected", "rejected", "rejected",
                                          "accepted"]
    assert [x.get("error", {}).get("code") for x in res] == [
        None, "invalid_amount", None, "idempotency_conflict", "account_not_found", "forbidden",
        "invalid_request", "invalid_request", None]
    assert [x["payment_id"] for x in res] == [
        ok["payment_id"], bad_amount["payment_id"], ok["payment_id"], ok["payment_id"],
        no_account["payment_id"], foreign["payment_id"], "abc", None, ok2["payment_id"]]
    assert res[0]["replayed"] is False and res[2]["replayed"] is True
    assert res[0]["spc_txn_id"] == res[2]["spc_txn_id"]
    assert all("spc_txn_id" not in x and "error" in x for x in res if x["status"] == "rejected")
    assert all(set(x["error"]) == {"code", "message", "field"}
               for x in res if x["status"] == "rejected")
    # The batch and the single endpoint share one record of keys.
    assert post(api, ok2).json() == {"payment_id": ok2["payment_id"],
                                     "spc_txn_id": res[8]["spc_txn_id"], "status": "accepted",
                                     "registered_at": res[8]["registered_at"], "replayed": True}
    register = api.get(f"v1/registers/{today()}").json()
    assert register["count"] == 2 and register["amount"] == "6172.30"


@pytest.mark.parametrize("payload", [{"payments": []}, {"payments": [{}] * 201}, {"x": 1}, []])
def test_batch_size_and_shape(spc_server, payload):
    assert_error(spc_server.api().post("v1/payments/batch", json=payload), 400, "invalid_request")


# --- cancel -------------------------------------------------------------------------------

def cancel_body(day: str | None = None) -> dict:
    """A void done at the desk on `day` (default: today), at 23:59 of it."""
    return {"reason": "ошибка кассира", "supervisor_id": "s.akhmetova",
            "cancelled_at": f"{day or today()}T23:59:00+05:00"}


def test_cancel_on_the_business_date(fresh_spc):
    ws = "ALM-01-W01"
    api = fresh_spc.api(ws)
    body = payment(ws, lines=[{"service_code": "CWS", "amount": "845.10", "reading": "400.000"}])
    kept = payment(ws)
    assert post(api, body).status_code == 201 and post(api, kept).status_code == 201
    r = api.post(f"v1/payments/{body['payment_id']}/cancel", json=cancel_body())
    assert r.status_code == 200 and r.json() == {"payment_id": body["payment_id"],
                                                 "status": "cancelled"}
    again = api.post(f"v1/payments/{body['payment_id']}/cancel", json=cancel_body())
    assert again.status_code == 200 and again.json()["status"] == "cancelled"
    assert api.get(f"v1/payments/{body['payment_id']}").json()["status"] == "cancelled"
    # The cancelled payment's reading no longer holds the meter.
    cws = api.get(f"v1/accounts/{TYPICAL}").json()["services"][2]
    assert cws["meter"]["previous_reading"] == "312.457"
    register = api.get(f"v1/registers/{today()}", params={"workstation_id": ws}).json()
    assert register["count"] == 2
    assert {p["payment_id"]: p["status"] for p in register["payments"]} == {
        body["payment_id"]: "cancelled", kept["payment_id"]: "accepted"}
    assert register["amount"] == kept["total"]


def test_cancel_refusals(spc_server):
    ws = new_ws()
    api = spc_server.api(ws)
    yesterday = (dt.date.fromisoformat(today()) - dt.timedelta(days=1)).isoformat()
    old = payment(ws, business_date=yesterday)
    assert post(api, old).status_code == 201
    # Voided today, a day after its business date.
    assert_error(api.post(f"v1/payments/{old['payment_id']}/cancel", json=cancel_body()), 422,
                 "cancel_not_allowed", "cancelled_at")
    assert_error(api.post("v1/payments/nope/cancel", json=cancel_body()), 404, "payment_not_found")
    assert_error(api.post(f"v1/payments/{old['payment_id']}/cancel",
                          json={**cancel_body(), "cancelled_at": "yesterday"}), 400,
                 "invalid_request", "cancelled_at")
    assert_error(api.post(f"v1/payments/{old['payment_id']}/cancel",
                          json={"reason": "x"}), 400, "invalid_request", "supervisor_id")
    other = spc_server.api(new_ws())
    assert_error(other.post(f"v1/payments/{old['payment_id']}/cancel",
                            json=cancel_body(yesterday)), 403, "forbidden")
    assert api.get(f"v1/payments/{old['payment_id']}").json()["status"] == "accepted"


# --- registers ------------------------------------------------------------------------------

def test_register_lists_the_day_of_one_workstation(spc_server):
    ws = new_ws()
    api = spc_server.api(ws)
    bodies = [payment(ws, receipt_no=f"{ws}-{i}", fee=f"{i}.00") for i in range(3)]
    for b in bodies:
        assert post(api, b).status_code == 201
    post(spc_server.api("ALM-01-W01"), payment("ALM-01-W01"))
    r = api.get(f"v1/registers/{today()}", params={"workstation_id": ws})
    assert r.status_code == 200
    reg = r.json()
    assert reg["business_date"] == today() and reg["workstation_id"] == ws
    assert reg["count"] == 3
    assert reg["amount"] == "9111.45"  # 3 x 3036.15 + 0 + 1 + 2
    assert [p["receipt_no"] for p in reg["payments"]] == [b["receipt_no"] for b in bodies]
    assert set(reg["payments"][0]) == {"payment_id", "spc_txn_id", "receipt_no", "account",
                                       "total", "status"}
    assert reg["payments"][1]["total"] == "3037.15"
    empty = api.get("v1/registers/2001-01-01", params={"workstation_id": ws}).json()
    assert empty["count"] == 0 and empty["amount"] == "0.00" and empty["payments"] == []
    assert_error(api.get(f"v1/registers/{today()}", params={"workstation_id": "ALM-01-W01"}), 403,
                 "forbidden")
    assert_error(api.get("v1/registers/22-11-2026"), 400, "invalid_request", "business_date")


def test_payments_are_stored_durably_with_their_body(spc_server):
    ws = new_ws()
    body = payment(ws)
    assert post(spc_server.api(ws), body).status_code == 201
    with sqlite3.connect(spc_server.db_path) as db:
        stored = db.execute("SELECT body, status FROM payments WHERE payment_id = ?",
                            (body["payment_id"],)).fetchone()
    assert json.loads(stored[0]) == body and stored[1] == "accepted"
