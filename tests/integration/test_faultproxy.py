"""The fault proxy does what each fault says, against the real reference SPC.

Every test looks at both ends: what the client saw (status, connection error,
reset) and what the SPC's own register holds afterwards. The workstation tests
then show the outbox coping with each fault: exactly one payment at the SPC.
"""

from __future__ import annotations

import socket
import time
import uuid
from datetime import datetime, timedelta

import pytest
import requests

from cashier import accounts, payments, sync
from cashier.config import Config
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS
from tests.support.faultproxy import (DEFAULT_MIX, DELAY, DROP_REQUEST, DROP_RESPONSE, ERROR_500, ERROR_503,
                              FAULTS, GARBAGE, PASS, RESET, RESET_RESPONSE, Fault, FaultProxy)
from tests.support.staffing import teller_of

pytestmark = pytest.mark.timeout(120)

WS_ID = "ALM-01-W01"
TYPICAL = DEMO_ACCOUNTS["typical"]


class Clock:
    def __init__(self):
        from zoneinfo import ZoneInfo
        self.when = datetime.now(ZoneInfo("Asia/Almaty")).replace(microsecond=0)

    def __call__(self):
        return self.when


@pytest.fixture
def proxy(fresh_spc):
    with FaultProxy(fresh_spc.url, seed=1, max_lifetime=110, max_connections=500) as p:
        yield p


def _session(spc, base: str) -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {spc.token_for(WS_ID)}"
    s.base = base  # type: ignore[attr-defined]
    return s


def _body(spc, n: int = 1) -> dict:
    """A valid payment for the typical account, straight from the SPC's current data."""
    acc = spc.api(WS_ID).get(f"v1/accounts/{TYPICAL}").json()
    svc = acc["services"][1]  # HEAT: no meter
    today = datetime.now().astimezone().date()
    amount = f"{100 + n}.25"
    return {"payment_id": str(uuid.uuid4()), "workstation_id": WS_ID, "teller_id": "t.proxy",
            "receipt_no": f"{WS_ID}-{today:%Y%m%d}-P{n:04d}",
            "accepted_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "business_date": today.isoformat(), "account": TYPICAL, "period": acc["period"],
            "lines": [{"service_code": svc["code"], "amount": amount, "reading": None}],
            "fee": "0.00", "total": amount}


def _post(s: requests.Session, base: str, body: dict) -> requests.Response:
    return s.post(base + "v1/payments", json=body, headers={"Idempotency-Key": body["payment_id"]},
                  timeout=10)


def _spc_has(spc, payment_id: str) -> bool:
    resp = spc.api(WS_ID).get(f"v1/payments/{payment_id}")
    assert resp.status_code in (200, 404), resp.text
    return resp.status_code == 200


def _register(spc, day) -> dict:
    resp = spc.api(WS_ID).get(f"v1/registers/{day}", params={"workstation_id": WS_ID})
    assert resp.status_code == 200, resp.text
    return resp.json()


# -- safety and bounds --------------------------------------------------------------------

@pytest.mark.parametrize("upstream", ["http://10.0.0.1:80/", "http://192.168.1.1:8080/",
                                      "http://example.com:80/", "http://[::1]:80/",
                                      "https://127.0.0.1:443/", "http://127.0.0.1/"])
def test_refuses_any_upstream_that_is_not_loopback_ipv4(upstream):
    with pytest.raises(ValueError):
        FaultProxy(upstream)


def test_binds_loopback_only_and_passes_requests_through_on_keep_alive(fresh_spc, proxy):
    assert proxy.url.startswith("http://127.0.0.1:")
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=5) as sock:
        assert sock.getpeername()[0] == "127.0.0.1"
    s = _session(fresh_spc, proxy.url)
    for _ in range(5):
        assert s.get(proxy.url + "v1/health", timeout=5).json()["status"] == "ok"
    acc = s.get(proxy.url + f"v1/accounts/{TYPICAL}", timeout=5)
    assert acc.status_code == 200 and acc.json()["account"] == TYPICAL
    pdf = s.get(proxy.url + f"v1/accounts/{TYPICAL}/invoice", timeout=15)
    assert pdf.content.startswith(b"%PDF") and len(pdf.content) > 1000
    again = s.get(proxy.url + f"v1/accounts/{TYPICAL}/invoice",
                  headers={"If-None-Match": pdf.headers["ETag"]}, timeout=15)
    assert again.status_code == 304 and again.content == b""
    c = proxy.counters()
    # One keep-alive client connection (plus the probe socket above), eight requests.
    assert (c["connections"], c["requests"], c["pass"], c["faults"]) == (2, 8, 8, 0)


