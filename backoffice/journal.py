"""POST /v1/journal: a desk's audit rows, checked, kept verbatim, and derived from.

The checks, in order, each naming what it refuses:
1. the shape of every field (400, the field named);
2. each entry's hash recomputed over its own text (422 hash_mismatch, field: its seq);
3. under the workstation's row lock: an entry the server holds already must have the
   same hash (a replay, skipped) or it is 409 chain_conflict; the first new one must be
   the next seq (409 chain_gap, with expected_seq) and follow the hash held before it.
A refusal at 2 or 3 is stored as an alarm for the workstation, in a transaction that
stores nothing else. Otherwise the new entries, what is derived from them (derive.py)
and the new chain head are one transaction: a batch lands whole or not at all.

The lock is the workstation row's: SELECT ... FOR (NO KEY) UPDATE on PostgreSQL (and BEGIN
IMMEDIATE on SQLite, which holds the database's write lock from the first statement),
so two posts of one desk never both read the same head and both append. Desks never
wait for each other on PostgreSQL: each locks its own row.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc

from backoffice import alarms, chain, clock, db, derive
from backoffice.errors import ApiError, bad_request, forbidden
from backoffice.schema import journal, workstations
from backoffice.tokens import Desk
from backoffice.validation import (
    closed_object,
    hash_hex,
    ident,
    optional_text,
    require_object,
    rfc3339,
    seq,
    text,
)

MAX_ENTRIES = 500
MAX_DETAILS = 64 * 1024
BODY_KEYS = frozenset({"workstation_id", "entries"})
JOURNAL_COLUMNS = ("ws_key", "seq", "at", "actor", "action", "subject", "details", "prev_hash",
                   "hash")
ENTRY_KEYS = frozenset({"seq", "at", "actor", "action", "subject", "details", "prev_hash",
                        "hash"})


@dataclass(slots=True)
class Entry:
    seq: int
    at: str
    actor: str
    action: str
    subject: str | None
    details: dict
    details_text: str
    prev_hash: str
    hash: str
    computed: str       # the hash recomputed over the entry's own content


class Refusal(Exception):
    """The chain is refused: answered with `error`, and kept as an alarm."""

    def __init__(self, error: ApiError, seq: int | None, details: dict):
        super().__init__(error.message)
        self.error = error
        self.seq = seq
        self.details = details


def parse_batch(body: object, desk: Desk) -> list[Entry]:
    body = require_object(body, None)
    closed_object(body, BODY_KEYS)
    if ident(body["workstation_id"], "workstation_id") != desk.workstation_id:
        raise forbidden("workstation_id is not the token's workstation: a desk posts its own "
                        "journal only.", "workstation_id")
    items = body["entries"]
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_ENTRIES:
        raise bad_request(f"entries must be an array of 1 to {MAX_ENTRIES} entries.", "entries")
    entries: list[Entry] = []
    for i, item in enumerate(items):
        entry = parse_entry(item, f"entries[{i}].")
        if entries and entry.seq <= entries[-1].seq:
            raise bad_request("Entries must be in seq order, each seq once.", f"entries[{i}].seq")
        entries.append(entry)
    return entries


def parse_entry(item: object, where: str) -> Entry:
    item = require_object(item, where.rstrip("."))
    closed_object(item, ENTRY_KEYS, where)
    details = require_object(item["details"], where + "details")
    try:
        details_text = chain.details_text(details)
    except RecursionError:
        # The decoder took it, but it is deeper than anything a desk writes.
        raise bad_request("details are nested too deeply.", where + "details") from None
    if len(details_text) > MAX_DETAILS:
        raise bad_request(f"details exceed {MAX_DETAILS} characters.", where + "details")
    e = Entry(seq=seq(item["seq"], where + "seq"),
              at=rfc3339(item["at"], where + "at"),
              actor=text(item["actor"], where + "actor", 200),
              action=text(item["action"], where + "action", 100),
              subject=optional_text(item["subject"], where + "subject", 200),
              details=details, details_text=details_text,
              prev_hash=hash_hex(item["prev_hash"], where + "prev_hash"),
              hash=hash_hex(item["hash"], where + "hash"), computed="")
    try:
        e.computed = chain.digest(e.prev_hash, e.at, e.actor, e.action, e.subject, details_text)
    except UnicodeEncodeError:
        # Every other field was checked for lone surrogates: it is in the details.
        raise bad_request("details hold a lone surrogate, which is not text.",
                          where + "details") from None
    return e


def _mismatch(seq_no: int, message: str, **details) -> Refusal:
    return Refusal(ApiError(422, "hash_mismatch", message, str(seq_no), extra={"seq": seq_no}),
                   seq_no, details)


def check_hashes(entries: list[Entry]) -> Refusal | None:
    """Each hash recomputed, and each entry after the first following the one before it."""
    for i, e in enumerate(entries):
        if e.computed != e.hash:
            return _mismatch(e.seq, f"The hash of seq {e.seq} is not the SHA-256 of its content: "
                                    "the entry was changed after it was written.",
                             sent=e.hash, computed=e.computed)
        if i and e.seq == entries[i - 1].seq + 1 and e.prev_hash != entries[i - 1].hash:
            return _mismatch(e.seq, f"seq {e.seq} does not follow seq {e.seq - 1}: its prev_hash "
                                    f"is not the hash of seq {e.seq - 1}.",
                             prev_hash=e.prev_hash, previous_hash=entries[i - 1].hash)
    return None


def _conflict(seq_no: int, message: str, **details) -> Refusal:
    return Refusal(ApiError(409, "chain_conflict", message, str(seq_no), extra={"seq": seq_no}),
                   seq_no, details)


def _gap(expected: int, got: int, message: str) -> Refusal:
    return Refusal(ApiError(409, "chain_gap", message, str(got), extra={"expected_seq": expected}),
                   got, {"expected_seq": expected, "seq": got})


def _check_chain(conn, ws_key: int, last_seq: int, last_hash: str,
                 entries: list[Entry]) -> list[Entry]:
    """The entries to append (replays dropped), or a Refusal raised."""
    held = [e for e in entries if e.seq <= last_seq]
    if held:
        stored = dict(conn.execute(
            sa.select(journal.c.seq, journal.c.hash).where(
                journal.c.ws_key == ws_key, journal.c.seq.between(held[0].seq, held[-1].seq))
        ).all())
        for e in held:
            if stored.get(e.seq) != e.hash:
                raise _conflict(e.seq, f"seq {e.seq} has another hash than the back office holds: "
                                       "this desk's history was changed after it was sent.",
                                held=stored.get(e.seq), sent=e.hash)
    new = entries[len(held):]
    expected = last_seq + 1
    for i, e in enumerate(new):
        want = expected if i == 0 else new[i - 1].seq + 1
        if e.seq != want:
            raise _gap(expected, e.seq, f"seq {e.seq} comes after seq {want - 1}: seqs {want}.."
                                        f"{e.seq - 1} are missing; the back office expects "
                                        f"seq {expected} next.")
    if new and new[0].prev_hash != last_hash:
        if last_seq:
            raise _conflict(last_seq, f"seq {new[0].seq} does not follow the seq {last_seq} the "
                                      "back office holds: this desk's history up to it was "
                                      "changed after it was sent.",
                            held=last_hash, prev_hash=new[0].prev_hash)
        raise _mismatch(new[0].seq, "The first entry's prev_hash must be 64 zeros.",
                        prev_hash=new[0].prev_hash)
    return new


def ingest(source: db.Source, desk: Desk, entries: list[Entry]) -> dict:
    """Store a parsed batch; the answer of POST /v1/journal, or ApiError."""
    try:
        return _ingest(source, desk, entries)
    except sa_exc.DataError:
        # A sum past 64 bits (PostgreSQL refuses it, where SQLite would turn it into a
        # float): only a forged journal gets there. Nothing of the batch was stored.
        raise ApiError(422, "out_of_range", "The batch's amounts add up past what can be "
                       "stored; nothing of it was kept.") from None


def _ingest(source: db.Source, desk: Desk, entries: list[Entry]) -> dict:
    refusal = check_hashes(entries)
    now = clock.stamp()
    with db.writing(source) as conn:
        # FOR NO KEY UPDATE: posts of this desk wait for each other, while a heartbeat's
        # foreign key check on the same row (FOR KEY SHARE) does not wait for them.
        head = conn.execute(
            sa.select(workstations.c.last_seq, workstations.c.last_hash)
            .where(workstations.c.ws_key == desk.ws_key).with_for_update(key_share=True)
        ).one()
        try:
            if refusal is not None:
                raise refusal
            new = _check_chain(conn, desk.ws_key, head.last_seq, head.last_hash, entries)
        except Refusal as exc:
            refusal = exc
            alarms.record(conn, desk.ws_key, exc.error.code, exc.seq, exc.error.message,
                          exc.details, now)
        else:
            if new:
                k = desk.ws_key
                db.insert_many(conn, journal, JOURNAL_COLUMNS, [
                    (k, e.seq, e.at, e.actor, e.action, e.subject, e.details_text, e.prev_hash,
                     e.hash) for e in new])
                derive.apply(conn, desk.ws_key, new)
            values = {"last_post_at": now}
            if new:
                values.update(last_seq=new[-1].seq, last_hash=new[-1].hash, last_at=new[-1].at)
            conn.execute(workstations.update().where(workstations.c.ws_key == desk.ws_key)
                         .values(**values))
    if refusal is not None:
        raise refusal.error
    # Through the batch's last entry, every one of which is now checked: not the head, which
    # may lie further on, past entries this request did not show.
    return {"accepted_through": entries[-1].seq, "hash": entries[-1].hash}


def anchor(source: db.Source, desk: Desk) -> dict:
    with db.reading(source) as conn:
        row = conn.execute(sa.select(workstations.c.last_seq, workstations.c.last_hash,
                                     workstations.c.last_at)
                           .where(workstations.c.ws_key == desk.ws_key)).one()
    return {"seq": row.last_seq, "hash": row.last_hash, "at": row.last_at}
