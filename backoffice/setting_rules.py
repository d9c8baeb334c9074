"""What each setting a desk takes from the back office may hold: the desk's own rules, mirrored.

A desk checks every value of GET /v1/settings by the rules of its config.toml
(cashier/config_schema.py RULES, cashier/fee_config.py) and refuses the whole version
when one value is wrong. The back office checks the same values by the same rules
before it stores them, so a wrong value is refused where the administrator types it
instead of being found later by every desk of the bank. The back office may not import
the desk (an import-linter contract), hence this copy;
tests/unit/test_settings_agreement.py gives both the same good and bad values and fails
when they drift apart.

A refusal names the key, what it expects and an example, written as it is typed after
`key=` on `python -m backoffice settings set`: values there are JSON, so text goes in
double quotes inside the shell's single quotes.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# The keys the desk takes (cashier/central_settings.py CENTRAL_KEYS), in its order.
DESK_KEYS = ("bank_name", "bank_bin", "branch_name", "branch_address", "max_payment",
             "idle_lock_seconds", "offline_warn_seconds", "offline_block_seconds",
             "offline_max_waiting_amount", "overpay_confirm_ratio", "fees",
             "identify_payer_above", "supervisor_approval_above",
             "close_difference_approval_above", "drawer_warning_level", "drawer_hard_limit",
             "blind_count")
# The desk's defaults (cashier/config.py Config) for the two limits checked together: a
# desk compares a value the back office sets with its own when the other is not set.
DESK_DEFAULTS = {"offline_warn_seconds": 3600, "offline_block_seconds": 86400,
                 "drawer_warning_level": 0, "drawer_hard_limit": 0}

_MONEY = re.compile(r"[0-9]{1,13}\.[0-9]{2}")
_BIN = re.compile(r"[0-9]{12}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_PERCENT = re.compile(r"([0-9]{1,3})(?:[.,]([0-9]{1,4}))?")
# Not a desk rule: a lone surrogate (from a command line that is not UTF-8, or a JSON
# escape) cannot be stored in the database nor sent as UTF-8 at all.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
FEE_KEYS = ("percent", "minimum", "fixed")
OPTIONAL_MONEY_KEYS = ("identify_payer_above", "supervisor_approval_above",
                       "close_difference_approval_above", "drawer_warning_level",
                       "drawer_hard_limit")
MONEY_KEYS = ("max_payment", "offline_max_waiting_amount", *OPTIONAL_MONEY_KEYS)
DAY, MONTH = 86_400, 30 * 86_400


class SettingRefused(ValueError):
    """A value the desks would refuse, or a key nobody reads: never stored."""

    def __init__(self, key: str, message: str):
        super().__init__(message)
        self.key = key
        self.message = message

    def __str__(self) -> str:
        return self.message


class _Wrong(Exception):
    pass


class _Integer(Exception):
    """A bare number where an amount (text with two decimals) belongs."""


@dataclass(frozen=True)
class Rule:
    expected: str
    example: str                      # the JSON value, as typed after key=
    check: Callable[[Any], None]


def describe(value: Any) -> str:
    """A value as it was given, short enough for a message."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value if len(value) <= 60 else value[:57] + "...", ensure_ascii=False)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return "null" if value is None else f"a {type(value).__name__}"


def _line(max_len: int = 200, required: bool = False) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        if not isinstance(value, str) or _CONTROL.search(value) or len(value) > max_len \
                or (required and not value.strip()):
            raise _Wrong
    return check


def _bin(value: Any) -> None:
    if not isinstance(value, str) or not (value == "" or _BIN.fullmatch(value)):
        raise _Wrong