def test_max_connections_refuses_the_next_one(fresh_spc):
    with FaultProxy(fresh_spc.url, max_connections=2, max_lifetime=60) as p:
        for _ in range(2):
            assert requests.get(p.url + "v1/health", timeout=5).status_code == 200
        with pytest.raises(requests.ConnectionError):
            requests.get(p.url + "v1/health", timeout=5)
        assert p.counters()["refused_connections"] == 1


def test_max_lifetime_stops_the_proxy_by_itself(fresh_spc):
    p = FaultProxy(fresh_spc.url, max_lifetime=0.5).start()
    try:
        assert requests.get(p.url + "v1/health", timeout=5).status_code == 200
        deadline = time.monotonic() + 10
        while p.running and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not p.running
        with pytest.raises(requests.ConnectionError):
            requests.get(p.url + "v1/health", timeout=2)
    finally:
        p.stop()


def test_unknown_fault_names_are_refused(fresh_spc):
    with pytest.raises(ValueError):
        Fault("explode")
    with pytest.raises(ValueError):
        FaultProxy(fresh_spc.url, mix={"explode": 1})


# -- each fault, seen from the client and from the SPC ------------------------------------

def test_delay_waits_then_passes(fresh_spc, proxy):
    s = _session(fresh_spc, proxy.url)
    proxy.script(Fault(DELAY, delay=0.4))
    body = _body(fresh_spc)
    t0 = time.monotonic()
    resp = _post(s, proxy.url, body)
    assert time.monotonic() - t0 >= 0.4
    assert resp.status_code == 201 and _spc_has(fresh_spc, body["payment_id"])
    assert proxy.counters()[DELAY] == 1


def test_drop_request_never_reaches_the_spc(fresh_spc, proxy):
    s = _session(fresh_spc, proxy.url)
    proxy.script(DROP_REQUEST)
    body = _body(fresh_spc)
    with pytest.raises(requests.ConnectionError):
        _post(s, proxy.url, body)
    assert not _spc_has(fresh_spc, body["payment_id"])


def test_drop_response_after_commit_the_spc_has_it_the_client_does_not_know(fresh_spc, proxy):
    s = _session(fresh_spc, proxy.url)
    proxy.script(DROP_RESPONSE)
    body = _body(fresh_spc)
    with pytest.raises(requests.ConnectionError) as info:
        _post(s, proxy.url, body)
    assert "RemoteDisconnected" in repr(info.value)
    assert _spc_has(fresh_spc, body["payment_id"])
    # The same body again (through the proxy, now passing) is a replay, not a second payment.
    again = _post(s, proxy.url, body)
    assert again.status_code == 200 and again.json()["replayed"] is True
    assert _register(fresh_spc, body["business_date"])["count"] == 1


def test_reset_is_a_tcp_rst_and_nothing_is_forwarded(fresh_spc, proxy):
    s = _session(fresh_spc, proxy.url)
    proxy.script(RESET)
    body = _body(fresh_spc)
    with pytest.raises(requests.ConnectionError) as info:
        _post(s, proxy.url, body)
    assert "ConnectionResetError" in repr(info.value)
    assert not _spc_has(fresh_spc, body["payment_id"])


def test_reset_after_commit(fresh_spc, proxy):
    s = _session(fresh_spc, proxy.url)
    proxy.script(RESET_RESPONSE)
    body = _body(fresh_spc)
    with pytest.raises(requests.ConnectionError) as info:
        _post(s, proxy.url, body)
    assert "ConnectionResetError" in repr(info.value)
    assert _spc_has(fresh_spc, body["payment_id"])


