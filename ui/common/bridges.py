"""Background threads of the core, bridged to the GUI thread.

The outbox sender (cashier.sync.BackgroundSender), the account cache refresher
(cashier.accounts.snapshot.CacheRefresher) and the back office replicator
(cashier.sync.replicator.Replicator) are plain threads with callbacks that run on
their own thread. Each bridge here stores the newest
news under a lock and emits a signal with no arguments; a queued connection
delivers it on the GUI thread, which picks the news up and emits a typed
signal. No widget is touched from those threads and no Python object crosses
threads inside a Qt signal.

Whatever the news needs from the database is computed on the thread that
brought it (WorkerBridge.news_of), never on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from cashier.model import QueueStatus

log = logging.getLogger("cashier.ui")


@dataclass(frozen=True)
class QueueSnapshot:
    """The queue as the window shows it: the core's QueueStatus and its offline verdict."""
    status: QueueStatus
    offline: str = "ok"                 # "ok" | "warn" | "block" (sync.offline_state)
    offline_reason: str | None = None   # "offline_warning" | "offline_too_long" | ...
    business_date: date | None = None   # what payments are dated to now
    day_state: str = "open"             # open | closed | not_started (of business_date)
    unclosed: tuple = ()                # earlier business days never closed, oldest first


def snapshot(ws: Any, status: QueueStatus | None = None) -> QueueSnapshot:
    """Build a snapshot; touches the database when status is None. Not for the GUI thread."""
    from cashier import days, sync
    status = status or sync.queue_status(ws)
    state, reason = sync.offline_state(ws, status)
    day = days.business_date(ws)
    return QueueSnapshot(status, state, reason, day,
                         days.state(ws.conn, day) or "not_started",
                         tuple(days.unclosed_before(ws.conn, day)))


class _Latest:
    """The newest value from a worker thread, taken once by the GUI thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value: Any = None

    def put(self, value: Any) -> None:
        with self._lock:
            self._value = value

    def take(self) -> Any:
        with self._lock:
            value, self._value = self._value, None
        return value


class WorkerBridge(QObject):
    """Owns one core Worker (started with the window, stopped when it closes) and hands its
    news to the GUI thread: `news_of(...)` runs on the worker's thread with what the
    worker's callback gave, its result is emitted as `news` on the GUI thread."""

    news = Signal(object)
    _wake = Signal()

    def __init__(self, ws: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.ws = ws
        self.worker: Any = None
        self._latest = _Latest()
        self._wake.connect(self._publish, Qt.ConnectionType.QueuedConnection)

    def make_worker(self, callback: Callable[[Any], None]) -> Any:
        raise NotImplementedError

    def news_of(self, value: Any) -> Any:   # the worker's thread
        return value

    def start(self) -> None:
        if self.worker is None:
            self.worker = self.make_worker(self._on_worker)
            self.worker.start()

    @property
    def running(self) -> bool:
        return self.worker is not None

    def _on_worker(self, value: Any) -> None:  # the worker's thread
        self._latest.put(self.news_of(value))
        if shiboken6.isValid(self):
            self._wake.emit()

    def _publish(self) -> None:  # GUI thread
        news = self._latest.take()
        if news is not None:
            self.news.emit(news)

    def wake(self) -> None:
        """Work now (a new payment, a button); the thread does it, nobody waits."""
        if self.worker is not None:
            self.worker.wake()

    def stop(self, timeout: float = 10.0) -> None:
        if self.worker is not None:
            worker, self.worker = self.worker, None
            worker.stop(timeout)


class SenderBridge(WorkerBridge):
    """The outbox sender; its news is the queue's QueueSnapshot after each pass."""

    def __init__(self, ws: Any, parent: QObject | None = None, interval: float = 2.0,
                 probe_interval: float = 10.0):
        super().__init__(ws, parent)
        self.interval = interval
        self.probe_interval = probe_interval

    def make_worker(self, callback: Callable[[Any], None]) -> Any:
        from cashier.sync import BackgroundSender
        return BackgroundSender(self.ws, on_status=callback, interval=self.interval,
                                probe_interval=self.probe_interval)

    def news_of(self, status: QueueStatus) -> QueueSnapshot:
        try:
            return snapshot(self.ws, status)
        except Exception:  # a broken verdict must not hide the status itself
            log.exception("offline state could not be computed")
            return QueueSnapshot(status)


@dataclass(frozen=True)
class CacheNews:
    """What the window shows about the offline account cache (account_cache.cache_info)."""
    info: dict = field(default_factory=dict)
    report: Any = None   # the last RefreshReport of this window's refresher, if any


class CacheBridge(WorkerBridge):
    """The account cache refresher; its news is the cache's state after each refresh."""

    def __init__(self, ws: Any, parent: QObject | None = None, interval_seconds: float = 900,
                 refresher_factory: Callable[..., Any] | None = None):
        super().__init__(ws, parent)
        self.interval = interval_seconds
        self._factory = refresher_factory

    def make_worker(self, callback: Callable[[Any], None]) -> Any:
        from cashier.accounts.snapshot import CacheRefresher
        factory = self._factory or CacheRefresher
        return factory(self.ws, interval_seconds=self.interval, on_report=callback)

    def news_of(self, report: Any) -> CacheNews:
        from cashier.accounts.cache import cache_info
        try:
            info = cache_info(self.ws)
        except Exception:
            log.exception("cache info could not be read")
            info = {}
        return CacheNews(info, report)


class ReplicatorBridge(WorkerBridge):
    """The journal's replicator to the bank's back office (cashier/sync/replicator.py); its
    news is replicator.backoffice_status after each pass. Not started without a back office."""

    def __init__(self, ws: Any, parent: QObject | None = None, interval: float = 2.0):
        super().__init__(ws, parent)
        self.interval = interval

    def make_worker(self, callback: Callable[[Any], None]) -> Any:
        from cashier.sync.replicator import Replicator
        return Replicator(self.ws, interval=self.interval, on_status=callback)


def read_cache_news(ws: Any) -> CacheNews:
    """For an Op: the cache's state now (no report)."""
    from cashier.accounts.cache import cache_info
    return CacheNews(cache_info(ws), None)
