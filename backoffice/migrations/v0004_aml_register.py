"""4: the AML register's rows (aml_events), built for the journal already held.

The table as it was at version 4. Entries that arrived before this step (identified
payments, structuring flags, sanctions matches from desks already running the bank's
controls) are read once from the journal and derived as a new batch would be
(backoffice/aml.py, as it is when the step runs): each gets its register row, and each
sanctions match its alarm, since nobody at the back office was told of it. The journal
is read in pages by its primary key, the payments it names through theirs.
"""

from __future__ import annotations

from types import SimpleNamespace

import sqlalchemy as sa
from sqlalchemy.engine import Connection

KEY = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
PAGE = 1000


def upgrade(conn: Connection) -> None:
    md = sa.MetaData()
    table = sa.Table(
        "aml_events", md,
        sa.Column("ws_key", KEY, primary_key=True, autoincrement=False),
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("business_date", sa.String(10), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("payment_id", sa.String(100)),
        sa.Index("aml_events_day", "business_date"),
    )
    table.create(conn)
    _backfill(conn)


def _backfill(conn: Connection) -> None:
    import json

    from backoffice import aml
    from backoffice.schema import journal, payments

    j, p = journal.c, payments.c
    wanted = sa.or_(j.action == "screening.hit",
                    sa.and_(j.action == "payment.accepted",
                            sa.or_(j.details.like('%"payer":%'), j.details.like('%"aml_flags":%'))))
    after = (0, 0)
    while True:
        rows = conn.execute(
            sa.select(j.ws_key, j.seq, j.at, j.action, j.subject, j.details, p.payment_id,
                      p.business_date)
            .select_from(journal.outerjoin(payments, sa.and_(p.ws_key == j.ws_key,
                                                             p.seq == j.seq)))
            .where(sa.tuple_(j.ws_key, j.seq) > sa.tuple_(*after), wanted)
            .order_by(j.ws_key, j.seq).limit(PAGE)).all()
        if not rows:
            return
        by_desk: dict[int, list[tuple]] = {}
        for r in rows:
            try:
                details = json.loads(r.details)
            except ValueError:
                continue
            if not isinstance(details, dict):
                continue
            e = SimpleNamespace(seq=r.seq, at=r.at, subject=r.subject, details=details)
            if r.action == "screening.hit":
                by_desk.setdefault(r.ws_key, []).append((e, "screening_hit", None, None))
            elif r.payment_id is not None and (kind := aml.payment_kind(details)):
                by_desk.setdefault(r.ws_key, []).append((e, kind, r.payment_id,
                                                         r.business_date))
        for ws_key, items in by_desk.items():
            aml.store(conn, ws_key, items)
        after = (rows[-1].ws_key, rows[-1].seq)
