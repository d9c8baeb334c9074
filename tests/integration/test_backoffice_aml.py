"""The bank's AML controls at the back office, on SQLite and on PostgreSQL: a real desk (the
real core against the real SPC) identifies payers, flags structuring, takes a supervisor's
approval, voids an identified payment, is blocked by the sanctions list, recalls a payer and
prints its register; its own replicator sends the journal to a real back office. There the
sanctions match is an alarm on the branch view and in `python -m backoffice alarms` (once,
however often the journal is sent again; masked; acknowledged as any alarm), and
`python -m backoffice aml` prints the desk's own register, read from the journal alone.
The whole IIN appears in that CSV and nowhere else the back office shows."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cashier import accounts, payments
from cashier.config import Config
from cashier.controls import aml_report, payers
from cashier.controls.iin import valid_iin_for
from cashier.errors import RuleError
from cashier.identity import approvals
from cashier.payments import voids
from cashier.sync import replicator
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS
from tests.support import backoffice_server
from tests.support.backoffice_server import ROOT, BackofficeProcess, unique_ws
from tests.support.books import own_server, send
from tests.support.desk_journal import entries_of
from tests.support.staffing import SUPERVISOR_ID, SUPERVISOR_PASSWORD, staff_desk

IIN = valid_iin_for(datetime(1985, 3, 14).date(), "male", 1234)
OTHER_IIN = valid_iin_for(datetime(1990, 7, 1).date(), "female", 2468)
LISTED_IIN = valid_iin_for(datetime(1979, 11, 2).date(), "female", 4321)
LISTED_NAME = "Сидорова Анна Петровна"
NAMED = "Жөнеев Пётр"                 # listed by name only: the payer types it another way


def mask(iin: str) -> str:
    return iin[:4] + "******" + iin[10:]


def bo(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "backoffice", *args], cwd=ROOT,
                          capture_output=True, timeout=120, stdin=subprocess.DEVNULL,
                          check=False)


def parse_csv(raw: bytes) -> tuple[list[str], list[dict]]:
    assert raw.startswith(b"\xef\xbb\xbf")
    reader = csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=";")
    header, *rows = list(reader)
    return header, [dict(zip(header, r)) for r in rows]


@dataclass
class Bank:
    server: BackofficeProcess
    branch: str
    ws_id: str
    home: Path
    day: str
    desk_rows: list[dict]        # the desk's own register of the day (aml_report.rows)
    voided_id: str
    entries: list[dict]          # the desk's journal as sent


def _desk(home: Path, spc, server: BackofficeProcess, ws_id: str, branch: str,
          listed: Path) -> Workstation:
    cfg = Config(home=home, spc_url=spc.url, workstation_id=ws_id, branch_id=branch,
                 backoffice_url=server.url, identify_payer_above=500_000_00,
                 supervisor_approval_above=800_000_00, sanctions_list=str(listed),
                 auto_print=False)
    return Workstation(cfg, token=spc.token_for(ws_id),
                       backoffice_token=server.token_for(ws_id, branch))


def _pay(ws, staff, account: str, amount: str, **kw):
    found = accounts.find_account(ws, account)
    draft = payments.build_draft(found, {found.services[0].code: amount}, {}, amount,
                                 fee_rules={})
    return payments.accept_payment(ws, draft, staff.teller, write_pdf=False,
                                   confirmed_over_due=True, **kw)


def _payer(ws, iin: str, name: str):
    return payers.parse_payer(iin, name, "id_card", "043256789", "15.03.2019", ws.now().date())


def _day_at_the_desk(ws) -> tuple[str, str]:
    """Every kind of row of the register, and the journal entries around it."""
    staff = staff_desk(ws, 100_000_00)
    # Structuring: one account's payments of the day add up past the threshold.
    _pay(ws, staff, DEMO_ACCOUNTS["no_meters"], "300000")
    _pay(ws, staff, DEMO_ACCOUNTS["no_meters"], "250000",
         payer=_payer(ws, OTHER_IIN, "Омарова Динара Маратовна"))
    # Identified by the amount alone, then voided.
    voided = _pay(ws, staff, DEMO_ACCOUNTS["typical"], "600000",
                  payer=_payer(ws, IIN, "Ахметов Ерлан Серикович"))
    voids.void_payment(ws, staff.teller, voided.payment_id, SUPERVISOR_ID, SUPERVISOR_PASSWORD,
                       "wrong account")
    # Above the approval threshold: a supervisor's password at the desk.
    supervisor = approvals.approve(ws.conn, ws.now(), SUPERVISOR_ID, SUPERVISOR_PASSWORD,
                                   "payment_approval")
    _pay(ws, staff, DEMO_ACCOUNTS["many"], "900000",
         payer=_payer(ws, IIN, "Ахметов Ерлан Серикович"), approver=supervisor)
    # Listed: by the IIN, and by the name typed in Latin letters and the other order.
    for iin, name in ((LISTED_IIN, "Совсем Другое Имя"), (IIN, "Petr Zhoneev")):
        with pytest.raises(RuleError) as blocked:
            _pay(ws, staff, DEMO_ACCOUNTS["advance"], "600000", payer=_payer(ws, iin, name))
        assert blocked.value.code == "sanctions_match"
    payers.recall(ws.conn, ws.now(), staff.teller.user_id, IIN, ws.now().date())
    aml_report.report(ws, staff.supervisor, voided.business_date)
    return voided.business_date.isoformat(), voided.payment_id


@pytest.fixture(scope="module", params=backoffice_server.ENGINES)
def bank(request, tmp_path_factory, spc_server):
    if request.param == "postgresql":
        backoffice_server.shared_cluster()
    work = tmp_path_factory.mktemp(f"aml-{request.param}")
    listed = work / "sanctions.csv"
    listed.write_text(f"iin;name;birth_date\n{LISTED_IIN};{LISTED_NAME};1979-11-02\n"
                      f";{NAMED};\n", encoding="utf-8")
    server = own_server(request.param, work / "bo")
    try:
        branch = unique_ws("AML-").upper()
        ws_id = f"{branch}-W1"
        home = work / "desk"
        with _desk(home, spc_server, server, ws_id, branch, listed) as ws:
            day, voided_id = _day_at_the_desk(ws)
            desk_rows = aml_report.rows(ws.conn, datetime.fromisoformat(day).date())
            report = replicator.replicate_once(ws)
            assert report.alarm is None and report.pending == 0, report
        yield Bank(server, branch, ws_id, home, day, desk_rows, voided_id,
                   entries_of(home / "cashier.db"))
    finally:
        server.stop()


def _desks(bank: Bank) -> dict:
    resp = bank.server.api(bank.ws_id, bank.branch).get(
        f"v1/branches/{bank.branch}/desks", params={"business_date": bank.day})
    assert resp.status_code == 200, resp.text
    return resp


def _alarms_cli(bank: Bank, *args: str) -> subprocess.CompletedProcess:
    done = bo("alarms", "--db", bank.server.db_url, *args)
    assert done.returncode == 0, done.stderr
    return done


def _sanctions(bank: Bank, *args: str) -> list[dict]:
    return [a for a in json.loads(_alarms_cli(bank, "--json", *args).stdout)
            if a["code"] == "sanctions_match"]


def test_the_desk_made_every_kind_of_row(bank):
    kinds = [(r["kind"], r["status"]) for r in bank.desk_rows]
    assert kinds == [("structuring", "accepted"), ("identified", "voided"),
                     ("identified", "accepted"), ("screening_hit", "blocked"),
                     ("screening_hit", "blocked")], kinds
    actions = {e["action"] for e in bank.entries}
    assert {"screening.hit", "payer.recalled", "aml.reported"} <= actions


def test_a_sanctions_match_is_an_alarm_on_the_branch_view_masked(bank):
    resp = _desks(bank)
    mine = next(d for d in resp.json()["desks"] if d["workstation_id"] == bank.ws_id)
    found = [a for a in mine["alarms"] if a["code"] == "sanctions_match"]
    hits = [e for e in bank.entries if e["action"] == "screening.hit"]
    assert [a["seq"] for a in found] == [e["seq"] for e in hits]
    assert [a["count"] for a in found] == [1, 1]
    for alarm, iin in zip(found, (LISTED_IIN, IIN)):
        assert alarm["message"] == (f"A payer matched the sanctions list at {bank.ws_id} "
                                    f"({mask(iin)}): the compliance officer must review it.")
        assert (alarm["masked_iin"], alarm["business_date"]) == (mask(iin), bank.day)
    # Personal data of the payer and of the listed person stay out of the branch view.
    for secret in (IIN, LISTED_IIN, OTHER_IIN, "Ахметов", "Сидорова", "Petr Zhoneev"):
        assert secret not in resp.text
    # the desk reads the alarm as it came, masked IIN and day included, for its own words
    from cashier.sync.branch_view import parse_desk
    row = parse_desk(mine)
    assert [(a["code"], a["masked_iin"]) for a in row.alarms if a["code"] == "sanctions_match"] \
        == [("sanctions_match", mask(LISTED_IIN)), ("sanctions_match", mask(IIN))]


def test_the_alarms_command_lists_it_masked(bank):
    found = _sanctions(bank)
    assert [(a["workstation_id"], a["branch_id"]) for a in found] == [(bank.ws_id, bank.branch)] * 2
    first = found[0]["details"]
    assert first["masked_iin"] == mask(LISTED_IIN) and first["reasons"] == ["iin"]
    assert first["amount"] == "600000.00" and first["business_date"] == bank.day
    assert found[1]["details"]["reasons"] == ["name"]
    text = _alarms_cli(bank).stdout.decode()
    assert f"{bank.branch}/{bank.ws_id} sanctions_match" in text and mask(LISTED_IIN) in text
    dumped = json.dumps(found, ensure_ascii=False) + text
    for secret in (IIN, LISTED_IIN, "Сидорова", "Жөнеев", "Petr Zhoneev", "Совсем"):
        assert secret not in dumped


def test_a_replayed_journal_raises_no_second_alarm(bank, spc_server):
    before = _sanctions(bank, "--all")
    # The desk loses its cursor and sends everything again; then the whole batch by hand.
    with _desk(bank.home, spc_server, bank.server, bank.ws_id, bank.branch,
               bank.home.parent / "sanctions.csv") as ws:
        ws.conn.execute("UPDATE state SET value = '0' WHERE key = ?", (replicator.K_SENT,))
        again = replicator.replicate_once(ws)
        assert again.alarm is None and again.pending == 0
    send(bank.server.api(bank.ws_id, bank.branch), bank.ws_id, bank.entries)
    assert _sanctions(bank, "--all") == before


def test_the_aml_register_is_the_desks_own_from_the_journal_alone(bank):
    done = bo("aml", "--date", bank.day, "--branch", bank.branch, "--db", bank.server.db_url)
    assert done.returncode == 0, done.stderr
    header, rows = parse_csv(done.stdout)
    assert tuple(header) == aml_report.COLUMNS
    assert len(rows) == len(bank.desk_rows)
    for mine, desk in zip(rows, bank.desk_rows):
        desk = {k: str(v) for k, v in desk.items()}
        # The desk leaves a hit's workstation empty (it is its own); the bank's names it.
        assert mine["workstation_id"] == bank.ws_id
        # The same instant; the desk writes a payment's time without milliseconds and a
        # hit's in UTC, the journal as the entry says it.
        assert datetime.fromisoformat(mine["at"]) == datetime.fromisoformat(desk["at"])
        same = [c for c in aml_report.COLUMNS if c not in ("workstation_id", "at")]
        assert {c: mine[c] for c in same} == {c: desk[c] for c in same}
    voided = next(r for r in rows if r["payment_id"] == bank.voided_id)
    assert (voided["kind"], voided["status"], voided["payer_iin"]) == ("identified", "voided", IIN)
    approved = [r for r in rows if r["approved_by"]]
    assert [r["approved_by"] for r in approved] == [SUPERVISOR_ID]
    assert [r["payer_iin"] for r in rows if r["kind"] == "screening_hit"] == [LISTED_IIN, IIN]
    assert "iin: line 2 " + LISTED_NAME + " (1979-11-02)" in rows[3]["screening_hits"]
    # What is logged says how many, never whose.
    assert b"5 rows" in done.stderr and IIN.encode() not in done.stderr


def test_every_branch_and_today_and_refusals(bank):
    # The same journal from a desk of another branch: the bank's register holds both.
    other_branch = unique_ws("AMO-").upper()
    other = f"{other_branch}-W1"
    send(bank.server.api(other, other_branch), other, bank.entries)
    done = bo("aml", "--date", bank.day, "--db", bank.server.db_url)
    assert done.returncode == 0, done.stderr
    _, rows = parse_csv(done.stdout)
    by_desk = [r["workstation_id"] for r in rows]
    assert by_desk == [bank.ws_id] * 5 + [other] * 5 or by_desk == [other] * 5 + [bank.ws_id] * 5
    one = bo("aml", "--date", bank.day, "--branch", other_branch, "--db", bank.server.db_url)
    assert {r["workstation_id"] for r in parse_csv(one.stdout)[1]} == {other}
    # An alarm for the other desk's copy of the hits too: each desk's entry is its own fact.
    assert sum(a["workstation_id"] == other for a in _sanctions(bank)) == 2
    today = bo("aml", "--date", "today", "--branch", bank.branch, "--db", bank.server.db_url)
    assert today.returncode == 0
    if bank.day == datetime.now(ZoneInfo("Asia/Almaty")).date().isoformat():
        assert parse_csv(today.stdout)[1] == parse_csv(bo(
            "aml", "--date", bank.day, "--branch", bank.branch, "--db",
            bank.server.db_url).stdout)[1]
    assert parse_csv(bo("aml", "--date", "2001-01-01", "--db", bank.server.db_url).stdout)[1] == []
    for args, code in ((("--date", "yesterday"), 2), (("--date", "2026-02-30"), 2),
                       (("--date", "today", "--timezone", "Mars/Olympus"), 2),
                       (("--date", bank.day, "--branch", "NOPE"), 1)):
        refused = bo("aml", *args, "--db", bank.server.db_url)
        assert refused.returncode == code and refused.stdout == b"", refused


def test_the_register_is_not_served_over_http(bank):
    api = bank.server.api(bank.ws_id, bank.branch)
    for path in ("v1/aml", f"v1/branches/{bank.branch}/aml"):
        resp = api.get(path, params={"business_date": bank.day, "branch_id": bank.branch})
        assert resp.status_code == 404
        assert IIN not in resp.text


def test_the_whole_iin_is_nowhere_but_the_register(bank):
    """Every answer a desk can get about the day, and the server's log."""
    api = bank.server.api(bank.ws_id, bank.branch)
    answers = [_desks(bank).text, api.get(f"v1/anchors/{bank.ws_id}").text,
               api.get(f"v1/branches/{bank.branch}/days/{bank.day}").text,
               api.get("v1/settings", params={"workstation_id": bank.ws_id}).text,
               bank.server.log()]
    for text in answers:
        for secret in (IIN, LISTED_IIN, OTHER_IIN):
            assert secret not in text


def test_acknowledged_it_leaves_the_branch_view_and_a_replay_does_not_bring_it_back(bank):
    alarm_id = _sanctions(bank)[0]["alarm_id"]
    acked = bo("alarms", "--db", bank.server.db_url, "--ack", str(alarm_id), "--by",
               "compliance.officer")
    assert acked.returncode == 0 and b"acknowledged by compliance.officer" in acked.stdout
    mine = next(d for d in _desks(bank).json()["desks"] if d["workstation_id"] == bank.ws_id)
    assert alarm_id not in [a["alarm_id"] for a in mine["alarms"]]
    assert [a["code"] for a in mine["alarms"]] == ["sanctions_match"]      # the other one
    send(bank.server.api(bank.ws_id, bank.branch), bank.ws_id, bank.entries)
    after = {a["alarm_id"]: a for a in _sanctions(bank, "--all")}
    assert after[alarm_id]["acknowledged_by"] == "compliance.officer"
    assert sum(a["workstation_id"] == bank.ws_id for a in after.values()) == 2
    again = bo("alarms", "--db", bank.server.db_url, "--ack", str(alarm_id), "--by", "x.y")
    assert again.returncode == 1
