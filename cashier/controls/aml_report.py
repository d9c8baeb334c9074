"""The AML register of a business day for the bank's compliance unit: every identified
operation, every structuring flag and every screening hit at this desk, as CSV
(`;`-separated, UTF-8 with a BOM, as a spreadsheet opens it).

It holds whole IINs and documents, so who asked for it is journaled (`aml.reported`).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import date, datetime

from cashier import money
from cashier.identity import audit, users
from cashier.storage import db

COLUMNS = ("kind", "business_date", "at", "workstation_id", "receipt_no", "payment_id",
           "account", "amount", "status", "teller_id", "approved_by", "payer_iin",
           "payer_name", "doc_type", "doc_number", "doc_issued", "flags", "screening_hits")
# Who may read it: it is the compliance unit's, fetched at the desk by its supervisors.
READERS = ("supervisor", "admin")


def rows(conn: sqlite3.Connection, day: date) -> list[dict]:
    out = []
    for r in conn.execute(
            "SELECT * FROM payments WHERE business_date = ? AND (payer_iin IS NOT NULL "
            "OR aml_flags IS NOT NULL) ORDER BY accepted_at, receipt_no", (day.isoformat(),)):
        payer = json.loads(r["payer"]) if r["payer"] else {}
        flags = json.loads(r["aml_flags"]) if r["aml_flags"] else []
        structuring = [f for f in flags if f.startswith("structuring")]
        out.append({
            "kind": "structuring" if structuring else "identified",
            "business_date": r["business_date"], "at": r["accepted_at"],
            "workstation_id": r["workstation_id"], "receipt_no": r["receipt_no"],
            "payment_id": r["payment_id"], "account": r["account"],
            "amount": money.to_wire(r["total"]), "status": r["status"],
            "teller_id": r["teller_id"], "approved_by": r["approved_by"] or "",
            "payer_iin": payer.get("iin", ""), "payer_name": payer.get("full_name", ""),
            "doc_type": payer.get("doc_type", ""), "doc_number": payer.get("doc_number", ""),
            "doc_issued": payer.get("doc_issued", ""), "flags": " ".join(flags),
            "screening_hits": ""})
    for r in conn.execute("SELECT * FROM aml_events WHERE business_date = ? ORDER BY id",
                          (day.isoformat(),)):
        details = json.loads(r["details"])
        out.append({
            "kind": r["kind"], "business_date": r["business_date"], "at": r["at"],
            "workstation_id": "", "receipt_no": "", "payment_id": "",
            "account": r["account"] or "",
            "amount": "" if r["amount"] is None else money.to_wire(r["amount"]),
            "status": "blocked", "teller_id": r["actor"], "approved_by": "",
            "payer_iin": r["iin"] or "", "payer_name": r["full_name"],
            "doc_type": "", "doc_number": "", "doc_issued": "", "flags": "",
            "screening_hits": " | ".join(
                f"{h['reason']}: line {h['line']} {h['name']}"
                + (f" ({h['birth_date']})" if h.get("birth_date") else "")
                for h in details.get("hits", []))})
    return out


def as_csv(found: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, COLUMNS, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(found)
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def report(ws, reader: users.User, day: date, now: datetime | None = None) -> bytes:
    """The day's register as CSV, for a supervisor (or admin); the reading is journaled."""
    users.require(reader, *READERS)
    now = now or ws.now()
    conn = ws.conn
    found = rows(conn, day)
    with db.atomic(conn):
        audit.record(conn, now, reader.user_id, "aml.reported", day.isoformat(),
                     {"business_date": day.isoformat(), "rows": len(found),
                      "workstation_id": ws.config.workstation_id})
    return as_csv(found)
