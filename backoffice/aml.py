"""The bank's AML controls at the back office: the register from the desks' journals alone,
and a sanctions match at a desk raised as an alarm on its branch view.

What the desks journal of those controls (cashier/controls/, issue 13):
- `payment.accepted` with `payer` {iin, full_name, doc_type, doc_number, doc_issued},
  `approved_by` and `aml_flags` ("amount", "structuring_account", "structuring_payer"):
  an identified payment, "structuring" when a flag says so;
- `screening.hit` (subject: the masked IIN): an identified payer matched the bank's
  sanctions list and the payment was blocked; details {iin, full_name, account, amount,
  list, list_sha256, hits [{reason, line, name, iin, birth_date}]};
- `aml.reported` (someone read a desk's register) and `payer.recalled` (a teller recalled
  a payer by IIN): kept in the journal as every entry is, the trail of who saw what; not
  rows of the register.

derive.py hands store() the batch's identified payments and hits, in the transaction that
stores the entries: each becomes a row of aml_events dated to its business day, and each
hit raises a `sanctions_match` alarm on its desk. Only new entries are derived, so a
replayed hit raises nothing again. A hit carries no business date: it is dated by the
calendar date of its `at` (the desk's local time), or by the desk's latest payment before
it when that one is dated later (the desk's supervisor opened the next business day early,
which the desk's own register follows).

The register (register(), `python -m backoffice aml`) reads each row's entry through the
journal's primary key, so it says exactly what the desk wrote; a payment later voided (a
refund naming it, derive.py's cash_moves) shows `voided`. Its columns are the desk's
`cashier aml report` (cashier/controls/aml_report.py), for every desk of the bank.

The whole IIN leaves the back office in that CSV only, printed on the server: an alarm
names the payer by the masked IIN, and no HTTP answer holds any part of the register
(docs/backoffice-extensions.md says why).
"""

from __future__ import annotations

import csv
import io
import json
import re

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from backoffice import alarms, clock, db
from backoffice.schema import aml_events, cash_moves, journal, payments, workstations
from backoffice.validation import wire_money

ALARM = "sanctions_match"
COLUMNS = ("kind", "business_date", "at", "workstation_id", "receipt_no", "payment_id",
           "account", "amount", "status", "teller_id", "approved_by", "payer_iin",
           "payer_name", "doc_type", "doc_number", "doc_issued", "flags", "screening_hits")
_COLUMNS = ("ws_key", "seq", "business_date", "kind", "payment_id")
_MONEY = re.compile(r"-?[0-9]{1,11}\.[0-9]{2}")
_DATE = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")
_IIN = re.compile(r"[0-9]{12}")
_MASKED = re.compile(r"[0-9]{4}\*{6}[0-9]{2}")
_ANY_IIN = re.compile(r"(?<![0-9])([0-9]{4})[0-9]{6}([0-9]{2})(?![0-9])")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_MAX_CELL = 300


# -- derived as the journal arrives (derive.py) ------------------------------------------

def payment_kind(details: dict) -> str | None:
    """identified | structuring for a payment the register lists (the desk's: a payer
    identified or an AML flag raised), None for any other."""
    payer, flags = details.get("payer"), details.get("aml_flags")
    flags = [f for f in flags if isinstance(f, str)] if isinstance(flags, list) else []
    if any(f.startswith("structuring") for f in flags):
        return "structuring"
    if flags or (isinstance(payer, dict) and payer):
        return "identified"
    return None


def mask_iin(iin: str) -> str:
    """As the desk shows it: 8501******17."""
    return iin[:4] + "******" + iin[10:]


def _masked(details: dict, subject: str | None) -> str:
    iin = details.get("iin")
    if isinstance(iin, str) and _IIN.fullmatch(iin):
        return mask_iin(iin)
    if isinstance(subject, str) and _MASKED.fullmatch(subject):
        return subject
    return "IIN not given"


def _hit_day(conn: Connection, ws_key: int, e) -> str:
    value = e.details.get("business_date")
    if isinstance(value, str) and _DATE.fullmatch(value):
        return value
    p = payments.c
    latest = conn.execute(sa.select(p.business_date)
                          .where(p.ws_key == ws_key, p.seq < e.seq)
                          .order_by(p.seq.desc()).limit(1)).scalar()
    return max(e.at[:10], latest) if latest else e.at[:10]


def _alarm_details(d: dict, masked: str, day: str) -> dict:
    """What the alarm keeps of the hit: never the IIN whole, nor anyone's name."""
    hits = d.get("hits") if isinstance(d.get("hits"), list) else []
    reasons = sorted({h["reason"] for h in hits if isinstance(h, dict)
                      and h.get("reason") in ("iin", "name")})
    amount = d.get("amount")
    listed = d.get("list")
    digest = d.get("list_sha256")
    return {"masked_iin": masked, "business_date": day, "hits": len(hits), "reasons": reasons,
            "amount": amount if isinstance(amount, str) and _MONEY.fullmatch(amount) else None,
            "list": _ANY_IIN.sub(r"\1******\2", _text(listed)) if isinstance(listed, str)
            else None,
            "list_sha256": digest if isinstance(digest, str) and _HEX64.fullmatch(digest)
            else None}


