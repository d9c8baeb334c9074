"""For the tests of the branch's day close and the bank's books.

- `own_server(engine_name, folder)`: a back office of the tests' own (a subprocess on a
  new database): people and settings are the whole server's, and what these tests set (a
  chart of accounts, central users) must not reach the tests sharing the common one;
- `send`, `set_ledger`, `minor`;
- `facts(entries, day)`: what a desk's journal says of one business day, read from the
  entries themselves, independently of the back office: the figures to check it against.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.backoffice_server import BackofficeProcess, new_database_url

LEDGER = {"teller_cash": "100110-{workstation_id}", "vault": "100100", "fee_income": "460010",
          "cash_over": "460090", "cash_short": "760090",
          "transit": {"*": "287000", "AES": "287010", "ATS": "287020", "AVK": "287030",
                      "QAZ": "287040"}}


def own_server(engine_name: str, folder: Path | None = None) -> BackofficeProcess:
    folder = folder or Path(tempfile.mkdtemp(prefix=f"books-{engine_name}-"))
    return BackofficeProcess(new_database_url(engine_name, folder), folder,
                             engine_name).start()


def send(api, ws: str, entries: list[dict], size: int = 500) -> None:
    for i in range(0, len(entries), size):
        resp = api.post("v1/journal", json={"workstation_id": ws, "entries": entries[i:i + size]})
        assert resp.status_code == 200, resp.text


def set_ledger(server: BackofficeProcess, value: dict | None, branch_id: str | None = None):
    from backoffice import settings_store
    scope = settings_store.scope_of("branch", branch_id) if branch_id else \
        settings_store.scope_of("bank")
    if value is None:
        return settings_store.change(server.engine, scope, {}, ["ledger"], by="tests")
    return settings_store.change(server.engine, scope, {"ledger": value}, [], by="tests")


def minor(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    whole, frac = text.lstrip("-").split(".")
    return sign * (int(whole) * 100 + int(frac))


def money(value: int) -> str:
    return f"{'-' if value < 0 else ''}{abs(value) // 100}.{abs(value) % 100:02d}"


def balances(postings: list[dict]) -> dict[str, int]:
    """Each account's debits less its credits, in minor units."""
    net: dict[str, int] = defaultdict(int)
    for p in postings:
        net[p["debit_account"]] += minor(p["amount"])
        net[p["credit_account"]] -= minor(p["amount"])
    return net


@dataclass
class Facts:
    paid: dict[str, dict] = field(default_factory=dict)     # payment_id -> details
    voided: set[str] = field(default_factory=set)
    refunds: int = 0
    floats: int = 0
    handovers: int = 0
    closed: dict | None = None                               # the day.closed details

    @property
    def kept(self) -> list[dict]:
        """The day's payments that were not voided."""
        return [d for pid, d in self.paid.items() if pid not in self.voided]

    def lines(self) -> list[dict]:
        return [ln for d in self.kept for ln in d["lines"]]

    def taken(self) -> int:
        """What the payments kept brought into the drawer: lines and fees."""
        return sum(minor(ln["amount"]) for ln in self.lines()) + \
            sum(minor(d["fee"]) for d in self.kept)


def facts(entries: list[dict], day: str) -> Facts:
    f = Facts()
    sessions: set[str] = set()
    for e in entries:
        d, action = e["details"], e["action"]
        if action == "session.opened" and d["business_date"] == day:
            sessions.add(d["session_id"])
            f.floats += minor(d["float"])
        elif action == "payment.accepted" and d["business_date"] == day:
            f.paid[d["payment_id"]] = d
        elif action == "payment.voided" and d["payment_id"] in f.paid:
            f.voided.add(d["payment_id"])
            f.refunds += minor(d["refund"])
        elif action == "session.handover" and d["session_id"] in sessions:
            f.handovers += minor(d["amount"])
        elif action == "day.closed" and d["business_date"] == day:
            f.closed = d
    return f
