import sqlite3

import pytest

from cashier import audit, db, migrations


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
