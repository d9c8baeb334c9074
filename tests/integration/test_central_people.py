"""A desk with the bank's people and settings: the desk's own code against a real back office
on SQLite and on PostgreSQL, changes made with `python -m backoffice` as the bank's IT
makes them. People are pulled and applied and the journal follows them (audit verify stays
clean); a teller disabled at the back office is refused at a desk within a minute, timed
with the desk's real replicator thread; a desk offline keeps the hashes it had; settings
reach the desk's configuration, and settings a desk refuses leave it with the last good."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import sqlalchemy as sa

from backoffice import schema
from cashier.config import Config
from cashier.identity import users
from cashier.sync import pull, replicator
from cashier.workstation import Workstation
from tests.support.central import (  # noqa: F401
    bo_cli,
    cashier_cli,
    own_backoffice,
    unique_branch,
    unique_user,
)

PASSWORD = "teller-pass-1"
FEES = {"AES": {"percent": "0.5", "minimum": "50.00"}, "TBO": {"fixed": "30.00"}}


def open_desk(home: Path, bo, ws_id: str, branch: str, **config) -> Workstation:
    cfg = Config(home=home, workstation_id=ws_id, backoffice_url=bo.url, **config)
    return Workstation(cfg, backoffice_token=bo.token_for(ws_id, branch))


def add_user(bo, uid: str, role: str = "teller", branch: str | None = None) -> None:
    done = bo_cli(bo, "users", "add", uid, "--name", f"Кассир {uid}", "--role", role,
                  *(["--branch", branch] if branch else []), password=PASSWORD)
    assert done.returncode == 0, done.stderr


def must(done) -> str:
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def refused_code(ws: Workstation, uid: str, password: str = PASSWORD) -> str | None:
    """None if `uid` signs in at the desk, else the refusal's code."""
    try:
        users.authenticate(ws.conn, ws.now(), uid, password)
    except users.AuthError as exc:
        return exc.code
    return None


def test_people_are_pulled_applied_and_journaled_and_audit_verify_stays_clean(
        own_backoffice, tmp_path):  # noqa: F811
    bo, branch, other = own_backoffice, unique_branch(), unique_branch()
    ws_id, home = f"{branch}-W1", tmp_path / "desk"
    teller, supervisor, elsewhere = unique_user("t"), unique_user("s"), unique_user("s")
    add_user(bo, teller, "teller", branch)
    add_user(bo, supervisor, "supervisor")
    add_user(bo, elsewhere, "supervisor", other)
    out = json.loads(must(cashier_cli(home, bo, ws_id, branch, "backoffice", "sync", "--once")))
    assert {teller, supervisor, elsewhere} <= set(out["pulled"]["users_changed"])
    with open_desk(home, bo, ws_id, branch) as ws:
        here = {u.user_id: u for u in users.list_users(ws.conn)}
        assert (here[teller].role, here[teller].disabled) == ("teller", False)
        assert here[elsewhere].disabled          # another branch's: kept, never let in here
        assert refused_code(ws, teller) is None and refused_code(ws, supervisor) is None
        assert refused_code(ws, elsewhere) == "user_disabled"
        synced = {r["subject"]: json.loads(r["details"]) for r in ws.conn.execute(
            "SELECT subject, details FROM audit_log WHERE action = 'user.synced'")}
        assert synced[teller]["branch_id"] == branch and synced[elsewhere]["disabled"] is True
    must(cashier_cli(home, bo, ws_id, branch, "audit", "verify"))

    must(bo_cli(bo, "users", "passwd", teller, password="new-teller-pass-2"))
    must(cashier_cli(home, bo, ws_id, branch, "backoffice", "sync", "--once"))
    with open_desk(home, bo, ws_id, branch) as ws:
        assert refused_code(ws, teller) == "auth_failed"
        assert refused_code(ws, teller, "new-teller-pass-2") is None
    verify = json.loads(must(cashier_cli(home, bo, ws_id, branch, "audit", "verify")))
    assert verify.get("backoffice", []) == []


