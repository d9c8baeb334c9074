"""Presence and the branch view on a real back office, on SQLite and on PostgreSQL.

Three desks of one branch: one that closed its whole day, one in the middle of its day
(session open, payments, a void, a handover), one that has not said a word; and a desk of
another branch. Every figure of the view is checked against what the desks' own core
says (drawer.expected_cash, the payments they took), through journals they wrote.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support import backoffice_server
from tests.support.backoffice_server import unique_ws
from tests.support.desk_journal import closed_day, open_day

backoffice = backoffice_server.backoffice     # the fixture, found by its name


def money(minor: int) -> str:
    return f"{'-' if minor < 0 else ''}{abs(minor) // 100}.{abs(minor) % 100:02d}"


@pytest.fixture(scope="module")
def days(tmp_path_factory, spc_server):
    work = tmp_path_factory.mktemp("branch")
    return {"closed": closed_day(work / "a", spc_server, "ALM-01-W11"),
            "open": open_day(work / "b", spc_server, "ALM-01-W12")}


def send(api, ws: str, entries: list[dict], size: int = 50) -> None:
    for i in range(0, len(entries), size):
        resp = api.post("v1/journal", json={"workstation_id": ws, "entries": entries[i:i + size]})
        assert resp.status_code == 200, resp.text


def heartbeat(ws: str, **spc) -> dict:
    return {"workstation_id": ws, "at": "2026-04-01T10:00:00+05:00", "app_version": "0.1",
            "signed_in": "t.test",
            "spc": {"reachable": True, "waiting": 0, "waiting_amount": "0.00",
                    "oldest_waiting_at": None, "rejected": 0, "last_contact_at": None, **spc}}


def view(api, branch: str, day: str) -> dict[str, dict]:
    resp = api.get(f"v1/branches/{branch}/desks", params={"business_date": day})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["branch_id"] == branch and body["business_date"] == day
    return {d["workstation_id"]: d for d in body["desks"]}


def test_the_branch_view_shows_every_desk_from_its_journal_and_heartbeat(backoffice, days):
    branch = unique_ws("BR-")
    closed, open_ = days["closed"], days["open"]
    a, b, c = (unique_ws(f"{branch}-A"), unique_ws(f"{branch}-B"), unique_ws(f"{branch}-C"))
    api_a, api_b = backoffice.api(a, branch), backoffice.api(b, branch)
    backoffice.token_for(c, branch)
    backoffice.token_for(unique_ws("ELSEWHERE-"), "ELSEWHERE")
    send(api_a, a, closed.entries)
    send(api_b, b, open_.entries)
    answer = api_b.post("v1/heartbeat", json=heartbeat(
        b, reachable=False, waiting=2, waiting_amount="3772.26",
        oldest_waiting_at="2026-04-01T09:41:00+05:00", last_contact_at="2026-04-01T09:40:00+05:00"))
    assert answer.status_code == 200, answer.text
    beat = answer.json()
    # The versions a desk pulls people and settings by (other tests may have moved them).
    assert beat["users_version"] == api_b.get("v1/users").json()["version"]
    assert beat["settings_version"] == api_b.get(
        "v1/settings", params={"workstation_id": b}).json()["version"]
    assert dt.datetime.fromisoformat(beat["time"]).utcoffset() is not None

    desks = view(api_a, branch, open_.business_date)
    assert set(desks) == {a, b, c}

    f = open_.facts
    mid = desks[b]
    assert mid["journal_seq"] == len(open_.entries)
    assert mid["signed_in"] == "t.test" and mid["last_seen"] is not None
    assert mid["day"] == "open" and mid["alarms"] == []
    assert mid["payments"] == {"count": f["payments_count"], "amount": money(sum(f["payments"]))}
    assert mid["voids"] == {"count": 1, "amount": money(f["voided"])}
    s = mid["session"]
    assert s["teller_id"] == f["teller_id"] and s["session_id"] == f["session_id"]
    assert s["float"] == money(f["float"]) and s["received"] == money(f["tendered"])
    assert s["change"] == money(f["change"]) and s["refunds"] == money(f["voided"])
    assert s["handovers"] == money(f["handover"])
    assert s["expected_cash"] == money(f["expected_cash"])      # the desk's own figure
    assert s["opened_at"] and s["business_date"] == open_.business_date
    assert mid["spc"] == {"reachable": False, "waiting": 2, "waiting_amount": "3772.26",
                          "oldest_waiting_at": "2026-04-01T09:41:00+05:00", "rejected": 0,
                          "last_contact_at": "2026-04-01T09:40:00+05:00"}

    done = view(api_a, branch, closed.business_date)[a]
    assert done["day"] == "closed" and done["session"] is None
    assert done["payments"] == {"count": len(closed.facts["payments"]),
                                "amount": money(sum(closed.facts["payments"]))}
    assert done["voids"] == {"count": 1, "amount": money(closed.facts["voided"])}
    assert done["signed_in"] is None and done["spc"] is None
    assert done["last_seen"] is not None          # its journal came in: it was seen

    silent = desks[c]
    assert silent == {"workstation_id": c, "last_seen": None, "signed_in": None,
                      "journal_seq": 0, "alarms": [], "day": "open", "session": None,
                      "payments": {"count": 0, "amount": "0.00"},
                      "voids": {"count": 0, "amount": "0.00"}, "spc": None}


def test_another_day_has_its_own_figures_and_the_open_session_stays_in_sight(backoffice, days):
    branch = unique_ws("BR-")
    b = unique_ws(f"{branch}-B")
    api = backoffice.api(b, branch)
    send(api, b, days["open"].entries)
    other = (dt.date.fromisoformat(days["open"].business_date) - dt.timedelta(days=3)).isoformat()
    mid = view(api, branch, other)[b]
    assert mid["payments"] == {"count": 0, "amount": "0.00"} and mid["day"] == "open"
    # A session left open is shown whatever the day asked: it is what a supervisor must see.
    assert mid["session"]["session_id"] == days["open"].facts["session_id"]


def test_a_later_heartbeat_replaces_the_earlier_one(backoffice):
    branch = unique_ws("BR-")
    ws = unique_ws(f"{branch}-W")
    api = backoffice.api(ws, branch)
    assert api.post("v1/heartbeat", json=heartbeat(ws, waiting=5)).status_code == 200
    body = heartbeat(ws, waiting=0)
    body["signed_in"] = None
    assert api.post("v1/heartbeat", json=body).status_code == 200
    me = view(api, branch, "2026-04-01")[ws]
    assert me["spc"]["waiting"] == 0 and me["signed_in"] is None


def test_facts_it_cannot_read_are_kept_and_count_as_nothing(backoffice):
    """An older desk's details, or a forged desk's nonsense, that chains correctly: kept
    verbatim, never refused, never a 500; the view counts what it can read."""
    from tests.support.synthetic_journal import Chain
    branch = unique_ws("BR-")
    ws = unique_ws(f"{branch}-W")
    api = backoffice.api(ws, branch)
    at = dt.datetime(2026, 4, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    c = Chain()
    entries = [
        c.append(at, "t.one", "payment.accepted", "p-1", {}),
        c.append(at, "t.one", "payment.accepted", None, {"total": 100, "business_date": 7}),
        c.append(at, "t.one", "payment.accepted", "p-3", {"total": "99999999999999.99",
                                                          "session_id": "s" * 300}),
        c.append(at, "t.one", "payment.accepted", "p-4", {"total": "12.50", "lines": "many"}),
        c.append(at, "t.one", "payment.voided", "nobody", {"refund": "-5.00"}),
        c.append(at, "t.one", "session.opened", None, {"float": ["x"]}),
        c.append(at, "t.one", "session.handover", "s-unknown", {"amount": "1.00"}),
        c.append(at, "t.one", "session.closed", "s-unknown", {}),
        c.append(at, "s.one", "day.closed", "not a date", {"business_date": "2026-99-99"}),
        c.append(at, "t.one", "receipt.printed", None, {"deep": [[[["ok"]]]]}),
    ]
    resp = api.post("v1/journal", json={"workstation_id": ws, "entries": entries})
    assert resp.status_code == 200, resp.text
    me = view(api, branch, "2026-04-01")[ws]
    assert me["journal_seq"] == len(entries)
    assert me["payments"] == {"count": 4, "amount": "12.50"}
    assert me["voids"] == {"count": 1, "amount": "-5.00"}
    assert me["day"] == "closed"          # a day.closed with no readable date: that of its `at`
    assert backoffice.log().count("Traceback") == 0
