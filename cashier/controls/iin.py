"""Kazakhstan's IIN (individual identification number): parse, check, mask.

An IIN is 12 digits:

    YY MM DD  C  SSSS  K
    1-6       7  8-11  12

- digits 1-6 are the birth date, YYMMDD;
- digit 7 is the century and the sex: 1/2 born in the 1800s, 3/4 in the 1900s,
  5/6 in the 2000s; odd is male, even is female (0, 7, 8, 9 are refused);
- digits 8-11 are a serial number given by the registry;
- digit 12 is the check digit: the sum of digits 1-11 weighted 1, 2, ..., 11,
  modulo 11; when that is 10, a second sum weighted 3, 4, ..., 11, 1, 2, modulo 11;
  when that is 10 too, no IIN has these eleven digits.

Checks run in that order: the format (after the spaces and dashes a person types
are dropped), the check digit (a typo almost always breaks it), then the birth
date (a real date, not after `today`, which the caller gives: the business date).

Worked examples (digits 1-11 -> first sum -> second sum -> digit 12), used as
fixtures in tests/unit/test_iin.py:

    850101300015  man, born 1985-01-01: first sum 60, 60 mod 11 = 5
    900215400043  woman, born 1990-02-15
    000229500127  man, born 2000-02-29 (a leap day)
    751231200078  woman, born 1875-12-31
    850101300603  first sum 109 (mod 11 = 10), second sum 91, 91 mod 11 = 3
    85010130069-  no IIN begins so: the first sum 208 and the second 109 both give 10

A correct check digit does not make a birth date real; `parse_iin` checks both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from cashier.errors import ValidationError

IIN_LENGTH = 12
FIRST_WEIGHTS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
# Digit 7 -> the first year of the century; its parity gives the sex.
CENTURY_START = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}

# What a person may type between the digits: spaces (also no-break ones) and dashes.
_SEPARATORS = re.compile(r"[\s\u00a0\u202f\-\u2010\u2011\u2012\u2013\u2014\u2212]")
_DIGITS = re.compile(r"\d{12}", re.ASCII)


class Sex(str, Enum):
    MALE = "male"
    FEMALE = "female"


class IinInvalid(ValidationError):
    """The IIN typed is not one: `code` is iin_format, iin_check_digit or iin_birth_date."""


@dataclass(frozen=True)
class Iin:
    """A checked IIN. `repr` masks the number: it is a person's identity, not log text."""

    value: str = field(repr=False)
    birth_date: date
    sex: Sex

    @property
    def masked(self) -> str:
        return mask_iin(self.value)

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return f"Iin({self.masked!r}, birth_date={self.birth_date.isoformat()}, sex={self.sex.value})"


def clean_iin(text: str | None) -> str:
    """What was typed without its spaces and dashes (not checked)."""
    return _SEPARATORS.sub("", str(text or "").strip())


def check_digit(first11: str) -> int | None:
    """The 12th digit for these eleven, or None when both passes give 10 (no such IIN)."""
    if len(first11) != IIN_LENGTH - 1 or not first11.isascii() or not first11.isdigit():
        raise ValueError(f"eleven ASCII digits expected, got {first11!r}")
    digits = [ord(c) - 48 for c in first11]
    result = sum(d * w for d, w in zip(digits, FIRST_WEIGHTS)) % 11
    if result == 10:
        result = sum(d * w for d, w in zip(digits, SECOND_WEIGHTS)) % 11
    return None if result == 10 else result


def needs_second_pass(first11: str) -> bool:
    """Whether the first weighted sum of these eleven digits is 10 (mod 11)."""
    digits = [ord(c) - 48 for c in first11]
    return sum(d * w for d, w in zip(digits, FIRST_WEIGHTS)) % 11 == 10


def _refuse(code: str, message: str, typed: str, field: str, **params) -> IinInvalid:
    return IinInvalid(code, message, field, {"iin": mask_iin(typed), **params})


def parse_iin(text: str | None, today: date, field: str = "iin") -> Iin:
    """Check what was typed and return the IIN with its birth date and sex.

    Raises IinInvalid (a ValidationError) naming `field`; its params carry the
    number masked, never whole.
    """
    value = clean_iin(text)
    if not _DIGITS.fullmatch(value):
        raise _refuse("iin_format",
                      "An IIN is 12 digits. Type the 12 digits from the customer's ID card.",
                      value, field, length=len(value))
    expected = check_digit(value[:11])
    if expected is None or expected != ord(value[11]) - 48:
        raise _refuse("iin_check_digit",
                      "This IIN does not exist: a digit is mistyped. Check it against the ID card.",
                      value, field)
    century = CENTURY_START.get(ord(value[6]) - 48)
    if century is None:
        raise _refuse("iin_birth_date",
                      "The 7th digit of an IIN is 1 to 6. Check the IIN against the ID card.",
                      value, field)
    try:
        born = date(century + int(value[0:2]), int(value[2:4]), int(value[4:6]))
    except ValueError:
        raise _refuse("iin_birth_date",
                      "The first 6 digits of an IIN are the birth date (YYMMDD) and these are "
                      "no date. Check the IIN against the ID card.", value, field) from None
    if born > today:
        raise _refuse("iin_birth_date",
                      "The birth date in this IIN is in the future. Check the IIN against "
                      "the ID card.", value, field, birth_date=born.isoformat())
    sex = Sex.MALE if (ord(value[6]) - 48) % 2 == 1 else Sex.FEMALE
    return Iin(value, born, sex)


def mask_iin(value: str | None) -> str:
    """'850101300017' -> '8501******17': the first 4 and last 2 digits, for screens and logs.

    Anything that is not 12 digits (after spaces and dashes) is masked whole: a
    mask never raises and never shows more than it would for a real IIN.
    """
    cleaned = clean_iin(value)
    if _DIGITS.fullmatch(cleaned):
        return cleaned[:4] + "*" * 6 + cleaned[10:]
    return "*" * len(cleaned)


def valid_iin_for(birth: date, sex: Sex | str, serial: int) -> str:
    """The IIN of a person born on `birth` with `serial` (0..9999) as digits 8-11.

    For tests and benchmarks. Raises ValueError when no IIN has these digits
    (both check passes give 10: about one serial in 121); take the next serial.
    """
    sex = Sex(sex)
    if not 1800 <= birth.year <= 2099:
        raise ValueError(f"an IIN holds births from 1800 to 2099, not {birth.year}")
    if not 0 <= serial <= 9999:
        raise ValueError(f"the serial is 4 digits, not {serial}")
    century_digit = (birth.year // 100 - 18) * 2 + (1 if sex is Sex.MALE else 2)
    first11 = f"{birth:%y%m%d}{century_digit}{serial:04d}"
    digit = check_digit(first11)
    if digit is None:
        raise ValueError(f"no IIN begins with {first11}: both check passes give 10")
    return first11 + str(digit)
