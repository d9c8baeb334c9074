"""`cashier users` and `cashier audit verify`, as an IT person runs them."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(home: Path, *args: str, **env) -> subprocess.CompletedProcess:
    full = {**os.environ, "CASHIER_HOME": str(home), "CASHIER_SPC_URL": "http://127.0.0.1:9/",
            "CASHIER_SPC_TOKEN": "x", **env}
    return subprocess.run([sys.executable, "-m", "cashier", *args], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


def test_users_are_managed_by_an_admin_and_passwords_never_echo(tmp_path):
    home = tmp_path / "ws"
    out = run(home, "users", "add", "a.admin", "--name", "Админ", "--role", "admin",
              CASHIER_NEW_PASSWORD="admin-pass-1")
    assert out.returncode == 0, out.stderr
    refused = run(home, "users", "add", "t.x", "--name", "X", "--role", "teller",
                  CASHIER_NEW_PASSWORD="teller-pass-1")
    assert refused.returncode != 0  # nobody signed in
    ok = run(home, "users", "--as", "a.admin", "add", "t.x", "--name", "X", "--role", "teller",
             CASHIER_PASSWORD="admin-pass-1", CASHIER_NEW_PASSWORD="teller-pass-1")
    assert ok.returncode == 0, ok.stderr
    bad = run(home, "users", "--as", "t.x", "disable", "a.admin", CASHIER_PASSWORD="teller-pass-1")
    assert bad.returncode == 1 and json.loads(bad.stderr)["error"]["code"] == "role_required"
    listed = json.loads(run(home, "users", "list").stdout)["users"]
    assert [(u["user_id"], u["role"]) for u in listed] == [("a.admin", "admin"), ("t.x", "teller")]
    for text in (out.stdout + out.stderr, ok.stdout + ok.stderr, bad.stdout + bad.stderr):
        assert "pass-1" not in text
    raw = (home / "cashier.db").read_bytes() + b"".join(p.read_bytes() for p in home.glob("cashier.db-wal"))
    assert b"admin-pass-1" not in raw and b"teller-pass-1" not in raw


def test_passwords_are_changed_by_their_owner_or_an_admin_and_names_are_plain_text(tmp_path):
    home = tmp_path / "ws"
    run(home, "users", "add", "a.admin", "--name", "Админ", "--role", "admin",
        CASHIER_NEW_PASSWORD="admin-pass-1")
    for uid in ("t.one", "t.two"):
        assert run(home, "users", "--as", "a.admin", "add", uid, "--name", "Кассир", "--role",
                   "teller", CASHIER_PASSWORD="admin-pass-1",
                   CASHIER_NEW_PASSWORD="teller-pass-1").returncode == 0
    done = run(home, "users", "--as", "a.admin", "passwd", "t.one", CASHIER_PASSWORD="admin-pass-1",
               CASHIER_NEW_PASSWORD="new-pass-12345")
    assert done.returncode == 0 and json.loads(done.stdout) == {"password_set": "t.one"}, done.stderr
    # The new password signs in, the old one does not; nothing echoes either.
    assert run(home, "users", "--as", "t.one", "passwd", "t.one", CASHIER_PASSWORD="new-pass-12345",
               CASHIER_NEW_PASSWORD="own-pass-67890").returncode == 0
    old = run(home, "users", "--as", "t.one", "passwd", "t.one", CASHIER_PASSWORD="new-pass-12345",
              CASHIER_NEW_PASSWORD="x-pass-000000")
    assert json.loads(old.stderr)["error"]["code"] == "auth_failed"
    other = run(home, "users", "--as", "t.two", "passwd", "t.one", CASHIER_PASSWORD="teller-pass-1",
                CASHIER_NEW_PASSWORD="hijack-pass-1")
    assert other.returncode == 1 and "Traceback" not in other.stderr
    assert json.loads(other.stderr)["error"]["code"] == "role_required"
    bidi = run(home, "users", "--as", "a.admin", "add", "t.three", "--name", "Иван\u202eвонаИ",
               "--role", "teller", CASHIER_PASSWORD="admin-pass-1", CASHIER_NEW_PASSWORD="teller-pass-1")
    assert json.loads(bidi.stderr)["error"]["code"] == "name_invalid"
    assert [u["user_id"] for u in json.loads(run(home, "users", "list").stdout)["users"]] == \
        ["a.admin", "t.one", "t.two"]


def _tamper(home: Path, sql: str) -> None:
    conn = sqlite3.connect(home / "cashier.db")
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_audit_verify_finds_rows_edited_deleted_or_inserted_in_the_file(tmp_path):
    home = tmp_path / "ws"
    run(home, "users", "add", "a.admin", "--name", "A", "--role", "admin", CASHIER_NEW_PASSWORD="admin-pass-1")
    for uid in ("t.a", "t.b", "t.c"):
        run(home, "users", "--as", "a.admin", "add", uid, "--name", uid, "--role", "teller",
            CASHIER_PASSWORD="admin-pass-1", CASHIER_NEW_PASSWORD="teller-pass-1")
    clean = run(home, "audit", "verify")
    assert clean.returncode == 0 and json.loads(clean.stdout)["intact"] is True
    rows = json.loads(clean.stdout)["rows"]
    assert rows >= 7

    pristine = tmp_path / "pristine.db"
    _copy(home / "cashier.db", pristine)
    cases = {
        "UPDATE audit_log SET actor = 'someone.else' WHERE id = 3": [3],
        "DELETE FROM audit_log WHERE id = 4": [5],
        # A forged row appended with a hash that does not cover its content.
        "INSERT INTO audit_log(at, actor, action, subject, details, prev_hash, hash) "
        "SELECT at, actor, action, subject, details, hash, hash FROM audit_log ORDER BY id DESC LIMIT 1":
            [rows + 1],
    }
    for sql, bad_rows in cases.items():
        case = tmp_path / f"case{len(sql)}"
        case.mkdir()
        _copy(pristine, case / "cashier.db")
        _tamper(case, sql)
        out = run(case, "audit", "verify")
        assert out.returncode == 1, sql
        assert sorted({p["row"] for p in json.loads(out.stdout)["problems"]}) == bad_rows, sql


def _copy(src: Path, dst: Path) -> None:
    s, d = sqlite3.connect(src), sqlite3.connect(dst)
    s.backup(d)
    s.close()
    d.close()