def test_error_500_is_answered_by_the_proxy_without_forwarding(fresh_spc, proxy):
    s = _session(fresh_spc, proxy.url)
    proxy.script(ERROR_500)
    body = _body(fresh_spc)
    resp = _post(s, proxy.url, body)
    assert resp.status_code == 500 and resp.json()["error"]["code"] == "proxy_fault"
    assert not _spc_has(fresh_spc, body["payment_id"])


def test_error_503_carries_retry_after_and_is_not_forwarded(fresh_spc, proxy):
    s = _session(fresh_spc, proxy.url)
    proxy.script(Fault(ERROR_503, retry_after=7))
    body = _body(fresh_spc)
    resp = _post(s, proxy.url, body)
    assert resp.status_code == 503 and resp.headers["Retry-After"] == "7"
    assert not _spc_has(fresh_spc, body["payment_id"])


def test_garbage_replaces_the_answer_after_commit(fresh_spc, proxy):
    s = _session(fresh_spc, proxy.url)
    proxy.script(GARBAGE)
    body = _body(fresh_spc)
    resp = _post(s, proxy.url, body)
    assert resp.status_code == 200 and resp.text.startswith("<html>")
    assert _spc_has(fresh_spc, body["payment_id"])


def test_faults_act_per_request_on_one_keep_alive_connection(fresh_spc, proxy):
    s = _session(fresh_spc, proxy.url)
    proxy.script(PASS, ERROR_500, PASS, Fault(ERROR_503, retry_after=3), PASS, GARBAGE, PASS)
    statuses = [s.get(proxy.url + "v1/health", timeout=5).status_code for _ in range(7)]
    assert statuses == [200, 500, 200, 503, 200, 200, 200]
    c = proxy.counters()
    assert c["connections"] == 1 and c["requests"] == 7
    assert (c[PASS], c[ERROR_500], c[ERROR_503], c[GARBAGE]) == (4, 1, 1, 1)
    # A connection-killing fault in the middle: the client reconnects, the rest pass.
    proxy.script(PASS, DROP_RESPONSE, PASS)
    assert s.get(proxy.url + "v1/health", timeout=5).status_code == 200
    with pytest.raises(requests.ConnectionError):
        s.get(proxy.url + "v1/health", timeout=5)
    assert s.get(proxy.url + "v1/health", timeout=5).status_code == 200
    assert proxy.counters()["connections"] == 2


def test_only_paths_limits_which_requests_may_be_faulted(fresh_spc):
    with FaultProxy(fresh_spc.url, fault_rate=1.0, only_paths=["/v1/payments"], max_lifetime=60) as p:
        s = _session(fresh_spc, p.url)
        for _ in range(5):
            assert s.get(p.url + "v1/health", timeout=5).status_code == 200
        p.script(ERROR_500)
        assert _post(s, p.url, _body(fresh_spc)).status_code == 500
        assert p.counters()["faults"] == 1 and p.counters()[PASS] == 5


def test_random_faults_follow_the_seed_rate_and_mix(fresh_spc):
    def run(seed: int) -> list[str]:
        mix = {ERROR_500: 1, Fault(ERROR_503).kind: 1, GARBAGE: 1}
        with FaultProxy(fresh_spc.url, fault_rate=0.3, mix=mix, seed=seed, max_lifetime=60) as p:
            s = requests.Session()
            for _ in range(200):
                s.get(p.url + "v1/health", timeout=5)
            return [e[0] for e in p.events]
    first, second, other = run(42), run(42), run(43)
    assert first == second and first != other
    faults = sum(k != PASS for k in first)
    assert 35 <= faults <= 85  # 30 % of 200, within a generous binomial margin
    assert set(first) == {PASS, ERROR_500, ERROR_503, GARBAGE}


def test_default_mix_covers_every_fault_kind():
    assert set(DEFAULT_MIX) == set(FAULTS)


# -- the workstation through each fault: exactly one payment at the SPC -------------------

