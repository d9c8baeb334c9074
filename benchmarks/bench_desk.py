"""The teller's desk: cold start to ready for input, and account lookup online and offline.

1. Cold start: from starting the process to the window exposed with the cursor
   in the account field (`main.py --exit-when-ready` prints READY then), run
   --starts times. Baseline in the same run: a process that opens a bare
   QApplication with one QLabel window and waits until it is exposed.
2. Account lookup: accounts.find_account against the reference SPC over
   loopback (HTTP, JSON checked field by field, the offline copy updated),
   baseline GET /v1/health on the same session; then with the SPC stopped, the
   same call answers from the local cache (a refused connection first, as at
   a real desk), and the bare cache read (accounts.cached_account).

    .venv/bin/python benchmarks/bench_desk.py [--starts 10] [--lookups 300] [--accounts 20000]
                                              [--platform offscreen|xcb]

Figures only; no pass/fail. For scale: cashier/accounts/cache.py's own
benchmark measured offline lookups in a 1,000,000-account cache at a median
of 0.84 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("Лицевой счёт")
label.resize(1440, 900)
label.show()
def check():
    handle = label.windowHandle()
    if handle is not None and handle.isExposed():
        print("READY", flush=True)
        app.quit()
    else:
        QTimer.singleShot(1, check)
QTimer.singleShot(0, check)
app.exec()
"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def figures(name: str, seconds: list[float], baseline: list[float] | None = None) -> None:
    ms = [s * 1000 for s in seconds]
    line = (f"  {name:<44} n={len(ms):<5} median {statistics.median(ms):9.2f} ms   "
            f"p95 {percentile(ms, 0.95):9.2f} ms")
    if baseline:
        ratio = statistics.median(seconds) / statistics.median(baseline)
        line += f"   x{ratio:.1f} baseline"
    print(line, flush=True)


# --- the reference SPC -------------------------------------------------------------------

class Spc:
    def __init__(self, folder: Path, accounts: int):
        self.folder = folder
        self.accounts = accounts
        self.port = 0
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> None:
        import requests
        port_file = self.folder / "spc.port"
        port_file.unlink(missing_ok=True)
        log = open(self.folder / "spc.log", "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "spc", "serve", "--db", str(self.folder / "spc.db"),
             "--port", str(self.port), "--port-file", str(port_file),
             "--demo-accounts", str(self.accounts)], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"the SPC exited: see {self.folder / 'spc.log'}")
            if port_file.exists() and port_file.read_text().strip().isdigit():
                self.port = int(port_file.read_text())
                try:
                    if requests.get(self.url + "v1/health", timeout=2).status_code == 200:
                        return
                except requests.ConnectionError:
                    pass
            time.sleep(0.05)
        raise SystemExit("the SPC did not come up")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(20)
            self.proc = None

    def token(self, workstation_id: str) -> str:
        from spc.store import create_token
        return create_token(self.folder / "spc.db", workstation_id)


# --- 1. cold start -----------------------------------------------------------------------

def time_until_ready(cmd: list[str], env: dict, timeout: float = 60.0) -> float:
    import selectors
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        line = proc.stdout.readline() if sel.select(timeout) else ""
    ready = time.perf_counter() - started
    if line.strip() != "READY":
        proc.kill()
        proc.wait()
        raise SystemExit(f"{cmd[1:3]} did not get ready within {timeout:.0f} s (said {line!r})")
    proc.wait(60)
    return ready


def bench_cold_start(spc: Spc, home: Path, starts: int, platform: str) -> None:
    from cashier import config as config_mod
    workstation_id = "ALM-01-B01"
    config_mod.save(config_mod.Config(home=home, spc_url=spc.url, workstation_id=workstation_id,
                                      teller_id="t.bench", teller_name="Бенчмарк Кассир"))
    env = dict(os.environ, QT_QPA_PLATFORM=platform, CASHIER_HOME=str(home),
               CASHIER_SPC_TOKEN=spc.token(workstation_id), QT_LOGGING_RULES="qt.*=false")
    env.pop("CASHIER_SPC_URL", None)
    bare, desk = [], []
    # one of each first, not counted: the OS file cache warms up as it would on a desk in use
    time_until_ready([sys.executable, "-c", BARE_WINDOW], env)
    time_until_ready([sys.executable, str(ROOT / "main.py"), "--exit-when-ready"], env)
    for _ in range(starts):
        bare.append(time_until_ready([sys.executable, "-c", BARE_WINDOW], env))
        desk.append(time_until_ready([sys.executable, str(ROOT / "main.py"), "--exit-when-ready"], env))
    print(f"Cold start to ready for input ({platform}, {starts} starts each, warm OS file cache):")
    figures("bare QApplication + QLabel window (baseline)", bare)
    figures("teller desk: window exposed, cursor in field", desk, bare)


# --- 2. lookups ---------------------------------------------------------------------------

def bench_lookups(spc: Spc, home: Path, lookups: int) -> None:
    from cashier import accounts
    from cashier.accounts import cache as account_cache
    from cashier.accounts import snapshot as cache_refresh
    from cashier.config import Config
    from cashier.workstation import Workstation
    workstation_id = "ALM-01-B02"
    cfg = Config(home=home, spc_url=spc.url, workstation_id=workstation_id, teller_id="t.bench",
                 connect_timeout=1.0, read_timeout=5.0)
    with Workstation(cfg, token=spc.token(workstation_id)) as ws:
        started = time.perf_counter()
        report = cache_refresh.refresh(ws, full=True)
        filled = time.perf_counter() - started
        count = account_cache.cache_info(ws)["count"]
        print(f"Offline copy: {count:,} accounts downloaded in {filled:.1f} s "
              f"({report.accounts_per_second:,.0f} accounts/s)")
        numbers = [r[0] for r in ws.conn.execute("SELECT account FROM accounts_cache")]
        rng = random.Random(7)
        picks = [rng.choice(numbers) for _ in range(lookups)]
        ws.client.health()  # connect once: the desk's session is warm too

        health, online = [], []
        for number in picks:
            t0 = time.perf_counter()
            ws.client.health()
            health.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            accounts.find_account(ws, number)
            online.append(time.perf_counter() - t0)
        print(f"Account lookup over loopback ({lookups} random accounts of {count:,}):")
        figures("GET /v1/health, same session (baseline)", health)
        figures("find_account from the SPC", online, health)

        spc.stop()
        offline, bare_cache = [], []
        for number in picks:
            t0 = time.perf_counter()
            account = accounts.find_account(ws, number)
            offline.append(time.perf_counter() - t0)
            assert account.cached_at is not None
            t0 = time.perf_counter()
            accounts.cached_account(ws, number)
            bare_cache.append(time.perf_counter() - t0)
        print(f"Account lookup offline, SPC stopped ({count:,} accounts cached):")
        figures("cached_account: the cache read alone", bare_cache)
        figures("find_account: refused connection, then cache", offline, health)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=10)
    parser.add_argument("--lookups", type=int, default=300)
    parser.add_argument("--accounts", type=int, default=20000, help="demo accounts the SPC holds")
    parser.add_argument("--platform", default="offscreen", choices=("offscreen", "xcb"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-desk-") as tmp:
        folder = Path(tmp)
        spc = Spc(folder, args.accounts)
        t0 = time.perf_counter()
        spc.start()
        print(f"Reference SPC with {args.accounts:,} demo accounts up in {time.perf_counter() - t0:.1f} s")
        try:
            bench_cold_start(spc, folder / "desk", args.starts, args.platform)
            bench_lookups(spc, folder / "lookups", args.lookups)
        finally:
            spc.stop()
    print("For scale: account_cache.py's helper measured 0.84 ms median for offline lookups "
          "in a 1,000,000-account cache.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
