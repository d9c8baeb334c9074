"""The data against the journal: what `cashier audit verify` checks besides the chain.

The audit chain (cashier/identity/audit.py) proves the journal was not edited; it says
nothing about the tables beside it. Someone with the database file can change a
payment's total, delete a payment, renumber a receipt, make a teller a
supervisor or swap a password hash without touching a single audit row. Every
such change leaves the row disagreeing with the journal entry written in the
same transaction as the row, and that is what this module finds, on the desk,
with no back office:

- payments: each payment has its `payment.accepted` entry and agrees with it
  (receipt number, account, business date, period, lines, fee, total, tendered,
  change; an entry written before the journal carried the whole fact is checked
  on what it carries), its teller, time and card part, and the body it sends the SPC
  (payments.body and the outbox's copy: payment_body_check.py); each entry still has its
  payment; a voided payment has its `payment.voided` entry and the other way round;
- users: role, name, disabled and the password hash's fingerprint are what the
  `user.*` entries about that user (and a sign-in that rehashed the password)
  say they became;
- receipt numbers: per workstation and business date, seq 1..N with no gap,
  each receipt number made from its seq, the counter at the highest seq.

A journal recomputed from the edit on (a rewritten chain) agrees with the data
again; only a copy of the chain held elsewhere (the back office) catches that.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date

from cashier import money
from cashier.identity.audit_check_books import check_books
from cashier.identity.audit_problems import DataProblem
from cashier.identity.payment_body_check import body_differences, same_moment
from cashier.identity.users import password_fingerprint

# Problem kinds (DataProblem.kind):
PAYMENT_UNRECORDED = "payment_unrecorded"      # a payment with no payment.accepted entry
PAYMENT_RECORDED_TWICE = "payment_recorded_twice"
PAYMENT_MISSING = "payment_missing"            # an entry whose payment row is gone
PAYMENT_DIFFERS = "payment_differs"            # a field differs from its entry (`field`)
VOID_UNRECORDED = "void_unrecorded"            # voided, with no payment.voided entry
VOID_MISSING = "void_missing"                  # a payment.voided entry, the payment not voided
USER_UNRECORDED = "user_unrecorded"            # a user with no user.added entry
USER_MISSING = "user_missing"                  # entries about a user whose row is gone
USER_DIFFERS = "user_differs"                  # role, name, disabled or password (`field`)
RECEIPT_GAP = "receipt_gap"                    # seqs missing from a day's 1..N
RECEIPT_NUMBER_WRONG = "receipt_number_wrong"  # receipt_no not made from its seq and day
RECEIPT_COUNTER_WRONG = "receipt_counter_wrong"  # last_seq is not the day's highest seq
JOURNAL_UNREADABLE = "journal_unreadable"      # an entry's details are not a JSON object


@dataclass
class _Entry:
    row_id: int
    action: str
    subject: str | None
    details: dict
    actor: str | None = None
    at: str | None = None


def check(conn: sqlite3.Connection) -> list[DataProblem]:
    """Every disagreement between the tables and the journal; [] when they agree."""
    own = not conn.in_transaction
    if own:
        # One snapshot: a payment committed half-way through must not look unrecorded.
        conn.execute("BEGIN")
    try:
        problems: list[DataProblem] = []
        entries = _journal(conn, problems)
        problems += _payments(conn, entries)
        problems += _users(conn, entries)
        problems += _receipt_numbers(conn)
        problems += check_books(conn, entries)
        return problems
    finally:
        if own:
            conn.execute("ROLLBACK")


def _journal(conn: sqlite3.Connection, problems: list[DataProblem]) -> list[_Entry]:
    out = []
    for row in conn.execute("SELECT id, action, subject, details, actor, at FROM audit_log "
                            "WHERE action IN ('payment.accepted', 'payment.voided', 'day.closed') "
                            "OR action LIKE 'user.%' OR action LIKE 'session.%' "
                            "OR action LIKE '%.ok' ORDER BY id"):
        try:
            details = json.loads(row["details"])
        except (TypeError, ValueError):
            details = None
        if not isinstance(details, dict):
            problems.append(DataProblem(JOURNAL_UNREADABLE, str(row["subject"]),
                                        f"audit row {row['id']} ({row['action']}) has details "
                                        "that are not a JSON object", row["id"]))
            continue
        out.append(_Entry(row["id"], row["action"], row["subject"], details, row["actor"],
                          row["at"]))
    return out


# -- payments ---------------------------------------------------------------------------------

def _wire(value) -> object:
    """A stored amount as the journal writes it; anything that is not int minor units as is."""
    if isinstance(value, int) and not isinstance(value, bool):
        return money.to_wire(value)
    return value


def _reading(value) -> object:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return money.reading_to_wire(value)
    return value


# Fields of the payments row against the keys of the payment.accepted entry.
_PAYMENT_FIELDS = (("receipt_no", "receipt_no", str), ("account", "account", str),
                   ("business_date", "business_date", str), ("period", "period", str),
                   ("fee", "fee", _wire), ("total", "total", _wire),
                   ("tendered", "tendered", _wire), ("change", "change_given", _wire))
_LINE_FIELDS = (("service_code", str), ("provider_id", str), ("amount", _wire),
                ("reading", _reading))


def _payments(conn: sqlite3.Connection, entries: list[_Entry]) -> list[DataProblem]:
    accepted: dict[str, list[_Entry]] = {}
    voided: dict[str, _Entry] = {}
    for e in entries:
        if e.action == "payment.accepted":
            accepted.setdefault(str(e.subject), []).append(e)
        elif e.action == "payment.voided":
            voided.setdefault(str(e.subject), e)
    lines: dict[str, list[sqlite3.Row]] = {}
    for row in conn.execute("SELECT * FROM payment_lines ORDER BY payment_id, line_no"):
        lines.setdefault(row["payment_id"], []).append(row)
    sent: dict[str, list[str]] = {}
    for row in conn.execute("SELECT payment_id, body FROM outbox WHERE kind = 'payment'"):
        sent.setdefault(row["payment_id"], []).append(row["body"])
    problems: list[DataProblem] = []
    seen: set[str] = set()
    for row in conn.execute("SELECT * FROM payments ORDER BY business_date, seq"):
        pid = row["payment_id"]
        seen.add(pid)
        label = f"payment {pid} (receipt {row['receipt_no']})"
        found = accepted.get(pid, [])
        if not found:
            problems.append(DataProblem(PAYMENT_UNRECORDED, pid, f"{label} has no payment.accepted "
                                        "entry in the journal"))
        else:
            if len(found) > 1:
                problems.append(DataProblem(
                    PAYMENT_RECORDED_TWICE, pid, f"{label} has {len(found)} payment.accepted "
                    "entries", found[1].row_id))
            problems += _compare_payment(row, lines.get(pid, []), found[0], label)
            for where, body in (("body", row["body"]),
                                *(("outbox.body", b) for b in sent.get(pid, []))):
                problems += [_differs(pid, label, found[0],
                                      where if field == "body" else f"{where}.{field}", said, held)
                             for field, said, held in body_differences(
                                 body, found[0].details, found[0].actor, found[0].at,
                                 row["workstation_id"])]
        is_voided = row["status"] == "voided"
        if row["status"] not in ("accepted", "voided"):
            problems.append(DataProblem(PAYMENT_DIFFERS, pid, f"{label} has the unknown status "
                                        f"{row['status']!r}", None, "status", None, row["status"]))
        if is_voided and pid not in voided:
            problems.append(DataProblem(VOID_UNRECORDED, pid, f"{label} is voided, but the journal "
                                        "has no payment.voided entry for it"))
        if not is_voided and pid in voided:
            problems.append(DataProblem(VOID_MISSING, pid, f"the journal voided {label} "
                                        f"(audit row {voided[pid].row_id}), but it is marked "
                                        f"{row['status']!r}", voided[pid].row_id, "status",
                                        "voided", row["status"]))
        if is_voided and pid in voided:
            said = voided[pid].details.get("receipt_no")
            if said is not None and said != row["receipt_no"]:
                problems.append(_differs(pid, label, voided[pid], "receipt_no", said,
                                         row["receipt_no"]))
    for pid, found in accepted.items():
        if pid not in seen:
            receipt = found[0].details.get("receipt_no", "?")
            problems.append(DataProblem(PAYMENT_MISSING, pid, f"the journal accepted payment {pid} "
                                        f"(receipt {receipt}, audit row {found[0].row_id}), but "
                                        "it is not in the database", found[0].row_id))
    for pid, e in voided.items():
        if pid not in seen and pid not in accepted:
            problems.append(DataProblem(PAYMENT_MISSING, pid, f"the journal voided payment {pid} "
                                        f"(audit row {e.row_id}), but it is not in the database",
                                        e.row_id))
    return problems


def _differs(pid: str, label: str, e: _Entry, field: str, said, stored) -> DataProblem:
    return DataProblem(PAYMENT_DIFFERS, pid, f"{label}: {field} is {stored!r} in the database, "
                       f"{said!r} in the journal (audit row {e.row_id})", e.row_id, field, said,
                       stored)


def _column(row: sqlite3.Row, name: str):
    return row[name] if name in row.keys() else None


def _compare_payment(row: sqlite3.Row, lines: list[sqlite3.Row], e: _Entry,
                     label: str) -> list[DataProblem]:
    pid, d, out = row["payment_id"], e.details, []
    for key, column, form in _PAYMENT_FIELDS:
        if key in d and d[key] != form(row[column]):
            out.append(_differs(pid, label, e, key, d[key], form(row[column])))
    if e.actor is not None and row["teller_id"] != e.actor:
        out.append(_differs(pid, label, e, "teller_id", e.actor, row["teller_id"]))
    if e.at is not None and not same_moment(e.at, row["accepted_at"]):
        out.append(_differs(pid, label, e, "accepted_at", e.at, row["accepted_at"]))
    if "lines" in d:  # the whole fact: a card part is in it when there was one
        card = d.get("card")
        said_card = card.get("amount") if isinstance(card, dict) else money.to_wire(0)
        stored_card = _wire(_column(row, "card_amount") or 0)
        if said_card != stored_card:
            out.append(_differs(pid, label, e, "card_amount", said_card, stored_card))
    # The controls' facts (a payer, an approver) are journaled with every payment since
    # they exist, so a row that has one the journal lacks was edited after the fact.
    said_payer = (d.get("payer") or {}).get("iin") if isinstance(d.get("payer"), dict) else None
    stored = {"payer": _column(row, "payer_iin"), "approved_by": _column(row, "approved_by")}
    for key, said_value in (("payer", said_payer), ("approved_by", d.get("approved_by"))):
        if said_value != stored[key]:
            out.append(_differs(pid, label, e, key, said_value, stored[key]))
    said = d.get("lines")
    if not isinstance(said, list):
        return out
    if len(said) != len(lines):
        out.append(_differs(pid, label, e, "lines", len(said), len(lines)))
    for n, (want, have) in enumerate(zip(said, lines), 1):
        if not isinstance(want, dict):
            out.append(_differs(pid, label, e, f"lines[{n}]", want, None))
            continue
        for key, form in _LINE_FIELDS:
            if key in want and want[key] != form(have[key]):
                out.append(_differs(pid, label, e, f"lines[{n}].{key}", want[key], form(have[key])))
    return out


# -- users ------------------------------------------------------------------------------------

_USER_FIELDS = ("role", "name", "disabled", "password_fp")


def _users(conn: sqlite3.Connection, entries: list[_Entry]) -> list[DataProblem]:
    """Replay the journal's user entries into what each user should be now; compare."""
    said: dict[str, dict] = {}
    last_row: dict[str, int] = {}
    for e in entries:
        uid = e.subject
        if not uid:
            continue
        if e.action.startswith("user."):
            state = said.setdefault(uid, {})
            if e.action == "user.added":
                state.update(added=True, disabled=False)
            elif e.action == "user.synced":   # from the back office: the whole new state
                state["added"] = True
            elif e.action == "user.disabled":
                state["disabled"] = True
            elif e.action == "user.enabled":
                state["disabled"] = False
            elif e.action == "user.password_set":
                state["password_fp"] = None  # an older entry: changed, to what it does not say
            state.update({k: e.details[k] for k in _USER_FIELDS if k in e.details})
            last_row[uid] = e.row_id
        elif "password_fp" in e.details and uid in said:  # a sign-in that rehashed
            said[uid]["password_fp"] = e.details["password_fp"]
            last_row[uid] = e.row_id
    problems: list[DataProblem] = []
    present: set[str] = set()
    for row in conn.execute("SELECT user_id, name, role, disabled, password_hash FROM users "
                            "ORDER BY user_id"):
        uid = row["user_id"]
        present.add(uid)
        state = said.get(uid)
        if state is None or not state.get("added"):
            problems.append(DataProblem(USER_UNRECORDED, uid, f"user {uid} ({row['role']}) has no "
                                        "user.added entry in the journal"))
            if state is None:
                continue
        stored = {"role": row["role"], "name": row["name"], "disabled": bool(row["disabled"]),
                  "password_fp": password_fingerprint(row["password_hash"])}
        for key in _USER_FIELDS:
            if state.get(key) is None or state[key] == stored[key]:
                continue
            if key == "password_fp":
                message = (f"user {uid}: the password hash in the database is not the one the "
                           f"journal last recorded (audit row {last_row[uid]})")
                problems.append(DataProblem(USER_DIFFERS, uid, message, last_row[uid], "password",
                                            state[key], stored[key]))
            else:
                problems.append(DataProblem(
                    USER_DIFFERS, uid, f"user {uid}: {key} is {stored[key]!r} in the database, "
                    f"{state[key]!r} in the journal (up to audit row {last_row[uid]})",
                    last_row[uid], key, state[key], stored[key]))
    for uid, state in said.items():
        if uid not in present and state.get("added"):
            problems.append(DataProblem(USER_MISSING, uid, f"the journal added user {uid}, but the "
                                        "user is not in the database", last_row[uid]))
    return problems


