"""The kinds of value a config.toml key may hold, as parsers: each returns the value as
the Config holds it or raises WrongValue. cashier/config_schema.py names, for each key,
which of them applies, with what it expects and an example."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Callable

CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL = CONTROL
_HOST_PORT = re.compile(r"[A-Za-z0-9.-]{1,253}:[0-9]{1,5}")
_EMAIL = re.compile(r"[^@\s<>\"]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


class WrongValue(Exception):
    """A value does not fit its rule; the caller knows the key and the file."""


@dataclass(frozen=True)
class Rule:
    expected: str                 # what the key holds, in words
    example: str                  # a right value, as written in TOML
    parse: Callable[[Any], Any]   # the value for Config, or raise WrongValue


def line(max_len: int = 200, required: bool = False) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        if not isinstance(value, str) or _CONTROL.search(value) or len(value) > max_len \
                or (required and not value.strip()):
            raise WrongValue
        return value
    return parse

def matching(pattern: re.Pattern, allow_empty: bool = False) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        if not isinstance(value, str) or not (pattern.fullmatch(value) or (allow_empty and value == "")):
            raise WrongValue
        return value
    return parse

def choice(*allowed: str) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        if value not in allowed or not isinstance(value, str):
            raise WrongValue
        return value
    return parse

def host_port(value: Any) -> str:
    if value == "":
        return value
    if not isinstance(value, str) or not _HOST_PORT.fullmatch(value) \
            or not 1 <= int(value.rpartition(":")[2]) <= 65535:
        raise WrongValue
    return value

def email_or_empty(value: Any) -> str:
    if value == "":
        return value
    if not isinstance(value, str) or len(value) > 254 or not _EMAIL.fullmatch(value):
        raise WrongValue
    return value

def whole(lo: int, hi: int) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise WrongValue
        return value
    return parse

def seconds(lo: float, hi: float) -> Callable[[Any], float]:
    def parse(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not math.isfinite(value) or not lo <= value <= hi:
            raise WrongValue
        return float(value)
    return parse

def boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise WrongValue
    return value
