"""The bridge between widgets and the core: run a call off the GUI thread, deliver on it.

Modelled on Anki's CollectionOp / QueryOp (qt/aqt/operations/), without its global
main window:

    Op(self, lambda ws: payments.accept_payment(ws, draft, teller),
       changes=Changes.QUEUE) \\
        .success(self._accepted).failure(self._accept_failed).run()

    Op(self, lambda ws: accounts.find_account(ws, text), kind=NETWORK) \\
        .success(self._show_account).failure(self._show_error).latest("account").run()

- `kind` says what the function waits on, and so which executor runs it
  (ui/common/taskman.py): WRITE (the default: one thread, in order), NETWORK (the SPC,
  CUPS: may hang until a timeout), READ (the database and files).
- `changes` says what a mutating op changed (Changes below), or a function of its
  result that says so. After the op succeeded the window's one handler
  (DeskWindow.on_changes) refreshes what the change touches; nobody refreshes by
  hand after an action.
- The function runs with the Workstation as its only argument. Workstation hands
  out a thread-local SQLite connection and SPC client, so workers never share one.
- The result or the exception comes back to the GUI thread and the callbacks run
  there; widgets are never touched from a worker.
- `.latest(key)`: of all ops started with the same key, only the newest may
  deliver. A teller who types a second account before the first lookup returns
  never sees the first one fill the form.
- An op whose parent object has been deleted delivers nothing (its changes are
  still announced: the database changed all the same).
- An exception that is not a CashierError is a bug: it is logged with its
  traceback and, under CASHIER_FAIL_FAST=1, handed to sys.excepthook (which exits).
- The runner is found by walking up the parent chain to the first object with a
  `task_runner` attribute (the main window), or passed explicitly with runner=.
"""

from __future__ import annotations

import enum
import itertools
import logging
import os
import sys
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, Qt

from cashier.errors import CashierError
from ui.common.taskman import KINDS, NETWORK, READ, WRITE, TaskRunner

log = logging.getLogger("cashier.ui.ops")

__all__ = ["Changes", "Op", "TaskRunner", "WRITE", "NETWORK", "READ", "find_runner"]

Callback = Callable[[Any], None]


class Changes(enum.Flag):
    """What a mutating op changed, for the window's one handler (like Anki's OpChanges)."""
    NONE = 0
    QUEUE = enum.auto()      # the outbox: a payment or a cancel to send, a refusal resolved or sent again
    SESSION = enum.auto()    # this workstation's cash session: opened, cash in or out, closed
    DAY = enum.auto()        # the business day: closed, or the next one opened
    CACHE = enum.auto()      # the offline copy of the accounts
    RECEIPTS = enum.auto()   # receipts that were owed are made


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
    if os.environ.get("CASHIER_FAIL_FAST") == "1":
        sys.excepthook(type(exc), exc, exc.__traceback__)


class Op:
    """One background call with callbacks; build it, then `.run()` it once."""

    def __init__(self, parent: QObject, fn: Callable[[Any], Any], *, kind: str = WRITE,
                 changes: Changes | Callable[[Any], Changes] = Changes.NONE,
                 runner: TaskRunner | None = None, name: str | None = None):
        if kind not in KINDS:
            raise ValueError(f"unknown op kind {kind!r} (one of {', '.join(KINDS)})")
        self.parent = parent
        self.fn = fn
        self.kind = kind
        self.changes = changes
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
    def changes_after(self, result: Any) -> Changes:
        """What the op changed, now that it succeeded with this result."""
        return self.changes(result) if callable(self.changes) else self.changes

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
