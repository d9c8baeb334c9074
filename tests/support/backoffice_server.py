"""The back office as a real subprocess on loopback, on SQLite or on a real PostgreSQL.

Fixtures (import them into a test module by name):
- `postgres_cluster`: the one throwaway PostgreSQL server of the run (tests/support/postgres.py);
  missing PostgreSQL fails the run under CI and skips the case elsewhere;
- `backoffice_url`: a new empty database per test, parametrized sqlite | postgresql;
- `backoffice`: a running server per engine for the whole run (parametrized the same way);
  tests keep apart by using workstation ids of their own (`unique_ws`).
A `BackofficeProcess` has `.url`, `.db_url`, `.engine_name`, `.token_for(ws, branch)`,
`.api(ws, branch)` (a requests.Session with the token and relative URLs), `.stop()`,
`.start()` (same port, same database); `serve_args` are more options of `python -m backoffice
serve` (e.g. `["--workers", "2"]`).
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import pytest
import requests

from tests.support.postgres import PostgresCluster, PostgresMissing
from tests.support.server_process import Api, die_with_parent

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 30.0
ENGINES = ["sqlite", "postgresql"]


class BackofficeProcess:
    def __init__(self, db_url: str, workdir: Path, engine_name: str,
                 serve_args: list[str] | None = None):
        self.db_url = db_url
        self.serve_args = list(serve_args or [])
        self.workdir = workdir
        self.engine_name = engine_name
        self.port_file = workdir / "backoffice.port"
        self.log_path = workdir / "backoffice.log"
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self._tokens: dict[str, str] = {}
        self._engine = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> BackofficeProcess:
        assert self.proc is None, "already running"
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.port_file.unlink(missing_ok=True)
        cmd = [sys.executable, "-m", "backoffice", "serve", "--db", self.db_url,
               "--port", str(self.port), "--port-file", str(self.port_file), *self.serve_args]
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                     preexec_fn=die_with_parent)
        log.close()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.proc = None
                raise RuntimeError(f"back office exited at start:\n{self.log()}")
            if self.port_file.exists():
                self.port = int(self.port_file.read_text())
                try:
                    if requests.get(self.url + "v1/health", timeout=2).status_code == 200:
                        return self
                except requests.ConnectionError:
                    pass
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"back office not healthy within {START_TIMEOUT} s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-6000:] if self.log_path.exists() else ""

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc = None

    @property
    def engine(self):
        """An engine of the test process's own on the server's database, to look inside."""
        if self._engine is None:
            from backoffice import db
            self._engine = db.create_engine(self.db_url, pool_size=2)
        return self._engine

    def token_for(self, workstation_id: str, branch_id: str = "ALM-01") -> str:
        if workstation_id not in self._tokens:
            from backoffice.tokens import create_token
            self._tokens[workstation_id] = create_token(self.engine, workstation_id, branch_id)
        return self._tokens[workstation_id]

    def api(self, workstation_id: str | None, branch_id: str = "ALM-01") -> Api:
        """A session for a workstation (None: no token at all)."""
        return Api(self.url, self.token_for(workstation_id, branch_id) if workstation_id else None,
                   timeout=30)


# One PostgreSQL server and one back office per engine for the whole run, whichever
# module asks first: pytest would make a session fixture imported into two modules twice.
_lock = threading.Lock()
_shared: dict[str, object] = {}


def _cleanup() -> None:
    # Servers first, the PostgreSQL they use last.
    for key in reversed(list(_shared)):
        thing = _shared.pop(key)
        if isinstance(thing, Exception):
            continue
        thing.stop()
        if isinstance(thing, BackofficeProcess):
            shutil.rmtree(thing.workdir, ignore_errors=True)


atexit.register(_cleanup)


def shared_cluster() -> PostgresCluster:
    with _lock:
        if "pg" not in _shared:
            try:
                _shared["pg"] = PostgresCluster().start()
            except PostgresMissing as exc:
                _shared["pg"] = exc
        found = _shared["pg"]
    if isinstance(found, Exception):
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required under CI: {found}", pytrace=False)
        pytest.skip(str(found))
    return found


def new_database_url(engine_name: str, folder: Path) -> str:
    if engine_name == "sqlite":
        return f"sqlite:///{folder / ('bo-' + uuid.uuid4().hex[:8] + '.sqlite')}"
    return shared_cluster().create_database()


def shared_server(engine_name: str) -> BackofficeProcess:
    key = "server-" + engine_name
    with _lock:
        server = _shared.get(key)
    if server is None:
        folder = Path(tempfile.mkdtemp(prefix=f"backoffice-{engine_name}-"))
        server = BackofficeProcess(new_database_url(engine_name, folder), folder, engine_name)
        server.start()
        with _lock:
            _shared[key] = server
    return server


@pytest.fixture(scope="session")
def postgres_cluster() -> PostgresCluster:
    return shared_cluster()


@pytest.fixture(params=ENGINES)
def backoffice_url(request, tmp_path) -> str:
    return new_database_url(request.param, tmp_path)


@pytest.fixture(params=ENGINES)
def backoffice(request) -> BackofficeProcess:
    server = shared_server(request.param)
    assert server.proc is not None and server.proc.poll() is None, server.log()
    return server


def unique_ws(prefix: str = "ALM-01-W") -> str:
    return f"{prefix}{uuid.uuid4().hex[:8]}"
