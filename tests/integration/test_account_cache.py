"""The offline account cache against the real SPC on loopback and a real SQLite file.

Full download, resume after a stop or a lost network, incremental refresh
(changes during a download, a workstation clock far off), offline lookups,
search and the locally rendered invoice, the CLI and the background thread.
Malformed snapshot items and a `Date` far from the local clock come from a
tiny loopback server: faults the real SPC cannot produce.
"""

from __future__ import annotations

import io
import json
import math
import os
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from pypdf import PdfReader

from cashier import accounts
from cashier.accounts import cache as account_cache
from cashier.accounts import snapshot as cache_refresh
from cashier.storage import db
from cashier.accounts.cache import AccountNotCached, RefreshBusy
from cashier.accounts.snapshot import CacheRefresher, refresh
from cashier.config import Config
from cashier.errors import NotFoundError
from cashier.adapters.spc_client import SpcUnavailable
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS

ROOT = Path(__file__).resolve().parents[2]
TYPICAL = DEMO_ACCOUNTS["typical"]
PAGE = 7  # 50 demo accounts -> 8 pages


def _ws(tmp_path: Path, spc_url: str, token: str, clock=None) -> Workstation:
    cfg = Config(home=tmp_path / "ws", spc_url=spc_url, workstation_id="ALM-01-W01",
                 teller_id="t.test")
    return Workstation(cfg, token=token, clock=clock)


@pytest.fixture
def ws(tmp_path, fresh_spc):
    with _ws(tmp_path, fresh_spc.url, fresh_spc.token_for("ALM-01-W01")) as w:
        yield w


def spc_accounts(spc) -> set[str]:
    with sqlite3.connect(spc.db_path) as conn:
        return {r[0] for r in conn.execute("SELECT account FROM accounts")}


def cached_accounts(ws) -> list[str]:
    return [r[0] for r in ws.conn.execute("SELECT account FROM accounts_cache ORDER BY account")]


def age_spc_data(spc, hours: float = 1.0) -> None:
    """Make the seeded accounts look last changed an hour ago (the SPC was seeded just now)."""
    with sqlite3.connect(spc.db_path) as conn:
        conn.execute("UPDATE accounts SET updated_at = updated_at - ?", (int(hours * 3600e6),))


def change_at_spc(spc, account: str, amount_tiyn: int) -> None:
    """Change an account the way the SPC does: new services JSON and updated_at = now."""
    with sqlite3.connect(spc.db_path) as conn:
        services_json = json.loads(conn.execute("SELECT services FROM accounts WHERE account = ?",
                                                (account,)).fetchone()[0])
        services_json[0][2] = amount_tiyn
        conn.execute("UPDATE accounts SET services = ?, updated_at = ? WHERE account = ?",
                     (json.dumps(services_json, ensure_ascii=False),
                      int(datetime.now(timezone.utc).timestamp() * 1e6), account))


def pay_with_reading(spc, account: str, code: str, reading: str) -> None:
    """A real payment with a meter reading: the SPC moves the meter and bumps updated_at."""
    # Today's date and the account's own period: the SPC refuses business dates out of its window.
    from datetime import datetime
    from zoneinfo import ZoneInfo
    now = datetime.now(ZoneInfo("Asia/Almaty")).replace(microsecond=0)
    period = spc.api("ALM-01-W01").get(f"v1/accounts/{account}").json()["period"]
    pay = {"payment_id": str(uuid.uuid4()), "workstation_id": "ALM-01-W01", "teller_id": "t.test",
           "receipt_no": "R-1", "accepted_at": now.isoformat(),
           "business_date": now.date().isoformat(), "account": account, "period": period,
           "lines": [{"service_code": code, "amount": "100.00", "reading": reading}],
           "fee": "0.00", "total": "100.00"}
    r = spc.api("ALM-01-W01").post("v1/payments", json=pay,
                                   headers={"Idempotency-Key": pay["payment_id"]})
    assert r.status_code == 201, r.text


# --- full download and resume -----------------------------------------------------

