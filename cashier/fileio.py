"""Durable file writes: a crash leaves either the old file or the new one, never half."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _write_temp(path: Path, data: bytes) -> str:
    """Write `data` to a fsynced temp file beside `path`; return its name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        _unlink(tmp)
        raise
    return tmp


def _unlink(name: str) -> None:
    try:
        os.unlink(name)
    except FileNotFoundError:
        pass


def _fsync_dir(folder: Path) -> None:
    # A rename or link is only durable once the directory entry is on disk.
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """Replace `path` with `data` all at once."""
    path = Path(path)
    tmp = _write_temp(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        _unlink(tmp)
        raise
    _fsync_dir(path.parent)
    return path


def atomic_create_bytes(path: str | Path, data: bytes) -> bool:
    """Create `path` with `data`, durably; False (and nothing changed) when it already exists."""
    path = Path(path)
    tmp = _write_temp(path, data)
    try:
        try:
            os.link(tmp, path)  # atomic, and refuses an existing name
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: exclusive create instead
            try:
                out = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                return False
            with os.fdopen(out, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
    finally:
        _unlink(tmp)
    _fsync_dir(path.parent)
    return True
