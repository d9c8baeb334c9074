"""The demo's people, accounts and cash: who signs in with which password, the float in
the drawer, the account numbers shown as a hint, a payment the SPC refuses."""

from __future__ import annotations

from typing import Any

TELLER_ID = "t.demo"
TELLER_NAME = "Демо Кассир"


def demo_accounts() -> list[str]:
    """The well-known demo numbers, most useful first."""
    try:
        from spc.demo import DEMO_ACCOUNTS
    except ImportError:
        return []
    return list(dict.fromkeys(DEMO_ACCOUNTS.values()))


# The demo's people. Their passwords are printed in the README and on the sign-in
# screen: this is demo data in a demo folder, never a real workstation's users.
DEMO_USERS = (
    ("a.demo", "Демо Администратор", "admin", "demo-admin"),
    ("s.demo", "Демо Старший кассир", "supervisor", "demo-super"),
    (TELLER_ID, TELLER_NAME, "teller", "demo-teller"),
)
DEMO_FLOAT = 5_000_000  # 50 000.00 tenge counted into the drawer


def demo_password(user_id: str) -> str | None:
    return next((pw for uid, _n, _r, pw in DEMO_USERS if uid == user_id), None)


def ensure_demo_staff(ws: Any, teller_id: str = TELLER_ID, teller_name: str = TELLER_NAME) -> Any:
    """The demo users, and the demo teller's cash session open for today; the teller."""
    from cashier import days, drawer
    from cashier.errors import NotFoundError
    from cashier.identity import users
    conn, now, ws_id = ws.conn, ws.now(), ws.config.workstation_id
    admin = None
    people = [(uid, name, role, pw) for uid, name, role, pw in DEMO_USERS if role != "teller"]
    people.append((teller_id, teller_name, "teller", demo_password(TELLER_ID)))
    for user_id, name, role, password in people:
        try:
            user = users.get(conn, user_id)
        except NotFoundError:
            user = users.add(conn, now, admin, user_id, name, role, password)
        if role == "admin":
            admin = user
    teller = users.get(conn, teller_id)
    day = days.business_date(ws)
    session = drawer.current(conn, ws_id)
    if session is not None and session.business_date != day:
        # Yesterday's demo session: count it as expected and start the day afresh.
        drawer.close_session(conn, now, teller, ws_id, drawer.expected_cash(conn, session.session_id))
        session = None
    if session is None and days.state(conn, day) != "closed":  # closed: F12 opens the next
        drawer.open_session(conn, now, teller, ws_id, day, DEMO_FLOAT)
    return teller


def sign_in_hint() -> str:
    from PySide6.QtCore import QCoreApplication
    people = ", ".join(f"{uid} / {pw}" for uid, _n, role, pw in DEMO_USERS if role != "admin")
    return QCoreApplication.translate("Demo", "Demo users (user / password): %1").replace("%1", people)


def seed_refused(ws: Any, account_no: str, teller: Any) -> list[str]:
    """Demo: two payments whose second meter reading is below the first; the SPC refuses it.

    Both are built from one lookup, as a teller working from a stale invoice
    would; the window's sender sends them. Returns the two receipt numbers."""
    from cashier import accounts, payments
    account = accounts.find_account(ws, account_no)
    metered = next(s for s in account.services if s.meter is not None and s.amount_due > 0)
    prev = metered.meter.previous_reading // 1000
    made = []
    for reading in (prev + 100, prev + 1):
        draft = payments.build_draft(account, None, {metered.code: str(reading)}, "100000",
                                     fee_rules=ws.config.fee_rules)
        made.append(payments.accept_payment(ws, draft, teller).receipt_no)
    return made
