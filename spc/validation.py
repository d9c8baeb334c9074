"""Strict parsing of what clients send: JSON bodies, money, readings, times.

The wire is strict on purpose: a JSON number where money belongs, "1.5" or
"1.234" are refused with 400 and the field named, because a lenient server
lets a client bug that loses a tiyn go unnoticed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass

from spc.wire import from_wire, reading_from_wire

from spc.errors import bad_request, unprocessable

# Patterns are used with fullmatch and spell digits [0-9]: "$" would let a
# trailing newline through and "\d" matches Arabic-Indic and other digits.
ACCOUNT_RE = re.compile(r"[0-9]{4,20}")
_PAYMENT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")
_PERIOD = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_RFC3339 = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})")
# C0 controls, DEL and C1 controls: never part of an id, a name or a reason,
# and a way to forge log lines and receipts. A lone surrogate (the JSON escape
# \ud800 alone) decodes to a str that cannot be stored or answered as UTF-8.
# Control characters, the line and paragraph separators, and the bidi overrides that can
# make a receipt number or a name read as something else on a screen or a log line.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_PRINTABLE_KEY = re.compile(r"[A-Za-z0-9_.-]+")
_MAX_KEY = 64
MAX_TEXT = 200
MAX_LINES = 50
PAYMENT_KEYS = frozenset({"payment_id", "workstation_id", "teller_id", "receipt_no", "accepted_at",
                          "business_date", "account", "period", "lines", "fee", "total"})
LINE_KEYS = frozenset({"service_code", "amount", "reading"})


def is_account(text: str) -> bool:
    return bool(ACCOUNT_RE.fullmatch(text))


def is_payment_id(text: str) -> bool:
    return bool(_PAYMENT_ID.fullmatch(text))


def parse_json(raw: bytes) -> object:
    """Decode a body, refusing what json.loads would quietly accept."""
    def no_duplicates(pairs):
        obj = {}
        for k, v in pairs:
            if k in obj:
                raise bad_request(f"Duplicate key {k!r} in JSON object.", safe_key(k))
            obj[k] = v
        return obj

    def no_constants(name):
        raise bad_request(f"{name} is not valid JSON.")

    if not raw:
        raise bad_request("The body is empty; a JSON object is required.")
    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=no_duplicates,
                          parse_constant=no_constants)
    except UnicodeDecodeError:
        raise bad_request("The body is not UTF-8.") from None
    except json.JSONDecodeError as exc:
        raise bad_request(f"The body is not valid JSON: {exc.msg} at position {exc.pos}.") from None
    except RecursionError:
        # No body of this protocol nests deeper than four levels; the decoder's
        # own limit is the first place a hostile depth can be stopped.
        raise bad_request("The body is nested too deeply.") from None
    except ValueError:
        # Integers longer than sys.get_int_max_str_digits().
        raise bad_request("The body holds a number too long to read.") from None


def safe_key(key: str) -> str | None:
    """A client's key as it may be echoed in an error's field, or None."""
    if len(key) <= _MAX_KEY and _PRINTABLE_KEY.fullmatch(key):
        return key
    return None


def closed_object(body: dict, allowed: frozenset[str], prefix: str = "") -> None:
    """Refuse keys outside the schema: nothing unread is ever stored or hashed."""
    for key in body:
        if key not in allowed:
            name = safe_key(key)
            where = prefix + name if name is not None else (prefix.rstrip(".") or None)
            shown = name if name is not None else "that is not a plain name"
            raise bad_request(f"Unknown field {shown}; this object takes only "
                              f"{', '.join(sorted(allowed))}.", where)


def canonical_json(body: object) -> str:
    """Same JSON value, same text: key order and whitespace do not matter."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_hash(body: object) -> str:
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def parse_rfc3339(value: object, field: str) -> dt.datetime:
    if not isinstance(value, str) or not _RFC3339.fullmatch(value):
        raise bad_request("Expected an RFC 3339 time with an offset, e.g. "
                          "\"2026-11-22T10:15:03+05:00\".", field)
    text = value.upper()
    # fromisoformat takes at most 6 fraction digits; RFC 3339 allows more.
    text = re.sub(r"(\.\d{6})\d+", r"\1", text)
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise bad_request(f"{value!r} is not a real time.", field) from None


def parse_date(value: object, field: str) -> str:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise bad_request("Expected a date YYYY-MM-DD.", field)
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise bad_request(f"{value!r} is not a real date.", field) from None
    return value


def parse_money(value: object, field: str) -> int:
    try:
        return from_wire(value)
    except ValueError:
        raise bad_request("Money must be a string with exactly two fraction digits, "
                          "e.g. \"1272.26\".", field) from None


def parse_reading(value: object, field: str) -> int | None:
    if value is None:
        return None
    try:
        return reading_from_wire(value)
    except ValueError:
        raise bad_request("A reading must be a string with up to three fraction digits, "
                          "e.g. \"12345.678\", or null.", field) from None


def check_text(value: str, field: str) -> str:
    if _CONTROL.search(value):
        raise bad_request(f"{field} must not contain control characters (U+0000 to U+001F, "
                          "U+007F to U+009F, U+2028, U+2029, bidi controls).", field)
    if _SURROGATE.search(value):
        raise bad_request(f"{field} is not valid Unicode text (a lone surrogate).", field)
    return value


def text_field(body: dict, name: str, prefix: str = "") -> str:
    field = prefix + name
    if name not in body:
        raise bad_request(f"Missing field {field}.", field)
    value = body[name]
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT:
        raise bad_request(f"{field} must be a non-empty string of at most {MAX_TEXT} characters.",
                          field)
    return check_text(value, field)


