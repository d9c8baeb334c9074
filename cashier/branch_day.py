"""A branch's closed business day as the back office answers it (POST /v1/branches/{b}/
days/{d}/close, backoffice-protocol.md), checked field by field before the desk prints a
register from it or records it: money as minor units, counts as whole numbers.

`by_service` is an extension of this project's back office (docs/backoffice-extensions.md):
a back office that does not send it gets a register by provider only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cashier import money
from cashier.errors import CashierError


class BranchDayMalformed(CashierError):
    def __init__(self, what: str):
        super().__init__("backoffice_protocol", f"The back office's branch close is malformed: "
                         f"{what}", None, {"status": None})


@dataclass(frozen=True)
class DeskDay:
    workstation_id: str
    payments_count: int
    payments_amount: int
    voids_count: int
    voids_amount: int
    expected: int | None
    counted: int | None
    difference: int | None


@dataclass(frozen=True)
class Sum:
    provider_id: str
    service_code: str        # "" in the by-provider lines
    count: int
    amount: int


@dataclass(frozen=True)
class BranchDay:
    branch_id: str
    business_date: date
    closed_at: str
    supervisor_id: str
    desks: list[DeskDay]
    payments_count: int
    payments_amount: int
    by_provider: list[Sum]
    by_service: list[Sum] = field(default_factory=list)
    vault_expected: int = 0
    vault_counted: int = 0
    difference: int = 0
    note: str = ""

    @classmethod
    def from_wire(cls, body: Any) -> "BranchDay":
        if not isinstance(body, dict):
            raise BranchDayMalformed("not an object")
        try:
            day = date.fromisoformat(_text(body, "business_date"))
        except ValueError as exc:
            raise BranchDayMalformed("business_date") from exc
        payments = _object(body, "payments")
        return cls(
            branch_id=_text(body, "branch_id"), business_date=day,
            closed_at=_text(body, "closed_at"), supervisor_id=_text(body, "supervisor_id"),
            desks=[_desk(d) for d in _list(body, "desks")],
            payments_count=_count(payments, "payments.count"),
            payments_amount=_money(payments, "payments.amount"),
            by_provider=[_sum(s, "by_provider", service=False) for s in _list(body, "by_provider")],
            by_service=[_sum(s, "by_service", service=True)
                        for s in _list(body, "by_service", optional=True)],
            vault_expected=_money(body, "vault_expected"),
            vault_counted=_money(body, "vault_counted"),
            difference=_money(body, "difference", negative=True),
            note=str(body.get("note") or "")[:500])


def _text(obj: dict, key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value or len(value) > 200:
        raise BranchDayMalformed(key)
    return value


def _object(obj: dict, key: str) -> dict:
    value = obj.get(key)
    if not isinstance(value, dict):
        raise BranchDayMalformed(key)
    return value


def _list(obj: dict, key: str, optional: bool = False) -> list[dict]:
    value = obj.get(key)
    if value is None and optional:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise BranchDayMalformed(key)
    return value


def _count(obj: dict, key: str) -> int:
    value = obj.get(key.rpartition(".")[2])
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise BranchDayMalformed(key)
    return value


def _money(obj: dict, key: str, negative: bool = False, optional: bool = False) -> Any:
    name = key.rpartition(".")[2]
    if optional and obj.get(name) is None:
        return None
    try:
        value = money.from_wire(obj.get(name), key)
    except CashierError as exc:
        raise BranchDayMalformed(key) from exc
    if value < 0 and not negative:
        raise BranchDayMalformed(key)
    return value


def _desk(item: dict) -> DeskDay:
    payments, voids = _object(item, "payments"), _object(item, "voids")
    return DeskDay(
        workstation_id=_text(item, "workstation_id"),
        payments_count=_count(payments, "payments.count"),
        payments_amount=_money(payments, "payments.amount"),
        voids_count=_count(voids, "voids.count"), voids_amount=_money(voids, "voids.amount"),
        expected=_money(item, "expected", optional=True),
        counted=_money(item, "counted", optional=True),
        difference=_money(item, "difference", negative=True, optional=True))


def _sum(item: dict, where: str, service: bool) -> Sum:
    return Sum(provider_id=_text(item, "provider_id"),
               service_code=_text(item, "service_code") if service else "",
               count=_count(item, f"{where}.count"), amount=_money(item, f"{where}.amount"))
