"""People managed once, at the bank's back office (backoffice-protocol.md, GET /v1/users).

A desk connected to a back office takes its users from there: the pull (cashier/sync/
pull.py) hands the answer here, which checks every user first and applies them all in ONE
transaction, or none (a malformed entry might be the one that disables someone). Each
user changed gets a `user.synced` journal entry with its new state, so that `cashier audit
verify` keeps catching a users row edited in the file. A user limited to another branch
is kept disabled at this desk. What the back office does not mention stays as it was: a
desk offline keeps the hashes it last had, and signs people in with them.

Local changes to people (`cashier users add|passwd|disable|enable|role`, the first-run
administrator) are refused on such a desk: `require_local_people` says where users are
managed now.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cashier.adapters.backoffice_client import BackofficeProtocolError
from cashier.errors import RuleError
from cashier.identity import audit
from cashier.identity.users import ROLES, USER_ID_RE, password_fingerprint
from cashier.storage import db
from cashier.model import UNSAFE_TEXT

K_USERS_VERSION = "backoffice.users_version"
ACTOR = "backoffice"
_PHC = re.compile(r"\$argon2id\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+")
_BRANCH = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")


@dataclass(frozen=True)
class CentralUser:
    user_id: str
    name: str
    role: str
    branch_id: str | None
    password_hash: str
    disabled: bool
    version: int


@dataclass
class UsersApplied:
    version: int
    changed: list[str] = field(default_factory=list)


def require_local_people(config: Any) -> None:
    """People are managed at this desk only when it has no back office."""
    if getattr(config, "backoffice_url", ""):
        raise RuleError("users_managed_centrally",
                        "This workstation's users are managed at the bank's back office, not "
                        "here: ask the bank's IT to add or change the user there (python -m "
                        "backoffice users ...); the desk takes the change within a minute.")


def users_version(conn: sqlite3.Connection) -> int:
    return int(db.get_state(conn, K_USERS_VERSION) or 0)


def _bad(index: int, what: str) -> BackofficeProtocolError:
    return BackofficeProtocolError(f"The back office's user #{index + 1} is malformed: {what}; "
                                   "no user was applied")


def parse_users(body: dict) -> tuple[int, list[CentralUser]]:
    """Every user checked before any is applied (BackofficeProtocolError names the first bad)."""
    version = body.get("version")
    out: list[CentralUser] = []
    for i, item in enumerate(body.get("users") or []):
        if not isinstance(item, dict):
            raise _bad(i, "not an object")
        uid, name, role = item.get("user_id"), item.get("name"), item.get("role")
        branch, phc, disabled = item.get("branch_id"), item.get("password_hash"), item.get("disabled")
        if not isinstance(uid, str) or not USER_ID_RE.fullmatch(uid):
            raise _bad(i, "user_id")
        if not isinstance(name, str) or not name.strip() or len(name) > 200 \
                or UNSAFE_TEXT.search(name):
            raise _bad(i, f"{uid}: name")
        if role not in ROLES:
            raise _bad(i, f"{uid}: role")
        if branch is not None and not (isinstance(branch, str) and _BRANCH.fullmatch(branch)):
            raise _bad(i, f"{uid}: branch_id")
        if not isinstance(phc, str) or len(phc) > 400 or not _PHC.fullmatch(phc):
            raise _bad(i, f"{uid}: password_hash is not an Argon2id PHC string")
        if not isinstance(disabled, bool):
            raise _bad(i, f"{uid}: disabled")
        item_version = item.get("version")
        if isinstance(item_version, bool) or not isinstance(item_version, int) or item_version < 0:
            raise _bad(i, f"{uid}: version")
        out.append(CentralUser(uid, name.strip(), role, branch, phc, disabled, item_version))
    if len({u.user_id for u in out}) != len(out):
        raise BackofficeProtocolError("The back office listed a user twice; no user was applied")
    return version, out


def apply_users(conn: sqlite3.Connection, now: datetime, version: int, people: list[CentralUser],
                branch_id: str) -> UsersApplied:
    """All of them in one transaction, with the version they bring, or none."""
    applied = UsersApplied(version)
    with db.atomic(conn):
        for person in people:
            # A user of another branch may not sign in here: kept, disabled at this desk.
            disabled = person.disabled or person.branch_id not in (None, branch_id)
            row = conn.execute("SELECT name, role, password_hash, disabled FROM users "
                               "WHERE user_id = ?", (person.user_id,)).fetchone()
            if row is not None and (row["name"], row["role"], row["password_hash"],
                                    bool(row["disabled"])) == \
                    (person.name, person.role, person.password_hash, disabled):
                continue
            # A new password lifts a lockout, as `cashier users passwd` does at a lone desk:
            # the bank's IT resets a locked-out teller's password to let them in.
            conn.execute(
                "INSERT INTO users(user_id, name, role, password_hash, disabled, failures, "
                "locked_until, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, NULL, ?, ?) "
                "ON CONFLICT(user_id) DO UPDATE SET name = excluded.name, role = excluded.role, "
                "failures = CASE WHEN users.password_hash = excluded.password_hash "
                "THEN users.failures ELSE 0 END, "
                "locked_until = CASE WHEN users.password_hash = excluded.password_hash "
                "THEN users.locked_until ELSE NULL END, "
                "password_hash = excluded.password_hash, disabled = excluded.disabled, "
                "updated_at = excluded.updated_at",
                (person.user_id, person.name, person.role, person.password_hash, int(disabled),
                 db.stamp(now), db.stamp(now)))
            audit.record(conn, now, ACTOR, "user.synced", person.user_id,
                         {"role": person.role, "name": person.name, "disabled": disabled,
                          "password_fp": password_fingerprint(person.password_hash),
                          "branch_id": person.branch_id, "version": person.version})
            applied.changed.append(person.user_id)
        if version > users_version(conn):
            db.set_state(conn, K_USERS_VERSION, str(version))
    return applied
