"""Concurrent posts of one desk's journal cannot interleave into a corrupt chain.

Eight threads post overlapping batches of the same desk's journal at once, each starting
at or behind the head it has seen (so never past the server's), to one server process or
to four sharing a port. On PostgreSQL the workstation's row is locked FOR NO KEY UPDATE,
on SQLite the write starts with BEGIN IMMEDIATE:
the chain ends with every entry exactly once, in order, unbroken, and every figure
derived from it counted once. Without the lock two posts would both read the same head
and both append to it.
"""

from __future__ import annotations

import datetime as dt
import random
import threading
from collections import Counter

import sqlalchemy as sa

from backoffice import schema
from cashier.identity.audit import GENESIS, _digest
from tests.support import backoffice_server
from tests.support.backoffice_server import BackofficeProcess, new_database_url, unique_ws
from tests.support.synthetic_journal import desk_days

backoffice = backoffice_server.backoffice     # the fixture, found by its name

THREADS = 8


def _poster(api, ws: str, entries: list[dict], seed: int, answers: list, errors: list) -> None:
    rnd = random.Random(seed)
    head = 0
    try:
        while head < len(entries):
            start = max(0, head - rnd.randrange(0, 300))         # overlap what is held
            size = rnd.choice((1, 7, 60, 250, 500))
            batch = entries[start:start + size]
            resp = api.post("v1/journal", json={"workstation_id": ws, "entries": batch})
            answers.append(resp.status_code)
            if resp.status_code != 200:
                errors.append(resp.text)
                return
            assert resp.json() == {"accepted_through": batch[-1]["seq"],
                                   "hash": batch[-1]["hash"]}
            head = max(head, batch[-1]["seq"])
    except Exception as exc:  # noqa: BLE001 - reported by the test, not lost in a thread
        errors.append(repr(exc))


def test_concurrent_overlapping_posts_leave_one_intact_chain(backoffice):
    _race_one_desk(backoffice)


def test_posts_landing_in_different_server_processes_leave_one_intact_chain(tmp_path):
    """Four worker processes behind one port: the lock is the database's, not a process's."""
    url = new_database_url("postgresql", tmp_path)
    server = BackofficeProcess(url, tmp_path / "bo", "postgresql", ["--workers", "4"]).start()
    try:
        _race_one_desk(server)
        assert "Traceback" not in server.log()
    finally:
        server.stop()


def _race_one_desk(backoffice) -> None:
    ws = unique_ws()
    entries = list(desk_days(ws, dt.date(2026, 5, 4), 10, 300))   # about 3,100 entries
    apis = [backoffice.api(ws) for _ in range(THREADS)]
    answers: list[int] = []
    errors: list[str] = []
    threads = [threading.Thread(target=_poster, args=(api, ws, entries, i, answers, errors))
               for i, api in enumerate(apis)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not errors, errors[:3]
    assert len(answers) > 2 * THREADS and set(answers) == {200}

    j, w, dd = schema.journal.c, schema.workstations.c, schema.desk_days.c
    with backoffice.engine.connect() as conn:
        ws_key, last_seq, last_hash = conn.execute(
            sa.select(w.ws_key, w.last_seq, w.last_hash).where(w.workstation_id == ws)).one()
        rows = conn.execute(sa.select(j.seq, j.at, j.actor, j.action, j.subject, j.details,
                                      j.prev_hash, j.hash)
                            .where(j.ws_key == ws_key).order_by(j.seq)).all()
        days = dict(conn.execute(sa.select(dd.business_date, dd.payments_count)
                                 .where(dd.ws_key == ws_key)).all())
        alarms = conn.execute(sa.select(sa.func.count()).select_from(schema.alarms)
                              .where(schema.alarms.c.ws_key == ws_key)).scalar_one()
    # Every entry once, in order, and the chain unbroken from genesis.
    assert [r.seq for r in rows] == list(range(1, len(entries) + 1))
    prev = GENESIS
    for r, e in zip(rows, entries):
        assert r.prev_hash == prev and r.hash == e["hash"]
        assert _digest(r.prev_hash, r.at, r.actor, r.action, r.subject, r.details) == r.hash
        prev = r.hash
    assert (last_seq, last_hash) == (len(entries), entries[-1]["hash"])
    assert alarms == 0
    # Derived once per entry, not once per post that carried it.
    paid = Counter(e["details"]["business_date"] for e in entries
                   if e["action"] == "payment.accepted")
    assert days == dict(paid)


def test_desks_posting_at_once_do_not_disturb_each_other(backoffice):
    desks = [unique_ws() for _ in range(4)]
    journals = {ws: list(desk_days(ws, dt.date(2026, 5, 4), 2, 300)) for ws in desks}
    errors: list[str] = []

    def run(ws):
        api = backoffice.api(ws)
        for i in range(0, len(journals[ws]), 100):
            resp = api.post("v1/journal", json={"workstation_id": ws,
                                                "entries": journals[ws][i:i + 100]})
            if resp.status_code != 200:
                errors.append(resp.text)
    threads = [threading.Thread(target=run, args=(ws,)) for ws in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not errors, errors[:3]
    for ws in desks:
        anchor = backoffice.api(ws).get(f"v1/anchors/{ws}").json()
        assert anchor["seq"] == len(journals[ws]) and anchor["hash"] == journals[ws][-1]["hash"]
