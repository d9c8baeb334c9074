import sqlite3

import pytest

from cashier.identity import audit
from cashier.storage import db, migrations


def test_new_database_is_wal_full_sync_with_foreign_keys(tmp_path):
    conn = db.connect(tmp_path / "x.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert migrations.current(conn) == migrations.latest()


def test_upgrade_from_every_old_version_keeps_data(tmp_path):
    for start in range(1, migrations.latest() + 1):
        path = tmp_path / f"v{start}.db"
        conn = db.connect(path, migrate=False)
        migrations.upgrade(conn, start)
        with db.atomic(conn):
            db.set_state(conn, "marker", str(start))
        conn.close()
        conn = db.connect(path)
        assert migrations.current(conn) == migrations.latest()
        assert db.get_state(conn, "marker") == str(start)


def test_newer_database_is_refused_with_advice(tmp_path):
    conn = db.connect(tmp_path / "x.db")
    conn.execute(f"PRAGMA user_version = {migrations.latest() + 1}")
    conn.close()
    with pytest.raises(RuntimeError, match="newer program"):
        db.connect(tmp_path / "x.db")


def test_nested_atomic_rolls_back_inner_only(tmp_path):
    conn = db.connect(tmp_path / "x.db")
    with db.atomic(conn):
        db.set_state(conn, "a", "1")
        with pytest.raises(ValueError):
            with db.atomic(conn):
                db.set_state(conn, "b", "2")
                raise ValueError
    assert db.get_state(conn, "a") == "1" and db.get_state(conn, "b") is None


def _chain(tmp_path, n=5):
    from datetime import datetime, timezone
    conn = db.connect(tmp_path / "a.db")
    for i in range(n):
        with db.atomic(conn):
            audit.record(conn, datetime(2026, 11, 22, tzinfo=timezone.utc), "t", "x", str(i), {"i": i})
    return conn


def test_audit_chain_detects_edit_delete_and_insert(tmp_path):
    conn = _chain(tmp_path)
    assert audit.verify(conn) == []
    conn.execute("UPDATE audit_log SET details='{\"i\":9}' WHERE id=3")
    assert [p.row_id for p in audit.verify(conn)] == [3]

    conn = _chain(tmp_path / "d")
    conn.execute("DELETE FROM audit_log WHERE id=2")
    assert {p.row_id for p in audit.verify(conn)} == {3}

    conn = _chain(tmp_path / "i")
    conn.execute("INSERT INTO audit_log(id, at, actor, action, subject, details, prev_hash, hash) "
                 "VALUES (6, 'x', 't', 'x', 's', '{}', 'f', 'f')")
    assert {p.row_id for p in audit.verify(conn)} == {6}


def test_a_failed_commit_is_rolled_back_and_the_next_unit_of_work_commits(tmp_path):
    """A deferred constraint fails at COMMIT. SQLite leaves the transaction open then; the
    next atomic() must not become a savepoint inside it that silently commits nothing."""
    path = tmp_path / "x.db"
    conn = db.connect(path)
    with pytest.raises(sqlite3.IntegrityError):
        with db.atomic(conn):
            conn.execute("PRAGMA defer_foreign_keys = ON")
            db.set_state(conn, "lost", "1")
            conn.execute("INSERT INTO payment_lines(payment_id, line_no, service_code, service_name, "
                         "provider_id, provider_name, amount) VALUES ('none', 1, 'X', 'X', 'P', 'P', 1)")
    assert not conn.in_transaction
    with db.atomic(conn):
        db.set_state(conn, "after", "1")
    other = db.connect(path)
    assert db.get_state(other, "after") == "1"
    assert db.get_state(other, "lost") is None


def test_a_database_that_cannot_grow_is_disk_full_and_changes_nothing(tmp_path):
    from cashier.errors import StorageError
    path = tmp_path / "x.db"
    conn = db.connect(path)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(StorageError) as info:
        with db.atomic(conn):
            for i in range(2000):
                db.set_state(conn, f"k{i}", "x" * 200)
    assert info.value.code == "disk_full"
    assert not conn.in_transaction
    assert db.get_state(conn, "k0") is None
    conn.execute("PRAGMA max_page_count = 1073741823")
    with db.atomic(conn):
        db.set_state(conn, "k0", "ok")
    assert db.get_state(db.connect(path), "k0") == "ok"


def _part_of_a_unit_of_work():
    """Every helper that writes one part of a unit of work, called as a careless caller would."""
    from datetime import date

    from cashier import central_settings
    from cashier.accounts import cache, snapshot
    from cashier.controls import payers
    from cashier.documents import archive
    from cashier.drawer import sessions
    from cashier.sync import sender
    payer = payers.Payer("880315300212", "Иванов Иван", "id_card", "012345678", date(2020, 1, 1))
    return {
        "audit.record": lambda ws: audit.record(ws.conn, ws.now(), "t", "x"),
        "sessions._move": lambda ws: sessions._move(ws.conn, ws.now(), "s1", "float", 100, "t"),
        "sessions.record_payment": lambda ws: sessions.record_payment(ws.conn, ws.now(), "s1", "t",
                                                                      "p1", 100, 0),
        "payers.remember": lambda ws: payers.remember(ws.conn, ws.now(), payer),
        "sender._reject": lambda ws: sender._reject(ws, {"id": 1, "payment_id": "p1"}, "x", "x",
                                                    None, 422),
        "archive.forget_qr_payloads": lambda ws: archive.forget_qr_payloads(ws.conn, "p1"),
        "archive.record_report": lambda ws: archive.record_report(
            ws.conn, "z_report", date(2026, 11, 22), "W", ws.config.home / "z.pdf", "0" * 64, 1, "t"),
        "cache.store_rows": lambda ws: cache.store_rows(ws.conn, []),
        "snapshot._finish_run": lambda ws: snapshot._finish_run(ws, {"mode": "full", "skipped": 0}),
        "central_settings.store": lambda ws: central_settings.store(
            ws.conn, central_settings.CentralSettings(3, {"receipt_footer": "x"})),
    }


@pytest.mark.parametrize("helper", sorted(_part_of_a_unit_of_work()))
def test_helpers_that_write_part_of_a_unit_of_work_refuse_to_run_alone(ws, helper):
    """Outside db.atomic() each of their statements would commit alone: a crash between two
    would leave half a payment, half a close or a watermark without its page."""
    before = ws.conn.total_changes
    with pytest.raises(RuntimeError, match="inside db.atomic"):
        _part_of_a_unit_of_work()[helper](ws)
    assert ws.conn.total_changes == before and not ws.conn.in_transaction
