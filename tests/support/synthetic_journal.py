"""Realistic desk journals, made fast: for the concurrency tests and the benchmarks.

A desk's day as the desk writes it: the teller's session opened with a float, payments of
one to three services (amounts, a fee on some, cash tendered and change), a void now and
then with its refund, handovers to the vault, the session closed with a count and the
day closed. Each entry is hashed with the desk's own digest (cashier/identity/audit.py),
so the back office sees exactly what a desk would send.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from typing import Iterator

from cashier.identity.audit import GENESIS, _digest

TZ = dt.timezone(dt.timedelta(hours=5))
SERVICES = [("ELEC", "AES"), ("HEAT", "ATS"), ("WATER", "AVK"), ("GAS", "QAZ"), ("WASTE", "TBO")]


def money(minor: int) -> str:
    sign = "-" if minor < 0 else ""
    return f"{sign}{abs(minor) // 100}.{abs(minor) % 100:02d}"


class Chain:
    """One desk's chain: `append(...)` returns the entry as POST /v1/journal carries it."""

    def __init__(self) -> None:
        self.seq = 0
        self.prev = GENESIS

    def append(self, at: dt.datetime, actor: str, action: str, subject: str | None,
               details: dict) -> dict:
        at_text = at.isoformat(timespec="milliseconds")
        text = json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        digest = _digest(self.prev, at_text, actor, action, subject, text)
        self.seq += 1
        entry = {"seq": self.seq, "at": at_text, "actor": actor, "action": action,
                 "subject": subject, "details": details, "prev_hash": self.prev, "hash": digest}
        self.prev = digest
        return entry


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
    session = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
    float_ = 50_000_00
    cash = float_
    yield chain.append(t, teller, "session.opened", session,
                       {"session_id": session, "teller_id": teller,
                        "business_date": day.isoformat(), "float": money(float_)})
    paid: list[tuple[str, str, int]] = []
    for i in range(1, n + 1):
        t += step
        lines = [{"service_code": code, "provider_id": provider,
                  "amount": money(rnd.randrange(200_00, 15_000_00)),
                  "reading": f"{rnd.randrange(1000, 99999)}.000" if code == "ELEC" else None}
                 for code, provider in rnd.sample(SERVICES, rnd.randint(1, 3))]
        fee = rnd.choice((0, 0, 0, 100_00))
        total = sum(int(ln["amount"].replace(".", "")) for ln in lines) + fee
        tendered = -(-total // 1000_00) * 1000_00
        pid = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
        receipt = f"{ws}-{day:%Y%m%d}-{i:05d}"
        cash += total
        paid.append((pid, receipt, total))
        yield chain.append(t, teller, "payment.accepted", pid, {
            "payment_id": pid, "receipt_no": receipt, "business_date": day.isoformat(),
            "account": f"{rnd.randrange(10**9, 10**10)}", "period": f"{day:%Y-%m}",
            "session_id": session, "lines": lines, "fee": money(fee), "total": money(total),
            "tendered": money(tendered), "change": money(tendered - total)})
        if rnd.random() < 0.01 and paid:
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
    counted = cash - rnd.choice((0, 0, 0, 0, 100))
    yield chain.append(t, teller, "session.closed", session, {
        "session_id": session, "expected": money(cash), "counted": money(counted),
        "difference": money(counted - cash), "note": "" if counted == cash else "short"})
    yield chain.append(t + dt.timedelta(minutes=5), "s.super", "day.closed", day.isoformat(), {
        "business_date": day.isoformat(), "workstation_id": ws, "counts": {"20000": 1},
        "expected": money(cash), "counted": money(counted),
        "difference": money(counted - cash), "note": ""})
