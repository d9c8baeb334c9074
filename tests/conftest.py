"""The reference SPC as a real subprocess on loopback, for integration tests.

`spc_server` (one per session) and `fresh_spc` (one per test, its own database)
yield an `SpcProcess`: `.url`, `.db_path`, `.token_for(workstation_id)`,
`.api(workstation_id)` (a requests.Session with the token and relative URLs),
`.stop()`, `.start()` (same port, same database). `.serve_args` are extra options of
`python -m spc serve` (e.g. `["--late-days", "3"]`), read at every start.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from cashier.identity import users as _users
from tests.support.server_process import Api, die_with_parent

# Real Argon2id, with the cost turned down for the hundreds of users tests make
# (100 ms each at the production cost). Production parameters are unaffected.
def _cheap_hasher():
    from argon2 import PasswordHasher
    return PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)


_users._hasher = _cheap_hasher

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 30.0


class SpcProcess:
    def __init__(self, workdir: Path, demo_accounts: int = 1000, serve_args: list[str] | None = None):
        self.workdir = workdir
        self.db_path = workdir / "spc.sqlite"
        self.port_file = workdir / "spc.port"
        self.log_path = workdir / "spc.log"
        self.demo_accounts = demo_accounts
        self.serve_args = list(serve_args or [])
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self._tokens: dict[str, str] = {}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> None:
        """Start (or restart on the same port and database) and wait until healthy."""
        assert self.proc is None, "already running"
        self.port_file.unlink(missing_ok=True)
        cmd = [sys.executable, "-m", "spc", "serve", "--db", str(self.db_path),
               "--port", str(self.port), "--port-file", str(self.port_file),
               "--demo-accounts", str(self.demo_accounts), *self.serve_args]
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                     preexec_fn=die_with_parent if sys.platform == "linux" else None)
        log.close()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.proc = None
                raise RuntimeError(f"SPC exited at start:\n{self.log_path.read_text()}")
            if self.port_file.exists():
                self.port = int(self.port_file.read_text())
                try:
                    if requests.get(self.url + "v1/health", timeout=2).status_code == 200:
                        return
                except requests.ConnectionError:
                    pass
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"SPC not healthy within {START_TIMEOUT} s:\n{self.log_path.read_text()}")

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

    def token_for(self, workstation_id: str) -> str:
        if workstation_id not in self._tokens:
            from spc.store import create_token
            self._tokens[workstation_id] = create_token(self.db_path, workstation_id)
        return self._tokens[workstation_id]

    def api(self, workstation_id: str | None = "ALM-01-W01") -> Api:
        """A session for a workstation (None: no token at all)."""
        return Api(self.url, self.token_for(workstation_id) if workstation_id else None)


@pytest.fixture(scope="session")
def spc_server(tmp_path_factory):
    server = SpcProcess(tmp_path_factory.mktemp("spc"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def fresh_spc(tmp_path):
    server = SpcProcess(tmp_path / "spc", demo_accounts=50)
    server.workdir.mkdir()
    server.start()
    try:
        yield server
    finally:
        server.stop()
