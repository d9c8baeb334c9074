"""Strict parsing of what clients send: bodies, ids, times, dates, money.

A request body is parsed here, not by pydantic, so every refusal has the protocol's
error shape and names the field. Hostile input gets a 400 with the field, never a 500:
duplicate keys, NaN, numbers too long to read, nesting too deep, control characters or
lone surrogates in a name, a boolean where a number belongs.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re

from backoffice.errors import bad_request

# fullmatch with explicit [0-9]: "$" lets a trailing newline through, "\d" matches
# Arabic-Indic and other digits.
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_RFC3339 = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}"
                      r"(\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})")
_MONEY = re.compile(r"-?[0-9]{1,15}\.[0-9]{2}")
_HASH = re.compile(r"[0-9a-f]{64}")
# C0 and C1 controls and DEL: never part of a name, and a way to forge log lines. A lone
# surrogate (a JSON escape \ud800 alone) cannot be stored or answered as UTF-8.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_PLAIN_KEY = re.compile(r"[A-Za-z0-9_.-]{1,64}")
MAX_SEQ = 2 ** 63 - 1


def parse_json(raw: bytes) -> object:
    """Decode a body, refusing what json.loads would quietly accept."""
    def no_duplicates(pairs):
        # dict() in C, then one length check: the decoder calls this for every object of
        # a 500-entry batch, and a loop in Python here costs more than the decoding.
        obj = dict(pairs)
        if len(obj) != len(pairs):
            seen = set()
            for k, _ in pairs:
                if k in seen:
                    raise bad_request(f"Duplicate key {shown_key(k)} in a JSON object.",
                                      safe_key(k))
                seen.add(k)
        return obj

    def no_constants(name):
        raise bad_request(f"{name} is not valid JSON.")

    def finite(text):
        value = float(text)
        if not math.isfinite(value):
            raise bad_request(f"The number {text[:40]} is too large.")
        return value

    if not raw:
        raise bad_request("The body is empty; a JSON object is required.")
    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=no_duplicates,
                          parse_constant=no_constants, parse_float=finite)
    except UnicodeDecodeError:
        raise bad_request("The body is not UTF-8.") from None
    except json.JSONDecodeError as exc:
        raise bad_request(f"The body is not valid JSON: {exc.msg} at position {exc.pos}.") from None
    except RecursionError:
        raise bad_request("The body is nested too deeply.") from None
    except ValueError:
        # Integers longer than sys.get_int_max_str_digits().
        raise bad_request("The body holds a number too long to read.") from None


def safe_key(key: str) -> str | None:
    """A client's key as it may be echoed in an error's field, or None."""
    return key if _PLAIN_KEY.fullmatch(key) else None


def shown_key(key: str) -> str:
    return repr(key) if safe_key(key) else "(a key that is not a plain name)"


def require_object(value: object, field: str | None) -> dict:
    if not isinstance(value, dict):
        raise bad_request("Expected a JSON object.", field)
    return value


def closed_object(body: dict, required: frozenset[str], prefix: str = "",
                  optional: frozenset[str] = frozenset()) -> None:
    """Exactly the schema's keys: nothing unread is ever stored or hashed."""
    if not optional and body.keys() == required:
        return
    allowed = required | optional
    for key in body:
        if key not in allowed:
            name = safe_key(key)
            raise bad_request(f"Unknown field {shown_key(key)}; this object takes only "
                              f"{', '.join(sorted(allowed))}.",
                              prefix + name if name else (prefix.rstrip(".") or None))
    for key in sorted(required):
        if key not in body:
            raise bad_request(f"{key} is required.", prefix + key)


def text(value: object, field: str, max_len: int, *, empty: bool = False) -> str:
    if not isinstance(value, str):
        raise bad_request("Expected a string.", field)
    if not value and not empty:
        raise bad_request("Must not be empty.", field)
    if len(value) > max_len:
        raise bad_request(f"At most {max_len} characters.", field)
    if _UNSAFE.search(value):
        raise bad_request("Control characters and lone surrogates are not allowed.", field)
    return value


def optional_text(value: object, field: str, max_len: int) -> str | None:
    return None if value is None else text(value, field, max_len, empty=True)


def ident(value: object, field: str) -> str:
    """A workstation, branch or user id: a letter or digit, then letters, digits, ._:@-"""
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise bad_request("Expected an id: 1 to 64 of A-Z a-z 0-9 . _ : @ -, starting with a "
                          "letter or digit.", field)
    return value


def is_ident(value: str) -> bool:
    return bool(_ID.fullmatch(value))


def integer(value: object, field: str, low: int, high: int) -> int:
    # bool is an int in Python; true is not 1 on this wire.
    if not isinstance(value, int) or isinstance(value, bool):
        raise bad_request("Expected a whole number.", field)
    if not low <= value <= high:
        raise bad_request(f"Must be from {low} to {high}.", field)
    return value


def seq(value: object, field: str) -> int:
    return integer(value, field, 1, MAX_SEQ)


def boolean(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise bad_request("Expected true or false.", field)
    return value


def hash_hex(value: object, field: str) -> str:
    if not isinstance(value, str) or not _HASH.fullmatch(value):
        raise bad_request("Expected a SHA-256 in 64 lowercase hex digits.", field)
    return value


def rfc3339(value: object, field: str) -> str:
    """The text itself, once it is known to be a real RFC 3339 time with an offset."""
    match = _RFC3339.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise bad_request("Expected an RFC 3339 time with an offset, e.g. "
                          "\"2026-11-22T10:15:03+05:00\".", field)
    normal = value
    if not value.isupper() or match.group(1) and len(match.group(1)) > 7:
        # fromisoformat takes an upper-case T and Z and at most 6 fraction digits.
        normal = re.sub(r"(\.[0-9]{6})[0-9]+", r"\1", value.upper())
    try:
        # Also refuses an offset of 24 hours or more.
        dt.datetime.fromisoformat(normal)
    except ValueError:
        raise bad_request(f"{value} is not a real time.", field) from None
    return value


def optional_rfc3339(value: object, field: str) -> str | None:
    return None if value is None else rfc3339(value, field)


def date(value: object, field: str) -> str:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise bad_request("Expected a date YYYY-MM-DD.", field)
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise bad_request(f"{value} is not a real date.", field) from None
    return value


def money(value: object, field: str, *, negative: bool = False) -> int:
    """"1272.26" -> 127226 tiyn: a string with exactly two fraction digits, never a number."""
    if not isinstance(value, str) or not _MONEY.fullmatch(value) \
            or (value.startswith("-") and not negative):
        raise bad_request("Expected money as a string with two fraction digits, e.g. "
                          "\"1272.26\".", field)
    return money_minor(value)


def money_minor(value: str) -> int:
    sign = -1 if value.startswith("-") else 1
    whole, frac = value.lstrip("-").split(".")
    return sign * (int(whole) * 100 + int(frac))


def wire_money(minor: int) -> str:
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 100)
    return f"{sign}{whole}.{frac:02d}"
