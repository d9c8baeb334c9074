"""Money and meter readings on the wire (spc-protocol.md): strings, never JSON numbers.

The reference SPC keeps its own copy of these few lines rather than the desk's: it is
the other side of the protocol, and a bug on one side must not hide one on the other.
"""

from __future__ import annotations

import re

_MONEY = re.compile(r"-?[0-9]{1,15}\.[0-9]{2}")
_READING = re.compile(r"[0-9]{1,15}(\.[0-9]{1,3})?")


def from_wire(text: object) -> int:
    """"1272.26" -> 127226 tiyn; ValueError for anything that is not exactly that shape."""
    if not isinstance(text, str) or not _MONEY.fullmatch(text):
        raise ValueError(f"not a money string: {text!r}")
    sign = -1 if text.startswith("-") else 1
    whole, frac = text.lstrip("-").split(".")
    return sign * (int(whole) * 100 + int(frac))


def reading_from_wire(text: object) -> int:
    """"12345.678" -> 12345678 thousandths; ValueError for anything else."""
    if not isinstance(text, str) or not _READING.fullmatch(text):
        raise ValueError(f"not a reading string: {text!r}")
    whole, _, frac = text.partition(".")
    return int(whole) * 1000 + int(frac.ljust(3, "0"))


def to_wire(minor: int) -> str:
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 100)
    return f"{sign}{whole}.{frac:02d}"


def reading_to_wire(thousandths: int) -> str:
    whole, frac = divmod(thousandths, 1000)
    return f"{whole}.{frac:03d}"