# -- receipt numbers --------------------------------------------------------------------------

def receipt_no_for(workstation_id: str, business_date: str, seq: int) -> str | None:
    """The number services.accept_payment gives the seq-th receipt of a day."""
    try:
        day = date.fromisoformat(business_date)
    except (TypeError, ValueError):
        return None
    return f"{workstation_id}-{day:%Y%m%d}-{seq:05d}"


def _receipt_numbers(conn: sqlite3.Connection) -> list[DataProblem]:
    days: dict[tuple[str, str], list[sqlite3.Row]] = {}
    for row in conn.execute("SELECT payment_id, receipt_no, seq, workstation_id, business_date "
                            "FROM payments ORDER BY workstation_id, business_date, seq"):
        days.setdefault((row["workstation_id"], row["business_date"]), []).append(row)
    counters = {(r["workstation_id"], r["business_date"]): r["last_seq"]
                for r in conn.execute("SELECT * FROM receipt_counters")}
    problems: list[DataProblem] = []
    for key in sorted(set(days) | set(counters), key=lambda k: (str(k[0]), str(k[1]))):
        ws_id, day = key
        subject = f"{ws_id}/{day}"
        rows = days.get(key, [])
        seqs = [r["seq"] for r in rows if isinstance(r["seq"], int)]
        counter = counters.get(key)
        top = max(seqs + ([counter] if isinstance(counter, int) else []), default=0)
        missing = sorted(set(range(1, top + 1)) - set(seqs))
        if missing:
            problems.append(DataProblem(
                RECEIPT_GAP, subject, f"{ws_id} on {day}: receipt number(s) "
                f"{', '.join(str(n) for n in missing[:50])}{' ...' if len(missing) > 50 else ''} "
                f"of 1..{top} are missing", None, "seq", top, len(seqs), tuple(missing)))
        highest = max(seqs, default=0)
        if not isinstance(counter, int) or counter < highest:
            problems.append(DataProblem(
                RECEIPT_COUNTER_WRONG, subject, f"{ws_id} on {day}: the receipt counter is "
                f"{counter}, the highest receipt is {highest}", None, "last_seq", highest, counter))
        for r in rows:
            want = receipt_no_for(ws_id, day, r["seq"]) if isinstance(r["seq"], int) else None
            if r["receipt_no"] != want:
                problems.append(DataProblem(
                    RECEIPT_NUMBER_WRONG, r["payment_id"], f"payment {r['payment_id']}: receipt "
                    f"{r['receipt_no']} is not the number of seq {r['seq']} on {day} ({want})",
                    None, "receipt_no", want, r["receipt_no"]))
    return problems


def verify_journal(conn) -> dict:
    """`cashier audit verify`: the chain itself (edited, deleted, inserted rows) and the data
    against it; `intact` and `consistent` both true only when nothing was found."""
    from cashier.identity import audit
    problems = audit.verify(conn)
    data = check(conn)
    return {"rows": conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0],
            "intact": not problems,
            "problems": [{"row": p.row_id, "problem": p.problem} for p in problems],
            "consistent": not data, "data_problems": [p.to_json() for p in data]}
