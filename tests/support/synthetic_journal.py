"""Realistic desk journals, made fast: for the concurrency tests and the benchmarks.

A desk's day as the desk writes it: the teller's session opened with a float, payments of
one to three services (amounts, a fee on some, cash tendered and change), a void now and
then with its refund, handovers to the vault, the session closed with a count and the
day closed. Each entry is hashed with the desk's own digest (cashier/identity/audit.py),
so the back office sees exactly what a desk would send.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
from collections.abc import Iterator

from cashier.identity.audit import GENESIS, _digest

TZ = dt.timezone(dt.timedelta(hours=5))
SERVICES = [("ELEC", "AES"), ("HEAT", "ATS"), ("WATER", "AVK"), ("GAS", "QAZ"), ("WASTE", "TBO")]
# Which services a payment covers: one, two or three of them, in the order typed.
COMBOS = [list(c) for k in (1, 2, 3) for c in itertools.permutations(SERVICES, k)]
# The desk's own text: json.dumps(details, ensure_ascii=False, sort_keys=True, separators=...).
_TEXT = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def money(minor: int) -> str:
    sign = "-" if minor < 0 else ""
    return f"{sign}{abs(minor) // 100}.{abs(minor) % 100:02d}"


class Chain:
    """One desk's chain: `append(...)` returns the entry as POST /v1/journal carries it."""

    def __init__(self) -> None:
        self.seq = 0
        self.prev = GENESIS
        self.text = ""     # the canonical details text of the entry appended last

    def append(self, at: dt.datetime, actor: str, action: str, subject: str | None,
               details: dict) -> dict:
        at_text = at.isoformat(timespec="milliseconds")
        text = _TEXT.encode(details)
        digest = _digest(self.prev, at_text, actor, action, subject, text)
        self.seq += 1
        entry = {"seq": self.seq, "at": at_text, "actor": actor, "action": action,
                 "subject": subject, "details": details, "prev_hash": self.prev, "hash": digest}
        self.prev = digest
        self.text = text
        return entry


def _uuid4(rnd: random.Random) -> str:
    h = f"{rnd.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def desk_days(workstation_id: str, first: dt.date, days: int, payments_per_day: int,
              *, seed: int = 0, chain: Chain | None = None) -> Iterator[dict]:
    """The entries of `days` whole days at one desk, oldest first."""
    rnd = random.Random(f"{workstation_id}:{seed}")
    chain = chain or Chain()
    teller = f"t.{workstation_id.lower()[-3:]}"
    for d in range(days):
        day = first + dt.timedelta(days=d)
        yield from _day(chain, rnd, workstation_id, teller, day, payments_per_day)


def _day(chain: Chain, rnd: random.Random, ws: str, teller: str, day: dt.date,
         n: int) -> Iterator[dict]:
    t = dt.datetime.combine(day, dt.time(9, 0), TZ)
    step = dt.timedelta(seconds=max(1, 9 * 3600 // max(n, 1)))
    session = _uuid4(rnd)
    float_ = 50_000_00
    cash = float_
    yield chain.append(t, teller, "session.opened", session,
                       {"session_id": session, "teller_id": teller,
                        "business_date": day.isoformat(), "float": money(float_)})
    paid: list[tuple[str, str, int]] = []
    period, date_text, compact = f"{day:%Y-%m}", day.isoformat(), f"{day:%Y%m%d}"
    for i in range(1, n + 1):
        t += step
        r = rnd.random
        lines = [{"service_code": code, "provider_id": provider,
                  "amount": money(200_00 + int(r() * 14_800_00)),
                  "reading": f"{1000 + int(r() * 98999)}.000" if code == "ELEC" else None}
                 for code, provider in COMBOS[int(r() * len(COMBOS))]]
        fee = 100_00 if r() < 0.25 else 0
        total = sum(int(ln["amount"].replace(".", "")) for ln in lines) + fee
        tendered = -(-total // 1000_00) * 1000_00
        pid = _uuid4(rnd)
        receipt = f"{ws}-{compact}-{i:05d}"
        cash += total
        paid.append((pid, receipt, total))
        yield chain.append(t, teller, "payment.accepted", pid, {
            "payment_id": pid, "receipt_no": receipt, "business_date": date_text,
            "account": f"{10**9 + int(r() * 9 * 10**9)}", "period": period,
            "session_id": session, "lines": lines, "fee": money(fee), "total": money(total),
            "tendered": money(tendered), "change": money(tendered - total)})
        if r() < 0.01 and paid:
            pid, receipt, amount = paid.pop()
            cash -= amount
            yield chain.append(t + dt.timedelta(seconds=1), teller, "payment.voided", pid, {
                "payment_id": pid, "receipt_no": receipt, "supervisor_id": "s.super",
                "reason": "customer changed mind", "refund": money(amount),
                "session_id": session})
        if i % 100 == 0:
            amount = (cash - float_) // 2 // 1000_00 * 1000_00
            if amount > 0:
                cash -= amount
                yield chain.append(t, teller, "session.handover", session, {
                    "session_id": session, "amount": money(amount), "note": "to the vault"})
    t += step
    yield from _close(chain, rnd, ws, teller, day, t, session, cash)


# A count against the drawer's expected cash, in tiyn: mostly right, now and then short or
# over by a coin or a note.
_MISCOUNTS = (0, 0, 0, 0, 0, 0, -100, -1000_00, 500_00, 5_00)


def _close(chain: Chain, rnd: random.Random, ws: str, teller: str, day: dt.date,
           t: dt.datetime, session: str, cash: int) -> Iterator[dict]:
    """The day closed as the desk closes it (cashier/dayclose/close.py): either the
    supervisor's count closes the teller's open session and the day in one act (two entries,
    the same figures), or the teller closed the session with a count of their own and the
    supervisor's count of the drawer, later, may find it differs again."""
    counted = cash + rnd.choice(_MISCOUNTS)
    in_one_act = rnd.random() < 0.6
    yield chain.append(t, "s.super" if in_one_act else teller, "session.closed", session, {
        "session_id": session, "expected": money(cash), "counted": money(counted),
        "difference": money(counted - cash), "note": "" if counted == cash else "miscounted"})
    expected = cash
    if not in_one_act:      # counted again at the day's close, against the teller's count
        t += dt.timedelta(minutes=5)
        expected, counted = counted, counted + rnd.choice(_MISCOUNTS + (0,) * 10)
    yield chain.append(t, "s.super", "day.closed", day.isoformat(), {
        "business_date": day.isoformat(), "workstation_id": ws, "counts": {"note_20000": 1},
        "expected": money(expected), "counted": money(counted),
        "difference": money(counted - expected), "note": "" if counted == expected else "recount"})