def test_full_download_stores_every_account_exactly_once(ws, fresh_spc):
    report = refresh(ws, page_limit=PAGE)
    expected = spc_accounts(fresh_spc)
    assert report.complete and not report.stopped and report.error is None
    assert report.mode == "full" and not report.resumed
    assert report.items == report.stored == len(expected) == 50
    assert report.pages == math.ceil(50 / PAGE)
    assert report.skipped == 0 and report.removed == 0
    cached = cached_accounts(ws)
    assert len(cached) == len(set(cached)) == len(expected)
    assert set(cached) == expected
    # What is cached is what the SPC says about the account, date-stamped.
    live = fresh_spc.api().get(f"v1/accounts/{TYPICAL}").json()
    account = accounts.cached_account(ws, TYPICAL)
    live.pop("invoice_url")
    assert account.to_wire() == live
    assert account.cached_at is not None and account.cached_at.tzinfo is not None
    info = account_cache.cache_info(ws)
    assert info["count"] == 50 and info["complete_at"] and info["last_refresh_at"]
    assert info["last_error"] is None and info["in_progress"] is None
    assert info["updated_since"] is not None
    assert info["last_report"]["items"] == 50
    print(f"\n50 accounts in {report.pages} pages: {report.pages_per_second:.1f} pages/s, "
          f"{report.accounts_per_second:.0f} accounts/s")


def test_a_stopped_download_continues_where_it_stopped(ws, fresh_spc):
    first = refresh(ws, page_limit=PAGE, max_pages=3)
    assert first.stopped and not first.complete and first.pages == 3
    assert len(cached_accounts(ws)) == 3 * PAGE
    progress = account_cache.cache_info(ws)["in_progress"]
    assert progress["mode"] == "full" and progress["pages"] == 3 and progress["items"] == 21

    calls = []

    def stop_after_two_pages() -> bool:
        calls.append(1)
        return account_cache.cache_info(ws)["in_progress"]["pages"] >= 5

    second = refresh(ws, page_limit=PAGE, should_stop=stop_after_two_pages)
    assert second.resumed and second.stopped and not second.complete
    assert second.pages == 2 and len(cached_accounts(ws)) == 5 * PAGE

    third = refresh(ws, page_limit=PAGE)
    assert third.resumed and third.complete and third.mode == "full"
    assert third.pages == math.ceil(50 / PAGE) - 5  # fewer pages: nothing fetched twice
    assert first.items + second.items + third.items == 50
    cached = cached_accounts(ws)
    assert len(cached) == len(set(cached)) == 50 and set(cached) == spc_accounts(fresh_spc)
    assert account_cache.cache_info(ws)["in_progress"] is None


def test_a_network_loss_mid_download_keeps_the_pages_already_stored(ws, fresh_spc):
    def lose_network() -> bool:
        progress = account_cache.cache_info(ws)["in_progress"]
        if progress and progress["pages"] >= 2 and fresh_spc.proc is not None:
            fresh_spc.stop()
        return False

    lost = refresh(ws, page_limit=PAGE, should_stop=lose_network)
    assert lost.unreachable and not lost.complete
    assert lost.error_code == "spc_unavailable"
    # The page fetched ahead may or may not have arrived before the SPC went away.
    assert lost.pages in (2, 3) and len(cached_accounts(ws)) == lost.stored == lost.pages * PAGE
    info = account_cache.cache_info(ws)
    assert info["last_error"].startswith("spc_unavailable")
    assert info["in_progress"]["pages"] == lost.pages and info["complete_at"] is None

    again = refresh(ws, page_limit=PAGE)  # still down: nothing changes, nothing breaks
    assert again.unreachable and again.pages == 0 and len(cached_accounts(ws)) == lost.stored

    fresh_spc.start()
    done = refresh(ws, page_limit=PAGE)
    assert done.resumed and done.complete
    assert done.pages == math.ceil(50 / PAGE) - lost.pages
    assert set(cached_accounts(ws)) == spc_accounts(fresh_spc)
    assert account_cache.cache_info(ws)["last_error"] is None


def test_one_refresh_at_a_time(ws, fresh_spc):
    with cache_refresh._refresh_lock(ws):
        with pytest.raises(RefreshBusy) as info:
            refresh(ws)
    assert info.value.code == "cache_refresh_busy"
    assert refresh(ws).complete


# --- incremental ------------------------------------------------------------------

def test_incremental_picks_up_a_payment_and_not_everything(ws, fresh_spc):
    age_spc_data(fresh_spc)
    assert refresh(ws, page_limit=PAGE).complete
    before = accounts.cached_account(ws, TYPICAL)
    assert before.service("ELEC").meter.previous_reading == 12_345_000

    pay_with_reading(fresh_spc, TYPICAL, "ELEC", "12400.000")
    report = refresh(ws, page_limit=PAGE)
    assert report.mode == "incremental" and report.complete
    assert report.items == 1 and report.pages == 1  # not the 50 accounts again
    after = accounts.cached_account(ws, TYPICAL)
    assert after.service("ELEC").meter.previous_reading == 12_400_000
    assert after.etag != before.etag

    nothing = refresh(ws, page_limit=PAGE)
    assert nothing.mode == "incremental" and nothing.complete
    assert nothing.items <= 1  # the SAFETY_MARGIN may fetch the fresh change once more


