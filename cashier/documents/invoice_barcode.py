"""The invoice barcode payload: digits only, self-checking, never an account.

Layout (docs/invoice-barcode.md has a worked example):

    991 LL AAAA...A YYYYMM TTTTTTTTTTTT C
    |   |  |        |      |            Luhn check digit over everything before it
    |   |  |        |      total due in tiyn, zero-padded to 12 digits
    |   |  |        period of the invoice
    |   |  account number, LL digits (04..20)
    |   account length, two digits
    prefix marking an SPC invoice

Digits only because a barcode scanner "types" like a keyboard: under a Russian
layout punctuation arrives as other characters. The shortest payload is 28
digits, so it can never be confused with an account number (4 to 20 digits).

This lives in cashier/ because both sides need it: the invoice renderer
(cashier/documents/invoice.py, used by the SPC and by the workstation's offline copy)
encodes it, and the teller's desk decodes what a scanner types. spc/barcode.py
re-exports it for the reference SPC.
"""

from __future__ import annotations

import re

PREFIX = "991"
TOTAL_DIGITS = 12
MIN_ACCOUNT, MAX_ACCOUNT = 4, 20
MIN_LENGTH = len(PREFIX) + 2 + MIN_ACCOUNT + 6 + TOTAL_DIGITS + 1

_PERIOD = re.compile(r"([0-9]{4})-([0-9]{2})")


def luhn_check_digit(digits: str) -> str:
    """The digit that, appended to `digits`, makes the whole pass the Luhn test."""
    total = 0
    # Walking from the right, the digit next to the (future) check digit is doubled.
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def encode(account: str, period: str, total_tiyn: int) -> str:
    """Build the payload for an account, a period "YYYY-MM" and a total in tiyn."""
    if not isinstance(account, str) or not account.isascii() or not account.isdigit() \
            or not MIN_ACCOUNT <= len(account) <= MAX_ACCOUNT:
        raise ValueError(f"account must be {MIN_ACCOUNT} to {MAX_ACCOUNT} digits, got {account!r}")
    m = _PERIOD.fullmatch(period) if isinstance(period, str) else None
    if not m or not 1 <= int(m[2]) <= 12:
        raise ValueError(f"period must be YYYY-MM, got {period!r}")
    if not isinstance(total_tiyn, int) or isinstance(total_tiyn, bool) \
            or not 0 <= total_tiyn < 10 ** TOTAL_DIGITS:
        raise ValueError(f"total must be an int from 0 to {10 ** TOTAL_DIGITS - 1} tiyn, got {total_tiyn!r}")
    body = f"{PREFIX}{len(account):02d}{account}{m[1]}{m[2]}{total_tiyn:0{TOTAL_DIGITS}d}"
    return body + luhn_check_digit(body)


def decode(text: str) -> tuple[str, str, int]:
    """Split a scanned payload into (account, "YYYY-MM", total_tiyn).

    Surrounding whitespace (the scanner's Enter) is ignored; anything else that
    is wrong raises ValueError saying what.
    """
    if not isinstance(text, str):
        raise ValueError("barcode payload must be a string")
    s = text.strip()
    if not s.isascii() or not s.isdigit():
        raise ValueError("barcode payload must contain digits only")
    if not s.startswith(PREFIX):
        raise ValueError(f"not an invoice barcode: does not start with {PREFIX}")
    if len(s) < MIN_LENGTH:
        raise ValueError(f"invoice barcode too short: {len(s)} digits, at least {MIN_LENGTH} expected")
    n = int(s[3:5])
    if not MIN_ACCOUNT <= n <= MAX_ACCOUNT:
        raise ValueError(f"invoice barcode has an impossible account length {n}")
    expected = len(PREFIX) + 2 + n + 6 + TOTAL_DIGITS + 1
    if len(s) != expected:
        raise ValueError(f"invoice barcode has {len(s)} digits, {expected} expected for a {n}-digit account")
    if luhn_check_digit(s[:-1]) != s[-1]:
        raise ValueError("invoice barcode check digit is wrong (misread or mistyped)")
    account = s[5:5 + n]
    year, month = s[5 + n:9 + n], s[9 + n:11 + n]
    if not 1 <= int(month) <= 12:
        raise ValueError(f"invoice barcode has an impossible month {month}")
    total = int(s[11 + n:11 + n + TOTAL_DIGITS])
    return account, f"{year}-{month}", total
