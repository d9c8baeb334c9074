"""Engines for the two stores, and the transactions every use case runs in.

One code path for both engines: SQLAlchemy Core over psycopg 3 (PostgreSQL) or the
standard sqlite3 module (SQLite). What differs is kept here:
- SQLite runs in WAL with synchronous=FULL (an accepted batch survives a power cut), and
  a write transaction starts with BEGIN IMMEDIATE so two writers never both read the
  chain head and then both append to it; a read starts with a plain BEGIN and never
  waits for the writer.
- PostgreSQL serialises writers per workstation with SELECT ... FOR UPDATE on its row
  (journal.py); readers see the last committed state.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

BUSY_TIMEOUT_S = 10


class BadUrl(ValueError):
    pass


def parse_url(text: str) -> sa.URL:
    """`postgresql://...` (psycopg 3) or `sqlite:///path`; anything else is refused."""
    try:
        url = sa.make_url(text)
    except Exception as exc:  # noqa: BLE001 - SQLAlchemy raises several kinds
        raise BadUrl(f"not a database URL: {exc}") from None
    backend, _, driver = url.drivername.partition("+")
    if backend in ("postgresql", "postgres") and driver in ("", "psycopg"):
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite" and driver in ("", "pysqlite"):
        if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
            raise BadUrl("a SQLite URL needs a file path: sqlite:///relative or "
                         "sqlite:////absolute")
        return url.set(drivername="sqlite+pysqlite")
    raise BadUrl(f"unsupported database {url.drivername!r}: use postgresql://... or sqlite:///path")


def shown(url: sa.URL | str) -> str:
    """A URL fit for a log: never the password."""
    url = sa.make_url(url) if isinstance(url, str) else url
    return url.render_as_string(hide_password=True)


def create_engine(text: str, *, pool_size: int = 10) -> Engine:
    url = parse_url(text)
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    # No ping before every checkout (a round trip per request): after the database
    # restarts, the first request on a dead connection gets a 503, SQLAlchemy drops the
    # pool's connections, and the desk's retry finds fresh ones.
    return sa.create_engine(url, pool_size=pool_size, max_overflow=2 * pool_size,
                            pool_timeout=BUSY_TIMEOUT_S)


def _sqlite_engine(url: sa.URL) -> Engine:
    path = Path(url.database)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        # The journal of every desk of a bank: readable by its owner only.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S,
                                                 "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):
        # The driver's own implicit BEGIN would start every transaction DEFERRED; the
        # "begin" hook below opens them itself, in the mode the caller asked for.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection):
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def is_sqlite(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "sqlite"


Source = Engine | Connection


@contextmanager
def _connected(source: Source) -> Iterator[Connection]:
    # A request authenticates and works on one pooled connection: one checkout, not two.
    if isinstance(source, Connection):
        yield source
    else:
        with source.connect() as conn:
            yield conn


@contextmanager
def writing(source: Source) -> Iterator[Connection]:
    """One write transaction: committed when the block ends, rolled back if it raises."""
    with _connected(source) as conn:
        conn.execution_options(sqlite_begin="IMMEDIATE")
        with conn.begin():
            yield conn


@contextmanager
def reading(source: Source, *, snapshot: bool = False) -> Iterator[Connection]:
    """One read transaction. `snapshot`: every query of the block sees the same committed
    state (SQLite's read transactions always do)."""
    with _connected(source) as conn:
        conn.execution_options(sqlite_begin="DEFERRED")
        if snapshot and conn.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with conn.begin():
            yield conn


def insert_many(conn: Connection, table: sa.Table, columns: tuple[str, ...],
                rows: list[tuple]) -> None:
    """Insert rows (tuples in the order of `columns`) as fast as the engine allows.

    PostgreSQL: COPY, in the transaction of `conn`: an executemany sends one INSERT per
    row, and the journal's ingest rate halves. SQLite: the driver's executemany, which is
    in-process already. Both take the values as they are, without building a dict per row.
    """
    if not rows:
        return
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(table.c[n].name) for n in columns)
    if conn.dialect.name != "postgresql":
        marks = ", ".join("?" * len(columns))
        conn.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})", rows)
        return
    with conn.connection.dbapi_connection.cursor() as cur, \
            cur.copy(f"COPY {quote(table.name)} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
