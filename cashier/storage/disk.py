"""A disk that is full or failing, as an error people can act on.

SQLite reports a full disk as SQLITE_FULL (or, when it cannot even make its -shm
file at open, as a plain I/O error), file writes as ENOSPC. Both become a
StorageError whose code says what to do: `disk_full` or `storage_failed`.
"""

from __future__ import annotations

import errno
import sqlite3

from cashier.errors import StorageError

# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_NOTADB = 10, 11, 13, 26
DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def storage_error(exc: BaseException) -> StorageError | None:
    """A full or failing disk as a StorageError with a code that says what to do; None when
    `exc` is something else (a bug, a constraint) that must go on as it is."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, sqlite3.Error):
        primary = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if primary == SQLITE_FULL or "database or disk is full" in str(exc):
            return disk_full(str(exc))
        if primary in (SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_NOTADB) or "disk I/O error" in str(exc):
            return StorageError("storage_failed", "The workstation's database could not be "
                                "written or read (a disk error). Nothing was saved. Ask IT to "
                                "check the disk.", None, {"detail": str(exc)})
        return None
    if isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS:
        return disk_full(str(exc))
    return None


def disk_full(detail: str = "") -> StorageError:
    return StorageError("disk_full", "The workstation's disk is full, so nothing was saved. "
                        "Ask IT to free disk space, then try again.", None, {"detail": detail})
