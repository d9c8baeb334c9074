"""The bank's sanctions (terror) list at the desk: load it whole, screen a customer against it.

The file's format is in docs/sanctions-list.md: UTF-8, `;`-separated, a header
`iin;name;birth_date`, `#` comments. A file is taken whole or not at all: one bad
line refuses the file (SanctionsListError naming the line) and the list in force
stays as it was. `SanctionsList` is immutable; `ListWatcher` swaps in a new one
when the file changes and keeps the last good one when the new file is bad.

Screening is strict and simple: a customer whose IIN equals a listed IIN, or whose
name has the same key (cashier/controls/names.py) as a listed name, is a hit;
any hit blocks. Birth dates are carried to the compliance officer, not compared.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Literal

from cashier.controls.iin import Iin, IinInvalid, clean_iin, mask_iin, parse_iin
from cashier.controls.names import name_key
from cashier.errors import ConfigError

SETTING = "sanctions_list"  # the key of config.toml that names the file
HEADER = ("iin", "name", "birth_date")
RELOAD_SECONDS = 1.0
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)

Fingerprint = tuple[int, int, int]  # (st_mtime_ns, st_size, st_ino)


class SanctionsListError(ConfigError):
    """The list file cannot be used: sanctions_list_missing, sanctions_list_unreadable or
    sanctions_list_malformed (params: path, and line and reason when malformed)."""


@dataclass(frozen=True)
class Entry:
    line: int                 # the line of the file, for the compliance officer
    iin: str | None
    name: str                 # as the file spells it
    birth_date: date | None
    key: str                  # name_key(name)


@dataclass(frozen=True)
class Hit:
    reason: Literal["iin", "name"]   # "iin" when the IIN matched (the name may match too)
    entry: Entry
    customer_birth_date: date | None = None

    @property
    def birth_date(self) -> date | None:
        """The listed person's birth date (None when the list has none)."""
        return self.entry.birth_date


def _missing(path: Path) -> SanctionsListError:
    return SanctionsListError(
        "sanctions_list_missing",
        f"The sanctions list {path} does not exist. Set `{SETTING}` in config.toml to the "
        "path of the bank's sanctions list (format: docs/sanctions-list.md), or put the "
        "list at that path. Customers cannot be screened until it is found.",
        SETTING, {"path": str(path)})


def _unreadable(path: Path, exc: OSError) -> SanctionsListError:
    return SanctionsListError(
        "sanctions_list_unreadable",
        f"The sanctions list {path} cannot be read ({exc.strerror or exc}). Make it a file "
        f"the desk's user can read, or set `{SETTING}` in config.toml to the right file.",
        SETTING, {"path": str(path), "error": exc.strerror or str(exc)})


def _malformed(source: str, line: int, reason: str) -> SanctionsListError:
    return SanctionsListError(
        "sanctions_list_malformed",
        f"The sanctions list {source} is refused: line {line}: {reason} The list in force "
        "stays as it was. Fix that line (docs/sanctions-list.md) and save the file again.",
        SETTING, {"path": source, "line": line, "reason": reason})


def _fields(text: str, number: int, source: str) -> list[str]:
    if '"' not in text:
        return text.split(";")
    try:
        return next(csv.reader([text], delimiter=";", strict=True))
    except csv.Error as exc:
        raise _malformed(source, number, f"the quotes do not pair up ({exc}).") from None


def _entry(fields: list[str], number: int, source: str) -> Entry:
    if len(fields) != len(HEADER):
        raise _malformed(source, number,
                         f"3 fields separated by ';' are expected, found {len(fields)}.")
    iin_text, name, born_text = (f.strip() for f in fields)
    iin = None
    if iin_text:
        try:
            iin = parse_iin(iin_text, today=date.max).value
        except IinInvalid as exc:
            raise _malformed(source, number, f"the IIN {mask_iin(iin_text)} is not one "
                                             f"({exc.code}).") from None
    key = name_key(name)
    if not key:
        raise _malformed(source, number, "the name is empty; every entry needs a name.")
    born = None
    if born_text:
        try:
            if not _ISO_DATE.fullmatch(born_text):
                raise ValueError(born_text)
            born = date.fromisoformat(born_text)
        except ValueError:
            raise _malformed(source, number, f"the birth date {born_text!r} is not a date "
                                             "written YYYY-MM-DD.") from None
    return Entry(number, iin, name, born, key)


def _index(entries: list[Entry], attribute: str) -> Mapping[str, tuple[Entry, ...]]:
    grouped: dict[str, list[Entry]] = {}
    for entry in entries:
        value = getattr(entry, attribute)
        if value:
            grouped.setdefault(value, []).append(entry)
    return MappingProxyType({k: tuple(v) for k, v in grouped.items()})


