"""What a barcode or QR scanner typed into the account field, understood.

A scanner in keyboard mode types its payload followed by Enter, so the account
field receives one of three things:
- a plain personal account number (4 to 20 digits);
- the SPC's invoice barcode (digits only, 28 or more: docs/invoice-barcode.md);
- a payment QR code after GOST R 56042-2014: "ST0001" + an encoding digit +
  a separator character, then Key=Value pairs joined by that separator, e.g.
  ST00012|Name=ТОО ЕРЦ|PersonalAcc=...|PersAcc=1002003001|Sum=584351|PaymPeriod=102026

Only what the desk needs is taken: the account (PersAcc), the suggested total
(Sum, in kopecks/tiyn), the period (PaymPeriod) and meter readings
(CounterId/CounterVal). A wrong or partial payload raises ValidationError and
changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cashier import money
from cashier.documents import invoice_barcode
from cashier.errors import ValidationError
from cashier.model import ACCOUNT_RE

GOST_HEADER = re.compile(r"ST0001([123])(.)", re.ASCII | re.DOTALL)
_PERIODS = [
    (re.compile(r"(0[1-9]|1[0-2])\.?(\d{4})", re.ASCII), lambda m: f"{m[2]}-{m[1]}"),
    (re.compile(r"(\d{4})-(0[1-9]|1[0-2])", re.ASCII), lambda m: f"{m[1]}-{m[2]}"),
]


@dataclass(frozen=True)
class ScanResult:
    kind: str                      # "account" | "spc_barcode" | "gost_qr"
    account: str
    period: str | None = None      # YYYY-MM
    total: int | None = None       # suggested total, minor units
    readings: dict[str, int] = field(default_factory=dict)  # meter id -> thousandths


def _fail(code: str, message: str, **params) -> ValidationError:
    return ValidationError(code, message, "account", params)


def _period(text: str) -> str:
    for pattern, build in _PERIODS:
        m = pattern.fullmatch(text.strip())
        if m:
            return build(m)
    raise _fail("scan_bad_period", f"The QR code's payment period {text!r} is not a month.")


def parse_gost_qr(text: str) -> ScanResult:
    m = GOST_HEADER.match(text)
    if not m:
        raise _fail("scan_qr_partial", "The QR code was read only in part; scan it again.")
    sep = m[2]
    if sep.isalnum() or sep == "=":
        raise _fail("scan_qr_malformed", "The QR code's separator is missing.")
    pairs: list[tuple[str, str]] = []
    for part in text[m.end():].split(sep):
        if not part.strip():
            continue
        key, eq, value = part.partition("=")
        if not eq or not key.strip():
            raise _fail("scan_qr_malformed", f"The QR code has a broken field {part[:30]!r}; scan it again.")
        pairs.append((key.strip(), value.strip()))
    fields: dict[str, str] = {}
    for key, value in pairs:
        # Keys are case-insensitive in practice: banks print both PersAcc and persAcc.
        fields.setdefault(key.lower(), value)
    account = fields.get("persacc", "")
    if not account:
        raise _fail("scan_qr_no_account",
                    "The QR code has no personal account (PersAcc): type the account by hand.")
    if not ACCOUNT_RE.fullmatch(account):
        raise _fail("scan_qr_bad_account",
                    f"The QR code's personal account {account!r} is not 4 to 20 digits.")
    total = None
    if fields.get("sum"):
        if not re.fullmatch(r"[0-9]{1,15}", fields["sum"], re.ASCII):
            raise _fail("scan_qr_bad_sum", f"The QR code's sum {fields['sum']!r} is not a whole number of tiyn.")
        total = int(fields["sum"])
    period = _period(fields["paymperiod"]) if fields.get("paymperiod") else None
    readings: dict[str, int] = {}
    ids = [v for k, v in pairs if k.lower() == "counterid"]
    vals = [v for k, v in pairs if k.lower() == "counterval"]
    if len(ids) != len(vals):
        raise _fail("scan_qr_partial", "The QR code's meter fields do not pair up; scan it again.")
    for meter_id, value in zip(ids, vals):
        try:
            readings[meter_id] = money.parse_reading(value, field="account")
        except ValidationError as exc:
            raise _fail("scan_qr_bad_reading", f"The QR code's reading {value!r} is not a number.") from exc
    return ScanResult("gost_qr", account, period, total, readings)


def parse_scan(text: str) -> ScanResult:
    """Recognise what the account field received; raise ValidationError if nothing fits."""
    raw = (text or "").strip()
    if not raw:
        raise _fail("account_empty", "Enter the personal account number.")
    if raw.upper().startswith("ST0001"):
        return parse_gost_qr(raw)
    if raw.isascii() and raw.isdigit():
        if ACCOUNT_RE.fullmatch(raw):
            return ScanResult("account", raw)
        if raw.startswith(invoice_barcode.PREFIX):
            try:
                account, period, total = invoice_barcode.decode(raw)
            except ValueError as exc:
                raise _fail("scan_barcode_invalid",
                            f"The invoice barcode did not read correctly ({exc}); scan it again "
                            "or type the account by hand.") from exc
            return ScanResult("spc_barcode", account, period, total)
        raise _fail("account_invalid", "A personal account number has 4 to 20 digits.")
    if raw.upper().startswith("ST"):
        raise _fail("scan_qr_partial", "The QR code was read only in part; scan it again.")
    raise _fail("account_invalid", "A personal account number has 4 to 20 digits.")