def test_a_change_made_during_a_download_is_not_missed(ws, fresh_spc):
    age_spc_data(fresh_spc)
    assert refresh(ws, page_limit=PAGE, max_pages=2).stopped
    assert TYPICAL in cached_accounts(ws)  # on page 1: already fetched
    change_at_spc(fresh_spc, TYPICAL, 999_900)  # ... and changed at the SPC after that
    assert refresh(ws, page_limit=PAGE).complete
    assert accounts.cached_account(ws, TYPICAL).services[0].amount_due != 999_900

    report = refresh(ws, page_limit=PAGE)
    assert report.mode == "incremental"
    assert report.items < 50
    assert accounts.cached_account(ws, TYPICAL).services[0].amount_due == 999_900


class _SkewedClock:
    """The workstation's clock two days ahead of the SPC's."""

    def __call__(self):
        return datetime.now(timezone.utc) + timedelta(days=2)


def test_a_workstation_clock_far_ahead_does_not_hide_changes(tmp_path, fresh_spc):
    age_spc_data(fresh_spc)
    with _ws(tmp_path, fresh_spc.url, fresh_spc.token_for("ALM-01-W01"),
             clock=_SkewedClock()) as ws:
        assert refresh(ws, page_limit=PAGE).complete
        # The watermark is the SPC's time, not the workstation's.
        since = datetime.fromisoformat(account_cache.cache_info(ws)["updated_since"])
        assert abs(since - (datetime.now(timezone.utc) - account_cache.SAFETY_MARGIN)) \
            < timedelta(seconds=30)
        pay_with_reading(fresh_spc, TYPICAL, "CWS", "320.000")
        report = refresh(ws, page_limit=PAGE)
        assert report.mode == "incremental" and report.items == 1
        assert accounts.cached_account(ws, TYPICAL).service("CWS").meter.previous_reading \
            == 320_000
        # The date shown to the teller is the workstation's own (it fetched the data then).
        assert accounts.cached_account(ws, TYPICAL).cached_at > datetime.now(timezone.utc) \
            + timedelta(days=1)


def test_a_full_download_drops_accounts_the_spc_no_longer_has(ws, fresh_spc):
    assert refresh(ws, page_limit=PAGE).complete
    with db.atomic(ws.conn):  # as if downloaded an hour ago
        ws.conn.execute("UPDATE accounts_cache SET fetched_at = ?",
                        ((ws.now() - timedelta(hours=1)).isoformat(timespec="seconds"),))
    gone = DEMO_ACCOUNTS["short"]
    with sqlite3.connect(fresh_spc.db_path) as conn:
        conn.execute("DELETE FROM accounts WHERE account = ?", (gone,))
    report = refresh(ws, full=True, page_limit=PAGE)
    assert report.mode == "full" and report.complete and report.removed == 1
    assert gone not in cached_accounts(ws) and len(cached_accounts(ws)) == 49

    # A crash between the last page and the end of pruning: the next run prunes.
    stale = (ws.now() - timedelta(days=30)).isoformat(timespec="seconds")
    with db.atomic(ws.conn):
        ws.conn.execute("INSERT INTO accounts_cache VALUES ('5555', '{}', '', '2026-09', ?)",
                        (stale,))
        db.set_state(ws.conn, account_cache.K_PRUNE_BEFORE,
                     (ws.now() - timedelta(days=1)).isoformat(timespec="seconds"))
    again = refresh(ws, page_limit=PAGE)
    assert again.mode == "incremental" and again.removed == 1
    assert len(cached_accounts(ws)) == 49
    assert db.get_state(ws.conn, account_cache.K_PRUNE_BEFORE) is None


# --- offline use --------------------------------------------------------------------

