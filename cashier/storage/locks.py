"""One worker per job and database, across processes: an exclusive lock on a file beside it.

The OS releases the lock when the process dies, even by SIGKILL, so a crash never
leaves a job locked out. The sender (cashier/sync/sender.py) and the account cache
refresher (cashier/accounts/cache.py) each hold one while they work.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from cashier.storage import fileio


@contextmanager
def exclusive(path: Path, busy: Callable[[], Exception], blocking: bool = False) -> Iterator[None]:
    """Hold the lock on `path` for the block; raise busy() when another process holds it."""
    fileio.private_dir(path.parent)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, fileio.FILE_MODE)
    try:
        try:
            import fcntl
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError as exc:
            raise busy() from exc
        except ImportError:  # pragma: no cover - Windows
            import msvcrt
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError as exc:
                raise busy() from exc
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def beside(db_path: Path, job: str) -> Path:
    """<database>.<job>.lock: the lock file of one job on one database."""
    return db_path.with_name(f"{db_path.name}.{job}.lock")
