"""Client side of backoffice-protocol.md: the journal, the anchor, presence, the branch view.

Errors, by what the caller must do:
- BackofficeUnavailable: network, timeout, 429, 5xx: try again later with backoff.
- BackofficeAuthError: 401/403: stop, the workstation's back office token needs IT.
- BackofficeRejected: 400/409/422, final for these bytes; `body` holds the whole answer
  (a chain_gap says `expected_seq` there).
- BackofficeProtocolError: an answer the protocol does not promise.
The desk never waits on any of it: the replicator (cashier/sync/replicator.py) calls this
from its own thread.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from cashier.adapters.json_http import JsonHttpClient, peer_errors

MAX_ENTRIES = 500   # per POST /v1/journal
_HASH = re.compile(r"[0-9a-f]{64}")


BackofficeError, BackofficeUnavailable, BackofficeAuthError, BackofficeRejected, BackofficeProtocolError = \
    peer_errors("backoffice", "Backoffice", __name__)


class BackofficeClient(JsonHttpClient):
    peer = "the back office"
    Unavailable, AuthError = BackofficeUnavailable, BackofficeAuthError
    Rejected, ProtocolError = BackofficeRejected, BackofficeProtocolError

    # -- endpoints -------------------------------------------------------------------------

    def post_journal(self, workstation_id: str, entries: list[dict]) -> tuple[int, str]:
        """(accepted_through, its hash) for 1 to 500 entries in seq order."""
        if not 1 <= len(entries) <= MAX_ENTRIES:
            raise ValueError(f"1 to {MAX_ENTRIES} entries per request")
        body = self._json(self._request("POST", "v1/journal", json_body={
            "workstation_id": workstation_id, "entries": entries}))
        through = body.get("accepted_through") if isinstance(body, dict) else None
        digest = body.get("hash") if isinstance(body, dict) else None
        if not isinstance(through, int) or isinstance(through, bool) or through < 0 \
                or not isinstance(digest, str) or not _HASH.fullmatch(digest):
            raise BackofficeProtocolError("The back office's answer to the journal is malformed")
        return through, digest

    def anchor(self, workstation_id: str) -> dict:
        """{"seq", "hash", "at"} of the last entry the back office holds (seq 0: none)."""
        body = self._json(self._request("GET", f"v1/anchors/{quote(workstation_id)}"))
        seq = body.get("seq") if isinstance(body, dict) else None
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
            raise BackofficeProtocolError("The back office's anchor is malformed")
        if seq and not (isinstance(body.get("hash"), str) and _HASH.fullmatch(body["hash"])):
            raise BackofficeProtocolError("The back office's anchor has no valid hash")
        return {"seq": seq, "hash": body.get("hash"), "at": body.get("at")}

    def heartbeat(self, payload: dict) -> dict:
        body = self._json(self._request("POST", "v1/heartbeat", json_body=payload))
        if not isinstance(body, dict):
            raise BackofficeProtocolError("The back office's answer to a heartbeat is not an object")
        return body

    def branch_desks(self, branch_id: str, business_date: str) -> list[dict]:
        body = self._json(self._request("GET", f"v1/branches/{quote(branch_id)}/desks",
                                        params={"business_date": business_date}))
        items = body.get("desks", body.get("items")) if isinstance(body, dict) else body
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise BackofficeProtocolError("The back office's branch view is malformed")
        return items

    def users(self, since_version: int = 0) -> dict:
        """GET /v1/users: {"version", "users": [...]}, the users changed since `since_version`
        (checked field by field by cashier/identity/central_users.py before any is applied)."""
        body = self._json(self._request("GET", "v1/users",
                                        params={"since_version": str(int(since_version))}))
        if not isinstance(body, dict) or not _count(body.get("version")) \
                or not isinstance(body.get("users"), list):
            raise BackofficeProtocolError("The back office's users are malformed")
        return body

    def settings(self, workstation_id: str) -> dict:
        """GET /v1/settings: {"version", "settings": {...}}, the layers merged."""
        body = self._json(self._request("GET", "v1/settings",
                                        params={"workstation_id": workstation_id}))
        if not isinstance(body, dict) or not _count(body.get("version")) \
                or not isinstance(body.get("settings"), dict):
            raise BackofficeProtocolError("The back office's settings are malformed")
        return body

    def close_branch_day(self, branch_id: str, business_date: str, body: dict) -> dict:
        """POST /v1/branches/{b}/days/{d}/close: the branch's close, or BackofficeRejected
        (branch_day_not_ready listing the desks, 409 when already closed)."""
        answer = self._json(self._request(
            "POST", f"v1/branches/{quote(branch_id)}/days/{quote(business_date)}/close",
            json_body=body))
        if not isinstance(answer, dict):
            raise BackofficeProtocolError("The back office's branch close is not an object")
        return answer

    def branch_day(self, branch_id: str, business_date: str) -> dict:
        """GET /v1/branches/{b}/days/{d}: a closed branch day's answer, read back (an extension,
        docs/backoffice-extensions.md); NotFoundError when it is not closed."""
        answer = self._json(self._request(
            "GET", f"v1/branches/{quote(branch_id)}/days/{quote(business_date)}"))
        if not isinstance(answer, dict):
            raise BackofficeProtocolError("The back office's branch day is not an object")
        return answer


def _count(value: Any) -> bool:
    """A JSON whole number >= 0 (not a bool, which Python counts as one)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
