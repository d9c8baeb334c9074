"""What the close says when several kinds of things block it at once."""
from __future__ import annotations

import pytest

from cashier.dayclose.status import Blocker, _refuse_blockers
from cashier.errors import RuleError


def blocker(kind: str, state: str, receipt_no: str) -> Blocker:
    return Blocker(kind, f"id-{receipt_no}", receipt_no, "1002003001", 5_000_00, state, 1,
                   "reading_below_previous" if state == "rejected" else None, None)


def test_a_refusal_and_an_owed_receipt_are_both_counted_and_named():
    found = [blocker("receipt", "owed", "W01-00003"), blocker("payment", "rejected", "W01-00001"),
             blocker("payment", "rejected", "W01-00002")]
    with pytest.raises(RuleError) as info:
        _refuse_blockers(found)
    assert info.value.code == "day_has_unresolved_rejections"
    assert "refused 2 payment(s)" in info.value.message
    assert "1 payment(s) have no receipt" in info.value.message
    assert all(no in info.value.message for no in ("W01-00001", "W01-00002", "W01-00003"))
    assert info.value.params["count"] == 3


def test_unsent_payments_come_first_and_owed_receipts_alone_say_so():
    with pytest.raises(RuleError) as info:
        _refuse_blockers([blocker("receipt", "owed", "W01-00003"),
                          blocker("payment", "waiting", "W01-00004")])
    assert info.value.code == "day_has_unsent"
    with pytest.raises(RuleError) as info:
        _refuse_blockers([blocker("receipt", "owed", "W01-00003")])
    assert info.value.code == "day_has_receipts_owed"
    _refuse_blockers([])  # nothing blocks: no error
