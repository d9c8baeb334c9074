"""The business day is explicit: after the close the supervisor opens the next one at once."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from cashier import dayclose, days, drawer, payments
from cashier.identity import audit
from cashier.storage import db
from cashier.errors import RuleError, ValidationError
from tests.support.staffing import staff_desk, teller_of

TODAY = date(2026, 11, 22)


def _close(conn, day: date) -> None:
    with db.atomic(conn):
        conn.execute("INSERT INTO business_days VALUES (?, 'closed', 'x', 'y') ON CONFLICT DO "
                     "UPDATE SET state = 'closed'", (day.isoformat(),))


def _pay(ws, account, teller):
    draft = payments.build_draft(account, None, {}, "5000")
    return payments.accept_payment(ws, draft, teller, write_pdf=False)


def test_the_business_date_is_the_calendar_date_until_a_next_day_is_opened(ws):
    assert days.business_date(ws) == TODAY
    _close(ws.conn, TODAY)
    assert days.business_date(ws) == TODAY  # closed, and nothing opened after it


def test_a_closed_day_refuses_payments_and_says_how_to_go_on(ws, account):
    teller = teller_of(ws)
    _close(ws.conn, TODAY)
    with pytest.raises(RuleError) as info:
        _pay(ws, account, teller)
    assert info.value.code == "day_closed"
    assert "open the next business day" in info.value.message  # an action that exists


def test_the_supervisor_opens_the_next_day_and_evening_payments_are_dated_to_it(ws, account):
    staff = staff_desk(ws)
    conn, ws_id = ws.conn, ws.config.workstation_id
    _pay(ws, account, staff.teller)
    drawer.close_session(conn, ws.now(), staff.teller, ws_id,
                         drawer.expected_cash(conn, staff.session.session_id))
    _close(conn, TODAY)
    opened = dayclose.open_next_day(ws, staff.supervisor)
    assert opened == TODAY + timedelta(days=1)
    assert days.business_date(ws) == opened
    drawer.open_session(conn, ws.now(), staff.teller, ws_id, days.business_date(ws), 0)
    evening = _pay(ws, account, staff.teller)
    assert evening.business_date == opened
    assert evening.receipt_no.endswith("-20261123-00001")  # its own day's numbering
    assert evening.accepted_at.date() == TODAY              # the real time stays the real time
    (entry,) = conn.execute("SELECT actor, subject FROM audit_log WHERE action = 'day.opened'")
    assert tuple(entry) == (staff.supervisor.user_id, "2026-11-23")
    assert audit.verify(conn) == []
    # Opening it again is harmless; a teller cannot.
    assert dayclose.open_next_day(ws, staff.supervisor) == opened
    with pytest.raises(RuleError) as info:
        dayclose.open_next_day(ws, staff.teller)
    assert info.value.code == "role_required"


def test_the_next_day_cannot_be_opened_while_the_current_one_is_open(ws, account):
    staff = staff_desk(ws)
    _pay(ws, account, staff.teller)
    with pytest.raises(RuleError) as info:
        dayclose.open_next_day(ws, staff.supervisor)
    assert info.value.code == "day_not_closed"
    assert days.state(ws.conn, TODAY + timedelta(days=1)) is None


def test_a_day_too_far_ahead_or_not_after_the_closed_one_is_refused(ws):
    staff = staff_desk(ws, open_session=False)
    _close(ws.conn, TODAY)
    for day, code in ((TODAY + timedelta(days=2), "next_day_too_far"), (TODAY, "next_day_not_after")):
        with pytest.raises(ValidationError) as info:
            dayclose.open_next_day(ws, staff.supervisor, day)
        assert info.value.code == code
    assert days.business_date(ws) == TODAY


def test_the_next_morning_continues_the_day_opened_the_evening_before(ws, clock):
    staff = staff_desk(ws, open_session=False)
    _close(ws.conn, TODAY)
    opened = dayclose.open_next_day(ws, staff.supervisor)
    clock.when += timedelta(days=1)
    assert days.business_date(ws) == opened
    # and a day that was opened but passed unclosed does not capture the day after it
    clock.when += timedelta(days=1)
    assert days.business_date(ws) == TODAY + timedelta(days=2)


def test_the_receipt_shows_the_business_day_the_payment_is_dated_to(ws, account):
    import io

    from pypdf import PdfReader
    staff = staff_desk(ws)
    conn, ws_id = ws.conn, ws.config.workstation_id
    drawer.close_session(conn, ws.now(), staff.teller, ws_id,
                         drawer.expected_cash(conn, staff.session.session_id))
    _close(conn, TODAY)
    dayclose.open_next_day(ws, staff.supervisor)
    drawer.open_session(conn, ws.now(), staff.teller, ws_id, days.business_date(ws), 0)
    evening = payments.accept_payment(ws, payments.build_draft(account, None, {}, "5000"),
                                      staff.teller)
    with open(evening.receipt_pdf, "rb") as fh:
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(fh.read())).pages)
    assert "Операционный день / Операциялық күн: 23.11.2026" in text
    assert "22.11.2026 10:15:03" in text  # and when it really happened


def test_a_day_that_began_and_was_never_closed_is_named_until_it_is(ws, account, clock):
    teller = teller_of(ws)
    _pay(ws, account, teller)                       # the 22nd began...
    clock.when += timedelta(days=2)                 # ...and nobody closed it
    today = TODAY + timedelta(days=2)
    assert days.business_date(ws) == today          # payments move on to today
    assert days.unclosed_before(ws.conn, today) == [TODAY]
    assert dayclose.day_status(ws, today).to_json()["unclosed_before"] == [TODAY.isoformat()]
    assert days.unclosed_before(ws.conn, TODAY) == []   # nothing before the 22nd
    _close(ws.conn, TODAY)
    assert days.unclosed_before(ws.conn, today) == []


def test_a_clock_set_back_never_dates_anything_before_a_day_that_began(ws, account, clock):
    teller = teller_of(ws)
    _pay(ws, account, teller)                       # the 22nd began
    clock.when -= timedelta(days=1)                 # the clock goes back to the 21st
    assert days.business_date(ws) == TODAY          # still the 22nd: never back
    assert _pay(ws, account, teller).business_date == TODAY
    _close(ws.conn, TODAY)
    with pytest.raises(RuleError) as info:          # a closed day is not reopened by the clock
        _pay(ws, account, teller)
    assert info.value.code == "day_closed"
    assert days.business_date(ws) == TODAY


def test_a_clock_far_behind_refuses_payments_and_sessions_naming_the_clock(ws, account, clock):
    staff = staff_desk(ws)
    _pay(ws, account, staff.teller)
    clock.when -= timedelta(days=3)
    before = ws.conn.execute("SELECT COUNT(*) FROM payments").fetchone()[0]
    with pytest.raises(RuleError) as info:
        _pay(ws, account, staff.teller)
    assert info.value.code == "clock_behind"
    assert info.value.params == {"today": (TODAY - timedelta(days=3)).isoformat(),
                                 "business_date": TODAY.isoformat()}
    assert ws.conn.execute("SELECT COUNT(*) FROM payments").fetchone()[0] == before
    drawer.close_session(ws.conn, ws.now(), staff.teller, ws.config.workstation_id,
                         drawer.expected_cash(ws.conn, staff.session.session_id))
    with pytest.raises(RuleError) as info:
        drawer.open_session(ws.conn, ws.now(), staff.teller, ws.config.workstation_id,
                            days.business_date(ws), 0)
    assert info.value.code == "clock_behind"
