"""POST /v1/journal and GET /v1/anchors on a real back office, on SQLite and on PostgreSQL.

The entries are a real desk's: its audit rows, hashed by cashier/identity/audit.py, read
from its database (tests/support/desk_journal.py). A rewritten history is rewritten the
way someone with the desk's file would do it: rows edited, the chain recomputed with the
desk's own digest from there on.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import sqlite3
import subprocess
import sys

import pytest
import sqlalchemy as sa

from backoffice import chain, schema
from cashier.identity import audit
from cashier.identity.audit import GENESIS, _digest
from tests.support import backoffice_server
from tests.support.backoffice_server import ROOT, unique_ws
from tests.support.desk_journal import open_day
from tests.support.synthetic_journal import Chain, desk_days

backoffice = backoffice_server.backoffice     # the fixture, found by its name


@pytest.fixture(scope="module")
def desk(tmp_path_factory, spc_server):
    """One real desk's day: people, payments, a void, a handover; the session open."""
    return open_day(tmp_path_factory.mktemp("desk") / "ws", spc_server, "ALM-01-W01")


def post(api, ws: str, entries: list[dict]):
    return api.post("v1/journal", json={"workstation_id": ws, "entries": entries})


def assert_error(resp, status: int, code: str, field=...):
    assert resp.status_code == status, resp.text
    error = resp.json()["error"]
    assert error["code"] == code, error
    assert isinstance(error["message"], str) and error["message"]
    if field is not ...:
        assert error["field"] == field, error


