"""A throwaway PostgreSQL server for the back office's tests and benchmarks.

Debian's `postgresql` package (./run installs it): initdb and postgres in a temporary
folder, listening on a unix socket in that folder only (no TCP port to collide with).
initdb and postgres refuse to run as root, and CI runs as root: then both run as the
`postgres` user the package creates (the child drops to it before exec), in a folder
that user owns. The server is a child of the test process that gets SIGTERM if that
process dies, so a killed run leaves no server behind.

Under CI (the CI variable set) a missing PostgreSQL fails the run; elsewhere the
PostgreSQL cases are skipped with the reason.
"""

from __future__ import annotations

import ctypes
import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

PORT = 5432          # names the socket file; nothing listens on TCP
START_TIMEOUT = 60.0
PREFIX = "backoffice-pg-"
STALE_AFTER_S = 3600


class PostgresMissing(RuntimeError):
    pass


def find_bindir() -> Path:
    """Where initdb and postgres are: $BACKOFFICE_PG_BINDIR, Debian's newest, or PATH."""
    env = os.environ.get("BACKOFFICE_PG_BINDIR")
    if env:
        # Named on purpose: no quiet fallback to another PostgreSQL.
        if (Path(env) / "initdb").is_file() and (Path(env) / "postgres").is_file():
            return Path(env)
        raise PostgresMissing(f"BACKOFFICE_PG_BINDIR={env} holds no initdb and postgres")
    candidates = sorted((Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin")),
                         key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
                         reverse=True)
    if shutil.which("initdb"):
        candidates.append(Path(shutil.which("initdb")).parent)
    for d in candidates:
        if (d / "initdb").is_file() and (d / "postgres").is_file():
            return d
    raise PostgresMissing("PostgreSQL is not installed (Debian: apt-get install postgresql; "
                          "./run installs it), or set BACKOFFICE_PG_BINDIR")


def _owner() -> pwd.struct_passwd | None:
    """The unprivileged user the server runs as when we are root; None: ourselves."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(os.environ.get("BACKOFFICE_PG_USER", "postgres"))
    except KeyError:
        raise PostgresMissing("running as root and there is no `postgres` user to run "
                              "PostgreSQL as (Debian's postgresql package creates it)") from None


def _as(user: pwd.struct_passwd | None, die_with_parent: bool):
    def prepare():
        if user is not None:
            os.setgroups([])
            os.setgid(user.pw_gid)
            os.setuid(user.pw_uid)
        if die_with_parent:
            # After setuid: changing credentials clears the parent-death signal.
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)
    return prepare


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale() -> None:
    """Remove clusters a killed run left behind (its server died with it, its folder did
    not): older than an hour and with no live server. A cluster being made or in use by
    another run is young or has its server alive, and stays."""
    for folder in Path(tempfile.gettempdir()).glob(PREFIX + "*"):
        try:
            if time.time() - folder.stat().st_mtime < STALE_AFTER_S:
                continue
            pid_file = folder / "data" / "postmaster.pid"
            if pid_file.exists() and _alive(int(pid_file.read_text().split()[0])):
                continue
        except (OSError, ValueError, IndexError):
            continue
        shutil.rmtree(folder, ignore_errors=True)


class PostgresCluster:
    """`start()`, `url(dbname)`, `create_database()`, `stop()`.

    `durable=False` (tests) turns fsync off: a test never survives a power cut, and
    every CREATE DATABASE would otherwise wait for the disk. Benchmarks keep it on.
    """

    def __init__(self, *, durable: bool = False, settings: dict[str, str] | None = None):
        self.bindir = find_bindir()
        self.user = _owner()
        self.durable = durable
        self.settings = dict(settings or {})
        self.dir: Path | None = None
        self.proc: subprocess.Popen | None = None

    @property
    def data(self) -> Path:
        return self.dir / "data"

    def _run(self, *cmd: str) -> None:
        done = subprocess.run([str(self.bindir / cmd[0]), *cmd[1:]], capture_output=True,
                              text=True, timeout=120, preexec_fn=_as(self.user, False))
        if done.returncode != 0:
            raise RuntimeError(f"{cmd[0]} failed:\n{done.stdout}\n{done.stderr}")

    def start(self) -> PostgresCluster:
        # Not under pytest's tmp_path: that is private to root, and the server's user must
        # reach its folder.
        sweep_stale()
        self.dir = Path(tempfile.mkdtemp(prefix=PREFIX))
        if self.user is not None:
            os.chown(self.dir, self.user.pw_uid, self.user.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--no-locale", *([] if self.durable else ["--no-sync"]))
        options = {"listen_addresses": "", "unix_socket_directories": str(self.dir),
                   "port": str(PORT), "max_connections": "200", "shared_buffers": "256MB",
                   "fsync": "on" if self.durable else "off",
                   "synchronous_commit": "on" if self.durable else "off",
                   "full_page_writes": "on" if self.durable else "off", **self.settings}
        args = [str(self.bindir / "postgres"), "-D", str(self.data)]
        for key, value in options.items():
            args += ["-c", f"{key}={value}"]
        self._args = args
        self._launch()
        return self

    def _launch(self) -> None:
        log = open(self.dir / "server.log", "ab")
        self.proc = subprocess.Popen(self._args, stdout=log, stderr=subprocess.STDOUT,
                                     preexec_fn=_as(self.user, True))
        log.close()
        self._wait_ready()

    def restart(self) -> None:
        """Stop the server (fast shutdown: every client is cut off) and start it again on
        the same data, as an operator's restart or a failover does."""
        self._halt()
        self._launch()

    def _wait_ready(self) -> None:
        import psycopg
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"postgres exited at start:\n{self.log()}")
            try:
                psycopg.connect(self.dsn("postgres"), connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"postgres not ready within {START_TIMEOUT} s:\n{self.log()}")

    def log(self) -> str:
        path = self.dir / "server.log" if self.dir else None
        return path.read_text(errors="replace")[-4000:] if path and path.exists() else ""

    def dsn(self, dbname: str) -> str:
        return f"host={self.dir} port={PORT} user=postgres dbname={dbname}"

    def url(self, dbname: str) -> str:
        return f"postgresql://postgres@/{dbname}?host={self.dir}&port={PORT}"

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; its URL."""
        import psycopg
        name = name or "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def _halt(self) -> None:
        if self.proc is not None:
            self.proc.send_signal(signal.SIGINT)   # fast shutdown: clients are cut off
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None

    def stop(self) -> None:
        self._halt()
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None
