"""The bank's settings at the back office: `python -m backoffice settings ...` as an operator
runs it, the three layers merged for each desk with a version of its own, GET /v1/settings
and the heartbeat's settings_version, on a real server on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import logging

import pytest
import sqlalchemy as sa

from backoffice import schema
from backoffice.__main__ import main as backoffice_main
from tests.support.central import bo_cli, own_backoffice, unique_branch  # noqa: F401

FEES = {"AES": {"percent": "0.5", "minimum": "50.00"}, "TBO": {"fixed": "30.00"}}
LEDGER = {"teller_cash": "100110.{workstation_id}", "vault": "100100", "fee_income": "460010",
          "cash_over": "460090", "cash_short": "760090",
          "transit": {"*": "287000", "AES": "287010"}}


def _beat(api, ws: str) -> dict:
    resp = api.post("v1/heartbeat", json={
        "workstation_id": ws, "at": "2026-11-27T10:00:00+05:00", "app_version": "test",
        "signed_in": None, "spc": {"reachable": True, "waiting": 0, "waiting_amount": "0.00",
                                   "oldest_waiting_at": None, "rejected": 0,
                                   "last_contact_at": None}})
    assert resp.status_code == 200, resp.text
    return resp.json()


class Desk:
    def __init__(self, bo, ws: str, branch: str):
        self.ws, self.api = ws, bo.api(ws, branch)

    def settings(self) -> dict:
        resp = self.api.get("v1/settings", params={"workstation_id": self.ws})
        assert resp.status_code == 200, resp.text
        body = resp.json()
        # The heartbeat tells the desk the same version that the settings carry.
        assert _beat(self.api, self.ws)["settings_version"] == body["version"]
        return body


def _set(bo, *args: str) -> str:
    done = bo_cli(bo, "settings", *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _stored(bo) -> tuple:
    with bo.engine.connect() as conn:
        return (conn.execute(sa.select(schema.settings).order_by(
                    schema.settings.c.scope, schema.settings.c.scope_id, schema.settings.c.key)
                ).all(),
                conn.execute(sa.select(sa.func.count()).select_from(schema.setting_changes)
                             ).scalar_one(),
                conn.execute(sa.select(schema.counters.c.value)
                             .where(schema.counters.c.name == "settings")).scalar_one())


def test_set_show_unset_and_history_with_who_and_when(own_backoffice):  # noqa: F811
    bo, branch = own_backoffice, unique_branch()
    out = _set(bo, "set", "--branch", branch, 'max_payment="500000.00"', "fees=" + json.dumps(FEES),
               "branch_name=Алматинский филиал №2", "idle_lock_seconds=120", "--by", "it.admin")
    assert "a branch new here" in out and "fees, idle_lock_seconds, max_payment" in out
    shown = {s["key"]: s for s in json.loads(_set(bo, "show", "--branch", branch, "--json"))}
    assert {k: s["value"] for k, s in shown.items()} == {
        "max_payment": "500000.00", "fees": FEES, "branch_name": "Алматинский филиал №2",
        "idle_lock_seconds": 120}
    assert {s["changed_by"] for s in shown.values()} == {"it.admin"}
    assert len({s["version"] for s in shown.values()}) == 1      # one command, one version
    same = _set(bo, "set", "--branch", branch, 'max_payment="500000.00"')
    assert "nothing changed" in same
    _set(bo, "set", "--branch", branch, 'max_payment="600000.00"', "--by", "head.cashier")
    _set(bo, "unset", "--branch", branch, "idle_lock_seconds", "--by", "it.admin")
    assert "idle_lock_seconds" not in _set(bo, "show", "--branch", branch)
    history = json.loads(_set(bo, "history", "--branch", branch, "--json"))
    assert [(h["key"], h["old"], h["new"], h["by"]) for h in history[:2]] == [
        ("idle_lock_seconds", 120, None, "it.admin"),
        ("max_payment", "500000.00", "600000.00", "head.cashier")]
    assert all(h["at"] and h["scope"] == f"branch {branch}" for h in history)
    assert len(history) == 6                  # four set, one changed, one unset; none twice
    by_key = json.loads(_set(bo, "history", "--key", "max_payment", "--branch", branch, "--json"))
    assert [h["new"] for h in by_key] == ["600000.00", "500000.00"]
    text = _set(bo, "history", "--branch", branch)
    assert '"500000.00" -> "600000.00"' in text and "120 -> (not set)" in text


def test_layers_merge_for_each_desk_and_each_desk_has_its_own_version(
        own_backoffice):  # noqa: F811
    bo = own_backoffice
    one, two = unique_branch(), unique_branch()
    a, b, c = Desk(bo, f"{one}-W1", one), Desk(bo, f"{one}-W2", one), Desk(bo, f"{two}-W1", two)

    def versions():
        return [d.settings()["version"] for d in (a, b, c)]
    start = versions()
    _set(bo, "set", "--branch", one, 'max_payment="700000.00"', "ledger=" + json.dumps(LEDGER))
    v1 = versions()
    assert v1[0] == v1[1] > start[0] and v1[2] == start[2]     # another branch's desk: not moved
    _set(bo, "set", "--workstation", a.ws, 'max_payment="800000.00"', "idle_lock_seconds=60")
    v2 = versions()
    assert v2[0] > v1[0] and v2[1:] == v1[1:]
    _set(bo, "set", "--bank", 'bank_name="АО «Банк Теста»"', 'offline_max_waiting_amount="0.00"')
    v3 = versions()
    assert all(new > old for new, old in zip(v3, v2))        # the bank's layer: every desk
    got = [d.settings()["settings"] for d in (a, b, c)]
    assert got[0]["max_payment"] == "800000.00" and got[0]["idle_lock_seconds"] == 60
    assert got[1]["max_payment"] == "700000.00" and "idle_lock_seconds" not in got[1]
    assert got[0]["ledger"] == got[1]["ledger"] == LEDGER and "ledger" not in got[2]
    assert {g["bank_name"] for g in got} == {"АО «Банк Теста»"}
    assert "max_payment" not in got[2] or got[2]["max_payment"] != "700000.00"

    # An unset moves the version of every desk whose layers it touches, even one whose
    # value it does not change (a's own layer still says 800000.00).
    _set(bo, "unset", "--branch", one, "max_payment")
    v4 = versions()
    assert v4[0] > v3[0] and v4[1] > v3[1] and v4[2] == v3[2]
    assert a.settings()["settings"]["max_payment"] == "800000.00"
    assert "max_payment" not in b.settings()["settings"]
    _set(bo, "unset", "--workstation", a.ws, "max_payment", "idle_lock_seconds")
    assert versions()[1:] == v4[1:]

    merged = json.loads(_set(bo, "show", "--workstation", a.ws, "--merged", "--json"))
    assert {m["key"]: m["from"] for m in merged}["ledger"] == f"branch {one}"
    assert {m["key"]: m["from"] for m in merged}["bank_name"] == "the bank"


def test_a_desk_asks_only_for_its_own_settings(own_backoffice):  # noqa: F811
    bo, branch = own_backoffice, unique_branch()
    mine, other = f"{branch}-W1", f"{branch}-W2"
    api = bo.api(mine, branch)
    bo.token_for(other, branch)
    assert api.get("v1/settings", params={"workstation_id": mine}).status_code == 200
    refused = api.get("v1/settings", params={"workstation_id": other})
    assert refused.status_code == 403 and refused.json()["error"]["field"] == "workstation_id"
    for params in ({}, {"workstation_id": "bad id"}, {"workstation_id": ""}):
        resp = api.get("v1/settings", params=params)
        assert resp.status_code == 400 and resp.json()["error"]["field"] == "workstation_id"
    assert bo.api(None).get("v1/settings", params={"workstation_id": mine}).status_code == 401


BAD = [
    ("bank_name", '""'), ("bank_name", '"   "'), ("bank_name", "true"), ("bank_name", '"a\\nb"'),
    ("bank_name", json.dumps("x" * 201)), ("bank_bin", '"12345"'),
    ("bank_bin", '"12345678901a"'), ("bank_bin", "123456789012"), ("branch_name", "[]"),
    ("branch_address", '{"a": 1}'), ("branch_address", '"line\\rfeed"'),
    ("max_payment", '"50000"'), ("max_payment", '"50000.5"'), ("max_payment", '"-1.00"'),
    ("max_payment", '"1 000.00"'), ("max_payment", "500000.00"), ("max_payment", "500000"),
    ("max_payment", "true"), ("max_payment", "-5"), ("idle_lock_seconds", "-1"),
    ("idle_lock_seconds", "300.0"), ("idle_lock_seconds", '"300"'),
    ("idle_lock_seconds", "86401"), ("offline_warn_seconds", "3600.5"),
    ("offline_warn_seconds", "2592001"), ("offline_block_seconds", '"86400"'),
    ("offline_max_waiting_amount", "abc"), ("offline_max_waiting_amount", '"100.000"'),
    ("offline_max_waiting_amount", "0.0"), ("overpay_confirm_ratio", "101"),
    ("overpay_confirm_ratio", "1.5"), ("fees", "[]"), ("fees", '"0.5"'),
    ("fees.AES", '{"AES": "0.5"}'), ("fees.AES", '{"AES": {}}'),
    ("fees.AES.percent", '{"AES": {"percent": 0.5}}'),
    ("fees.AES.percent", '{"AES": {"percent": "101"}}'),
    ("fees.AES.minimun", '{"AES": {"percent": "0.5", "minimun": "50.00"}}'),
    ("fees.AES.percent", '{"AES": {"fixed": "30.00", "percent": "1"}}'),
    ("fees.AES.fixed", '{"AES": {"fixed": "30"}}'),
    ("fees.AES.minimum", '{"AES": {"percent": "0.5", "minimum": 50}}'),
    ("ledger", '"100110"'), ("ledger.teller_cash", "{}"),
    ("ledger.vault", json.dumps({**LEDGER, "vault": "1001"[:3]})),
    ("ledger.vault", json.dumps({**LEDGER, "vault": "acc-1001"})),
    ("ledger.tellr_cash", json.dumps({**LEDGER, "tellr_cash": "100110"})),
    ("ledger.transit", json.dumps({**LEDGER, "transit": {"AES": "287010"}})),
    ("ledger.transit.AES", json.dumps({**LEDGER, "transit": {"*": "287000", "AES": 287010}})),
    ("max_paymnet", '"1.00"'),
]


@pytest.mark.parametrize("key, value", BAD, ids=[f"{k}={v}"[:60] for k, v in BAD])
def test_every_bad_value_is_refused_naming_the_key_and_nothing_is_stored(
        own_backoffice, key, value, caplog):  # noqa: F811
    bo = own_backoffice
    caplog.set_level(logging.ERROR, logger="backoffice")
    before = _stored(bo)
    setting = key.split(".")[0]
    code = backoffice_main(["settings", "set", "--bank", f"{setting}={value}",
                            "--db", bo.db_url])
    said = " ".join(r.getMessage() for r in caplog.records)
    assert code == 1, said
    assert key in said and "nothing changed" in said
    assert _stored(bo) == before


def test_what_a_message_says_about_a_wrong_value(own_backoffice, caplog):  # noqa: F811
    bo = own_backoffice
    caplog.set_level(logging.ERROR, logger="backoffice")
    said = []
    for assignment in ("max_payment=500000.00", "max_payment=500000", "max_paymnet=1",
                       "idle_lock_seconds=forever"):
        caplog.clear()
        assert backoffice_main(["settings", "set", "--bank", assignment, "--db", bo.db_url]) == 1
        said.append(caplog.records[-1].getMessage())
    assert "max_payment='\"1000000.00\"'" in said[0] and "it is 500000.0" in said[0]
    assert "max_payment='\"500000.00\"'" in said[1]
    assert "Did you mean max_payment?" in said[2]
    assert "from 0 (never lock) to 86400" in said[3] and '"forever"' in said[3]


def test_refusals_that_depend_on_where_the_value_goes(own_backoffice):  # noqa: F811
    bo, branch = own_backoffice, unique_branch()
    ws = f"{branch}-W1"
    unknown = bo_cli(bo, "settings", "set", "--workstation", ws, "idle_lock_seconds=60")
    assert unknown.returncode == 1 and "register it first" in unknown.stderr
    bo.token_for(ws, branch)
    per_desk = bo_cli(bo, "settings", "set", "--workstation", ws, "ledger=" + json.dumps(LEDGER))
    assert per_desk.returncode == 1 and "not for one workstation" in per_desk.stderr
    _set(bo, "set", "--branch", branch, "offline_block_seconds=7200")
    before = _stored(bo)
    # Each limit is right alone; this desk would get warn >= block, and refuse them all.
    clash = bo_cli(bo, "settings", "set", "--workstation", ws, "offline_warn_seconds=7200")
    assert clash.returncode == 1 and f"workstation {ws}" in clash.stderr
    assert "offline_warn_seconds (7200) must be less than offline_block_seconds (7200)" \
        in clash.stderr
    unset = bo_cli(bo, "settings", "unset", "--branch", branch, "max_payment")
    assert unset.returncode == 1 and "not set" in unset.stderr
    twice = bo_cli(bo, "settings", "set", "--branch", branch, 'max_payment="1.00"',
                   'max_payment="2.00"')
    assert twice.returncode == 1 and "given twice: max_payment" in twice.stderr
    assert _stored(bo) == before
    _set(bo, "set", "--workstation", ws, "offline_warn_seconds=0")    # 0 turns it off
