"""Several accounts in one payment and card tender, in the core and at the command line,
against the real SPC on a real SQLite desk: one transaction for the whole basket (a fault in
its last payment leaves none), each account its own payment, receipt number and outbox
entry; a card part never enters the drawer and is refunded on the terminal."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cashier import accounts, drawer, payments, sync
from cashier.config import Config
from cashier.errors import RuleError, ValidationError
from cashier.payments import voids
from cashier.payments.tender import Tender, allocate
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS
from tests.support.staffing import (SUPERVISOR_ID, SUPERVISOR_PASSWORD, TELLER_ID,
                                    TELLER_PASSWORD, staff_desk)

ROOT = Path(__file__).resolve().parents[2]
A, B, C = DEMO_ACCOUNTS["typical"], DEMO_ACCOUNTS["many"], DEMO_ACCOUNTS["no_meters"]


@pytest.fixture
def ws(tmp_path, fresh_spc):
    cfg = Config(home=tmp_path / "ws", spc_url=fresh_spc.url, workstation_id="ALM-01-W01",
                 auto_print=False)
    with Workstation(cfg, token=fresh_spc.token_for("ALM-01-W01")) as w:
        w.staff = staff_desk(w, 10_000_00)
        yield w


def _draft(ws, number: str, amount: str = "1000"):
    account = accounts.find_account(ws, number)
    return payments.build_draft(account, {account.services[0].code: amount}, {}, "",
                                fee_rules={})


def _cash(ws) -> int:
    session = drawer.current(ws.conn, ws.config.workstation_id)
    return drawer.expected_cash(ws.conn, session.session_id)


def test_three_accounts_one_tender_one_transaction(ws):
    drafts = [_draft(ws, A, "1000"), _draft(ws, B, "2000"), _draft(ws, C, "3000.50")]
    before = _cash(ws)
    paid = payments.accept_basket(ws, drafts, ws.staff.teller, Tender(700000))
    assert [p.account for p in paid] == [A, B, C]
    assert len({p.payment_id for p in paid}) == 3 and len({p.receipt_no for p in paid}) == 3
    assert len({p.basket_id for p in paid}) == 1 and paid[0].basket_id
    assert [p.change for p in paid] == [0, 0, 700000 - 600050]
    assert _cash(ws) == before + 600050                       # what came in, less the change
    outbox = ws.conn.execute("SELECT payment_id FROM outbox WHERE kind = 'payment'").fetchall()
    assert {r[0] for r in outbox} == {p.payment_id for p in paid}
    assert all(Path(p.receipt_pdf).exists() for p in paid)
    # each reaches the SPC on its own, as the protocol is per account
    sync.sync_once(ws)
    assert sync.queue_status(ws).waiting == 0


def test_a_fault_in_the_last_account_leaves_none(ws, tmp_path):
    # A real fault inside the transaction: the database refuses the basket's third payment.
    ws.conn.execute(f"CREATE TRIGGER refuse_c BEFORE INSERT ON payments WHEN NEW.account = '{C}' "
                    "BEGIN SELECT RAISE(ABORT, 'disk says no'); END")
    drafts = [_draft(ws, A), _draft(ws, B), _draft(ws, C)]
    before = _cash(ws)
    with pytest.raises(sqlite3.DatabaseError):
        payments.accept_basket(ws, drafts, ws.staff.teller, Tender(300000))
    assert ws.conn.execute("SELECT COUNT(*) FROM payments").fetchone()[0] == 0
    assert ws.conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 0
    assert ws.conn.execute("SELECT COUNT(*) FROM receipt_counters").fetchone()[0] == 0
    assert _cash(ws) == before


def test_an_account_twice_and_a_short_tender_are_refused(ws):
    with pytest.raises(ValidationError) as twice:
        payments.accept_basket(ws, [_draft(ws, A), _draft(ws, A)], ws.staff.teller, Tender(5000_00))
    assert twice.value.code == "basket_account_twice"
    with pytest.raises(ValidationError) as short:
        payments.accept_basket(ws, [_draft(ws, A), _draft(ws, B)], ws.staff.teller, Tender(1999_99))
    assert short.value.code == "tendered_insufficient" and short.value.params["missing"]
    assert ws.conn.execute("SELECT COUNT(*) FROM payments").fetchone()[0] == 0


def test_cash_and_card_split_and_the_card_never_in_the_drawer(ws):
    before = _cash(ws)
    card = Tender(cash=2000_00, card=500_00, card_auth="A1B2C3", card_rrn="123456789012")
    paid = payments.accept_basket(ws, [_draft(ws, A, "1000"), _draft(ws, B, "1000")],
                                  ws.staff.teller, card)
    assert [p.card_amount for p in paid] == [500_00, 0]
    assert [(p.tendered, p.change) for p in paid] == [(500_00, 0), (1500_00, 500_00)]
    assert _cash(ws) == before + 1500_00
    row = ws.conn.execute("SELECT card_auth, card_rrn FROM payments WHERE payment_id = ?",
                          (paid[0].payment_id,)).fetchone()
    assert tuple(row) == ("A1B2C3", "123456789012")
    body = ws.conn.execute("SELECT body FROM outbox WHERE payment_id = ?",
                           (paid[0].payment_id,)).fetchone()[0]
    assert "123456789012" not in body and "card" not in body
    fact = json.loads(ws.conn.execute("SELECT details FROM audit_log WHERE action = "
                                      "'payment.accepted' AND subject = ?",
                                      (paid[0].payment_id,)).fetchone()[0])
    assert fact["card"] == {"amount": "500.00", "auth": "A1B2C3", "rrn": "123456789012"}

    # the void gives back only the cash part from the drawer, and says where the card part goes
    result = voids.void_payment(ws, ws.staff.teller, paid[0].payment_id, SUPERVISOR_ID,
                                SUPERVISOR_PASSWORD, "customer changed mind")
    assert (result["cash_refund"], result["card_refund"]) == (500_00, 500_00)
    assert result["card_rrn"] == "123456789012"
    assert _cash(ws) == before + 1000_00


def test_a_whole_card_payment_moves_no_cash(ws):
    before = _cash(ws)
    paid = payments.accept_payment(ws, _draft(ws, A, "1500"), ws.staff.teller,
                                   tender=Tender(0, 1500_00, "XYZ123", "000011112222"))
    assert (paid.card_amount, paid.tendered, paid.change) == (1500_00, 0, 0)
    assert _cash(ws) == before


@pytest.mark.parametrize("card, auth, rrn, code", [
    ("2000", "A1B2C3", "123456789012", "card_over_total"),
    ("500", "A1B2", "123456789012", "card_auth_invalid"),
    ("500", "A1B2C3", "12345", "card_rrn_invalid"),
    ("", "A1B2C3", "", "card_amount_missing"),
    ("5,123", "A1B2C3", "123456789012", "amount_too_many_decimals"),
])
def test_a_card_part_typed_wrong_changes_nothing(ws, card, auth, rrn, code):
    with pytest.raises(ValidationError) as bad:
        amount, a, r = payments.parse_card(card, auth, rrn)
        payments.accept_payment(ws, _draft(ws, A, "1000"), ws.staff.teller,
                                tender=Tender(0, amount, a, r))
    assert bad.value.code == code
    assert ws.conn.execute("SELECT COUNT(*) FROM payments").fetchone()[0] == 0


def test_allocation_keeps_every_payments_cash_exact():
    for totals, tender in [([100, 200, 300], Tender(1000, 250)), ([500], Tender(0, 500)),
                           ([100, 100], Tender(300, 200, "A", "B")), ([1, 2, 3], Tender(10))]:
        shares = allocate(totals, tender)
        assert sum(s.card for s in shares) == tender.card
        assert sum(s.tendered for s in shares) == tender.cash
        assert all(s.card + s.tendered - s.change == t for s, t in zip(shares, totals))


def test_a_basket_of_one_customer_is_one_payer_for_identification(ws):
    from dataclasses import replace
    ws.config = replace(ws.config, identify_payer_above=1500_00)
    with pytest.raises(RuleError) as refused:   # 1 000 + 1 000: each below, the customer above
        payments.accept_basket(ws, [_draft(ws, A, "1000"), _draft(ws, B, "1000")],
                               ws.staff.teller, Tender(2000_00))
    assert refused.value.params["reasons"] == ["structuring_payer"]


def test_the_command_line_pays_several_accounts_and_a_card(ws, fresh_spc):
    env = {**os.environ, "CASHIER_HOME": str(ws.config.home), "CASHIER_SPC_URL": fresh_spc.url,
           "CASHIER_SPC_TOKEN": fresh_spc.token_for("ALM-01-W01"),
           "CASHIER_WORKSTATION_ID": "ALM-01-W01", "CASHIER_PASSWORD": TELLER_PASSWORD}

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "cashier", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60, check=False)
    out = cli("pay", "--account", A, "--account", B, "--amount", f"{A}:HEAT=1000",
              "--amount", f"{B}:HEAT=500", "--card", "1000", "--card-auth", "a1b2c3",
              "--card-rrn", "123456789012", "--tendered", "1000", "--as", TELLER_ID)
    assert out.returncode == 0, out.stderr
    basket = json.loads(out.stdout)
    assert [p["account"] for p in basket["payments"]] == [A, B]
    assert (basket["total"], basket["card"], basket["tendered"], basket["change"]) == \
        ("1500.00", "1000.00", "1000.00", "500.00")
    assert basket["payments"][0]["card_rrn"] == "123456789012"
    # without the account prefix, with several accounts: refused, nothing stored
    bad = cli("pay", "--account", A, "--account", B, "--amount", "HEAT=1000", "--tendered",
              "5000", "--as", TELLER_ID)
    assert bad.returncode != 0 and "amount_account_missing" in bad.stderr
    assert ws.conn.execute("SELECT COUNT(*) FROM payments").fetchone()[0] == 2


def test_one_receipt_for_the_basket_a_section_and_a_qr_per_account(ws, tmp_path, monkeypatch):
    from cashier.documents import receipt_code, receipts
    from tests.support.busy_day import RECEIPT_KEY
    monkeypatch.setenv(receipt_code.ENV_KEY, RECEIPT_KEY)
    card = Tender(cash=3000_00, card=500_00, card_auth="A1B2C3", card_rrn="123456789012")
    paid = payments.accept_basket(ws, [_draft(ws, A), _draft(ws, B), _draft(ws, C)],
                                  ws.staff.teller, card)
    assert len({p.basket_pdf for p in paid}) == 1 and paid[0].basket_pdf
    pdf = Path(paid[0].basket_pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    for p in paid:                       # every account's section, with its receipt number
        assert p.receipt_no in text and p.account in text
    assert "Картой / Картамен" in text and "123456789012" in text   # the card part, its RRN
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    assert re.search(r"Pages:\s+3\n", pages), pages      # a page (two copies) per account
    subprocess.run(["pdftoppm", "-r", "110", "-png", str(pdf), str(tmp_path / "page")],
                   check=True)
    import shutil

    from tests.ui.test_screenshot_xvfb import artifacts_dir
    shutil.copy(sorted(tmp_path.glob("page*.png"))[0], artifacts_dir() / "basket-receipt.png")
    codes = []
    for png in sorted(tmp_path.glob("page*.png")):
        out = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True,
                             text=True, check=False).stdout.split()
        codes.extend(out)
    ours = {code for code in codes if "|" in code}
    assert len(ours) == 3                 # a QR per account (each printed on both copies)
    for code in ours:
        assert receipts.verify_receipt(ws, code)["ok"]


def test_pay_with_print_opens_the_drawer_even_when_the_printer_is_missing(ws, fresh_spc,
                                                                          tmp_path):
    from dataclasses import replace

    from cashier import config as config_mod
    marker = tmp_path / "drawer-opened"
    config_mod.save(replace(ws.local_config, printer="NoSuchQueue",
                            drawer_command=f"touch {marker}"))
    env = {**os.environ, "CASHIER_HOME": str(ws.config.home), "CASHIER_SPC_URL": fresh_spc.url,
           "CASHIER_SPC_TOKEN": fresh_spc.token_for("ALM-01-W01"),
           "CASHIER_WORKSTATION_ID": "ALM-01-W01", "CASHIER_PASSWORD": TELLER_PASSWORD}
    out = subprocess.run([sys.executable, "-m", "cashier", "pay", "--account", A, "--amount",
                          "HEAT=1000", "--tendered", "1000", "--print", "--as", TELLER_ID],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
                         check=False)
    assert out.returncode == 0, out.stderr
    paid = json.loads(out.stdout)
    assert paid["print_error"]["code"].startswith("print_")
    assert "did not print" in out.stderr
    assert marker.exists()                      # the change is owed whatever the printer did
    # without --print nothing goes to a printer, nor opens the drawer
    marker.unlink()
    out = subprocess.run([sys.executable, "-m", "cashier", "pay", "--account", A, "--amount",
                          "HEAT=1000", "--tendered", "1000", "--as", TELLER_ID],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
                         check=False)
    assert out.returncode == 0 and "print" not in json.loads(out.stdout)
    assert not marker.exists()
