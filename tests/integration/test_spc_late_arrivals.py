"""The reference SPC and time, over real HTTP: business dates the SPC's calendar
cannot allow, and payments and cancels that a desk queued through an outage and
that arrive days later, after the account's billing period moved on, after a
later meter reading, after midnight. Within the --late-days window they are
judged as of the day the teller took them; beyond it they are refused; and no
rule that reads the clock ever turns a stored payment's replay into a refusal."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from zoneinfo import ZoneInfo

import pytest

from cashier import accounts, payments, sync
from cashier.payments import voids
from cashier.config import Config
from cashier.workstation import Workstation
from tests.conftest import ROOT, SpcProcess
from tests.integration.test_spc_payments import (TYPICAL, assert_error, cancel_body, new_ws,
                                                 payment, post, today)


def day(offset: int) -> str:
    """The SPC's date moved by `offset` days."""
    return (dt.date.fromisoformat(today()) + dt.timedelta(days=offset)).isoformat()


def advance_period(spc: SpcProcess, account: str, to: str, on: str) -> None:
    """The SPC's month close for one account, through its own command."""
    r = subprocess.run([sys.executable, "-m", "spc", "advance-period", account,
                        "--db", str(spc.db_path), "--to", to, "--on", on],
                       cwd=ROOT, capture_output=True, text=True, timeout=30)
    assert r.returncode == 0, r.stderr


def cws(reading: str) -> list[dict]:
    return [{"service_code": "CWS", "amount": "845.10", "reading": reading}]


def meter(api, code: str) -> str:
    services = api.get(f"v1/accounts/{TYPICAL}").json()["services"]
    return next(s for s in services if s["code"] == code)["meter"]["previous_reading"]


@pytest.fixture
def spc_late_3(tmp_path):
    """An SPC that takes payments and cancels up to 3 days late."""
    server = SpcProcess(tmp_path / "spc", demo_accounts=50, serve_args=["--late-days", "3"])
    server.workdir.mkdir()
    server.start()
    try:
        yield server
    finally:
        server.stop()


# --- business dates the calendar cannot allow ----------------------------------------

def test_a_business_date_that_has_not_begun_for_the_spc_is_refused(spc_server):
    ws = new_ws()
    api = spc_server.api(ws)
    ahead = payment(ws, business_date=day(2))
    assert_error(post(api, ahead), 400, "invalid_request", "business_date")
    assert api.get(f"v1/payments/{ahead['payment_id']}").status_code == 404
    res = api.post("v1/payments/batch", json={"payments": [ahead]}).json()["results"][0]
    assert res["status"] == "rejected"
    assert (res["error"]["code"], res["error"]["field"]) == ("invalid_request", "business_date")
    # A desk east of the SPC, or one whose supervisor opened tomorrow this evening.
    assert post(api, payment(ws, business_date=day(1))).status_code == 201


def test_a_business_date_two_days_after_its_own_accepted_at_is_impossible(spc_server):
    ws = new_ws()
    api = spc_server.api(ws)
    body = payment(ws, accepted_at=f"{day(-2)}T10:15:03+05:00")
    assert_error(post(api, body), 400, "invalid_request", "business_date")
    # The date of accepted_at is read in its own offset: 21:00 at UTC-05:00 two days ago
    # is already yesterday in Almaty, but still the day before yesterday where it was taken.
    west = payment(ws, accepted_at=f"{day(-2)}T21:00:00-05:00")
    assert_error(post(api, west), 400, "invalid_request", "business_date")
    # Taken yesterday evening on a business day opened ahead: booked to today.
    evening = payment(ws, accepted_at=f"{day(-1)}T19:40:00+05:00")
    assert post(api, evening).status_code == 201


def test_a_business_date_beyond_the_default_window_of_90_days_is_period_closed(spc_server):
    ws = new_ws()
    api = spc_server.api(ws)
    too_old = payment(ws, business_date=day(-91))
    r = post(api, too_old)
    assert_error(r, 422, "period_closed", "business_date")
    assert "90 days" in r.json()["error"]["message"]
    assert post(api, payment(ws, business_date=day(-90))).status_code == 201


