"""Draining the outbox: payments per second against a bare requests loop, and GUI stalls.

Against the real reference SPC (a subprocess on loopback, as in the tests):

(a) `sync.sync_once` until a queue of N waiting payments is empty: payments/s.
(b) Baseline in the same run, same server: a bare `requests` loop posting the
    same N bodies one by one (new payment_ids, another workstation's token, so
    they are real inserts). Payments/s and the ratio (a)/(b).
(c) The GUI thread while `cashier.sync.BackgroundSender` drains another N in its
    own thread: a QApplication (offscreen) with a 5 ms QTimer heartbeat; the
    longest gap between ticks, p99 and median, next to the same heartbeat idle.

The issue's goal: drain faster than the bare loop, no GUI stall over 50 ms.
Figures only, no asserts.

    .venv/bin/python benchmarks/bench_drain.py [--n 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from cashier import accounts, payments, sync  # noqa: E402
from cashier.config import Config  # noqa: E402
from cashier.workstation import Workstation  # noqa: E402
from spc.demo import DEMO_ACCOUNTS  # noqa: E402
from tests.conftest import SpcProcess  # noqa: E402
from tests.support.staffing import teller_of  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def workstation(folder: Path, spc: SpcProcess, ws_id: str) -> Workstation:
    cfg = Config(home=folder, spc_url=spc.url, workstation_id=ws_id, teller_id="t.bench",
                 offline_warn_seconds=0, offline_block_seconds=0)
    return Workstation(cfg, token=spc.token_for(ws_id))


def fill(ws: Workstation, n: int) -> float:
    """N waiting payments, amounts varied, on a few demo accounts; returns seconds."""
    accounts = [accounts.find_account(ws, DEMO_ACCOUNTS[k]) for k in ("typical", "many", "long")]
    teller = teller_of(ws)
    t0 = time.perf_counter()
    for i in range(n):
        account = accounts[i % len(accounts)]
        code = account.services[i % len(account.services)].code
        amount = f"{1 + i % 50000}.{i % 100:02d}"
        payments.accept_payment(ws, payments.build_draft(account, {code: amount}, {}, "9999999"),
                                teller, write_pdf=False, confirmed_over_due=True)  # varied on purpose
    return time.perf_counter() - t0


def waiting(ws: Workstation) -> int:
    return ws.conn.execute("SELECT COUNT(*) FROM outbox WHERE state IN ('waiting', 'sending')"
                           ).fetchone()[0]


def bench_drain(ws: Workstation) -> tuple[float, int]:
    t0 = time.perf_counter()
    passes = 0
    while waiting(ws):
        report = sync.sync_once(ws)
        passes += 1
        if report.unreachable or report.auth_problem or report.rejected:
            raise SystemExit(f"drain failed: {report}")
    return time.perf_counter() - t0, passes


def bench_bare(spc: SpcProcess, bodies: list[str], ws_id: str) -> tuple[float, list[float]]:
    """The same bodies, one POST each, as another workstation: new ids, real inserts."""
    payloads = []
    for i, text in enumerate(bodies):
        body = json.loads(text)
        body["payment_id"] = str(uuid.uuid4())
        body["workstation_id"] = ws_id
        body["receipt_no"] = body["receipt_no"].replace(body["receipt_no"].split("-2")[0], ws_id, 1)
        payloads.append((body["payment_id"],
                         json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()))
    s = requests.Session()
    s.headers.update({"Authorization": f"Bearer {spc.token_for(ws_id)}",
                      "Content-Type": "application/json; charset=utf-8"})
    url = spc.url + "v1/payments"
    times = []
    t0 = time.perf_counter()
    for pid, data in payloads:
        t = time.perf_counter()
        resp = s.post(url, data=data, headers={"Idempotency-Key": pid}, timeout=30)
        times.append(time.perf_counter() - t)
        if resp.status_code != 201:
            raise SystemExit(f"baseline POST failed: {resp.status_code} {resp.text[:200]}")
    total = time.perf_counter() - t0
    s.close()
    return total, times


def heartbeat(app, seconds: float | None, done: threading.Event | None, limit: float) -> list[float]:
    """Gaps (s) between ticks of a 5 ms QTimer, until `seconds` pass or `done` is set."""
    from PySide6.QtCore import QTimer, Qt

    gaps: list[float] = []
    last = [time.perf_counter()]
    started = time.perf_counter()

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        if seconds is not None and now - started >= seconds:
            app.quit()
        if done is not None and done.is_set():
            app.quit()
        if now - started > limit:
            app.quit()

    timer = QTimer()
    timer.setTimerType(Qt.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    app.exec()
    timer.stop()
    return gaps


def bench_gui(spc: SpcProcess, folder: Path, n: int) -> dict:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    ws = workstation(folder, spc, "ALM-01-W13")
    fill(ws, n)
    idle = heartbeat(app, 1.0, None, 5.0)
    done = threading.Event()
    t_done = [0.0]

    def on_status(status) -> None:  # called on the sender's thread
        if status.waiting == 0 and not done.is_set():
            t_done[0] = time.perf_counter()
            done.set()

    sender = sync.BackgroundSender(ws, on_status=on_status, interval=0.05)
    t0 = time.perf_counter()
    sender.start()
    busy = heartbeat(app, None, done, 900.0)
    sender.stop(timeout=15)
    left = waiting(ws)
    ws.close()
    return {"idle": idle, "busy": busy, "drain_s": (t_done[0] or time.perf_counter()) - t0,
            "left": left}


def fmt_gaps(gaps: list[float]) -> str:
    ms = [g * 1000 for g in gaps]
    return (f"max {max(ms):6.1f} ms  p99 {percentile(ms, 0.99):5.1f} ms  median "
            f"{statistics.median(ms):4.1f} ms  ticks {len(ms)}  >16 ms {sum(g > 16 for g in ms)}  "
            f">50 ms {sum(g > 50 for g in ms)}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=10_000)
    p.add_argument("--skip-gui", action="store_true")
    args = p.parse_args()
    n = args.n
    with tempfile.TemporaryDirectory(prefix="bench-drain-") as tmp:
        tmp = Path(tmp)
        spc = SpcProcess(tmp / "spc", demo_accounts=200)
        spc.workdir.mkdir()
        spc.start()
        try:
            print(f"bench_drain: n={n}, SPC {spc.url}, batch size {Config(home=tmp).batch_size}, "
                  f"{os.cpu_count()} cores")
            with workstation(tmp / "ws", spc, "ALM-01-W11") as ws:
                secs = fill(ws, n)
                print(f"fill:      {n} payments accepted in {secs:.1f} s "
                      f"({secs / n * 1000:.2f} ms each)")
                bodies = [r[0] for r in ws.conn.execute("SELECT body FROM outbox ORDER BY id")]
                drain_s, passes = bench_drain(ws)
            drain_rate = n / drain_s
            print(f"(a) drain: {n} in {drain_s:.2f} s = {drain_rate:,.0f} payments/s "
                  f"({passes} sync_once passes)")
            bare_s, times = bench_bare(spc, bodies, "ALM-01-W12")
            bare_rate = n / bare_s
            print(f"(b) bare:  {n} in {bare_s:.2f} s = {bare_rate:,.0f} payments/s "
                  f"(POST median {statistics.median(times) * 1000:.2f} ms, "
                  f"p95 {percentile(times, 0.95) * 1000:.2f} ms)")
            print(f"    ratio drain / bare: {drain_rate / bare_rate:.2f}x")
            if not args.skip_gui:
                gui = bench_gui(spc, tmp / "ws-gui", n)
                print(f"(c) GUI heartbeat (5 ms QTimer) while BackgroundSender drains {n} "
                      f"in {gui['drain_s']:.2f} s ({gui['left']} left):")
                print(f"    busy: {fmt_gaps(gui['busy'])}")
                print(f"    idle: {fmt_gaps(gui['idle'])}")
        finally:
            spc.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
