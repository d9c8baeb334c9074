"""Closing the day against the real SPC: blockers, reconciliation, the count, the lock, reports."""
from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from cashier import accounts, dayclose, drawer, money, payments, sync
from cashier.storage.records import load_payment
from cashier.payments import voids
from cashier.documents import archive, day_reports
from cashier.identity import audit
from cashier.config import Config
from cashier.errors import CashierError, RuleError, ValidationError
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS
from tests.support.staffing import (SUPERVISOR_ID, SUPERVISOR_PASSWORD, TELLER_ID, staff_desk)

WS_ID = "ALM-01-W01"
ROOT = Path(__file__).resolve().parents[2]
FLOAT = 50_000_00
# Whole tenge, so the drawer can be counted exactly in notes and coins.
AMOUNTS = {"typical": {"ELEC": "1272", "HEAT": "2500"}, "no_meters": None}


@pytest.fixture
def desk(tmp_path, fresh_spc):
    cfg = Config(home=tmp_path / "ws", spc_url=fresh_spc.url, workstation_id=WS_ID,
                 bank_name="АО «Тест Банк»", branch_name="Алматинский филиал №1",
                 branch_address="Алматы, пр. Абая 1")
    with Workstation(cfg, token=fresh_spc.token_for(WS_ID)) as ws:
        staff = staff_desk(ws, FLOAT)
        yield ws, staff, fresh_spc


def pay(ws, teller, which: str = "typical", amounts: dict | None = None, tendered: str = "20000"):
    account = accounts.find_account(ws, DEMO_ACCOUNTS[which])
    amounts = amounts if amounts is not None else AMOUNTS.get(which)
    if amounts is None:  # every service, rounded down to whole tenge
        amounts = {s.code: str(max(s.amount_due, 0) // 100) for s in account.services
                   if s.amount_due >= 100}
    draft = payments.build_draft(account, amounts, {}, tendered)
    return payments.accept_payment(ws, draft, teller)


def send_all(ws) -> None:
    ws.conn.execute("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000000+00:00'")
    sync.sync_once(ws)
    assert sync.queue_status(ws).waiting == 0


def counts_for(amount: int) -> list[str]:
    """Notes and coins making up `amount` (whole tenge), greedily, as the CLI takes them."""
    assert amount % 100 == 0, "a drawer holds whole tenge here"
    left, out = amount // 100, []
    for d in dayclose.DENOMINATIONS:
        n, left = divmod(left, d.value)
        if n:
            out.append(f"{d.key}={n}")
    return out


def expected(ws) -> int:
    return dayclose.cash_summary(ws, ws.now().date()).expected


def snapshot(ws) -> tuple:
    conn = ws.conn
    return (conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0],
            [tuple(r) for r in conn.execute("SELECT * FROM teller_sessions ORDER BY session_id")],
            [tuple(r) for r in conn.execute("SELECT * FROM business_days")],
            conn.execute("SELECT COUNT(*) FROM day_closes").fetchone()[0])


def spc_db(spc) -> sqlite3.Connection:
    return sqlite3.connect(spc.db_path, timeout=10, isolation_level=None)


# -- what refuses the close ---------------------------------------------------------------------

def test_unsent_payments_refuse_the_close_listing_them_and_nothing_changes(desk):
    ws, staff, spc = desk
    p1 = pay(ws, staff.teller)
    spc.stop()
    p2 = pay(ws, staff.teller, "typical", {"ELEC": "200"})  # from the offline cache
    sync.sync_once(ws)  # the SPC is down: both wait
    day = ws.now().date()
    found = dayclose.blockers(ws, day)
    assert [(b.receipt_no, b.state, b.kind) for b in found] == \
        [(p1.receipt_no, "waiting", "payment"), (p2.receipt_no, "waiting", "payment")]
    assert found[0].amount == p1.total
    before = snapshot(ws)
    with pytest.raises(RuleError) as info:
        dayclose.close_day(ws, staff.supervisor, day, counts_for(expected(ws)))
    assert info.value.code == "day_has_unsent"
    assert p1.receipt_no in info.value.message and p2.receipt_no in info.value.message
    assert [b["receipt_no"] for b in info.value.params["blockers"]] == [p1.receipt_no, p2.receipt_no]
    assert snapshot(ws) == before and dayclose.day_state(ws, day) == "open"
    assert not (ws.config.reports_dir).exists()
    status = dayclose.day_status(ws, day).to_json()
    assert status["can_close"] is False and len(status["blockers"]) == 2
    # A void waiting to go out blocks as well.
    spc.start()
    send_all(ws)
    spc.stop()
    voids.void_payment(ws, staff.teller, p1.payment_id, SUPERVISOR_ID, SUPERVISOR_PASSWORD,
                       "wrong account typed")
    sync.sync_once(ws)
    assert [(b.kind, b.state) for b in dayclose.blockers(ws, day)] == [("cancel", "waiting")]


