"""The server's own times: RFC 3339 text in UTC, as stored and as answered."""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def stamp(moment: dt.datetime | None = None) -> str:
    return (moment or now()).isoformat(timespec="milliseconds")
