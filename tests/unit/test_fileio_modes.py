"""fileio makes folders 0700 and files 0600 under any umask, and tightens what it is given."""
from __future__ import annotations

import os
import stat
from contextlib import contextmanager

import pytest

from cashier.storage import fileio


@contextmanager
def umask(value: int):
    previous = os.umask(value)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


# 0o277 takes even the owner's write bit: a file made under it could not be rewritten.
@pytest.mark.parametrize("mask", [0o000, 0o022, 0o277])
def test_everything_fileio_creates_is_private(tmp_path, mask):
    root = tmp_path / "a" / "b"
    with umask(mask):
        fileio.atomic_write_bytes(root / "c" / "replaced.bin", b"1")
        fileio.atomic_write_bytes(root / "c" / "replaced.bin", b"2")
        assert fileio.atomic_create_bytes(root / "d" / "created.bin", b"3")
        fileio.create_private(root / "e" / "db.sqlite")
        os.close(fileio.open_private(root / "f.lock"))
    for folder in (tmp_path / "a", root, root / "c", root / "d", root / "e"):
        assert mode(folder) == 0o700, folder
    for name in ("c/replaced.bin", "d/created.bin", "e/db.sqlite", "f.lock"):
        assert mode(root / name) == 0o600, name
    assert (root / "c" / "replaced.bin").read_bytes() == b"2"
    assert not [p for p in root.rglob("*.tmp")]


def test_an_existing_folder_is_left_as_it_is(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    with umask(0o022):
        fileio.atomic_create_bytes(shared / "x", b"x")
    assert mode(shared) == 0o755 and mode(shared / "x") == 0o600


def test_a_lock_file_left_loose_is_tightened_when_opened(tmp_path):
    lock = tmp_path / "x.lock"
    lock.write_bytes(b"")
    lock.chmod(0o666)
    os.close(fileio.open_private(lock))
    assert mode(lock) == 0o600


def test_tighten_tree_takes_group_and_world_bits_only(tmp_path):
    home = tmp_path / "home"
    (home / "receipts" / "2026-11-22").mkdir(parents=True)
    (home / "projects").mkdir()
    (home / "cashier.db").write_bytes(b"")
    (home / "receipts" / "2026-11-22" / "r.pdf").write_bytes(b"")
    (home / "projects" / "notes.txt").write_bytes(b"")
    (home / "readonly").write_bytes(b"")
    for p, m in ((home, 0o775), (home / "receipts", 0o755), (home / "receipts" / "2026-11-22", 0o777),
                 (home / "cashier.db", 0o664), (home / "receipts" / "2026-11-22" / "r.pdf", 0o644),
                 (home / "readonly", 0o444), (home / "projects", 0o755),
                 (home / "projects" / "notes.txt", 0o644)):
        p.chmod(m)
    link = tmp_path / "link-to-home"
    link.symlink_to(home)
    changed = fileio.tighten_tree(link, [link / "receipts", home / "reports"])
    assert mode(home) == mode(home / "receipts") == mode(home / "receipts" / "2026-11-22") == 0o700
    assert mode(home / "cashier.db") == mode(home / "receipts" / "2026-11-22" / "r.pdf") == 0o600
    assert mode(home / "readonly") == 0o400  # nothing is added, only taken
    assert len(changed) == 6
    # A folder the workstation did not make is not gone into: a data folder set by
    # mistake to someone's home must not rewrite that home.
    assert mode(home / "projects") == 0o755 and mode(home / "projects" / "notes.txt") == 0o644
    assert fileio.tighten_tree(home, [home / "receipts"]) == []
    assert fileio.tighten_tree(tmp_path / "missing") == []


@pytest.fixture
def no_hard_links(monkeypatch):
    """A file system that refuses hard links (vfat, some network shares): a fault this machine's
    file systems cannot produce, so os.link is made to refuse as they do."""
    def refuse(*_args, **_kwargs):
        raise PermissionError(1, "Operation not permitted")
    monkeypatch.setattr(fileio.os, "link", refuse)


def test_without_hard_links_a_new_file_is_moved_whole_onto_its_name(tmp_path, no_hard_links):
    target = tmp_path / "r" / "ALM-01-W01-20261128-00001.pdf"
    data = b"%PDF-1.4 " + os.urandom(100_000)
    assert fileio.atomic_create_bytes(target, data) is True
    assert target.read_bytes() == data and mode(target) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no temp left
    # A name already taken is never written over.
    assert fileio.atomic_create_bytes(target, b"other") is False
    assert target.read_bytes() == data
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_without_hard_links_a_failed_move_leaves_no_file_under_the_name(tmp_path, no_hard_links,
                                                                         monkeypatch):
    target = tmp_path / "r" / "z-report.pdf"

    def fail(*_args):
        raise OSError(5, "Input/output error")
    monkeypatch.setattr(fileio.os, "replace", fail)
    with pytest.raises(OSError):
        fileio.atomic_create_bytes(target, b"%PDF-1.4 whole")
    assert list(target.parent.iterdir()) == []
