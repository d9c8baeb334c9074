"""Every identified payer screened against the bank's sanctions list (config `sanctions_list`).

A match (an exact IIN, or the name after cashier/controls/names.py's normalising) blocks
the payment: the hit is kept for the compliance unit (aml_events) and journaled as
`screening.hit` in its own transaction, so the refusal leaves its trace even though no
payment exists; the back office turns that entry into an alarm on the branch view. The
teller is told to call the compliance officer, and not to tell the customer why: warning
a listed person is what AML rules call tipping off.

The list is loaded on first use and reloaded when its file changes (ListWatcher). A list
configured but never loadable fails closed: identified payments are refused until IT
fixes the file, since taking them unscreened is what the rule exists to prevent.
"""

from __future__ import annotations

import json
import threading
from datetime import datetime

from cashier import days
from cashier.controls.iin import parse_iin
from cashier.controls.payers import Payer
from cashier.controls.sanctions import Hit, ListWatcher, SanctionsList, SanctionsListError
from cashier.errors import RuleError
from cashier.identity import audit
from cashier.storage import db

_watchers: dict[str, ListWatcher] = {}
_lock = threading.Lock()


def watcher(config) -> ListWatcher | None:
    """The one watcher of this process for the configured list (None: no screening)."""
    path = config.sanctions_list
    if not path:
        return None
    if not path.startswith("/"):
        path = str(config.home / path)
    with _lock:
        found = _watchers.get(path)
        if found is None:
            found = _watchers[path] = ListWatcher(path)
        return found


def current_list(config) -> SanctionsList | None:
    """The list in force; SanctionsListError when one is configured and none could be read."""
    w = watcher(config)
    return None if w is None else w.current()


def _hit_json(hit: Hit) -> dict:
    e = hit.entry
    return {"reason": hit.reason, "line": e.line, "name": e.name, "iin": e.iin,
            "birth_date": e.birth_date.isoformat() if e.birth_date else None}


def screen(ws, payer: Payer, actor: str, account: str | None, amount: int | None,
           now: datetime) -> None:
    """Nothing when the payer is not listed (or no list is configured); RuleError
    `sanctions_match` after recording the hit, `sanctions_list_unavailable` when the
    configured list cannot be read."""
    try:
        listed = current_list(ws.config)
    except SanctionsListError as exc:
        raise RuleError("sanctions_list_unavailable",
                        "The bank's sanctions list cannot be read, so no identified payer can "
                        "be screened: call IT (" + exc.message + ")", None,
                        {"path": ws.config.sanctions_list}) from None
    if listed is None:
        return
    birth = parse_iin(payer.iin, now.date(), field="payer_iin").birth_date
    hits = listed.check(payer.iin, payer.full_name, birth)
    if not hits:
        return
    conn = ws.conn
    day = days.current(conn, now.date())
    details = {"iin": payer.iin, "full_name": payer.full_name, "account": account,
               "business_date": day.isoformat(),
               "amount": None if amount is None else f"{amount // 100}.{amount % 100:02d}",
               "list": listed.source, "list_sha256": listed.digest,
               "hits": [_hit_json(h) for h in hits]}
    with db.atomic(conn):
        conn.execute("INSERT INTO aml_events(at, business_date, kind, actor, iin, full_name, "
                     "account, amount, details) VALUES (?,?,?,?,?,?,?,?,?)",
                     (db.stamp(now), day.isoformat(), "screening_hit", actor, payer.iin,
                      payer.full_name, account, amount,
                      json.dumps(details, ensure_ascii=False, sort_keys=True)))
        audit.record(conn, now, actor, "screening.hit", payer.masked_iin, details)
    raise RuleError("sanctions_match",
                    "Do not take this payment: the payer matches the bank's sanctions list. "
                    "Call the compliance officer now, and do not tell the customer why.",
                    "payer_iin", {"hits": len(hits)})
