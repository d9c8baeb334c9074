"""Approvals typed at a teller's desk: wrong passwords pause approvals here, not the sign-in."""
from __future__ import annotations

from datetime import timedelta

import pytest

from cashier.identity import approvals, users
from tests.support.staffing import SUPERVISOR_ID, SUPERVISOR_PASSWORD, TELLER_ID, TELLER_PASSWORD, staff_desk


def test_wrong_approval_passwords_pause_approvals_at_this_desk_only(ws, clock):
    staff_desk(ws, open_session=False)
    conn = ws.conn
    lefts = []
    for _ in range(approvals.MAX_FAILURES - 1):
        with pytest.raises(users.AuthError) as info:
            approvals.approve(conn, ws.now(), SUPERVISOR_ID, "guess", "void_approval")
        assert info.value.code == "approval_failed"
        lefts.append(info.value.params["left"])
    assert lefts == [4, 3, 2, 1]  # the teller is told how many tries remain
    with pytest.raises(users.AuthError) as info:
        approvals.approve(conn, ws.now(), SUPERVISOR_ID, "guess", "void_approval")
    assert info.value.code == "approval_locked_here"
    assert "can still sign in" in info.value.message
    # Even the right password waits at this desk now...
    with pytest.raises(users.AuthError) as info:
        approvals.approve(conn, ws.now(), SUPERVISOR_ID, SUPERVISOR_PASSWORD, "void_approval")
    assert info.value.code == "approval_locked_here"
    # ...but the supervisor is not locked out of signing in (here or anywhere).
    assert users.authenticate(conn, ws.now(), SUPERVISOR_ID, SUPERVISOR_PASSWORD).user_id == SUPERVISOR_ID
    assert conn.execute("SELECT failures, locked_until FROM users WHERE user_id = ?",
                        (SUPERVISOR_ID,)).fetchone()[:] == (0, None)
    clock.when += approvals.LOCKOUT + timedelta(seconds=1)
    assert approvals.approve(conn, ws.now(), SUPERVISOR_ID, SUPERVISOR_PASSWORD,
                             "void_approval").user_id == SUPERVISOR_ID
    actions = [r[0] for r in conn.execute("SELECT action FROM audit_log WHERE action LIKE 'void_approval.%'")]
    assert actions.count("void_approval.failed") == 5 and actions[-1] == "void_approval.ok"


def test_an_approval_needs_the_role_and_a_known_user(ws):
    staff_desk(ws, open_session=False)
    with pytest.raises(users.AuthError) as info:
        approvals.approve(ws.conn, ws.now(), "nobody", "whatever-1", "void_approval")
    assert info.value.code == "approval_failed"
    with pytest.raises(users.RuleError) as info:
        approvals.approve(ws.conn, ws.now(), TELLER_ID, TELLER_PASSWORD, "void_approval")
    assert info.value.code == "role_required"
