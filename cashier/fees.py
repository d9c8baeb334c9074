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


FEE_KEYS = ("percent", "minimum", "fixed")
_TABLE = ("a table with percent (and minimum) or fixed", '{percent = "0.5", minimum = "50.00"}')
_RULES = {"percent": ("a percent in quotes from 0 to 100, at most 4 decimals", '"0.5"'),
          "minimum": ("an amount in tenge in quotes with two decimals", '"50.00"'),
          "fixed": ("an amount in tenge in quotes with two decimals", '"30.00"')}


def rules_from_config(table: Mapping | None, source: str = "config.toml") -> dict[str, FeeRule]:
    """Read the [fees.*] tables; a wrong entry is a ConfigError naming the table, the key and `source`.

    A rule is a percent (with an optional minimum) or a fixed amount. Anything
    else is refused rather than half-applied: a misspelt `minimun` used to be
    ignored, and the fee went out below the bank's minimum on every receipt."""
    from cashier import config_schema as schema
    if table is None:
        return {}
    if not isinstance(table, Mapping):
        rule = schema.RULES["fees"]
        raise schema.invalid("fees", rule.expected, rule.example, table, source)
    rules = [_rule(str(provider_id), spec, source) for provider_id, spec in table.items()]
    return {rule.provider_id: rule for rule in rules}


def _rule(provider_id: str, spec, source: str) -> FeeRule:
    from cashier import config_schema as schema
    key, name = f"fees.{provider_id}", f"[fees.{provider_id}]"
    if not isinstance(spec, Mapping) or not provider_id.strip() \
            or not ("percent" in spec or "fixed" in spec):
        raise schema.invalid(key, *_TABLE, spec, source, display=name, leaf=key)
    for field in spec:
        if field not in FEE_KEYS:
            raise schema.unknown_key(f"{key}.{field}", list(FEE_KEYS), source,
                                     display=f"{name} {field}", leaf=field)
    if "fixed" in spec and ("percent" in spec or "minimum" in spec):
        other = "percent" if "percent" in spec else "minimum"
        raise schema.inconsistent(f"{key}.{other}", f"{key}.fixed", "goes with a percent fee, and this "
                                  "table has a fixed one. Choose a percent (with an optional minimum) "
                                  "or a fixed fee, not both", source, display=f"{name} {other}")
    values = {}
    for field in spec:
        try:
            if field == "percent":
                if not isinstance(spec[field], str):
                    raise ValueError("a percent is written in quotes")
                values[field] = parse_percent(spec[field])
            else:
                values[field] = schema.parse_money(spec[field], old_integers=False)
        except (ValueError, schema.WrongValue):
            raise schema.invalid(f"{key}.{field}", *_RULES[field], spec[field], source,
                                 display=f"{name} {field}", leaf=field) from None
    return FeeRule(provider_id=provider_id, **values)


def fee_by_provider(lines: Iterable[PaymentLine], rules: Mapping[str, FeeRule]) -> dict[str, int]:
    """The fee per provider for what is paid to it in this payment (0 where no rule)."""
    paid: dict[str, int] = {}
    for line in lines:
        paid[line.provider_id] = paid.get(line.provider_id, 0) + line.amount
    return {pid: rules[pid].fee_for(amount) for pid, amount in paid.items()
            if pid in rules and rules[pid].fee_for(amount)}


def total_fee(lines: Iterable[PaymentLine], rules: Mapping[str, FeeRule]) -> int:
    return sum(fee_by_provider(lines, rules).values())
