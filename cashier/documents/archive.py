"""The one archive-and-print pipeline: receipts, void slips and the day's reports.

Every document the desk keeps is a file written once, never rewritten: created with
no-clobber semantics (temp file, fsync, hard link), so no path is ever overwritten, not
even by two threads at once, and a name already taken (a file a crash left behind, a
restored backup's) makes the next free one. Each file is one row of `document_archive`:
its kind, what it belongs to (a payment; a day's report: its business date and
workstation), its copy number (0 the original, N the N-th reprint, marked КОПИЯ), its
SHA-256 and size. `check_intact` refuses a file that is gone or changed since.

Printing the archived files and their print log are the pipeline's second half,
cashier/documents/print_log.py. Schema: migration step 7 (cashier/storage/migration_7.py)
moved receipts and the day's reports into these tables.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from cashier.errors import CashierError
from cashier.identity import audit
from cashier.model import Payment
from cashier.storage import db
from cashier.storage.fileio import atomic_create_bytes

log = logging.getLogger(__name__)

MAX_COPIES = 10_000
MAX_REPORT_NAMES = 1_000


@dataclass(frozen=True)
class Kind:
    """A payment's document: what it is called and what its writing leaves in the journal."""
    name: str                    # document_archive.kind, and the prefix of its audit actions
    noun: str                    # in messages and print titles
    stem: str                    # after the receipt number in its file name
    then: str                    # what to do when the archived file is gone or changed
    written: str | None          # audit action of a written original (None: none of its own)
    copy_written: str            # audit action of a written copy
    family: str = ""             # kinds of one family share "the original prints once"

    @property
    def kin(self) -> tuple[str, ...]:
        """The names of the kinds of its family (itself alone when it has none)."""
        return tuple(k.name for k in KINDS.values() if self.family and k.family == self.family) \
            or (self.name,)


RECEIPT = Kind("receipt", "receipt", "", "The payment is saved: print a copy (КОПИЯ) and tell IT.",
               None, "receipt.copy_written", "receipt")
# The same receipt laid out for an 80 mm roll printer (cashier/documents/receipt_roll.py): the
# file a roll printer was sent, kept beside the A4 original, which stays the legal receipt.
RECEIPT_ROLL = Kind("receipt_roll", "receipt", "-roll", RECEIPT.then, "receipt_roll.written",
                    "receipt_roll.copy_written", "receipt")
VOID_SLIP = Kind("void_slip", "void slip", "-void", "The void stands: print a copy and tell IT.",
                 "void_slip.written", "void_slip.written")
# Several accounts paid at once (cashier/documents/basket_receipt.py): one document, a section
# per account each with its own QR, filed under the basket's first payment; each payment keeps
# its own receipt besides.
BASKET_RECEIPT = Kind("basket_receipt", "receipt", "-basket", RECEIPT.then,
                      "basket_receipt.written", "basket_receipt.copy_written")
KINDS = {k.name: k for k in (RECEIPT, RECEIPT_ROLL, VOID_SLIP, BASKET_RECEIPT)}

# Each kind's error codes, as tables that tests/support/error_codes.py reads.
MISSING = {"receipt": "receipt_missing", "receipt_roll": "receipt_missing",
           "basket_receipt": "receipt_missing",
           "void_slip": "void_slip_missing"}
CHANGED = {"receipt": "receipt_archive_changed", "receipt_roll": "receipt_archive_changed",
           "basket_receipt": "receipt_archive_changed",
           "void_slip": "void_slip_archive_changed"}
FULL = {"receipt": "receipt_archive_full", "receipt_roll": "receipt_archive_full",
        "basket_receipt": "receipt_archive_full",
        "void_slip": "void_slip_archive_full"}


@dataclass(frozen=True)
class Entry:
    id: int
    kind: str
    payment_id: str | None      # None for a day's report
    copy_no: int                # 0 = the original, N = the N-th reprint
    path: Path
    sha256: str
    size: int
    qr_payload: str | None      # a receipt's signed QR text (None once voided)
    created_at: str
    business_date: str | None = None    # a day's report: its day and workstation
    workstation_id: str | None = None


# -- files --------------------------------------------------------------------------------