def test_offline_lookup_search_and_invoice_answer_from_the_cache(ws, fresh_spc, tmp_path):
    online = accounts.search_accounts(ws, "абая", 100)
    assert online and {i["source"] for i in online} == {"spc"}
    stored_spc_pdf = accounts.fetch_invoice(ws, accounts.find_account(ws, DEMO_ACCOUNTS["many"]))
    report = refresh(ws)
    assert report.complete
    fetched = datetime.fromisoformat(account_cache.cache_info(ws)["last_refresh_at"])
    fresh_spc.stop()

    account = accounts.find_account(ws, TYPICAL)
    assert account.cached_at is not None
    assert abs(account.cached_at - fetched) <= timedelta(seconds=5)
    assert account.account == TYPICAL and [s.code for s in account.services] == \
        ["ELEC", "HEAT", "CWS", "SEW", "WASTE"]

    with pytest.raises(AccountNotCached) as info:
        accounts.find_account(ws, "99990000")
    err = info.value
    assert err.code == "account_not_cached" and err.field == "account"
    assert isinstance(err, SpcUnavailable) and isinstance(err, NotFoundError)
    assert "cannot be reached" in err.message and "not in the offline cache" in err.message
    assert "99990000" in err.message

    for fragment in ("абая", "АБАЯ", "пр. Абая 10"):
        found = accounts.search_accounts(ws, fragment, 100)
        assert TYPICAL in {i["account"] for i in found}
        assert {i["source"] for i in found} == {"cache"}
        assert all(i["cached_at"] and fragment.lower() in i["address"].lower() for i in found)
    assert accounts.search_accounts(ws, "нет такой улицы", 5) == []
    assert len(accounts.search_accounts(ws, "алматы", 7)) == 7

    pdf = accounts.fetch_invoice(ws, account)
    assert pdf.startswith(b"%PDF")
    (tmp_path / "offline-invoice.pdf").write_bytes(pdf)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert TYPICAL in text
    assert "Копия по данным кэша от " + account.cached_at.strftime("%d.%m.%Y %H:%M") in text
    assert "не счёт ЕРЦ" in text and "кэштегі деректер бойынша көшірме" in text
    for name in ("Электроэнергия", "Отопление", "Холодная вода", "Водоотведение", "Вывоз ТБО"):
        assert name in text
    assert "АлматыЭнергоСбыт" in text and account.holder in text

    # An invoice the SPC rendered earlier is still preferred to a local copy.
    many = accounts.find_account(ws, DEMO_ACCOUNTS["many"])
    assert accounts.fetch_invoice(ws, many) == stored_spc_pdf


def test_an_uncached_invoice_with_the_spc_down_is_still_an_spc_error(ws, fresh_spc):
    account = accounts.find_account(ws, TYPICAL)
    with db.atomic(ws.conn):
        ws.conn.execute("DELETE FROM accounts_cache")
    fresh_spc.stop()
    with pytest.raises(SpcUnavailable):
        accounts.fetch_invoice(ws, account)


# --- faults the real SPC cannot produce ------------------------------------------------

GOOD = {"account": "5550001", "holder": "Тес*** Т.", "address": "Алматы, ул. Новая 1",
        "currency": "KZT", "period": "2026-10", "etag": "\"g1\"",
        "services": [{"code": "ELEC", "name": "Электроэнергия",
                      "provider": {"id": "AES", "name": "АлматыЭнергоСбыт"},
                      "amount_due": "100.00", "meter": None}]}
PROTECTED = dict(GOOD, account="5550002", address="Алматы, ул. Старая 2", etag="\"p1\"")


class FakeSnapshot(BaseHTTPRequestHandler):
    """One snapshot page with good and malformed items; a fixed, far-off `Date`."""
    date = "Tue, 01 Jan 2030 00:00:00 GMT"
    mode = "mixed"
    requests: list[dict] = []

    def date_time_string(self, timestamp=None):  # the Date header
        return self.date

    def log_message(self, *args):
        pass

    def do_GET(self):
        url = urlsplit(self.path)
        FakeSnapshot.requests.append({k: v[0] for k, v in parse_qs(url.query).items()})
        if url.path != "/v1/accounts/snapshot":
            self.send_error(404)
            return
        if self.mode == "garbage":
            body = b"<html>proxy error</html>"
        elif self.mode == "stuck":
            body = json.dumps({"items": [GOOD], "next_cursor": "5550001"}).encode()
        else:
            bad_amount = dict(PROTECTED, services=[dict(GOOD["services"][0], amount_due="12.3")])
            items = [GOOD, bad_amount, "not an object", dict(GOOD, account="12ab"),
                     {k: v for k, v in GOOD.items() if k != "services"}]
            body = json.dumps({"items": items, "next_cursor": None}, ensure_ascii=False).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def fake_spc():
    FakeSnapshot.requests = []
    FakeSnapshot.mode = "mixed"
    FakeSnapshot.date = "Tue, 01 Jan 2030 00:00:00 GMT"
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeSnapshot)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def test_malformed_items_are_skipped_counted_and_never_replace_good_data(tmp_path, fake_spc):
    url = f"http://127.0.0.1:{fake_spc.server_address[1]}/"
    with _ws(tmp_path, url, "token") as ws:
        body = json.dumps(PROTECTED, ensure_ascii=False)
        with db.atomic(ws.conn):
            ws.conn.execute("INSERT INTO accounts_cache VALUES (?, ?, ?, ?, ?)",
                            (PROTECTED["account"], body, PROTECTED["address"].lower(), "2026-10",
                             "2026-11-01T09:00:00+05:00"))
        report = refresh(ws)
        assert report.complete and report.error is None
        assert report.items == 5 and report.stored == 1 and report.skipped == 4
        assert any(s.startswith("5550002:") for s in report.skipped_samples)
        assert cached_accounts(ws) == ["5550001", "5550002"]
        kept = accounts.cached_account(ws, "5550002")
        assert kept.services[0].amount_due == 10_000  # the good data, not "12.3"
        assert kept.cached_at == datetime.fromisoformat("2026-11-01T09:00:00+05:00")
        assert account_cache.cache_info(ws)["last_report"]["skipped"] == 4
        # An item was skipped: the old row is not pruned as "gone from the SPC".
        assert report.removed == 0

        # The watermark is the SPC's Date minus the margin, whatever the local clock says.
        since = "2029-12-31T23:55:00+00:00"
        assert account_cache.cache_info(ws)["updated_since"] == since
        again = refresh(ws)
        assert again.mode == "incremental" and FakeSnapshot.requests[-1]["updated_since"] == since
        # ... and it does not move on while the SPC keeps sending the bad item.
        FakeSnapshot.date = "Wed, 02 Jan 2030 00:00:00 GMT"
        refresh(ws)
        assert account_cache.cache_info(ws)["updated_since"] == since


