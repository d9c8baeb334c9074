"""The AML register and the sanctions alarm from journals a desk may send that the real desk
does not write today, on SQLite and on PostgreSQL: a hit during a business day the
supervisor opened early, a hit without details (an older or a hostile desk), text meant
for a spreadsheet or a terminal, an IIN hidden where the alarm would show it; and the
journal an older back office held, brought into the register by migration 4."""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa

from backoffice import aml, db, journal, schema, tokens
from backoffice.migrations import LATEST, migrate
from cashier.controls.iin import valid_iin_for
from tests.support import backoffice_server
from tests.support.synthetic_journal import Chain

backoffice_url = backoffice_server.backoffice_url     # the fixture, found by its name

TZ = dt.timezone(dt.timedelta(hours=5))
DAY, NEXT = "2026-05-04", "2026-05-05"
IIN = valid_iin_for(dt.date(1985, 3, 14), "male", 1234)
LISTED = valid_iin_for(dt.date(1979, 11, 2), "female", 4321)
PAYER = {"iin": IIN, "full_name": "=HYPERLINK(\"http://evil\")", "doc_type": "id_card",
         "doc_number": "043256789", "doc_issued": "2019-03-15"}


def _at(hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2026, 5, 4, hour, minute, tzinfo=TZ)


def _payment(pid: str, business_date: str, **extra) -> dict:
    return {"payment_id": pid, "receipt_no": f"W1-{pid}", "business_date": business_date,
            "account": "1002003001", "period": "2026-04", "session_id": "s1",
            "lines": [{"service_code": "HEAT", "provider_id": "ATS", "amount": "600000.00",
                       "reading": None}],
            "fee": "0.00", "total": "600000.00", "tendered": "600000.00", "change": "0.00",
            **extra}


def journal_of_a_desk() -> list[dict]:
    c = Chain()
    return [
        c.append(_at(9, 0), "t.test", "session.opened", "s1",
                 {"session_id": "s1", "teller_id": "t.test", "business_date": NEXT,
                  "float": "0.00"}),
        # The day closed early and the supervisor opened the next one: payments of this
        # evening are dated to it, and so is the hit between them.
        c.append(_at(21, 0), "t.test", "payment.accepted", "p1",
                 _payment("p1", NEXT, payer=PAYER, aml_flags=["amount"])),
        c.append(_at(21, 5), "t.test", "screening.hit", LISTED[:4] + "******" + LISTED[10:],
                 {"iin": LISTED, "full_name": "Сидорова Анна", "account": "1002003001",
                  "amount": "600000.00", "list": f"/lists/{LISTED}.csv", "list_sha256": "ab" * 32,
                  "hits": [{"reason": "iin", "line": 2, "name": "Сидорова\x1b[2J Анна",
                            "iin": LISTED, "birth_date": "1979-11-02"}]}),
        # Nothing in the details, the whole IIN as the subject: the alarm shows neither.
        c.append(_at(21, 10), "t.test", "screening.hit", IIN, {}),
        c.append(_at(21, 15), "t.test", "payment.accepted", "p2", _payment("p2", NEXT)),
        c.append(_at(21, 20), "s.test", "payment.voided", "p1",
                 {"payment_id": "p1", "receipt_no": "W1-p1", "supervisor_id": "s.test",
                  "reason": "wrong", "refund": "600000.00", "session_id": "s1"}),
    ]


def _ingest(engine, ws: str, entries: list[dict]) -> None:
    token = tokens.create_token(engine, ws, "AML-B")
    with engine.connect() as conn:
        desk = tokens.find(conn, token)
        conn.rollback()
    parsed = journal.parse_batch({"workstation_id": ws, "entries": entries}, desk)
    journal.ingest(engine, desk, parsed)


def _alarms(engine) -> list[tuple]:
    a = schema.alarms.c
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(
            sa.select(a.ws_key, a.kind, a.seq, a.message, a.details, a.count)
            .order_by(a.ws_key, a.seq))]


def test_hits_are_dated_masked_and_their_text_made_safe(backoffice_url):
    engine = db.create_engine(backoffice_url, pool_size=2)
    migrate(engine)
    entries = journal_of_a_desk()
    _ingest(engine, "AML-B-W1", entries)
    _ingest(engine, "AML-B-W1", entries)           # sent again: nothing new
    assert aml.register(engine, DAY) == []
    rows = aml.register(engine, NEXT)
    assert [(r["kind"], r["status"], r["payer_iin"]) for r in rows] == [
        ("identified", "voided", IIN), ("screening_hit", "blocked", LISTED),
        ("screening_hit", "blocked", "")]
    assert rows[0]["payer_name"] == "'=HYPERLINK(\"http://evil\")"
    assert rows[1]["screening_hits"] == "iin: line 2 Сидорова\ufffd[2J Анна (1979-11-02)"
    assert rows[1]["at"] == entries[2]["at"] and rows[1]["amount"] == "600000.00"
    assert rows[2]["amount"] == "" and rows[2]["teller_id"] == "t.test"
    assert aml.register(engine, NEXT, "AML-B") == rows and aml.register(engine, NEXT, "X") == []

    found = _alarms(engine)
    assert [(k, s, n) for _, k, s, _, _, n in found] == [("sanctions_match", 3, 1),
                                                         ("sanctions_match", 4, 1)]
    masked = LISTED[:4] + "******" + LISTED[10:]
    assert found[0][3] == (f"A payer matched the sanctions list at AML-B-W1 ({masked}): the "
                           "compliance officer must review it.")
    assert json.loads(found[0][4]) == {
        "masked_iin": masked, "business_date": NEXT, "hits": 1, "reasons": ["iin"],
        "amount": "600000.00", "list": f"/lists/{masked}.csv", "list_sha256": "ab" * 32}
    assert "(IIN not given)" in found[1][3]
    for alarm in found:
        assert IIN not in repr(alarm) and LISTED not in repr(alarm)
    text = aml.as_csv(rows).decode("utf-8")
    assert text.startswith("\ufeffkind;business_date;at;") and text.count("\r\n") == 4
    engine.dispose()


def test_migration_4_brings_the_journal_already_held_into_the_register(backoffice_url):
    engine = db.create_engine(backoffice_url, pool_size=2)
    migrate(engine)
    _ingest(engine, "AML-B-W1", journal_of_a_desk())
    before, alarms_before = aml.register(engine, NEXT), _alarms(engine)
    # As a back office at version 3 held it: the journal and its branch view, no register.
    with db.writing(engine) as conn:
        conn.execute(schema.alarms.delete())
        schema.aml_events.drop(conn)
        conn.execute(schema.schema_version.delete().where(schema.schema_version.c.version == 4))
    assert migrate(engine) == LATEST
    assert aml.register(engine, NEXT) == before
    assert _alarms(engine) == alarms_before
    engine.dispose()