def test_the_late_days_option_bounds_payments_and_cancels_without_flipping_replays(spc_late_3):
    spc = spc_late_3
    ws = "ALM-01-W01"
    api = spc.api(ws)
    assert_error(post(api, payment(ws, business_date=day(-4))), 422, "period_closed",
                 "business_date")
    kept = payment(ws, business_date=day(-3))
    voided = payment(ws, business_date=day(-3))
    recent = payment(ws, business_date=day(-2))
    first = {}
    for body in (kept, voided, recent):
        r = post(api, body)
        assert r.status_code == 201, r.text
        first[body["payment_id"]] = r.json()

    # A day later, as far as the window is concerned: the same server with 2 days.
    spc.stop()
    spc.serve_args = ["--late-days", "2"]
    spc.start()
    api = spc.api(ws)
    again = post(api, kept)
    assert again.status_code == 200, again.text
    assert again.json() == {**first[kept["payment_id"]], "replayed": True}
    res = api.post("v1/payments/batch", json={"payments": [kept]}).json()["results"][0]
    assert res["status"] == "accepted" and res["replayed"] is True
    assert_error(post(api, payment(ws, business_date=day(-3))), 422, "period_closed",
                 "business_date")
    # The cancel of a payment past the window is refused; the payment stays as it was.
    late_cancel = api.post(f"v1/payments/{voided['payment_id']}/cancel",
                           json=cancel_body(day(-3)))
    assert_error(late_cancel, 422, "cancel_not_allowed", None)
    assert api.get(f"v1/payments/{voided['payment_id']}").json()["status"] == "accepted"
    ok = api.post(f"v1/payments/{recent['payment_id']}/cancel", json=cancel_body(day(-2)))
    assert ok.status_code == 200, ok.text
    # Cancelling a cancelled payment stays 200 whatever the window says later.
    spc.stop()
    spc.serve_args = ["--late-days", "1"]
    spc.start()
    again = spc.api(ws).post(f"v1/payments/{recent['payment_id']}/cancel",
                             json=cancel_body(day(-2)))
    assert again.status_code == 200 and again.json()["status"] == "cancelled"


@pytest.mark.parametrize("value", ["0", "-1", "3651", "ninety", "1.5"])
def test_the_late_days_option_is_validated_at_start(tmp_path, value):
    r = subprocess.run([sys.executable, "-m", "spc", "serve", "--db", str(tmp_path / "x.db"),
                        "--port", "0", "--late-days", value],
                       cwd=ROOT, capture_output=True, text=True, timeout=30)
    assert r.returncode == 2
    assert "--late-days" in r.stderr
    assert not (tmp_path / "x.db").exists()


# --- a desk's queue arriving days later ------------------------------------------------

def test_a_queued_payment_is_judged_by_the_periods_open_when_it_was_taken(fresh_spc):
    ws = "ALM-01-W01"
    api = fresh_spc.api(ws)
    # Taken three weeks ago while October was the current invoice: September paid late,
    # and October.
    late_september = payment(ws, business_date=day(-20), period="2026-09")
    october = payment(ws, business_date=day(-20), period="2026-10")
    # Meanwhile the SPC closed two months for this account.
    advance_period(fresh_spc, TYPICAL, "2026-11", day(-10))
    advance_period(fresh_spc, TYPICAL, "2026-12", day(-5))
    assert api.get(f"v1/accounts/{TYPICAL}").json()["period"] == "2026-12"
    for body in (late_september, october):
        r = post(api, body)
        assert r.status_code == 201, r.text
    # Today only December and November are open ...
    assert_error(post(api, payment(ws, period="2026-10")), 422, "period_closed", "period")
    assert post(api, payment(ws, period="2026-11")).status_code == 201
    # ... a week ago it was November and October ...
    assert_error(post(api, payment(ws, business_date=day(-7), period="2026-09")), 422,
                 "period_closed", "period")
    assert post(api, payment(ws, business_date=day(-7), period="2026-10")).status_code == 201
    # ... and on the day November opened, a teller may still have seen October's invoice.
    assert post(api, payment(ws, business_date=day(-10), period="2026-09")).status_code == 201
    assert post(api, payment(ws, business_date=day(-10), period="2026-11")).status_code == 201
    # A period that is not open now, on that day or ever, is still closed.
    assert_error(post(api, payment(ws, business_date=day(-20), period="2026-08")), 422,
                 "period_closed", "period")
    assert_error(post(api, payment(ws, period="2027-01")), 422, "period_closed", "period")


