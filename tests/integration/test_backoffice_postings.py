"""The bank's books (GET /v1/postings, python -m backoffice postings) on a real back office,
on SQLite and on PostgreSQL.

A month of four desks of one branch (tests/support/synthetic_journal.py: payments of one
to three services with fees, voids, floats, handovers, counts short and over, days closed
both ways the desk closes them), and a real desk's day made by the core. Every day
balances to the tiyn, and says what the journals say, computed here from the entries
themselves: each desk's teller cash ends at what its drawer was counted at, each
provider's transit account holds its payments less their voids, the vault gave the
floats and took the handovers. The same request gives the same bytes, whatever arrives
later.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

import pytest

from tests.support import backoffice_server
from tests.support.backoffice_server import ROOT, unique_ws
from tests.support.books import balances, LEDGER, facts, minor, own_server, send, set_ledger
from tests.support.synthetic_journal import desk_days

FIRST = dt.date(2026, 4, 1)
DAYS = 30                      # the month sent at first; two more days come later
COLUMNS = ["posting_id", "business_date", "branch_id", "workstation_id", "source_seq",
           "source_action", "debit_account", "credit_account", "amount", "currency",
           "narrative"]
_JOURNALS: dict[str, dict[str, list[dict]]] = {}


def journals(branch: str) -> dict[str, list[dict]]:
    if branch not in _JOURNALS:
        _JOURNALS[branch] = {f"{branch}-W{i}": list(desk_days(f"{branch}-W{i}", FIRST, DAYS + 2,
                                                              120, seed=i))
                             for i in range(1, 5)}
    return _JOURNALS[branch]


def the_day(n: int) -> str:
    return (FIRST + dt.timedelta(days=n)).isoformat()


class Month:
    def __init__(self, server):
        self.server = server
        self.branch = unique_ws("BK-").upper()
        self.other = unique_ws("OT-").upper()
        self.desks = journals(self.branch)
        self.later: dict[str, list[dict]] = {}
        for ws, entries in self.desks.items():
            last = the_day(DAYS - 1)
            sent = [e for e in entries if e["at"][:10] <= last]
            send(server.api(ws, self.branch), ws, sent)
            self.later[ws] = entries[len(sent):]
        other_ws = f"{self.other}-W1"
        send(server.api(other_ws, self.other), other_ws, list(desk_days(other_ws, FIRST, 2, 30)))
        set_ledger(server, LEDGER, self.branch)
        self.api = server.api(next(iter(self.desks)), self.branch)

    def postings(self, day: str, accept: str = "application/json", **params):
        resp = self.api.get("v1/postings", params={"business_date": day, **params},
                            headers={"Accept": accept})
        assert resp.status_code == 200, resp.text
        return resp


@pytest.fixture(scope="module", params=backoffice_server.ENGINES)
def month(request):
    if request.param == "postgresql":
        backoffice_server.shared_cluster()
    server = own_server(request.param)
    try:
        yield Month(server)
    finally:
        server.stop()


def test_every_day_balances_and_says_what_the_journals_say(month):
    seen = Counter()
    actions = {(ws, e["seq"]): e["action"] for ws, entries in month.desks.items()
               for e in entries}
    for n in range(DAYS):
        day = the_day(n)
        body = month.postings(day).json()
        assert (body["business_date"], body["branch_id"]) == (day, month.branch)
        postings = body["postings"]
        assert postings and all(list(p) == COLUMNS for p in postings)
        assert len({p["posting_id"] for p in postings}) == len(postings)
        net = balances(postings)
        assert sum(net.values()) == 0                      # balanced to the tiyn
        for p in postings:
            assert re.fullmatch(r"[0-9]+\.[0-9]{2}", p["amount"]) and minor(p["amount"]) > 0
            assert p["posting_id"].rsplit(":", 2)[:2] == [p["workstation_id"], str(p["source_seq"])]
            assert (p["business_date"], p["branch_id"], p["currency"]) == (day, month.branch, "KZT")
            assert actions[p["workstation_id"], p["source_seq"]] == p["source_action"]
            assert p["debit_account"] != p["credit_account"]
            seen[p["source_action"]] += 1
            seen["over"] += p["credit_account"] == "460090"
            seen["short"] += p["debit_account"] == "760090"
        by_provider: dict[str, int] = defaultdict(int)
        fees = vault = over_short = 0
        for ws, entries in month.desks.items():
            f = facts(entries, day)
            # The teller's cash account ends where the drawer was counted at the day's close.
            assert net[f"100110-{ws}"] == minor(f.closed["counted"]), (ws, day)
            for ln in f.lines():
                by_provider[ln["provider_id"]] += minor(ln["amount"])
            fees += sum(minor(d["fee"]) for d in f.kept)
            vault += f.handovers - f.floats
            over_short += minor(f.closed["counted"]) - (f.floats + f.taken() - f.handovers)
        accounts = LEDGER["transit"]
        for provider, amount in by_provider.items():
            assert -net[accounts.get(provider, accounts["*"])] == amount, (provider, day)
        assert -net["460010"] == fees and net["100100"] == vault
        assert -net["460090"] - net["760090"] == over_short
        assert all(p["debit_account"] != "460090" and p["credit_account"] != "760090"
                   for p in postings)
    # The month had everything the books are made of.
    assert all(seen[k] for k in ("session.opened", "payment.accepted", "payment.voided",
                                 "session.handover", "session.closed", "day.closed", "over",
                                 "short")), seen


def test_the_same_request_gives_the_same_postings_forever(month):
    day = the_day(3)
    first = {kind: month.postings(day, kind).content for kind in ("application/json", "text/csv")}
    assert first == {kind: month.postings(day, kind).content for kind in first}
    # More journal arrives: the next days of every desk, another branch's desk.
    for ws in month.desks:
        send(month.server.api(ws, month.branch), ws, month.later[ws])
    far = f"{month.other}-W9"
    send(month.server.api(far, month.other), far, list(desk_days(far, FIRST, 4, 30)))
    assert first == {kind: month.postings(day, kind).content for kind in first}
    assert month.postings(day, branch_id=month.branch).content == first["application/json"]
    assert month.postings(the_day(DAYS + 1)).json()["postings"]


def test_the_csv_is_the_json_as_a_spreadsheet_reads_it(month):
    day = the_day(7)
    resp = month.postings(day, "text/csv")
    assert resp.headers["content-type"].startswith("text/csv")
    assert resp.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(resp.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == COLUMNS
    postings = month.postings(day).json()["postings"]
    assert rows[1:] == [[str(v) for v in p.values()] for p in postings]
    # A browser's Accept: the JSON; a preference for CSV among others: the CSV.
    assert month.postings(day, "text/html,*/*;q=0.8").content == \
        month.postings(day).content
    assert month.postings(day, "application/json;q=0.5, text/csv").content == resp.content


def test_who_may_ask_and_what_is_refused(month):
    api, day = month.api, the_day(1)
    other = month.server.api(f"{month.other}-W1", month.other)

    def error(resp, status, code, field=None):
        assert resp.status_code == status, resp.text
        assert (resp.json()["error"]["code"], resp.json()["error"]["field"]) == (code, field)
        return resp.json()["error"]["message"]

    error(other.get("v1/postings", params={"business_date": day, "branch_id": month.branch}),
          403, "forbidden", "branch_id")
    # Its own branch by default, which has no chart of accounts: how to set one is said.
    message = error(other.get("v1/postings", params={"business_date": day}), 409,
                    "ledger_not_configured")
    assert "python -m backoffice settings set --bank ledger=" in message
    error(api.get("v1/postings"), 400, "invalid_request", "business_date")
    error(api.get("v1/postings", params={"business_date": "2026-04-31"}), 400,
          "invalid_request", "business_date")
    error(api.get("v1/postings", params={"business_date": day, "branch_id": "a b"}), 400,
          "invalid_request", "branch_id")
    error(api.get("v1/postings", params={"business_date": day},
                  headers={"Accept": "application/xml"}), 406, "not_acceptable")
    error(month.server.api(None).get("v1/postings", params={"business_date": day}), 401,
          "unauthorized")
    # A day with nothing in it has no postings.
    assert month.postings("2026-01-01").json()["postings"] == []


def test_a_closed_branch_day_keeps_the_chart_it_was_closed_with(month):
    closed_day, open_day = the_day(10), the_day(11)
    resp = month.api.post(f"v1/branches/{month.branch}/days/{closed_day}/close",
                          json={"supervisor_id": "s.super", "vault": {}, "note": ""})
    assert resp.status_code == 200, resp.text
    before = month.postings(closed_day).content
    set_ledger(month.server, {**LEDGER, "fee_income": "460011"}, month.branch)
    try:
        assert month.postings(closed_day).content == before
        fees = {p["credit_account"] for p in month.postings(open_day).json()["postings"]
                if p["narrative"].endswith(": fee") and p["source_action"] == "payment.accepted"}
        assert fees == {"460011"}
    finally:
        set_ledger(month.server, LEDGER, month.branch)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "backoffice", "postings", *args], cwd=ROOT,
                          capture_output=True, timeout=120, check=False)


def test_the_command_prints_what_the_api_answers(month):
    day, db = the_day(5), month.server.db_url
    done = run_cli("--date", day, "--branch", month.branch, "--format", "csv", "--db", db)
    assert done.returncode == 0, done.stderr
    assert done.stdout == month.postings(day, "text/csv").content
    done = run_cli("--date", day, "--branch", month.branch, "--db", db)
    assert done.returncode == 0 and done.stdout == month.postings(day).content + b"\n"
    # Every branch: the other one has something to post and no chart.
    done = run_cli("--date", the_day(0), "--format", "json", "--db", db)
    assert done.returncode == 1 and b"settings set" in done.stderr and done.stdout == b""
    done = run_cli("--date", day, "--branch", "NOWHERE", "--db", db)
    assert done.returncode == 1 and b"NOWHERE" in done.stderr
    done = run_cli("--date", "April 1", "--db", db)
    assert done.returncode == 2 and b"--date" in done.stderr
    done = run_cli("--date", "today", "--timezone", "Almaty", "--db", db)
    assert done.returncode == 2 and b"--timezone" in done.stderr and done.stdout == b""


def test_today_is_the_date_where_the_desks_are():
    """At 20:00 UTC it is already tomorrow in Almaty: `--date today` asks for the desks'
    day, not the server clock's (the same ledger is asked with the day written out)."""
    from zoneinfo import ZoneInfo
    url = "sqlite:///" + tempfile.mkdtemp() + "/books.sqlite"
    for zone in ("Pacific/Kiritimati", "Etc/GMT+12"):   # UTC+14 and UTC-12: never one date
        done = run_cli("--date", "today", "--timezone", zone, "--format", "json", "--db", url)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["business_date"] == \
            dt.datetime.now(ZoneInfo(zone)).date().isoformat()


def test_a_real_desks_day_in_the_books(tmp_path, spc_server, month):
    from tests.support.desk_journal import closed_day
    desk = closed_day(tmp_path / "desk", spc_server, unique_ws())
    ws = f"{month.branch}-REAL"
    entries = desk.entries
    send(month.server.api(ws, month.branch), ws, entries)
    postings = [p for p in month.postings(desk.business_date).json()["postings"]
                if p["workstation_id"] == ws]
    net = balances(postings)
    f = facts(entries, desk.business_date)
    assert sum(net.values()) == 0 and f.voided and f.handovers
    assert net[f"100110-{ws}"] == minor(f.closed["counted"])
    assert -net["460010"] == sum(minor(d["fee"]) for d in f.kept)
    voids = [p for p in postings if p["source_action"] == "payment.voided"]
    voided = f.paid[next(iter(f.voided))]
    assert sorted(minor(p["amount"]) for p in voids) == sorted(
        [minor(ln["amount"]) for ln in voided["lines"]] +
        ([minor(voided["fee"])] if minor(voided["fee"]) else []))
    assert all(p["credit_account"] == f"100110-{ws}" for p in voids)
