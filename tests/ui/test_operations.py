"""The bridge: work runs off the GUI thread, results come back on it, stale ones are dropped."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QWidget

from cashier.errors import NotFoundError
from ui.common.operations import Op, TaskRunner
from ui.common.taskman import NETWORK


@pytest.fixture
def host(desk_app, qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.task_runner = TaskRunner(ws="the-workstation", parent=widget)
    yield widget
    widget.task_runner.shutdown(5000)


def test_runs_in_a_worker_and_delivers_on_the_gui_thread(host, qtbot):
    seen = {}

    def work(ws):
        seen["ws"] = ws
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 42

    def done(value):
        seen["value"] = value
        seen["gui"] = threading.current_thread() is threading.main_thread()

    Op(host, work).success(done).run()
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen == {"ws": "the-workstation", "worker": True, "value": 42, "gui": True}
    assert host.task_runner.is_idle()


def test_failure_is_delivered_with_the_exception(host, qtbot):
    got = []

    def work(ws):
        raise NotFoundError("account_not_found", "no such account", "account", {"account": "1234"})

    Op(host, work).success(lambda v: got.append(("ok", v))).failure(lambda e: got.append(("err", e))) \
        .finally_(lambda: got.append(("finally", None))).run()
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert got[0][0] == "err" and got[0][1].code == "account_not_found"
    assert got[1] == ("finally", None)


def test_only_the_latest_lookup_may_deliver(host, qtbot):
    """A slow first lookup returning after a fast second one must not fill the form."""
    results = []
    release = threading.Event()

    def slow(ws):
        release.wait(5)
        return "first"

    # Lookups wait on the SPC, so they run as NETWORK ops: on the one write
    # thread the second would queue behind the first and prove nothing.
    Op(host, slow, kind=NETWORK).latest("account").success(results.append).run()
    Op(host, lambda ws: "second", kind=NETWORK).latest("account").success(results.append).run()
    qtbot.waitUntil(lambda: results == ["second"], timeout=5000)
    release.set()
    qtbot.waitUntil(host.task_runner.is_idle, timeout=5000)
    assert results == ["second"]


def test_invalidate_drops_an_op_in_flight(host, qtbot):
    results = []
    Op(host, lambda ws: time.sleep(0.2) or "late").latest("invoice").success(results.append).run()
    host.task_runner.invalidate("invoice")
    qtbot.waitUntil(host.task_runner.is_idle, timeout=5000)
    assert results == []


def test_result_for_a_deleted_parent_is_dropped(desk_app, qtbot):
    owner = QWidget()
    owner.task_runner = TaskRunner(ws=None)  # not a child: it outlives the widget
    child = QWidget(owner)
    results = []
    release = threading.Event()
    Op(child, lambda ws: release.wait(5) and "x").success(results.append).run()
    child.deleteLater()
    qtbot.waitUntil(lambda: not _alive(child), timeout=5000)
    release.set()
    qtbot.waitUntil(owner.task_runner.is_idle, timeout=5000)
    assert results == []
    owner.task_runner.shutdown(5000)


def _alive(obj) -> bool:
    import shiboken6
    return shiboken6.isValid(obj)


def test_the_gui_thread_is_not_blocked_while_work_runs(host, qtbot):
    """While a worker sleeps, the event loop keeps turning (timers fire)."""
    from PySide6.QtCore import QTimer
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    done = []
    Op(host, lambda ws: time.sleep(0.5)).success(lambda _: done.append(1)).run()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    timer.stop()
    assert len(ticks) >= 10


def test_a_bug_in_a_worker_is_reported_not_swallowed(host, qtbot, monkeypatch):
    reported = []
    monkeypatch.setattr("ui.common.operations.report_unexpected", reported.append)
    failures = []
    Op(host, lambda ws: 1 / 0).failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(reported[0], ZeroDivisionError)
    assert isinstance(failures[0], ZeroDivisionError)


def test_op_without_a_runner_is_an_error(desk_app, qtbot):
    lonely = QWidget()
    qtbot.addWidget(lonely)
    with pytest.raises(RuntimeError):
        Op(lonely, lambda ws: None).run()
