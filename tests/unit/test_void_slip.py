"""The void slip, rendered for real from a real SQLite workstation and read back with pypdf;
its archive (sha256, never overwritten); a failed print that leaves the void standing; and
the receipt of a voided payment crossed АННУЛИРОВАН / ЖОЙЫЛДЫ with no QR code."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from cashier import documents, payments
from cashier.storage.records import load_payment
from cashier.payments import voids
from cashier.documents import receipt_archive, receipt_code, void_slip
from cashier.identity import audit, users
from cashier.storage import db, migrations
from cashier.errors import CashierError, RuleError
from cashier.documents.receipt_layout import VOID_BANNER
from cashier.documents.receipt_pdf import receipt_text
from cashier.documents.void_slip_layout import PAYER_NOTE, TITLE
from tests.support.staffing import SUPERVISOR_ID, SUPERVISOR_PASSWORD, TELLER_ID, staff_desk, teller_of

KEY = bytes(range(32))
REASON = "Ошибка в номере лицевого счёта: плательщик просил вернуть деньги"


@pytest.fixture(autouse=True)
def receipt_key(monkeypatch):
    monkeypatch.setenv(receipt_code.ENV_KEY, KEY.hex())


def take_and_void(ws, account, clock=None, *, reprint_first=False):
    """A payment taken by the test teller and voided with the test supervisor's password.

    The one place that knows how a payment is taken and voided; with `clock` the void
    happens 47 min 41 s after the payment. Returns (the payment as stored now, staff)."""
    staff = staff_desk(ws, 1_000_000)
    draft = payments.build_draft(account, None, {"ELEC": "12400"}, "10000",
                                 fee_rules=ws.config.fee_rules)
    paid = payments.accept_payment(ws, draft, staff.teller)
    if reprint_first:
        documents.ensure_receipt(ws, paid, copy=True, by=staff.teller)
    if clock is not None:
        clock.when = clock.when.replace(hour=11, minute=2, second=44)
    voids.void_payment(ws, staff.teller, paid.payment_id, SUPERVISOR_ID, SUPERVISOR_PASSWORD, REASON)
    return load_payment(ws, paid.payment_id), staff


def text_of(path) -> str:
    return receipt_text(Path(path).read_bytes()).replace("\u00a0", " ")


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_the_slip_says_what_was_voided_when_why_and_by_whom_in_russian_and_kazakh(ws, account, clock):
    ws.config.fees = {"AES": {"percent": "0.5", "minimum": "50.00"}}
    voided, staff = take_and_void(ws, account, clock)
    assert voided.status == "voided" and voided.fee == 50_00
    path = void_slip.write_void_slip(ws, voided.payment_id)
    assert path == void_slip.void_slip_path(ws, voided)
    assert path.name == f"{voided.receipt_no}-void.pdf"
    text = text_of(path)
    assert len(PdfReader(path).pages) == 1
    assert text.count("АННУЛИРОВАНИЕ ПЛАТЕЖА / ТӨЛЕМДІ ЖОЮ") == 2 == text.count(TITLE)
    assert text.count(voided.receipt_no) == 2  # the bank's copy and the payer's
    assert "Экземпляр банка / Банк данасы" in text and "Экземпляр плательщика / Төлеушінің данасы" in text
    for needle in ("22.11.2026 10:15:03 (UTC+05:00)",   # when the payment was taken
                   "22.11.2026 11:02:44 (UTC+05:00)",   # when it was voided
                   voided.account, voided.holder, voided.payment_id, ws.config.workstation_id,
                   "Электроэнергия", "1 272,26 ₸", "Отопление", "2 523,75 ₸",
                   "3 796,01 ₸", "50,00 ₸", "3 846,01 ₸", "ВОЗВРАЩЕНО / ҚАЙТАРЫЛДЫ",
                   "Причина аннулирования / Жою себебі", "Кассир / Кассир",
                   "Старший кассир / Аға кассир", f"{staff.teller.name} ({TELLER_ID})",
                   f"{staff.supervisor.name} ({SUPERVISOR_ID})"):
        assert text.count(needle) >= 2, needle
    assert " ".join(REASON.split()) in " ".join(text.split())
    # The payer signs the bank's copy for the cash they got back.
    assert text.count(PAYER_NOTE) == 1
    assert text.count("подпись / қолы") == 5
    assert "ОПЛАЧЕНО" not in text and text.count("АННУЛИРОВАНО") == 2  # the stamp's centre
    # The same bytes whenever it is rendered again.
    assert void_slip.render_void_slip(ws, voided.payment_id) == path.read_bytes()


def test_the_slip_is_archived_once_with_its_sha256_and_reprints_are_marked_copies(ws, account, clock):
    voided, staff = take_and_void(ws, account, clock)
    path = void_slip.write_void_slip(ws, voided.payment_id)
    before = path.stat().st_ino, path.stat().st_mtime_ns, sha(path)
    assert void_slip.write_void_slip(ws, voided.payment_id) == path
    assert (path.stat().st_ino, path.stat().st_mtime_ns, sha(path)) == before
    copies = [void_slip.archive_void_slip(ws, voided.payment_id, copy=True, by=staff.teller)
              for _ in range(2)]
    assert [c.path.name for c in copies] == [f"{voided.receipt_no}-void-copy-{n}.pdf" for n in (1, 2)]
    entries = void_slip.slip_entries(ws, voided.payment_id)
    assert [e.copy_no for e in entries] == [0, 1, 2]
    for e in entries:
        assert e.sha256 == sha(e.path) and e.size == e.path.stat().st_size
        assert ("КОПИЯ / КӨШІРМЕ / COPY" in text_of(e.path)) == (e.copy_no > 0)
    assert sha(path) == before[2]
    # Kept apart from the receipts: the receipt archive knows nothing of the slips.
    assert all("-void" not in str(e.path) for e in receipt_archive.entries(ws.conn, voided.payment_id))
    written = ws.conn.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'void_slip.written' "
                              "AND subject = ?", (voided.payment_id,)).fetchone()[0]
    assert written == 3 and audit.verify(ws.conn) == []
    # An archived slip changed behind the program's back is refused, not handed out.
    path.chmod(0o644)
    path.write_bytes(path.read_bytes() + b"%tampered")
    with pytest.raises(CashierError) as info:
        void_slip.write_void_slip(ws, voided.payment_id)
    assert info.value.code == "void_slip_archive_changed"


def test_a_copy_of_a_slip_needs_a_signed_in_user_and_names_them(ws, account, clock):
    voided, staff = take_and_void(ws, account, clock)
    void_slip.write_void_slip(ws, voided.payment_id)
    for attempt in (lambda: void_slip.archive_void_slip(ws, voided.payment_id, copy=True),
                    lambda: voids.make_slip(ws, voided.payment_id, print_it=False, copy=True)):
        with pytest.raises(CashierError) as info:
            outcome = attempt()
            raise outcome.error  # make_slip reports instead of raising
        assert info.value.code == "not_signed_in"
    assert [e.copy_no for e in void_slip.slip_entries(ws, voided.payment_id)] == [0]
    # Someone disabled since signing in is refused too (re-read from the database).
    users.set_disabled(ws.conn, ws.now(), staff.admin, staff.teller.user_id)
    refused = voids.make_slip(ws, voided.payment_id, print_it=False, copy=True, by=staff.teller)
    assert refused.path is None and refused.error.code == "user_disabled"
    made = voids.make_slip(ws, voided.payment_id, print_it=False, copy=True, by=staff.supervisor)
    assert made.error is None and made.path.name.endswith("-void-copy-1.pdf")
    actor = ws.conn.execute("SELECT actor FROM audit_log WHERE action = 'void_slip.written' "
                            "ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert actor == staff.supervisor.user_id


def test_a_file_left_by_a_crash_is_never_overwritten(ws, account, clock):
    voided, staff = take_and_void(ws, account, clock)
    stray = void_slip.void_slip_path(ws, voided, 1)
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"left by a crash")
    copy = void_slip.archive_void_slip(ws, voided.payment_id, copy=True, by=staff.teller)
    assert copy.copy_no == 2 and stray.read_bytes() == b"left by a crash"
    # Another payment's slip under this number (a restored backup) stays; ours is filed by id.
    original = void_slip.void_slip_path(ws, voided)
    original.write_bytes(b"%PDF-1.4 somebody else's slip")
    entry = void_slip.archive_void_slip(ws, voided.payment_id)
    assert entry.path.name == f"{voided.receipt_no}-void.{voided.payment_id}.pdf"
    assert original.read_bytes() == b"%PDF-1.4 somebody else's slip"
    assert entry.sha256 == sha(entry.path)


def test_a_payment_that_is_not_voided_has_no_slip(ws, account):
    staff = staff_desk(ws, 1_000_000)
    paid = payments.accept_payment(ws, payments.build_draft(account, None, {}, "5000"), staff.teller,
                                   write_pdf=False)
    with pytest.raises(RuleError) as info:
        void_slip.print_void_slip(ws, paid.payment_id)
    assert info.value.code == "not_voided"
    assert not void_slip.void_slip_path(ws, paid).exists()


def test_a_failed_print_is_stored_and_the_void_stands(ws, account, clock, monkeypatch, tmp_path):
    voided, _ = take_and_void(ws, account, clock)
    empty = tmp_path / "no-cups-here"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no lp: the failure CUPS cannot be asked to make
    with pytest.raises(CashierError) as info:
        void_slip.print_void_slip(ws, voided.payment_id)
    exc = info.value
    assert exc.code == "print_no_lp"
    assert exc.record.state == "failed" and exc.record.error_code == "print_no_lp"
    assert exc.record.copy_no == 0 and exc.record.receipt_no == voided.receipt_no
    assert exc.pdf_path.is_file() and exc.record.pdf_path == str(exc.pdf_path)
    assert load_payment(ws, voided.payment_id).status == "voided"
    assert ws.conn.execute("SELECT state FROM outbox WHERE kind = 'cancel' AND payment_id = ?",
                           (voided.payment_id,)).fetchone()[0] == "waiting"
    (stored,) = void_slip.void_slip_prints(ws, voided.payment_id)
    assert stored.state == "failed" and stored.job_id is None
    # Nothing of it leaks into the receipts' print log (no reprint of the receipt is offered).
    assert documents.receipt_prints(ws, voided.payment_id) == []
    actions = [r[0] for r in ws.conn.execute("SELECT action FROM audit_log WHERE subject = ? ORDER BY id",
                                             (voided.payment_id,))]
    assert actions[-2:] == ["void_slip.written", "void_slip.print_failed"]
    # The original never reached a printer: it may still be printed as the original, from the
    # same archived file.
    with pytest.raises(CashierError):
        void_slip.print_void_slip(ws, voided.payment_id)
    assert len(void_slip.slip_entries(ws, voided.payment_id)) == 1
    assert audit.verify(ws.conn) == []


def test_a_voided_payments_receipt_is_crossed_on_both_copies_and_has_no_qr(ws, account, clock):
    voided, _ = take_and_void(ws, account, clock, reprint_first=True)
    before = documents.ensure_receipt(ws, voided)  # the original, archived at acceptance
    reprint = documents.ensure_receipt(ws, voided, copy=True, by=teller_of(ws))
    marked = text_of(reprint.receipt_pdf)
    assert marked.count(VOID_BANNER) >= 2  # the banner on both copies (the diagonal mark too)
    assert marked.count("КОПИЯ / КӨШІРМЕ / COPY") == 2
    assert "Код проверки" not in marked  # no verification code, no QR
    assert VOID_BANNER not in text_of(before.receipt_pdf)  # what was printed then stays as it was
    copy_before_void = documents.receipt_path(ws, voided, 1)
    assert VOID_BANNER not in text_of(copy_before_void) and "Код проверки" in text_of(copy_before_void)
    if shutil.which("pdftoppm") and shutil.which("zbarimg"):
        png = Path(reprint.receipt_pdf).with_suffix("")
        subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", reprint.receipt_pdf, str(png)],
                       check=True, timeout=60)
        found = subprocess.run(["zbarimg", "--quiet", "--raw", str(png) + ".png"],
                               capture_output=True, text=True, timeout=60)
        assert found.stdout.strip() == ""


def test_step_5_adds_the_document_archive_to_an_older_database(tmp_path):
    path = tmp_path / "old.db"
    conn = db.connect(path, migrate=False)
    migrations.upgrade(conn, 3)
    with db.atomic(conn):
        db.set_state(conn, "marker", "kept")
    conn.close()
    conn = db.connect(path)
    assert migrations.current(conn) == migrations.latest() >= 5
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"document_archive", "document_prints"} <= tables
    assert db.get_state(conn, "marker") == "kept"
