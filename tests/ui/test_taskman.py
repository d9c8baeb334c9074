"""The window's executors (ui/common/taskman.py): writes one at a time and in order, reads and the
network beside them, so a payment never waits behind a lookup that hangs; what an op
changed is announced once, after it succeeded."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QWidget

from cashier import accounts, payments
from cashier.config import Config
from cashier.errors import NotFoundError
from cashier.workstation import Workstation
from tests.support.staffing import staff_desk
from tests.ui.desk import make_ws
from tests.ui.helpers import HangingServer
from ui.common.operations import NETWORK, READ, WRITE, Changes, Op
from ui.common.taskman import TaskRunner

HANGING_LOOKUPS = 6   # more than the network pool has threads: some even wait for a thread


@pytest.fixture
def host(desk_app, qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.task_runner = TaskRunner(ws="the-workstation", parent=widget)
    yield widget
    widget.task_runner.shutdown(5000)


def test_writes_run_one_at_a_time_in_the_order_they_were_asked_for(host, qtbot):
    ran: list[tuple[int, float, float, str]] = []
    lock = threading.Lock()

    def write(n):
        def fn(_ws):
            started = time.perf_counter()
            time.sleep(0.03)
            with lock:
                ran.append((n, started, time.perf_counter(), threading.current_thread().name))
        return fn

    for n in range(6):
        Op(host, write(n), name=f"write{n}").run()   # no kind: a write
    qtbot.waitUntil(host.task_runner.is_idle, timeout=5000)
    assert [n for n, *_ in ran] == list(range(6))
    assert all(earlier[2] <= later[1] for earlier, later in zip(ran, ran[1:])), "two writes overlapped"
    assert {name.rsplit("_", 1)[0] for *_, name in ran} == {"desk-write"}


def test_reads_and_the_network_do_not_wait_for_a_busy_write(host, qtbot):
    release = threading.Event()
    done: list[str] = []
    Op(host, lambda ws: release.wait(5), name="slow_write").success(lambda _: done.append("write")).run()
    Op(host, lambda ws: "r", kind=READ).success(done.append).run()
    Op(host, lambda ws: "n", kind=NETWORK).success(done.append).run()
    qtbot.waitUntil(lambda: sorted(done) == ["n", "r"], timeout=5000)
    assert host.task_runner.in_flight() == ["slow_write"]
    assert host.task_runner.in_flight(WRITE) == ["slow_write"] and host.task_runner.in_flight(READ) == []
    release.set()
    qtbot.waitUntil(lambda: "write" in done, timeout=5000)


def test_an_op_says_what_it_is_and_an_unknown_kind_is_refused(host):
    assert Op(host, lambda ws: None).kind == WRITE
    with pytest.raises(ValueError):
        Op(host, lambda ws: None, kind="gui")


def test_what_an_op_changed_is_announced_once_after_it_succeeded(host, qtbot):
    announced: list[Changes] = []
    host.task_runner.changed.connect(announced.append)
    delivered: list[str] = []
    Op(host, lambda ws: "paid", changes=Changes.QUEUE | Changes.SESSION).success(delivered.append).run()
    qtbot.waitUntil(lambda: bool(delivered), timeout=5000)
    assert announced == [Changes.QUEUE | Changes.SESSION]

    def refuse(ws):
        raise NotFoundError("payment_not_found", "no such payment")
    Op(host, refuse, changes=Changes.QUEUE).failure(delivered.append).run()
    qtbot.waitUntil(lambda: len(delivered) == 2, timeout=5000)
    assert announced == [Changes.QUEUE | Changes.SESSION], "a failed write changed nothing"

    # From the result: only what was really made.
    Op(host, lambda ws: [], changes=lambda made: Changes.RECEIPTS if made else Changes.NONE).run()
    Op(host, lambda ws: ["00007"], changes=lambda made: Changes.RECEIPTS if made else Changes.NONE).run()
    qtbot.waitUntil(host.task_runner.is_idle, timeout=5000)
    assert announced[1:] == [Changes.RECEIPTS]


def test_a_change_is_announced_even_when_its_result_is_no_longer_wanted(host, qtbot):
    """The dialog that asked may be gone, or the result stale: the database changed all the same."""
    announced: list[Changes] = []
    host.task_runner.changed.connect(announced.append)
    delivered: list[str] = []
    release = threading.Event()
    Op(host, lambda ws: release.wait(5) and "x", changes=Changes.SESSION).latest("drawer") \
        .success(delivered.append).run()
    host.task_runner.invalidate("drawer")
    release.set()
    qtbot.waitUntil(host.task_runner.is_idle, timeout=5000)
    assert delivered == [] and announced == [Changes.SESSION]


@pytest.fixture
def ws(spc_server, tmp_path):
    w = make_ws(spc_server, tmp_path)
    yield w
    w.close()


def test_a_payment_commits_while_lookups_hang(desk_app, qtbot, ws, tmp_path):
    """Lookups at an SPC that takes the request and never answers hold the network threads
    (more of them than there are threads); a payment asked for after them commits at once."""
    teller = staff_desk(ws).teller
    account = accounts.find_account(ws, "1002003001")
    draft = payments.build_draft(account, None, {}, "10000")
    host = QWidget()
    qtbot.addWidget(host)
    host.task_runner = TaskRunner(ws, host)
    server = HangingServer()
    # Another workstation's view of the SPC, for the lookups only: the hanging one.
    hanging_ws = Workstation(Config(home=tmp_path / "hanging", spc_url=server.url, workstation_id="ALM-09-W98",
                                    connect_timeout=3.0, read_timeout=60.0), token="token")
    failed: list[BaseException] = []
    try:
        for _ in range(HANGING_LOOKUPS):
            Op(host, lambda _ws: accounts.find_account(hanging_ws, "1002003001"), kind=NETWORK,
               name="find_account").failure(failed.append).run()
        qtbot.waitUntil(lambda: server.hanging >= 4, timeout=10_000)
        time.sleep(0.5)   # the lookups have been hanging a while
        saved: list = []
        started = time.perf_counter()
        Op(host, lambda w: payments.accept_payment(w, draft, teller), changes=Changes.QUEUE,
           name="accept_payment").success(saved.append).run()
        qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
        took = time.perf_counter() - started
        print(f"\naccept_payment committed in {took * 1000:.0f} ms while {server.hanging} lookups hung "
              f"and {HANGING_LOOKUPS - server.hanging} more waited for a network thread")
        assert took < 5.0
        assert ws.conn.execute("SELECT receipt_no FROM payments").fetchone()[0] == saved[0].receipt_no
        assert host.task_runner.in_flight(NETWORK) == ["find_account"] * HANGING_LOOKUPS, "the lookups still hang"
        assert failed == []
    finally:
        server.close()   # the hanging lookups fail now, and the runner drains
        qtbot.waitUntil(host.task_runner.is_idle, timeout=20_000)
        host.task_runner.shutdown(5000)
        hanging_ws.close()
    assert len(failed) == HANGING_LOOKUPS
