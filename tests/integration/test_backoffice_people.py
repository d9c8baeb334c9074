"""The bank's people at the back office: `python -m backoffice users ...` as an operator runs
it, and GET /v1/users as desks ask, on a real server on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import os
import pty
import select
import sys
import time

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError

from backoffice import schema
from tests.support.backoffice_server import ROOT
from tests.support.central import bo_cli, own_backoffice, unique_branch, unique_user  # noqa: F401

PASSWORD = "teller-pass-1"


def _row(server, user_id: str):
    with server.engine.connect() as conn:
        return conn.execute(sa.select(schema.users).where(schema.users.c.user_id == user_id)
                            ).first()


def _state(server) -> tuple:
    """Everything a users command may change."""
    with server.engine.connect() as conn:
        return (conn.execute(sa.select(schema.users).order_by(schema.users.c.user_id)).all(),
                conn.execute(sa.select(sa.func.count()).select_from(schema.user_changes)
                             ).scalar_one(),
                conn.execute(sa.select(schema.counters.c.value)
                             .where(schema.counters.c.name == "users")).scalar_one(),
                conn.execute(sa.select(schema.branches.c.branch_id)).scalars().all())


def _listed(server) -> dict:
    done = bo_cli(server, "users", "list", "--json")
    assert done.returncode == 0, done.stderr
    return {u["user_id"]: u for u in json.loads(done.stdout)}


def test_users_are_added_given_a_password_disabled_and_enabled_each_change_versioned(
        own_backoffice):  # noqa: F811
    bo, uid, branch = own_backoffice, unique_user("t"), unique_branch()
    added = bo_cli(bo, "users", "add", uid, "--name", " Садыкова Т. ", "--role", "teller",
                   "--branch", branch, "--by", "it.admin", password=PASSWORD)
    assert added.returncode == 0, added.stderr
    assert "a branch new here" in added.stdout
    row = _row(bo, uid)
    assert (row.name, row.role, row.branch_id, row.disabled) == ("Садыкова Т.", "teller",
                                                                  branch, False)
    assert row.password_hash.startswith("$argon2id$") and PASSWORD not in row.password_hash
    PasswordHasher().verify(row.password_hash, PASSWORD)
    listed = _listed(bo)[uid]
    assert "password_hash" not in listed and listed["version"] == row.version
    assert listed["changed_by"] == "it.admin"

    assert bo_cli(bo, "users", "passwd", uid, password="another-pass-2").returncode == 0
    after = _row(bo, uid)
    assert after.version > row.version
    PasswordHasher().verify(after.password_hash, "another-pass-2")
    with pytest.raises(VerificationError):
        PasswordHasher().verify(after.password_hash, PASSWORD)

    disabled = bo_cli(bo, "users", "disable", uid, "--by", "it.admin")
    assert disabled.returncode == 0 and _row(bo, uid).disabled
    version = _row(bo, uid).version
    again = bo_cli(bo, "users", "disable", uid)
    assert again.returncode == 0 and "already" in again.stdout
    assert _row(bo, uid).version == version          # nothing changed, no version spent
    assert bo_cli(bo, "users", "enable", uid).returncode == 0
    assert not _row(bo, uid).disabled and _row(bo, uid).version > version
    assert _state(bo)[2] == max(u.version for u in _state(bo)[0])

    history = bo_cli(bo, "users", "history", uid, "--json")
    changes = json.loads(history.stdout)
    assert [c["action"] for c in changes] == ["add", "passwd", "disable", "enable"]
    assert [c["by"] for c in changes][::2] == ["it.admin", "it.admin"]
    assert all(c["at"] and c["version"] for c in changes)
    assert not any(PASSWORD in json.dumps(c) or "$argon2" in json.dumps(c) for c in changes)


@pytest.mark.parametrize("args, password, says", [
    (["add", "T.Upper", "--name", "X", "--role", "teller"], PASSWORD, "not a user id"),
    (["add", "x", "--name", "X", "--role", "teller"], PASSWORD, "not a user id"),
    (["add", "a" * 41, "--name", "X", "--role", "teller"], PASSWORD, "not a user id"),
    (["add", "кассир", "--name", "X", "--role", "teller"], PASSWORD, "not a user id"),
    (["add", "ok.user", "--name", "  ", "--role", "teller"], PASSWORD, "--name"),
    (["add", "ok.user", "--name", "a\nb", "--role", "teller"], PASSWORD, "--name"),
    (["add", "ok.user", "--name", "x" * 201, "--role", "teller"], PASSWORD, "--name"),
    (["add", "ok.user", "--name", "X", "--role", "teller", "--branch", "ALM 01"], PASSWORD,
     "not a branch id"),
    (["add", "ok.user", "--name", "X", "--role", "teller"], "short", "at least 8"),
    (["add", "ok.user", "--name", "X", "--role", "teller"], " leading-space", "space"),
    (["add", "ok.user", "--name", "X", "--role", "teller"], None, "BACKOFFICE_NEW_PASSWORD"),
    (["add", "ok.user", "--name", "X", "--role", "teller", "--by", "a\tb"], PASSWORD, "--by"),
    (["passwd", "no.such.user"], PASSWORD, "no user"),
    (["disable", "no.such.user"], None, "no user"),
])
def test_bad_input_is_refused_and_changes_nothing(own_backoffice, args,  # noqa: F811
                                                  password, says):
    before = _state(own_backoffice)
    done = bo_cli(own_backoffice, "users", *args, password=password)
    assert done.returncode == 1, done.stdout + done.stderr
    assert says in done.stderr and "nothing changed" in done.stderr
    assert _state(own_backoffice) == before


def test_a_role_nobody_knows_and_a_user_added_twice_are_refused(own_backoffice):  # noqa: F811
    bo, uid = own_backoffice, unique_user()
    role = bo_cli(bo, "users", "add", uid, "--name", "X", "--role", "cashier", password=PASSWORD)
    assert role.returncode == 2 and "--role" in role.stderr
    assert bo_cli(bo, "users", "add", uid, "--name", "X", "--role", "admin",
                  password=PASSWORD).returncode == 0
    before = _state(bo)
    twice = bo_cli(bo, "users", "add", uid, "--name", "Y", "--role", "teller", password=PASSWORD)
    assert twice.returncode == 1 and "exists already" in twice.stderr
    assert _state(bo) == before


def _converse(fd: int, pid: int, replies: list[str]) -> str:
    """Answer each prompt that ends in ': ' in turn; everything the terminal showed."""
    shown, pending = b"", list(replies)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
            if pending and shown.rstrip(b" ").endswith(b":"):
                os.write(fd, (pending.pop(0) + "\n").encode())
        elif os.waitpid(pid, os.WNOHANG) != (0, 0):
            break
    return shown.decode(errors="replace")


def _in_a_terminal(server, *args: str, replies: list[str]) -> tuple[int, str]:
    pid, fd = pty.fork()
    if pid == 0:   # the child: the command, with the pseudo-terminal as its controlling tty
        os.chdir(ROOT)
        env = {k: v for k, v in os.environ.items() if k != "BACKOFFICE_NEW_PASSWORD"}
        os.execve(sys.executable, [sys.executable, "-m", "backoffice", *args,
                                   "--db", server.db_url], env)
    shown = _converse(fd, pid, replies)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), shown


def test_a_password_typed_at_the_hidden_prompt_is_asked_twice_and_never_shown(
        own_backoffice):  # noqa: F811
    bo, uid = own_backoffice, unique_user()
    code, shown = _in_a_terminal(bo, "users", "add", uid, "--name", "X", "--role", "teller",
                                 replies=["typed-secret-1", "typed-secret-1"])
    assert code == 0, shown
    assert "typed-secret-1" not in shown and "New password" in shown
    PasswordHasher().verify(_row(bo, uid).password_hash, "typed-secret-1")
    before = _state(bo)
    code, shown = _in_a_terminal(bo, "users", "passwd", uid,
                                 replies=["typed-secret-2", "typed-secret-3"])
    assert code == 1 and "differ" in shown
    assert _state(bo) == before


def _add(bo, uid: str, branch: str | None = None, role: str = "teller") -> None:
    args = ["users", "add", uid, "--name", f"Name {uid}", "--role", role]
    done = bo_cli(bo, *args, *(["--branch", branch] if branch else []), password=PASSWORD)
    assert done.returncode == 0, done.stderr


def test_a_desk_gets_the_users_changed_since_the_version_it_holds(own_backoffice):  # noqa: F811
    bo, branch = own_backoffice, unique_branch()
    api = bo.api(f"{branch}-W1", branch)
    start = api.get("v1/users", params={"since_version": 0}).json()["version"]
    first, second = unique_user(), unique_user()
    _add(bo, first, branch)
    _add(bo, second)
    everything = api.get("v1/users").json()
    assert everything["version"] == start + 2
    assert [u["version"] for u in everything["users"]] == sorted(u["version"]
                                                                 for u in everything["users"])
    newer = api.get("v1/users", params={"since_version": start}).json()
    assert [u["user_id"] for u in newer["users"]] == [first, second]
    mine = newer["users"][0]
    assert set(mine) == {"user_id", "name", "role", "branch_id", "password_hash", "disabled",
                         "version"}
    assert (mine["branch_id"], mine["disabled"], mine["version"]) == (branch, False, start + 1)
    PasswordHasher().verify(mine["password_hash"], PASSWORD)
    assert newer["users"][1]["branch_id"] is None
    assert api.get("v1/users", params={"since_version": start + 2}).json() == {
        "version": start + 2, "users": []}
    assert bo_cli(bo, "users", "disable", first).returncode == 0
    moved = api.get("v1/users", params={"since_version": start + 2}).json()
    assert moved["version"] == start + 3
    assert [(u["user_id"], u["disabled"]) for u in moved["users"]] == [(first, True)]
    beat = api.post("v1/heartbeat", json={
        "workstation_id": f"{branch}-W1", "at": "2026-11-27T10:00:00+05:00",
        "app_version": "test", "signed_in": None,
        "spc": {"reachable": True, "waiting": 0, "waiting_amount": "0.00",
                "oldest_waiting_at": None, "rejected": 0, "last_contact_at": None}}).json()
    assert beat["users_version"] == start + 3


def test_a_user_of_another_branch_comes_disabled_and_without_the_real_hash(
        own_backoffice):  # noqa: F811
    bo, here, there = own_backoffice, unique_branch(), unique_branch()
    uid = unique_user()
    _add(bo, uid, there, role="supervisor")
    real = _row(bo, uid).password_hash
    seen = []
    for _ in range(2):
        got = next(u for u in bo.api(f"{here}-W1", here).get("v1/users").json()["users"]
                   if u["user_id"] == uid)
        assert (got["disabled"], got["branch_id"], got["role"]) == (True, there, "supervisor")
        assert got["password_hash"].startswith("$argon2id$") and got["password_hash"] != real
        with pytest.raises(VerificationError):
            PasswordHasher().verify(got["password_hash"], PASSWORD)
        seen.append(got["password_hash"])
    assert seen[0] != seen[1]                       # fresh each time, nothing to compare
    at_home = next(u for u in bo.api(f"{there}-W1", there).get("v1/users").json()["users"]
                   if u["user_id"] == uid)
    assert (at_home["disabled"], at_home["password_hash"]) == (False, real)


@pytest.mark.parametrize("since", ["-1", "1.5", "abc", "", "99999999999999999999", "0x10",
                                   " 1", "١"])
def test_a_malformed_since_version_is_a_400_naming_it(own_backoffice, since):  # noqa: F811
    branch = unique_branch()
    resp = own_backoffice.api(f"{branch}-W1", branch).get("v1/users",
                                                         params={"since_version": since})
    assert resp.status_code == 400
    assert resp.json()["error"]["field"] == "since_version"


def test_no_token_no_users(own_backoffice):  # noqa: F811
    assert own_backoffice.api(None).get("v1/users").status_code == 401
