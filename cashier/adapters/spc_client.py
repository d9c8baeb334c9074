"""Client side of spc-protocol.md: one method per endpoint, typed errors.

Every failure is sorted into what the caller must do about it:
- SpcUnavailable: the outcome is unknown (network, timeout, 429, 5xx). Retry later.
- SpcRejected: the SPC said no for good (400, 409, 422). Do not retry.
- SpcAuthError: 401/403. Stop sending; the workstation's credentials need attention.
- SpcProtocolError: the answer is not what the protocol promises. Treated like
  an unknown outcome for payments (we cannot tell what happened), shown to IT.
- NotFoundError: 404 for an account or payment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from cashier.adapters.json_http import Contact, JsonHttpClient, peer_errors  # noqa: F401 (Contact: the SPC's clock)
from cashier.errors import ValidationError
from cashier.model import Account


SpcError, SpcUnavailable, SpcAuthError, SpcRejected, SpcProtocolError = \
    peer_errors("spc", "Spc", __name__)


class SpcClient(JsonHttpClient):
    """The SPC's endpoints over the shared transport (json_http.py), with the SPC's errors."""

    peer = "the SPC"
    Unavailable, AuthError = SpcUnavailable, SpcAuthError
    Rejected, ProtocolError = SpcRejected, SpcProtocolError

    # -- endpoints -----------------------------------------------------------------

    def health(self) -> dict:
        body = self._json(self._request("GET", "v1/health", auth=False, timeout=(self.timeout[0], 5.0)))
        if not isinstance(body, dict) or body.get("status") != "ok":
            raise SpcProtocolError("The SPC's health answer is not 'ok'")
        return body

    def get_account(self, account: str) -> Account:
        body = self._json(self._request("GET", f"v1/accounts/{quote(account)}"))
        try:
            found = Account.from_wire(body)
        except ValidationError as exc:
            raise SpcProtocolError(f"The SPC sent a malformed account: {exc.message}") from exc
        if found.account != account:  # another customer's bill must never be paid by mistake
            raise SpcProtocolError(f"The SPC answered for account {found.account} when asked "
                                   f"for {account}")
        return found

    def get_invoice(self, account: str, etag: str | None = None) -> tuple[bytes | None, str | None]:
        """The invoice PDF and its ETag; (None, etag) when our copy is still current (304)."""
        headers = {"Accept": "application/pdf"}
        if etag:
            headers["If-None-Match"] = etag
        resp = self._request("GET", f"v1/accounts/{quote(account)}/invoice", headers=headers)
        if resp.status_code == 304:
            return None, etag
        if not resp.content.startswith(b"%PDF"):
            raise SpcProtocolError("The SPC's invoice is not a PDF")
        return resp.content, resp.headers.get("ETag")

    def search_accounts(self, address: str, limit: int = 20) -> list[dict]:
        body = self._json(self._request("GET", "v1/accounts", params={"address": address, "limit": limit}))
        items = body.get("items") if isinstance(body, dict) else None
        if not isinstance(items, list):
            raise SpcProtocolError("The SPC's search answer has no items")
        return items

    def snapshot(self, cursor: str | None = None, limit: int = 1000,
                 updated_since: str | None = None) -> tuple[list[dict], str | None]:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        if updated_since:
            params["updated_since"] = updated_since
        body = self._json(self._request("GET", "v1/accounts/snapshot", params=params))
        if not isinstance(body, dict) or not isinstance(body.get("items"), list):
            raise SpcProtocolError("The SPC's snapshot answer has no items")
        return body["items"], body.get("next_cursor")

    def post_payment(self, payment_id: str, body: bytes) -> dict:
        """POST one payment. `body` is the stored JSON, sent byte for byte."""
        resp = self._request("POST", "v1/payments", json_body=body,
                             headers={"Idempotency-Key": payment_id})
        return check_payment_result(self._json(resp), payment_id)

    def post_batch(self, bodies: list[bytes]) -> list[dict]:
        payload = b'{"payments":[' + b",".join(bodies) + b"]}"
        resp = self._request("POST", "v1/payments/batch", json_body=payload)
        result = self._json(resp)
        items = result.get("results") if isinstance(result, dict) else None
        if not isinstance(items, list) or len(items) != len(bodies):
            raise SpcProtocolError("The SPC's batch answer does not match the request", resp.status_code)
        return items

    def get_payment(self, payment_id: str) -> dict:
        return self._json(self._request("GET", f"v1/payments/{quote(payment_id)}"))

    def cancel_payment(self, payment_id: str, reason: str, supervisor_id: str, cancelled_at: str) -> dict:
        return self._json(self._request("POST", f"v1/payments/{quote(payment_id)}/cancel", json_body={
            "reason": reason, "supervisor_id": supervisor_id, "cancelled_at": cancelled_at}))

    def cancel_payment_raw(self, payment_id: str, body: bytes) -> dict:
        """POST a stored cancel body byte for byte (a void queued in the outbox)."""
        return self._json(self._request("POST", f"v1/payments/{quote(payment_id)}/cancel", json_body=body))

    def register(self, business_date: str, workstation_id: str) -> dict:
        return self._json(self._request("GET", f"v1/registers/{quote(business_date)}",
                                        params={"workstation_id": workstation_id}))


def check_payment_result(result: Any, payment_id: str) -> dict:
    """The SPC's word that it holds a payment, checked field by field.

    Only an answer that names our payment, says it is held, and carries a
    transaction id of the right type can mark a payment sent; anything else is
    an unknown outcome (SpcProtocolError), so the payment goes again later.
    """
    if not isinstance(result, dict):
        raise SpcProtocolError("The SPC's answer to a payment is not an object")
    if result.get("payment_id") != payment_id:
        raise SpcProtocolError("The SPC's answer names another payment")
    if result.get("status") not in ("accepted", "cancelled"):
        raise SpcProtocolError("The SPC's answer to a payment has no valid status")
    txn = result.get("spc_txn_id")
    if not isinstance(txn, str) or not txn or len(txn) > 200:
        raise SpcProtocolError("The SPC's answer to a payment has no valid spc_txn_id")
    registered = result.get("registered_at")
    if registered is not None:
        if not isinstance(registered, str):
            raise SpcProtocolError("The SPC's registered_at is not a time")
        try:
            datetime.fromisoformat(registered)
        except ValueError as exc:
            raise SpcProtocolError("The SPC's registered_at is not a time") from exc
    replayed = result.get("replayed", False)
    if not isinstance(replayed, bool):
        raise SpcProtocolError("The SPC's replayed flag is not true or false")
    return {"payment_id": payment_id, "status": result["status"], "spc_txn_id": txn,
            "registered_at": registered, "replayed": replayed}


# -- the day's register (GET /v1/registers/{date}), typed ----------------------------------

REGISTER_STATUSES = ("accepted", "cancelled")


@dataclass(frozen=True)
class RegisterEntry:
    payment_id: str
    spc_txn_id: str
    receipt_no: str
    account: str
    total: int       # minor units
    status: str      # accepted | cancelled


@dataclass(frozen=True)
class Register:
    """What the SPC holds for one workstation and business day."""
    business_date: str
    workstation_id: str
    payments: tuple[RegisterEntry, ...]
    count: int
    amount: int      # minor units: the sum of the accepted payments


def fetch_register(client: SpcClient, business_date: str, workstation_id: str) -> Register:
    """GET the register and check it field by field; garbage raises SpcProtocolError."""
    return parse_register(client.register(business_date, workstation_id), business_date,
                          workstation_id)


def parse_register(body: Any, business_date: str, workstation_id: str) -> Register:
    def bad(what: str) -> SpcProtocolError:
        return SpcProtocolError(f"The SPC's register for {business_date} is malformed: {what}")

    if not isinstance(body, dict):
        raise bad("not a JSON object")
    if body.get("business_date") != business_date:
        raise bad(f"it is for the date {body.get('business_date')!r}")
    if body.get("workstation_id") != workstation_id:
        raise bad(f"it is for the workstation {body.get('workstation_id')!r}")
    items = body.get("payments")
    if not isinstance(items, list):
        raise bad("'payments' is not a list")
    entries: list[RegisterEntry] = []
    seen: set[str] = set()
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise bad(f"payment {n} is not an object")
        texts = {}
        for key in ("payment_id", "spc_txn_id", "receipt_no", "account"):
            value = item.get(key)
            if not isinstance(value, str) or not value or len(value) > 200:
                raise bad(f"payment {n} has no valid {key}")
            texts[key] = value
        if texts["payment_id"] in seen:
            raise bad(f"payment {texts['payment_id']} is listed twice")
        seen.add(texts["payment_id"])
        try:
            total = _wire_money(item.get("total"), "total")
        except ValidationError as exc:
            raise bad(f"payment {n}: {exc.message}") from exc
        status = item.get("status")
        if status not in REGISTER_STATUSES:
            raise bad(f"payment {n} has the status {status!r}")
        entries.append(RegisterEntry(total=total, status=status, **texts))
    count = body.get("count")
    if not isinstance(count, int) or isinstance(count, bool) or count != len(entries):
        raise bad(f"'count' {count!r} does not match the {len(entries)} payments listed")
    try:
        amount = _wire_money(body.get("amount"), "amount")
    except ValidationError as exc:
        raise bad(exc.message) from exc
    if amount != sum(e.total for e in entries if e.status == "accepted"):
        raise bad("'amount' is not the sum of the accepted payments")
    return Register(business_date, workstation_id, tuple(entries), count, amount)


def _wire_money(text: Any, field: str) -> int:
    from cashier.money import from_wire  # money has no imports of ours: no cycle
    return from_wire(text, field)
