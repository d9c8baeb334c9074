"""How much cash a teller's drawer may hold: a warning level and a hard limit.

Both are the bank's settings (config.toml or the back office: `drawer_warning_level`,
`drawer_hard_limit`, minor units inside, 0 = that rule is off). The drawer's level:

    ok       at or below the warning level (or no limit is set)
    warning  above the warning level: the desk asks for a handover to the vault
    over     above the hard limit: no more cash comes in until a handover is made

Only cash coming in is refused (`check_cash_limit`, called inside the payment's
transaction). A void's refund and a handover take cash out of the drawer and are never
refused by a limit: they are what brings the drawer back under it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from cashier import money
from cashier.drawer import sessions
from cashier.errors import RuleError

OK, WARNING, OVER = "ok", "warning", "over"


def _amount(minor: int) -> str:
    return money.format_amount(minor, "KZT")


@dataclass(frozen=True)
class DrawerLevel:
    """The drawer's cash against the bank's limits."""
    cash: int                  # the cash the drawer should hold (minor units)
    warning_level: int = 0     # 0 = no warning level
    hard_limit: int = 0        # 0 = no hard limit

    @property
    def level(self) -> str:
        if self.hard_limit and self.cash > self.hard_limit:
            return OVER
        if self.warning_level and self.cash > self.warning_level:
            return WARNING
        return OK

    @property
    def watched(self) -> bool:
        """Whether the bank set any limit at all."""
        return bool(self.warning_level or self.hard_limit)

    @property
    def to_hand_over(self) -> int:
        """What a handover takes to bring the drawer back to its warning level (to the hard
        limit when there is no warning level); 0 when it is there already."""
        target = self.warning_level or self.hard_limit
        return max(0, self.cash - target) if target else 0

    @property
    def room(self) -> int | None:
        """Cash that may still come in before the hard limit; None without one."""
        return max(0, self.hard_limit - self.cash) if self.hard_limit else None

    def to_json(self) -> dict:
        w = money.to_wire
        return {"level": self.level, "warning_level": w(self.warning_level) if self.warning_level
                else None, "hard_limit": w(self.hard_limit) if self.hard_limit else None,
                "to_hand_over": w(self.to_hand_over)}


def level_of(config: Any, cash: int) -> DrawerLevel:
    """`cash` against the limits of `config` (a cashier.config.Config)."""
    return DrawerLevel(cash, config.drawer_warning_level or 0, config.drawer_hard_limit or 0)


def session_level(conn: sqlite3.Connection, config: Any, session_id: str) -> DrawerLevel:
    return level_of(config, sessions.expected_cash(conn, session_id))


def check_cash_limit(conn: sqlite3.Connection, config: Any, session: sessions.Session,
                     incoming: int) -> DrawerLevel:
    """Refuse `incoming` cash (tendered minus change) when the drawer would then hold more than
    its hard limit (RuleError `drawer_over_limit`). Call inside the payment's transaction,
    before its cash is written; returns the drawer's level as it will be after the payment."""
    now = session_level(conn, config, session.session_id)
    after = level_of(config, now.cash + max(0, incoming))
    hard = after.hard_limit
    if incoming > 0 and hard and after.cash > hard:
        f = _amount
        at_least = after.cash - hard
        raise RuleError("drawer_over_limit",
                        f"The drawer would hold {f(after.cash)}, above its limit of {f(hard)}: "
                        f"hand cash over to the vault first (F11, or `cashier session handover "
                        f"AMOUNT`), at least {f(at_least)}.", None,
                        {"cash": f(after.cash), "limit": f(hard), "at_least": f(at_least),
                         "drawer": f(now.cash), "to_hand_over": f(now.to_hand_over or at_least)})
    return after
