"""Amounts as integer minor units (tiyn), meter readings as integer thousandths.

Nothing here ever touches a float: text is parsed digit by digit, so "0.1 + 0.2"
style drift cannot reach a receipt. The wire format (spc-protocol.md) is a
decimal string with exactly two fraction digits for money and up to three for
readings; the teller may type a comma instead of a dot and spaces between
thousands, because that is how amounts are written on Kazakh invoices.
"""

from __future__ import annotations

import re

from cashier.errors import ValidationError

MINOR_PER_MAJOR = 100
READING_SCALE = 1000

# What a teller may type: digits, optional thousands separators (space, NBSP,
# narrow NBSP), one decimal separator (dot or comma).
_SPACES = re.compile(r"[ \u00a0\u202f]")
_DECIMAL = re.compile(r"^(?P<sign>-?)(?P<int>\d+)(?:[.,](?P<frac>\d*))?$", re.ASCII)
# The wire is strict: exactly what the protocol says, nothing else.
_WIRE_MONEY = re.compile(r"^-?\d+\.\d{2}$", re.ASCII)
_WIRE_READING = re.compile(r"^\d+(?:\.\d{1,3})?$", re.ASCII)

MAX_DIGITS = 15  # 10^13 tenge is far beyond any utility bill; it bounds garbage input


def _parse_decimal(text: str, scale_digits: int, field: str, code_prefix: str,
                   allow_negative: bool) -> int:
    if text is None:
        raise ValidationError(f"{code_prefix}_empty", "A value is required.", field)
    cleaned = _SPACES.sub("", str(text).strip())
    if not cleaned:
        raise ValidationError(f"{code_prefix}_empty", "A value is required.", field)
    m = _DECIMAL.fullmatch(cleaned)
    if not m:
        raise ValidationError(f"{code_prefix}_not_a_number",
                              f"'{text}' is not a number.", field)
    if m["sign"] and not allow_negative:
        raise ValidationError(f"{code_prefix}_negative",
                              "The value cannot be negative.", field)
    frac = m["frac"] or ""
    if len(frac) > scale_digits:
        raise ValidationError(f"{code_prefix}_too_many_decimals",
                              f"At most {scale_digits} digits after the decimal point.",
                              field, {"digits": scale_digits})
    whole = m["int"].lstrip("0") or "0"
    if len(whole) > MAX_DIGITS:
        raise ValidationError(f"{code_prefix}_too_large", "The value is too large.", field)
    value = int(whole) * 10 ** scale_digits + int(frac.ljust(scale_digits, "0") or "0")
    return -value if m["sign"] else value


def parse_amount(text: str, field: str = "amount", allow_negative: bool = False) -> int:
    """Parse what a teller typed into minor units; raise ValidationError otherwise."""
    return _parse_decimal(text, 2, field, "amount", allow_negative)


def parse_reading(text: str, field: str = "reading") -> int:
    """Parse a meter reading into thousandths of its unit."""
    return _parse_decimal(text, 3, field, "reading", allow_negative=False)


def from_wire(text: object, field: str = "amount") -> int:
    """Parse a protocol money string ("1272.26", "-50.00"); strict, for data from the network."""
    if not isinstance(text, str) or not _WIRE_MONEY.fullmatch(text):
        raise ValidationError("wire_money_invalid", f"Bad money string from the SPC: {text!r}", field)
    return _parse_decimal(text, 2, field, "amount", allow_negative=True)


def reading_from_wire(text: object, field: str = "reading") -> int:
    if not isinstance(text, str) or not _WIRE_READING.fullmatch(text):
        raise ValidationError("wire_reading_invalid", f"Bad reading string from the SPC: {text!r}", field)
    return parse_reading(text, field)


def to_wire(minor: int) -> str:
    """Minor units to the protocol's string with exactly two fraction digits."""
    if not isinstance(minor, int) or isinstance(minor, bool):
        raise TypeError(f"money must be int minor units, got {type(minor).__name__}")
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), MINOR_PER_MAJOR)
    return f"{sign}{whole}.{frac:02d}"


def reading_to_wire(thousandths: int) -> str:
    """Readings always travel with three fraction digits, e.g. "12410.000"."""
    if not isinstance(thousandths, int) or isinstance(thousandths, bool):
        raise TypeError("reading must be int thousandths")
    whole, frac = divmod(thousandths, READING_SCALE)
    return f"{whole}.{frac:03d}"


def format_amount(minor: int, currency: str | None = None) -> str:
    """For people: '1 272,26' with a thin group separator, as Kazakh receipts print it."""
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), MINOR_PER_MAJOR)
    grouped = f"{whole:,}".replace(",", "\u00a0")
    text = f"{sign}{grouped},{frac:02d}"
    if currency:
        text += "\u00a0" + currency_symbol(currency)
    return text


def format_reading(thousandths: int) -> str:
    whole, frac = divmod(thousandths, READING_SCALE)
    grouped = f"{whole:,}".replace(",", "\u00a0")
    frac_text = f"{frac:03d}".rstrip("0")
    return f"{grouped},{frac_text}" if frac_text else grouped


def currency_symbol(code: str) -> str:
    return {"KZT": "₸", "RUB": "₽", "USD": "$", "EUR": "€"}.get(code, code)