def test_advance_period_refuses_to_move_backwards_or_before_its_last_move(fresh_spc):
    advance_period(fresh_spc, TYPICAL, "2026-11", day(-3))

    def run(*args):
        return subprocess.run([sys.executable, "-m", "spc", "advance-period", *args,
                               "--db", str(fresh_spc.db_path)],
                              cwd=ROOT, capture_output=True, text=True, timeout=30)

    assert run(TYPICAL, "--to", "2026-11").returncode == 1
    assert run(TYPICAL, "--on", day(-4)).returncode == 1
    assert run("99990000").returncode == 1
    assert run(TYPICAL, "--to", "2026-13").returncode == 2
    ok = run(TYPICAL)  # the next period, today
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == f"{TYPICAL} 2026-11 -> 2026-12 on {today()}"
    account = fresh_spc.api().get(f"v1/accounts/{TYPICAL}").json()
    assert account["period"] == "2026-12"


def test_a_cancel_arrives_days_after_a_same_day_void(fresh_spc):
    ws = "ALM-01-W01"
    api = fresh_spc.api(ws)
    # Taken and voided at the desk three days ago, both sent only now.
    body = payment(ws, business_date=day(-3), lines=cws("400.000"))
    assert post(api, body).status_code == 201
    assert meter(api, "CWS") == "400.000"
    r = api.post(f"v1/payments/{body['payment_id']}/cancel", json=cancel_body(day(-3)))
    assert r.status_code == 200, r.text
    assert r.json() == {"payment_id": body["payment_id"], "status": "cancelled"}
    assert meter(api, "CWS") == "312.457"
    register = api.get(f"v1/registers/{day(-3)}", params={"workstation_id": ws}).json()
    assert [p["status"] for p in register["payments"]] == ["cancelled"]
    assert register["amount"] == "0.00"
    # A void done a day after the business date is not a same-day void, however it arrives.
    other = payment(ws, business_date=day(-1))
    assert post(api, other).status_code == 201
    assert_error(api.post(f"v1/payments/{other['payment_id']}/cancel", json=cancel_body()), 422,
                 "cancel_not_allowed", "cancelled_at")
    # Taken in the evening on a business day opened ahead, voided that same evening.
    evening = payment(ws, accepted_at=f"{day(-1)}T19:40:00+05:00")
    assert post(api, evening).status_code == 201
    voided = {**cancel_body(), "cancelled_at": f"{day(-1)}T20:05:00+05:00"}
    assert api.post(f"v1/payments/{evening['payment_id']}/cancel", json=voided).status_code == 200
    # Before the evening it was taken in, no void of it can have happened.
    early = payment(ws, accepted_at=f"{day(-1)}T19:40:00+05:00")
    assert post(api, early).status_code == 201
    assert_error(api.post(f"v1/payments/{early['payment_id']}/cancel",
                          json=cancel_body(day(-2))), 422, "cancel_not_allowed", "cancelled_at")


