"""The journal carries the whole fact (backoffice-protocol.md, "The journal"): a day at a
real desk against the real SPC, with a payment the SPC refuses and a supervisor resolves,
a void, a handover, the session closed and the day closed; every action the protocol
lists has every field it lists, so that the back office needs nothing but the journal."""

from __future__ import annotations

import json

import pytest

from cashier import accounts, dayclose, drawer, payments, sync
from cashier.config import Config
from cashier.documents import receipt_code
from cashier.payments import voids
from cashier.workstation import Workstation
from tests.support.busy_day import FLOAT, RECEIPT_KEY, counts_for, pay
from tests.support.staffing import SUPERVISOR_ID, SUPERVISOR_PASSWORD, staff_desk

# The protocol's list, word for word.
PROTOCOL = {
    "payment.accepted": "payment_id, receipt_no, business_date, account, period, session_id, "
                        "lines, fee, total, tendered, change",
    "payment.voided": "payment_id, receipt_no, supervisor_id, reason, refund, session_id",
    "session.opened": "session_id, teller_id, business_date, float",
    "session.handover": "session_id, amount, note",
    "session.closed": "session_id, expected, counted, difference, note",
    "day.closed": "business_date, expected, counted, difference, note, counts",
    "payment.rejected": "payment_id, code",
    "payment.rejection_resolved": "resolver_id, note",
}
LINE = {"service_code", "provider_id", "amount", "reading"}


@pytest.fixture
def journal(spc_server, tmp_path, monkeypatch):
    monkeypatch.setenv(receipt_code.ENV_KEY, RECEIPT_KEY)
    ws_id = "ALM-01-W77"
    ws = Workstation(Config(home=tmp_path / "ws", spc_url=spc_server.url, workstation_id=ws_id),
                     token=spc_server.token_for(ws_id))
    try:
        staff = staff_desk(ws, FLOAT)
        paid = pay(ws, staff.teller, {"HEAT": "2500"})
        # Two payments from one lookup, the second reading below the first: the SPC refuses it.
        account = accounts.find_account(ws, "1002003001")
        meter = next(s for s in account.services if s.meter is not None)
        start = meter.meter.previous_reading // 1000
        for reading in (start + 100, start + 1):
            payments.accept_payment(ws, payments.build_draft(
                account, {meter.code: "100"}, {meter.code: str(reading)}, "1000"), staff.teller)
        sync.sync_once(ws)
        refused = sync.outbox_entries(ws)
        assert [e.state for e in refused] == ["rejected"], refused
        sync.resolve_rejected(ws, refused[0].payment_id, staff.supervisor, "refunded in cash")
        voids.void_payment(ws, staff.teller, paid.payment_id, SUPERVISOR_ID, SUPERVISOR_PASSWORD,
                           "customer changed mind")
        drawer.handover(ws.conn, ws.now(), staff.teller, ws_id, 1_000_00, "to the vault")
        session = drawer.current(ws.conn, ws_id)
        drawer.close_session(ws.conn, ws.now(), staff.teller, ws_id,
                             drawer.expected_cash(ws.conn, session.session_id))
        sync.sync_once(ws)
        day = paid.business_date
        dayclose.close_day(ws, staff.supervisor, day,
                           counts_for(dayclose.cash_summary(ws, day).expected))
        rows = ws.conn.execute("SELECT action, details FROM audit_log ORDER BY id").fetchall()
    finally:
        ws.close()
    return [(r["action"], json.loads(r["details"])) for r in rows]


def test_every_fact_the_protocol_lists_is_in_the_journal(journal):
    seen = {action for action, _ in journal}
    assert set(PROTOCOL) <= seen, set(PROTOCOL) - seen
    for action, details in journal:
        if action not in PROTOCOL:
            continue
        wanted = {f.strip() for f in PROTOCOL[action].split(",")}
        assert wanted <= set(details), (action, wanted - set(details))
        if action == "payment.accepted":
            assert details["lines"] and all(LINE <= set(line) for line in details["lines"])
