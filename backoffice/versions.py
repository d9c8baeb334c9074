"""The bank-wide version counters of people and settings (the `counters` table).

A change bumps its counter first in its write transaction: the counter's row stays locked
until the change commits, so writers of one kind take turns and versions are committed
in the order they are numbered. A desk that holds version N has then seen every change
up to N, and asking for what is newer than N never skips one committed late.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from backoffice.schema import counters

USERS, SETTINGS = "users", "settings"


def bump(conn: Connection, name: str) -> int:
    """The next version of `name`, in the caller's write transaction."""
    return conn.execute(counters.update().where(counters.c.name == name)
                        .values(value=counters.c.value + 1).returning(counters.c.value)
                        ).scalar_one()


def current(conn: Connection, name: str) -> int:
    value = conn.execute(sa.select(counters.c.value).where(counters.c.name == name)).scalar()
    return value or 0