def test_a_reading_taken_before_the_one_that_holds_the_meter_is_accepted(fresh_spc):
    api = fresh_spc.api("ALM-01-W01")
    other_desk = fresh_spc.api("ALM-01-W02")
    # Desk W01 took 350 two days ago and went offline; today W02 took 400 and sent it.
    queued = payment("ALM-01-W01", business_date=day(-2), lines=cws("350.000"))
    assert post(other_desk, payment("ALM-01-W02", lines=cws("400.000"))).status_code == 201
    assert meter(api, "CWS") == "400.000"
    r = post(api, queued)
    assert r.status_code == 201, r.text
    # The later reading stands.
    assert meter(api, "CWS") == "400.000"
    assert post(api, queued).json()["replayed"] is True
    # Below where the meter stood before today's reading: refused as before.
    assert_error(post(api, payment("ALM-01-W01", business_date=day(-3), lines=cws("300.000"))),
                 422, "reading_below_previous", "lines[0].reading")
    # Taken no earlier than the reading that holds the meter: nothing to excuse it.
    assert_error(post(api, payment("ALM-01-W01", lines=cws("390.000"))), 422,
                 "reading_below_previous", "lines[0].reading")
    # Cancelling the late payment leaves the meter alone: it never moved it.
    r = api.post(f"v1/payments/{queued['payment_id']}/cancel", json=cancel_body(day(-2)))
    assert r.status_code == 200
    assert meter(api, "CWS") == "400.000"


# --- the desk itself as the client ------------------------------------------------------

class Clock:
    def __init__(self, when: dt.datetime):
        self.when = when

    def __call__(self) -> dt.datetime:
        return self.when


def test_a_desk_queue_from_three_weeks_ago_is_accepted_with_its_void(tmp_path, fresh_spc):
    """The real workstation takes two payments and voids one three weeks ago, without a
    connection; meanwhile the account's period moves on twice; today the queue drains."""
    from tests.support.staffing import SUPERVISOR_ID, SUPERVISOR_PASSWORD, teller_of

    now = dt.datetime.now(ZoneInfo("Asia/Almaty")).replace(microsecond=0)
    clock = Clock(now - dt.timedelta(days=20))
    config = Config(home=tmp_path / "ws", spc_url=fresh_spc.url, workstation_id="ALM-01-W01",
                    teller_id="t.test")
    with Workstation(config, token=fresh_spc.token_for("ALM-01-W01"), clock=clock) as ws:
        teller = teller_of(ws, opening_float=1_000_000)
        account = accounts.find_account(ws, TYPICAL)
        assert account.period == "2026-10"
        draft = payments.build_draft(account, None, {}, "10000")
        kept = payments.accept_payment(ws, draft, teller, write_pdf=False)
        voided = payments.accept_payment(ws, draft, teller, write_pdf=False)
        voids.void_payment(ws, teller, voided.payment_id, SUPERVISOR_ID, SUPERVISOR_PASSWORD,
                           "ошибка кассира")
        taken_on = kept.business_date.isoformat()

        advance_period(fresh_spc, TYPICAL, "2026-11", day(-10))
        advance_period(fresh_spc, TYPICAL, "2026-12", day(-5))

        clock.when = now
        for _ in range(3):  # the cancel goes once the SPC holds its payment
            report = sync.sync_once(ws)
            assert report.rejected == 0, report.errors
        states = dict(ws.conn.execute("SELECT kind || ':' || payment_id, state FROM outbox"))
    api = fresh_spc.api("ALM-01-W01")
    assert api.get(f"v1/payments/{kept.payment_id}").json()["status"] == "accepted"
    assert api.get(f"v1/payments/{voided.payment_id}").json()["status"] == "cancelled"
    assert states == {f"payment:{kept.payment_id}": "accepted",
                      f"payment:{voided.payment_id}": "accepted",
                      f"cancel:{voided.payment_id}": "accepted"}
    register = api.get(f"v1/registers/{taken_on}", params={"workstation_id": "ALM-01-W01"}).json()
    assert register["count"] == 2 and register["amount"] == kept.wire_body()["total"]
