"""The bridge between widgets and the core: run a call off the GUI thread, deliver on it.

Modelled on Anki's CollectionOp, without its global main window:

    Op(self, lambda ws: services.find_account(ws, text)) \\
        .success(self._show_account) \\
        .failure(self._show_error) \\
        .latest("account") \\
        .run()

- The function runs on the window's TaskRunner (a small thread pool) with the
  Workstation as its only argument. Workstation hands out a thread-local SQLite
  connection and SPC client, so workers never share one.
- The result or the exception comes back as a queued signal and the callbacks run
  on the GUI thread; widgets are never touched from a worker.
- `.latest(key)`: of all ops started with the same key, only the newest may
  deliver. A teller who types a second account before the first lookup returns
  never sees the first one fill the form.
- An op whose parent widget has been deleted delivers nothing.
- An exception that is not a CashierError is a bug: it is logged with its
  traceback and, under CASHIER_FAIL_FAST=1, handed to sys.excepthook (which exits).
- The runner is found by walking up the parent chain to the first object with a
  `task_runner` attribute (the main window), or passed explicitly with runner=.
"""

from __future__ import annotations

import itertools
import logging
import sys
import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from cashier.errors import CashierError

log = logging.getLogger("cashier.ui.ops")

Callback = Callable[[Any], None]


class TaskRunner(QObject):
    """One per window: the worker threads and the Workstation the ops run against.

    Workers are plain Python threads (concurrent.futures). A finished op is put on
    a lock-free deque and a no-argument signal wakes the GUI thread, which drains
    the deque: no Python object crosses threads inside a Qt signal.
    """

    _wake = Signal()

    def __init__(self, ws: Any, parent: QObject | None = None, max_threads: int = 4):
        super().__init__(parent)
        self.ws = ws
        self.executor = ThreadPoolExecutor(max_workers=max_threads, thread_name_prefix="desk-op")
        self._generations: dict[str, int] = {}
        self._pending: set[Op] = set()
        self._futures: set[Future] = set()
        self._finished: deque[tuple[Op, Any, BaseException | None]] = deque()
        self._closed = False
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    # --- bookkeeping -------------------------------------------------------
    @property
    def pending(self) -> int:
        return len(self._pending)

    def is_idle(self) -> bool:
        return not self._pending

    def current_generation(self, key: str) -> int:
        return self._generations.get(key, 0)

    def invalidate(self, key: str) -> None:
        """Drop whatever op with this key is in flight (e.g. on Clear)."""
        self._generations[key] = self._generations.get(key, 0) + 1

    def shutdown(self, timeout_ms: int = 15_000) -> bool:
        """Refuse new ops and wait for the running ones (a payment must finish)."""
        self._closed = True
        _, not_done = wait(list(self._futures), timeout=timeout_ms / 1000)
        self.executor.shutdown(wait=False, cancel_futures=True)
        return not not_done

    # --- running -----------------------------------------------------------
    def submit(self, op: "Op") -> None:
        if self._closed:
            log.warning("op %s submitted after shutdown; ignored", op.name)
            return
        if op.key is not None:
            op.generation = self._generations.get(op.key, 0) + 1
            self._generations[op.key] = op.generation
        self._pending.add(op)
        future = self.executor.submit(self._run, op)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)

    def _run(self, op: "Op") -> None:  # worker thread: touches no widget
        result, exc = None, None
        started = time.perf_counter()
        try:
            result = op.fn(self.ws)
        except BaseException as e:  # noqa: BLE001 - delivered to the GUI thread
            exc = e
        log.debug("op %s took %.1f ms", op.name, (time.perf_counter() - started) * 1000)
        self._finished.append((op, result, exc))
        if shiboken6.isValid(self):
            self._wake.emit()

    def _drain(self) -> None:  # GUI thread
        while self._finished:
            op, result, exc = self._finished.popleft()
            self._pending.discard(op)
            if not op.wanted():
                log.debug("op %s result dropped (stale or parent gone)", op.name)
                continue
            try:
                op.deliver(result, exc)
            except Exception:  # a broken callback must not strand the results behind it
                sys.excepthook(*sys.exc_info())


_ids = itertools.count(1)


def find_runner(obj: QObject | None) -> TaskRunner | None:
    while obj is not None:
        runner = getattr(obj, "task_runner", None)
        if isinstance(runner, TaskRunner):
            return runner
        obj = obj.parent()
    return None


def report_unexpected(exc: BaseException) -> None:
    """A bug surfaced in a worker: log it; under fail-fast hand it to the excepthook."""
    log.error("unexpected error in a background operation",
              exc_info=(type(exc), exc, exc.__traceback__))
    import os
    if os.environ.get("CASHIER_FAIL_FAST") == "1":
        sys.excepthook(type(exc), exc, exc.__traceback__)


class Op:
    """One background call with callbacks; build it, then `.run()` it once."""

    def __init__(self, parent: QObject, fn: Callable[[Any], Any], *,
                 runner: TaskRunner | None = None, name: str | None = None):
        self.parent = parent
        self.fn = fn
        self.runner = runner
        self.name = name or getattr(fn, "__name__", "op")
        self.id = next(_ids)
        self.key: str | None = None
        self.generation = 0
        self._on_success: Callback | None = None
        self._on_failure: Callback | None = None
        self._on_finally: Callable[[], None] | None = None

    def success(self, cb: Callback) -> "Op":
        self._on_success = cb
        return self

    def failure(self, cb: Callback) -> "Op":
        self._on_failure = cb
        return self

    def finally_(self, cb: Callable[[], None]) -> "Op":
        """Runs after success or failure (not when the result is dropped as stale)."""
        self._on_finally = cb
        return self

    def latest(self, key: str) -> "Op":
        self.key = key
        return self

    def run(self) -> "Op":
        runner = self.runner or find_runner(self.parent)
        if runner is None:
            raise RuntimeError("Op has no TaskRunner: give the window a task_runner or pass runner=")
        self.runner = runner
        runner.submit(self)
        return self

    # --- GUI thread --------------------------------------------------------
    def wanted(self) -> bool:
        if self.parent is not None and not shiboken6.isValid(self.parent):
            return False
        if self.key is not None and self.runner is not None:
            return self.runner.current_generation(self.key) == self.generation
        return True

    def deliver(self, result: Any, exc: BaseException | None) -> None:
        try:
            if exc is None:
                if self._on_success is not None:
                    self._on_success(result)
                return
            if not isinstance(exc, CashierError):
                report_unexpected(exc)
            if self._on_failure is not None:
                self._on_failure(exc)
            else:
                default_failure(self.parent, exc)
        finally:
            if self._on_finally is not None:
                self._on_finally()


def default_failure(parent: QObject, exc: BaseException) -> None:
    """No failure callback: tell the teller in a message box."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from ui import messages
    widget = parent.window() if isinstance(parent, QWidget) else None
    box = QMessageBox(QMessageBox.Icon.Warning, messages.title_for(exc), messages.describe(exc),
                      QMessageBox.StandardButton.Ok, widget)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal, does not spin a nested event loop