def sha256_file(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def write_new(path: Path, data: bytes) -> bool:
    """Create `path` with `data`, durably; False (and nothing changed) when it already exists."""
    return atomic_create_bytes(path, data)


def _write_first_free(path_of: Callable[[int], Path], numbers: range,
                      data: bytes) -> tuple[int, Path] | None:
    for n in numbers:
        path = path_of(n)
        if write_new(path, data):
            return n, path
    return None


def payment_document_path(folder: Path, kind: Kind, payment: Payment, copy_no: int = 0) -> Path:
    """<folder>/<date>/<receipt_no><stem>.pdf, or …<stem>-copy-N.pdf for the N-th reprint."""
    name = payment.receipt_no + kind.stem + (f"-copy-{copy_no}" if copy_no else "") + ".pdf"
    return Path(folder) / payment.business_date.isoformat() / name


def intact(path: Path, sha256: str) -> bool:
    """The file is there and is what was written."""
    try:
        return sha256_file(path)[0] == sha256
    except OSError:
        return False


def check_intact(entry: Entry) -> None:
    """Raise when a payment's archived document is gone or no longer what was written."""
    kind = KINDS[entry.kind]
    what = "original" if entry.copy_no == 0 else f"copy {entry.copy_no}"
    if not entry.path.is_file():
        raise CashierError(MISSING.get(entry.kind), f"The archived {kind.noun} ({what}) "
                           f"{entry.path} is missing. {kind.then}", None, {"detail": str(entry.path)})
    if not intact(entry.path, entry.sha256):
        raise CashierError(CHANGED.get(entry.kind), f"The archived {kind.noun} ({what}) "
                           f"{entry.path} was changed after it was written. {kind.then}", None,
                           {"detail": str(entry.path)})


# -- the archive of a payment's documents ------------------------------------------------------

def _entry(row) -> Entry:
    return Entry(id=row["id"], kind=row["kind"], payment_id=row["payment_id"],
                 copy_no=row["copy_no"], path=Path(row["path"]), sha256=row["sha256"],
                 size=row["size"], qr_payload=row["qr_payload"], created_at=row["created_at"],
                 business_date=row["business_date"], workstation_id=row["workstation_id"])


def find(conn, kind: Kind, payment_id: str, copy_no: int) -> Entry | None:
    row = conn.execute("SELECT * FROM document_archive WHERE kind = ? AND payment_id = ? "
                       "AND copy_no = ?", (kind.name, payment_id, copy_no)).fetchone()
    return _entry(row) if row is not None else None


def entries(conn, kind: Kind, payment_id: str) -> list[Entry]:
    """A payment's archived documents of one kind: the original first, then the reprints."""
    return [_entry(r) for r in conn.execute(
        "SELECT * FROM document_archive WHERE kind = ? AND payment_id = ? ORDER BY copy_no",
        (kind.name, payment_id))]


Render = Callable[[bool], tuple]             # copy -> (PDF bytes, QR text or None)
OnOriginal = Callable[[object, Entry], None]  # (conn, entry), in the original's transaction


def archive(ws, kind: Kind, payment: Payment, render: Render, *, copy: bool = False,
            actor: str | None = None, on_original: OnOriginal | None = None) -> Entry:
    """The archived original (written now if it never was, checked intact if it was), or a
    new reprint -copy-N made by `actor` (whom its audit entry names; the caller checked they
    may). `on_original` runs in the transaction that records the original."""
    conn = ws.conn
    if not copy and (found := find(conn, kind, payment.payment_id, 0)) is not None:
        check_intact(found)
        return found
    data, payload = render(copy)
    folder = ws.config.receipts_dir
    if copy:
        first = conn.execute("SELECT COALESCE(MAX(copy_no), 0) + 1 FROM document_archive "
                             "WHERE kind = ? AND payment_id = ?",
                             (kind.name, payment.payment_id)).fetchone()[0]
        # A file a crash left under a copy's name keeps it: this copy takes the next one.
        written = _write_first_free(lambda n: payment_document_path(folder, kind, payment, n),
                                    range(first, first + MAX_COPIES), data)
        if written is None:  # pragma: no cover - ten thousand reprints of one document
            raise CashierError(FULL.get(kind.name), f"Too many copies of the {kind.noun} of "
                               f"{payment.receipt_no}.", None, {"receipt_no": payment.receipt_no})
        copy_no, path = written
    else:
        copy_no, path = 0, payment_document_path(folder, kind, payment)
        if not write_new(path, data):
            found_bytes = path.read_bytes()
            if payment.payment_id.encode("ascii") in found_bytes:
                # Written before but never recorded (a crash in between, or a receipt from
                # before the archive existed): that file is the original; keep it as it is.
                data, payload = found_bytes, None
            else:
                # Another payment's document under this number (a database restored from an
                # older backup reuses numbers): keep it, and file this one beside it.
                log.warning("%s belongs to another payment; %s is filed by its id", path,
                            payment.receipt_no)
                path = path.with_name(f"{path.stem}.{payment.payment_id}{path.suffix}")
                if not write_new(path, data):
                    data, payload = path.read_bytes(), None
    return _record(ws, kind, payment, copy_no, path, data, payload, actor, on_original)


def _record(ws, kind: Kind, payment: Payment, copy_no: int, path: Path, data: bytes,
            payload: str | None, actor: str | None, on_original: OnOriginal | None) -> Entry:
    conn, now = ws.conn, ws.now()
    digest = hashlib.sha256(data).hexdigest()
    with db.atomic(conn):
        # A copy rendered just before a void and recorded after it keeps no QR text either:
        # the payment's status is read again under this write lock.
        conn.execute(
            "INSERT INTO document_archive(kind, payment_id, copy_no, path, sha256, size, "
            "qr_payload, created_at) VALUES (?, ?, ?, ?, ?, ?, CASE WHEN (SELECT status FROM "
            "payments WHERE payment_id = ?) = 'voided' THEN NULL ELSE ? END, ?) "
            "ON CONFLICT(kind, payment_id, copy_no) DO NOTHING",
            (kind.name, payment.payment_id, copy_no, str(path), digest, len(data),
             payment.payment_id, payload, now.isoformat(timespec="seconds")))
        entry = find(conn, kind, payment.payment_id, copy_no)
        if copy_no == 0 and on_original is not None:
            on_original(conn, entry)
        action = kind.copy_written if copy_no else kind.written
        if action is not None:
            audit.record(conn, now, actor or ws.actor_id, action, payment.payment_id,
                         {"receipt_no": payment.receipt_no, "copy_no": copy_no, "sha256": digest})
    return entry


def forget_qr_payloads(conn, payment_id: str) -> None:
    """A voided payment's archived receipts keep no QR text that still reads as valid (the
    printed paper keeps its code). Runs inside the void's transaction."""
    db.require_transaction(conn)
    conn.execute("UPDATE document_archive SET qr_payload = NULL WHERE kind IN (?, ?) "
                 "AND payment_id = ?", (RECEIPT.name, RECEIPT_ROLL.name, payment_id))


# -- the day's reports ------------------------------------------------------------------------

def write_report(folder: Path, name: str, suffix: str, data: bytes) -> Path:
    """Write a report under the first free name: <name><suffix>, then <name>-2<suffix>, …
    (a file a close that failed before its commit left keeps its name; nothing points at it)."""
    written = _write_first_free(lambda n: folder / (name + (f"-{n}" if n > 1 else "") + suffix),
                                range(1, MAX_REPORT_NAMES), data)
    if written is None:
        raise CashierError("report_names_exhausted", f"Too many report files named {name} in "
                           f"{folder}.")
    return written[1]


def record_report(conn, kind: str, day: date, workstation_id: str, path: Path, sha256: str,
                  size: int, at: str) -> None:
    """A report of a day's close, recorded in the close's transaction."""
    db.require_transaction(conn)
    conn.execute("INSERT INTO document_archive(kind, business_date, workstation_id, copy_no, path, "
                 "sha256, size, created_at) VALUES (?, ?, ?, 0, ?, ?, ?, ?)",
                 (kind, day.isoformat(), workstation_id, str(path), sha256, size, at))


def reports(conn, day: date, workstation_id: str) -> list[Entry]:
    return [_entry(r) for r in conn.execute(
        "SELECT * FROM document_archive WHERE business_date = ? AND workstation_id = ? "
        "AND payment_id IS NULL ORDER BY kind, copy_no", (day.isoformat(), workstation_id))]
