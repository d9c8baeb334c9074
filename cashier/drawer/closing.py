"""Counting and closing a teller's session, with the bank's controls (issue 13):

- every count submitted is recorded (cashier/drawer/counts.py), a recount as such;
- with `blind_count` the count is entered without the expected cash on screen: submitting it
  (`count_drawer`, or `close_drawer` itself from the command line) records it first, in its
  own transaction, and only then are the expected cash and the difference shown, even
  when the close is refused for want of a note. After a difference the teller counts again
  (a recount, the next attempt) or closes with a note;
- over or short needs a note;
- a difference above `close_difference_approval_above` needs a supervisor: the teller's
  own close is approved with another supervisor's password typed at the desk (four eyes,
  cashier/identity/approvals.py: wrong passwords counted at this desk only); a supervisor
  closing someone else's session approves it by closing it, as at the day's close. Who
  approved stands in the `session.closed` journal entry (`approved_by`).
"""

from __future__ import annotations

from typing import Iterable, Mapping

from cashier import money
from cashier.drawer import counts as cash_counts
from cashier.drawer import sessions
from cashier.drawer.summary import DrawerState, drawer_state
from cashier.errors import RuleError, ValidationError
from cashier.identity import approvals
from cashier.identity.users import User, require
from cashier.storage import db
from cashier.workstation import Workstation

APPROVAL = "close_difference_approval"


def _amount(minor: int) -> str:
    return money.format_amount(minor, "KZT")


def _closable(conn, workstation_id: str, user: User) -> sessions.Session:
    session = sessions.current(conn, workstation_id)
    if session is None:
        raise RuleError("no_open_session", "No cash session is open on this workstation.")
    if user.role != "supervisor" and session.user_id != user.user_id:
        raise RuleError("session_of_another_user", "Only its teller or a supervisor can count "
                        "and close this session.", None, {"user_id": session.user_id})
    return session


def count_drawer(ws: Workstation, user: User, counted: int | None = None,
                 counts: Mapping[str, object] | Iterable[str] | None = None) -> cash_counts.CountRecord:
    """Record a count of the open session's drawer without closing it (a blind count
    submitted, or a recount): the expected cash and the difference come back with it."""
    require(user, "teller", "supervisor")
    conn, ws_id = ws.conn, ws.config.workstation_id
    with db.atomic(conn):
        session = _closable(conn, ws_id, user)
        expected = sessions.expected_cash(conn, session.session_id)
        return cash_counts.record_count(conn, ws.now(), user, "session", session.session_id,
                                        counts, expected, ws.config.blind_count, counted=counted)


def approval_needed(config, difference: int) -> bool:
    """Whether a session's close with this difference needs a supervisor's approval."""
    limit = config.close_difference_approval_above or 0
    return bool(limit) and abs(difference) > limit


def _approver(ws: Workstation, user: User, session: sessions.Session, difference: int,
              supervisor_id: str | None, supervisor_password: str | None) -> str:
    """Who approves this difference: the supervisor closing someone else's session, or a
    supervisor other than the session's teller who types their password here."""
    if user.role == "supervisor" and session.user_id != user.user_id and not supervisor_id:
        return user.user_id
    limit = ws.config.close_difference_approval_above
    params = {"difference": _amount(abs(difference)), "limit": _amount(limit)}
    supervisor_id = (supervisor_id or "").strip()
    if not supervisor_id:
        raise RuleError("close_needs_approval",
                        f"The count differs from the expected cash by {_amount(abs(difference))}, "
                        f"more than {_amount(limit)}: a supervisor (not you) approves the close "
                        "with their password (--supervisor).", "supervisor", params)
    if supervisor_id in (user.user_id, session.user_id):
        raise RuleError("four_eyes_close", "A close with this difference needs a second person: "
                        "another supervisor must approve it.", "supervisor",
                        {**params, "supervisor_id": supervisor_id})
    approver = approvals.approve(ws.conn, ws.now(), supervisor_id, supervisor_password or "",
                                 APPROVAL)
    return approver.user_id


def close_drawer(ws: Workstation, user: User, counted: int | None = None, note: str = "", *,
                 counts: Mapping[str, object] | Iterable[str] | None = None,
                 supervisor_id: str | None = None, supervisor_password: str | None = None
                 ) -> tuple[sessions.Session, DrawerState]:
    """Close the open session with the counted cash (`counted`, or `counts` by denomination);
    the closed session and the drawer now. See the module's docstring for the rules."""
    require(user, "teller", "supervisor")
    conn, ws_id, cfg = ws.conn, ws.config.workstation_id, ws.config
    parsed = cash_counts.pieces(counts)
    amount = cash_counts.total(counted, parsed)
    note = (note or "").strip()
    session = _closable(conn, ws_id, user)
    expected = sessions.expected_cash(conn, session.session_id)
    if cfg.blind_count:
        # Submitted blind: it stands whatever becomes of the close.
        cash_counts.count_once(conn, ws.now(), user, "session", session.session_id, parsed,
                               expected, True, counted=amount)
    difference = amount - expected
    _require_note(amount, expected, note)
    approver = _approver(ws, user, session, difference, supervisor_id, supervisor_password) \
        if approval_needed(cfg, difference) else None
    now = ws.now()
    with db.atomic(conn):
        session = _closable(conn, ws_id, user)
        expected = sessions.expected_cash(conn, session.session_id)   # a payment meanwhile?
        _require_note(amount, expected, note)
        if approver is None and approval_needed(cfg, amount - expected):
            raise RuleError("close_needs_approval", "Cash moved while the session was being "
                            "closed; its difference now needs a supervisor's approval.",
                            "supervisor", {"difference": _amount(abs(amount - expected)),
                                           "limit": _amount(cfg.close_difference_approval_above)})
        record = cash_counts.count_once(conn, now, user, "session", session.session_id, parsed,
                                        expected, cfg.blind_count, counted=amount)
        closed = sessions.close_session(conn, now, user, ws_id, amount, note, approved_by=approver,
                                        count={"attempt": record.attempt, "blind": record.blind})
    return closed, drawer_state(ws)


def _require_note(counted: int, expected: int, note: str) -> None:
    difference = counted - expected
    if difference and not note:
        raise ValidationError("note_required",
                              f"The count ({money.format_amount(counted)}) differs from the "
                              f"expected cash ({money.format_amount(expected)}) by "
                              f"{money.format_amount(difference)}: count again, or say why in a "
                              "note.", "note",
                              {"difference": _amount(difference), "expected": _amount(expected),
                               "counted": _amount(counted)})
