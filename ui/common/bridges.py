"""Background threads of the core, bridged to the GUI thread.

The outbox sender (cashier.sync.BackgroundSender) and the account cache
refresher (cashier.accounts.cache.CacheRefresher) are plain threads with
callbacks that run on their own thread. Each bridge here stores the newest
news under a lock and emits a signal with no arguments; a queued connection
delivers it on the GUI thread, which picks the news up and emits a typed
signal. No widget is touched from those threads and no Python object crosses
threads inside a Qt signal.

Whatever the news needs from the database is computed on the thread that
brought it (the sender's, the refresher's), never on the GUI thread.
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


def snapshot(ws: Any, status: QueueStatus | None = None) -> QueueSnapshot:
    """Build a snapshot; touches the database when status is None. Not for the GUI thread."""
    from cashier import days, sync
    status = status or sync.queue_status(ws)
    state, reason = sync.offline_state(ws, status)
    day = days.business_date(ws)
    return QueueSnapshot(status, state, reason, day,
                         days.state(ws.conn, day) or "not_started")


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


class SenderBridge(QObject):
    """Owns the BackgroundSender and hands each pass's queue snapshot to the GUI thread."""

    status = Signal(object)   # QueueSnapshot
    _wake = Signal()

    def __init__(self, ws: Any, parent: QObject | None = None, interval: float = 2.0,
                 probe_interval: float = 10.0):
        super().__init__(parent)
        self.ws = ws
        self.interval = interval
        self.probe_interval = probe_interval
        self.sender = None
        self._latest = _Latest()
        self._wake.connect(self._publish, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        from cashier.sync import BackgroundSender
        if self.sender is not None:
            return
        self.sender = BackgroundSender(self.ws, on_status=self._on_status, interval=self.interval,
                                       probe_interval=self.probe_interval)
        self.sender.start()

    @property
    def running(self) -> bool:
        return self.sender is not None

    def _on_status(self, status: QueueStatus) -> None:  # the sender's thread
        try:
            self._latest.put(snapshot(self.ws, status))
        except Exception:  # a broken verdict must not hide the status itself
            log.exception("offline state could not be computed")
            self._latest.put(QueueSnapshot(status))
        if shiboken6.isValid(self):
            self._wake.emit()

    def _publish(self) -> None:  # GUI thread
        snap = self._latest.take()
        if snap is not None:
            self.status.emit(snap)

    def wake(self) -> None:
        if self.sender is not None:
            self.sender.wake()

    def stop(self, timeout: float = 5.0) -> None:
        if self.sender is not None:
            sender, self.sender = self.sender, None
            sender.stop(timeout)


@dataclass(frozen=True)
class CacheNews:
    """What the window shows about the offline account cache (account_cache.cache_info)."""
    info: dict = field(default_factory=dict)
    report: Any = None   # the last RefreshReport of this window's refresher, if any


class CacheBridge(QObject):
    """Owns the CacheRefresher (started with the window, stopped on close)."""

    news = Signal(object)   # CacheNews
    _wake = Signal()

    def __init__(self, ws: Any, parent: QObject | None = None, interval_seconds: float = 900,
                 refresher_factory: Callable[..., Any] | None = None):
        super().__init__(parent)
        self.ws = ws
        self.interval = interval_seconds
        self.refresher = None
        self._factory = refresher_factory
        self._latest = _Latest()
        self._wake.connect(self._publish, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        if self.refresher is not None:
            return
        from cashier.accounts.snapshot import CacheRefresher
        factory = self._factory or CacheRefresher
        self.refresher = factory(self.ws, interval_seconds=self.interval, on_report=self._on_report)
        self.refresher.start()

    @property
    def running(self) -> bool:
        return self.refresher is not None

    def _on_report(self, report: Any) -> None:  # the refresher's thread
        from cashier.accounts.cache import cache_info
        try:
            info = cache_info(self.ws)
        except Exception:
            log.exception("cache info could not be read")
            info = {}
        self._latest.put(CacheNews(info, report))
        if shiboken6.isValid(self):
            self._wake.emit()

    def _publish(self) -> None:  # GUI thread
        news = self._latest.take()
        if news is not None:
            self.news.emit(news)

    def wake(self) -> None:
        """Refresh now (the queue panel's button); the thread does it, nobody waits."""
        if self.refresher is not None:
            self.refresher.wake()

    def stop(self, timeout: float = 10.0) -> None:
        if self.refresher is not None:
            refresher, self.refresher = self.refresher, None
            refresher.stop(timeout)


def read_cache_news(ws: Any) -> CacheNews:
    """For an Op: the cache's state now (no report)."""
    from cashier.accounts.cache import cache_info
    return CacheNews(cache_info(ws), None)
