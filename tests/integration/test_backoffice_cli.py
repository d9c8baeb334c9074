"""`python -m backoffice`: serve, token, alarms, migrate, as an operator runs them."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
import time

import pytest
import requests
import sqlalchemy as sa

from backoffice import db, schema
from tests.support import backoffice_server
from tests.support.backoffice_server import ROOT

backoffice_url = backoffice_server.backoffice_url     # the fixture, found by its name


def bo(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "backoffice", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def test_a_token_is_printed_once_and_only_its_hash_is_kept(backoffice_url):
    done = bo("token", "ALM-01-W01", "--branch", "ALM-01", "--db", backoffice_url)
    assert done.returncode == 0, done.stderr
    token = done.stdout.strip()
    assert len(token) >= 40 and "\n" not in token
    again = bo("token", "ALM-01-W01", "--branch", "ALM-01", "--db", backoffice_url)
    assert again.returncode == 0 and again.stdout.strip() != token
    engine = db.create_engine(backoffice_url, pool_size=1)
    with engine.connect() as conn:
        kept = conn.execute(sa.select(schema.tokens.c.token_sha256)).scalars().all()
        workstations = conn.execute(sa.select(schema.workstations.c.workstation_id,
                                              schema.workstations.c.branch_id)).all()
        dump = " ".join(str(v) for t in schema.metadata.sorted_tables
                        for row in conn.execute(sa.select(t)) for v in row)
    engine.dispose()
    assert hashlib.sha256(token.encode()).hexdigest() in kept and len(kept) == 2
    assert token not in dump
    assert [tuple(w) for w in workstations] == [("ALM-01-W01", "ALM-01")]


def test_a_desk_cannot_be_moved_to_another_branch_nor_named_with_garbage(backoffice_url):
    assert bo("token", "ALM-01-W01", "--branch", "ALM-01", "--db", backoffice_url).returncode == 0
    moved = bo("token", "ALM-01-W01", "--branch", "AST-01", "--db", backoffice_url)
    assert moved.returncode == 1 and "belongs to branch ALM-01" in moved.stderr
    for bad in ("W 01", "", "W01\n", "я"):
        assert bo("token", bad, "--branch", "ALM-01", "--db", backoffice_url).returncode == 1


def test_a_database_url_it_cannot_use_is_a_clear_error(tmp_path):
    for url in ("mysql://u@h/db", "sqlite://"):
        done = bo("token", "W1", "--branch", "B1", "--db", url)
        assert done.returncode == 2 and "--db" in done.stderr, done.stderr


def test_serve_writes_its_port_once_listening_and_refuses_a_public_address(backoffice_url,
                                                                            tmp_path):
    port_file = tmp_path / "bo.port"
    proc = subprocess.Popen([sys.executable, "-m", "backoffice", "serve", "--db", backoffice_url,
                             "--port", "0", "--port-file", str(port_file)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not port_file.exists() and time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read()
            time.sleep(0.05)
        port = int(port_file.read_text())
        assert proc.stdout.readline().strip() == str(port)
        health = requests.get(f"http://127.0.0.1:{port}/v1/health", timeout=5).json()
        assert health["status"] == "ok"
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    assert not port_file.exists()
    done = bo("serve", "--db", backoffice_url, "--host", "0.0.0.0", "--port", "0")
    assert done.returncode == 2 and "loopback" in done.stderr


def test_alarms_are_listed_for_people_and_as_json(backoffice_url):
    from backoffice import alarms, tokens
    from backoffice.migrations import migrate
    engine = db.create_engine(backoffice_url, pool_size=1)
    migrate(engine)
    tokens.create_token(engine, "ALM-01-W05", "ALM-01")
    with db.writing(engine) as conn:
        ws_key = conn.execute(sa.select(schema.workstations.c.ws_key)).scalar_one()
        alarms.record(conn, ws_key, "chain_conflict", 17, "seq 17 has another hash\x1b[2J",
                      {"held": "a" * 64, "sent": "b" * 64}, "2026-04-01T10:00:00.000+00:00")
    engine.dispose()
    text = bo("alarms", "--db", backoffice_url)
    assert text.returncode == 0, text.stderr
    assert "ALM-01/ALM-01-W05 chain_conflict seq=17" in text.stdout and "OPEN" in text.stdout
    assert "\x1b" not in text.stdout
    listed = json.loads(bo("alarms", "--db", backoffice_url, "--json").stdout)
    assert [(a["workstation_id"], a["code"], a["seq"], a["count"]) for a in listed] == [
        ("ALM-01-W05", "chain_conflict", 17, 1)]
    assert listed[0]["details"]["held"] == "a" * 64
    # Dealt with: acknowledged by someone, gone from the open ones, kept in the record.
    alarm_id = str(listed[0]["alarm_id"])
    assert bo("alarms", "--db", backoffice_url, "--ack", alarm_id).returncode == 2
    done = bo("alarms", "--db", backoffice_url, "--ack", alarm_id, "--by", "it.admin")
    assert done.returncode == 0, done.stderr
    assert bo("alarms", "--db", backoffice_url, "--ack", alarm_id, "--by", "it.admin"
              ).returncode == 1
    assert bo("alarms", "--db", backoffice_url).stdout.strip() == "no open alarms"
    [kept] = json.loads(bo("alarms", "--db", backoffice_url, "--json", "--all").stdout)
    assert kept["acknowledged_by"] == "it.admin" and kept["acknowledged_at"]


def test_migrate_says_the_version(backoffice_url):
    from backoffice.migrations import LATEST
    done = bo("migrate", "--db", backoffice_url)
    assert done.returncode == 0 and done.stdout.strip() == f"schema version {LATEST}"


def test_the_sqlite_file_is_its_owners_alone(tmp_path):
    path = tmp_path / "bo.sqlite"
    assert bo("migrate", "--db", f"sqlite:///{path}").returncode == 0
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


@pytest.mark.parametrize("flag", ["--json", None])
def test_no_alarms_is_said_plainly(backoffice_url, flag):
    done = bo("alarms", "--db", backoffice_url, *([flag] if flag else []))
    assert done.returncode == 0
    assert done.stdout.strip() == ("[]" if flag else "no open alarms")
