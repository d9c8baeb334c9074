"""People who may use the workstation, their roles, and signing in.

Passwords are hashed with Argon2id (argon2-cffi's defaults: 64 MiB, t=3), never
stored or logged in clear. Five wrong passwords in a row lock the user out for
a while, so a password cannot be guessed at the desk. Every change and every
sign-in lands in the audit log, and a change carries the user's new state (role,
name, disabled, and the SHA-256 fingerprint of the stored password hash) so that
`cashier audit verify` (cashier/identity/audit_check.py) catches a users row edited in the
file: a role raised, a disabled user re-enabled, a password hash swapped.

Roles:
- teller: takes payments, opens and closes their own cash session;
- supervisor: everything a teller does, plus voids (as the second pair of
  eyes), resolving refused payments, cash counts and closing the day;
- admin: manages users and settings; does not take cash.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from cashier.identity import audit
from cashier.storage import db
from cashier.errors import NotFoundError, RuleError, ValidationError
from cashier.model import UNSAFE_TEXT

ROLES = ("teller", "supervisor", "admin")
USER_ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}", re.ASCII)
MIN_PASSWORD = 8
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)


@dataclass(frozen=True)
class User:
    user_id: str
    name: str
    role: str
    disabled: bool

    def can(self, *roles: str) -> bool:
        return not self.disabled and self.role in roles


class AuthError(RuleError):
    """Wrong credentials, locked or disabled user. The message never says which part was wrong."""


def _hasher():
    from argon2 import PasswordHasher
    return PasswordHasher()


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError("password_too_short",
                              f"A password needs at least {MIN_PASSWORD} characters.", "password",
                              {"min": MIN_PASSWORD})
    if password.strip() != password:
        raise ValidationError("password_spaces", "A password cannot start or end with a space.",
                              "password")


def password_fingerprint(password_hash: str) -> str:
    """What the journal keeps of a password hash: enough to see it swapped, nothing to test
    guesses against (the PHC string's salt stays in the database)."""
    return hashlib.sha256(str(password_hash).encode("utf-8")).hexdigest()


def _row_to_user(row: sqlite3.Row) -> User:
    return User(row["user_id"], row["name"], row["role"], bool(row["disabled"]))


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM users").fetchone()[0]


def get(conn: sqlite3.Connection, user_id: str) -> User:
    row = conn.execute("SELECT * FROM users WHERE user_id = ?", (user_id,)).fetchone()
    if row is None:
        raise NotFoundError("user_not_found", f"No user {user_id!r} on this workstation.", "user_id")
    return _row_to_user(row)


def list_users(conn: sqlite3.Connection) -> list[User]:
    return [_row_to_user(r) for r in conn.execute("SELECT * FROM users ORDER BY user_id")]


def require(actor: User | None, *roles: str) -> User:
    """The rule check every service calls; the UI hiding a button is not enough."""
    if actor is None:
        raise AuthError("not_signed_in", "Sign in first.")
    if actor.disabled:
        raise AuthError("user_disabled", f"User {actor.user_id} is disabled.")
    if actor.role not in roles:
        raise RuleError("role_required", f"This needs a {' or '.join(roles)}; "
                        f"{actor.user_id} has the role {actor.role}.", None,
                        {"roles": list(roles), "role": actor.role})
    return actor


def add(conn: sqlite3.Connection, now: datetime, actor: User | None, user_id: str, name: str,
        role: str, password: str) -> User:
    """Create a user. Only an admin may, except for the very first user, who must be an admin."""
    first = count(conn) == 0
    if first:
        if role != "admin":
            raise RuleError("first_user_admin", "The first user of a workstation must be an administrator.")
    else:
        require(actor, "admin")
    if not USER_ID_RE.fullmatch(user_id or ""):
        raise ValidationError("user_id_invalid", "A user id is 2 to 40 lowercase letters, digits, "
                              "dots, dashes or underscores, like t.sadykova.", "user_id")
    if role not in ROLES:
        raise ValidationError("role_invalid", f"A role is one of {', '.join(ROLES)}.", "role")
    if not (name or "").strip():
        raise ValidationError("name_empty", "Enter the person's name.", "name")
    if len(name) > 200 or UNSAFE_TEXT.search(name):   # it is printed on receipts and slips
        raise ValidationError("name_invalid", "A name is plain text on one line, at most 200 "
                              "characters.", "name")
    _check_password(password)
    digest = _hasher().hash(password)
    with db.atomic(conn):
        try:
            conn.execute("INSERT INTO users(user_id, name, role, password_hash, disabled, failures, "
                         "locked_until, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0, NULL, ?, ?)",
                         (user_id, name.strip(), role, digest, db.stamp(now), db.stamp(now)))
        except sqlite3.IntegrityError as exc:
            raise ValidationError("user_exists", f"User {user_id} already exists.", "user_id") from exc
        audit.record(conn, now, actor.user_id if actor else user_id, "user.added", user_id,
                     {"role": role, "name": name.strip(), "disabled": False,
                      "password_fp": password_fingerprint(digest)})
    return get(conn, user_id)


def set_password(conn: sqlite3.Connection, now: datetime, actor: User, user_id: str,
                 password: str) -> None:
    """A user changes their own password; an admin may set anyone's."""
    if actor.user_id != user_id:
        require(actor, "admin")
    get(conn, user_id)
    _check_password(password)
    digest = _hasher().hash(password)
    with db.atomic(conn):
        conn.execute("UPDATE users SET password_hash = ?, failures = 0, locked_until = NULL, "
                     "updated_at = ? WHERE user_id = ?", (digest, db.stamp(now), user_id))
        audit.record(conn, now, actor.user_id, "user.password_set", user_id,
                     {"password_fp": password_fingerprint(digest)})


def set_disabled(conn: sqlite3.Connection, now: datetime, actor: User, user_id: str,
                 disabled: bool = True) -> None:
    require(actor, "admin")
    target = get(conn, user_id)
    if disabled and target.role == "admin" and target.user_id == actor.user_id:
        raise RuleError("cannot_disable_self", "An administrator cannot disable their own account.")
    with db.atomic(conn):
        conn.execute("UPDATE users SET disabled = ?, updated_at = ? WHERE user_id = ?",
                     (1 if disabled else 0, db.stamp(now), user_id))
        audit.record(conn, now, actor.user_id, "user.disabled" if disabled else "user.enabled", user_id,
                     {"disabled": bool(disabled)})


def set_role(conn: sqlite3.Connection, now: datetime, actor: User, user_id: str, role: str) -> User:
    """An admin gives a user another role; not their own, so a desk always keeps its admin."""
    require(actor, "admin")
    target = get(conn, user_id)
    if role not in ROLES:
        raise ValidationError("role_invalid", f"A role is one of {', '.join(ROLES)}.", "role")
    if target.user_id == actor.user_id:
        raise RuleError("cannot_change_own_role", "An administrator cannot change their own role.")
    if target.role == role:
        return target
    with db.atomic(conn):
        conn.execute("UPDATE users SET role = ?, updated_at = ? WHERE user_id = ?",
                     (role, db.stamp(now), user_id))
        audit.record(conn, now, actor.user_id, "user.role_set", user_id,
                     {"role": role, "previous_role": target.role})
    return get(conn, user_id)


def refuse_unusable(conn: sqlite3.Connection, now: datetime, row: sqlite3.Row, purpose: str) -> None:
    """A disabled user (audited) or one locked out by wrong sign-in passwords cannot act."""
    if row["disabled"]:
        with db.atomic(conn):
            audit.record(conn, now, row["user_id"], f"{purpose}.failed", row["user_id"],
                         {"reason": "disabled"})
        raise AuthError("user_disabled", "This user is disabled; ask the administrator.", "user_id")
    if row["locked_until"] and datetime.fromisoformat(row["locked_until"]) > now:
        raise AuthError("user_locked", "Too many wrong passwords: try again in a few minutes or "
                        "ask the administrator to reset the password.", "password")


def authenticate(conn: sqlite3.Connection, now: datetime, user_id: str, password: str,
                 purpose: str = "sign_in") -> User:
    """Check credentials. Wrong ones count towards a lockout; all outcomes are audited."""
    from argon2.exceptions import InvalidHashError, VerificationError
    row = conn.execute("SELECT * FROM users WHERE user_id = ?", (user_id or "",)).fetchone()
    refused = AuthError("auth_failed", "Wrong user or password.", "password")
    if row is None:
        _hasher().hash("timing-equaliser")  # an unknown user costs as much as a known one
        with db.atomic(conn):
            audit.record(conn, now, user_id or "?", f"{purpose}.failed", user_id, {"reason": "unknown user"})
        raise refused
    refuse_unusable(conn, now, row, purpose)
    hasher = _hasher()
    try:
        hasher.verify(row["password_hash"], password or "")
    except (VerificationError, InvalidHashError):
        failures = row["failures"] + 1
        locked = db.stamp(now + LOCKOUT) if failures >= MAX_FAILURES else None
        with db.atomic(conn):
            conn.execute("UPDATE users SET failures = ?, locked_until = ? WHERE user_id = ?",
                         (0 if locked else failures, locked, user_id))
            audit.record(conn, now, user_id, f"{purpose}.failed", user_id,
                         {"reason": "wrong password", "locked": bool(locked)})
        raise refused
    with db.atomic(conn):
        params: tuple = (user_id,)
        sql = "UPDATE users SET failures = 0, locked_until = NULL WHERE user_id = ?"
        details: dict = {}
        if hasher.check_needs_rehash(row["password_hash"]):
            sql = "UPDATE users SET failures = 0, locked_until = NULL, password_hash = ? WHERE user_id = ?"
            rehashed = hasher.hash(password)
            params = (rehashed, user_id)
            # The stored hash changes here too: the journal follows it, or the next
            # verify would take this for a swapped hash.
            details = {"rehashed": True, "password_fp": password_fingerprint(rehashed)}
        conn.execute(sql, params)
        audit.record(conn, now, user_id, f"{purpose}.ok", user_id, details)
    return _row_to_user(row)
