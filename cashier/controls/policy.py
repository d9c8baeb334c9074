"""What a payment needs before the desk may take it: the payer identified, a supervisor's
approval. Every threshold is a setting (config.toml, or the back office's), 0 = off.

Identification is asked for when the payment alone is above `identify_payer_above`, or when
with the same account's (or the same payer's) earlier payments of the business day at this
desk it would be: splitting a large sum into small payments (structuring) is a sign the
law names. Those flags are kept with the payment for the compliance unit's report.
Voided payments do not count: their money went back.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from cashier import money
from cashier.errors import RuleError

AMOUNT = "amount"                 # the payment alone is above the threshold
ACCOUNT_DAY = "structuring_account"   # with the account's earlier payments of the day
PAYER_DAY = "structuring_payer"       # with the payer's earlier payments of the day


@dataclass(frozen=True)
class Assessment:
    identify: tuple[str, ...]     # why the payer must be identified (empty: need not be)
    approval: bool                # a supervisor must approve the amount
    account_day_total: int        # the account's earlier payments today (not voided)
    payer_day_total: int          # the payer's earlier payments today (0 without a payer)
    identify_above: int
    approve_above: int

    @property
    def flags(self) -> tuple[str, ...]:
        """What the compliance report lists with the payment."""
        return tuple(r for r in self.identify if r != AMOUNT) or self.identify


def day_total(conn: sqlite3.Connection, day: date, *, account: str | None = None,
              payer_iin: str | None = None) -> int:
    column, value = ("account", account) if account is not None else ("payer_iin", payer_iin)
    row = conn.execute(f"SELECT COALESCE(SUM(total), 0) FROM payments WHERE {column} = ? "
                       "AND business_date = ? AND status != 'voided'",
                       (value, day.isoformat())).fetchone()
    return row[0]


def assess(conn: sqlite3.Connection, config, items: list[tuple[str, int]], day: date,
           payer_iin: str | None = None) -> Assessment:
    """`items`: (account, total) of each payment the customer makes now (a basket)."""
    identify_above = config.identify_payer_above
    approve_above = config.supervisor_approval_above
    basket = sum(total for _account, total in items)
    # The day's totals are read only when the rule is on: a desk without it pays no query.
    account_totals = {account: day_total(conn, day, account=account) if identify_above else 0
                      for account, _t in items}
    payer_total = day_total(conn, day, payer_iin=payer_iin) if payer_iin and identify_above else 0
    reasons: list[str] = []
    if identify_above:
        if any(total > identify_above for _account, total in items):
            reasons.append(AMOUNT)
        else:
            if any(account_totals[account] + total > identify_above for account, total in items):
                reasons.append(ACCOUNT_DAY)
            # One customer paying several accounts at once is one payer, identified or not.
            if payer_total + basket > identify_above:
                reasons.append(PAYER_DAY)
    return Assessment(tuple(reasons), bool(approve_above and basket > approve_above),
                      max(account_totals.values(), default=0), payer_total, identify_above,
                      approve_above)


def require(assessment: Assessment, payer, approver, teller_id: str) -> None:
    """RuleError unless what the assessment asks for is there."""
    if assessment.identify and payer is None:
        above = money.format_amount(assessment.identify_above)
        why = (f"it is above {above}" if assessment.identify == (AMOUNT,) else
               f"with this account's earlier payments today "
               f"({money.format_amount(assessment.account_day_total)}) it is above {above}")
        raise RuleError("payer_identification_required",
                        f"Identify the payer before taking this payment: {why}. Ask for the "
                        "payer's IIN and identity document.", "payer_iin",
                        {"threshold": above, "reasons": list(assessment.identify),
                         "account_day_total": money.format_amount(assessment.account_day_total)})
    if assessment.approval:
        above = money.format_amount(assessment.approve_above)
        if approver is None:
            raise RuleError("supervisor_approval_required",
                            f"A payment above {above} needs a supervisor's approval: ask a "
                            "supervisor to type their password at this desk.", "supervisor",
                            {"threshold": above})
        if approver.user_id == teller_id:
            raise RuleError("four_eyes",
                            f"{approver.user_id} takes this payment and cannot also approve it: "
                            "another supervisor must approve it.", "supervisor",
                            {"user_id": approver.user_id})
