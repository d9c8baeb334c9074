"""Card money in the bank's books and the branch close, on a real back office (SQLite and
PostgreSQL) fed by a real desk's journal.

A desk's day made by the core against the real SPC: a cash payment, one split between card
and cash across its lines and fee, one wholly by card, and two voids (a split payment, a
card payment); then sent, counted and closed. The postings (GET /v1/postings, `python -m
backoffice postings`) balance to the tiyn; card clearing is debited by each card part and
credited back by the voids; the teller's cash ends at what the drawer was counted at. A
chart of accounts without `card_clearing` is refused for that day and accepted for a day of
cash only. The branch close answers each desk's payments and voids by tender, the vault
expected from cash alone, and the desk's branch register prints them.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from backoffice import ledger
from cashier import accounts, dayclose, drawer, payments, sync
from cashier.branch_day import BranchDay
from cashier.config import Config
from cashier.documents import branch_register, receipt_code
from cashier.payments import voids
from cashier.payments.tender import Tender
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS
from tests.support import backoffice_server
from tests.support.backoffice_server import ROOT, unique_ws
from tests.support.books import balances, LEDGER, minor, money, own_server, send, set_ledger
from tests.support.busy_day import RECEIPT_KEY, counts_for
from tests.support.desk_journal import closed_day, entries_of
from tests.support.staffing import SUPERVISOR_ID, SUPERVISOR_PASSWORD, staff_desk

FLOAT = 30_000_00
HANDOVER = 1_000_00
CARD_LEDGER = {**LEDGER, "card_clearing": "100500-{workstation_id}"}


def _pay(ws, which: str, amounts: dict, tender: Tender, fee: int = 0):
    account = accounts.find_account(ws, DEMO_ACCOUNTS[which])
    draft = payments.build_draft(account, amounts, {}, "", fee=fee)
    return payments.accept_basket(ws, [draft], ws.staff.teller, tender)[0]


def card_desk_day(home: Path, spc, workstation_id: str) -> dict:
    """The desk's journal of a closed day with card money, and what it should say."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(receipt_code.ENV_KEY, RECEIPT_KEY)
        cfg = Config(home=home, spc_url=spc.url, workstation_id=workstation_id, auto_print=False)
        with Workstation(cfg, token=spc.token_for(workstation_id)) as ws:
            ws.staff = staff_desk(ws, FLOAT)
            cash = _pay(ws, "no_meters", {"HEAT": "1000", "SEW": "500"}, Tender(2000_00))
            # 1 000 + 500 + a fee of 100, 1 550 of it by card: the card covers both lines and
            # half the fee; 100 cash handed over, 50 back.
            split = _pay(ws, "no_meters", {"HEAT": "1000", "SEW": "500"},
                         Tender(100_00, 1550_00, "AUTH01", "000000000001"), fee=100_00)
            carded = _pay(ws, "typical", {"HEAT": "700"}, Tender(0, 700_00, "AUTH02",
                                                                "000000000002"))
            split_voided = _pay(ws, "typical", {"HEAT": "800", "SEW": "200"},
                                Tender(700_00, 300_00, "AUTH03", "000000000003"))
            card_voided = _pay(ws, "no_meters", {"WASTE": "400"},
                               Tender(0, 400_00, "AUTH04", "000000000004"))
            for p in (split_voided, card_voided):
                voids.void_payment(ws, ws.staff.teller, p.payment_id, SUPERVISOR_ID,
                                   SUPERVISOR_PASSWORD, "customer changed mind")
            drawer.handover(ws.conn, ws.now(), ws.staff.teller, workstation_id, HANDOVER, "")
            ws.conn.execute("UPDATE outbox SET next_attempt_at = "
                            "'2000-01-01T00:00:00.000000+00:00'")
            sync.sync_once(ws)
            assert sync.queue_status(ws).waiting == 0
            day = ws.now().date()
            expected = dayclose.cash_summary(ws, day).expected
            assert expected == FLOAT + 1500_00 + 50_00 - HANDOVER      # the drawer: cash alone
            dayclose.close_day(ws, ws.staff.supervisor, day, counts_for(expected))
    return {"business_date": day.isoformat(), "entries": entries_of(home / "cashier.db"),
            "counted": expected, "kept_card": 1550_00 + 700_00, "voided_card": 300_00 + 400_00,
            "kept": [cash, split, carded], "voided": [split_voided, card_voided],
            "lines": {"ATS": 1000_00 + 1000_00 + 700_00, "ASU": 500_00 + 500_00},
            "fees": 100_00}


