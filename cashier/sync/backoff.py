"""Truncated exponential backoff with jitter, for everything that retries over the network
(the SPC sender, the account cache refresher, and the back office replicator after it)."""

from __future__ import annotations

import random

BACKOFF_BASE = 2.0       # seconds before the first retry
BACKOFF_CAP = 300.0      # never wait longer than this between tries
RETRY_AFTER_CAP = 3600.0  # a Retry-After beyond an hour is treated as garbage


def backoff_delay(attempts: int, retry_after: float | None = None,
                  rng: random.Random | None = None, base: float = BACKOFF_BASE,
                  cap: float = BACKOFF_CAP) -> float:
    """Truncated exponential backoff with jitter, never shorter than Retry-After."""
    rng = rng or random
    ceiling = min(cap, base * (2 ** min(max(0, attempts - 1), 30)))
    # "Equal jitter": at least half the ceiling, so a crowd of workstations
    # coming back after an outage spreads out without anyone retrying at once.
    delay = ceiling / 2 + rng.uniform(0, ceiling / 2)
    if retry_after is not None:
        delay = max(delay, min(retry_after, RETRY_AFTER_CAP))
    return delay
