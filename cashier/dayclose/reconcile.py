"""Reconciliation at day close: this workstation's payments against the SPC's register.

`reconcile(ws, day)` fetches GET /v1/registers/{day}?workstation_id=... (typed and
checked by cashier/adapters/spc_client.py: garbage is an SpcProtocolError) and `compare()`
sorts every payment of either side into agreement or a Difference:

  missing_here    the SPC holds a payment under this workstation never taken here
  missing_there   taken here, not in the SPC's register (a payment the SPC refused
                  and a supervisor resolved is expected to be missing: listed as
                  `refused`, not a difference)
  amount_differs  both hold it with different totals
  status_differs  voided here but not cancelled there, or cancelled there but not
                  voided here
  details_differ  another receipt number or account for the same payment id
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime

from cashier import money
from cashier.documents.day_reports import DIFFERENCE_KINDS, Difference  # noqa: F401 (reconcile's API)
from cashier.adapters.spc_client import Register, fetch_register
from cashier.workstation import Workstation

@dataclass(frozen=True)
class Reconciliation:
    business_date: date
    workstation_id: str
    checked_at: datetime
    local_count: int          # payments here the SPC should hold as accepted
    local_amount: int
    spc_count: int            # the SPC's accepted payments
    spc_amount: int
    matched: int              # payments that agree on both sides (voided/cancelled ones included)
    differences: tuple[Difference, ...]
    refused: tuple[str, ...]  # receipt numbers the SPC refused (resolved here): not expected there
    fingerprint: str = field(repr=False, default="")   # what the local side looked like

    @property
    def ok(self) -> bool:
        return not self.differences

    def of_kind(self, kind: str) -> list[Difference]:
        return [d for d in self.differences if d.kind == kind]

    def to_json(self) -> dict:
        w = money.to_wire
        return {"business_date": self.business_date.isoformat(),
                "workstation_id": self.workstation_id,
                "checked_at": self.checked_at.isoformat(timespec="seconds"), "ok": self.ok,
                "local": {"count": self.local_count, "amount": w(self.local_amount)},
                "spc": {"count": self.spc_count, "amount": w(self.spc_amount)},
                "matched": self.matched, "refused": list(self.refused),
                "differences": [d.to_json() for d in self.differences]}


def local_payments(ws: Workstation, day: date) -> tuple[list, str]:
    rows = ws.conn.execute(
        "SELECT p.payment_id, p.receipt_no, p.account, p.total, p.status, o.state AS sent "
        "FROM payments p LEFT JOIN outbox o ON o.payment_id = p.payment_id AND o.kind = 'payment' "
        "WHERE p.business_date = ? AND p.workstation_id = ? ORDER BY p.seq",
        (day.isoformat(), ws.config.workstation_id)).fetchall()
    h = hashlib.sha256()
    for r in rows:
        h.update(f"{r['payment_id']}|{r['total']}|{r['status']}|{r['sent']}\n".encode())
    return rows, h.hexdigest()


def compare(ws: Workstation, day: date, register: Register) -> Reconciliation:
    """This workstation's payments of `day` against the SPC's register (no network)."""
    rows, fingerprint = local_payments(ws, day)
    theirs = {e.payment_id: e for e in register.payments}
    diffs: list[Difference] = []
    refused: list[str] = []
    matched = local_count = local_amount = 0
    for r in rows:
        spc = theirs.pop(r["payment_id"], None)
        here = r["status"]
        if spc is None:
            if r["sent"] == "rejected":
                refused.append(r["receipt_no"])
                continue
            diffs.append(Difference("missing_there", r["payment_id"], r["receipt_no"], r["total"],
                                    None, here, None, f"{r['receipt_no']}: taken here, "
                                    "not in the processing center's register"))
            continue
        if here != "voided":
            local_count += 1
            local_amount += r["total"]
        found = []
        if spc.total != r["total"]:
            found.append(("amount_differs", f"{r['receipt_no']}: {money.format_amount(r['total'])} "
                          f"here, {money.format_amount(spc.total)} at the processing center"))
        if here == "voided" and spc.status != "cancelled":
            found.append(("status_differs", f"{r['receipt_no']}: voided here, not cancelled at "
                          "the processing center"))
        if here != "voided" and spc.status == "cancelled":
            found.append(("status_differs", f"{r['receipt_no']}: cancelled at the processing "
                          "center, not voided here"))
        if spc.receipt_no != r["receipt_no"] or spc.account != r["account"]:
            found.append(("details_differ", f"{r['receipt_no']}: the processing center has it as "
                          f"{spc.receipt_no} for account {spc.account}"))
        for kind, message in found:
            diffs.append(Difference(kind, r["payment_id"], r["receipt_no"], r["total"], spc.total,
                                    here, spc.status, message))
        matched += not found
    for spc in theirs.values():
        diffs.append(Difference("missing_here", spc.payment_id, spc.receipt_no, None, spc.total,
                                None, spc.status, f"{spc.receipt_no} ({spc.status}, "
                                f"{money.format_amount(spc.total)}): in the processing center's "
                                "register, never taken on this workstation"))
    accepted = [e for e in register.payments if e.status == "accepted"]
    return Reconciliation(day, ws.config.workstation_id, ws.now(), local_count, local_amount,
                          len(accepted), register.amount, matched, tuple(diffs), tuple(refused),
                          fingerprint)


def reconcile(ws: Workstation, day: date) -> Reconciliation:
    """Fetch the SPC's register for this workstation and day and compare (network: not on
    the GUI thread). Raises SpcUnavailable / SpcAuthError / SpcProtocolError as the client does."""
    register = fetch_register(ws.client, day.isoformat(), ws.config.workstation_id)
    return compare(ws, day, register)


