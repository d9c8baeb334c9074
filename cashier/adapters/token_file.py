"""The administrator's token file, for a host with no secure storage (`token_file` in
config.toml): written atomically with mode 0600, refused when another user could read it.
The SPC's and the back office's tokens only; the mail server's password never goes in a file
(cashier/adapters/credentials.py)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cashier.errors import ConfigError

MAX_TOKEN_CHARS = 4096


def insecure_reason(path: Path, st: os.stat_result) -> str | None:
    if not stat.S_ISREG(st.st_mode):
        return f"The token file {path} is not a regular file, so it is not used."
    if os.name != "posix":  # pragma: no cover - modes mean nothing there; the ACLs are IT's
        return None
    if st.st_uid != os.geteuid():
        return (f"The token file {path} belongs to another user (uid {st.st_uid}), so it is not "
                f"used. Make it the workstation user's own: chown, then chmod 600 {path}.")
    if st.st_mode & 0o077:
        return (f"The token file {path} can be read or changed by other users (mode "
                f"{stat.S_IMODE(st.st_mode):04o}), so it is not used. Treat the token in it as "
                f"seen: ask the SPC administrator for a new one, run `chmod 600 {path}`, then "
                "store the new token with `cashier token set`.")
    return None


def read_token_file(path: Path) -> str | None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError("token_file_unreadable", f"The token file {path} (token_file in "
                          f"config.toml) cannot be read: {exc.strerror}.") from exc
    with os.fdopen(fd, "rb") as fh:
        problem = insecure_reason(path, os.fstat(fh.fileno()))
        if problem:
            raise ConfigError("token_file_insecure", problem)
        data = fh.read(MAX_TOKEN_CHARS * 4 + 16)
    try:
        token = data.decode("utf-8").strip()
    except UnicodeDecodeError as exc:
        raise ConfigError("token_file_unreadable",
                          f"The token file {path} does not hold a token (not UTF-8 text).") from exc
    return token or None


def write_token_file(path: Path, token: str) -> None:
    from cashier.storage.fileio import atomic_write_bytes
    try:
        # A temp file made with mode 0600 (mkstemp), fsynced, renamed over the old one.
        atomic_write_bytes(path, (token + "\n").encode("utf-8"))
        st = os.stat(path)
    except OSError as exc:
        raise ConfigError("token_file_unwritable", f"The token file {path} (token_file in "
                          f"config.toml) cannot be written: {exc.strerror}.") from exc
    problem = insecure_reason(path, st)
    if problem:  # a file system that does not keep modes (a FAT stick, some network shares)
        path.unlink(missing_ok=True)
        raise ConfigError("token_file_insecure", f"The token file {path} did not stay private "
                          f"after writing (mode {stat.S_IMODE(st.st_mode):04o}), so it was removed. "
                          "Choose a path on the workstation's own Linux file system.")
