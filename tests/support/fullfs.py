"""A real full disk for tests: a small tmpfs mounted by the test, filled up on demand.

Mounting needs root (CI runs as root). Where the mount is refused outside CI
the test is skipped; under CI (the CI variable set) it fails, so a broken
runner cannot hide a untested fault path.
"""

from __future__ import annotations

import os
import subprocess
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest


@contextmanager
def small_tmpfs(path: Path, size_kb: int = 2048) -> Iterator[Path]:
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tmpfs",
                           str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        reason = f"cannot mount a tmpfs here: {done.stderr.strip()}"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system of `folder` until at most `leave` bytes are free; returns the filler."""
    filler = folder / ".filler"
    chunk = b"\0" * 65536
    with open(filler, "ab") as fh:
        while True:
            free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
            if free <= leave:
                break
            try:
                fh.write(chunk[:max(1, min(len(chunk), free - leave))])
                fh.flush()
            except OSError:
                break
    return filler
