"""The journal's hash chain, as backoffice-protocol.md defines it.

The back office keeps its own copy of these few lines rather than importing the desk's
(cashier/identity/audit.py): it is the other side of the protocol. A test checks both
give the same digest for the same rows.
"""

from __future__ import annotations

import hashlib
import json

GENESIS = "0" * 64


def details_text(details: dict) -> str:
    """The canonical JSON text of an entry's details: keys sorted, compact, not ASCII-escaped."""
    return json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest(prev_hash: str, at: str, actor: str, action: str, subject: str | None,
           details: str) -> str:
    """Lowercase hex SHA-256 of an entry; `details` is its canonical text."""
    canonical = json.dumps([prev_hash, at, actor, action, subject, details],
                           ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
