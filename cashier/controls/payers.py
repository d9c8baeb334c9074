"""The payer identified at the desk: IIN, full name and identity document.

Kazakhstan's AML/CFT law has the bank record who pays above its thresholds. What the
teller types is checked here (the IIN by cashier/controls/iin.py), and the payer is kept
at this desk by IIN, so a returning payer is one field. The IIN is personal data: the
Payer's repr masks it, error parameters carry it masked, it is never sent to the SPC
(Payment.wire_body does not know it) and never written to a log line. Whoever recalls a
payer's details from the registry is in the journal.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from cashier.controls.iin import mask_iin, parse_iin
from cashier.errors import ValidationError
from cashier.identity import audit
from cashier.storage import db

# The documents a bank takes from a payer in Kazakhstan, with what the receipt and the
# compliance report call them.
DOC_TYPES = {
    "id_card": "удостоверение личности РК",
    "passport": "паспорт РК",
    "residence_permit": "вид на жительство",
    "foreign_passport": "паспорт иностранного гражданина",
}
_NAME = re.compile(r"[^\W\d_]+(?:[-'’. ][^\W\d_]+)*\.?", re.UNICODE)
_DOC_NUMBER = re.compile(r"[0-9A-Z№]{5,20}")


@dataclass(frozen=True)
class Payer:
    iin: str
    full_name: str
    doc_type: str
    doc_number: str
    doc_issued: date

    @property
    def masked_iin(self) -> str:
        return mask_iin(self.iin)

    def __repr__(self) -> str:   # a Payer in a traceback or a log line keeps the IIN masked
        return f"Payer(iin={self.masked_iin!r}, doc_type={self.doc_type!r})"

    __str__ = __repr__

    def to_json(self) -> dict:
        """As the payment keeps it and the journal carries it (never the SPC)."""
        return {"iin": self.iin, "full_name": self.full_name, "doc_type": self.doc_type,
                "doc_number": self.doc_number, "doc_issued": self.doc_issued.isoformat()}

    @classmethod
    def from_json(cls, data: dict) -> "Payer":
        return cls(data["iin"], data["full_name"], data["doc_type"], data["doc_number"],
                   date.fromisoformat(data["doc_issued"]))


def clean_name(text: str | None) -> str:
    return " ".join((text or "").split())


def parse_date(text: str | date | None) -> date | None:
    """31.12.2020 (as on the document) or 2020-12-31."""
    if isinstance(text, date):
        return text
    text = (text or "").strip()
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    try:
        if m:
            return date(int(m[3]), int(m[2]), int(m[1]))
        return date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None
    except ValueError:
        return None


def parse_payer(iin: str | None, full_name: str | None, doc_type: str | None,
                doc_number: str | None, doc_issued: str | date | None, today: date) -> Payer:
    """What the teller typed, checked; ValidationError naming the first field at fault
    (payer_iin, payer_name, payer_doc_type, payer_doc_number, payer_doc_issued)."""
    checked = parse_iin(iin, today, field="payer_iin")
    name = clean_name(full_name)
    if not (3 <= len(name) <= 200) or len(name.split()) < 2 or not _NAME.fullmatch(name):
        raise ValidationError("payer_name_invalid",
                              "Type the payer's surname and name (and patronymic) as on the "
                              "identity document: letters, at least two words.", "payer_name")
    kind = (doc_type or "").strip().lower()
    if kind not in DOC_TYPES:
        raise ValidationError("payer_doc_type_invalid",
                              "Choose the identity document: " + ", ".join(DOC_TYPES) + ".",
                              "payer_doc_type", {"known": list(DOC_TYPES)})
    number = re.sub(r"[\s-]", "", (doc_number or "").upper())
    if not _DOC_NUMBER.fullmatch(number):
        raise ValidationError("payer_doc_number_invalid",
                              "Type the document's number as printed on it: 5 to 20 digits or "
                              "capital Latin letters.", "payer_doc_number")
    issued = parse_date(doc_issued)
    if issued is None:
        raise ValidationError("payer_doc_issued_invalid",
                              "Type the document's issue date as on it, like 15.03.2019.",
                              "payer_doc_issued")
    if issued > today or issued < checked.birth_date:
        raise ValidationError("payer_doc_issued_invalid",
                              "The issue date is after today or before the payer's birth "
                              "(from the IIN): check the document.", "payer_doc_issued")
    return Payer(checked.value, name, kind, number, issued)


def parse_doc(text: str) -> tuple[str, str, str]:
    """`TYPE:NUMBER:DATE` of the command line, e.g. id_card:043256789:15.03.2019."""
    parts = (text or "").split(":")
    if len(parts) != 3:
        raise ValidationError("payer_doc_invalid",
                              "--payer-doc is TYPE:NUMBER:DATE, like "
                              "id_card:043256789:15.03.2019 (types: " + ", ".join(DOC_TYPES) + ").",
                              "payer_doc")
    return parts[0], parts[1], parts[2]


def find(conn: sqlite3.Connection, iin: str) -> Payer | None:
    row = conn.execute("SELECT iin, full_name, doc_type, doc_number, doc_issued FROM payers "
                       "WHERE iin = ?", (iin,)).fetchone()
    return None if row is None else Payer(row[0], row[1], row[2], row[3],
                                          date.fromisoformat(row[4]))


def recall(conn: sqlite3.Connection, now: datetime, actor: str, iin: str | None,
           today: date) -> Payer | None:
    """A returning payer's details by IIN (None for a new one); the recall is journaled."""
    value = parse_iin(iin, today, field="payer_iin").value
    payer = find(conn, value)
    if payer is not None:
        with db.atomic(conn):
            audit.record(conn, now, actor, "payer.recalled", mask_iin(value), {"iin": value})
    return payer


def remember(conn: sqlite3.Connection, now: datetime, payer: Payer) -> None:
    """In the payment's transaction: the registry holds the details last shown."""
    db.require_transaction(conn)
    conn.execute(
        "INSERT INTO payers(iin, full_name, doc_type, doc_number, doc_issued, first_seen_at, "
        "last_seen_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT(iin) DO UPDATE SET "
        "full_name = excluded.full_name, doc_type = excluded.doc_type, "
        "doc_number = excluded.doc_number, doc_issued = excluded.doc_issued, "
        "last_seen_at = excluded.last_seen_at",
        (payer.iin, payer.full_name, payer.doc_type, payer.doc_number,
         payer.doc_issued.isoformat(), db.stamp(now), db.stamp(now)))