def store(conn: Connection, ws_key: int, items: list[tuple]) -> None:
    """In the batch's transaction, under the workstation's row lock (journal.py), after the
    batch's payments are stored: `items` are (entry, kind, payment_id, business_date), a
    hit's date None until dated here."""
    rows, hits = [], []
    for e, kind, payment_id, day in items:
        if kind == "screening_hit":
            day = _hit_day(conn, ws_key, e)
            hits.append((e, day))
        rows.append((ws_key, e.seq, day, kind, payment_id))
    db.insert_many(conn, aml_events, _COLUMNS, rows)
    if not hits:
        return
    desk = conn.execute(sa.select(workstations.c.workstation_id)
                        .where(workstations.c.ws_key == ws_key)).scalar_one()
    now = clock.stamp()
    for e, day in hits:
        masked = _masked(e.details, e.subject)
        alarms.record(conn, ws_key, ALARM, e.seq,
                      f"A payer matched the sanctions list at {desk} ({masked}): the "
                      "compliance officer must review it.",
                      _alarm_details(e.details, masked, day), now)


# -- the register -------------------------------------------------------------------------

def _text(value: object) -> str:
    """A cell of what a desk wrote: text (a number as its digits), no control characters,
    never read by a spreadsheet as a formula."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        return ""
    value = _UNSAFE.sub("\ufffd", value)[:_MAX_CELL]
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def _money(details: dict, key: str) -> str:
    value = details.get(key)
    if isinstance(value, str) and _MONEY.fullmatch(value):
        return wire_money(int(value.replace(".", "", 1)))
    return ""


def _hits_text(hits: object) -> str:
    parts = []
    for h in hits if isinstance(hits, list) else ():
        if isinstance(h, dict):
            born = _text(h.get("birth_date"))
            parts.append(f"{_text(h.get('reason'))}: line {_text(h.get('line'))} "
                         f"{_text(h.get('name'))}" + (f" ({born})" if born else ""))
    return " | ".join(parts)


def _row(r, voided: set) -> dict:
    try:
        d = json.loads(r.details)
    except ValueError:
        d = {}
    d = d if isinstance(d, dict) else {}
    common = {"kind": r.kind, "business_date": r.business_date, "at": _text(r.at),
              "workstation_id": r.workstation_id, "teller_id": _text(r.actor)}
    if r.kind == "screening_hit":
        return {**common, "receipt_no": "", "payment_id": "", "account": _text(d.get("account")),
                "amount": _money(d, "amount"), "status": "blocked", "approved_by": "",
                "payer_iin": _text(d.get("iin")), "payer_name": _text(d.get("full_name")),
                "doc_type": "", "doc_number": "", "doc_issued": "", "flags": "",
                "screening_hits": _hits_text(d.get("hits"))}
    payer = d.get("payer") if isinstance(d.get("payer"), dict) else {}
    flags = d.get("aml_flags") if isinstance(d.get("aml_flags"), list) else []
    return {**common, "receipt_no": _text(d.get("receipt_no")),
            "payment_id": _text(r.payment_id), "account": _text(d.get("account")),
            "amount": _money(d, "total"),
            "status": "voided" if (r.ws_key, r.payment_id) in voided else "accepted",
            "approved_by": _text(d.get("approved_by")),
            "payer_iin": _text(payer.get("iin")), "payer_name": _text(payer.get("full_name")),
            "doc_type": _text(payer.get("doc_type")), "doc_number": _text(payer.get("doc_number")),
            "doc_issued": _text(payer.get("doc_issued")),
            "flags": " ".join(_text(f) for f in flags if isinstance(f, str)),
            "screening_hits": ""}


def register(source: db.Source, business_date: str, branch_id: str | None = None) -> list[dict]:
    """The day's register of every desk of the bank (or of one branch), by branch, desk,
    then the desk's order: its payments, then its hits, each in journal order."""
    a, j, w, m = aml_events.c, journal.c, workstations.c, cash_moves.c
    query = (sa.select(a.ws_key, a.seq, a.kind, a.payment_id, a.business_date, j.at, j.actor,
                       j.details, w.workstation_id, w.branch_id)
             .select_from(aml_events
                          .join(journal, sa.and_(j.ws_key == a.ws_key, j.seq == a.seq))
                          .join(workstations, w.ws_key == a.ws_key))
             .where(a.business_date == business_date)
             .order_by(w.branch_id, w.workstation_id,
                       sa.case((a.kind == "screening_hit", 1), else_=0), a.seq))
    if branch_id is not None:
        query = query.where(w.branch_id == branch_id)
    with db.reading(source, snapshot=True) as conn:
        found = conn.execute(query).all()
        keys = sorted({r.ws_key for r in found if r.payment_id is not None})
        voided: set = set()
        if keys:
            # A void's refund is dated to its payment's business day (derive.py).
            voided = {(k, pid) for k, pid in conn.execute(
                sa.select(m.ws_key, m.payment_id).where(
                    m.ws_key.in_(keys), m.business_date == business_date,
                    m.kind == "refund"))}
    return [_row(r, voided) for r in found]


def as_csv(rows: list[dict]) -> bytes:
    """As the desk's `cashier aml report`: `;`-separated, UTF-8 with a BOM."""
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