def test_unresolved_rejection_refuses_until_a_supervisor_resolves_it(desk):
    ws, staff, spc = desk
    payment = pay(ws, staff.teller)
    send_all(ws)
    # The SPC refusing a payment for good (422) cannot be had on demand from a valid
    # payment; the outbox row is put in the state the sender leaves such a refusal in.
    ws.conn.execute("UPDATE outbox SET state = 'rejected', last_http_status = 422, "
                    "last_error_code = 'period_closed', last_error_message = 'The period is closed' "
                    "WHERE payment_id = ?", (payment.payment_id,))
    day = ws.now().date()
    with pytest.raises(RuleError) as info:
        dayclose.close_day(ws, staff.supervisor, day, counts_for(expected(ws)))
    assert info.value.code == "day_has_unresolved_rejections"
    assert payment.receipt_no in info.value.message and "period_closed" in info.value.message
    sync.resolve_rejected(ws, payment.payment_id, staff.supervisor, "refunded the payer")
    assert dayclose.blockers(ws, day) == []


def test_only_a_supervisor_closes_the_day(desk):
    ws, staff, _ = desk
    before = snapshot(ws)
    for who in (staff.teller, staff.admin):
        with pytest.raises(RuleError) as info:
            dayclose.close_day(ws, who, ws.now().date(), counts_for(FLOAT))
        assert info.value.code == "role_required"
    assert snapshot(ws) == before


def test_unreachable_spc_refuses_the_close(desk):
    ws, staff, spc = desk
    pay(ws, staff.teller)
    send_all(ws)
    spc.stop()
    before = snapshot(ws)
    with pytest.raises(RuleError) as info:
        dayclose.close_day(ws, staff.supervisor, ws.now().date(), counts_for(expected(ws)))
    assert info.value.code == "reconciliation_unavailable"
    assert info.value.params["cause"] == "spc_unavailable"
    assert snapshot(ws) == before


def test_a_payment_taken_while_the_register_is_fetched_refuses_the_close(desk, monkeypatch):
    ws, staff, _ = desk
    day = ws.now().date()
    pay(ws, staff.teller)
    send_all(ws)
    real = dayclose.reconcile

    def teller_pays_meanwhile(ws_, day_):
        result = real(ws_, day_)
        pay(ws, staff.teller, "typical", {"SEW": "100"})  # during the network call
        return result

    monkeypatch.setattr(dayclose.close, "reconcile", teller_pays_meanwhile)
    count = counts_for(expected(ws))
    with pytest.raises(RuleError) as info:
        dayclose.close_day(ws, staff.supervisor, day, count)
    assert info.value.code == "day_has_unsent"
    assert dayclose.day_state(ws, day) == "open" and dayclose.closed_day(ws, day) is None
    assert not ws.config.reports_dir.exists()
    # The same, with the new payment delivered at once: the recheck sees the day changed.
    send_all(ws)

    def paid_and_sent_meanwhile(ws_, day_):
        result = real(ws_, day_)
        pay(ws, staff.teller)
        send_all(ws)
        return result

    monkeypatch.setattr(dayclose.close, "reconcile", paid_and_sent_meanwhile)
    with pytest.raises(RuleError) as info:
        dayclose.close_day(ws, staff.supervisor, day, counts_for(expected(ws)))
    assert info.value.code == "day_changed"
    assert dayclose.day_state(ws, day) == "open" and not ws.config.reports_dir.exists()


