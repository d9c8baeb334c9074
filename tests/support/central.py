"""People and settings at a back office of the test module's own.

Users and the bank's settings are bank-wide: every desk that pulls gets them. Tests that
add users or set the bank's layer therefore run against a server of their own
(`own_backoffice`, module-scoped, parametrized sqlite | postgresql like `backoffice`),
never the run's shared one, whose desks belong to other tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.support.backoffice_server import (
    ENGINES,
    ROOT,
    BackofficeProcess,
    new_database_url,
)


@pytest.fixture(scope="module", params=ENGINES)
def own_backoffice(request, tmp_path_factory) -> BackofficeProcess:
    folder = tmp_path_factory.mktemp(f"bo-{request.param}")
    if request.param == "postgresql":
        from tests.support.backoffice_server import shared_cluster
        shared_cluster()   # skips (or fails under CI) when there is no PostgreSQL
    server = BackofficeProcess(new_database_url(request.param, folder), folder,
                               request.param).start()
    yield server
    server.stop()
    if server._engine is not None:
        server._engine.dispose()


def unique_branch(prefix: str = "B") -> str:
    return f"{prefix}{uuid.uuid4().hex[:6].upper()}"


def unique_user(prefix: str = "u") -> str:
    return f"{prefix}.{uuid.uuid4().hex[:8]}"


def bo_cli(server: BackofficeProcess, *args: str, password: str | None = None,
           timeout: float = 60) -> subprocess.CompletedProcess:
    """`python -m backoffice ARGS --db <the server's database>`, as an operator runs it."""
    env = {k: v for k, v in os.environ.items() if k != "BACKOFFICE_NEW_PASSWORD"}
    if password is not None:
        env["BACKOFFICE_NEW_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "backoffice", *args, "--db", server.db_url],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
                          check=False, stdin=subprocess.DEVNULL)


def cashier_cli(home: Path, server: BackofficeProcess, ws_id: str, branch_id: str, *args: str,
                **env: str) -> subprocess.CompletedProcess:
    """`python -m cashier ARGS` at a desk pointed at `server`."""
    full = {**os.environ, "CASHIER_HOME": str(home), "CASHIER_WORKSTATION_ID": ws_id,
            "CASHIER_SPC_TOKEN": "unused-by-these-commands",
            "CASHIER_BACKOFFICE_URL": server.url,
            "CASHIER_BACKOFFICE_TOKEN": server.token_for(ws_id, branch_id), **env}
    return subprocess.run([sys.executable, "-m", "cashier", *args], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=120, check=False,
                          stdin=subprocess.DEVNULL)
