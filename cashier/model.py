"""The workstation's vocabulary as plain dataclasses.

Amounts are int minor units, readings int thousandths (see money.py). Objects
that come from the SPC are built with `from_wire`, which checks every field:
garbage from the network raises ValidationError instead of reaching a receipt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from cashier import money
from cashier.errors import ValidationError

ACCOUNT_RE = re.compile(r"^[0-9]{4,20}$")
SERVICE_CODE_RE = re.compile(r"^[A-Z0-9_]{1,16}$")
PERIOD_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def check_account_number(text: str) -> str:
    """The personal account as the protocol wants it: 4 to 20 ASCII digits."""
    value = (text or "").strip()
    if not value:
        raise ValidationError("account_empty", "Enter the personal account number.", "account")
    if not ACCOUNT_RE.fullmatch(value):
        raise ValidationError("account_invalid",
                              "A personal account number has 4 to 20 digits.", "account")
    return value


# Longest text the SPC may send per field: enough for any real address or provider name,
# and small enough that a receipt can always print it (an address of 100,000 characters
# once made a committed payment whose receipt could never be drawn).
MAX_TEXT = {"holder": 200, "address": 400, "name": 200, "id": 64, "unit": 16, "etag": 200,
            "invoice_url": 500}
MAX_SERVICES = 50
# Text a person or the SPC may hand us must not hold control characters, the line and
# paragraph separators, or the bidi overrides that make a name or a number read as something
# else on a screen, a receipt or a log line. The one pattern for every such text on the desk.
UNSAFE_TEXT = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _req(data: dict, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(data, dict) or key not in data:
        raise ValidationError("wire_field_missing", f"{where}: field '{key}' is missing", key)
    value = data[key]
    if not isinstance(value, kind):
        raise ValidationError("wire_field_invalid", f"{where}: field '{key}' has a wrong type", key)
    return value


def _text(data: dict, key: str, where: str, limit: str | None = None) -> str:
    """A text field from the SPC: a string, not blank, bounded, no control characters."""
    value = _req(data, key, str, where)
    cap = MAX_TEXT[limit or key]
    if not value.strip() or len(value) > cap or UNSAFE_TEXT.search(value):
        raise ValidationError("wire_field_invalid", f"{where}: field '{key}' is empty, longer "
                              f"than {cap} characters or holds control characters", key)
    return value


@dataclass(frozen=True)
class Provider:
    id: str
    name: str


@dataclass(frozen=True)
class Meter:
    id: str
    unit: str
    previous_reading: int  # thousandths


@dataclass(frozen=True)
class Service:
    code: str
    name: str
    provider: Provider
    amount_due: int  # minor units; may be 0 or negative (an advance)
    meter: Meter | None

    @classmethod
    def from_wire(cls, data: dict) -> "Service":
        code = _req(data, "code", str, "service")
        if not SERVICE_CODE_RE.fullmatch(code):
            raise ValidationError("wire_field_invalid", f"service: bad code {code!r}", "code")
        prov = _req(data, "provider", dict, "service")
        meter_data = data.get("meter")
        meter = None
        if meter_data is not None:
            if not isinstance(meter_data, dict):
                raise ValidationError("wire_field_invalid", "service: meter is not an object", "meter")
            meter = Meter(
                id=_text(meter_data, "id", "meter"),
                unit=_text(meter_data, "unit", "meter"),
                previous_reading=money.reading_from_wire(meter_data.get("previous_reading"),
                                                         "previous_reading"),
            )
        return cls(
            code=code,
            name=_text(data, "name", "service"),
            provider=Provider(id=_text(prov, "id", "provider"),
                              name=_text(prov, "name", "provider")),
            amount_due=money.from_wire(data.get("amount_due"), "amount_due"),
            meter=meter,
        )

    def to_wire(self) -> dict:
        return {
            "code": self.code, "name": self.name,
            "provider": {"id": self.provider.id, "name": self.provider.name},
            "amount_due": money.to_wire(self.amount_due),
            "meter": None if self.meter is None else {
                "id": self.meter.id, "unit": self.meter.unit,
                "previous_reading": money.reading_to_wire(self.meter.previous_reading)},
        }


@dataclass(frozen=True)
class Account:
    account: str
    holder: str
    address: str
    currency: str
    period: str
    etag: str
    services: tuple[Service, ...]
    invoice_url: str | None = None
    # Set when the data came from the local cache rather than the SPC just now.
    cached_at: datetime | None = None

    @classmethod
    def from_wire(cls, data: dict) -> "Account":
        if not isinstance(data, dict):
            raise ValidationError("wire_invalid", "account: not a JSON object")
        number = _req(data, "account", str, "account")
        if not ACCOUNT_RE.fullmatch(number):
            raise ValidationError("wire_field_invalid", f"account: bad number {number!r}", "account")
        period = _req(data, "period", str, "account")
        if not PERIOD_RE.fullmatch(period):
            raise ValidationError("wire_field_invalid", f"account: bad period {period!r}", "period")
        currency = _req(data, "currency", str, "account")
        if not re.fullmatch(r"[A-Z]{3}", currency):
            raise ValidationError("wire_field_invalid", f"account: bad currency {currency!r}", "currency")
        raw_services = _req(data, "services", list, "account")
        if len(raw_services) > MAX_SERVICES:
            raise ValidationError("wire_field_invalid", f"account: more than {MAX_SERVICES} "
                                  "services", "services")
        services = tuple(Service.from_wire(s) for s in raw_services)
        codes = [s.code for s in services]
        if len(set(codes)) != len(codes):
            raise ValidationError("wire_field_invalid", "account: a service code appears twice", "services")
        invoice_url = data.get("invoice_url")
        if isinstance(invoice_url, str) and len(invoice_url) > MAX_TEXT["invoice_url"]:
            invoice_url = None  # only a hint: the invoice is fetched by account number
        etag = data.get("etag")
        if etag is not None and (not isinstance(etag, str) or len(etag) > MAX_TEXT["etag"]
                                 or UNSAFE_TEXT.search(etag)):
            raise ValidationError("wire_field_invalid", "account: bad etag", "etag")
        return cls(
            account=number,
            holder=_text(data, "holder", "account"),
            address=_text(data, "address", "account"),
            currency=currency,
            period=period,
            etag=etag or "",
            services=services,
            invoice_url=invoice_url if isinstance(invoice_url, str) else None,
        )

    def to_wire(self) -> dict:
        body = {
            "account": self.account, "holder": self.holder, "address": self.address,
            "currency": self.currency, "period": self.period, "etag": self.etag,
            "services": [s.to_wire() for s in self.services],
        }
        if self.invoice_url:
            body["invoice_url"] = self.invoice_url
        return body

    def service(self, code: str) -> Service | None:
        return next((s for s in self.services if s.code == code), None)

    @property
    def total_due(self) -> int:
        return sum(max(s.amount_due, 0) for s in self.services)


@dataclass(frozen=True)
class PaymentLine:
    service_code: str
    service_name: str
    provider_id: str
    provider_name: str
    amount: int
    reading: int | None = None
    previous_reading: int | None = None
    unit: str | None = None

    @property
    def consumption(self) -> int | None:
        if self.reading is None or self.previous_reading is None:
            return None
        return self.reading - self.previous_reading


@dataclass(frozen=True)
class PaymentDraft:
    """What the teller has entered, validated, before anything is stored."""
    account: Account
    lines: tuple[PaymentLine, ...]
    fee: int
    tendered: int

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines) + self.fee

    @property
    def change(self) -> int:
        return self.tendered - self.total


@dataclass(frozen=True)
class Payment:
    payment_id: str
    receipt_no: str
    workstation_id: str
    teller_id: str
    accepted_at: datetime
    business_date: date
    account: str
    holder: str
    address: str
    period: str
    currency: str
    lines: tuple[PaymentLine, ...]
    fee: int
    total: int
    tendered: int
    change: int
    status: str = "accepted"
    receipt_pdf: str | None = None
    # The bank's controls (cashier/controls/): the payer when identified, who approved the
    # amount when it needed a supervisor. Never in wire_body: the SPC gets no personal data.
    payer_iin: str | None = None
    payer_name: str = ""
    approved_by: str | None = None
    # Several accounts paid at once share a basket; the part paid by card on the terminal
    # (never in the drawer: tendered and change are the cash part's).
    basket_id: str | None = None
    card_amount: int = 0
    card_auth: str | None = None
    card_rrn: str | None = None
    # Not stored: the one receipt of several accounts paid at once, when there is one
    # (cashier/documents/basket_receipt.py).
    basket_pdf: str | None = None
    # Not stored: why the receipt could not be made right after the commit (an error code);
    # the receipt is then owed (cashier/documents/receipts_owed.py).
    receipt_problem: str | None = None

    def wire_body(self) -> dict:
        """The exact body POSTed to the SPC; stored once, sent unchanged forever."""
        return {
            "payment_id": self.payment_id,
            "workstation_id": self.workstation_id,
            "teller_id": self.teller_id,
            "receipt_no": self.receipt_no,
            "accepted_at": self.accepted_at.isoformat(timespec="seconds"),
            "business_date": self.business_date.isoformat(),
            "account": self.account,
            "period": self.period,
            "lines": [{"service_code": line.service_code,
                       "amount": money.to_wire(line.amount),
                       "reading": None if line.reading is None else money.reading_to_wire(line.reading)}
                      for line in self.lines],
            "fee": money.to_wire(self.fee),
            "total": money.to_wire(self.total),
        }


@dataclass(frozen=True)
class QueueStatus:
    """What the status bar and `cashier status` show about the outbox."""
    waiting: int
    waiting_amount: int
    rejected: int
    attention: int
    oldest_waiting_at: datetime | None
    last_contact_at: datetime | None
    last_contact_ok: bool | None
    last_error: str | None = None
    extra: dict = field(default_factory=dict)
