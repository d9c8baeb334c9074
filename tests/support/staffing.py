"""People at the desk for tests: an admin, a teller with an open cash session, a supervisor.

Since issue 5 a payment needs a signed-in teller whose cash session is open,
so every test that takes money starts here. The passwords are constants the
tests type in again where a service asks for them (voids, closing the day).
"""

from __future__ import annotations

from dataclasses import dataclass

from cashier import days, drawer
from cashier.identity import users
from cashier.errors import NotFoundError
from cashier.workstation import Workstation

ADMIN_ID, ADMIN_PASSWORD = "a.test", "admin-pass-1"
TELLER_ID, TELLER_PASSWORD = "t.test", "teller-pass-1"
SUPERVISOR_ID, SUPERVISOR_PASSWORD = "s.test", "super-pass-1"


@dataclass(frozen=True)
class Staff:
    admin: users.User
    teller: users.User
    supervisor: users.User
    session: drawer.Session | None


def _ensure(conn, now, admin, user_id, name, role, password) -> users.User:
    try:
        return users.get(conn, user_id)
    except NotFoundError:
        return users.add(conn, now, admin, user_id, name, role, password)


def staff_desk(ws: Workstation, opening_float: int = 0, *, teller_id: str = TELLER_ID,
               open_session: bool = True) -> Staff:
    """Users for `ws` (made once per database) and, unless told otherwise, the teller's session."""
    conn, now = ws.conn, ws.now()
    # Each user on its own, so a process killed half-way (the campaign) picks up where it stopped.
    admin = _ensure(conn, now, None, ADMIN_ID, "Администратор Тестовый", "admin", ADMIN_PASSWORD)
    supervisor = _ensure(conn, now, admin, SUPERVISOR_ID, "Старший Кассир Тестовый", "supervisor",
                         SUPERVISOR_PASSWORD)
    teller = _ensure(conn, now, admin, teller_id, "Тестовый Кассир", "teller", TELLER_PASSWORD)
    session = drawer.current(conn, ws.config.workstation_id)
    if open_session and session is None:
        session = drawer.open_session(conn, now, teller, ws.config.workstation_id,
                                      days.business_date(ws), opening_float)
    return Staff(admin, teller, supervisor, session)


def teller_of(ws: Workstation, opening_float: int = 0) -> users.User:
    """The signed-in teller, their session open for today: what accept_payment needs.

    A session left from another day (tests that move the clock) is closed with a
    count equal to the expected cash first, as the teller would.
    """
    staff = staff_desk(ws, opening_float)
    day = days.business_date(ws)   # as the desk opens it (a clock set back does not go back)
    if staff.session.business_date != day:
        conn, now, ws_id = ws.conn, ws.now(), ws.config.workstation_id
        drawer.close_session(conn, now, staff.teller, ws_id,
                             drawer.expected_cash(conn, staff.session.session_id))
        drawer.open_session(conn, now, staff.teller, ws_id, day, opening_float)
    return staff.teller