@dataclass(frozen=True)
class SanctionsList:
    """One version of the list, indexed by IIN and by name key. Never changes once built."""

    source: str
    digest: str               # SHA-256 of the file's bytes: which version screened a payment
    entries: tuple[Entry, ...]
    by_iin: Mapping[str, tuple[Entry, ...]]
    by_name: Mapping[str, tuple[Entry, ...]]

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def load(cls, path: str | os.PathLike) -> SanctionsList:
        """Read and check the whole file; SanctionsListError when it cannot be used."""
        return _read(Path(path))[0]

    @classmethod
    def parse(cls, data: bytes, source: str = "<memory>") -> SanctionsList:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[:exc.start].count(b"\n") + 1
            raise _malformed(source, line, "the file is not UTF-8 text; save it as UTF-8.") from None
        entries: list[Entry] = []
        header_seen = False
        for number, raw in enumerate(text.split("\n"), start=1):
            line = raw.rstrip("\r")
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            fields = _fields(line, number, source)
            if not header_seen:
                if tuple(f.strip().lower() for f in fields) != HEADER:
                    raise _malformed(source, number, "the first line that is not a comment must "
                                                     "be the header iin;name;birth_date.")
                header_seen = True
                continue
            entries.append(_entry(fields, number, source))
        if not header_seen:
            raise _malformed(source, 1, "there is no header iin;name;birth_date (is the file "
                                        "empty?).")
        return cls(source, hashlib.sha256(data).hexdigest(), tuple(entries),
                   _index(entries, "iin"), _index(entries, "key"))

    def check(self, iin: str | Iin | None, name: str | None,
              birth_date: date | None = None) -> list[Hit]:
        """Every listed person this customer may be: IIN hits first, then name hits.

        One Hit per entry (reason "iin" when its IIN matched). `iin` is what the desk
        checked (an Iin, or its text; spaces and dashes are ignored), `name` the name as
        typed. `birth_date` is the customer's, carried into each Hit, never compared.
        """
        value = iin.value if isinstance(iin, Iin) else clean_iin(iin)
        hits: list[Hit] = []
        seen: set[int] = set()
        for reason, found in (("iin", self.by_iin.get(value, ()) if value else ()),
                              ("name", self.by_name.get(name_key(name), ()))):
            for entry in found:
                if entry.line not in seen:
                    seen.add(entry.line)
                    hits.append(Hit(reason, entry, birth_date))
        return hits


def _read(path: Path) -> tuple[SanctionsList, Fingerprint]:
    """The list and the (mtime, size, inode) of the very file that was read."""
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            data = f.read()
    except FileNotFoundError:
        raise _missing(path) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    return SanctionsList.parse(data, str(path)), (st.st_mtime_ns, st.st_size, st.st_ino)


class ListWatcher:
    """The list in force, reloaded when its file changes.

    `current()` looks at the file's (mtime, size, inode) at most once per `interval`
    seconds and loads a changed file whole. A file that cannot be used leaves the last
    good list in force and its SanctionsListError in `last_error` (None once a good file
    is loaded). With no good list ever loaded, `current()` raises that error: screening
    fails closed. Safe to call from several threads; while one reloads, the others get
    the list in force without waiting.
    """

    def __init__(self, path: str | os.PathLike, interval: float = RELOAD_SECONDS,
                 clock: Callable[[], float] = time.monotonic):
        self.path = Path(path)
        self.interval = interval
        self._clock = clock
        self._lock = threading.Lock()
        self._list: SanctionsList | None = None
        self._fingerprint: Fingerprint | None = None
        self._checked_at: float | None = None
        self._last_error: SanctionsListError | None = None

    @property
    def last_error(self) -> SanctionsListError | None:
        return self._last_error

    def _due(self) -> bool:
        return self._checked_at is None or self._clock() - self._checked_at >= self.interval

    def current(self) -> SanctionsList:
        # With no list yet, wait for whichever thread is loading one; with a list, a thread
        # that finds another one reloading goes on with the list in force.
        if (self._list is None or self._due()) and self._lock.acquire(
                blocking=self._list is None):
            try:
                if self._due():
                    self._checked_at = self._clock()
                    self._refresh()
            finally:
                self._lock.release()
        found = self._list
        if found is None:
            raise self._last_error or _missing(self.path)
        return found

    def _refresh(self) -> None:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            self._fingerprint, self._last_error = None, _missing(self.path)
            return
        except OSError as exc:
            self._fingerprint, self._last_error = None, _unreadable(self.path, exc)
            return
        seen = (st.st_mtime_ns, st.st_size, st.st_ino)
        if seen == self._fingerprint:
            return
        try:
            loaded, read = _read(self.path)
        except SanctionsListError as exc:
            self._fingerprint, self._last_error = seen, exc  # not parsed again until it changes
            return
        self._list, self._fingerprint, self._last_error = loaded, read, None