def money_minor(value: Any, *, old_integers: bool = True) -> int:
    """An amount as the desk reads it: "1000000.00" -> 100000000 tiyn; 0 = no limit."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value == 0:
            return 0
        if old_integers and value > 0:
            raise _Integer
        raise _Wrong
    if not isinstance(value, str) or not _MONEY.fullmatch(value):
        raise _Wrong
    whole, frac = value.split(".")
    return int(whole) * 100 + int(frac)


def _money(value: Any) -> None:
    money_minor(value)


def _optional_money(value: Any) -> None:
    if value != "":
        money_minor(value, old_integers=False)


def _boolean(value: Any) -> None:
    if not isinstance(value, bool):
        raise _Wrong


def _whole(lo: int, hi: int) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise _Wrong
    return check


def _object(value: Any) -> None:
    if not isinstance(value, dict):
        raise _Wrong


_TEXT = "text in quotes on one line, at most 200 characters"
_AMOUNT = 'an amount in tenge in quotes with two decimals ("0.00" = no limit)'
_THRESHOLD = 'an amount in tenge in quotes with two decimals, or "" to switch the rule off'
RULES: dict[str, Rule] = {
    "bank_name": Rule(_TEXT + ", not empty", '"АО «Демо Банк»"', _line(required=True)),
    "bank_bin": Rule('the bank\'s 12-digit BIN in quotes, or ""', '"123456789012"', _bin),
    "branch_name": Rule(_TEXT + ", not empty", '"Алматинский филиал №1"', _line(required=True)),
    "branch_address": Rule(_TEXT, '"пр. Абая, 1"', _line()),
    "max_payment": Rule(_AMOUNT, '"1000000.00"', _money),
    "idle_lock_seconds": Rule(f"a whole number of seconds from 0 (never lock) to {DAY}", "300",
                              _whole(0, DAY)),
    "offline_warn_seconds": Rule(f"a whole number of seconds from 0 (off) to {MONTH}", "3600",
                                 _whole(0, MONTH)),
    "offline_block_seconds": Rule(f"a whole number of seconds from 0 (off) to {MONTH}", "86400",
                                  _whole(0, MONTH)),
    "offline_max_waiting_amount": Rule(_AMOUNT, '"500000.00"', _money),
    "overpay_confirm_ratio": Rule("a whole number from 0 (off) to 100", "3", _whole(0, 100)),
    "identify_payer_above": Rule(_THRESHOLD, '"500000.00"', _optional_money),
    "supervisor_approval_above": Rule(_THRESHOLD, '"500000.00"', _optional_money),
    "close_difference_approval_above": Rule(_THRESHOLD, '"1000.00"', _optional_money),
    "drawer_warning_level": Rule(_THRESHOLD, '"3000000.00"', _optional_money),
    "drawer_hard_limit": Rule(_THRESHOLD, '"5000000.00"', _optional_money),
    "blind_count": Rule("true or false (JSON, no quotes)", "false", _boolean),
    "fees": Rule("an object of fee tables by provider id, each a percent (with an optional "
                 "minimum) or a fixed amount",
                 '{"AES": {"percent": "0.5", "minimum": "50.00"}, "TBO": {"fixed": "30.00"}}',
                 _object),
}
_FEE_RULES = {"percent": ("a percent in quotes from 0 to 100, at most 4 decimals", '"0.5"'),
              "minimum": ("an amount in tenge in quotes with two decimals", '"50.00"'),
              "fixed": ("an amount in tenge in quotes with two decimals", '"30.00"')}
_FEE_TABLE = ("an object with percent (and minimum) or fixed",
              '{"percent": "0.5", "minimum": "50.00"}')


def invalid(key: str, expected: str, example: str, value: Any) -> SettingRefused:
    return SettingRefused(key, f"{key} must be {expected}, like {key}='{example}'; it is "
                               f"{describe(value)}.")


def unknown(key: str, known: list[str] | tuple[str, ...], where: str = "") -> SettingRefused:
    close = difflib.get_close_matches(key.rpartition(".")[2], list(known), n=1)
    hint = f" Did you mean {close[0]}?" if close else ""
    return SettingRefused(key, f"{key} is not a setting{where}.{hint} Known: {', '.join(known)}.")


def check(key: str, value: Any) -> None:
    """SettingRefused unless a desk takes `value` for `key` (one of DESK_KEYS)."""
    rule = RULES[key]
    try:
        rule.check(value)
    except _Integer:
        raise SettingRefused(key, f"{key} is the number {value}; amounts are text with two "
                                  f"decimals in quotes, like {key}='\"{value}.00\"' (the shell's "
                                  f"single quotes keep JSON's double quotes).") from None
    except _Wrong:
        error = invalid(key, rule.expected, rule.example, value)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and key in MONEY_KEYS:
            error.message += " In a shell, write the quotes inside single quotes."
        raise error from None
    if key == "fees":
        for provider_id, spec in value.items():
            _fee(provider_id, spec)
    if _SURROGATE.search(json.dumps(value, ensure_ascii=False)):
        raise SettingRefused(key, f"{key} holds characters that are not valid text (a lone "
                                  "surrogate): retype it in a UTF-8 terminal.")


def _fee(provider_id: str, spec: Any) -> None:
    key = f"fees.{provider_id}"
    if not isinstance(spec, dict) or not provider_id.strip() \
            or not ("percent" in spec or "fixed" in spec):
        raise invalid(key, *_FEE_TABLE, spec)
    for field in spec:
        if field not in FEE_KEYS:
            raise unknown(f"{key}.{field}", FEE_KEYS, " of a fee table")
    if "fixed" in spec and ("percent" in spec or "minimum" in spec):
        other = "percent" if "percent" in spec else "minimum"
        raise SettingRefused(f"{key}.{other}", f"{key}.{other} goes with a percent fee, and this "
                             "table has a fixed one: choose a percent (with an optional "
                             "minimum) or a fixed fee, not both.")
    for field, value in spec.items():
        try:
            if field == "percent":
                _percent(value)
            else:
                money_minor(value, old_integers=False)
        except (_Wrong, _Integer):
            raise invalid(f"{key}.{field}", *_FEE_RULES[field], value) from None


def _percent(value: Any) -> None:
    if not isinstance(value, str):
        raise _Wrong
    m = _PERCENT.fullmatch(value.strip())
    if not m or int(m[1]) * 10_000 + int((m[2] or "").ljust(4, "0")) > 100 * 10_000:
        raise _Wrong


def check_together(merged: dict, where: str) -> None:
    """Limits that only make sense against each other, as one desk gets them (`where`)."""
    warning = money_minor(merged.get("drawer_warning_level") or 0, old_integers=False)
    hard = money_minor(merged.get("drawer_hard_limit") or 0, old_integers=False)
    if warning and hard and warning >= hard:
        key = "drawer_warning_level" if "drawer_warning_level" in merged else "drawer_hard_limit"
        raise SettingRefused(key, f"drawer_warning_level ({merged.get('drawer_warning_level')}) "
                                  f"must be less than drawer_hard_limit "
                                  f"({merged.get('drawer_hard_limit')}) for {where}, or the "
                                  "drawer stops taking cash before it ever warns; \"\" turns "
                                  "either off.")
    warn = merged.get("offline_warn_seconds", DESK_DEFAULTS["offline_warn_seconds"])
    block = merged.get("offline_block_seconds", DESK_DEFAULTS["offline_block_seconds"])
    if warn and block and warn >= block:
        key = "offline_warn_seconds" if "offline_warn_seconds" in merged \
            else "offline_block_seconds"
        raise SettingRefused(key, f"offline_warn_seconds ({warn}) must be less than "
                                  f"offline_block_seconds ({block}) for {where}, or the desk "
                                  "stops payments before it ever warns; 0 turns either off"
                                  + ("" if len({"offline_warn_seconds", "offline_block_seconds"}
                                               & merged.keys()) == 2
                                     else " (the one not set is the desk's default)") + ".")
