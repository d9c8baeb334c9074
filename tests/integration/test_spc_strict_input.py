"""The reference SPC against hostile input, over real HTTP: JSON nested beyond the
schema or beyond the decoder, unknown keys, control characters and lone surrogates
in text, and query or path parameters that carry them. Every one is a 400
invalid_request with the field named where there is one, never a 500, never stored."""

from __future__ import annotations

import json
import re
import sqlite3
import uuid

import pytest

from spc.validation import canonical_hash, canonical_json
from tests.integration.test_spc_payments import assert_error, cancel_body, new_ws, payment, post

CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# C0 (NUL, TAB, LF, ESC, US), DEL and C1 (PAD, NEL, APC).
CONTROL_CHARS = ["\x00", "\t", "\n", "\x1b", "\x1f", "\x7f", "\x80", "\x85", "\x9f",
                 "\u2028", "\u2029", "\u202e", "\u2066"]


def assert_refused(resp, field: str | None = ...):
    assert_error(resp, 400, "invalid_request", field)
    error = resp.json()["error"]
    # An answer never hands a client's control characters back to a log or a terminal.
    assert not CONTROL.search(error["message"]), error
    assert error["field"] is None or not CONTROL.search(error["field"]), error


def assert_not_stored(api, payment_id: str) -> None:
    assert api.get(f"v1/payments/{payment_id}").status_code == 404


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def with_raw(body: dict, key: str, raw_value: str) -> bytes:
    """The body's JSON with one more member whose value is written as raw JSON text."""
    text = json.dumps(body)
    return (text[:-1] + f', {json.dumps(key)}: {raw_value}}}').encode()


# --- nesting -------------------------------------------------------------------

@pytest.mark.parametrize("value", [{"name": "t.sadykova"}, ["t.sadykova"], [[["x"]]],
                                   {"a": {"b": {"c": []}}}])
@pytest.mark.parametrize("name", ["teller_id", "receipt_no", "workstation_id"])
def test_an_object_or_array_where_text_belongs(spc_server, name, value):
    ws = new_ws()
    api = spc_server.api(ws)
    body = payment(ws, **{name: value})
    assert_refused(post(api, body), name)
    assert_not_stored(api, body["payment_id"])


@pytest.mark.parametrize("where,mutate,field", [
    ("top level", lambda b: b.update(extra={"a": {"b": {"c": [1, {"d": [2]}]}}}), "extra"),
    ("top level scalar", lambda b: b.update(note="fine?"), "note"),
    ("in a line", lambda b: b["lines"][0].update(x={"y": {"z": [[[{}]]]}}), "lines[0].x"),
    ("in the second line", lambda b: b["lines"][1].update(meter={"id": "E-1"}), "lines[1].meter"),
    ("odd key", lambda b: b.update({"a\u0000b": 1}), None),
])
def test_unknown_keys_are_refused_with_the_field_named(spc_server, where, mutate, field):
    ws = new_ws()
    api = spc_server.api(ws)
    body = payment(ws)
    mutate(body)
    assert_refused(post(api, body), field)
    assert_not_stored(api, body["payment_id"])
    # The same payment in a batch: that item alone is refused, with the same field.
    clean = payment(ws)
    r = api.post("v1/payments/batch", json={"payments": [body, clean]})
    assert r.status_code == 200, r.text
    first, second = r.json()["results"]
    assert first["status"] == "rejected" and first["error"]["code"] == "invalid_request"
    assert first["error"]["field"] == field
    assert second["status"] == "accepted"
    assert_not_stored(api, body["payment_id"])


def test_an_unknown_key_added_to_an_accepted_payment_is_refused_not_replayed(spc_server):
    ws = new_ws()
    api = spc_server.api(ws)
    body = payment(ws)
    first = post(api, body)
    assert first.status_code == 201
    assert_refused(post(api, {**body, "comment": "again"}), "comment")
    again = post(api, body)
    assert again.status_code == 200 and again.json() == {**first.json(), "replayed": True}


def test_batch_envelope_and_cancel_body_are_closed_too(spc_server):
    ws = new_ws()
    api = spc_server.api(ws)
    body = payment(ws)
    assert_refused(api.post("v1/payments/batch", json={"payments": [body], "dry_run": True}),
                   "dry_run")
    assert_not_stored(api, body["payment_id"])
    assert post(api, body).status_code == 201
    cancel = {**cancel_body(), "approved_by": {"id": "s.other", "chain": [[["x"]]]}}
    assert_refused(api.post(f"v1/payments/{body['payment_id']}/cancel", json=cancel),
                   "approved_by")
    assert api.get(f"v1/payments/{body['payment_id']}").json()["status"] == "accepted"


