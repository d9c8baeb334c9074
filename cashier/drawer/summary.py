"""The drawer as the desk and `cashier session` use it: the open session, its cash and its
level against the bank's limits (limits.py), and opening and handing over, each followed by
the drawer as it is afterwards (closing is closing.py).

The sums come from one place (`movement_sums`), shared with the day close's count
(count.py): float, received from payers, change given, handovers to the vault, void
refunds, and so the cash the drawer should hold. Beside them, never in them, what the
session's payers paid by card on the bank's terminal (`card_takings`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from cashier import days, money
from cashier.drawer import limits, sessions
from cashier.errors import NotFoundError
from cashier.identity import users
from cashier.identity.users import User
from cashier.workstation import Workstation


@dataclass(frozen=True)
class CardTakings:
    """A session's payments paid (in part) by card on the bank's standalone terminal: never in
    the drawer, so never in its expected cash; shown beside it. `refunded`: of those, the
    ones voided since, whose card part the terminal gave back."""
    count: int = 0
    amount: int = 0
    refunded_count: int = 0
    refunded: int = 0

    def to_json(self) -> dict:
        return {"count": self.count, "amount": money.to_wire(self.amount),
                "refunds": {"count": self.refunded_count,
                            "amount": money.to_wire(self.refunded)}}


def card_takings(conn, session: sessions.Session) -> CardTakings:
    """The card parts of the payments taken in `session`.

    A payment with a cash part is the session's whose drawer took the cash. One paid wholly
    by card moves no cash, so no movement names it: it is the session's its teller had open
    when it was accepted, the last of the teller's sessions of that business day at this
    workstation opened by then (to the second: a payment's time is kept to the second).
    """
    cards = conn.execute(
        "SELECT payment_id, accepted_at, total, card_amount, status FROM payments "
        "WHERE workstation_id = ? AND business_date = ? AND teller_id = ? AND card_amount > 0",
        (session.workstation_id, session.business_date.isoformat(), session.user_id)).fetchall()
    if not cards:
        return CardTakings()
    cash_here = {r[0] for r in conn.execute(
        "SELECT payment_id FROM cash_movements WHERE session_id = ? AND kind = 'payment'",
        (session.session_id,))}
    opened = [(datetime.fromisoformat(r["opened_at"]).replace(microsecond=0), r["session_id"])
              for r in conn.execute(
                  "SELECT session_id, opened_at FROM teller_sessions WHERE workstation_id = ? "
                  "AND business_date = ? AND user_id = ? ORDER BY opened_at, rowid",
                  (session.workstation_id, session.business_date.isoformat(), session.user_id))]
    count = amount = refunded_count = refunded = 0
    for r in cards:
        if r["card_amount"] < r["total"]:
            if r["payment_id"] not in cash_here:
                continue
        else:
            at = datetime.fromisoformat(r["accepted_at"])
            owner = [sid for when, sid in opened if when <= at]
            if not owner or owner[-1] != session.session_id:
                continue
        count += 1
        amount += r["card_amount"]
        if r["status"] == "voided":
            refunded_count += 1
            refunded += r["card_amount"]
    return CardTakings(count, amount, refunded_count, refunded)


def movement_sums(conn, session_id: str) -> dict[str, int]:
    """Signed sums by kind of movement (+ into the drawer, - out of it), every kind present."""
    sums = {kind: 0 for kind in sessions.KINDS}
    for row in conn.execute("SELECT kind, COALESCE(SUM(amount), 0) AS amount, COUNT(*) AS n "
                            "FROM cash_movements WHERE session_id = ? GROUP BY kind", (session_id,)):
        sums[row["kind"]] = row["amount"]
    return sums


@dataclass(frozen=True)
class DrawerState:
    """The open session (if any) and its cash; amounts that leave the drawer shown positive."""
    today: date                       # the business date a new session is opened for
    session: sessions.Session | None = None
    owner_name: str = ""
    opening_float: int = 0
    received: int = 0
    change: int = 0
    handovers: int = 0
    refunds: int = 0
    expected: int = 0
    movement_count: int = 0
    warning_level: int = 0            # the bank's limits (0 = off), cashier/drawer/limits.py
    hard_limit: int = 0
    blind: bool = False               # the bank counts blind: the expected cash is not shown
                                      # before the count (it is still here, for the close)
    card: CardTakings = CardTakings()  # paid by card on the terminal: beside the cash, not in it

    @property
    def limits(self) -> limits.DrawerLevel:
        return limits.DrawerLevel(self.expected, self.warning_level, self.hard_limit)

    @property
    def level(self) -> str:
        """ok | warning (hand cash over to the vault) | over (no more cash comes in)."""
        return self.limits.level if self.session is not None else limits.OK

    def to_json(self) -> dict:
        """What `cashier session status` prints; while the bank counts blind, no figure that
        tells the expected cash before the count."""
        s = self.session
        if s is None:
            return {"open": False}
        w = money.to_wire
        out = {"open": s.state == "open", "session_id": s.session_id, "user_id": s.user_id,
               "state": s.state, "business_date": s.business_date.isoformat(),
               "opened_at": s.opened_at.isoformat(), "float": w(s.opening_float)}
        if s.state == "open" and self.blind:
            out.update(blind_count=True, **self.limits.to_json())
        elif s.state == "open":
            out.update(expected=w(self.expected), received=w(self.received), change=w(self.change),
                       handovers=w(self.handovers), refunds=w(self.refunds),
                       **self.limits.to_json())
        else:
            out.update(counted=w(s.counted), expected=w(s.expected), difference=w(s.difference))
        out["card"] = self.card.to_json()   # tells nothing of the drawer's cash: shown blind too
        return out


def drawer_state(ws: Workstation, session: sessions.Session | None = None) -> DrawerState:
    conn = ws.conn
    today = days.business_date(ws)
    session = session or sessions.current(conn, ws.config.workstation_id)
    cfg = ws.config
    limits_and_blind = {"warning_level": cfg.drawer_warning_level or 0,
                        "hard_limit": cfg.drawer_hard_limit or 0, "blind": bool(cfg.blind_count)}
    if session is None:
        return DrawerState(today, **limits_and_blind)
    sums = movement_sums(conn, session.session_id)
    count = conn.execute("SELECT COUNT(*) FROM cash_movements WHERE session_id = ?",
                         (session.session_id,)).fetchone()[0]
    try:
        owner = users.get(conn, session.user_id).name
    except NotFoundError:
        owner = ""
    return DrawerState(today, session, owner, opening_float=sums["float"],
                       received=sums["payment"], change=-sums["change"],
                       handovers=-sums["handover"], refunds=-sums["void_refund"],
                       expected=sum(sums.values()), movement_count=count,
                       card=card_takings(conn, session), **limits_and_blind)


def drawer_level(ws: Workstation, session: sessions.Session | None) -> str:
    """The open session's drawer against the bank's limits: ok | warning | over."""
    if session is None:
        return limits.OK
    return limits.session_level(ws.conn, ws.config, session.session_id).level


def open_drawer(ws: Workstation, user: User, opening_float: int) -> DrawerState:
    """Open a session for the current business day with the counted float."""
    sessions.open_session(ws.conn, ws.now(), user, ws.config.workstation_id,
                          days.business_date(ws), opening_float)
    return drawer_state(ws)


def hand_over(ws: Workstation, user: User, amount: int, note: str = "") -> DrawerState:
    sessions.handover(ws.conn, ws.now(), user, ws.config.workstation_id, amount, note)
    return drawer_state(ws)

