"""A hanging SPC: one lookup waits the read timeout, the next ones answer from the offline
copy at once, and a background probe brings the SPC back in as soon as it answers."""
from __future__ import annotations

import time

import pytest

from cashier import accounts
from cashier.accounts import breaker as spc_breaker
from cashier.config import Config
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS
from tests.support.faultproxy import DELAY, FaultProxy

READ_TIMEOUT = 2.0


@pytest.mark.timeout(120)
def test_after_one_timeout_lookups_answer_from_the_offline_copy_at_once(tmp_path, fresh_spc,
                                                                        monkeypatch):
    monkeypatch.setattr(spc_breaker, "PROBE_CAP", 1.0)
    typical, other = DEMO_ACCOUNTS["typical"], DEMO_ACCOUNTS["no_meters"]
    with FaultProxy(fresh_spc.url, delay_range=(30.0, 30.0)) as proxy:
        cfg = Config(home=tmp_path / "ws", spc_url=proxy.url, workstation_id="ALM-01-W01",
                     connect_timeout=1.0, read_timeout=READ_TIMEOUT)
        with Workstation(cfg, token=fresh_spc.token_for("ALM-01-W01")) as ws:
            for number in (typical, other):  # seen once while the SPC answered: cached
                assert accounts.find_account(ws, number).cached_at is None
            proxy.set_faults(fault_rate=1.0, mix={DELAY: 1})  # the SPC hangs
            started = time.monotonic()
            first = accounts.find_account(ws, typical)
            waited = time.monotonic() - started
            assert first.cached_at is not None and waited >= READ_TIMEOUT * 0.9
            started = time.monotonic()
            second = accounts.find_account(ws, other)
            assert second.cached_at is not None
            assert time.monotonic() - started < 0.5  # no second wait of the read timeout
            found = accounts.search_accounts(ws, "Абая")
            assert found and all(item["source"] == "cache" for item in found)
            assert spc_breaker.breaker(ws).is_open
            proxy.set_faults(fault_rate=0.0)  # the SPC answers again
            deadline = time.monotonic() + 30
            while spc_breaker.breaker(ws).is_open and time.monotonic() < deadline:
                time.sleep(0.1)
            assert not spc_breaker.breaker(ws).is_open  # the probe noticed
            assert accounts.find_account(ws, typical).cached_at is None


@pytest.mark.timeout(120)
def test_an_spc_whose_health_answers_while_its_lookups_hang_keeps_the_offline_copy(
        tmp_path, fresh_spc, monkeypatch):
    """A front end that answers /v1/health while the accounts behind it hang: the probe asks
    the lookup again, so the next lookups still answer from the offline copy at once."""
    monkeypatch.setattr(spc_breaker, "PROBE_FIRST", 0.2)
    monkeypatch.setattr(spc_breaker, "PROBE_CAP", 0.5)
    typical, other = DEMO_ACCOUNTS["typical"], DEMO_ACCOUNTS["no_meters"]
    with FaultProxy(fresh_spc.url, delay_range=(30.0, 30.0), only_paths=["/v1/accounts"]) as proxy:
        cfg = Config(home=tmp_path / "ws", spc_url=proxy.url, workstation_id="ALM-01-W01",
                     connect_timeout=1.0, read_timeout=READ_TIMEOUT)
        with Workstation(cfg, token=fresh_spc.token_for("ALM-01-W01")) as ws:
            for number in (typical, other):
                assert accounts.find_account(ws, number).cached_at is None
            proxy.set_faults(fault_rate=1.0, mix={DELAY: 1})  # lookups hang, health answers
            assert accounts.find_account(ws, typical).cached_at is not None  # waited once
            time.sleep(4 * READ_TIMEOUT)   # the probe has asked health and the lookup again
            waits = []
            for number in (other, typical, other):
                started = time.monotonic()
                assert accounts.find_account(ws, number).cached_at is not None
                waits.append(time.monotonic() - started)
            assert max(waits) < 0.5, waits
            assert spc_breaker.breaker(ws).is_open
            proxy.set_faults(fault_rate=0.0)  # the lookups answer again
            deadline = time.monotonic() + 30
            while spc_breaker.breaker(ws).is_open and time.monotonic() < deadline:
                time.sleep(0.1)
            assert accounts.find_account(ws, typical).cached_at is None
