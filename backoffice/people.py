"""The bank's people, managed once here and pulled by every desk (GET /v1/users).

A user is an id, a name, a role, an Argon2id hash of the password and, when limited to one
branch, that branch. The rules are the desk's (cashier/identity/users.py and
central_users.py, which check every user it pulls and refuse the whole answer for one
bad entry), so nothing stored here can be refused there. Every change bumps the bank-wide
users version in its transaction and is kept in `user_changes` with who and when; the
version's row lock makes changes commit in version order (versions.py).

A desk of another branch gets a user limited to a branch as disabled, with the hash of
random bytes nobody knows in place of the real one: it must not hold a hash it could
test guesses against. It disables such users on its own too.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from backoffice import clock, db, versions
from backoffice.schema import branches, user_changes, users

ROLES = ("teller", "supervisor", "admin")
USER_ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")          # the desk's, exactly
BRANCH_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")     # what a desk takes
_NAME_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
MIN_PASSWORD, MAX_PASSWORD = 8, 1024


class UserRefused(ValueError):
    """Bad input or an impossible change: nothing was changed."""


@dataclass(frozen=True)
class Done:
    user_id: str
    version: int | None             # None: it was so already, nothing changed
    new_branch: bool = False


def check_user_id(user_id: str) -> str:
    if not USER_ID_RE.fullmatch(user_id or ""):
        raise UserRefused(f"{user_id!r} is not a user id: 2 to 40 lowercase Latin letters, "
                          "digits, dots, dashes or underscores, starting with a letter or digit, "
                          "like t.sadykova")
    return user_id


def check_name(name: str) -> str:
    if not (name or "").strip() or len(name.strip()) > 200 or _NAME_UNSAFE.search(name):
        raise UserRefused("--name must be the person's name: 1 to 200 characters, no control "
                          "characters")
    return name.strip()


def check_role(role: str) -> str:
    if role not in ROLES:
        raise UserRefused(f"--role must be one of {', '.join(ROLES)}, not {role!r}")
    return role


def check_branch(branch_id: str | None) -> str | None:
    if branch_id is not None and not BRANCH_RE.fullmatch(branch_id):
        raise UserRefused(f"--branch {branch_id!r} is not a branch id: 1 to 40 Latin letters, "
                          "digits, dots, dashes or underscores, like ALM-01")
    return branch_id


def check_password(password: str) -> str:
    if len(password or "") < MIN_PASSWORD:
        raise UserRefused(f"a password needs at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise UserRefused(f"a password has at most {MAX_PASSWORD} characters")
    if password.strip() != password:
        raise UserRefused("a password cannot start or end with a space")
    return password


def _hasher():
    from argon2 import PasswordHasher
    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(check_password(password))


def fingerprint(password_hash: str) -> str:
    """What the history keeps of a hash (as the desk's journal does): enough to see that it
    changed, nothing to test guesses against."""
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()


def masked_hash() -> str:
    """A fresh Argon2id hash of random bytes, for a desk that must not hold the real one.
    Nobody knows the bytes, so the hash's cost protects nothing: the lowest cost answers a
    bank's every user in milliseconds instead of a tenth of a second each."""
    from argon2.low_level import Type, hash_secret
    return hash_secret(secrets.token_bytes(32), secrets.token_bytes(16), time_cost=1,
                       memory_cost=8, parallelism=1, hash_len=32, type=Type.ID).decode("ascii")


def _record(conn: Connection, user_id: str, version: int, change: dict, now: str,
            by: str) -> None:
    conn.execute(user_changes.insert().values(
        user_id=user_id, version=version, changed_at=now, changed_by=by,
        change=json.dumps(change, ensure_ascii=False, sort_keys=True)))


def _row(conn: Connection, user_id: str):
    return conn.execute(sa.select(users).where(users.c.user_id == user_id)).first()


def add(source: db.Source, user_id: str, name: str, role: str, branch_id: str | None,
        password: str, by: str) -> Done:
    check_user_id(user_id)
    name, role, branch_id = check_name(name), check_role(role), check_branch(branch_id)
    digest = hash_password(password)      # a tenth of a second: outside the transaction
    now = clock.stamp()
    with db.writing(source) as conn:
        version = versions.bump(conn, versions.USERS)
        if _row(conn, user_id) is not None:
            raise UserRefused(f"user {user_id} exists already (passwd, disable or enable it)")
        new_branch = False
        if branch_id is not None and conn.execute(sa.select(branches.c.branch_id).where(
                branches.c.branch_id == branch_id)).first() is None:
            conn.execute(branches.insert().values(branch_id=branch_id, created_at=now))
            new_branch = True
        conn.execute(users.insert().values(
            user_id=user_id, name=name, role=role, branch_id=branch_id, password_hash=digest,
            disabled=False, version=version, changed_at=now, changed_by=by))
        _record(conn, user_id, version, {"action": "add", "name": name, "role": role,
                                         "branch_id": branch_id, "disabled": False,
                                         "password_fp": fingerprint(digest)}, now, by)
    return Done(user_id, version, new_branch)


def set_password(source: db.Source, user_id: str, password: str, by: str) -> Done:
    digest = hash_password(password)
    now = clock.stamp()
    with db.writing(source) as conn:
        version = versions.bump(conn, versions.USERS)
        _existing(conn, user_id)
        conn.execute(users.update().where(users.c.user_id == user_id).values(
            password_hash=digest, version=version, changed_at=now, changed_by=by))
        _record(conn, user_id, version, {"action": "passwd", "password_fp": fingerprint(digest)},
                now, by)
    return Done(user_id, version)


class _AlreadySo(Exception):
    pass


def set_disabled(source: db.Source, user_id: str, disabled: bool, by: str) -> Done:
    now = clock.stamp()
    try:
        with db.writing(source) as conn:
            version = versions.bump(conn, versions.USERS)
            if bool(_existing(conn, user_id).disabled) == disabled:
                raise _AlreadySo     # rolled back: no version spent, no change recorded
            conn.execute(users.update().where(users.c.user_id == user_id).values(
                disabled=disabled, version=version, changed_at=now, changed_by=by))
            _record(conn, user_id, version, {"action": "disable" if disabled else "enable",
                                             "disabled": disabled}, now, by)
    except _AlreadySo:
        return Done(user_id, None)
    return Done(user_id, version)


def _existing(conn: Connection, user_id: str):
    row = _row(conn, check_user_id(user_id))
    if row is None:
        raise UserRefused(f"no user {user_id} at this back office")
    return row


def listing(conn: Connection) -> list[dict]:
    """Every user, without the hash."""
    u = users.c
    return [{"user_id": r.user_id, "name": r.name, "role": r.role, "branch_id": r.branch_id,
             "disabled": bool(r.disabled), "version": r.version, "changed_at": r.changed_at,
             "changed_by": r.changed_by}
            for r in conn.execute(sa.select(u.user_id, u.name, u.role, u.branch_id, u.disabled,
                                            u.version, u.changed_at, u.changed_by)
                                  .order_by(u.user_id))]


def changes(conn: Connection, user_id: str | None = None) -> list[dict]:
    c = user_changes.c
    query = sa.select(user_changes).order_by(c.change_id)
    if user_id is not None:
        query = query.where(c.user_id == user_id)
    return [{"user_id": r.user_id, "version": r.version, "at": r.changed_at, "by": r.changed_by,
             **json.loads(r.change)} for r in conn.execute(query)]


def changed_since(source: db.Source, since_version: int, branch_id: str) -> dict:
    """The answer of GET /v1/users to a desk of `branch_id`: the users changed since
    `since_version`, those of other branches masked."""
    u = users.c
    with db.reading(source, snapshot=True) as conn:
        version = versions.current(conn, versions.USERS)
        rows = conn.execute(sa.select(u.user_id, u.name, u.role, u.branch_id, u.password_hash,
                                      u.disabled, u.version)
                            .where(u.version > since_version).order_by(u.version)).all()
    out = []
    for r in rows:
        elsewhere = r.branch_id is not None and r.branch_id != branch_id
        out.append({"user_id": r.user_id, "name": r.name, "role": r.role,
                    "branch_id": r.branch_id,
                    "password_hash": masked_hash() if elsewhere else r.password_hash,
                    "disabled": True if elsewhere else bool(r.disabled), "version": r.version})
    return {"version": version, "users": out}
