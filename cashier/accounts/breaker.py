"""While the SPC does not answer, lookups answer from the offline copy at once.

A hanging SPC makes every lookup wait the full read timeout (10.7 s measured):
a queue of customers cannot wait that long for each account. After one
lookup, search or invoice request ends in SpcUnavailable (timeout, refused
connection, 429, 5xx), the breaker opens: further lookups skip the network
and answer from the offline copy (marked with the data's date, as any offline
answer is), and a background probe asks the SPC's health (and whether it takes
our token) with a backoff of 1 s doubling to 15 s, then repeats the very request that
hung (the lookup, search or invoice: a front end that answers its health while its
accounts hang must not let each lookup wait the timeout again), until both answer; then
the breaker closes and lookups go to the SPC again. One breaker per Workstation,
shared by its threads; the probe thread stops when the workstation closes.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any, Callable

log = logging.getLogger(__name__)

PROBE_FIRST = 1.0
PROBE_CAP = 15.0


class SpcBreaker:
    def __init__(self, ws: Any):
        self._ws = ws
        self._lock = threading.Lock()
        self._open_since: float | None = None
        self._reason = ""
        self._probe: threading.Thread | None = None
        self._again: Callable[[], Any] | None = None   # the request that hung, asked again
        self._stop = threading.Event()

    @property
    def is_open(self) -> bool:
        with self._lock:
            return self._open_since is not None

    @property
    def reason(self) -> str:
        return self._reason

    def trip(self, reason: str, again: Callable[[], Any] | None = None) -> None:
        """The SPC did not answer a lookup: answer from the offline copy until it does.
        `again` asks the SPC the same thing; the probe closes the breaker only once it answers."""
        with self._lock:
            if again is not None:
                self._again = again
            if self._open_since is None:
                self._open_since = time.monotonic()
                self._reason = reason
                log.warning("the SPC does not answer (%s): lookups use the offline copy", reason)
            if self._probe is None or not self._probe.is_alive():
                self._probe = threading.Thread(target=self._run_probe, name="spc-probe",
                                               daemon=True)
                self._probe.start()

    def reset(self) -> None:
        with self._lock:
            if self._open_since is not None:
                log.info("the SPC answers again: lookups go to it")
            self._open_since = None
            self._reason = ""
            self._again = None

    def shutdown(self) -> None:
        self._stop.set()
        probe = self._probe
        if probe is not None and probe is not threading.current_thread():
            probe.join(timeout=1.0)

    def _run_probe(self) -> None:
        from cashier.adapters.spc_client import SpcUnavailable
        wait = PROBE_FIRST
        while not self._stop.wait(wait):
            if not self.is_open:
                return
            asks = (self._ws.client.health, self._again)
            if all(_answers(ask, SpcUnavailable) for ask in asks if ask is not None):
                self.reset()
                return
            wait = min(wait * 2, PROBE_CAP)


def _answers(ask: Callable[[], Any], unavailable: type[Exception]) -> bool:
    """The SPC answered `ask`: with what was asked, or with an error (garbage, auth, not
    found; lookups decide what it means). Only `unavailable` is no answer."""
    try:
        ask()
    except unavailable:
        return False
    except Exception:  # noqa: BLE001
        log.debug("probe: the SPC answered, with an error", exc_info=True)
    return True


_attach_lock = threading.Lock()


def breaker(ws: Any) -> SpcBreaker:
    """The workstation's breaker, made on first use and stopped when the workstation closes."""
    with _attach_lock:
        found = ws.attached.get("spc_breaker")
        if found is None:
            found = ws.attached["spc_breaker"] = SpcBreaker(ws)
            ws.on_close(found.shutdown)
        return found
