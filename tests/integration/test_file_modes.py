"""The data folder is its owner's alone: folders 0700, files 0600, whatever the umask.

Real files made by a real day (payments, receipts, a void slip, the day close,
the sender's lock) under a real umask, and an install with the loose modes of
an older version tightened when the workstation opens.
"""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from cashier import config as config_mod
from cashier.documents import receipt_code
from cashier.config import Config
from cashier.workstation import Workstation
from tests.support.busy_day import RECEIPT_KEY, run_day

ROOT = Path(__file__).resolve().parents[2]
WS_ID = "ALM-01-W01"


def modes(root: Path) -> dict[str, int]:
    """Every entry under `root` (itself as '.') and its permission bits."""
    out = {".": stat.S_IMODE(os.lstat(root).st_mode)}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            out[str(path.relative_to(root))] = stat.S_IMODE(os.lstat(path).st_mode)
    return out


def loose(found: dict[str, int], home: Path) -> dict[str, str]:
    wrong = {}
    for rel, mode in found.items():
        if (home / rel).is_symlink():
            continue
        want = 0o700 if (home / rel).is_dir() else 0o600
        if mode != want:
            wrong[rel] = oct(mode)
    return wrong


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_a_whole_day_leaves_only_private_files(tmp_path, fresh_spc, monkeypatch, umask):
    monkeypatch.setenv(receipt_code.ENV_KEY, RECEIPT_KEY)
    home = tmp_path / "data" / "ws"  # the parent too is made by the workstation
    cfg = Config(home=home, spc_url=fresh_spc.url, workstation_id=WS_ID)
    previous = os.umask(umask)
    try:
        with Workstation(cfg, token=fresh_spc.token_for(WS_ID)) as ws:
            day = run_day(ws)
            found = modes(home)
    finally:
        os.umask(previous)
    names = set(found)
    d = day.closed.business_date.isoformat()
    expect = {"cashier.db", "cashier.db-wal", "cashier.db-shm", "cashier.db.sender.lock",
              "receipts", f"receipts/{d}", "reports", f"reports/{d}",
              f"receipts/{d}/{day.paid[0].receipt_no}.pdf",
              f"receipts/{d}/{day.paid[0].receipt_no}-copy-1.pdf",
              f"receipts/{d}/{day.voided.receipt_no}-void.pdf"}
    assert expect <= names, expect - names
    assert len([n for n in names if n.startswith(f"reports/{d}/")]) == 3
    assert loose(found, home) == {}
    assert stat.S_IMODE(os.stat(tmp_path / "data").st_mode) == 0o700


def test_the_cli_under_a_umask_of_022_makes_private_files(tmp_path):
    home = tmp_path / "ws"
    env = {**os.environ, "CASHIER_HOME": str(home), "CASHIER_SPC_URL": "http://127.0.0.1:9/",
           "CASHIER_SPC_TOKEN": "x", "CASHIER_NEW_PASSWORD": "admin-pass-1"}
    done = subprocess.run([sys.executable, "-m", "cashier", "users", "add", "a.admin", "--name",
                           "A", "--role", "admin"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL,
                          preexec_fn=lambda: os.umask(0o022))
    assert done.returncode == 0, done.stderr
    found = modes(home)
    assert {".", "cashier.db"} <= set(found)
    assert loose(found, home) == {}


def test_an_install_with_loose_modes_is_tightened_on_open(tmp_path, fresh_spc, monkeypatch):
    monkeypatch.setenv(receipt_code.ENV_KEY, RECEIPT_KEY)
    home = tmp_path / "ws"
    cfg = Config(home=home, spc_url=fresh_spc.url, workstation_id=WS_ID)
    with Workstation(cfg, token=fresh_spc.token_for(WS_ID)) as ws:
        run_day(ws)
    config_mod.save(cfg)
    # What an older version left behind under a umask of 022.
    for folder, dirs, files in os.walk(home):
        os.chmod(folder, 0o755)
        for name in files:
            os.chmod(Path(folder) / name, 0o644)
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("not the workstation's")
    outside.chmod(0o644)
    (home / "receipts" / "link").symlink_to(outside)
    before = modes(home)
    (home / "mine").mkdir(mode=0o755)  # not the workstation's: left as it is
    (home / "mine").chmod(0o755)
    assert set(loose(before, home)) == set(before) - {"receipts/link"}

    with Workstation(cfg, token="t") as ws:
        ws.conn.execute("SELECT COUNT(*) FROM payments").fetchone()
        after = modes(home)
    assert set(before) <= set(after)
    assert loose(after, home) == {"mine": "0o755"}
    assert after["config.toml"] == 0o600
    assert stat.S_IMODE(os.stat(home / "mine").st_mode) == 0o755
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644  # a link is not followed out


def test_what_cannot_be_tightened_is_logged_and_the_desk_still_opens(tmp_path, caplog):
    """A read-only mount (or another user's file): chmod fails; opening must not."""
    mnt = tmp_path / "ro"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1024k,mode=0755", "tmpfs", str(mnt)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"cannot mount a tmpfs: {done.stderr}")
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        (mnt / "receipts").mkdir(mode=0o755)
        (mnt / "receipts" / "r.pdf").write_bytes(b"%PDF")
        (mnt / "receipts" / "r.pdf").chmod(0o644)
        remount = subprocess.run(["mount", "-o", "remount,ro", str(mnt)], capture_output=True,
                                 text=True)
        assert remount.returncode == 0, remount.stderr
        from cashier.storage import fileio
        with caplog.at_level("WARNING", logger="cashier.storage.fileio"):
            assert fileio.tighten_tree(mnt, [mnt / "receipts"]) == []
        assert "receipts/r.pdf stays readable by others" in caplog.text
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)