def rewritten(entries: list[dict], from_seq: int, edit) -> list[dict]:
    """The desk's history with row `from_seq` edited and the chain recomputed after it."""
    out = copy.deepcopy(entries)
    prev = out[from_seq - 2]["hash"] if from_seq > 1 else GENESIS
    for e in out[from_seq - 1:]:
        if e["seq"] == from_seq:
            edit(e)
        e["prev_hash"] = prev
        text = json.dumps(e["details"], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        e["hash"] = prev = _digest(prev, e["at"], e["actor"], e["action"], e["subject"], text)
    return out


def held(server, ws: str) -> list[tuple]:
    j, w = schema.journal.c, schema.workstations.c
    with server.engine.connect() as conn:
        return conn.execute(
            sa.select(j.seq, j.at, j.actor, j.action, j.subject, j.details, j.prev_hash, j.hash)
            .join(schema.workstations, w.ws_key == j.ws_key)
            .where(w.workstation_id == ws).order_by(j.seq)).all()


def alarms_of(server, ws: str) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "backoffice", "alarms", "--db", server.db_url,
                           "--json"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return [a for a in json.loads(done.stdout) if a["workstation_id"] == ws]


def test_a_desks_journal_lands_verbatim_and_anchors_its_last_entry(backoffice, desk):
    ws = unique_ws()
    api = backoffice.api(ws)
    assert api.get(f"v1/anchors/{ws}").json() == {"seq": 0, "hash": GENESIS, "at": None}
    entries = desk.entries
    assert {e["action"] for e in entries} >= {"user.added", "session.opened", "payment.accepted",
                                              "payment.voided", "session.handover"}
    for i in range(0, len(entries), 7):
        resp = post(api, ws, entries[i:i + 7])
        assert resp.status_code == 200, resp.text
        last = entries[i:i + 7][-1]
        assert resp.json() == {"accepted_through": last["seq"], "hash": last["hash"]}
    assert api.get(f"v1/anchors/{ws}").json() == {
        "seq": entries[-1]["seq"], "hash": entries[-1]["hash"], "at": entries[-1]["at"]}
    # Verbatim: the details' text is the very text the desk hashed.
    conn = sqlite3.connect(desk.db_path)
    desk_rows = conn.execute("SELECT id, at, actor, action, subject, details, prev_hash, hash "
                             "FROM audit_log ORDER BY id").fetchall()
    conn.close()
    assert [tuple(r) for r in held(backoffice, ws)] == desk_rows


def test_a_batch_sent_again_is_skipped_and_answered_the_same(backoffice, desk):
    ws = unique_ws()
    api = backoffice.api(ws)
    first = post(api, ws, desk.entries[:10])
    assert first.status_code == 200
    again = post(api, ws, desk.entries[:10])
    assert again.status_code == 200 and again.json() == first.json()
    # Overlapping: old entries skipped, new ones appended.
    over = post(api, ws, desk.entries[5:15])
    assert over.json() == {"accepted_through": 15, "hash": desk.entries[14]["hash"]}
    # An older part alone, after more has landed: still harmless.
    assert post(api, ws, desk.entries[2:4]).json()["accepted_through"] == 4
    assert [r.seq for r in held(backoffice, ws)] == list(range(1, 16))


def test_history_changed_after_it_was_sent_is_a_chain_conflict_and_an_alarm(backoffice, desk):
    ws = unique_ws()
    api = backoffice.api(ws)
    assert post(api, ws, desk.entries[:12]).status_code == 200
    before = held(backoffice, ws)
    pay = next(e for e in desk.entries[:12] if e["action"] == "payment.accepted")

    def smaller(e):
        e["details"]["total"] = "1.00"
    forged = rewritten(desk.entries, pay["seq"], smaller)
    resp = post(api, ws, forged[pay["seq"] - 1:])
    assert_error(resp, 409, "chain_conflict", str(pay["seq"]))
    assert held(backoffice, ws) == before       # what it had, kept
    [alarm] = alarms_of(backoffice, ws)
    assert alarm["code"] == "chain_conflict" and alarm["seq"] == pay["seq"]
    assert alarm["count"] == 1 and alarm["acknowledged_at"] is None
    # The desk retrying the same thing counts up on the one alarm.
    post(api, ws, forged[pay["seq"] - 1:])
    [alarm] = alarms_of(backoffice, ws)
    assert alarm["count"] == 2
    # The branch view shows it on that desk.
    view = api.get("v1/branches/ALM-01/desks", params={"business_date": desk.business_date})
    [item] = [d for d in view.json()["desks"] if d["workstation_id"] == ws]
    assert [a["code"] for a in item["alarms"]] == ["chain_conflict"]
    # Acknowledged by IT: it leaves the view; the same conflict again is a new alarm.
    done = subprocess.run([sys.executable, "-m", "backoffice", "alarms", "--db",
                           backoffice.db_url, "--ack", str(alarm["alarm_id"]), "--by", "it.one"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    view = api.get("v1/branches/ALM-01/desks", params={"business_date": desk.business_date})
    [item] = [d for d in view.json()["desks"] if d["workstation_id"] == ws]
    assert item["alarms"] == []
    assert_error(post(api, ws, forged[pay["seq"] - 1:]), 409, "chain_conflict")
    assert [a["count"] for a in alarms_of(backoffice, ws)] == [1]


def test_a_recomputed_history_sent_only_from_the_next_seq_is_still_a_conflict(backoffice, desk):
    ws = unique_ws()
    api = backoffice.api(ws)
    assert post(api, ws, desk.entries[:12]).status_code == 200

    def renamed(e):
        e["actor"] = "someone.else"
    forged = rewritten(desk.entries, 5, renamed)
    # Only what the back office has not seen goes: it does not follow what it holds.
    resp = post(api, ws, forged[12:20])
    assert_error(resp, 409, "chain_conflict", "12")
    assert [a["code"] for a in alarms_of(backoffice, ws)] == ["chain_conflict"]
    assert len(held(backoffice, ws)) == 12


def test_a_gap_is_refused_with_the_seq_expected_and_an_alarm(backoffice, desk):
    ws = unique_ws()
    api = backoffice.api(ws)
    assert post(api, ws, desk.entries[:5]).status_code == 200
    resp = post(api, ws, desk.entries[7:10])
    assert_error(resp, 409, "chain_gap")
    body = resp.json()
    assert body["expected_seq"] == 6 and body["error"]["expected_seq"] == 6
    [alarm] = alarms_of(backoffice, ws)
    assert alarm["code"] == "chain_gap"
    # A gap inside a batch: nothing of it lands.
    resp = post(api, ws, desk.entries[5:7] + desk.entries[8:10])
    assert_error(resp, 409, "chain_gap")
    assert resp.json()["expected_seq"] == 6
    assert len(held(backoffice, ws)) == 5
    assert post(api, ws, desk.entries[5:10]).json()["accepted_through"] == 10


def test_an_entry_changed_without_its_hash_is_422_and_nothing_of_its_batch_lands(backoffice,
                                                                                 desk):
    ws = unique_ws()
    api = backoffice.api(ws)
    entries = copy.deepcopy(desk.entries[:10])
    entries[6]["details"]["tampered"] = True
    resp = post(api, ws, entries)
    assert_error(resp, 422, "hash_mismatch", "7")
    assert held(backoffice, ws) == []
    assert [a["code"] for a in alarms_of(backoffice, ws)] == ["hash_mismatch"]
    assert post(api, ws, desk.entries[:10]).status_code == 200


def test_a_chain_broken_inside_a_batch_or_not_starting_at_genesis_is_422(backoffice, desk):
    ws = unique_ws()
    api = backoffice.api(ws)
    # Row 4 removed and the ids after it moved down: every hash is right, the links are not.
    entries = copy.deepcopy(desk.entries[:3] + desk.entries[4:8])
    for seq, e in enumerate(entries, 1):
        e["seq"] = seq
    assert_error(post(api, ws, entries), 422, "hash_mismatch", "4")
    other = Chain()
    other.prev = "ab" * 32
    first = other.append(*_fact())
    assert_error(post(api, ws, [first]), 422, "hash_mismatch", "1")
    assert held(backoffice, ws) == []


def _fact():
    return (dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=5))),
            "t.one", "sign_in.ok", "t.one", {})


