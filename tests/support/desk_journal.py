"""Journals written by a real desk: the desk's own audit rows, hashed by the desk's own code.

A day is made with the real core against the real reference SPC (payments with lines,
fee, tendered and change, a void with its refund, a handover, and, for a closed day, the
whole close of tests/support/busy_day.py), then its audit_log is read as the protocol
sends it. Nothing here computes a hash: whatever the back office accepts, it accepts from
cashier/identity/audit.py.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from cashier import drawer
from cashier.config import Config
from cashier.documents import receipt_code
from cashier.payments import voids
from cashier.workstation import Workstation
from tests.support.busy_day import FLOAT, RECEIPT_KEY, pay, run_day
from tests.support.staffing import SUPERVISOR_ID, SUPERVISOR_PASSWORD, staff_desk


@dataclass
class DeskDay:
    workstation_id: str
    db_path: Path
    business_date: str
    entries: list[dict]
    facts: dict = field(default_factory=dict)


def entries_of(db_path: Path, after: int = 0) -> list[dict]:
    """The audit log as POST /v1/journal carries it: seq = the row's id, details parsed."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [{"seq": r["id"], "at": r["at"], "actor": r["actor"], "action": r["action"],
                 "subject": r["subject"], "details": json.loads(r["details"]),
                 "prev_hash": r["prev_hash"], "hash": r["hash"]}
                for r in conn.execute("SELECT * FROM audit_log WHERE id > ? ORDER BY id",
                                      (after,))]
    finally:
        conn.close()


def _desk(home: Path, spc, workstation_id: str) -> Workstation:
    cfg = Config(home=home, spc_url=spc.url, workstation_id=workstation_id)
    return Workstation(cfg, token=spc.token_for(workstation_id))


def open_day(home: Path, spc, workstation_id: str, payments: int = 20) -> DeskDay:
    """A desk in the middle of its day: 2 + `payments` payments, one voided, a handover,
    the teller's session still open."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(receipt_code.ENV_KEY, RECEIPT_KEY)
        with _desk(home, spc, workstation_id) as ws:
            staff = staff_desk(ws, FLOAT)
            paid = [pay(ws, staff.teller, {"ELEC": "1272.26", "HEAT": "2500"}, {"ELEC": "+55"}),
                    pay(ws, staff.teller, {"ELEC": "500", "WASTE": "690.50"})]
            paid += [pay(ws, staff.teller, {"HEAT": f"{1000 + 10 * i}"}) for i in range(payments)]
            voids.void_payment(ws, staff.teller, paid[2].payment_id, SUPERVISOR_ID,
                               SUPERVISOR_PASSWORD, "customer changed mind")
            drawer.handover(ws.conn, ws.now(), staff.teller, workstation_id, 10_000_00,
                            "to the vault")
            session = drawer.current(ws.conn, workstation_id)
            facts = {"teller_id": staff.teller.user_id, "session_id": session.session_id,
                     "float": FLOAT, "payments": [p.total for p in paid],
                     "tendered": sum(p.tendered for p in paid),
                     "change": sum(p.change for p in paid),
                     "voided": paid[2].total, "handover": 10_000_00,
                     "payments_count": len(paid),
                     "expected_cash": drawer.expected_cash(ws.conn, session.session_id)}
            day = paid[0].business_date.isoformat()
    db_path = home / "cashier.db"
    return DeskDay(workstation_id, db_path, day, entries_of(db_path), facts)


def closed_day(home: Path, spc, workstation_id: str) -> DeskDay:
    """A whole day, closed (tests/support/busy_day.py): people changed, paid, voided,
    handed over, sent, counted and closed."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(receipt_code.ENV_KEY, RECEIPT_KEY)
        with _desk(home, spc, workstation_id) as ws:
            day = run_day(ws)
    db_path = home / "cashier.db"
    facts = {"payments": [p.total for p in day.paid] + [day.voided.total],
             "voided": day.voided.total}
    return DeskDay(workstation_id, db_path, day.closed.business_date.isoformat(),
                   entries_of(db_path), facts)
