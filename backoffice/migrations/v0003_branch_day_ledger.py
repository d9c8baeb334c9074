"""3: the chart of accounts a branch day was closed with.

A closed branch day's postings are read with the chart kept here (postings.py), so a
later change of the setting `ledger` does not rewrite the books of days already closed.
NULL: no usable chart was set when the day was closed; its postings follow the current one.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection


def upgrade(conn: Connection) -> None:
    conn.execute(sa.text("ALTER TABLE branch_days ADD COLUMN ledger TEXT"))
