"""The window's background threads, after Anki's TaskManager (qt/aqt/taskman.py).

An op runs on one of three executors, chosen by what it waits on (its kind):

  WRITE    ONE thread. The window's database writes run one at a time, in the
           order they were asked for: a payment, a void, a drawer count. They never
           contend with each other for SQLite's write lock nor commit out of order
           (the sender's thread and the network ops below still write beside them,
           each in its own short transaction).
  NETWORK  a pool. Whatever waits on something outside the process that may hang
           until a timeout: the SPC (lookups, invoices, searches, the register,
           closing the day, which asks for it), CUPS. A lookup that hangs holds a
           thread here, never the write thread, so Accept does not wait behind it.
           Such an op may write too (the account it fetched into the offline copy)
           through its own connection; it is the waiting that decides the kind.
  READ     a pool. Reads of the database and of files (the queue, the session, a
           receipt PDF), beside the writes: under WAL a reader never waits for the
           writer, and a hanging SPC cannot starve them of threads either.

The default kind is WRITE, as Anki's default is its serialized collection
executor: an op that does not say what it is may write, and writes stay in
order. A WRITE op that holds the write thread for long is logged: it probably
waits on the network and must say so.

Workers are plain Python threads (concurrent.futures). A finished op is put on
a lock-free deque and a no-argument signal wakes the GUI thread, which drains
the deque: no Python object crosses threads inside a Qt signal. An op that
declared what it changes (ui/common/operations.py Changes) has its changes
emitted by `changed` once it succeeded, after its own callbacks, and even when
those were dropped (stale, or its dialog closed): the database changed all the
same.
"""

from __future__ import annotations

import logging
import sys
import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger("cashier.ui.ops")

WRITE, NETWORK, READ = "write", "network", "read"
KINDS = (WRITE, NETWORK, READ)
SLOW_WRITE_SECONDS = 2.0


class TaskRunner(QObject):
    """One per window: its executors and the Workstation the ops run against."""

    changed = Signal(object)   # what a successful op changed (ui.common.operations.Changes)
    _wake = Signal()

    def __init__(self, ws: Any, parent: QObject | None = None, max_threads: int = 4):
        super().__init__(parent)
        self.ws = ws
        self.executors = {
            WRITE: ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-write"),
            NETWORK: ThreadPoolExecutor(max_workers=max_threads, thread_name_prefix="desk-net"),
            READ: ThreadPoolExecutor(max_workers=max(2, max_threads // 2), thread_name_prefix="desk-read"),
        }
        self._generations: dict[str, int] = {}
        self._pending: set[Any] = set()
        self._futures: set[Future] = set()
        self._finished: deque[tuple[Any, Any, BaseException | None]] = deque()
        self._closed = False
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    # --- bookkeeping -------------------------------------------------------
    @property
    def pending(self) -> int:
        return len(self._pending)

    def is_idle(self) -> bool:
        return not self._pending

    def in_flight(self, kind: str | None = None) -> list[str]:
        """Names of the ops submitted and not yet delivered (of one kind, or all)."""
        return sorted(op.name for op in self._pending if kind is None or op.kind == kind)

    def current_generation(self, key: str) -> int:
        return self._generations.get(key, 0)

    def invalidate(self, key: str) -> None:
        """Drop whatever op with this key is in flight (e.g. on Clear)."""
        self._generations[key] = self._generations.get(key, 0) + 1

    def shutdown(self, timeout_ms: int = 15_000) -> bool:
        """Refuse new ops and wait for the running ones (a payment must finish)."""
        self._closed = True
        _, not_done = wait(list(self._futures), timeout=timeout_ms / 1000)
        for executor in self.executors.values():
            executor.shutdown(wait=False, cancel_futures=True)
        return not not_done

    # --- running -----------------------------------------------------------
    def submit(self, op: Any) -> None:
        if self._closed:
            log.warning("op %s submitted after shutdown; ignored", op.name)
            return
        if op.kind not in self.executors:
            raise ValueError(f"op {op.name}: unknown kind {op.kind!r} (one of {', '.join(KINDS)})")
        if op.key is not None:
            op.generation = self._generations.get(op.key, 0) + 1
            self._generations[op.key] = op.generation
        self._pending.add(op)
        future = self.executors[op.kind].submit(self._run, op)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)

    def _run(self, op: Any) -> None:  # worker thread: touches no widget
        result, exc = None, None
        started = time.perf_counter()
        try:
            result = op.fn(self.ws)
        except BaseException as e:  # noqa: BLE001 - delivered to the GUI thread
            exc = e
        took = time.perf_counter() - started
        log.debug("op %s (%s) took %.1f ms", op.name, op.kind, took * 1000)
        if op.kind == WRITE and took > SLOW_WRITE_SECONDS:
            log.warning("op %s held the write thread %.1f s: every payment waited behind it; "
                        "if it waits on the network it must be kind=NETWORK", op.name, took)
        self._finished.append((op, result, exc))
        if shiboken6.isValid(self):
            self._wake.emit()

    def _drain(self) -> None:  # GUI thread
        while self._finished:
            op, result, exc = self._finished.popleft()
            self._pending.discard(op)
            changes = None
            if exc is None:
                try:
                    changes = op.changes_after(result)
                except Exception:  # a broken declaration must not strand the results behind it
                    sys.excepthook(*sys.exc_info())
            if op.wanted():
                try:
                    op.deliver(result, exc)
                except Exception:  # a broken callback must not strand the results behind it
                    sys.excepthook(*sys.exc_info())
            else:
                log.debug("op %s result dropped (stale or parent gone)", op.name)
            if changes:
                self.changed.emit(changes)