def test_a_garbage_page_or_a_stuck_cursor_keeps_the_cache_and_reports(tmp_path, fake_spc):
    url = f"http://127.0.0.1:{fake_spc.server_address[1]}/"
    with _ws(tmp_path, url, "token") as ws:
        FakeSnapshot.mode = "garbage"
        report = refresh(ws)
        assert report.error_code == "spc_protocol" and not report.unreachable
        assert report.pages == 0 and cached_accounts(ws) == []
        FakeSnapshot.mode = "stuck"
        report = refresh(ws)
        assert report.pages == 1 and report.error_code == "spc_protocol"
        assert "forward" in report.error
        assert account_cache.cache_info(ws)["last_error"].startswith("spc_protocol")


# --- the command line and the background thread -------------------------------------------

def cashier_cli(home: Path, spc, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CASHIER_HOME": str(home), "CASHIER_SPC_URL": spc.url,
           "CASHIER_SPC_TOKEN": spc.token_for("ALM-01-W01"), "CASHIER_WORKSTATION_ID": "ALM-01-W01"}
    return subprocess.run([sys.executable, "-m", "cashier", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_cli_cache_refresh_and_status(tmp_path, fresh_spc):
    home = tmp_path / "cli"
    out = cashier_cli(home, fresh_spc, "cache", "refresh", "--page-limit", "20", "--max-pages", "1")
    assert out.returncode == 0, out.stderr
    partial = json.loads(out.stdout)
    assert partial["stopped"] and partial["pages"] == 1 and partial["cache"]["count"] == 20
    out = cashier_cli(home, fresh_spc, "cache", "refresh")
    done = json.loads(out.stdout)
    assert out.returncode == 0 and done["complete"] and done["resumed"] and done["items"] == 30
    status = json.loads(cashier_cli(home, fresh_spc, "cache", "status").stdout)
    assert status["count"] == 50 and status["complete_at"] and status["in_progress"] is None
    out = cashier_cli(home, fresh_spc, "cache", "refresh", "--full")
    assert json.loads(out.stdout)["mode"] == "full"
    fresh_spc.stop()
    out = cashier_cli(home, fresh_spc, "cache", "refresh")
    assert out.returncode == 1 and json.loads(out.stdout)["error_code"] == "spc_unavailable"


def _wait_for(predicate, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_background_refresher_backs_off_while_down_and_fills_the_cache(ws, fresh_spc):
    fresh_spc.stop()
    reports = []
    refresher = CacheRefresher(ws, interval_seconds=3600, retry_base_seconds=0.4,
                               on_report=reports.append, page_limit=PAGE)
    refresher.start()
    try:
        assert _wait_for(lambda: refresher.failures >= 2, 10)
        time.sleep(1.0)
        assert refresher.runs <= 6  # backing off, not spinning
        assert all(r.unreachable for r in reports)
        assert account_cache.cache_info(ws)["last_error"].startswith("spc_unavailable")
        fresh_spc.start()
        refresher.wake()
        assert _wait_for(lambda: account_cache.cache_info(ws)["count"] == 50)
        assert _wait_for(lambda: reports and reports[-1].complete)
        assert reports[-1].mode == "full" and refresher.failures == 0
    finally:
        refresher.stop()
    assert not refresher.is_alive()