@pytest.fixture(scope="module")
def desks(tmp_path_factory, spc_server):
    """Two desks' days, made once: one with card money, one of cash only."""
    card_ws, cash_ws = unique_ws("CD-").upper(), unique_ws("CO-").upper()
    card = card_desk_day(tmp_path_factory.mktemp("card-desk"), spc_server, card_ws)
    cash = closed_day(tmp_path_factory.mktemp("cash-desk"), spc_server, cash_ws)
    return {"card": (card_ws, card), "cash": (cash_ws, cash)}


class Books:
    def __init__(self, server, desks):
        self.server = server
        self.card_branch, self.cash_branch = unique_ws("BC-").upper(), unique_ws("BO-").upper()
        self.card_ws, self.card = desks["card"]
        self.cash_ws, cash = desks["cash"]
        self.day, self.cash_day = self.card["business_date"], cash.business_date
        send(server.api(self.card_ws, self.card_branch), self.card_ws, self.card["entries"])
        send(server.api(self.cash_ws, self.cash_branch), self.cash_ws, cash.entries)
        self.api = server.api(self.card_ws, self.card_branch)
        self.cash_api = server.api(self.cash_ws, self.cash_branch)

    def postings(self, api=None, day=None, accept="application/json"):
        return (api or self.api).get("v1/postings", params={"business_date": day or self.day},
                                     headers={"Accept": accept})


@pytest.fixture(scope="module", params=backoffice_server.ENGINES)
def books(request, desks):
    if request.param == "postgresql":
        backoffice_server.shared_cluster()
    server = own_server(request.param)
    try:
        yield Books(server, desks)
    finally:
        server.stop()


def run_cli(db_url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "backoffice", "postings", *args, "--db", db_url],
                          cwd=ROOT, capture_output=True, timeout=120, check=False)


def test_a_ledger_without_card_clearing_is_refused_for_a_day_with_card_only(books):
    set_ledger(books.server, LEDGER, books.card_branch)
    set_ledger(books.server, LEDGER, books.cash_branch)
    resp = books.postings()
    assert resp.status_code == 409, resp.text
    error = resp.json()["error"]
    assert (error["code"], error["field"]) == ("ledger_not_configured", "ledger.card_clearing")
    assert '"card_clearing"' in error["message"] and "settings set" in error["message"]
    done = run_cli(books.server.db_url, "--date", books.day, "--branch", books.card_branch)
    assert done.returncode == 1 and b"card_clearing" in done.stderr and done.stdout == b""
    # A day of cash only needs no card clearing: the chart as it was stays good.
    cash_only = books.postings(books.cash_api, books.cash_day)
    assert cash_only.status_code == 200, cash_only.text
    postings = cash_only.json()["postings"]
    assert postings and sum(balances(postings).values()) == 0
    assert not any("by card" in p["narrative"] for p in postings)


def test_card_parts_go_to_card_clearing_and_the_voids_bring_them_back(books):
    set_ledger(books.server, CARD_LEDGER, books.card_branch)
    resp = books.postings()
    assert resp.status_code == 200, resp.text
    postings = resp.json()["postings"]
    ws, card = books.card_ws, books.card
    clearing, teller = f"100500-{ws}", f"100110-{ws}"
    net = balances(postings)
    assert sum(net.values()) == 0                                  # balanced to the tiyn
    assert net[clearing] == card["kept_card"]                      # the card parts kept
    assert net[teller] == card["counted"]          # the float, the cash parts, the handover
    assert -net["287020"] == card["lines"]["ATS"] and -net["287000"] == card["lines"]["ASU"]
    assert -net["460010"] == card["fees"]
    assert net["100100"] == HANDOVER - FLOAT
    paid = [p for p in postings if p["source_action"] == "payment.accepted"]
    assert sum(minor(p["amount"]) for p in paid if p["debit_account"] == clearing) == \
        card["kept_card"] + card["voided_card"]
    # The split payment: both lines and half the fee by card, the other half of the fee cash.
    split = [p for p in paid if card["kept"][1].receipt_no in p["narrative"]]
    assert [(p["debit_account"], p["credit_account"], p["amount"]) for p in split] == [
        (clearing, "287020", "1000.00"), (clearing, "287000", "500.00"),
        (clearing, "460010", "50.00"), (teller, "460010", "50.00")]
    assert [p["narrative"].endswith("by card") for p in split] == [True, True, True, False]
    # The voids: the card part back to card clearing, the cash part to the teller's cash.
    voided = [p for p in postings if p["source_action"] == "payment.voided"]
    assert sum(minor(p["amount"]) for p in voided if p["credit_account"] == clearing) == \
        card["voided_card"]
    assert sum(minor(p["amount"]) for p in voided if p["credit_account"] == teller) == 700_00
    assert {p["debit_account"] for p in voided} == {"287020", "287000"}
    # The same request gives the same bytes, as JSON and as CSV; the command prints them.
    for kind in ("application/json", "text/csv"):
        assert books.postings(accept=kind).content == books.postings(accept=kind).content
    done = run_cli(books.server.db_url, "--date", books.day, "--branch", books.card_branch,
                   "--format", "csv")
    assert done.returncode == 0, done.stderr
    assert done.stdout == books.postings(accept="text/csv").content
    rows = list(csv.reader(io.StringIO(done.stdout.decode("utf-8-sig")), delimiter=";"))
    assert sum(1 for r in rows[1:] if r[6] == clearing) == \
        sum(1 for p in postings if p["debit_account"] == clearing)


