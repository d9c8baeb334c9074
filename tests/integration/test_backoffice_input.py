"""The back office against hostile input, over real HTTP, on SQLite and on PostgreSQL.

Every field of every body and every path or query parameter, wrong in type, length,
characters or shape: a 400 invalid_request naming the field (413 for a body past the
ceiling), never a 500, nothing stored, and no control character handed back.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from tests.support import backoffice_server
from tests.support.backoffice_server import unique_ws
from tests.support.synthetic_journal import desk_days

backoffice = backoffice_server.backoffice     # the fixture, found by its name

CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def good_entries(ws: str, n: int = 3) -> list[dict]:
    return list(desk_days(ws, dt.date(2026, 4, 1), 1, 10))[:n]


def assert_refused(resp, field=..., status: int = 400, code: str = "invalid_request"):
    assert resp.status_code == status, resp.text
    error = resp.json()["error"]
    assert error["code"] == code, error
    assert not CONTROL.search(error["message"]), error
    assert error["field"] is None or not CONTROL.search(error["field"]), error
    if field is not ...:
        assert error["field"] == field, error


def nothing_stored(api, ws: str) -> None:
    assert api.get(f"v1/anchors/{ws}").json()["seq"] == 0


def _walk(body, path: str):
    keys = path.split(".")
    for k in keys[:-1]:
        body = body[int(k)] if isinstance(body, list) else body[k]
    last = keys[-1]
    return body, int(last) if isinstance(body, list) else last


def _set(path: str, value):
    def edit(body):
        target, key = _walk(body, path)
        target[key] = value
    return edit


def _drop(path: str):
    def edit(body):
        target, key = _walk(body, path)
        del target[key]
    return edit


E = "entries.0."
JOURNAL_CASES = [
    ("extra top-level key", _set("sneaky", 1), "sneaky"),
    ("no workstation_id", _drop("workstation_id"), "workstation_id"),
    ("workstation_id a number", _set("workstation_id", 7), "workstation_id"),
    ("workstation_id with a newline", _set("workstation_id", "ALM-01-W01\n"), "workstation_id"),
    ("entries an object", _set("entries", {"0": 1}), "entries"),
    ("entries null", _set("entries", None), "entries"),
    ("an entry a string", _set("entries.0", "x"), "entries[0]"),
    ("an entry without hash", _drop(E + "hash"), "entries[0].hash"),
    ("an entry with more", _set(E + "extra", "x"), "entries[0].extra"),
    ("seq a string", _set(E + "seq", "1"), "entries[0].seq"),
    ("seq a float", _set(E + "seq", 1.0), "entries[0].seq"),
    ("seq true", _set(E + "seq", True), "entries[0].seq"),
    ("seq zero", _set(E + "seq", 0), "entries[0].seq"),
    ("seq negative", _set(E + "seq", -1), "entries[0].seq"),
    ("seq past 64 bits", _set(E + "seq", 2 ** 63), "entries[0].seq"),
    ("at without offset", _set(E + "at", "2026-04-01T09:00:00"), "entries[0].at"),
    ("at not a real day", _set(E + "at", "2026-02-30T09:00:00+05:00"), "entries[0].at"),
    ("at with a space", _set(E + "at", "2026-04-01 09:00:00+05:00"), "entries[0].at"),
    ("at with a newline", _set(E + "at", "2026-04-01T09:00:00+05:00\n"), "entries[0].at"),
    ("at a number", _set(E + "at", 1775000000), "entries[0].at"),
    ("at Arabic-Indic digits", _set(E + "at", "٢٠٢٦-04-01T09:00:00+05:00"), "entries[0].at"),
    ("actor empty", _set(E + "actor", ""), "entries[0].actor"),
    ("actor too long", _set(E + "actor", "a" * 201), "entries[0].actor"),
    ("actor with NUL", _set(E + "actor", "t.one\x00"), "entries[0].actor"),
    ("actor with ESC", _set(E + "actor", "t.\x1b[31mone"), "entries[0].actor"),
    ("actor with C1", _set(E + "actor", "t.one\x85"), "entries[0].actor"),
    ("actor a lone surrogate", _set(E + "actor", "\ud800"), "entries[0].actor"),
    ("actor null", _set(E + "actor", None), "entries[0].actor"),
    ("action a list", _set(E + "action", ["payment.accepted"]), "entries[0].action"),
    ("action with a tab", _set(E + "action", "payment\t.accepted"), "entries[0].action"),
    ("subject with a newline", _set(E + "subject", "x\ny"), "entries[0].subject"),
    ("subject an object", _set(E + "subject", {}), "entries[0].subject"),
    ("details a list", _set(E + "details", []), "entries[0].details"),
    ("details a string", _set(E + "details", "{}"), "entries[0].details"),
    ("details null", _set(E + "details", None), "entries[0].details"),
    ("details with a lone surrogate", _set(E + "details", {"note": "\udfff"}),
     "entries[0].details"),
    ("details too large", _set(E + "details", {"note": "я" * 70_000}), "entries[0].details"),
    ("prev_hash upper case", _set(E + "prev_hash", "AB" * 32), "entries[0].prev_hash"),
    ("prev_hash short", _set(E + "prev_hash", "0" * 63), "entries[0].prev_hash"),
    ("hash not hex", _set(E + "hash", "g" * 64), "entries[0].hash"),
    ("hash null", _set(E + "hash", None), "entries[0].hash"),
]


@pytest.mark.parametrize("name,edit,field", JOURNAL_CASES, ids=[c[0] for c in JOURNAL_CASES])
def test_every_field_of_a_journal_post_is_checked(backoffice, name, edit, field):
    ws = unique_ws()
    api = backoffice.api(ws)
    body = {"workstation_id": ws, "entries": good_entries(ws)}
    edit(body)
    # ensure_ascii keeps a lone surrogate sendable: the server decodes it from \\udxxx.
    resp = api.post("v1/journal", data=json.dumps(body).encode(),
                    headers={"Content-Type": "application/json"})
    assert_refused(resp, field)
    nothing_stored(api, ws)


RAW_CASES = [
    ("empty", b"", None),
    ("not JSON", b"{entries:", None),
    ("not UTF-8", b'{"workstation_id": "\xff\xfe"}', None),
    ("a list", b"[]", None),
    ("NaN", b'{"workstation_id": "W", "entries": [{"seq": NaN}]}', None),
    ("Infinity", b'{"workstation_id": "W", "entries": Infinity}', None),
    ("a float too large", b'{"workstation_id": "W", "entries": [{"details": {"x": 1e999}}]}',
     None),
    ("an integer too long", b'{"workstation_id": "W", "entries": [{"seq": 1' + b"0" * 5000 + b"}]}",
     None),
    ("nested beyond the decoder", b'{"entries": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", None),
    ("a duplicate key", b'{"workstation_id": "W", "workstation_id": "V", "entries": []}',
     "workstation_id"),
]


@pytest.mark.parametrize("name,raw,field", RAW_CASES, ids=[c[0] for c in RAW_CASES])
def test_bodies_the_decoder_would_take_too_kindly_are_refused(backoffice, name, raw, field):
    ws = unique_ws()
    api = backoffice.api(ws)
    resp = api.post("v1/journal", data=raw, headers={"Content-Type": "application/json"})
    assert_refused(resp, field)


def test_details_nested_deeper_than_a_desk_writes_are_refused(backoffice):
    ws = unique_ws()
    api = backoffice.api(ws)
    [entry] = good_entries(ws, 1)
    deep = "[" * 900 + "]" * 900
    body = json.dumps({"workstation_id": ws, "entries": [entry]})
    body = body.replace('"details": {', f'"details": {{"deep": {deep}, ', 1)
    resp = api.post("v1/journal", data=body.encode(), headers={"Content-Type": "application/json"})
    assert resp.status_code in (400, 422), resp.text   # refused as too deep, or its hash differs
    nothing_stored(api, ws)


def test_a_body_past_the_ceiling_is_413_before_it_is_read_whole(backoffice):
    ws = unique_ws()
    api = backoffice.api(ws)
    resp = api.post("v1/journal", data=b" " * (16 * 1024 * 1024 + 1),
                    headers={"Content-Type": "application/json"})
    assert_refused(resp, status=413, code="payload_too_large")

    def endless():
        yield b'{"workstation_id": "' + ws.encode() + b'", "entries": ["'
        for _ in range(17 * 1024):
            yield b"x" * 1024
    resp = api.post("v1/journal", data=endless(), headers={"Content-Type": "application/json"})
    assert_refused(resp, status=413, code="payload_too_large")


def beat(ws: str) -> dict:
    return {"workstation_id": ws, "at": "2026-04-01T10:00:00+05:00", "app_version": "1.0",
            "signed_in": "t.one",
            "spc": {"reachable": True, "waiting": 2, "waiting_amount": "150.00",
                    "oldest_waiting_at": "2026-04-01T09:55:00+05:00", "rejected": 0,
                    "last_contact_at": None}}


S = "spc."
BEAT_CASES = [
    ("extra key", _set("version", 2), "version"),
    ("at missing", _drop("at"), "at"),
    ("at without offset", _set("at", "2026-04-01T10:00:00"), "at"),
    ("app_version empty", _set("app_version", ""), "app_version"),
    ("app_version too long", _set("app_version", "1" * 101), "app_version"),
    ("app_version with a newline", _set("app_version", "1.0\nFAKE LOG LINE"), "app_version"),
    ("signed_in not an id", _set("signed_in", "t one"), "signed_in"),
    ("signed_in a number", _set("signed_in", 5), "signed_in"),
    ("spc a list", _set("spc", []), "spc"),
    ("spc extra key", _set(S + "queue", 1), "spc.queue"),
    ("spc missing a key", _drop(S + "rejected"), "spc.rejected"),
    ("reachable a string", _set(S + "reachable", "yes"), "spc.reachable"),
    ("waiting negative", _set(S + "waiting", -1), "spc.waiting"),
    ("waiting a float", _set(S + "waiting", 1.5), "spc.waiting"),
    ("waiting true", _set(S + "waiting", True), "spc.waiting"),
    ("waiting_amount a number", _set(S + "waiting_amount", 150), "spc.waiting_amount"),
    ("waiting_amount one digit", _set(S + "waiting_amount", "150.0"), "spc.waiting_amount"),
    ("waiting_amount negative", _set(S + "waiting_amount", "-1.00"), "spc.waiting_amount"),
    ("oldest_waiting_at bad", _set(S + "oldest_waiting_at", "yesterday"), "spc.oldest_waiting_at"),
    ("rejected a string", _set(S + "rejected", "0"), "spc.rejected"),
    ("last_contact_at bad", _set(S + "last_contact_at", 0), "spc.last_contact_at"),
]


@pytest.mark.parametrize("name,edit,field", BEAT_CASES, ids=[c[0] for c in BEAT_CASES])
def test_every_field_of_a_heartbeat_is_checked(backoffice, name, edit, field):
    ws = unique_ws()
    api = backoffice.api(ws)
    body = beat(ws)
    edit(body)
    assert_refused(api.post("v1/heartbeat", json=body), field)
    view = api.get("v1/branches/ALM-01/desks", params={"business_date": "2026-04-01"}).json()
    [me] = [d for d in view["desks"] if d["workstation_id"] == ws]
    assert me["spc"] is None and me["last_seen"] is None


def test_a_heartbeat_for_another_workstation_is_403(backoffice):
    ws, other = unique_ws(), unique_ws()
    backoffice.token_for(other)
    resp = backoffice.api(ws).post("v1/heartbeat", json=beat(other))
    assert_refused(resp, "workstation_id", 403, "forbidden")


@pytest.mark.parametrize("path,params,field", [
    ("v1/anchors/ALM%0A01", None, "workstation_id"),
    ("v1/anchors/" + "W" * 65, None, "workstation_id"),
    ("v1/anchors/%C2%85x", None, "workstation_id"),
    ("v1/branches/ALM-01%1B/desks", {"business_date": "2026-04-01"}, "branch_id"),
    ("v1/branches/ALM-01/desks", None, "business_date"),
    ("v1/branches/ALM-01/desks", {"business_date": "2026-4-1"}, "business_date"),
    ("v1/branches/ALM-01/desks", {"business_date": "2026-02-30"}, "business_date"),
    ("v1/branches/ALM-01/desks", {"business_date": "2026-04-01\n"}, "business_date"),
    ("v1/branches/ALM-01/desks", {"business_date": "٢٠٢٦-04-01"}, "business_date"),
])
def test_path_and_query_parameters_are_checked(backoffice, path, params, field):
    api = backoffice.api(unique_ws())
    assert_refused(api.get(path, params=params), field)


def test_another_branchs_desks_are_403(backoffice):
    api = backoffice.api(unique_ws())
    backoffice.token_for(unique_ws("AST-01-W"), "AST-01")
    resp = api.get("v1/branches/AST-01/desks", params={"business_date": "2026-04-01"})
    assert_refused(resp, "branch_id", 403, "forbidden")
    # An unknown branch is another branch too: nothing says whether it exists.
    resp = api.get("v1/branches/NOWHERE/desks", params={"business_date": "2026-04-01"})
    assert_refused(resp, "branch_id", 403, "forbidden")


def test_unknown_routes_and_methods_answer_in_the_protocols_shape(backoffice):
    api = backoffice.api(unique_ws())
    assert_refused(api.get("v1/nothing"), status=404, code="not_found")
    assert_refused(api.get("v1/journal"), status=405, code="method_not_allowed")


def test_no_request_above_made_the_server_fail(backoffice):
    log = backoffice.log()
    assert "Traceback" not in log and "unhandled error" not in log, log[-3000:]
