"""POST /v1/branches/{branch_id}/days/{business_date}/close: the branch's day, closed once.

A supervisor closes the branch's day once every desk of the branch that worked that day
has closed its own (its `day.closed` has reached the back office); else `422
branch_day_not_ready` lists the desks and why, beside the error. The vault is counted
by denomination; what it should hold is what it held at the branch's previous close, less
the day's floats given to desks, plus their handovers and the cash each desk counted at
its day's close (the drawer goes back to the vault): cash alone, since a card part is paid
on the bank's terminal and never reaches a drawer. Each desk's payments and voids are
also answered by tender (`by_tender`, `voids_by_tender`: cash and card apart, a split
payment under both), and the branch's payments likewise (`by_tender`). The answer is stored whole with the
close and read back by GET /v1/branches/{b}/days/{d} (an extension: a desk whose answer
was lost on the network asks for it after the 409 of a second close).

Days of a branch are closed in order, and not ahead of the calendar: the vault's count
carries from one close to the next, so a close out of order would rest on the wrong one.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection

from backoffice import clock, daybook, db, ledger
from backoffice.errors import ApiError, bad_request
from backoffice.schema import branch_days, branches, users
from backoffice.validation import (
    closed_object,
    ident,
    money_minor,
    optional_text,
    require_object,
    safe_key,
    shown_key,
    wire_money,
)

BODY_KEYS = frozenset({"supervisor_id", "vault"})
MAX_NOTE = 1000
# More pieces of one kind than a branch's vault holds: a typing slip, not a count.
MAX_PIECES = 10_000_000
# A desk may date its payments to the next day once its own is closed (cashier/days.py),
# and desks sit east of UTC: a business day up to two days past the server's is real.
DAYS_AHEAD = 2

# The desk's denominations (cashier/drawer/count.py), mirrored: the back office stands
# alone. Keys as the desk sends them ("note_20000", "coin_200") and as people type them
# ("20000", "200n", "200c", "100"); 200 alone is both a note and a coin.
_NOTES = (20000, 10000, 5000, 2000, 1000, 500, 200)
_COINS = (200, 100, 50, 20, 10, 5, 2, 1)
DENOMINATIONS = tuple(f"note_{v}" for v in _NOTES) + tuple(f"coin_{v}" for v in _COINS)
VALUE = {**{f"note_{v}": v for v in _NOTES}, **{f"coin_{v}": v for v in _COINS}}
SHORT = {**{str(v): f"note_{v}" for v in _NOTES if v not in _COINS},
         **{str(v): f"coin_{v}" for v in _COINS if v not in _NOTES},
         **{f"{v}n": f"note_{v}" for v in _NOTES}, **{f"{v}c": f"coin_{v}" for v in _COINS}}


def parse_vault(value: object) -> dict[str, int]:
    """{denomination key: pieces}, every denomination present; 400 naming the one wrong."""
    vault = require_object(value, "vault")
    counts = dict.fromkeys(DENOMINATIONS, 0)
    seen: set[str] = set()
    for key, pieces in vault.items():
        field = f"vault.{key}" if safe_key(key) else "vault"
        canonical = key if key in VALUE else SHORT.get(key)
        if canonical is None:
            hint = (f" {key} tenge is both a note and a coin: write {key}n or {key}c."
                    if key in ("200",) else "")
            raise bad_request(f"{shown_key(key)} is not a tenge note or coin.{hint} Notes: "
                              "20000 10000 5000 2000 1000 500 200n; coins: 200c 100 50 20 10 5 "
                              "2 1 (or note_20000 ... coin_1).", field)
        if canonical in seen:
            raise bad_request(f"{canonical} is counted twice.", field)
        seen.add(canonical)
        if not isinstance(pieces, int) or isinstance(pieces, bool):
            raise bad_request("A count is a whole number of pieces.", field)
        if pieces < 0:
            raise bad_request("A count cannot be negative.", field)
        if pieces > MAX_PIECES:
            raise bad_request(f"{pieces} pieces is more than a vault holds (at most "
                              f"{MAX_PIECES}); check the count.", field)
        counts[canonical] = pieces
    return counts


def parse(body: object) -> dict:
    body = require_object(body, None)
    closed_object(body, BODY_KEYS, optional=frozenset({"note"}))
    return {"supervisor_id": ident(body["supervisor_id"], "supervisor_id"),
            "vault": parse_vault(body["vault"]),
            "note": optional_text(body.get("note"), "note", MAX_NOTE) or ""}


def _check_supervisor(conn: Connection, branch_id: str, supervisor_id: str) -> None:
    """A known central supervisor of this branch, once the back office manages people at all;
    until then the desk has checked its own user, and the id is only recorded."""
    u = users.c
    if conn.execute(sa.select(sa.literal(1)).select_from(users).limit(1)).first() is None:
        return
    row = conn.execute(sa.select(u.role, u.disabled, u.branch_id)
                       .where(u.user_id == supervisor_id)).first()
    why = ("is not a user of the bank" if row is None else
           f"has the role {row.role}, not supervisor" if row.role != "supervisor" else
           "is disabled" if row.disabled else
           f"belongs to branch {row.branch_id}" if row.branch_id not in (None, branch_id)
           else None)
    if why:
        raise ApiError(422, "supervisor_refused", f"{supervisor_id} {why}: only a supervisor "
                       f"of branch {branch_id} closes its day.", "supervisor_id")


def _not_ready(day: daybook.Day) -> list[dict]:
    return [{"workstation_id": day.desks[k], "reason": "day_open"}
            for k, row in sorted(day.closes.items(), key=lambda kv: day.desks[kv[0]])
            if row.closed_seq is None]


def _check_order(conn: Connection, branch_id: str, business_date: str) -> int:
    """The vault counted at the previous close (0 if none); refuses a day out of order."""
    bd = branch_days.c
    today = clock.now().date()
    if dt.date.fromisoformat(business_date) > today + dt.timedelta(days=DAYS_AHEAD):
        raise ApiError(422, "day_in_future", f"The business day {business_date} has not begun; "
                       f"the back office's date is {today.isoformat()}.", "business_date")
    later = conn.execute(sa.select(sa.func.max(bd.business_date)).where(
        bd.branch_id == branch_id, bd.business_date > business_date)).scalar()
    if later is not None:
        raise ApiError(409, "branch_day_out_of_order", f"Branch {branch_id} has closed "
                       f"{later} already; its days are closed in order, each vault count "
                       "carrying to the next.", "business_date", extra={"closed_through": later})
    previous = conn.execute(sa.select(bd.vault_counted).where(bd.branch_id == branch_id)
                            .order_by(bd.business_date.desc()).limit(1)).scalar()
    return previous or 0


def _amount(count: int, amount: int) -> dict:
    return {"count": count, "amount": wire_money(amount)}


def _tender(cells: dict[str, list[int]]) -> dict:
    return {kind: _amount(*cells[kind]) for kind in ("cash", "card")}


def _add(cells: dict[str, list[int]], cash: int, card: int) -> None:
    for kind, part in (("cash", cash), ("card", card)):
        if part:
            cells[kind][0] += 1
            cells[kind][1] += part


def _cells() -> dict[str, list[int]]:
    return {"cash": [0, 0], "card": [0, 0]}


def summary(day: daybook.Day, vault_before: int, vault: dict[str, int], closed_at: str,
            supervisor_id: str, note: str) -> dict:
    voided = {(m.ws_key, m.payment_id) for m in day.moves if m.kind == "refund"}
    paid = defaultdict(lambda: [0, 0])
    voids = defaultdict(lambda: [0, 0])
    paid_by = defaultdict(_cells)        # by tender: a split payment counts under both
    voids_by = defaultdict(_cells)
    providers = defaultdict(lambda: [0, 0])
    services = defaultdict(lambda: [0, 0])
    for pay in day.payments:
        if (pay.ws_key, pay.payment_id) in voided:
            continue
        paid[pay.ws_key][0] += 1
        paid[pay.ws_key][1] += pay.total
        _add(paid_by[pay.ws_key], pay.total - pay.card, pay.card)
        for line in pay.lines:
            provider, service = line.provider_id or "?", line.service_code or "?"
            for cell in (providers[provider], services[provider, service]):
                cell[0] += 1
                cell[1] += line.amount
    floats = handovers = 0
    for m in day.moves:
        if m.kind == "refund":
            voids[m.ws_key][0] += 1
            voids[m.ws_key][1] += m.amount + m.card
            _add(voids_by[m.ws_key], m.amount, m.card)
        elif m.kind == "float":
            floats += m.amount
        elif m.kind == "handover":
            handovers += m.amount
    desks = []
    for k, row in sorted(day.closes.items(), key=lambda kv: day.desks[kv[0]]):
        desks.append({"workstation_id": day.desks[k], "payments": _amount(*paid[k]),
                      "voids": _amount(*voids[k]), "by_tender": _tender(paid_by[k]),
                      "voids_by_tender": _tender(voids_by[k]),
                      "expected": _money(row.expected), "counted": _money(row.counted),
                      "difference": _money(row.difference), "closed_at": row.closed_at})
    drawers = sum(row.counted or 0 for row in day.closes.values())
    expected = vault_before - floats + handovers + drawers
    counted = sum(VALUE[k] * 100 * n for k, n in vault.items())
    return {
        "business_date": day.business_date, "branch_id": day.branch_id, "closed_at": closed_at,
        "supervisor_id": supervisor_id, "desks": desks,
        "payments": _amount(sum(c for c, _ in paid.values()), sum(a for _, a in paid.values())),
        "by_tender": {kind: _amount(sum(t[kind][0] for t in paid_by.values()),
                                    sum(t[kind][1] for t in paid_by.values()))
                      for kind in ("cash", "card")},
        "by_provider": [{"provider_id": p, **_amount(*providers[p])} for p in sorted(providers)],
        "by_service": [{"provider_id": p, "service_code": s, **_amount(*services[p, s])}
                       for p, s in sorted(services)],
        "vault_expected": wire_money(expected), "vault_counted": wire_money(counted),
        "difference": wire_money(counted - expected), "note": note,
    }


def _money(minor: int | None) -> str | None:
    return None if minor is None else wire_money(minor)


def _closed(conn: Connection, branch_id: str, business_date: str) -> ApiError | None:
    bd = branch_days.c
    row = conn.execute(sa.select(bd.closed_at, bd.supervisor_id).where(
        bd.branch_id == branch_id, bd.business_date == business_date)).first()
    if row is None:
        return None
    return ApiError(409, "branch_day_closed", f"The day {business_date} of branch {branch_id} "
                    f"was closed at {row.closed_at} by {row.supervisor_id}; GET "
                    f"/v1/branches/{branch_id}/days/{business_date} reads its close.",
                    extra={"closed_at": row.closed_at})


def close(source: db.Source, branch_id: str, business_date: str, fields: dict) -> dict:
    """Close the branch day (fields from `parse`); the answer, or ApiError."""
    try:
        with db.writing(source) as conn:
            # Two closes of one branch wait for each other (the previous close and the order
            # of days are read here); nothing else locks a branch's row.
            conn.execute(sa.select(branches.c.branch_id).where(branches.c.branch_id == branch_id)
                         .with_for_update(key_share=True)).first()
            done = _closed(conn, branch_id, business_date)
            if done is not None:
                raise done
            vault_before = _check_order(conn, branch_id, business_date)
            day = daybook.read(conn, branch_id, business_date)
            waiting = _not_ready(day)
            if waiting:
                raise ApiError(422, "branch_day_not_ready", "The branch's day cannot be closed "
                               "before every desk that worked that day has closed its own: "
                               + ", ".join(d["workstation_id"] for d in waiting) + ".",
                               extra={"desks": waiting})
            _check_supervisor(conn, branch_id, fields["supervisor_id"])
            answer = summary(day, vault_before, fields["vault"], clock.stamp(),
                             fields["supervisor_id"], fields["note"])
            _store(conn, answer, fields["vault"], _chart_text(conn, branch_id))
    except sa_exc.IntegrityError:
        # Another close of the same day won the race (PostgreSQL: after the lock, a
        # primary key conflict is the only way left to meet it).
        with db.reading(source) as conn:
            done = _closed(conn, branch_id, business_date)
        if done is None:
            raise
        raise done from None
    return answer


def _chart_text(conn: Connection, branch_id: str) -> str | None:
    """The chart of accounts as it is now, kept with the close: the day's postings stay
    what they were when the branch closed it. None when no usable chart is set yet."""
    try:
        found = ledger.for_branch(conn, branch_id)
    except ledger.LedgerInvalid:
        return None
    return None if found is None else json.dumps(found, ensure_ascii=False, sort_keys=True)


def _store(conn: Connection, answer: dict, vault: dict[str, int], chart: str | None) -> None:
    conn.execute(branch_days.insert().values(
        branch_id=answer["branch_id"], business_date=answer["business_date"],
        closed_at=answer["closed_at"], supervisor_id=answer["supervisor_id"],
        vault=json.dumps(vault, sort_keys=True),
        vault_expected=money_minor(answer["vault_expected"]),
        vault_counted=money_minor(answer["vault_counted"]),
        difference=money_minor(answer["difference"]), note=answer["note"],
        summary=json.dumps(answer, ensure_ascii=False, separators=(",", ":")), ledger=chart))


def stored(source: db.Source, branch_id: str, business_date: str) -> dict:
    """The stored answer of a closed branch day, or ApiError 404."""
    with db.reading(source) as conn:
        text = conn.execute(sa.select(branch_days.c.summary).where(
            branch_days.c.branch_id == branch_id,
            branch_days.c.business_date == business_date)).scalar()
    if text is None:
        raise ApiError(404, "branch_day_not_closed", f"The day {business_date} of branch "
                       f"{branch_id} is not closed.")
    return json.loads(text)