def query_text(value: str, field: str) -> str:
    if len(value) > MAX_TEXT:
        raise bad_request(f"{field} must be at most {MAX_TEXT} characters.", field)
    return check_text(value, field)


def path_payment_id(value: str) -> str:
    """A payment_id from the URL: it can only name a payment if it could have been one."""
    if not is_payment_id(value):
        raise bad_request("Not a payment_id: letters, digits and . _ : - only.", "payment_id")
    return value


def period_index(period: str) -> int:
    """Months since year 0, so "the period before" is simply index - 1."""
    m = _PERIOD.fullmatch(period)
    if not m:
        raise ValueError(period)
    return int(m[1]) * 12 + int(m[2]) - 1


def period_from_index(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@dataclass(frozen=True)
class Line:
    service_code: str
    amount: int
    reading: int | None


@dataclass(frozen=True)
class PaymentIn:
    payment_id: str
    workstation_id: str
    teller_id: str
    receipt_no: str
    accepted_at: str
    business_date: str
    account: str
    period: str
    lines: tuple[Line, ...]
    fee: int
    total: int
    body_hash: str


def parse_payment(body: object, prefix: str = "") -> PaymentIn:
    """Shape checks (400) and the arithmetic that needs no account (422).

    Everything here depends on the body alone, so a body that once passed
    always passes: a replay never fails on it.
    """
    if not isinstance(body, dict):
        raise bad_request("A payment must be a JSON object.", prefix.rstrip(".") or None)
    p = prefix
    closed_object(body, PAYMENT_KEYS, p)
    payment_id = text_field(body, "payment_id", p)
    if not is_payment_id(payment_id):
        raise bad_request("payment_id may hold only letters, digits and . _ : - "
                          "(a UUID is expected).", p + "payment_id")
    workstation_id = text_field(body, "workstation_id", p)
    teller_id = text_field(body, "teller_id", p)
    receipt_no = text_field(body, "receipt_no", p)
    if "accepted_at" not in body:
        raise bad_request(f"Missing field {p}accepted_at.", p + "accepted_at")
    accepted_at = parse_rfc3339(body["accepted_at"], p + "accepted_at")
    if "business_date" not in body:
        raise bad_request(f"Missing field {p}business_date.", p + "business_date")
    business_date = parse_date(body["business_date"], p + "business_date")
    # A business day is the calendar day where the payment was taken, or the
    # next one when the desk closed its day and opened the next in the evening
    # (cashier/days.py); it never begins two days ahead of the clock.
    if dt.date.fromisoformat(business_date) > accepted_at.date() + dt.timedelta(days=1):
        raise bad_request(f"business_date {business_date} is more than one day after the date "
                          f"of accepted_at ({accepted_at.date().isoformat()} in its own offset).",
                          p + "business_date")
    account = body.get("account")
    if not isinstance(account, str) or not is_account(account):
        raise bad_request("account must be a string of 4 to 20 digits.", p + "account")
    period = body.get("period")
    if not isinstance(period, str) or not _PERIOD.fullmatch(period):
        raise bad_request("period must be YYYY-MM.", p + "period")
    lines = _parse_lines(body.get("lines"), p)
    for name in ("fee", "total"):
        if name not in body:
            raise bad_request(f"Missing field {p}{name}.", p + name)
    fee = parse_money(body["fee"], p + "fee")
    total = parse_money(body["total"], p + "total")

    for i, line in enumerate(lines):
        if line.amount <= 0:
            raise unprocessable("invalid_amount", "Every line amount must be above 0.00.",
                                f"{p}lines[{i}].amount")
    if fee < 0:
        raise unprocessable("invalid_amount", "The fee cannot be negative.", p + "fee")
    if total != sum(line.amount for line in lines) + fee:
        raise unprocessable("total_mismatch", "total is not the sum of the line amounts plus fee.",
                            p + "total")
    return PaymentIn(payment_id, workstation_id, teller_id, receipt_no, body["accepted_at"],
                     business_date, account, period, tuple(lines), fee, total,
                     canonical_hash(body))


def _parse_lines(value: object, p: str) -> list[Line]:
    if not isinstance(value, list) or not value:
        raise bad_request("lines must be a non-empty array.", p + "lines")
    if len(value) > MAX_LINES:
        raise bad_request(f"At most {MAX_LINES} lines per payment.", p + "lines")
    lines: list[Line] = []
    seen: set[str] = set()
    for i, item in enumerate(value):
        lp = f"{p}lines[{i}]."
        if not isinstance(item, dict):
            raise bad_request("A line must be a JSON object.", lp.rstrip("."))
        closed_object(item, LINE_KEYS, lp)
        code = text_field(item, "service_code", lp)
        if code in seen:
            raise bad_request(f"Service {code} appears more than once.", lp + "service_code")
        seen.add(code)
        if "amount" not in item:
            raise bad_request(f"Missing field {lp}amount.", lp + "amount")
        amount = parse_money(item["amount"], lp + "amount")
        # An absent reading means "no reading", the same as null.
        reading = parse_reading(item.get("reading"), lp + "reading")
        lines.append(Line(code, amount, reading))
    return lines


def parse_limit(value: str | None, default: int, maximum: int) -> int:
    if value is None or value == "":
        return default
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= maximum:
        raise bad_request(f"limit must be an integer from 1 to {maximum}.", "limit")
    return int(value)