def test_a_token_speaks_for_its_own_workstation_only(backoffice, desk):
    mine, other = unique_ws(), unique_ws()
    api = backoffice.api(mine)
    backoffice.token_for(other)
    assert_error(post(api, other, desk.entries[:3]), 403, "forbidden", "workstation_id")
    assert_error(api.get(f"v1/anchors/{other}"), 403, "forbidden")
    assert held(backoffice, other) == []
    nobody = backoffice.api(None)
    assert_error(post(nobody, mine, desk.entries[:3]), 401, "unauthorized")
    nobody.headers["Authorization"] = "Bearer not-a-token"
    assert_error(post(nobody, mine, desk.entries[:3]), 401, "unauthorized")
    assert_error(nobody.get(f"v1/anchors/{mine}"), 401, "unauthorized")


def test_one_to_five_hundred_entries_in_seq_order(backoffice):
    ws = unique_ws()
    api = backoffice.api(ws)
    entries = list(desk_days(ws, dt.date(2026, 2, 2), 2, 300))[:501]
    assert_error(post(api, ws, []), 400, "invalid_request", "entries")
    assert_error(post(api, ws, entries), 400, "invalid_request", "entries")
    assert_error(post(api, ws, [entries[1], entries[0]]), 400, "invalid_request",
                 "entries[1].seq")
    assert_error(post(api, ws, [entries[0], entries[0]]), 400, "invalid_request",
                 "entries[1].seq")
    resp = post(api, ws, entries[:500])
    assert resp.status_code == 200 and resp.json()["accepted_through"] == 500
    assert len(held(backoffice, ws)) == 500


def test_the_back_offices_digest_is_the_desks(desk):
    for e in desk.entries:
        text = chain.details_text(e["details"])
        assert chain.digest(e["prev_hash"], e["at"], e["actor"], e["action"], e["subject"],
                            text) == e["hash"]


@pytest.mark.parametrize("actor,subject", [("t.один", None), ('t."q"\\', 'x"\\y\u2028z/</')])
@pytest.mark.parametrize("details", [
    {},
    {"note": "Недостача 5 ₸ — пересчитано\nдважды\t\"кавычки\""},
    {"z": 1, "a": [1.5, -0.0, 10 ** 20, None, True], "m": {"b": "ä", "a": "\u0000\u001f\u2028"}},
    {"emoji": "😀", "cjk": "収納", "kk": "Қазақстан ғ ү ұ і ң ө һ"},
])
def test_the_digest_agrees_with_the_desk_on_awkward_text(details, actor, subject):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT, "
                 "actor TEXT, action TEXT, subject TEXT, details TEXT, prev_hash TEXT, hash TEXT)")
    conn.execute("BEGIN")
    at = dt.datetime(2026, 3, 2, 9, 0, 0, 123000, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    digest = audit.record(conn, at, actor, "x.y", subject, details)
    row = conn.execute("SELECT at, actor, action, subject, details, prev_hash "
                       "FROM audit_log").fetchone()
    assert chain.details_text(json.loads(row[4])) == row[4]
    assert chain.digest(row[5], row[0], row[1], row[2], row[3], row[4]) == digest
