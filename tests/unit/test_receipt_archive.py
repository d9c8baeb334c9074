"""The receipt archive: every original and every reprint kept, never overwritten, with sha256;
and migration step 2 on a database from before it."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from cashier import documents, payments
from cashier.storage.records import load_payment
from cashier.documents import receipt_archive, receipt_code
from cashier.identity import audit
from cashier.storage import db, migrations
from cashier.errors import CashierError
from cashier.documents.receipt_pdf import receipt_text
from tests.support.staffing import teller_of

KEY = bytes(range(32))


@pytest.fixture(autouse=True)
def receipt_key(monkeypatch):
    monkeypatch.setenv(receipt_code.ENV_KEY, KEY.hex())


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def pay(ws, account, write_pdf=True):
    return payments.accept_payment(ws, payments.build_draft(account, None, {}, "5000"), teller_of(ws),
                                   write_pdf=write_pdf)


def test_the_original_is_archived_once_with_its_sha256(ws, account):
    paid = pay(ws, account)
    path = Path(paid.receipt_pdf)
    assert path == ws.config.receipts_dir / "2026-11-22" / f"{paid.receipt_no}.pdf"
    (entry,) = receipt_archive.entries(ws.conn, paid.payment_id)
    assert (entry.copy_no, entry.path, entry.sha256, entry.size) == (0, path, sha(path),
                                                                    path.stat().st_size)
    inode = path.stat().st_ino, path.stat().st_mtime_ns
    # Asking for the receipt again hands out the archived file; it is not written again.
    again = documents.ensure_receipt(ws, load_payment(ws, paid.payment_id))
    assert again.receipt_pdf == str(path)
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == inode
    assert len(receipt_archive.entries(ws.conn, paid.payment_id)) == 1
    assert load_payment(ws, paid.payment_id).receipt_pdf == str(path)


def test_each_reprint_is_a_new_file_and_the_original_stays(ws, account):
    paid = pay(ws, account)
    original = sha(paid.receipt_pdf)
    copies = [documents.ensure_receipt(ws, paid, copy=True, by=teller_of(ws)) for _ in range(3)]
    names = [Path(c.receipt_pdf).name for c in copies]
    assert names == [f"{paid.receipt_no}-copy-{n}.pdf" for n in (1, 2, 3)]
    assert sha(paid.receipt_pdf) == original
    entries = receipt_archive.entries(ws.conn, paid.payment_id)
    assert [e.copy_no for e in entries] == [0, 1, 2, 3]
    for e in entries:
        assert sha(e.path) == e.sha256
        assert ("КОПИЯ / КӨШІРМЕ / COPY" in receipt_text(e.path.read_bytes())) == (e.copy_no > 0)
    actions = [r["action"] for r in ws.conn.execute("SELECT action FROM audit_log ORDER BY id")]
    assert actions.count("receipt.copy_written") == 3
    assert audit.verify(ws.conn) == []


def test_a_leftover_file_is_never_overwritten(ws, account):
    paid = pay(ws, account, write_pdf=False)
    # A crash after writing but before recording left these behind.
    stray_copy = documents.receipt_path(ws, paid, 1)
    stray_copy.parent.mkdir(parents=True, exist_ok=True)
    stray_copy.write_bytes(b"left by a crash")
    legacy = documents.receipt_path(ws, paid)
    legacy.write_bytes(b"%PDF-1.4 an original written before the archive existed, subject "
                       + paid.payment_id.encode())
    entry = receipt_archive.archive(ws, paid)
    assert entry.path == legacy and legacy.read_bytes().startswith(b"%PDF-1.4 an original")
    assert entry.sha256 == sha(legacy)  # adopted as it is
    copy = receipt_archive.archive(ws, paid, copy=True)
    assert copy.copy_no == 2 and stray_copy.read_bytes() == b"left by a crash"


def test_write_new_refuses_an_existing_name(tmp_path):
    target = tmp_path / "d" / "r.pdf"
    assert receipt_archive.write_new(target, b"one")
    assert not receipt_archive.write_new(target, b"two")
    assert target.read_bytes() == b"one"
    assert sorted(p.name for p in target.parent.iterdir()) == ["r.pdf"]  # no temp files left


def test_a_changed_or_missing_original_is_reported(ws, account):
    paid = pay(ws, account)
    path = Path(paid.receipt_pdf)
    path.write_bytes(path.read_bytes() + b"\n% edited")
    with pytest.raises(CashierError) as info:
        documents.ensure_receipt(ws, paid)
    assert info.value.code == "receipt_archive_changed"
    path.unlink()
    with pytest.raises(CashierError) as info:
        documents.ensure_receipt(ws, paid)
    assert info.value.code == "receipt_missing"
    # A copy can still be made, and the payment is untouched.
    assert Path(documents.ensure_receipt(ws, paid, copy=True, by=teller_of(ws)).receipt_pdf).is_file()
    assert load_payment(ws, paid.payment_id).status == "accepted"


def test_copies_made_at_the_same_time_get_different_numbers(ws, account):
    paid = pay(ws, account)
    paths, errors = [], []

    def reprint():
        try:
            paths.append(receipt_archive.archive(ws, paid, copy=True).path)
        except Exception as exc:  # noqa: BLE001 - collected for the assert
            errors.append(exc)

    threads = [threading.Thread(target=reprint) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(set(paths)) == 4
    assert len(receipt_archive.entries(ws.conn, paid.payment_id)) == 5


def test_step_2_upgrades_a_version_1_database_with_payments(tmp_path, ws, account):
    paid = pay(ws, account)
    old = tmp_path / "v1.db"
    conn = db.connect(old, migrate=False)
    migrations.upgrade(conn, 1)
    row = ws.conn.execute("SELECT * FROM payments WHERE payment_id = ?", (paid.payment_id,)).fetchone()
    # the columns a version 1 file has (later steps added more)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(payments)")]
    with db.atomic(conn):
        conn.execute(f"INSERT INTO payments({','.join(cols)}) VALUES ({','.join('?' * len(cols))})",
                     tuple(row[c] for c in cols))
    conn.close()
    # Step 2 itself: step 7 later moves these tables into the document archive (its own test).
    conn = db.connect(old, migrate=False)
    migrations.upgrade(conn, 2)
    assert migrations.current(conn) >= 2
    assert conn.execute("SELECT receipt_pdf FROM payments").fetchone()[0] == paid.receipt_pdf
    assert conn.execute("SELECT COUNT(*) FROM receipt_archive").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM receipt_prints").fetchone()[0] == 0
    with pytest.raises(Exception, match="CHECK"):
        conn.execute("INSERT INTO receipt_prints(payment_id, copy, printer, state, requested_at, "
                     "updated_at) VALUES (?, 0, 'P', 'lost', 'x', 'x')", (paid.payment_id,))


def test_another_payments_file_under_the_same_number_is_kept_apart(ws, account):
    # A database restored from an older backup hands out a receipt number again.
    paid = pay(ws, account, write_pdf=False)
    other = documents.receipt_path(ws, paid)
    other.parent.mkdir(parents=True, exist_ok=True)
    other.write_bytes(b"%PDF-1.4 the receipt of a payment this database no longer has")
    entry = receipt_archive.archive(ws, paid)
    assert other.read_bytes().startswith(b"%PDF-1.4 the receipt of a payment")
    assert entry.path.name == f"{paid.receipt_no}.{paid.payment_id}.pdf"
    assert f"ID: {paid.payment_id}" in receipt_text(entry.path.read_bytes())
    assert load_payment(ws, paid.payment_id).receipt_pdf == str(entry.path)


def test_a_copy_needs_a_signed_in_user_and_records_who_made_it(ws, account):
    from cashier.identity import users
    paid = pay(ws, account)
    with pytest.raises(users.AuthError) as info:
        documents.ensure_receipt(ws, paid, copy=True)
    assert info.value.code == "not_signed_in"
    assert [e.copy_no for e in receipt_archive.entries(ws.conn, paid.payment_id)] == [0]
    teller = teller_of(ws)
    documents.ensure_receipt(ws, paid, copy=True, by=teller)
    (actor,) = ws.conn.execute("SELECT actor FROM audit_log WHERE action = 'receipt.copy_written'")
    assert actor[0] == teller.user_id  # not the workstation's configured default teller


def test_the_next_payment_makes_the_receipt_an_earlier_one_still_owes(ws, account):
    # Committed without its receipt, as a process killed between the commit and the PDF leaves it.
    owed = pay(ws, account, write_pdf=False)
    assert load_payment(ws, owed.payment_id).receipt_pdf is None
    nxt = pay(ws, account)
    made = load_payment(ws, owed.payment_id)
    assert made.receipt_pdf == str(ws.config.receipts_dir / "2026-11-22" / f"{owed.receipt_no}.pdf")
    assert Path(made.receipt_pdf).read_bytes().startswith(b"%PDF")
    assert owed.receipt_no in receipt_text(Path(made.receipt_pdf).read_bytes())
    assert load_payment(ws, nxt.payment_id).receipt_pdf == nxt.receipt_pdf
