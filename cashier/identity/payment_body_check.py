"""What a payment says outside its row, against its journal entry: the SPC body and who/when.

The body (payments.body, and the outbox's copy that the sender POSTs) is frozen at
acceptance and sent unchanged forever, so it is the one field an edit can turn into money
moved: a body rewritten to another account, while the payment waits in the queue, would
reach the SPC as that account's payment with the row and the receipt still looking right.
The journal entry written in the same transaction says what the body must carry.
"""

from __future__ import annotations

import json
from datetime import datetime

# Keys the body shares with the payment.accepted fact (model.Payment.wire_body, payment_fact).
_SHARED = ("payment_id", "receipt_no", "business_date", "account", "period", "fee", "total")


def same_moment(a: object, b: object) -> bool:
    """Two ISO times naming the same second (the journal keeps milliseconds, the body seconds)."""
    try:
        x, y = datetime.fromisoformat(str(a)), datetime.fromisoformat(str(b))
    except ValueError:
        return a == b
    return x.replace(microsecond=0) == y.replace(microsecond=0)


def body_differences(body_text: object, said: dict, actor: str | None, at: str | None,
                     workstation_id: str) -> list[tuple[str, object, object]]:
    """(field, what the journal says, what the body holds) for every disagreement; an entry
    written before the journal carried the whole fact is checked on what it carries."""
    try:
        body = json.loads(str(body_text))
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return [("body", "a JSON object", str(body_text)[:80])]
    out = [(key, said[key], body.get(key)) for key in _SHARED
           if key in said and body.get(key) != said[key]]
    if body.get("workstation_id") != workstation_id:
        out.append(("workstation_id", workstation_id, body.get("workstation_id")))
    if actor is not None and body.get("teller_id") != actor:
        out.append(("teller_id", actor, body.get("teller_id")))
    if at is not None and not same_moment(at, body.get("accepted_at")):
        out.append(("accepted_at", at, body.get("accepted_at")))
    lines = said.get("lines")
    if isinstance(lines, list):
        sent = body.get("lines") if isinstance(body.get("lines"), list) else []
        if len(sent) != len(lines):
            out.append(("lines", len(lines), len(sent)))
        for n, (want, have) in enumerate(zip(lines, sent), 1):
            for key in ("service_code", "amount", "reading"):
                if isinstance(want, dict) and key in want and \
                        (have.get(key) if isinstance(have, dict) else None) != want[key]:
                    out.append((f"lines[{n}].{key}", want[key],
                                have.get(key) if isinstance(have, dict) else have))
    return out