def test_the_reports_are_rendered_and_written_while_payments_can_still_be_taken(desk, monkeypatch):
    """Rendering and fsyncing three files takes a second or more: the close must not hold the
    write lock meanwhile, or every desk write (a payment, the sender, a sign-in) waits."""
    ws, staff, _ = desk
    day = ws.now().date()
    pay(ws, staff.teller)
    send_all(ws)
    real, seen = archive.write_report, []

    def write_and_try_the_lock(folder, name, suffix, data):
        other = sqlite3.connect(ws.config.db_path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")   # what a payment's transaction takes first
            other.execute("ROLLBACK")
            seen.append((name + suffix, "free"))
        except sqlite3.OperationalError as exc:
            seen.append((name + suffix, str(exc)))
        finally:
            other.close()
        return real(folder, name, suffix, data)

    monkeypatch.setattr(archive, "write_report", write_and_try_the_lock)
    dayclose.close_day(ws, staff.supervisor, day, counts_for(expected(ws)))
    assert [state for _, state in seen] == ["free"] * 3, seen
    assert dayclose.day_state(ws, day) == "closed"


def test_a_report_that_cannot_be_written_leaves_no_half_set_behind(desk):
    """The register written, then the Z-report refused (its every name taken by stray files,
    as after a thousand failed closes): the close is refused, and the register files this
    attempt wrote are gone again; the strays stay."""
    ws, staff, _ = desk
    day = ws.now().date()
    pay(ws, staff.teller)
    send_all(ws)
    folder = Path(ws.config.reports_dir) / day.isoformat()
    folder.mkdir(parents=True)
    stem = f"z-report-{WS_ID}-{day:%Y%m%d}"
    strays = {f"{stem}.pdf"} | {f"{stem}-{n}.pdf" for n in range(2, archive.MAX_REPORT_NAMES)}
    for name in strays:
        (folder / name).write_bytes(b"stray")
    before = snapshot(ws)
    with pytest.raises(CashierError) as info:
        dayclose.close_day(ws, staff.supervisor, day, counts_for(expected(ws)))
    assert info.value.code == "report_names_exhausted"
    assert {p.name for p in folder.iterdir()} == strays
    assert snapshot(ws) == before and dayclose.day_state(ws, day) == "open"


# -- reconciliation -------------------------------------------------------------------------------

def _spc_only_payment(ws, spc) -> dict:
    """A payment the SPC holds under this workstation that was never taken here."""
    account = spc.api(WS_ID).get(f"v1/accounts/{DEMO_ACCOUNTS['no_meters']}").json()
    service = account["services"][0]
    now = ws.now().replace(microsecond=0)
    pid = str(uuid.uuid4())
    body = {"payment_id": pid, "workstation_id": WS_ID, "teller_id": "t.ghost",
            "receipt_no": f"{WS_ID}-{now:%Y%m%d}-90001", "accepted_at": now.isoformat(),
            "business_date": now.date().isoformat(), "account": account["account"],
            "period": account["period"],
            "lines": [{"service_code": service["code"], "amount": "700.00", "reading": None}],
            "fee": "0.00", "total": "700.00"}
    resp = spc.api(WS_ID).post("v1/payments", json=body, headers={"Idempotency-Key": pid})
    assert resp.status_code == 201, resp.text
    return body


def test_reconciliation_finds_every_kind_of_difference(desk):
    ws, staff, spc = desk
    day = ws.now().date()
    agreed = pay(ws, staff.teller)
    amount_off = pay(ws, staff.teller, "no_meters")
    voided_here = pay(ws, staff.teller)
    cancelled_there = pay(ws, staff.teller, "typical", {"ELEC": "300"})
    send_all(ws)
    assert dayclose.reconcile(ws, day).ok

    ghost = _spc_only_payment(ws, spc)
    # Missing there: a sender that recorded "accepted" for a payment that never arrived.
    # The real sender cannot be made to do that, so the outbox row is marked by hand.
    never_sent = pay(ws, staff.teller, "typical", {"ELEC": "100"})
    ws.conn.execute("UPDATE outbox SET state = 'accepted', spc_txn_id = 'SPC-FAKE' "
                    "WHERE payment_id = ?", (never_sent.payment_id,))
    # Amount differs: the SPC's record of one payment is off by 1.00 (edited in its database).
    with spc_db(spc) as conn:
        conn.execute("UPDATE payments SET total = total + 100 WHERE payment_id = ?",
                     (amount_off.payment_id,))
    # Voided here, never cancelled there: the cancel marked delivered without being sent.
    voids.void_payment(ws, staff.teller, voided_here.payment_id, SUPERVISOR_ID,
                       SUPERVISOR_PASSWORD, "duplicate payment")
    ws.conn.execute("UPDATE outbox SET state = 'accepted' WHERE kind = 'cancel'")
    # Cancelled there, not voided here: a cancel sent with this workstation's token by hand.
    resp = spc.api(WS_ID).post(f"v1/payments/{cancelled_there.payment_id}/cancel", json={
        "reason": "by hand", "supervisor_id": "s.other",
        "cancelled_at": ws.now().isoformat(timespec="seconds")})
    assert resp.status_code == 200, resp.text

    rec = dayclose.reconcile(ws, day)
    kinds = {(d.kind, d.receipt_no) for d in rec.differences}
    assert kinds == {("missing_here", ghost["receipt_no"]),
                     ("missing_there", never_sent.receipt_no),
                     ("amount_differs", amount_off.receipt_no),
                     ("status_differs", voided_here.receipt_no),
                     ("status_differs", cancelled_there.receipt_no)}
    off = rec.of_kind("amount_differs")[0]
    assert off.spc_total - off.local_total == 100
    status = {d.receipt_no: (d.local_status, d.spc_status) for d in rec.of_kind("status_differs")}
    assert status == {voided_here.receipt_no: ("voided", "accepted"),
                      cancelled_there.receipt_no: ("accepted", "cancelled")}
    assert rec.matched == 1 and not rec.ok  # only `agreed` agrees on both sides
    assert agreed.receipt_no not in {d.receipt_no for d in rec.differences}
    json.dumps(rec.to_json())

    # Differences refuse the close until the supervisor explains why the day closes anyway.
    before = snapshot(ws)
    with pytest.raises(RuleError) as info:
        dayclose.close_day(ws, staff.supervisor, day, counts_for(expected(ws)))
    assert info.value.code == "reconciliation_differs"
    assert len(info.value.params["differences"]) == 5
    assert snapshot(ws) == before
    closed = dayclose.close_day(ws, staff.supervisor, day, counts_for(expected(ws)),
                                differences_note="reported to the SPC, ticket 4711")
    assert closed.reconciliation["ok"] is False and len(closed.reconciliation["differences"]) == 5
    z = _pdf_text(closed.report("z_report").path)
    assert "ticket 4711" in z and ghost["receipt_no"] in z


# -- the count and the close ----------------------------------------------------------------------

def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_count_equal_closes_the_day_and_locks_it(desk):
    ws, staff, spc = desk
    day = ws.now().date()
    paid = [pay(ws, staff.teller), pay(ws, staff.teller, "no_meters"),
            pay(ws, staff.teller, "typical", {"ELEC": "500", "SEW": "250", "WASTE": "690"})]
    voided = pay(ws, staff.teller, "typical", {"HEAT": "1000"})
    voids.void_payment(ws, staff.teller, voided.payment_id, SUPERVISOR_ID, SUPERVISOR_PASSWORD,
                       "customer changed mind")
    drawer.handover(ws.conn, ws.now(), staff.teller, WS_ID, 20_000_00, "to the vault")
    send_all(ws)
    cash = dayclose.cash_summary(ws, day, counts_for(expected(ws)))
    total = sum(p.total for p in paid)
    assert cash.expected == FLOAT + total - 20_000_00
    assert (cash.received, cash.handovers, cash.refunds) == \
        (sum(p.tendered for p in paid) + voided.tendered, 20_000_00, voided.total)
    assert cash.counted == cash.expected and cash.difference == 0
    rec = dayclose.reconcile(ws, day)
    assert rec.ok and rec.local_count == 3 and rec.local_amount == total == rec.spc_amount
    assert rec.matched == 4  # the voided one is cancelled there: it agrees too

    closed = dayclose.close_day(ws, staff.supervisor, day, counts_for(cash.expected))
    assert (closed.closed_by, closed.difference, closed.counted) == (SUPERVISOR_ID, 0, cash.expected)
    assert dayclose.day_state(ws, day) == "closed"
    row = ws.conn.execute("SELECT b.state, b.closed_at, c.closed_by FROM business_days b "
                          "JOIN day_closes c USING (business_date) WHERE business_date = ?",
                          (day.isoformat(),)).fetchone()
    assert row["state"] == "closed" and row["closed_by"] == SUPERVISOR_ID and row["closed_at"]
    session = drawer.get(ws.conn, staff.session.session_id)
    assert session.state == "closed" and session.counted == cash.expected
    stored = ws.conn.execute("SELECT kind, value, count FROM day_cash_counts WHERE count > 0").fetchall()
    assert sum(r["value"] * 100 * r["count"] for r in stored) == cash.expected
    entry = ws.conn.execute("SELECT actor, subject, details FROM audit_log WHERE action = 'day.closed'"
                            ).fetchone()
    assert entry["actor"] == SUPERVISOR_ID and entry["subject"] == day.isoformat()
    assert json.loads(entry["details"])["reports"] == {r.kind: r.sha256 for r in closed.reports}
    assert audit.verify(ws.conn) == []

    # The files: where the config says, with the stored SHA-256.
    for r in closed.reports:
        assert r.path.parent == ws.config.reports_dir / day.isoformat()
        assert hashlib.sha256(r.path.read_bytes()).hexdigest() == r.sha256 and r.intact()
    # The CSV: per service sums equal the payments' lines; the voided one listed apart.
    rows = day_reports.read_register_csv(closed.report("register_csv").path.read_bytes())
    per_service: dict[str, int] = {}
    for p in paid:
        for line in p.lines:
            per_service[line.service_code] = per_service.get(line.service_code, 0) + line.amount
    got = {}
    for r in rows:
        if r["row"] == "service":
            got[r["service_code"]] = got.get(r["service_code"], 0) + money.from_wire(r["amount"])
    assert got == per_service
    by_row = {r["row"]: r for r in rows if r["row"] not in ("service", "provider_total",
                                                           "voided_service", "meta")}
    assert money.from_wire(by_row["total"]["amount"]) == total and by_row["total"]["count"] == "3"
    assert money.from_wire(by_row["voided_total"]["amount"]) == voided.total
    assert by_row["voided_total"]["count"] == "1"
    providers = sum(money.from_wire(r["amount"]) for r in rows if r["row"] == "provider_total")
    assert providers == money.from_wire(by_row["lines_total"]["amount"])
    # The PDFs read back: the totals, the heading, the count, the chain's hash.
    register = _pdf_text(closed.report("register_pdf").path)
    for text in (money.format_amount(total), "РЕЕСТР", "ТІЗІЛІМІ", WS_ID, "Стр. / Бет 1 /",
                 "АО «Тест Банк»", voided.receipt_no.split("-")[-1]):
        assert text.replace("\u00a0", " ") in register.replace("\u00a0", " "), text
    z = _pdf_text(closed.report("z_report").path).replace("\u00a0", " ")
    for text in (money.format_amount(total), money.format_amount(cash.expected),
                 money.format_amount(voided.total), "Расхождений нет", closed.audit_hash,
                 SUPERVISOR_ID, TELLER_ID, paid[0].receipt_no, "20 000 ₸"):
        assert text.replace("\u00a0", " ") in z, text

    # Locked: no payment dated to the day, even in a fresh session; no void; no second close.
    with pytest.raises(RuleError) as info:
        drawer.open_session(ws.conn, ws.now(), staff.teller, WS_ID, day, FLOAT)
    assert info.value.code == "day_closed"
    with pytest.raises(RuleError) as info:
        pay(ws, staff.teller)
    assert info.value.code == "day_closed"
    with pytest.raises(RuleError) as info:
        voids.void_payment(ws, staff.teller, paid[0].payment_id, SUPERVISOR_ID,
                           SUPERVISOR_PASSWORD, "too late now")
    assert info.value.code == "day_closed"
    assert load_payment(ws, paid[0].payment_id).status == "accepted"
    with pytest.raises(RuleError) as info:
        dayclose.close_day(ws, staff.supervisor, day, counts_for(FLOAT))
    assert info.value.code == "day_already_closed"


def test_short_count_needs_a_note_and_is_recorded(desk):
    ws, staff, _ = desk
    day = ws.now().date()
    pay(ws, staff.teller)
    send_all(ws)
    exp = expected(ws)
    short = counts_for(exp - 500_00)
    before = snapshot(ws)
    with pytest.raises(ValidationError) as info:
        dayclose.close_day(ws, staff.supervisor, day, short)
    assert info.value.code == "note_required" and info.value.field == "note"
    assert info.value.params["difference"] == money.format_amount(-500_00)
    assert snapshot(ws) == before
    closed = dayclose.close_day(ws, staff.supervisor, day, short, "  500 missing, told security ")
    assert (closed.difference, closed.note) == (-500_00, "500 missing, told security")
    session = drawer.get(ws.conn, staff.session.session_id)
    assert (session.difference, session.counted) == (-500_00, exp - 500_00)
    z = _pdf_text(closed.report("z_report").path).replace("\u00a0", " ")
    assert "недостача" in z and "500 missing, told security" in z
    assert money.format_amount(-500_00).replace("\u00a0", " ") in z


def test_bad_counts_are_refused_before_anything(desk):
    ws, staff, _ = desk
    day = ws.now().date()
    before = snapshot(ws)
    for counts, code in ((["20000=-1"], "count_negative"), (["5000=two"], "count_invalid"),
                         (["3000=1"], "denomination_unknown"), (["200=1"], "denomination_ambiguous"),
                         (["1000=1", "1000=2"], "count_repeated"), ({"100": 1.5}, "count_invalid")):
        with pytest.raises(ValidationError) as info:
            dayclose.close_day(ws, staff.supervisor, day, counts)
        assert info.value.code == code
    assert snapshot(ws) == before


def test_close_with_no_session_left_open_counts_what_the_teller_counted(desk):
    ws, staff, _ = desk
    day = ws.now().date()
    pay(ws, staff.teller)
    send_all(ws)
    counted = expected(ws)
    drawer.close_session(ws.conn, ws.now(), staff.teller, WS_ID, counted)
    cash = dayclose.cash_summary(ws, day)
    assert cash.open_session_id is None and cash.expected == counted
    closed = dayclose.close_day(ws, staff.supervisor, day, counts_for(counted))
    assert closed.difference == 0


def test_a_session_of_another_day_left_open_refuses(desk):
    ws, staff, _ = desk
    yesterday = ws.now().date().toordinal() - 1
    ws.conn.execute("UPDATE teller_sessions SET business_date = ?",
                    (type(ws.now().date()).fromordinal(yesterday).isoformat(),))
    with pytest.raises(RuleError) as info:
        dayclose.close_day(ws, staff.supervisor, ws.now().date(), counts_for(0))
    assert info.value.code == "session_other_day"


# -- the command line -------------------------------------------------------------------------------

def cashier(home: Path, spc, *args: str, user: str | None = SUPERVISOR_ID,
            password: str = SUPERVISOR_PASSWORD) -> subprocess.CompletedProcess:
    env = {**os.environ, "CASHIER_HOME": str(home), "CASHIER_SPC_URL": spc.url,
           "CASHIER_SPC_TOKEN": spc.token_for(WS_ID), "CASHIER_WORKSTATION_ID": WS_ID,
           "CASHIER_PASSWORD": password}
    env.pop("CASHIER_USER", None)
    if user:
        env["CASHIER_USER"] = user
    return subprocess.run([sys.executable, "-m", "cashier", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_cli_day_status_reconcile_close_report(desk):
    ws, staff, spc = desk
    home = ws.config.home
    payment = pay(ws, staff.teller)
    spc.stop()
    spc.start()
    status = json.loads(cashier(home, spc, "day", "status").stdout)
    assert status["state"] == "open" and status["can_close"] is False
    assert status["blockers"][0]["receipt_no"] == payment.receipt_no
    refused = cashier(home, spc, "day", "close", *(f"--count={c}" for c in counts_for(expected(ws))))
    assert refused.returncode == 1
    assert json.loads(refused.stderr)["error"]["code"] == "day_has_unsent"
    send_all(ws)
    rec = cashier(home, spc, "day", "reconcile")
    assert rec.returncode == 0 and json.loads(rec.stdout)["ok"] is True
    status = json.loads(cashier(home, spc, "day", "status").stdout)
    assert status["can_close"] is True
    assert status["cash"]["expected"] == money.to_wire(FLOAT + payment.total)

    teller = cashier(home, spc, "day", "close", "--count", "20000=1", user=TELLER_ID,
                     password="teller-pass-1")
    assert teller.returncode == 1 and json.loads(teller.stderr)["error"]["code"] == "role_required"
    short = cashier(home, spc, "day", "close", "--count", "20000=1")
    assert short.returncode == 1 and json.loads(short.stderr)["error"]["code"] == "note_required"
    args = [a for c in counts_for(expected(ws)) for a in ("--count", c)]
    done = cashier(home, spc, "day", "close", *args)
    assert done.returncode == 0, done.stderr
    closed = json.loads(done.stdout)
    assert closed["closed_by"] == SUPERVISOR_ID and closed["difference"] == "0.00"
    assert set(closed["reports"]) == {"register_pdf", "register_csv", "z_report"}
    report = cashier(home, spc, "day", "report", "--date", ws.now().date().isoformat())
    assert report.returncode == 0, report.stderr
    files = json.loads(report.stdout)
    for kind in ("register_pdf", "register_csv", "z_report"):
        assert files[kind]["intact"] is True and Path(files[kind]["path"]).is_file()
    again = cashier(home, spc, "day", "close", *args)
    assert json.loads(again.stderr)["error"]["code"] == "day_already_closed"
    bad = cashier(home, spc, "day", "status", "--date", "22.11.2026")
    assert json.loads(bad.stderr)["error"]["code"] == "date_invalid"