def test_the_branch_close_splits_each_desk_by_tender_and_the_vault_is_cash(books, tmp_path):
    set_ledger(books.server, CARD_LEDGER, books.card_branch)
    card = books.card
    desk = next(d for d in books.api.get(f"v1/branches/{books.card_branch}/desks",
                                         params={"business_date": books.day}).json()["desks"]
                if d["workstation_id"] == books.card_ws)
    assert desk["voids"] == {"count": 2, "amount": money(1000_00 + 400_00)}
    resp = books.api.post(f"v1/branches/{books.card_branch}/days/{books.day}/close",
                          json={"supervisor_id": "s.super", "vault": {}, "note": ""})
    assert resp.status_code == 200, resp.text
    answer = resp.json()
    item = answer["desks"][0]
    assert item["payments"] == {"count": 3, "amount": money(1500_00 + 1600_00 + 700_00)}
    assert item["by_tender"] == {"cash": {"count": 2, "amount": money(1500_00 + 50_00)},
                                 "card": {"count": 2, "amount": money(card["kept_card"])}}
    assert item["voids"] == {"count": 2, "amount": money(1000_00 + 400_00)}
    assert item["voids_by_tender"] == {"cash": {"count": 1, "amount": "700.00"},
                                       "card": {"count": 2, "amount": "700.00"}}
    assert answer["by_tender"] == item["by_tender"]
    # The vault: no float before, the float given, the handover and the drawer back: cash.
    assert minor(answer["vault_expected"]) == -FLOAT + HANDOVER + card["counted"]
    # A closed day keeps its chart, card clearing included: the same postings after a change.
    before = books.postings().content
    set_ledger(books.server, {**CARD_LEDGER, "card_clearing": "100501"}, books.card_branch)
    assert books.postings().content == before

    # The desk's branch register prints the figures by tender.
    day = BranchDay.from_wire(answer)
    tenders = branch_register.tenders_from_wire(answer)
    pdf = branch_register.register_pdf(day, bank_name="АО «Тест Банк»", branch_name="",
                                       names={}, generated_at=datetime(2026, 11, 27, 19, 6),
                                       tenders=tenders)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    text = text.replace("\u00a0", " ")
    for needle in ("Платежи по видам оплаты", "Картой / Картамен", "2: 1 550,00",
                   "2: 2 250,00", "1: 700,00", "2: 700,00", "в кассу и в хранилище не"):
        assert needle in text, needle
    rows = {(r["section"], r["workstation_id"]): r for r in csv.DictReader(io.StringIO(
        branch_register.register_csv(day, {}, tenders).decode("utf-8-sig")), delimiter=";")}
    assert rows["desk_card", books.card_ws]["amount"] == "2250.00"
    assert rows["desk_voided_card", books.card_ws]["count"] == "2"
    assert (rows["total_cash", ""]["amount"], rows["total_card", ""]["amount"]) == \
        ("1550.00", "2250.00")


def test_the_chart_takes_card_clearing_as_an_optional_account():
    assert ledger.check(LEDGER) == LEDGER                      # older charts stay valid
    assert ledger.check(CARD_LEDGER)["card_clearing"] == "100500-{workstation_id}"
    assert "card_clearing" in ledger.DEMO_LEDGER and ledger.check(ledger.DEMO_LEDGER)
    with pytest.raises(ledger.LedgerInvalid) as bad:
        ledger.check({**LEDGER, "card_clearing": "12"})
    assert bad.value.key == "ledger.card_clearing"
