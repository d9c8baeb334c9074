"""The bank's agent fee, per provider: a percent with a minimum, or a fixed amount.

Configured in config.toml, amounts as decimal strings like everywhere else:

    [fees.AES]
    percent = "0.5"      # of the provider's lines, rounded half up to the tiyn
    minimum = "50.00"
    [fees.TBO]
    fixed = "30.00"

Percent is kept in millionths (0.5 % -> 5000) so no float touches the fee.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from cashier import money
from cashier.model import PaymentLine

PERCENT_SCALE = 10_000  # millionths of the whole: 1 % = 10_000
_PERCENT = re.compile(r"(\d{1,3})(?:[.,](\d{1,4}))?", re.ASCII)


@dataclass(frozen=True)
class FeeRule:
    provider_id: str
    percent: int = 0   # millionths of the amount (1 % = 10_000)
    minimum: int = 0   # minor units
    fixed: int = 0     # minor units

    def fee_for(self, amount: int) -> int:
        if amount <= 0:
            return 0
        if self.fixed:
            return self.fixed
        # Half-up rounding in integers: (a * p + half) // scale.
        fee = (amount * self.percent + 50 * PERCENT_SCALE) // (100 * PERCENT_SCALE)
        return max(fee, self.minimum)

    def describe(self) -> str:
        if self.fixed:
            return money.format_amount(self.fixed)
        whole, frac = divmod(self.percent, PERCENT_SCALE)
        pct = f"{whole}" + (f",{frac:04d}".rstrip("0") if frac else "")
        return f"{pct} %" + (f", min {money.format_amount(self.minimum)}" if self.minimum else "")


def parse_percent(text: str) -> int:
    m = _PERCENT.fullmatch(str(text).strip())
    if not m:
        raise ValueError(f"percent {text!r} is not like 0.5 or 1,25")
    value = int(m[1]) * PERCENT_SCALE + int((m[2] or "").ljust(4, "0"))
    if value > 100 * PERCENT_SCALE:
        raise ValueError(f"percent {text!r} is over 100")
    return value


def fee_by_provider(lines: Iterable[PaymentLine], rules: Mapping[str, FeeRule]) -> dict[str, int]:
    """The fee per provider for what is paid to it in this payment (0 where no rule)."""
    paid: dict[str, int] = {}
    for line in lines:
        paid[line.provider_id] = paid.get(line.provider_id, 0) + line.amount
    return {pid: rules[pid].fee_for(amount) for pid, amount in paid.items()
            if pid in rules and rules[pid].fee_for(amount)}


def total_fee(lines: Iterable[PaymentLine], rules: Mapping[str, FeeRule]) -> int:
    return sum(fee_by_provider(lines, rules).values())
