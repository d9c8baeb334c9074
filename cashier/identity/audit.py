"""The audit log: append-only, each row's hash covering the previous row's.

Editing, deleting or inserting a row anywhere breaks the chain from that row on,
which `verify()` reports. The hash covers a canonical JSON of the row's content,
so it does not depend on how SQLite stores the values.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from cashier.storage import db

GENESIS = "0" * 64


def _digest(prev_hash: str, at: str, actor: str, action: str, subject: str | None, details: str) -> str:
    canonical = json.dumps([prev_hash, at, actor, action, subject, details],
                           ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


MAX_FIELD = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _fit(text: str | None) -> str | None:
    """A journal name as the back office takes it: no control characters, at most 200."""
    if text is None:
        return None
    return _CONTROL.sub("?", str(text))[:MAX_FIELD]


def _escaped(text: str | None) -> str | None:
    """Kept as typed, but storable: a lone surrogate becomes its escape."""
    if text is None:
        return None
    return str(text).encode("utf-8", "backslashreplace").decode("utf-8")[:MAX_FIELD]


def record(conn: sqlite3.Connection, at: datetime, actor: str, action: str,
           subject: str | None = None, details: dict | None = None) -> str:
    """Append one entry. Call inside the transaction of the change it records."""
    db.require_transaction(conn)
    actor_text, subject_text = _fit(actor) or "?", _fit(subject)
    if (actor_text, subject_text) != (actor, subject):
        # What someone typed (a user id at the sign-in) may hold anything; the journal's
        # actor and subject are names the back office accepts (backoffice-protocol.md), and
        # what was typed is kept, escaped, in the details.
        details = {**(details or {}), "typed": {"actor": _escaped(actor),
                                                "subject": _escaped(subject)}}
        actor, subject = actor_text, subject_text
    row = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev_hash = row[0] if row else GENESIS
    at_text = at.isoformat(timespec="milliseconds")
    details_text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = _digest(prev_hash, at_text, actor, action, subject, details_text)
    conn.execute("INSERT INTO audit_log(at, actor, action, subject, details, prev_hash, hash) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (at_text, actor, action, subject, details_text, prev_hash, digest))
    return digest


@dataclass(frozen=True)
class AuditProblem:
    row_id: int
    problem: str


def verify(conn: sqlite3.Connection) -> list[AuditProblem]:
    problems: list[AuditProblem] = []
    prev_hash = GENESIS
    prev_id = 0
    for row in conn.execute("SELECT id, at, actor, action, subject, details, prev_hash, hash "
                            "FROM audit_log ORDER BY id"):
        if row["id"] != prev_id + 1:
            problems.append(AuditProblem(row["id"], f"rows {prev_id + 1}..{row['id'] - 1} are missing"))
        if row["prev_hash"] != prev_hash:
            problems.append(AuditProblem(row["id"], "does not follow the previous row"))
        expected = _digest(row["prev_hash"], row["at"], row["actor"], row["action"],
                           row["subject"], row["details"])
        if expected != row["hash"]:
            problems.append(AuditProblem(row["id"], "content was changed after it was written"))
        prev_hash = row["hash"]
        prev_id = row["id"]
    return problems
