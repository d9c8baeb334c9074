"""The journal's hash chain, as backoffice-protocol.md defines it.

The back office keeps its own copy of these few lines rather than importing the desk's
(cashier/identity/audit.py): it is the other side of the protocol. A test checks both
give the same digest for the same rows.
"""

from __future__ import annotations

import hashlib
import json
from json.encoder import encode_basestring as _quote

GENESIS = "0" * 64

# The same text as json.dumps(..., ensure_ascii=False, sort_keys=True, separators=(",", ":")),
# without making an encoder for every entry of a batch.
_DETAILS = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def details_text(details: dict) -> str:
    """The canonical JSON text of an entry's details: keys sorted, compact, not ASCII-escaped."""
    return _DETAILS.encode(details)


def digest(prev_hash: str, at: str, actor: str, action: str, subject: str | None,
           details: str) -> str:
    """Lowercase hex SHA-256 of an entry; `details` is its canonical text.

    UnicodeEncodeError if a field holds a lone surrogate: such text cannot be an entry.
    """
    # json.dumps([...], ensure_ascii=False, separators=(",", ":")) of six strings (or null),
    # written out: the encoder's own string quoting, without its machinery per entry.
    canonical = (f"[{_quote(prev_hash)},{_quote(at)},{_quote(actor)},{_quote(action)},"
                 f"{'null' if subject is None else _quote(subject)},{_quote(details)}]")
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
