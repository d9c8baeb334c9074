"""The bank's controls in the core, on a real SQLite desk against the real SPC: the payer
identified above a threshold (alone or with the day's payments: structuring), a
supervisor's approval above another, the sanctions list blocking a listed payer and
recording the hit, the AML register listing all of it; the IIN never reaching the SPC."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from cashier import accounts, payments
from cashier.config import Config
from cashier.controls import aml_report, payers
from cashier.controls.iin import valid_iin_for
from cashier.errors import RuleError, ValidationError
from cashier.identity import approvals, audit_check
from cashier.payments import voids
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS
from tests.support.staffing import (SUPERVISOR_ID, SUPERVISOR_PASSWORD, TELLER_ID,
                                    TELLER_PASSWORD, staff_desk)

ROOT = Path(__file__).resolve().parents[2]
TYPICAL = DEMO_ACCOUNTS["typical"]
IIN = valid_iin_for(date(1985, 3, 14), "male", 1234)
LISTED_IIN = valid_iin_for(date(1979, 11, 2), "female", 4321)


@pytest.fixture
def ws(tmp_path, fresh_spc):
    cfg = Config(home=tmp_path / "ws", spc_url=fresh_spc.url, workstation_id="ALM-01-W01",
                 identify_payer_above=500_000_00, supervisor_approval_above=800_000_00,
                 auto_print=False)
    with Workstation(cfg, token=fresh_spc.token_for("ALM-01-W01")) as w:
        w.staff = staff_desk(w, 100_000_00)
        yield w


def _draft(ws, amount: str, account: str = TYPICAL):
    found = accounts.find_account(ws, account)
    code = found.services[0].code
    return payments.build_draft(found, {code: amount}, {}, amount, fee_rules={})


def _pay(ws, amount: str, **kw):
    return payments.accept_payment(ws, _draft(ws, amount), ws.staff.teller, write_pdf=False,
                                   confirmed_over_due=True, **kw)


def _payer(iin: str = IIN, name: str = "Ахметов Ерлан Серикович"):
    return payers.parse_payer(iin, name, "id_card", "043256789", "15.03.2019", date(2026, 11, 27))


def _count(ws, table: str) -> int:
    return ws.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_above_the_threshold_the_payer_is_identified_first(ws):
    before = (_count(ws, "payments"), _count(ws, "outbox"), _count(ws, "cash_movements"))
    with pytest.raises(RuleError) as refused:
        _pay(ws, "600000")
    assert refused.value.code == "payer_identification_required"
    assert refused.value.params["reasons"] == ["amount"]
    assert (_count(ws, "payments"), _count(ws, "outbox"), _count(ws, "cash_movements")) == before

    paid = _pay(ws, "600000", payer=_payer())
    row = ws.conn.execute("SELECT * FROM payments WHERE payment_id = ?",
                          (paid.payment_id,)).fetchone()
    assert row["payer_iin"] == IIN and json.loads(row["payer"])["doc_number"] == "043256789"
    assert json.loads(row["aml_flags"]) == ["amount"]
    # the SPC gets the payment, never the payer
    body = ws.conn.execute("SELECT body FROM outbox WHERE payment_id = ?",
                           (paid.payment_id,)).fetchone()[0]
    assert IIN not in body and "Ахметов" not in body and "payer" not in body
    fact = json.loads(ws.conn.execute("SELECT details FROM audit_log WHERE action = "
                                      "'payment.accepted' ORDER BY id DESC").fetchone()[0])
    assert fact["payer"]["iin"] == IIN and fact["aml_flags"] == ["amount"]
    # remembered: the next time the IIN alone brings the rest back, and the recall is journaled
    again = payers.recall(ws.conn, ws.now(), TELLER_ID, IIN[:4] + " " + IIN[4:], ws.now().date())
    assert again == _payer()
    assert ws.conn.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'payer.recalled'"
                           ).fetchone()[0] == 1
    assert audit_check.check(ws.conn) == []


def test_small_payments_of_one_account_adding_up_past_it_are_structuring(ws):
    _pay(ws, "300000")
    with pytest.raises(RuleError) as refused:
        _pay(ws, "250000")
    assert refused.value.params["reasons"] == ["structuring_account"]
    paid = _pay(ws, "250000", payer=_payer())
    assert json.loads(ws.conn.execute("SELECT aml_flags FROM payments WHERE payment_id = ?",
                                      (paid.payment_id,)).fetchone()[0]) == ["structuring_account"]
    report = aml_report.rows(ws.conn, paid.business_date)
    assert [(r["kind"], r["payer_iin"]) for r in report] == [("structuring", IIN)]


def test_a_voided_payment_does_not_count_towards_the_day(ws):
    first = _pay(ws, "300000")
    voids.void_payment(ws, ws.staff.teller, first.payment_id, SUPERVISOR_ID, SUPERVISOR_PASSWORD,
                       "wrong account")
    _pay(ws, "250000")   # 250 000 alone: no identification once the 300 000 went back


def test_a_large_amount_needs_another_persons_approval(ws):
    with pytest.raises(RuleError) as refused:
        _pay(ws, "900000", payer=_payer())
    assert refused.value.code == "supervisor_approval_required"
    supervisor = approvals.approve(ws.conn, ws.now(), SUPERVISOR_ID, SUPERVISOR_PASSWORD,
                                   "payment_approval")
    # a supervisor taking the payment cannot approve it too
    with pytest.raises(RuleError) as own:
        payments.accept_payment(ws, _draft(ws, "900000"), ws.staff.supervisor, write_pdf=False,
                                confirmed_over_due=True, payer=_payer(), approver=supervisor)
    assert own.value.code in ("four_eyes", "no_open_session")
    paid = _pay(ws, "900000", payer=_payer(), approver=supervisor)
    assert paid.approved_by == SUPERVISOR_ID
    assert ws.conn.execute("SELECT approved_by FROM payments WHERE payment_id = ?",
                           (paid.payment_id,)).fetchone()[0] == SUPERVISOR_ID
    # a teller is no approver
    with pytest.raises(Exception):
        _pay(ws, "900000", payer=_payer(), approver=ws.staff.teller)


def _listed(ws, tmp_path, text: str) -> None:
    path = tmp_path / "sanctions.csv"
    path.write_text("iin;name;birth_date\n" + text, encoding="utf-8")
    ws.config = replace(ws.config, sanctions_list=str(path))


@pytest.mark.parametrize("entry, payer", [
    (f"{LISTED_IIN};Сидорова Анна;1979-11-02\n", (LISTED_IIN, "Совсем Другое Имя")),
    (";Нурсұлтанов Әлихан;\n", (IIN, "Alikhan Nursultanov")),          # the name, transliterated
    (";Жөнеев Пётр;\n", (IIN, "Петр Жонеев")),                           # ё/е, ө/о, word order
])
def test_a_listed_payer_is_blocked_and_the_hit_kept(ws, tmp_path, entry, payer):
    _listed(ws, tmp_path, entry)
    before = _count(ws, "payments")
    with pytest.raises(RuleError) as blocked:
        _pay(ws, "600000", payer=_payer(*payer))
    assert blocked.value.code == "sanctions_match"
    assert "compliance officer" in blocked.value.message
    assert _count(ws, "payments") == before
    hit = ws.conn.execute("SELECT * FROM aml_events").fetchone()
    assert hit["kind"] == "screening_hit" and hit["iin"] == payer[0]
    journal = ws.conn.execute("SELECT subject, details FROM audit_log WHERE action = "
                              "'screening.hit'").fetchone()
    assert journal[0] == payer[0][:4] + "******" + payer[0][10:]   # the subject is masked
    assert json.loads(journal[1])["hits"]
    assert [r["kind"] for r in aml_report.rows(ws.conn, ws.now().date())] == ["screening_hit"]


def test_an_unlisted_payer_passes_and_a_missing_list_fails_closed(ws, tmp_path):
    _listed(ws, tmp_path, ";Кто-то Совсем Другой;\n")
    _pay(ws, "600000", payer=_payer())
    ws.config = replace(ws.config, sanctions_list=str(tmp_path / "nowhere.csv"))
    with pytest.raises(RuleError) as closed:
        _pay(ws, "600000", payer=_payer())
    assert closed.value.code == "sanctions_list_unavailable"


@pytest.mark.parametrize("field, value, code", [
    ("iin", "850314301235", "iin_check_digit"),
    ("iin", "12345", "iin_format"),
    ("name", "Ахметов", "payer_name_invalid"),
    ("name", "Ахметов 123", "payer_name_invalid"),
    ("doc_type", "driving_licence", "payer_doc_type_invalid"),
    ("doc_number", "12", "payer_doc_number_invalid"),
    ("doc_issued", "31.02.2019", "payer_doc_issued_invalid"),
    ("doc_issued", "01.01.1980", "payer_doc_issued_invalid"),   # before the birth in the IIN
    ("doc_issued", "01.01.2030", "payer_doc_issued_invalid"),
])
def test_a_payer_typed_wrong_is_refused_naming_the_field(field, value, code):
    typed = {"iin": IIN, "name": "Ахметов Ерлан", "doc_type": "id_card",
             "doc_number": "043256789", "doc_issued": "15.03.2019", field: value}
    with pytest.raises(ValidationError) as bad:
        payers.parse_payer(typed["iin"], typed["name"], typed["doc_type"], typed["doc_number"],
                           typed["doc_issued"], date(2026, 11, 27))
    assert bad.value.code == code
    assert value not in bad.value.message or field != "iin"   # an IIN is never echoed whole
    assert repr(_payer()).count(IIN) == 0


def _cli(home: Path, spc, *args: str, password: str = TELLER_PASSWORD,
         env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "CASHIER_HOME": str(home), "CASHIER_SPC_URL": spc.url,
           "CASHIER_SPC_TOKEN": spc.token_for("ALM-01-W01"), "CASHIER_WORKSTATION_ID": "ALM-01-W01",
           "CASHIER_PASSWORD": password, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "cashier", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def test_the_command_line_obeys_the_same_rules(ws, tmp_path, fresh_spc):
    home = ws.config.home
    from cashier import config as config_mod
    config_mod.save(ws.config)
    _listed(ws, tmp_path, f"{LISTED_IIN};Сидорова Анна;1979-11-02\n")
    config_mod.save(ws.config)
    base = ["pay", "--account", TYPICAL, "--amount", "ELEC=600000", "--tendered", "600000",
            "--confirm-over-due", "--as", TELLER_ID]
    refused = _cli(home, fresh_spc, *base)
    assert refused.returncode != 0 and "payer_identification_required" in refused.stdout + refused.stderr
    paid = _cli(home, fresh_spc, *base, "--payer-iin", IIN, "--payer-name", "Ахметов Ерлан",
                "--payer-doc", "id_card:043256789:15.03.2019")
    assert paid.returncode == 0, paid.stderr
    out = json.loads(paid.stdout)
    assert out["payer_iin"] == IIN[:4] + "******" + IIN[10:]
    again = _cli(home, fresh_spc, *base, "--payer-iin", IIN)          # a returning payer
    assert again.returncode == 0, again.stderr
    blocked = _cli(home, fresh_spc, *base, "--payer-iin", LISTED_IIN, "--payer-name",
                   "Сидорова Анна", "--payer-doc", "passport:N12345678:01.02.2015")
    assert blocked.returncode != 0 and "sanctions_match" in blocked.stdout + blocked.stderr
    big = ["pay", "--account", TYPICAL, "--amount", "ELEC=900000", "--tendered", "900000",
           "--confirm-over-due", "--as", TELLER_ID, "--payer-iin", IIN]
    assert "supervisor_approval_required" in _cli(home, fresh_spc, *big).stderr
    approved = _cli(home, fresh_spc, *big, "--supervisor", SUPERVISOR_ID,
                    env_extra={"CASHIER_SUPERVISOR_PASSWORD": SUPERVISOR_PASSWORD})
    assert approved.returncode == 0 and json.loads(approved.stdout)["approved_by"] == SUPERVISOR_ID

    report = _cli(home, fresh_spc, "aml", "report", "--as", SUPERVISOR_ID,
                  password=SUPERVISOR_PASSWORD)
    assert report.returncode == 0, report.stderr
    import csv
    import io
    lines = list(csv.DictReader(io.StringIO(report.stdout.lstrip("\ufeff")), delimiter=";"))
    assert [r["kind"] for r in lines] == ["identified", "identified", "identified",
                                          "screening_hit"]
    assert {r["payer_iin"] for r in lines} == {IIN, LISTED_IIN}
    assert _cli(home, fresh_spc, "aml", "report", "--as", TELLER_ID).returncode != 0
    # the IIN is in the database and the journal, in no log or other file of the desk
    for path in home.rglob("*"):
        if path.is_file() and not path.name.startswith("cashier.db"):
            assert IIN.encode() not in path.read_bytes(), path
    for proc in (refused, paid, again, blocked, approved):
        assert IIN not in proc.stderr


@pytest.mark.parametrize("forgery", [
    "UPDATE payments SET payer_iin = NULL, payer = NULL",                   # the payer erased
    f"UPDATE payments SET payer_iin = '{LISTED_IIN}'",                      # someone else's
    "UPDATE payments SET approved_by = 's.someone'",                         # an approval made up
])
def test_an_edited_payer_or_approver_is_caught_by_audit_verify(ws, forgery):
    _pay(ws, "900000", payer=_payer(),
         approver=approvals.approve(ws.conn, ws.now(), SUPERVISOR_ID, SUPERVISOR_PASSWORD,
                                    "payment_approval"))
    assert audit_check.check(ws.conn) == []
    ws.conn.execute(forgery)
    problems = audit_check.check(ws.conn)
    assert problems and {p.field for p in problems} <= {"payer", "approved_by"}


def test_only_a_supervisor_sets_the_command_that_opens_the_drawer(ws):
    from cashier.identity import preferences
    cfg = ws.local_config
    with pytest.raises(RuleError) as refused:
        preferences.save(ws, TELLER_ID, language=cfg.language, printer=cfg.printer,
                         auto_print=cfg.auto_print, drawer_command="/bin/sh -c reboot")
    assert refused.value.code == "settings_role_required"
    assert ws.config.drawer_command == ""
    preferences.save(ws, SUPERVISOR_ID, language=cfg.language, printer=cfg.printer,
                     auto_print=cfg.auto_print, drawer_command="lp -d Drawer kick.bin")
    assert ws.config.drawer_command == "lp -d Drawer kick.bin"
    # the teller may still save what is theirs to choose, the command left as it is
    preferences.save(ws, TELLER_ID, language=cfg.language, printer=cfg.printer,
                     auto_print=False, drawer_command="lp -d Drawer kick.bin")
    assert ws.config.auto_print is False