@pytest.mark.parametrize("depth", [100, 900, 10_000])
def test_deep_nesting_is_400_on_every_endpoint_that_takes_a_body(spc_server, depth):
    ws = new_ws()
    api = spc_server.api(ws)
    headers = {"Content-Type": "application/json"}
    deep = nested(depth)
    body = payment(ws)
    key = body["payment_id"]
    # Decodable depths are refused by the schema, with the field; deeper ones by the decoder.
    field = ... if depth > 900 else "extra"
    assert_refused(post(api, body, raw=with_raw(body, "extra", deep)), field)
    assert_refused(post(api, body, raw=with_raw(body, "extra", '{"a": ' * depth + "1" + "}" * depth)),
                   field)
    line_field = ... if depth > 900 else "lines[0].reading"
    raw = json.dumps(body).replace('"reading": null', f'"reading": {deep}', 1).encode()
    assert_refused(post(api, body, raw=raw), line_field)
    assert_refused(post(api, {}, key=key, raw=deep.encode()))
    batch = b'{"payments": [' + with_raw(payment(ws), "extra", deep) + b"]}"
    r = api.post("v1/payments/batch", data=batch, headers=headers)
    if depth > 900:
        assert_refused(r)
    else:
        assert r.status_code == 200 and r.json()["results"][0]["error"]["field"] == "extra"
    assert_refused(api.post("v1/payments/batch", data=deep.encode(), headers=headers))
    assert post(api, body).status_code == 201
    cancel = with_raw(cancel_body(), "extra", deep)
    assert_refused(api.post(f"v1/payments/{key}/cancel", data=cancel, headers=headers), field)
    assert_refused(api.post(f"v1/payments/{key}/cancel", data=deep.encode(), headers=headers))
    assert api.get(f"v1/payments/{key}").json()["status"] == "accepted"


def test_a_number_too_long_to_read_is_400(spc_server):
    ws = new_ws()
    api = spc_server.api(ws)
    body = payment(ws)
    assert_refused(post(api, body, raw=with_raw(body, "n", "1" * 5000)))
    assert_refused(api.post("v1/payments/batch", data=b'{"payments": [' + b"7" * 5000 + b"]}",
                            headers={"Content-Type": "application/json"}))


# --- control characters and invalid text --------------------------------------------

@pytest.mark.parametrize("char", CONTROL_CHARS, ids=[f"U+{ord(c):04X}" for c in CONTROL_CHARS])
def test_control_characters_in_payment_text_are_400(spc_server, char):
    ws = new_ws()
    api = spc_server.api(ws)
    for name in ("receipt_no", "teller_id", "payment_id"):
        body = payment(ws)
        body[name] = f"{body[name][:5]}{char}{body[name][5:]}"
        if name == "payment_id":
            assert_refused(post(api, body, key="k"), name)
        else:
            assert_refused(post(api, body), name)
            assert_not_stored(api, body["payment_id"])
    body = payment(ws)
    body["lines"][0]["service_code"] += char
    assert_refused(post(api, body), "lines[0].service_code")
    # workstation_id is checked as text before it is compared with the token's.
    body = payment(ws, workstation_id=ws + char)
    assert_refused(post(api, body), "workstation_id")
    items = [payment(ws, receipt_no=f"R{char}1"), payment(ws, teller_id=f"{char}t")]
    res = api.post("v1/payments/batch", json={"payments": items}).json()["results"]
    assert [(x["status"], x["error"]["field"]) for x in res] == [
        ("rejected", "receipt_no"), ("rejected", "teller_id")]
    assert_not_stored(api, items[0]["payment_id"])


@pytest.mark.parametrize("char", CONTROL_CHARS, ids=[f"U+{ord(c):04X}" for c in CONTROL_CHARS])
def test_control_characters_in_a_cancel_are_400(spc_server, char):
    ws = new_ws()
    api = spc_server.api(ws)
    body = payment(ws)
    assert post(api, body).status_code == 201
    url = f"v1/payments/{body['payment_id']}/cancel"
    assert_refused(api.post(url, json={**cancel_body(), "reason": f"ошибка{char}кассира"}),
                   "reason")
    assert_refused(api.post(url, json={**cancel_body(), "supervisor_id": f"s.akh{char}"}),
                   "supervisor_id")
    assert api.get(f"v1/payments/{body['payment_id']}").json()["status"] == "accepted"


