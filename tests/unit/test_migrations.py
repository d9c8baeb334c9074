"""Schema step 7 on a database the previous release made (tests/fixtures/release_day): receipts
and the day's reports moved into the document archive beside the void slips, every row and
every print's file kept, the old names still readable, the journal untouched."""

from __future__ import annotations

import sqlite3

import pytest

from cashier.identity import audit, audit_check
from cashier.storage import db, migrations
from tests.support.release_day import release_day

RECEIPT_COLUMNS = "payment_id, copy_no, path, sha256, size, qr_payload, created_at"
PRINTED = "p.printer, p.job_id, p.state, p.error_code, p.error, p.requested_at, p.updated_at"


def rows(conn, sql: str, *args) -> list[tuple]:
    return [tuple(r) for r in conn.execute(sql, args)]


def as_release_left_it(path) -> dict:
    """What the release's own tables say, read with plain sqlite3 before the upgrade."""
    conn = sqlite3.connect(path)
    try:
        return {
            "receipts": rows(conn, f"SELECT {RECEIPT_COLUMNS} FROM receipt_archive ORDER BY id"),
            "receipt_prints": rows(conn, f"SELECT a.payment_id, a.copy_no, a.path, p.copy, {PRINTED} "
                                         "FROM receipt_prints p JOIN receipt_archive a "
                                         "ON a.id = p.archive_id ORDER BY p.id"),
            "slips": rows(conn, "SELECT id, kind, payment_id, copy_no, path, sha256, size, created_at "
                                "FROM document_archive ORDER BY id"),
            "slip_prints": rows(conn, "SELECT * FROM document_prints ORDER BY id"),
            "reports": rows(conn, "SELECT * FROM day_reports ORDER BY kind"),
            "journal": rows(conn, "SELECT * FROM audit_log ORDER BY id"),
            "receipt_pdf": rows(conn, "SELECT payment_id, receipt_pdf FROM payments ORDER BY seq, payment_id"),
        }
    finally:
        conn.close()


def test_step_7_moves_the_releases_receipts_and_reports_into_the_document_archive(tmp_path):
    day = release_day(tmp_path)
    before = as_release_left_it(day.db_path)
    assert len(before["receipts"]) == 6 and len(before["receipt_prints"]) == 3
    assert len(before["slips"]) == 3 and len(before["reports"]) == 3

    conn = db.connect(day.db_path)
    assert migrations.current(conn) == migrations.latest() >= 7
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # back on after the rebuild
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # Receipts: every file, copy number, hash and QR text, in their order.
    assert rows(conn, f"SELECT {RECEIPT_COLUMNS} FROM document_archive WHERE kind = 'receipt' "
                      "ORDER BY id") == before["receipts"]
    # Each print still points at the very file it printed, copy or original.
    assert rows(conn, f"SELECT a.payment_id, a.copy_no, a.path, a.copy_no > 0, {PRINTED} "
                      "FROM document_prints p JOIN document_archive a ON a.id = p.document_id "
                      "WHERE a.kind = 'receipt' ORDER BY p.id") == before["receipt_prints"]
    # The void slips and their prints are as they were, ids included.
    assert rows(conn, "SELECT id, kind, payment_id, copy_no, path, sha256, size, created_at "
                      "FROM document_archive WHERE kind = 'void_slip' ORDER BY id") == before["slips"]
    assert rows(conn, "SELECT * FROM document_prints WHERE document_id IN (SELECT id FROM "
                      "document_archive WHERE kind = 'void_slip') ORDER BY id") == before["slip_prints"]
    # The day's reports belong to its close, not to a payment.
    assert rows(conn, "SELECT business_date, workstation_id, kind, path, sha256, size, created_at "
                      "FROM document_archive WHERE payment_id IS NULL ORDER BY kind") == before["reports"]
    # payments.receipt_pdf (the receipts-owed index) and the journal are untouched.
    assert rows(conn, "SELECT payment_id, receipt_pdf FROM payments ORDER BY seq, payment_id") == \
        before["receipt_pdf"]
    assert rows(conn, "SELECT * FROM audit_log ORDER BY id") == before["journal"]
    assert audit.verify(conn) == []
    report = audit_check.verify_journal(conn)
    assert report["intact"] and report["consistent"], report
    # The old names read the same rows (read-only views for people's own queries).
    assert rows(conn, f"SELECT {RECEIPT_COLUMNS} FROM receipt_archive ORDER BY id") == before["receipts"]
    assert rows(conn, "SELECT * FROM day_reports ORDER BY kind") == before["reports"]
    assert len(rows(conn, "SELECT * FROM receipt_prints")) == 3
    with pytest.raises(sqlite3.OperationalError, match="view"):
        conn.execute("DELETE FROM receipt_archive")


def test_new_rows_after_step_7_take_ids_never_given_before(tmp_path):
    day = release_day(tmp_path)
    conn = db.connect(day.db_path)
    top = conn.execute("SELECT MAX(id) FROM document_archive").fetchone()[0]
    with db.atomic(conn):
        conn.execute("INSERT INTO document_archive(kind, payment_id, copy_no, path, sha256, size, "
                     "created_at) VALUES ('void_slip', ?, 5, '/x.pdf', 'h', 1, 'now')", (day.payment("C"),))
    assert conn.execute("SELECT MAX(id) FROM document_archive").fetchone()[0] == top + 1
    # A document belongs to a payment or to a day's close, never to both or neither.
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"), db.atomic(conn):
        conn.execute("INSERT INTO document_archive(kind, copy_no, path, sha256, size, created_at) "
                     "VALUES ('z_report', 0, '/y.pdf', 'h', 1, 'now')")


def test_a_print_that_names_no_receipt_stops_step_7_and_changes_nothing(tmp_path):
    day = release_day(tmp_path)
    conn = sqlite3.connect(day.db_path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("INSERT INTO receipt_prints(payment_id, archive_id, copy, printer, state, "
                 "requested_at, updated_at) VALUES (?, NULL, 0, 'P', 'failed', 'x', 'x')",
                 (day.payment("A"),))
    conn.close()
    with pytest.raises(RuntimeError, match="edited by hand"):
        db.connect(day.db_path)
    conn = db.connect(day.db_path, migrate=False)
    assert migrations.current(conn) == 6
    assert conn.execute("SELECT COUNT(*) FROM receipt_prints").fetchone()[0] == 4
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_new_database_gets_the_same_tables(tmp_path):
    conn = db.connect(tmp_path / "new.db")
    kinds = dict(rows(conn, "SELECT name, type FROM sqlite_master WHERE name IN ('document_archive', "
                            "'document_prints', 'receipt_archive', 'receipt_prints', 'day_reports')"))
    assert kinds == {"document_archive": "table", "document_prints": "table", "receipt_archive": "view",
                     "receipt_prints": "view", "day_reports": "view"}
