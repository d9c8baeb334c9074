"""What the teller typed, checked as a draft: pure and fast, run on every key press.

`build_draft` turns the typed amounts, readings and cash into a PaymentDraft (every bad
field at once, DraftInvalid); `check_ready` says what is still missing before Accept; the
typo guard (`far_above_due`) finds an amount far above what is due.
"""

from __future__ import annotations

from typing import Mapping

from cashier import money
from cashier.errors import RuleError, ValidationError
from cashier.fees import total_fee
from cashier.model import Account, PaymentDraft, PaymentLine


class DraftInvalid(ValidationError):
    """Several fields may be wrong at once; `errors` lists each, the first is this error."""

    def __init__(self, errors: list[ValidationError]):
        first = errors[0]
        super().__init__(first.code, first.message, first.field, first.params)
        self.errors = errors


def build_draft(account: Account, amounts: Mapping[str, str] | None,
                readings: Mapping[str, str] | None = None, tendered: str = "",
                fee: int = 0, fee_rules: Mapping | None = None) -> PaymentDraft:
    """Turn what the teller typed into a checked draft. Pure and fast: call it on every key.

    `fee_rules` (Config.fee_rules) computes the agent fee from the lines; `fee`
    is a fixed fee for callers without rules.
    `amounts` maps service code to the typed amount ("" or "0" skips the line);
    None pays every positive amount due. `tendered` may be empty while the
    teller is still typing; whether it covers the total is `check_ready()`'s job.
    Raises DraftInvalid listing every bad field ("amount:CODE", "reading:CODE",
    "tendered", "lines").
    """
    readings = readings or {}
    errors: list[ValidationError] = []
    lines: list[PaymentLine] = []
    for code in list(readings) + list(amounts or {}):
        if account.service(code) is None:
            errors.append(ValidationError("unknown_service", f"Service {code} is not on this account.",
                                          f"amount:{code}", {"service": code}))
    for service in account.services:
        amount = 0
        if amounts is None:
            amount = max(service.amount_due, 0)
        else:
            text = (amounts.get(service.code) or "").strip()
            if text:
                try:
                    amount = money.parse_amount(text, field=f"amount:{service.code}")
                except ValidationError as exc:
                    errors.append(exc)
                    continue
        reading = None
        reading_text = (readings.get(service.code) or "").strip()
        if reading_text:
            field = f"reading:{service.code}"
            if service.meter is None:
                errors.append(ValidationError("reading_no_meter",
                                              f"{service.name} has no meter.", field))
                continue
            try:
                reading = money.parse_reading(reading_text, field=field)
            except ValidationError as exc:
                errors.append(exc)
                continue
            if reading < service.meter.previous_reading:
                errors.append(ValidationError(
                    "reading_below_previous",
                    f"The reading is below the previous one "
                    f"({money.format_reading(service.meter.previous_reading)}).",
                    field, {"previous": money.format_reading(service.meter.previous_reading),
                            "unit": service.meter.unit}))
                continue
            if amount == 0:
                errors.append(ValidationError(
                    "reading_needs_amount",
                    "A reading travels with a payment: enter an amount for this service.",
                    f"amount:{service.code}"))
                continue
        if amount == 0:
            continue
        lines.append(PaymentLine(
            service_code=service.code, service_name=service.name,
            provider_id=service.provider.id, provider_name=service.provider.name,
            amount=amount, reading=reading,
            previous_reading=service.meter.previous_reading if (service.meter and reading is not None) else None,
            unit=service.meter.unit if service.meter else None))
    tendered_minor = 0
    if tendered and tendered.strip():
        try:
            tendered_minor = money.parse_amount(tendered, field="tendered")
        except ValidationError as exc:
            errors.append(exc)
    if fee_rules:
        fee = total_fee(lines, fee_rules)
    if fee < 0:
        errors.append(ValidationError("fee_negative", "The fee cannot be negative.", "fee"))
    if errors:
        raise DraftInvalid(errors)
    return PaymentDraft(account=account, lines=tuple(lines), fee=fee, tendered=tendered_minor)


def check_ready(draft: PaymentDraft, max_payment: int = 0, cash_checked: bool = True) -> None:
    """Refuse a draft that may not be accepted yet; the message says what is missing.
    cash_checked=False leaves the tender to the caller (a basket, a card part)."""
    if not draft.lines:
        raise ValidationError("lines_empty", "Enter an amount for at least one service.", "lines")
    if max_payment and draft.total > max_payment:
        raise ValidationError("payment_over_limit",
                              f"One payment may not exceed {money.format_amount(max_payment)}.",
                              "lines", {"limit": money.format_amount(max_payment)})
    if cash_checked and draft.tendered < draft.total:
        raise ValidationError(
            "tendered_insufficient",
            f"Cash tendered is less than the total {money.format_amount(draft.total)}.",
            "tendered", {"total": money.format_amount(draft.total),
                         "missing": money.format_amount(draft.total - draft.tendered)})


OVERPAY_RATIO = 3  # default of Config.overpay_confirm_ratio


def far_above_due(draft: PaymentDraft, ratio: int = OVERPAY_RATIO) -> list[tuple[PaymentLine, int]]:
    """Lines paying more than `ratio` times their amount due (a typo guard: 12720 for
    1272,0): each with its amount due. Lines with nothing due are not judged. Pure."""
    if not ratio:
        return []
    found = []
    for line in draft.lines:
        service = draft.account.service(line.service_code)
        if service is not None and service.amount_due > 0 and line.amount > ratio * service.amount_due:
            found.append((line, service.amount_due))
    return found


def check_not_far_above_due(draft: PaymentDraft, ratio: int = OVERPAY_RATIO) -> None:
    """RuleError amount_far_above_due naming the first such line, unless the teller confirmed."""
    lines = far_above_due(draft, ratio)
    if not lines:
        return
    line, due = lines[0]
    raise RuleError("amount_far_above_due",
                    f"{line.service_name}: {money.format_amount(line.amount)} is more than {ratio} "
                    f"times the amount due {money.format_amount(due)}. Check the amount; if it is "
                    "right, confirm it.", f"amount:{line.service_code}",
                    {"service": line.service_name, "amount": money.format_amount(line.amount),
                     "due": money.format_amount(due), "ratio": ratio,
                     "lines": [ln.service_code for ln, _ in lines]})
