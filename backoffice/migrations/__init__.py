"""Numbered schema migrations, the same steps on PostgreSQL and on SQLite.

`schema_version` holds one row per step applied. Each step runs in its own write
transaction together with its row, so a step is applied whole or not at all (DDL is
transactional on both engines). Two servers starting at once on one new database do
not both apply a step: the first holds the lock (PostgreSQL: a transaction-scoped
advisory lock; SQLite: BEGIN IMMEDIATE) and the second finds the row when it gets it.

A new step is a module `vNNNN_name.py` with `upgrade(conn)`, listed in STEPS; it
changes schema.py's tables the same way.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from backoffice import db
from backoffice.migrations import (
    v0001_initial,
    v0002_setting_versions,
    v0003_branch_day_ledger,
    v0004_aml_register,
)
from backoffice.schema import schema_version

log = logging.getLogger("backoffice")

Step = Callable[[Connection], None]
STEPS: list[tuple[int, str, Step]] = [
    (1, "journal, branch view, room for people and settings", v0001_initial.upgrade),
    (2, "each desk's settings version by index", v0002_setting_versions.upgrade),
    (3, "the chart of accounts kept with a branch day's close", v0003_branch_day_ledger.upgrade),
    (4, "the AML register's rows, and the journal held so far in it", v0004_aml_register.upgrade),
]
LATEST = STEPS[-1][0]
# Any constant will do: it names the migrations' lock among the database's advisory locks.
_LOCK_KEY = 0x6261636b6f6666   # "backoff"


class SchemaTooNew(RuntimeError):
    pass


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def current(conn: Connection) -> int:
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(sa.select(sa.func.coalesce(sa.func.max(schema_version.c.version), 0))
                        ).scalar_one()


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})


def migrate(engine: Engine) -> int:
    """Apply every step the database lacks; returns the version it is at."""
    with db.writing(engine) as conn:
        _lock(conn)
        schema_version.create(conn, checkfirst=True)
    for number, name, upgrade in STEPS:
        with db.writing(engine) as conn:
            _lock(conn)
            have = current(conn)
            if have > LATEST:
                raise SchemaTooNew(f"the database is at schema version {have}; this back office "
                                   f"knows up to {LATEST}: run a newer one")
            if have >= number:
                continue
            log.info("applying schema step %d: %s", number, name)
            upgrade(conn)
            conn.execute(schema_version.insert().values(version=number, name=name,
                                                        applied_at=_now()))
    with db.reading(engine) as conn:
        return current(conn)