def test_a_teller_disabled_at_the_back_office_cannot_sign_in_within_a_minute(
        own_backoffice, tmp_path):  # noqa: F811
    bo, branch = own_backoffice, unique_branch()
    ws_id, teller = f"{branch}-W1", unique_user("t")
    add_user(bo, teller, "teller", branch)
    # Config is a dataclass: a heartbeat every second (config.toml allows 30 at least).
    ws = open_desk(tmp_path / "desk", bo, ws_id, branch, heartbeat_seconds=1)
    worker = replicator.Replicator(ws, interval=0.2)
    worker.start()
    try:
        deadline = time.monotonic() + 60
        while refused_code(ws, teller) is not None:
            assert time.monotonic() < deadline, "the teller never reached the desk"
            time.sleep(0.2)
        started = time.monotonic()
        must(bo_cli(bo, "users", "disable", teller))
        disabled_at = time.monotonic()
        # The desk left idle (a sign-in is a journal entry, and the replicator beats after
        # each batch it sends): only the heartbeat's versions bring the change.
        while not users.get(ws.conn, teller).disabled:
            assert time.monotonic() - disabled_at < 60, "still enabled a minute later"
            time.sleep(0.05)
        code = refused_code(ws, teller)
        refused_at, refused_wall = time.monotonic(), dt.datetime.now(dt.UTC)
    finally:
        worker.stop()
        ws.close()
    assert code == "user_disabled"
    with bo.engine.connect() as conn:       # when the change was committed, by its own stamp
        committed = dt.datetime.fromisoformat(conn.execute(
            sa.select(schema.users.c.changed_at).where(schema.users.c.user_id == teller)
        ).scalar_one())
    print(f"\ndisable -> refused sign-in ({bo.engine_name}, heartbeat every 1 s): "
          f"{(refused_wall - committed).total_seconds():.2f} s after the change was stamped, "
          f"{refused_at - disabled_at:.2f} s after the command returned, "
          f"{refused_at - started:.2f} s after it started")


def test_a_desk_offline_keeps_the_hashes_it_had_and_catches_up_when_back(
        own_backoffice, tmp_path):  # noqa: F811
    bo, branch = own_backoffice, unique_branch()
    ws_id, home, teller = f"{branch}-W1", tmp_path / "desk", unique_user("t")
    add_user(bo, teller, "teller", branch)
    with open_desk(home, bo, ws_id, branch) as ws:
        assert teller in replicator.replicate_once(ws, pull_all=True).pulled["users_changed"]
    bo.stop()
    try:
        # Managed on the server's database while the desks cannot reach the server.
        must(bo_cli(bo, "users", "disable", teller))
        with open_desk(home, bo, ws_id, branch) as ws:    # a desk that starts offline
            replicator.replicate_once(ws, pull_all=True)
            assert replicator.backoffice_status(ws)["last_contact_ok"] is False
            assert refused_code(ws, teller) is None
    finally:
        bo.start()
    with open_desk(home, bo, ws_id, branch) as ws:
        assert replicator.replicate_once(ws, pull_all=True).pulled["users_changed"] == [teller]
        assert refused_code(ws, teller) == "user_disabled"


def test_a_desk_with_a_back_office_refuses_to_manage_people_itself(
        own_backoffice, tmp_path):  # noqa: F811
    bo, branch = own_backoffice, unique_branch()
    ws_id, home = f"{branch}-W1", tmp_path / "desk"
    for args in (["users", "add", "a.local", "--name", "Local", "--role", "admin"],
                 ["users", "--as", "a.local", "disable", "t.any"]):
        done = cashier_cli(home, bo, ws_id, branch, *args, CASHIER_NEW_PASSWORD=PASSWORD,
                           CASHIER_PASSWORD=PASSWORD)
        assert done.returncode == 1, done.stdout + done.stderr
        error = json.loads(done.stderr)["error"]
        assert error["code"] == "users_managed_centrally" and "back office" in error["message"]
    with open_desk(home, bo, ws_id, branch) as ws:
        assert users.count(ws.conn) == 0


