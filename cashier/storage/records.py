"""Stored payments read back as model objects, for every layer above storage."""

from __future__ import annotations

import json
from datetime import date, datetime

from cashier.errors import NotFoundError
from cashier.model import Payment, PaymentLine


def load_payment(ws, payment_id: str) -> Payment:
    """A payment of this workstation by its id or receipt number."""
    conn = ws.conn
    row = conn.execute("SELECT * FROM payments WHERE payment_id = ? OR receipt_no = ?",
                       (payment_id, payment_id)).fetchone()
    if row is None:
        raise NotFoundError("payment_not_found", f"No payment {payment_id} on this workstation.")
    lines = tuple(PaymentLine(
        service_code=r["service_code"], service_name=r["service_name"], provider_id=r["provider_id"],
        provider_name=r["provider_name"], amount=r["amount"], reading=r["reading"],
        previous_reading=r["previous_reading"], unit=r["unit"])
        for r in conn.execute("SELECT * FROM payment_lines WHERE payment_id = ? ORDER BY line_no",
                              (row["payment_id"],)))
    return Payment(
        payment_id=row["payment_id"], receipt_no=row["receipt_no"],
        workstation_id=row["workstation_id"], teller_id=row["teller_id"],
        accepted_at=datetime.fromisoformat(row["accepted_at"]),
        business_date=date.fromisoformat(row["business_date"]), account=row["account"],
        holder=row["holder"], address=row["address"], period=row["period"],
        currency=row["currency"], lines=lines, fee=row["fee"], total=row["total"],
        tendered=row["tendered"], change=row["change_given"], status=row["status"],
        receipt_pdf=row["receipt_pdf"], payer_iin=row["payer_iin"],
        payer_name=json.loads(row["payer"])["full_name"] if row["payer"] else "",
        approved_by=row["approved_by"], basket_id=row["basket_id"],
        card_amount=row["card_amount"], card_auth=row["card_auth"], card_rrn=row["card_rrn"])