def test_lone_surrogates_are_400_not_500(spc_server):
    ws = new_ws()
    api = spc_server.api(ws)
    body = payment(ws)
    raw = json.dumps(body).replace('"t.sadykova"', '"t.\\ud800sadykova"').encode()
    assert_refused(post(api, body, raw=raw), "teller_id")
    assert_refused(post(api, body, raw=with_raw(body, "\\udfff", "1")), None)
    dup = json.dumps(body)[:-1] + ', "\\ud800": 1, "\\ud800": 2}'
    assert_refused(post(api, body, raw=dup.encode()), None)
    r = api.post("v1/payments/batch", data=b'{"payments": [{"payment_id": "\\ud800"}]}',
                 headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    assert r.json()["results"][0]["payment_id"] is None
    assert r.json()["results"][0]["error"]["field"] == "payment_id"
    assert_not_stored(api, body["payment_id"])


# --- query and path parameters --------------------------------------------------------

@pytest.mark.parametrize("char", ["\x00", "\n", "\x1b", "\x7f", "\x85"])
def test_control_characters_in_query_and_path_parameters_are_400(spc_server, char):
    ws = new_ws()
    api = spc_server.api(ws)
    assert_refused(api.get("v1/accounts", params={"address": f"абая{char}"}), "address")
    assert_refused(api.get("v1/accounts/snapshot", params={"cursor": f"1002{char}"}), "cursor")
    assert_refused(api.get("v1/accounts/snapshot", params={"limit": f"5{char}"}), "limit")
    assert_refused(api.get("v1/accounts", params={"address": "абая", "limit": f"{char}5"}), "limit")
    assert_refused(api.get("v1/registers/2026-11-22", params={"workstation_id": ws + char}),
                   "workstation_id")
    quoted = "%{:02X}".format(ord(char)) if ord(char) < 0x80 else "%C2%{:02X}".format(ord(char))
    assert_refused(api.get(f"v1/payments/abc{quoted}def"), "payment_id")
    assert_refused(api.post(f"v1/payments/abc{quoted}def/cancel", json=cancel_body()),
                   "payment_id")


def test_an_address_longer_than_any_text_field_is_400(spc_server):
    api = spc_server.api()
    assert_refused(api.get("v1/accounts", params={"address": "а" * 201}), "address")
    assert api.get("v1/accounts", params={"address": "а" * 200}).status_code == 200


# --- a payment stored before these rules ------------------------------------------------

def test_a_payment_stored_before_the_rules_were_tightened_still_replays(fresh_spc):
    """A body the parser refuses today, accepted by an older server, replays as accepted:
    a 400 would make the desk mark rejected a payment the SPC holds."""
    ws = "ALM-01-W01"
    api = fresh_spc.api(ws)
    body = payment(ws, teller_id="t.sad\x07ykova", comment={"legacy": [1, 2]})
    with sqlite3.connect(fresh_spc.db_path) as db:
        db.execute("INSERT INTO payments (seq, payment_id, body_sha256, body, spc_txn_id, "
                   "workstation_id, receipt_no, business_date, account, total, status, "
                   "registered_at, meter_changes) VALUES (1, ?, ?, ?, 'SPC-LEGACY-1', ?, ?, ?, ?, "
                   "303615, 'accepted', '2026-11-22T10:15:04+05:00', '[]')",
                   (body["payment_id"], canonical_hash(body), canonical_json(body), ws,
                    body["receipt_no"], body["business_date"], body["account"]))
    expected = {"payment_id": body["payment_id"], "spc_txn_id": "SPC-LEGACY-1",
                "status": "accepted", "registered_at": "2026-11-22T10:15:04+05:00",
                "replayed": True}
    again = post(api, body)
    assert again.status_code == 200, again.text
    assert again.json() == expected
    res = api.post("v1/payments/batch", json={"payments": [body]}).json()["results"][0]
    assert res["status"] == "accepted" and res["spc_txn_id"] == "SPC-LEGACY-1" and res["replayed"]
    # Only the exact body: any other is judged by today's rules; another desk gets nothing.
    assert_refused(post(api, {**body, "comment": {"legacy": [1]}}), "comment")
    assert_error(post(fresh_spc.api("ALM-01-W02"), body), 400, "invalid_request", "comment")


def test_an_ordinary_payment_is_still_accepted_and_replayed(spc_server):
    """Guard for the rules above: nothing here may refuse what the desk sends."""
    ws = new_ws()
    api = spc_server.api(ws)
    body = payment(ws, teller_id="Сәуле Ұ.", receipt_no=f"{ws}-ЖҚ-1")
    body["lines"][1].pop("reading")  # absent reading: the same as null
    assert post(api, body).status_code == 201
    assert post(api, body).json()["replayed"] is True
    uid = str(uuid.uuid4())
    assert api.get(f"v1/payments/{uid}").status_code == 404