def _ws(home, spc, proxy, clock, **cfg) -> Workstation:
    config = Config(home=home, spc_url=proxy.url, workstation_id=WS_ID, teller_id="t.proxy",
                    retry_base_seconds=0.5, retry_cap_seconds=2.0, read_timeout=3.0, **cfg)
    return Workstation(config, token=spc.token_for(WS_ID), clock=clock)


def _state(ws, payment_id: str):
    return ws.conn.execute("SELECT state, attempts, replayed, next_attempt_at, last_http_status, "
                           "spc_txn_id FROM outbox WHERE payment_id = ?", (payment_id,)).fetchone()


@pytest.mark.parametrize("fault,committed", [
    (DROP_REQUEST, False), (DROP_RESPONSE, True), (RESET, False), (RESET_RESPONSE, True),
    (ERROR_500, False), (ERROR_503, False), (GARBAGE, True), (Fault(DELAY, delay=4.0), True),
])
@pytest.mark.parametrize("batch", [False, True], ids=["single", "batch"])
def test_the_outbox_survives_each_fault_with_exactly_one_payment(tmp_path, fresh_spc, proxy, fault,
                                                                 committed, batch):
    clock = Clock()
    proxy.only_paths = ("/v1/payments",)
    with _ws(tmp_path / "ws", fresh_spc, proxy, clock) as ws:
        account = accounts.find_account(ws, TYPICAL)
        n = 3 if batch else 1
        paid = [payments.accept_payment(ws, payments.build_draft(account, {"HEAT": f"{100 + i}.5"},
                                                                 {}, "100000"), teller_of(ws), write_pdf=False)
                for i in range(n)]
        proxy.script(fault)
        first = sync.sync_once(ws)
        # A delay beyond the read timeout is an unknown outcome too (the SPC commits late).
        assert first.accepted == 0 and first.deferred == n and first.unreachable
        for p in paid:
            row = _state(ws, p.payment_id)
            assert row["state"] == "waiting" and row["attempts"] == 1
            assert datetime.fromisoformat(row["next_attempt_at"]) > clock.when
        if isinstance(fault, Fault):  # the delayed request reaches the SPC after the client gave up
            time.sleep(fault.delay - 3.0 + 0.5)
        for p in paid:
            assert _spc_has(fresh_spc, p.payment_id) is committed
        if fault == ERROR_503:
            assert _state(ws, paid[0].payment_id)["last_http_status"] == 503
        assert sync.sync_once(ws).sent == 0  # not due yet: the backoff holds
        clock.when += timedelta(seconds=3)
        second = sync.sync_once(ws)
        assert second.accepted == n and not second.unreachable
        txn = {}
        for p in paid:
            row = _state(ws, p.payment_id)
            assert row["state"] == "accepted" and row["attempts"] == 2
            assert row["replayed"] == (1 if committed else 0)
            txn[p.payment_id] = row["spc_txn_id"]
    reg = _register(fresh_spc, paid[0].business_date.isoformat())
    assert {p["payment_id"]: p["spc_txn_id"] for p in reg["payments"]} == txn


def test_retry_after_from_the_proxy_is_honoured_beyond_the_backoff_cap(tmp_path, fresh_spc, proxy):
    clock = Clock()
    with _ws(tmp_path / "ws", fresh_spc, proxy, clock) as ws:
        account = accounts.find_account(ws, TYPICAL)
        p = payments.accept_payment(ws, payments.build_draft(account, None, {}, "100000"), teller_of(ws),
                                    write_pdf=False)
        proxy.script(Fault(ERROR_503, retry_after=30))
        sync.sync_once(ws)
        due = datetime.fromisoformat(_state(ws, p.payment_id)["next_attempt_at"])
        assert due - clock.when >= timedelta(seconds=30)  # the cap is 2 s; Retry-After wins
        clock.when += timedelta(seconds=10)
        assert sync.sync_once(ws).sent == 0
        clock.when += timedelta(seconds=21)
        assert sync.sync_once(ws).accepted == 1
    assert _register(fresh_spc, p.business_date.isoformat())["count"] == 1
