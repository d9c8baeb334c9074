"""A whole day at a desk against the real SPC, for tests that look at what it leaves behind.

Payments with their receipts (and a reprint), a void with its slip, a handover,
everything sent, the day closed with its reports, and the people changing on
the way: a user added, disabled, enabled again, given a new password and another
role; another user added and disabled. Used by the file
mode tests (every file and folder the day made) and the journal cross-check
(an untouched day verifies clean).
"""

from __future__ import annotations

from dataclasses import dataclass

from cashier import accounts, dayclose, documents, drawer, payments, sync
from cashier.payments import voids
from cashier.identity import users
from cashier.model import Payment
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS
from tests.support.staffing import SUPERVISOR_ID, SUPERVISOR_PASSWORD, staff_desk

FLOAT = 50_000_00
RECEIPT_KEY = "42" * 32


@dataclass
class Day:
    paid: list[Payment]
    voided: Payment
    closed: dayclose.DayClosed


def pay(ws: Workstation, teller, amounts: dict, readings: dict | None = None,
        which: str = "typical") -> Payment:
    """`readings` may say "+N": N above the meter's reading at the SPC now. The SPC a
    session shares moves its meters with every test that pays a reading, so a fixed
    value would pass or fail by the order the tests ran in."""
    account = accounts.find_account(ws, DEMO_ACCOUNTS[which])
    readings = {code: (str(account.service(code).meter.previous_reading // 1000 + int(value[1:]))
                       if value.startswith("+") else value)
                for code, value in (readings or {}).items()}
    draft = payments.build_draft(account, amounts, readings, "20000")
    return payments.accept_payment(ws, draft, teller)


def counts_for(amount: int) -> list[str]:
    left, out = amount // 100, []
    for d in dayclose.DENOMINATIONS:
        n, left = divmod(left, d.value)
        if n:
            out.append(f"{d.key}={n}")
    return out


def run_day(ws: Workstation) -> Day:
    """Needs CASHIER_RECEIPT_KEY set (RECEIPT_KEY) so receipts carry their QR code."""
    from cashier.documents import void_slip
    staff = staff_desk(ws, FLOAT)
    conn = ws.conn
    extra = users.add(conn, ws.now(), staff.admin, "t.extra", "Запасной Кассир", "teller",
                      "extra-pass-1")
    users.set_disabled(conn, ws.now(), staff.admin, extra.user_id)
    users.set_disabled(conn, ws.now(), staff.admin, extra.user_id, disabled=False)
    users.set_password(conn, ws.now(), staff.admin, extra.user_id, "extra-pass-2")
    users.authenticate(conn, ws.now(), extra.user_id, "extra-pass-2")
    users.set_role(conn, ws.now(), staff.admin, extra.user_id, "supervisor")
    users.add(conn, ws.now(), staff.admin, "t.gone", "Уволенный Кассир", "teller", "gone-pass-1")
    users.set_disabled(conn, ws.now(), staff.admin, "t.gone")
    paid = [pay(ws, staff.teller, {"ELEC": "1272", "HEAT": "2500"}, {"ELEC": "+55"}),
            pay(ws, staff.teller, {"ELEC": "500", "WASTE": "690"})]
    documents.ensure_receipt(ws, paid[0], copy=True, by=staff.teller)
    voided = pay(ws, staff.teller, {"HEAT": "1000"})
    voids.void_payment(ws, staff.teller, voided.payment_id, SUPERVISOR_ID, SUPERVISOR_PASSWORD,
                       "customer changed mind")
    void_slip.write_void_slip(ws, voided.payment_id)
    drawer.handover(conn, ws.now(), staff.teller, ws.config.workstation_id, 10_000_00,
                    "to the vault")
    conn.execute("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000000+00:00'")
    sync.sync_once(ws)
    assert sync.queue_status(ws).waiting == 0
    day = ws.now().date()
    expected = dayclose.cash_summary(ws, day).expected
    closed = dayclose.close_day(ws, staff.supervisor, day, counts_for(expected))
    return Day(paid, voided, closed)
