"""Alarms: a desk's chain refused (conflict, gap, broken hash), or a payer matching the bank's
sanctions list at the desk (`sanctions_match`, raised by aml.py with the entry), kept for
people to see.

An alarm is evidence, so it is stored even though the batch that raised it is not. The
same refusal again (a desk retrying with backoff) counts up on the one open alarm instead
of adding rows; an acknowledged alarm stays as it was, and a new one opens if it recurs.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from backoffice.schema import alarms, workstations


def record(conn: Connection, ws_key: int, kind: str, seq: int | None, message: str,
           details: dict, at: str) -> None:
    """Call holding the workstation's row lock (journal.py), so two posts never both insert."""
    same = conn.execute(
        sa.select(alarms.c.alarm_id).where(
            alarms.c.ws_key == ws_key, alarms.c.kind == kind,
            alarms.c.seq.is_(None) if seq is None else alarms.c.seq == seq,
            alarms.c.acknowledged_at.is_(None))
    ).first()
    text = json.dumps(details, ensure_ascii=False, sort_keys=True)
    if same is None:
        conn.execute(alarms.insert().values(ws_key=ws_key, kind=kind, seq=seq, message=message,
                                            details=text, first_at=at, last_at=at, count=1))
    else:
        conn.execute(alarms.update().where(alarms.c.alarm_id == same.alarm_id).values(
            message=message, details=text, last_at=at, count=alarms.c.count + 1))


# What the branch view shows of an alarm's details, besides the message: for a desk to say
# it in its own language. Never a whole IIN (aml.py keeps none in an alarm).
_SHOWN = {"sanctions_match": ("masked_iin", "business_date")}


def as_item(row) -> dict:
    item = {"alarm_id": row.alarm_id, "code": row.kind, "seq": row.seq, "message": row.message,
            "first_at": row.first_at, "last_at": row.last_at, "count": row.count}
    shown = _SHOWN.get(row.kind)
    if shown:
        details = json.loads(row.details)
        item.update({k: details.get(k) for k in shown})
    return item


def open_by_desk(conn: Connection, ws_keys: list[int]) -> dict[int, list[dict]]:
    found: dict[int, list[dict]] = {}
    if not ws_keys:
        return found
    for row in conn.execute(
            sa.select(alarms).where(alarms.c.ws_key.in_(ws_keys),
                                    alarms.c.acknowledged_at.is_(None))
            .order_by(alarms.c.alarm_id)):
        found.setdefault(row.ws_key, []).append(as_item(row))
    return found


def listing(conn: Connection, *, include_acknowledged: bool = False) -> list[dict]:
    query = (sa.select(alarms, workstations.c.workstation_id, workstations.c.branch_id)
             .join(workstations, workstations.c.ws_key == alarms.c.ws_key)
             .order_by(alarms.c.alarm_id))
    if not include_acknowledged:
        query = query.where(alarms.c.acknowledged_at.is_(None))
    return [{**as_item(row), "workstation_id": row.workstation_id, "branch_id": row.branch_id,
             "details": json.loads(row.details), "acknowledged_at": row.acknowledged_at,
             "acknowledged_by": row.acknowledged_by}
            for row in conn.execute(query)]


def acknowledge(conn: Connection, alarm_id: int, by: str, at: str) -> bool:
    done = conn.execute(alarms.update().where(alarms.c.alarm_id == alarm_id,
                                              alarms.c.acknowledged_at.is_(None))
                        .values(acknowledged_at=at, acknowledged_by=by))
    return done.rowcount == 1