def test_settings_set_at_the_back_office_reach_the_desks_configuration(
        own_backoffice, tmp_path):  # noqa: F811
    bo, branch = own_backoffice, unique_branch()
    ws_id, home = f"{branch}-W1", tmp_path / "desk"
    ws = open_desk(home, bo, ws_id, branch)
    try:
        must(bo_cli(bo, "settings", "set", "--branch", branch, 'max_payment="500000.00"',
                    "fees=" + json.dumps(FEES), "branch_name=Филиал теста"))
        must(bo_cli(bo, "settings", "set", "--workstation", ws_id, "offline_warn_seconds=1800",
                    "offline_block_seconds=7200", 'offline_max_waiting_amount="250000.00"'))
        assert replicator.replicate_once(ws, pull_all=True).pulled["settings_changed"]
        cfg = ws.config
        assert (cfg.max_payment, cfg.offline_max_waiting_amount) == (50_000_000, 25_000_000)
        assert (cfg.offline_warn_seconds, cfg.offline_block_seconds) == (1800, 7200)
        assert cfg.fees == FEES and cfg.fee_rules["AES"].minimum == 5000
        assert cfg.branch_name == "Филиал теста"
        assert ws.central.version == bo.api(ws_id, branch).get(
            "v1/settings", params={"workstation_id": ws_id}).json()["version"]
        # Unset at the back office: the desk falls back to its own file's value.
        must(bo_cli(bo, "settings", "unset", "--branch", branch, "max_payment"))
        assert replicator.replicate_once(ws, pull_all=True).pulled["settings_changed"]
        assert ws.config.max_payment == Config(home=home).max_payment
    finally:
        ws.close()
    bo.stop()
    try:   # a desk that starts offline works with what it last pulled
        with open_desk(home, bo, ws_id, branch) as again:
            assert again.config.offline_block_seconds == 7200 and again.config.fees == FEES
    finally:
        bo.start()
    must(cashier_cli(home, bo, ws_id, branch, "audit", "verify"))


def test_settings_a_desk_refuses_leave_it_with_the_last_good_ones(
        own_backoffice, tmp_path):  # noqa: F811
    bo, branch = own_backoffice, unique_branch()
    ws_id, home = f"{branch}-W1", tmp_path / "desk"
    # This desk's own config.toml has tighter offline limits than the desks' defaults.
    ws = open_desk(home, bo, ws_id, branch, offline_warn_seconds=300, offline_block_seconds=600)
    try:
        must(bo_cli(bo, "settings", "set", "--workstation", ws_id, 'max_payment="300000.00"'))
        replicator.replicate_once(ws, pull_all=True)
        good = ws.central
        assert ws.config.max_payment == 30_000_000
        # Right for the back office (against a desk's default block of a day), wrong here.
        must(bo_cli(bo, "settings", "set", "--workstation", ws_id, "offline_warn_seconds=900",
                    'max_payment="1.00"'))
        report = replicator.replicate_once(ws, pull_all=True)
        assert any("offline_warn_seconds" in e for e in report.pulled["errors"])
        assert ws.central == good and ws.config.max_payment == 30_000_000
        assert ws.config.offline_warn_seconds == 300
        assert "offline_warn_seconds" in pull.pull_error(ws)
        must(bo_cli(bo, "settings", "unset", "--workstation", ws_id, "offline_warn_seconds"))
        replicator.replicate_once(ws, pull_all=True)
        assert ws.config.max_payment == 100 and pull.pull_error(ws) is None
        good = ws.central
        # A value edited in the server's database by hand, past its checks.
        with bo.engine.begin() as conn:
            s = schema.settings.c
            conn.execute(schema.settings.update().where(
                (s.scope == "workstation") & (s.scope_id == ws_id) & (s.key == "max_payment")
            ).values(value='"12.5"'))
        report = replicator.replicate_once(ws, pull_all=True)
        assert any("max_payment" in e for e in report.pulled["errors"])
        assert ws.central == good and ws.config.max_payment == 100
    finally:
        ws.close()
    with open_desk(home, bo, ws_id, branch) as again:
        assert again.config.max_payment == 100
    bad = cashier_cli(home, bo, ws_id, branch, "backoffice", "sync", "--once")
    assert bad.returncode == 1 and "max_payment" in bad.stdout



def test_a_password_set_at_the_back_office_lifts_the_lockout_at_the_desk(
        own_backoffice, tmp_path):  # noqa: F811
    bo, branch = own_backoffice, unique_branch()
    ws_id, teller = f"{branch}-W1", unique_user("t")
    add_user(bo, teller, "teller", branch)
    with open_desk(tmp_path / "desk", bo, ws_id, branch) as ws:
        replicator.replicate_once(ws, pull_all=True)
        for _ in range(users.MAX_FAILURES):
            assert refused_code(ws, teller, "wrong-guess-1") == "auth_failed"
        assert refused_code(ws, teller) == "user_locked"
        # The bank's IT gives a new password, as `cashier users passwd` does at a lone desk.
        must(bo_cli(bo, "users", "passwd", teller, password="fresh-pass-3"))
        replicator.replicate_once(ws, pull_all=True)
        assert refused_code(ws, teller, "fresh-pass-3") is None
