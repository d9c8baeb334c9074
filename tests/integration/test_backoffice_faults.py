"""Faults where they really happen: the PostgreSQL server restarting under a running back
office, and a SQLite database another process holds locked. The desk is told to come back
later (503 with Retry-After), never a 500, and nothing is lost or stored twice."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import time
from pathlib import Path

from tests.support.backoffice_server import BackofficeProcess, shared_cluster
from tests.support.postgres import PostgresCluster
from tests.support.synthetic_journal import desk_days

WS = "ALM-01-W01"


def post(api, entries):
    return api.post("v1/journal", json={"workstation_id": WS, "entries": entries})


def test_a_postgresql_restart_costs_a_retry_not_an_entry(tmp_path):
    shared_cluster()      # skips (or fails under CI) exactly as the other PostgreSQL cases
    cluster = PostgresCluster().start()
    server = BackofficeProcess(cluster.create_database("bo"), tmp_path / "bo", "postgresql")
    try:
        server.start()
        api = server.api(WS)
        entries = list(desk_days(WS, dt.date(2026, 6, 1), 2, 300))
        assert post(api, entries[:300]).status_code == 200
        cluster.restart()
        statuses = []
        for start in range(300, len(entries), 100):
            for _ in range(10):
                resp = post(api, entries[start:start + 100])
                statuses.append(resp.status_code)
                if resp.status_code == 200:
                    break
                assert resp.status_code == 503, resp.text
                assert resp.headers.get("Retry-After")
                time.sleep(0.2)
        # The pool's connection died with the server: one request is told to retry.
        assert 503 in statuses and set(statuses) == {200, 503}, statuses
        assert statuses.count(200) == len(range(300, len(entries), 100)), statuses
        anchor = api.get(f"v1/anchors/{WS}").json()
        assert anchor["seq"] == len(entries) and anchor["hash"] == entries[-1]["hash"]
        assert "Traceback" not in server.log()
    finally:
        server.stop()
        cluster.stop()


def test_a_sqlite_database_held_locked_answers_503_until_it_is_free(tmp_path):
    path = tmp_path / "bo.sqlite"
    server = BackofficeProcess(f"sqlite:///{path}", tmp_path / "bo", "sqlite")
    try:
        server.start()
        api = server.api(WS)
        entries = list(desk_days(WS, dt.date(2026, 6, 1), 1, 50))
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")     # another process writing, past the busy timeout
        resp = post(api, entries)
        holder.execute("ROLLBACK")
        holder.close()
        assert resp.status_code == 503 and resp.headers.get("Retry-After") == "1", resp.text
        assert resp.json()["error"]["code"] == "service_unavailable"
        assert post(api, entries).status_code == 200
        assert api.get(f"v1/anchors/{WS}").json()["seq"] == len(entries)
    finally:
        server.stop()


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _gone(pid: int, within: float = 15.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
            stat = Path(f"/proc/{pid}/stat").read_text().split()
            if stat[2] == "Z":        # a zombie has ended; its parent has not reaped it yet
                return True
        except (ProcessLookupError, FileNotFoundError):
            return True
        time.sleep(0.05)
    return False


def test_a_worker_that_dies_stops_the_service_for_its_supervisor(tmp_path):
    server = BackofficeProcess(f"sqlite:///{tmp_path / 'bo.sqlite'}", tmp_path / "bo", "sqlite",
                               ["--workers", "2"]).start()
    try:
        workers = _children(server.proc.pid)
        assert len(workers) == 2
        os.kill(workers[0], signal.SIGKILL)
        assert server.proc.wait(timeout=30) == 1
        assert _gone(workers[1])
        assert "ended on its own" in server.log()
    finally:
        server.stop()


def test_workers_do_not_outlive_a_killed_parent(tmp_path):
    server = BackofficeProcess(f"sqlite:///{tmp_path / 'bo.sqlite'}", tmp_path / "bo", "sqlite",
                               ["--workers", "2"]).start()
    workers = _children(server.proc.pid)
    assert len(workers) == 2
    server.proc.kill()
    server.proc.wait()
    server.proc = None
    assert all(_gone(pid) for pid in workers)
