"""The demo's bank, as README promises it: the window's desk closes its day, the branch's two
simulated desks follow, the supervisor closes the branch's day, and the demo back office
gives balanced postings for it (`python -m backoffice postings --date today`). Real
processes: the reference SPC and the back office the demo starts, real desks."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from backoffice.ledger import DEMO_LEDGER
from cashier.dayclose.branch_close import close_branch_day
from cashier.identity import users
from cashier.workstation import open_workstation
from ui.demo import demo_password, ensure_demo_staff, start_demo
from ui.demo.branch import FOLLOW_SECONDS, close_desk_day, vault_counts

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_the_demo_branch_closes_its_day_and_its_books_balance(tmp_path, monkeypatch):
    env = {"CASHIER_HOME": str(tmp_path / "demo")}
    stack = start_demo(env=env, timeout=60)
    try:
        assert stack.backoffice is not None and stack.branch is not None
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        with open_workstation() as ws:
            ensure_demo_staff(ws)
            supervisor = users.authenticate(ws.conn, ws.now(), "s.demo", demo_password("s.demo"))
            # the simulated desks have their first payments before the window's desk closes
            deadline = time.monotonic() + 60
            while not all(d.payments_today() for d in stack.branch.desks):
                assert time.monotonic() < deadline, "the simulated desks took no payment"
                time.sleep(0.5)
            close_desk_day(ws)
            deadline = time.monotonic() + 60
            while not all(d.day_closed() for d in stack.branch.desks):
                assert time.monotonic() < deadline, "the branch's desks did not follow"
                time.sleep(FOLLOW_SECONDS / 3)
            from cashier.sync import replicator
            replicator.replicate_once(ws, anchor_check=False)
            day = ws.now().date()
            closed = None
            deadline = time.monotonic() + 30
            while closed is None:   # a follower's last entries may still be on the way
                try:
                    closed = close_branch_day(ws, supervisor, day,
                                              vault_counts(100_000_00),
                                              "demo test")
                except Exception as exc:  # noqa: BLE001 - retried until the deadline, then shown
                    assert time.monotonic() < deadline, exc
                    time.sleep(1)
        assert len(closed.day.desks) == 3
        assert all(path.exists() for _kind, path, _sha in closed.files)

        assert closed.day.vault_counted == 100_000_00

        def books(fmt: str) -> str:
            out = subprocess.run([sys.executable, "-m", "backoffice", "postings", "--date",
                                  "today", "--db", stack.backoffice.db_arg, "--format", fmt],
                                 cwd=ROOT, capture_output=True, text=True, timeout=60,
                                 check=False)
            assert out.returncode == 0, out.stderr
            return out.stdout

        answer = books("json")
        assert books("json") == answer          # the same day asked twice: the same postings
        postings = json.loads(answer)["postings"]
        assert {p["workstation_id"] for p in postings} == {d.workstation_id
                                                            for d in closed.day.desks}
        assert {p["branch_id"] for p in postings} == {"ALM-01"}
        net: dict[str, int] = defaultdict(int)  # credit minus debit, per account
        for p in postings:
            amount = round(float(p["amount"]) * 100)
            assert amount > 0 and p["debit_account"] != p["credit_account"], p
            net[p["credit_account"]] += amount
            net[p["debit_account"]] -= amount
        assert sum(net.values()) == 0
        # the providers' transit accounts hold what the branch's close says each provider got:
        # two derivations of the same journal, by the postings and by the close
        transit = DEMO_LEDGER["transit"]
        owed: dict[str, int] = defaultdict(int)
        for line in closed.day.by_provider:
            owed[transit.get(line.provider_id, transit["*"])] += line.amount
        assert owed and {acct: net[acct] for acct in owed} == dict(owed)
    finally:
        stack.stop()


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_the_demo_bank_asks_for_the_payer_and_a_supervisor_and_blocks_a_listed_payer(
        tmp_path, monkeypatch):
    """Issue 13's demo: the demo bank's settings (from its back office) make a 600 000 ₸
    payment ask for identification and a supervisor, the example list blocks its listed IIN,
    the AML register lists both, a drawer above its hard limit takes no cash until a
    handover, and closes are counted blind."""
    from cashier import accounts, drawer, payments
    from cashier.controls import aml_report, payers
    from cashier.errors import RuleError
    from cashier.identity import approvals
    from cashier.sync import pull
    from ui.demo import DEMO_LISTED_IIN, TELLER_ID
    env = {"CASHIER_HOME": str(tmp_path / "demo")}
    stack = start_demo(env=env, timeout=60, branch=True)
    try:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        with open_workstation() as ws:
            ensure_demo_staff(ws)
            pull.pull(ws, force=True)   # the bank's settings from the demo back office
            assert ws.config.identify_payer_above == 500_000_00
            assert ws.config.blind_count is True and ws.config.drawer_hard_limit == 2_000_000_00
            teller = users.authenticate(ws.conn, ws.now(), TELLER_ID, demo_password(TELLER_ID))
            account = accounts.find_account(ws, "1002003001")
            draft = payments.build_draft(account, {"HEAT": "600000"}, {}, "601000",
                                         fee_rules=ws.config.fee_rules)

            def take(**kw):
                return payments.accept_payment(ws, draft, teller, confirmed_over_due=True,
                                               write_pdf=False, **kw)
            with pytest.raises(RuleError) as first:
                take()
            assert first.value.code == "payer_identification_required"
            today = ws.now().date()
            payer = payers.parse_payer("850314312344", "Ахметов Ерлан", "id_card", "043256789",
                                       "15.03.2019", today)
            with pytest.raises(RuleError) as second:
                take(payer=payer)
            assert second.value.code == "supervisor_approval_required"
            supervisor = approvals.approve(ws.conn, ws.now(), "s.demo", demo_password("s.demo"),
                                           "payment_approval")
            assert take(payer=payer, approver=supervisor).approved_by == "s.demo"
            listed = payers.parse_payer(DEMO_LISTED_IIN, "Сидорова Анна Петровна", "passport",
                                        "N1234567", "01.02.2015", today)
            with pytest.raises(RuleError) as blocked:
                take(payer=listed, approver=supervisor)
            assert blocked.value.code == "sanctions_match"
            kinds = [r["kind"] for r in aml_report.rows(ws.conn, _business_day(ws))]
            assert "identified" in kinds and "screening_hit" in kinds
            # two more of them and the drawer is above 2 000 000 ₸: no cash until a handover
            take(payer=payer, approver=supervisor)
            take(payer=payer, approver=supervisor)
            with pytest.raises(RuleError) as full:
                take(payer=payer, approver=supervisor)
            assert full.value.code == "drawer_over_limit"
            drawer.handover(ws.conn, ws.now(), teller, ws.config.workstation_id, 1_500_000_00,
                            "to the vault")
            take(payer=payer, approver=supervisor)
    finally:
        stack.stop()


def _business_day(ws):
    from cashier import days
    return days.business_date(ws)


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_the_demo_desk_pays_three_accounts_splits_a_card_and_mails_a_receipt(tmp_path,
                                                                            monkeypatch):
    """Issue 14's demo: three accounts with one tender, a payment split between cash and
    card, and a receipt e-mailed to the demo's own SMTP server (its mailbox folder)."""
    import email
    import email.policy

    from cashier import accounts, payments
    from cashier.sync import mail
    from ui.demo import TELLER_ID
    env = {"CASHIER_HOME": str(tmp_path / "demo")}
    stack = start_demo(env=env, timeout=60, branch=False)
    try:
        assert stack.mailbox is not None
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        with open_workstation() as ws:
            ensure_demo_staff(ws)
            teller = users.authenticate(ws.conn, ws.now(), TELLER_ID, demo_password(TELLER_ID))
            drafts = [payments.build_draft(accounts.find_account(ws, number), None, {}, "",
                                           fee_rules=ws.config.fee_rules)
                      for number in ("1002003001", "1002003004", "1002003005")]
            total = sum(d.total for d in drafts)
            cash = -(-total // 100_000) * 100_000
            three = payments.accept_basket(ws, drafts, teller, payments.Tender(cash))
            assert len({p.basket_id for p in three}) == 1 and len(three) == 3
            assert sum(p.tendered - p.change for p in three) == total
            split = payments.accept_payment(
                ws, payments.build_draft(accounts.find_account(ws, "1002003002"), None, {}, "",
                                         fee_rules=ws.config.fee_rules), teller,
                tender=payments.Tender(5000_00, 2000_00, "A1B2C3", "123456789012"))
            assert split.card_amount == 2000_00
            mail.queue_receipt_email(ws, split.payment_id, "aigerim@mail.kz", actor=TELLER_ID)
            report = mail.send_due_mail(ws)
            assert report.sent == 1, report
        kept = sorted((tmp_path / "demo" / "mailbox").glob("*.eml"))
        assert len(kept) == 1
        message = email.message_from_bytes(kept[0].read_bytes(), policy=email.policy.default)
        assert message["To"] == "aigerim@mail.kz" and split.receipt_no in message["Subject"]
        attached = [part for part in message.iter_attachments()
                    if part.get_content_type() == "application/pdf"]
        assert attached and attached[0].get_content().startswith(b"%PDF")
    finally:
        stack.stop()
