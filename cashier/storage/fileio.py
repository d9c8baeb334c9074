"""Durable, private file writes under the data folder.

A crash leaves either the old file or the new one, never half. Everything this
module creates is its owner's alone (folders 0700, files 0600) whatever the
process umask is: the data folder holds payments, receipts and password hashes,
and other local users must read none of it. `tighten_tree` brings an install
made before that rule (or copied in with looser modes) into line.
"""

from __future__ import annotations

import logging
import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from cashier.storage.disk import storage_error

log = logging.getLogger(__name__)

DIR_MODE = 0o700
FILE_MODE = 0o600
_OTHERS = 0o077  # group and world bits


def private_dir(folder: str | Path) -> Path:
    """Create `folder` and any missing parent as 0700; a folder that exists is left as it is."""
    folder = Path(folder)
    missing = []
    probe = folder
    while not os.path.lexists(probe) and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for step in reversed(missing):
        try:
            os.mkdir(step, DIR_MODE)
        except FileExistsError:
            continue  # made meanwhile by another thread or process: not ours to change
        # mkdir's mode passes through the umask, which could also take the owner's bits.
        os.chmod(step, DIR_MODE)
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder} is not a folder")
    return folder


def create_private(path: str | Path) -> Path:
    """Make sure `path` exists; when it does not, create it empty with mode 0600.

    For files another library opens by name (SQLite): created here first, they
    never exist with the library's looser default for even a moment.
    """
    path = Path(path)
    private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, FILE_MODE)
    except FileExistsError:
        return path
    try:
        os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    return path


def open_private(path: str | Path, flags: int = os.O_RDWR | os.O_CREAT) -> int:
    """os.open for a file of the data folder (a lock file): created 0600, its folder 0700."""
    path = Path(path)
    private_dir(path.parent)
    fd = os.open(path, flags | os.O_CLOEXEC, FILE_MODE)
    try:
        if stat.S_IMODE(os.fstat(fd).st_mode) != FILE_MODE:
            os.fchmod(fd, FILE_MODE)
    except BaseException:
        os.close(fd)
        raise
    return fd


def tighten_tree(root: str | Path, trees: Iterable[str | Path] = ()) -> list[Path]:
    """Take group and world bits off `root` and the files in it, and off each folder of
    `trees` (the workstation's own folders inside root) with what lies below it.

    Returns what was changed. Only the named folders are gone into: a data folder
    set by mistake to a home directory must not have that whole home rewritten.
    Below them, every folder is looked at, and the files of those found loose:
    that is what an install made before this rule looks like. The files of a folder
    that is already private are not looked at one by one (a year of receipts is
    seventy thousand stat calls, on every start): nobody else can reach into it.
    Symbolic links inside are not followed, so nothing outside the folder is touched.
    """
    root = Path(os.path.realpath(root))
    changed: list[Path] = []
    if not root.is_dir():
        return changed
    _tighten(root, os.lstat(root).st_mode, changed)
    own = {os.path.realpath(t) for t in trees}
    pending = [(root, True)]
    while pending:
        folder, check_files = pending.pop()
        try:
            with os.scandir(folder) as found:
                entries = list(found)
        except OSError as exc:
            log.warning("cannot look into %s to make it private: %s", folder, exc)
            continue
        for entry in entries:
            is_dir = entry.is_dir(follow_symlinks=False)
            if entry.is_symlink() or not (is_dir or check_files):
                continue
            if is_dir and folder == root and entry.path not in own:
                continue
            try:
                mode = entry.stat(follow_symlinks=False).st_mode
            except FileNotFoundError:
                continue
            loose = _tighten(Path(entry.path), mode, changed)
            if is_dir:
                pending.append((Path(entry.path), loose))
    return changed


def _tighten(path: Path, mode: int, changed: list[Path]) -> bool:
    """Whether `path` was loose; fixed (and listed in `changed`) when it could be."""
    if not stat.S_IMODE(mode) & _OTHERS:
        return False
    try:
        os.chmod(path, stat.S_IMODE(mode) & ~_OTHERS)
    except OSError as exc:
        # Another user's file or a read-only mount: the desk still opens, and says so.
        log.warning("%s stays readable by others (mode %o): %s", path, stat.S_IMODE(mode), exc)
    else:
        changed.append(path)
    return True


def _write_temp(path: Path, data: bytes) -> str:
    """Write `data` to a fsynced private temp file beside `path`; return its name."""
    private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), FILE_MODE)  # mkstemp's 0600 is still cut by the umask
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
    with _disk_errors():
        return _atomic_write_bytes(Path(path), data)


def _atomic_write_bytes(path: Path, data: bytes) -> Path:
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
    with _disk_errors():
        return _atomic_create_bytes(Path(path), data)


def _atomic_create_bytes(path: Path, data: bytes) -> bool:
    tmp = _write_temp(path, data)
    try:
        try:
            os.link(tmp, path)  # atomic, and refuses an existing name
        except FileExistsError:
            return False
        except OSError:
            # A file system without hard links: claim the name exclusively, then move the
            # whole temp file onto it. Writing the data a second time under the name would
            # need the space twice, and a disk filling up halfway would leave half a
            # receipt there. A crash between the two leaves an empty file, which the
            # archive's no-clobber naming steps over like any name already taken.
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
            except FileExistsError:
                return False
            try:
                os.replace(tmp, path)
            except BaseException:
                _unlink(str(path))
                raise
    finally:
        _unlink(tmp)
    _fsync_dir(path.parent)
    return True


@contextmanager
def _disk_errors() -> Iterator[None]:
    """A full disk as StorageError("disk_full"), which says what to do; other OSErrors as they are."""
    try:
        yield
    except OSError as exc:
        problem = storage_error(exc)
        if problem is None:
            raise
        raise problem from exc
