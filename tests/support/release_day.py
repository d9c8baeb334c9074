"""A day made by an earlier release (tests/fixtures/release_day, made by its make_fixture.py),
set up as that release left it, for the tests that open it with the code of today.

The database names its files by absolute path, under the data folder the release ran in
(manifest.json "home"). Here the files are copied into a test's own folder and the paths
in the release's own tables are moved there with sqlite3, as if the release had run in
that folder: nothing else in the file is touched (the audit log names no path), and the
schema stays the release's until the code under test opens it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "release_day"
KEY = bytes(range(32))   # make_fixture.py signs the receipts' QR codes with it

# (table, column) of every path the release stored.
_PATHS = (("receipt_archive", "path"), ("document_archive", "path"), ("day_reports", "path"),
          ("payments", "receipt_pdf"))


@dataclass(frozen=True)
class ReleaseDay:
    home: Path
    manifest: dict

    @property
    def db_path(self) -> Path:
        return self.home / "cashier.db"

    def payment(self, name: str) -> str:
        """The payment id of A..E (make_fixture.py says what each one went through)."""
        return self.manifest["payments"][name]


def release_day(folder: Path) -> ReleaseDay:
    """The release's data folder, copied to `folder`/home, paths moved there; not opened yet."""
    manifest = json.loads((FIXTURE / "manifest.json").read_text())
    home = folder / "home"
    home.mkdir(parents=True)
    shutil.copyfile(FIXTURE / "cashier.db", home / "cashier.db")
    for name in ("receipts", "reports"):
        shutil.copytree(FIXTURE / name, home / name)
    conn = sqlite3.connect(home / "cashier.db", isolation_level=None)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 6, "not the release's schema"
        old = manifest["home"].rstrip("/") + "/"
        for table, column in _PATHS:
            conn.execute(f"UPDATE {table} SET {column} = ? || substr({column}, ?) "
                         f"WHERE substr({column}, 1, ?) = ?",
                         (str(home) + "/", len(old) + 1, len(old), old))
    finally:
        conn.close()
    return ReleaseDay(home, manifest)
