"""POST /v1/heartbeat: who is at the desk and how its queue to the SPC stands.

Kept in a table of its own, one row per desk: a heartbeat never waits for the
workstation row that a journal post holds locked.
"""

from __future__ import annotations

import json

from sqlalchemy.dialects import postgresql, sqlite

from backoffice import clock, db, settings_store
from backoffice.errors import forbidden
from backoffice.schema import presence
from backoffice.tokens import Desk
from backoffice.validation import (
    MAX_SEQ,
    boolean,
    closed_object,
    ident,
    integer,
    money,
    optional_rfc3339,
    require_object,
    rfc3339,
    text,
)
from backoffice.versions import USERS, current

BODY_KEYS = frozenset({"workstation_id", "at", "app_version", "signed_in", "spc"})
SPC_KEYS = frozenset({"reachable", "waiting", "waiting_amount", "oldest_waiting_at", "rejected",
                      "last_contact_at"})


def parse(body: object, desk: Desk) -> dict:
    body = require_object(body, None)
    closed_object(body, BODY_KEYS)
    if ident(body["workstation_id"], "workstation_id") != desk.workstation_id:
        raise forbidden("workstation_id is not the token's workstation.", "workstation_id")
    spc = require_object(body["spc"], "spc")
    closed_object(spc, SPC_KEYS, "spc.")
    return {
        "at": rfc3339(body["at"], "at"),
        "app_version": text(body["app_version"], "app_version", 100),
        "signed_in": None if body["signed_in"] is None else ident(body["signed_in"], "signed_in"),
        # Stored as the server re-states it: nothing the client added is kept.
        "spc": {"reachable": boolean(spc["reachable"], "spc.reachable"),
                "waiting": integer(spc["waiting"], "spc.waiting", 0, MAX_SEQ),
                "waiting_amount": _money_text(spc["waiting_amount"], "spc.waiting_amount"),
                "oldest_waiting_at": optional_rfc3339(spc["oldest_waiting_at"],
                                                      "spc.oldest_waiting_at"),
                "rejected": integer(spc["rejected"], "spc.rejected", 0, MAX_SEQ),
                "last_contact_at": optional_rfc3339(spc["last_contact_at"],
                                                    "spc.last_contact_at")},
    }


def _money_text(value: object, field: str) -> str:
    money(value, field)
    return value


def versions(conn, desk: Desk) -> dict[str, int]:
    """What the desk compares with what it holds: the bank's users version, and the version
    of its own settings (settings_store.py: another branch's changes do not move it)."""
    return {"users_version": current(conn, USERS),
            "settings_version": settings_store.desk_version(conn, desk.branch_id,
                                                            desk.workstation_id)}


def beat(source: db.Source, desk: Desk, fields: dict) -> dict:
    """Keep the desk's presence (parsed by `parse`); the answer of POST /v1/heartbeat."""
    now = clock.now()
    row = {"ws_key": desk.ws_key, "last_seen": clock.stamp(now), "at": fields["at"],
           "app_version": fields["app_version"], "signed_in": fields["signed_in"],
           "spc": json.dumps(fields["spc"], ensure_ascii=False, sort_keys=True)}
    with db.writing(source) as conn:
        ins = (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(presence)
        conn.execute(ins.values(row).on_conflict_do_update(
            index_elements=[presence.c.ws_key],
            set_={k: ins.excluded[k] for k in row if k != "ws_key"}))
        answer = versions(conn, desk)
    return {"time": clock.stamp(now), **answer}
