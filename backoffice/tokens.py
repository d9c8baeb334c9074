"""Workstations, their branches and their bearer tokens.

A token is shown once, when it is made, and only its SHA-256 is stored: a copy of the
database does not let anyone post into a desk's journal. A token belongs to one
workstation, and a workstation to one branch, for good: moving a desk to another branch
would move its history with it, which the bank does by giving it a new id.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from backoffice import clock, db
from backoffice.schema import branches, tokens, workstations
from backoffice.validation import is_ident


@dataclass(frozen=True)
class Desk:
    """Who a request comes from: the token's workstation."""
    ws_key: int
    workstation_id: str
    branch_id: str


class TokenRefused(ValueError):
    pass


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(engine: Engine, workstation_id: str, branch_id: str) -> str:
    """Register the workstation (and its branch) if new, and mint a token for it."""
    for name, value in (("workstation id", workstation_id), ("branch id", branch_id)):
        if not is_ident(value):
            raise TokenRefused(f"{value!r} is not a valid {name}: 1 to 64 of A-Z a-z 0-9 . _ : @ -")
    token = secrets.token_urlsafe(32)
    now = clock.stamp()
    with db.writing(engine) as conn:
        if conn.execute(sa.select(branches.c.branch_id)
                        .where(branches.c.branch_id == branch_id)).first() is None:
            conn.execute(branches.insert().values(branch_id=branch_id, created_at=now))
        row = conn.execute(sa.select(workstations.c.ws_key, workstations.c.branch_id)
                           .where(workstations.c.workstation_id == workstation_id)).first()
        if row is None:
            ws_key = conn.execute(workstations.insert().values(
                workstation_id=workstation_id, branch_id=branch_id, created_at=now)
            ).inserted_primary_key[0]
        elif row.branch_id != branch_id:
            raise TokenRefused(f"{workstation_id} belongs to branch {row.branch_id}, not "
                               f"{branch_id}; a desk that moves gets a new workstation id")
        else:
            ws_key = row.ws_key
        conn.execute(tokens.insert().values(token_sha256=token_hash(token), ws_key=ws_key,
                                            created_at=now))
    return token


def find(conn: Connection, token: str) -> Desk | None:
    row = conn.execute(
        sa.select(workstations.c.ws_key, workstations.c.workstation_id, workstations.c.branch_id)
        .join(tokens, tokens.c.ws_key == workstations.c.ws_key)
        .where(tokens.c.token_sha256 == token_hash(token), tokens.c.revoked_at.is_(None))
    ).first()
    return Desk(row.ws_key, row.workstation_id, row.branch_id) if row else None
