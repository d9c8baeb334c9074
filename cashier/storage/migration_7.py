"""Schema step 7: one archive for every document the desk keeps (cashier/documents/archive.py).

Receipts (receipt_archive, receipt_prints) and the day's reports (day_reports) join the void
slips in document_archive / document_prints. A report belongs to a day, not a payment, and
SQLite cannot loosen a NOT NULL in place: document_archive is rebuilt (registered with
rebuilds=True in cashier/storage/migrations.py, which imports this module). Like every
released step, never edited once released.
"""

from __future__ import annotations

import sqlite3


def documents_in_one_archive(conn: sqlite3.Connection) -> None:
    # Every relation is kept. The void slips keep their row ids, so document_prints stays
    # as it is; receipts and their prints follow after the highest ids ever given, in their
    # old order, each print pointing at its own file again. The audit log is not touched:
    # its entries name payments, copy numbers and SHA-256, never a row id.
    orphans = [r[0] for r in conn.execute(
        "SELECT id FROM receipt_prints WHERE archive_id IS NULL "
        "OR archive_id NOT IN (SELECT id FROM receipt_archive)")]
    if orphans:
        # No release ever wrote one; a print that names no file cannot be moved, and is not
        # to be dropped without a person deciding.
        raise RuntimeError(f"receipt_prints rows {orphans[:20]} name no archived receipt: this "
                           "database was edited by hand; restore a backup or ask IT")
    archive_offset = _last_id(conn, "document_archive")
    prints_offset = _last_id(conn, "document_prints")
    conn.execute(_NEW_ARCHIVE)
    conn.execute(
        "INSERT INTO new_document_archive(id, kind, payment_id, copy_no, path, sha256, size, "
        "created_at) SELECT id, kind, payment_id, copy_no, path, sha256, size, created_at "
        "FROM document_archive ORDER BY id")
    conn.execute(
        "INSERT INTO new_document_archive(id, kind, payment_id, copy_no, path, sha256, size, "
        "qr_payload, created_at) SELECT id + ?, 'receipt', payment_id, copy_no, path, sha256, "
        "size, qr_payload, created_at FROM receipt_archive ORDER BY id", (archive_offset,))
    conn.execute(
        "INSERT INTO new_document_archive(kind, business_date, workstation_id, copy_no, path, "
        "sha256, size, created_at) SELECT kind, business_date, workstation_id, 0, path, sha256, "
        "size, created_at FROM day_reports ORDER BY business_date, workstation_id, kind")
    conn.execute(
        "INSERT INTO document_prints(id, document_id, printer, job_id, state, error_code, error, "
        "requested_at, updated_at) SELECT id + ?, archive_id + ?, printer, job_id, state, "
        "error_code, error, requested_at, updated_at FROM receipt_prints ORDER BY id",
        (prints_offset, archive_offset))
    for sql in _SWAP:
        conn.execute(sql)


def _last_id(conn: sqlite3.Connection, table: str) -> int:
    """The highest id an AUTOINCREMENT table ever gave (deleted rows included)."""
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
    top = conn.execute(f"SELECT MAX(id) FROM {table}").fetchone()[0]
    return max(seq[0] if seq else 0, top or 0)


# A payment's document (kind 'receipt', 'void_slip') names its payment; a day's report
# ('register_pdf', 'register_csv', 'z_report') its business date and workstation, whose close
# it belongs to. No CHECK lists the kinds: a new kind must not need another rebuild.
_NEW_ARCHIVE = """CREATE TABLE new_document_archive (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    payment_id TEXT REFERENCES payments(payment_id),
    business_date TEXT,
    workstation_id TEXT,
    copy_no INTEGER NOT NULL CHECK (copy_no >= 0),
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    qr_payload TEXT,
    created_at TEXT NOT NULL,
    CHECK ((payment_id IS NULL) <> (business_date IS NULL)),
    CHECK ((business_date IS NULL) = (workstation_id IS NULL)),
    UNIQUE (kind, payment_id, copy_no),
    UNIQUE (business_date, workstation_id, kind, copy_no),
    FOREIGN KEY (business_date, workstation_id) REFERENCES day_closes(business_date, workstation_id)
)"""

_SWAP = [
    "DROP TABLE receipt_prints",
    "DROP TABLE receipt_archive",
    "DROP TABLE day_reports",
    # document_prints names document_archive: once the new table has that name, it is the one.
    "DROP TABLE document_archive",
    "ALTER TABLE new_document_archive RENAME TO document_archive",
    # The old names, read-only, for the queries people wrote against them (IT's support
    # scripts, a report tool): the program itself reads and writes only the tables above,
    # and a write to a view fails loudly instead of going astray.
    """CREATE VIEW receipt_archive AS
        SELECT id, payment_id, copy_no, path, sha256, size, qr_payload, created_at
        FROM document_archive WHERE kind = 'receipt'""",
    """CREATE VIEW receipt_prints AS
        SELECT dp.id, da.payment_id, dp.document_id AS archive_id, (da.copy_no > 0) AS copy,
               dp.printer, dp.job_id, dp.state, dp.error_code, dp.error, dp.requested_at,
               dp.updated_at
        FROM document_prints dp JOIN document_archive da ON da.id = dp.document_id
        WHERE da.kind = 'receipt'""",
    """CREATE VIEW day_reports AS
        SELECT business_date, workstation_id, kind, path, sha256, size, created_at
        FROM document_archive WHERE payment_id IS NULL""",
]
