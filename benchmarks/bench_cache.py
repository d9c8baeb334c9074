"""The offline copy of a city: bytes per account on disk and the download rate (issue 15).

For each size (100,000 and 1,000,000 accounts by default) a real reference SPC is started on
loopback with that many demo accounts (`python -m spc serve --demo-accounts N`), then:

1. Baseline, same process: every snapshot page fetched and parsed as JSON, nothing checked
   or stored (the SPC's export and the network alone: the ceiling of any download).
2. The desk's full download (accounts.refresh, pages of 5000) into a new database, --runs
   times: accounts/s, median and ratio to the baseline.
3. Bytes per account: the database file after VACUUM divided by the accounts, beside the
   same accounts stored the way the desk stored them before migration 10 (a JSON body, the
   lower-cased address, ISO times per row) in a desk database at schema 9, also after
   VACUUM; then migration 10 run on that database (the in-place conversion), timed.
4. A second full download over the filled copy (the weekly one): accounts/s.
5. The SPC's export alone, in this process: pages of 5000 made by spc.store.snapshot_bodies
   (accounts/s), beside the per-account dict + JSON encoding it replaced.

    .venv/bin/python benchmarks/bench_cache.py [--sizes 100000,1000000] [--runs 3]
                                               [--keep DIR] [--save-cache PATH]

--keep DIR keeps the SPC's seeded databases there between runs (seeding a million accounts
takes about 25 s); --save-cache PATH keeps the largest offline copy for bench_search.py.
Figures only; no pass/fail. Goals (issue 15): at most 250 bytes per account, at least
20,000 accounts/s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_desk import Spc  # noqa: E402  (the same way of starting a real SPC)


def workstation(home: Path, spc: Spc, workstation_id: str):
    from cashier.config import Config
    from cashier.workstation import Workstation
    cfg = Config(home=home, spc_url=spc.url, workstation_id=workstation_id, teller_id="t.bench",
                 connect_timeout=3.0, read_timeout=120.0)
    return Workstation(cfg, token=spc.token(workstation_id))


def fetch_only(spc: Spc, token: str) -> tuple[int, float]:
    from cashier.adapters.spc_client import SpcClient
    client = SpcClient(spc.url, token, read_timeout=120.0)
    started = time.perf_counter()
    cursor, count = None, 0
    while True:
        items, cursor = client.snapshot(cursor, 5000)
        count += len(items)
        if cursor is None:
            break
    client.close()
    return count, time.perf_counter() - started


def cpu_seconds(pid: int | None = None) -> float:
    """CPU time (user + system) of this process, or of another one by its pid."""
    if pid is None:
        t = os.times()
        return t.user + t.system
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def vacuumed_size(path: Path) -> int:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.close()
    return path.stat().st_size


def old_format_size(source: Path, folder: Path) -> tuple[int, int, float]:
    """The same accounts in a desk's database at schema 9, as the desk stored them before
    migration 10: (file size after VACUUM, accounts, seconds migration 10 takes on it)."""
    from cashier.accounts.codec import decode
    from cashier.storage import db, migrations
    from zoneinfo import ZoneInfo
    tz = ZoneInfo("Asia/Almaty")
    old = folder / "old-format.db"
    old.unlink(missing_ok=True)
    src = sqlite3.connect(source)
    dst = db.connect(old, migrate=False)
    migrations.upgrade(dst, target=9)
    rows = src.execute("SELECT account, body, address, period, fetched_at FROM accounts_cache")
    count = 0
    while batch := rows.fetchmany(20_000):
        out = []
        for row in batch:
            account = decode(src, *row, tz)
            out.append((account.account, json.dumps(account.to_wire(), ensure_ascii=False,
                                                    separators=(",", ":")),
                        account.address.lower(), account.period,
                        account.cached_at.isoformat(timespec="seconds")))
        dst.execute("BEGIN")
        dst.executemany("INSERT INTO accounts_cache VALUES (?, ?, ?, ?, ?)", out)
        dst.execute("COMMIT")
        count += len(out)
    src.close()
    dst.close()
    size = vacuumed_size(old)
    conn = db.connect(old, migrate=False)
    started = time.perf_counter()
    migrations.upgrade(conn)
    seconds = time.perf_counter() - started
    conn.close()
    old.unlink()
    return size, count, seconds


def export_in_process(db_path: Path, pages: int = 10) -> tuple[float, float]:
    """accounts/s of the SPC's page making: (new snapshot_bodies, the old dict + JSON way)."""
    from spc import store
    conn = store.connect(db_path)
    catalog = store.load_catalog(conn)
    new, old = [], []
    cursor = None
    for _ in range(pages):
        t0 = time.perf_counter()
        bodies = store.snapshot_bodies(conn, catalog, cursor, 5000, None)
        if len(bodies) < 5000:
            break
        page = '{"items":[' + ",".join(b for _, b in bodies) + '],"next_cursor":null}'
        page.encode("utf-8")
        new.append(5000 / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        rows = store.snapshot(conn, cursor, 5000, None)
        json.dumps({"items": [store.account_body(r, catalog, invoice_url=False) for r in rows],
                    "next_cursor": None}, ensure_ascii=False, separators=(",", ":")).encode()
        old.append(5000 / (time.perf_counter() - t0))
        cursor = bodies[-1][0]
    conn.close()
    return (statistics.median(new), statistics.median(old)) if new else (0.0, 0.0)


def bench_size(n: int, runs: int, keep: Path | None, save_cache: Path | None) -> None:
    from cashier.accounts import snapshot as cache_refresh
    work = Path(tempfile.mkdtemp(prefix=f"bench-cache-{n}-"))
    spc_folder = (keep / f"spc-{n}") if keep else work / "spc"
    spc_folder.mkdir(parents=True, exist_ok=True)
    spc = Spc(spc_folder, n)
    t0 = time.perf_counter()
    spc.start()
    print(f"\n{n:,} accounts: SPC on {spc.url} (ready in {time.perf_counter() - t0:.1f} s)",
          flush=True)
    try:
        token = spc.token("ALM-01-C00")
        fetch_only(spc, token)  # warm the SPC's file cache once, not counted
        base = []
        for _ in range(runs):
            count, seconds = fetch_only(spc, token)
            base.append(count / seconds)
        print(f"  {'snapshot fetched + JSON parsed only (baseline)':<52} median "
              f"{statistics.median(base):9,.0f} accounts/s   runs {runs}", flush=True)
        rates, desk_cpu, spc_cpu, last_home = [], [], [], None
        for run in range(runs):
            home = work / f"ws{run}"
            with workstation(home, spc, f"ALM-01-C{run + 1:02d}") as ws:
                cpu0, spc0 = cpu_seconds(), cpu_seconds(spc.proc.pid)
                report = cache_refresh.refresh(ws, full=True)
                desk_cpu.append((cpu_seconds() - cpu0) / n * 1e6)
                spc_cpu.append((cpu_seconds(spc.proc.pid) - spc0) / n * 1e6)
                assert report.complete and report.stored == n, report.to_json()
                rates.append(report.accounts_per_second)
            if last_home is not None:
                shutil.rmtree(last_home, ignore_errors=True)
            last_home = home
        ratio = statistics.median(rates) / statistics.median(base)
        print(f"  {'full download into a new offline copy':<52} median "
              f"{statistics.median(rates):9,.0f} accounts/s   runs {runs}   "
              f"x{ratio:.2f} baseline   (each: {', '.join(f'{r:,.0f}' for r in rates)})",
              flush=True)
        print(f"  {'  CPU per account: the desk / the SPC':<52} median "
              f"{statistics.median(desk_cpu):6.1f} us / {statistics.median(spc_cpu):5.1f} us   "
              f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)", flush=True)
        with workstation(last_home, spc, f"ALM-01-C{runs:02d}") as ws:
            again = cache_refresh.refresh(ws, full=True)
            db_path = ws.config.db_path
        print(f"  {'second full download over the filled copy':<52} median "
              f"{again.accounts_per_second:9,.0f} accounts/s   runs 1", flush=True)
        size = vacuumed_size(db_path)
        cache_bytes = sum(r[1] for r in sqlite3.connect(db_path).execute(
            "SELECT name, SUM(pgsize) FROM dbstat WHERE name LIKE 'accounts_cache%' "
            "GROUP BY name"))
        old_size, old_count, migrated = old_format_size(db_path, work)
        print(f"  {'bytes per account, before migration 10 (baseline)':<52} "
              f"{old_size / old_count:9,.1f} B      (file {old_size / 1e6:,.1f} MB after VACUUM)")
        print(f"  {'bytes per account, the compact copy':<52} {size / n:9,.1f} B      "
              f"(file {size / 1e6:,.1f} MB after VACUUM; the cache's tables and index "
              f"{cache_bytes / n:,.1f} B)   x{size / old_size:.3f} baseline", flush=True)
        print(f"  {'migration 10 of that old copy, in place':<52} {migrated:9,.1f} s      "
              f"({old_count / migrated:,.0f} accounts/s, one transaction)", flush=True)
        if save_cache is not None:
            save_cache.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(db_path, save_cache)
            print(f"  offline copy kept as {save_cache}")
        new_rate, old_rate = export_in_process(spc_folder / "spc.db")
        print(f"  {'SPC page making, the old dict + JSON way (baseline)':<52} median "
              f"{old_rate:9,.0f} accounts/s")
        print(f"  {'SPC page making, snapshot_bodies':<52} median {new_rate:9,.0f} accounts/s   "
              f"x{new_rate / old_rate:.2f} baseline", flush=True)
    finally:
        spc.stop()
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, default=None)
    parser.add_argument("--save-cache", type=Path, default=None)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"Offline copy of the SPC's accounts (issue 15): {os.cpu_count()} CPUs; the SPC is a "
          "separate process on the same machine")
    for n in sizes:
        bench_size(n, args.runs, args.keep,
                   args.save_cache if n == max(sizes) else None)


if __name__ == "__main__":
    main()
