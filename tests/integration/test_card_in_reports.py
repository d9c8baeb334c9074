"""Cash and card apart in what the desk shows and prints, on a real desk's day against the real
SPC: cash, card and split payments, a void of a split payment and of a whole card payment.

The session's summary (F11, `cashier session status`), the day's figures (F12, `cashier day
status` / `close`), the register's CSV and the Z-report read back with pdftotext: payments
and voids by tender (a split payment counts under both), and the drawer's expected cash
made of cash alone, as the count finds it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cashier import accounts, dayclose, drawer, money, payments, sync
from cashier.config import Config
from cashier.documents import day_reports
from cashier.drawer.summary import CardTakings
from cashier.payments import voids
from cashier.payments.tender import Tender
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS
from tests.support.busy_day import counts_for
from tests.support.staffing import (SUPERVISOR_ID, SUPERVISOR_PASSWORD, TELLER_ID,
                                    TELLER_PASSWORD, staff_desk)

ROOT = Path(__file__).resolve().parents[2]
WS_ID = "ALM-01-W07"
FLOAT = 20_000_00
A, B, C = DEMO_ACCOUNTS["typical"], DEMO_ACCOUNTS["many"], DEMO_ACCOUNTS["no_meters"]


@pytest.fixture
def ws(tmp_path, fresh_spc):
    cfg = Config(home=tmp_path / "ws", spc_url=fresh_spc.url, workstation_id=WS_ID,
                 bank_name="АО «Тест Банк»", branch_name="Алматинский филиал №1",
                 auto_print=False)
    with Workstation(cfg, token=fresh_spc.token_for(WS_ID)) as w:
        w.staff = staff_desk(w, FLOAT)
        w.spc = fresh_spc
        yield w


def _draft(ws, number: str, amount: str):
    account = accounts.find_account(ws, number)
    return payments.build_draft(account, {account.services[0].code: amount}, {}, "",
                                fee_rules={})


def _pay(ws, number: str, amount: str, tender: Tender):
    return payments.accept_basket(ws, [_draft(ws, number, amount)], ws.staff.teller, tender)[0]


def _void(ws, payment) -> dict:
    return voids.void_payment(ws, ws.staff.teller, payment.payment_id, SUPERVISOR_ID,
                              SUPERVISOR_PASSWORD, "customer changed mind")


def card_day(ws):
    """Cash with change, a whole card payment, a split one with change; a split payment and a
    whole card payment, both voided."""
    paid = [_pay(ws, A, "1000", Tender(2000_00)),
            _pay(ws, B, "1500", Tender(0, 1500_00, "AUTH01", "000000000001")),
            _pay(ws, C, "2000", Tender(2000_00, 500_00, "AUTH02", "000000000002"))]
    split_voided = _pay(ws, A, "1200", Tender(1000_00, 400_00, "AUTH03", "000000000003"))
    card_voided = _pay(ws, B, "600", Tender(0, 600_00, "AUTH04", "000000000004"))
    refunds = [_void(ws, split_voided), _void(ws, card_voided)]
    assert [(r["cash_refund"], r["card_refund"]) for r in refunds] == \
        [(800_00, 400_00), (0, 600_00)]
    return paid, [split_voided, card_voided]


def _text(minor: int) -> str:
    return money.format_amount(minor).replace("\u00a0", " ")


def _flat(text: str) -> str:
    return re.sub(r"[ \u00a0]+", " ", text)


def cli(ws, *args: str, user: str = SUPERVISOR_ID,
        password: str = SUPERVISOR_PASSWORD) -> subprocess.CompletedProcess:
    env = {**os.environ, "CASHIER_HOME": str(ws.config.home), "CASHIER_SPC_URL": ws.spc.url,
           "CASHIER_SPC_TOKEN": ws.spc.token_for(WS_ID), "CASHIER_WORKSTATION_ID": WS_ID,
           "CASHIER_USER": user, "CASHIER_PASSWORD": password}
    return subprocess.run([sys.executable, "-m", "cashier", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_session_shows_card_beside_the_cash_and_expects_cash_only(ws):
    card_day(ws)
    state = drawer.drawer_state(ws)
    # Cash in: 2000 + 2000 + 1000 tendered; change 1000 + 500 + 200; the void gave 800 back.
    assert (state.received, state.change, state.refunds) == (5000_00, 1700_00, 800_00)
    assert state.expected == FLOAT + 1000_00 + 1500_00 == \
        drawer.expected_cash(ws.conn, state.session.session_id)
    card = state.card
    assert (card.count, card.amount) == (4, 1500_00 + 500_00 + 400_00 + 600_00)
    assert (card.refunded_count, card.refunded) == (2, 1000_00)
    status = cli(ws, "session", "status", user=TELLER_ID, password=TELLER_PASSWORD)
    assert status.returncode == 0, status.stderr
    out = json.loads(status.stdout)
    assert out["expected"] == money.to_wire(FLOAT + 2500_00)
    assert out["card"] == {"count": 4, "amount": "3000.00",
                           "refunds": {"count": 2, "amount": "1000.00"}}

    # A second session of the same teller that day starts with no card of its own. (A payment
    # wholly by card is its teller's session's by its time, kept to the second: a teller's
    # count and a new float take longer than that.)
    time.sleep(1.05)
    closed = drawer.close_session(ws.conn, ws.now(), ws.staff.teller, WS_ID, state.expected)
    assert drawer.drawer_state(ws, closed).card == card
    again = drawer.open_session(ws.conn, ws.now(), ws.staff.teller, WS_ID, ws.now().date(), 0)
    assert drawer.drawer_state(ws, again).card == CardTakings()
    _pay(ws, C, "300", Tender(0, 300_00, "AUTH05", "000000000005"))
    later = drawer.drawer_state(ws)
    assert (later.card.count, later.card.amount, later.expected) == (1, 300_00, 0)
    assert drawer.drawer_state(ws, closed).card == card


def test_a_cash_only_session_shows_card_zero(ws):
    _pay(ws, A, "1000", Tender(1000_00))
    out = drawer.drawer_state(ws).to_json()
    assert out["card"] == {"count": 0, "amount": "0.00", "refunds": {"count": 0, "amount": "0.00"}}


def test_the_day_close_and_the_z_report_show_cash_and_card_apart(ws):
    paid, voided = card_day(ws)
    day = ws.now().date()
    ws.conn.execute("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000000+00:00'")
    sync.sync_once(ws)
    assert sync.queue_status(ws).waiting == 0

    status = dayclose.day_status(ws, day)
    t = status.takings
    assert (t.payments.count, t.payments.amount) == (3, 4500_00)
    assert (t.payments.cash_count, t.payments.cash_amount) == (2, 1000_00 + 1500_00)
    assert (t.payments.card_count, t.payments.card_amount) == (2, 1500_00 + 500_00)
    assert (t.voids.count, t.voids.amount) == (2, 1800_00)
    assert (t.voids.cash_count, t.voids.cash_amount) == (1, 800_00)
    assert (t.voids.card_count, t.voids.card_amount) == (2, 1000_00)
    assert status.cash.expected == FLOAT + 2500_00          # the drawer: cash alone
    shown = json.loads(cli(ws, "day", "status").stdout)
    assert shown["takings"]["payments"] == {
        "count": 3, "amount": "4500.00", "cash": {"count": 2, "amount": "2500.00"},
        "card": {"count": 2, "amount": "2000.00"}}
    assert shown["takings"]["voids"]["card"] == {"count": 2, "amount": "1000.00"}
    assert shown["cash"]["expected"] == money.to_wire(FLOAT + 2500_00)

    args = [a for c in counts_for(status.cash.expected) for a in ("--count", c)]
    done = cli(ws, "day", "close", *args)
    assert done.returncode == 0, done.stderr
    closed = json.loads(done.stdout)
    assert closed["difference"] == "0.00" and closed["counted"] == money.to_wire(FLOAT + 2500_00)
    assert closed["takings"] == shown["takings"]
    assert dayclose.closed_day(ws, day).takings == t

    # The register's CSV: the total by tender adds up to the total.
    record = dayclose.closed_day(ws, day)
    rows = {r["row"]: r for r in
            day_reports.read_register_csv(record.report("register_csv").path.read_bytes())}
    assert (rows["total"]["count"], rows["total"]["amount"]) == ("3", "4500.00")
    assert (rows["total_cash"]["count"], rows["total_cash"]["amount"]) == ("2", "2500.00")
    assert (rows["total_card"]["count"], rows["total_card"]["amount"]) == ("2", "2000.00")
    assert (rows["voided_cash"]["count"], rows["voided_cash"]["amount"]) == ("1", "800.00")
    assert (rows["voided_card"]["count"], rows["voided_card"]["amount"]) == ("2", "1000.00")

    # The Z-report, read back by pdftotext as a person reads it, row by row.
    z = record.report("z_report").path
    text = _flat(subprocess.run(["pdftotext", "-layout", str(z), "-"], capture_output=True,
                                text=True, check=True).stdout)
    for row in (f"Принято платежей / Қабылданған төлемдер 3 · {_text(4500_00)}",
                f"в т.ч. наличными / оның ішінде қолма-қол 2 · {_text(2500_00)}",
                f"в т.ч. картой / оның ішінде картамен 2 · {_text(2000_00)}",
                f"Аннулировано / Жойылды 2 · {_text(1800_00)}",
                f"возврат наличными из кассы / кассадан қолма-қол қайтару 1 · {_text(800_00)}",
                f"возврат на карту / картаға қайтару 2 · {_text(1000_00)}",
                f"Принято наличных / Қабылданған қолма-қол ақша {_text(5000_00)}",
                f"Возвраты по аннулированию / Жойылған төлемдер бойынша қайтарым "
                f"{_text(-800_00)}",
                f"Ожидаемый остаток / Күтілетін қалдық {_text(FLOAT + 2500_00)}",
                "в кассу не поступает"):
        assert row in text, row
    register = _flat(subprocess.run(["pdftotext", "-layout",
                                     str(record.report("register_pdf").path), "-"],
                                    capture_output=True, text=True, check=True).stdout)
    assert f"в т.ч. картой / оның ішінде картамен 2 {_text(2000_00)}" in register
    assert f"возврат на карту / картаға қайтару 2 {_text(1000_00)}" in register


def test_a_cash_only_day_says_card_zero(ws):
    _pay(ws, A, "1000", Tender(1000_00))
    t = dayclose.day_status(ws, ws.now().date()).takings
    assert (t.payments.cash_count, t.payments.cash_amount) == (1, 1000_00)
    assert (t.payments.card_count, t.payments.card_amount) == (0, 0)
    assert t.voids == day_reports.TenderSplit()
