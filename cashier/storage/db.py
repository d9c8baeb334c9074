"""The workstation's SQLite database: one file, WAL, every commit fsynced.

A payment is only as safe as the commit that wrote it, so `synchronous=FULL`
is not negotiable here (about 0.4 ms per commit on this hardware).
`atomic()` opens `BEGIN IMMEDIATE` at the outermost level so a writer takes the
lock up front instead of failing half-way with SQLITE_BUSY, and savepoints when
nested, so a use case can call another and still roll back as one.

The file is created 0600 in a 0700 folder before SQLite opens it: SQLite would
make it 0644, and it gives its -wal and -shm files the database's own mode.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from cashier.storage import fileio, migrations
from cashier.storage.disk import disk_full, storage_error  # noqa: F401 (db's API)

BUSY_TIMEOUT_MS = 10_000

_savepoint_counter = threading.local()


def connect(path: str | Path, migrate: bool = True) -> sqlite3.Connection:
    """Open (and create or upgrade) the workstation database."""
    path = Path(path)
    try:
        fileio.create_private(path)
    except OSError as exc:
        problem = storage_error(exc)
        if problem is None:
            raise
        raise problem from exc
    # isolation_level=None: we issue BEGIN ourselves, so Python never opens a
    # transaction behind our back.
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if migrate:
            migrations.upgrade(conn)
    except sqlite3.Error as exc:
        conn.close()
        # WAL needs its -shm file at every open: on a full disk that fails as a plain
        # "disk I/O error", so the free space decides what to tell people.
        problem = disk_full(str(exc)) if _no_space_left(path.parent) else storage_error(exc)
        if problem is None:
            raise
        raise problem from exc
    return conn


def _no_space_left(folder: Path) -> bool:
    try:
        st = os.statvfs(folder)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < 64 * 1024


@contextmanager
def atomic(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One unit of work: commits when the block ends, rolls back on any exception.

    A COMMIT can fail (a full disk, an I/O error, a deferred constraint). SQLite
    then leaves the transaction open, and the next `atomic()` on this connection
    would only add a savepoint to it and commit nothing, silently. So a failed
    COMMIT is rolled back here, as sqlite-utils does, and the error goes on up:
    the unit of work either happened as a whole or not at all.
    A full disk or a failing one comes out as a StorageError people can act on.
    """
    if conn.in_transaction:
        depth = getattr(_savepoint_counter, "n", 0) + 1
        _savepoint_counter.n = depth
        name = f"sp_{depth}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            # SQLite may have rolled the whole transaction back already (SQLITE_FULL can):
            # then there is no savepoint left to roll back to.
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            raise
        else:
            conn.execute(f"RELEASE {name}")
        finally:
            _savepoint_counter.n = depth - 1
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            _rollback(conn)
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise
    except sqlite3.Error as exc:
        problem = storage_error(exc)
        if problem is None:
            raise
        raise problem from exc


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def require_transaction(conn: sqlite3.Connection) -> None:
    """For helpers that write one part of a unit of work: refuse to run outside one.

    Outside a transaction each statement would commit on its own, and a crash
    between two of them would leave half a payment."""
    if not conn.in_transaction:
        raise RuntimeError("this must run inside db.atomic(): it is one part of a unit of work")


def stamp(moment: datetime) -> str:
    """A time for a column that is compared or sorted in SQL: UTC, fixed width.

    Local times with their offset do not sort as text across a DST change
    (02:50+02:00 is earlier than 02:10+01:00) and differ in width with and
    without microseconds, so every scheduling column uses this form.
    """
    if moment.tzinfo is None:
        raise ValueError("naive datetime: every stored time must carry its zone")
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def get_state(conn: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_state(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    conn.execute("INSERT INTO state(key, value) VALUES(?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
