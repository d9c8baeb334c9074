"""The [fees.*] tables of config.toml, checked at load (cashier/fees.py computes the fee).

    [fees.AES]
    percent = "0.5"      # of the provider's lines, rounded half up to the tiyn
    minimum = "50.00"
    [fees.TBO]
    fixed = "30.00"
"""

from __future__ import annotations

from typing import Mapping

from cashier import config_schema as schema
from cashier.fees import FeeRule, parse_percent

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
    if table is None:
        return {}
    if not isinstance(table, Mapping):
        rule = schema.RULES["fees"]
        raise schema.invalid("fees", rule.expected, rule.example, table, source)
    rules = [_rule(str(provider_id), spec, source) for provider_id, spec in table.items()]
    return {rule.provider_id: rule for rule in rules}


def _rule(provider_id: str, spec, source: str) -> FeeRule:
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
