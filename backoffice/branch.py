"""GET /v1/branches/{branch_id}/desks: every desk of a branch on one screen.

Three indexed queries whatever the history's length: the branch's workstations with their
presence and the day's sums (desk_days), their open sessions, their open alarms. All of it
is kept up by derive.py as the journal arrives, so nothing here scans the journal.
"""

from __future__ import annotations

import json

import sqlalchemy as sa

from backoffice import alarms, clock, db
from backoffice.schema import desk_days, presence, sessions, workstations
from backoffice.validation import wire_money

# A literal, not a bound parameter: PostgreSQL uses the partial index sessions_open only
# for a predicate it can prove from the query's text.
_OPEN = sa.literal_column("'open'")


def _session(row) -> dict:
    expected = (row.opening_float + row.received - row.change_given - row.refunds
                - row.handovers)
    return {"session_id": row.session_id, "teller_id": row.teller_id,
            "business_date": row.business_date, "opened_at": row.opened_at,
            "float": wire_money(row.opening_float), "received": wire_money(row.received),
            "change": wire_money(row.change_given), "refunds": wire_money(row.refunds),
            "handovers": wire_money(row.handovers), "expected_cash": wire_money(expected)}


def desks(source: db.Source, branch_id: str, business_date: str) -> dict:
    w, p, d = workstations.c, presence.c, desk_days.c
    # One snapshot: a batch landing between two queries would otherwise show a payment in
    # the session's cash and not yet in the day's count.
    with db.reading(source, snapshot=True) as conn:
        rows = conn.execute(
            sa.select(w.ws_key, w.workstation_id, w.last_seq, w.last_post_at, p.last_seen,
                      p.signed_in, p.spc, d.payments_count, d.payments_amount, d.voids_count,
                      d.voids_amount, d.closed_seq)
            .select_from(workstations
                         .outerjoin(presence, p.ws_key == w.ws_key)
                         .outerjoin(desk_days, sa.and_(d.ws_key == w.ws_key,
                                                       d.business_date == business_date)))
            .where(w.branch_id == branch_id)
            .order_by(w.workstation_id)).all()
        keys = [r.ws_key for r in rows]
        open_sessions: dict[int, object] = {}
        if keys:
            for s in conn.execute(sa.select(sessions)
                                  .where(sessions.c.ws_key.in_(keys), sessions.c.state == _OPEN)
                                  .order_by(sessions.c.opened_seq)):
                open_sessions[s.ws_key] = s     # the latest, if a desk left two open
        open_alarms = alarms.open_by_desk(conn, keys)
    items = []
    for r in rows:
        seen = [t for t in (r.last_seen, r.last_post_at) if t]
        session = open_sessions.get(r.ws_key)
        items.append({
            "workstation_id": r.workstation_id,
            "last_seen": max(seen) if seen else None,
            "signed_in": r.signed_in,
            "journal_seq": r.last_seq,
            "alarms": open_alarms.get(r.ws_key, []),
            "day": "closed" if r.closed_seq is not None else "open",
            "session": _session(session) if session is not None else None,
            "payments": {"count": r.payments_count or 0,
                         "amount": wire_money(r.payments_amount or 0)},
            "voids": {"count": r.voids_count or 0, "amount": wire_money(r.voids_amount or 0)},
            "spc": json.loads(r.spc) if r.spc else None,
        })
    return {"branch_id": branch_id, "business_date": business_date, "time": clock.stamp(),
            "desks": items}
