"""The offline address search in a city's offline copy (issue 15): p50/p95 at 1,000,000 accounts.

The offline copy is a real one: either the file `bench_cache.py --save-cache PATH` kept
after downloading from a real SPC (--cache PATH), or one filled here from an SPC database
seeded with the same demo accounts, page by page through the desk's own code (the SPC's
snapshot pages as JSON, checked and stored as a download stores them; only HTTP is left out).

For each fragment (a hit, a miss, one letter; and a few more for context) the desk's
accounts.search_cached runs --repeat times; the baseline, in the same process, is the SPC's
own search (spc.store.search_accounts: instr() over every address, as the desk also did
before issue 15) on the SPC's database of the same accounts. Each answer is compared with
the SPC's: same accounts, holders, addresses, order.

    .venv/bin/python benchmarks/bench_search.py [--accounts 1000000] [--cache PATH]
                                                [--spc-db PATH] [--repeat 200]

Figures only; no pass/fail. Goal (issue 15): p95 at most 20 ms.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = [  # (what, fragment)
    ("hit: street and house", "Абая 10"),
    ("hit: flat of a microdistrict", "самал-2, д. 5, кв. 1"),
    ("miss: no such street", "Пушкина"),
    ("miss: known words, no such address", "Абая 999"),
    ("one letter", "а"),
    ("one letter, Cyrillic capital", "Ж"),
    ("one letter found nowhere (whole scan)", "z"),
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def line(name: str, seconds: list[float], baseline: list[float] | None = None) -> str:
    ms = [s * 1000 for s in seconds]
    text = (f"    {name:<34} n={len(ms):<4} p50 {statistics.median(ms):8.2f} ms   "
            f"p95 {percentile(ms, 0.95):8.2f} ms")
    if baseline:
        text += f"   x{statistics.median(seconds) / statistics.median(baseline):.4f} baseline"
    return text


def seed_spc(path: Path, accounts: int) -> None:
    from spc import demo, store
    conn = store.connect(path)
    store.init_schema(conn)
    demo.seed(conn, accounts)
    conn.close()


def fill_cache(ws, spc_db: Path) -> float:
    """The SPC's snapshot pages stored through the desk's download code, without HTTP."""
    from cashier.accounts.cache import store_accounts
    from cashier.accounts.snapshot import _parse_page
    from cashier.accounts.cache import RefreshReport
    from cashier.storage import db
    from spc import store
    spc = store.connect(spc_db)
    catalog = store.load_catalog(spc)
    started = time.perf_counter()
    cursor = None
    while True:
        bodies = store.snapshot_bodies(spc, catalog, cursor, 5000, None)
        if not bodies:
            break
        items = json.loads("[" + ",".join(b for _, b in bodies) + "]")
        rows = _parse_page(items, RefreshReport())
        with db.atomic(ws.conn):
            store_accounts(ws.conn, rows, datetime.now(timezone.utc))
        cursor = bodies[-1][0]
    spc.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=1_000_000)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--spc-db", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()

    from cashier import accounts
    from cashier.config import Config
    from cashier.workstation import Workstation
    from spc import store

    work = Path(tempfile.mkdtemp(prefix="bench-search-"))
    try:
        spc_db = args.spc_db
        if spc_db is None:
            spc_db = work / "spc.db"
            t0 = time.perf_counter()
            seed_spc(spc_db, args.accounts)
            print(f"SPC database seeded with {args.accounts:,} demo accounts in "
                  f"{time.perf_counter() - t0:.0f} s", flush=True)
        cfg = Config(home=work / "ws", spc_url="http://127.0.0.1:9/", workstation_id="ALM-01-S01",
                     teller_id="t.bench")
        if args.cache is not None:
            cfg.home.mkdir(parents=True)
            shutil.copyfile(args.cache, cfg.db_path)
        with Workstation(cfg, token="unused") as ws:
            count = ws.conn.execute("SELECT COUNT(*) FROM accounts_cache").fetchone()[0]
            if count == 0:
                seconds = fill_cache(ws, spc_db)
                count = ws.conn.execute("SELECT COUNT(*) FROM accounts_cache").fetchone()[0]
                print(f"offline copy filled with {count:,} accounts in {seconds:.0f} s "
                      "(the desk's page code, no HTTP)", flush=True)
            spc = store.connect(spc_db)
            print(f"Offline address search, {count:,} accounts, limit 20 "
                  "(baseline: the SPC's instr() scan of its own database, same fragment):")
            for what, fragment in QUERIES:
                want = store.search_accounts(spc, fragment, 20)
                got = accounts.search_cached(ws, fragment, 20)  # first one: fills the word list
                same = [(i["account"], i["holder"], i["address"]) for i in got] == \
                    [(i["account"], i["holder"], i["address"]) for i in want]
                desk, base = [], []
                for i in range(args.repeat):
                    t0 = time.perf_counter()
                    accounts.search_cached(ws, fragment, 20)
                    desk.append(time.perf_counter() - t0)
                for i in range(min(args.repeat, 5)):
                    t0 = time.perf_counter()
                    store.search_accounts(spc, fragment, 20)
                    base.append(time.perf_counter() - t0)
                print(f"  {what}: {fragment!r} -> {len(got)} accounts, "
                      f"{'the same as the SPC' if same else 'NOT THE SAME AS THE SPC'}")
                print(line("SPC instr() scan (baseline)", base))
                print(line("desk offline search", desk, base), flush=True)
            t0 = time.perf_counter()
            from cashier.accounts import search as search_mod
            search_mod._vocab.clear()
            accounts.search_cached(ws, "Абая 10", 20)
            print(f"  first search after the index changed (reads the index's word list): "
                  f"{(time.perf_counter() - t0) * 1000:.0f} ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
