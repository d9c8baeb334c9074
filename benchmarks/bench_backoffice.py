"""The back office: journal ingest on PostgreSQL and SQLite, and the branch view at scale.

(a) Ingest, per engine, in batches of 500 entries (realistic desk journals: payments of
    one to three services, voids, handovers, closes; tests/support/synthetic_journal.py):
    - over HTTP: the real server (a subprocess on loopback) taking POST /v1/journal, the
      desks' bodies posted back to back by one client, then by one client per desk at once
      (as a bank's desks do), to one server process and to two (`serve --workers 2`):
      entries/s;
    - in process: the server's own work on a decoded body (parse and validate, recompute
      the hashes, lock the chain, store the entries and what derives from them): entries/s;
    - baseline, same engine, same run: a bare executemany INSERT of the same rows into a
      twin of the journal table, one transaction per 500 as the ingest commits: entries/s,
      and the two ratios to it.
(b) The branch view: 50 desks x 300 payments a day x 365 days in one branch on PostgreSQL
    (loaded through the ingest itself, two processes), then GET
    /v1/branches/{branch}/desks?business_date=... for days across the year: p50, p95.

PostgreSQL runs durable here (fsync on, synchronous_commit on): what production runs.
The issue's goals: >= 20,000 entries/s on PostgreSQL, branch view p95 <= 100 ms.
Figures only, no asserts.

    .venv/bin/python benchmarks/bench_backoffice.py [--ingest-entries 100000] [--days 365]
        [--desks 50] [--per-day 300] [--skip-branch] [--skip-ingest]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import multiprocessing
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

from backoffice import db, journal, schema, tokens  # noqa: E402
from backoffice.migrations import migrate  # noqa: E402
from backoffice.validation import parse_json  # noqa: E402
from tests.support.backoffice_server import BackofficeProcess  # noqa: E402
from tests.support.postgres import PostgresCluster  # noqa: E402
from tests.support.synthetic_journal import Chain, desk_days  # noqa: E402

BATCH = 500
BRANCH = "ALM-01"
FIRST_DAY = dt.date(2025, 1, 1)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def desk_of(engine, workstation_id: str) -> tokens.Desk:
    w = schema.workstations.c
    with db.reading(engine) as conn:
        row = conn.execute(sa.select(w.ws_key, w.workstation_id, w.branch_id)
                           .where(w.workstation_id == workstation_id)).one()
    return tokens.Desk(*row)


def batches_for(workstation_id: str, entries: int) -> list[list[dict]]:
    days = -(-entries // 305)
    found = list(desk_days(workstation_id, FIRST_DAY, days, 300))[:entries]
    return [found[i:i + BATCH] for i in range(0, len(found), BATCH)]


# -- (a) ingest ---------------------------------------------------------------------------

def _post_all(api, bodies: list[bytes]) -> None:
    for body in bodies:
        r = api.post("v1/journal", data=body, headers={"Content-Type": "application/json"})
        assert r.status_code == 200, r.text


def ingest_figures(name: str, new_url, total: int, desks: int = 8) -> dict:
    per_desk = total // desks
    work = {f"ING-{name}-W{i:02d}": batches_for(f"ING-{name}-W{i:02d}", per_desk)
            for i in range(desks)}
    n = sum(len(b) for bs in work.values() for b in bs)
    figures = {"entries": n}

    # Over HTTP, the real server: one desk after another, then every desk at once, to one
    # server process and to two sharing the port.
    for label, together, workers in (("http", False, 1), ("http_concurrent", True, 1),
                                      ("http_workers", True, 2)):
        server = BackofficeProcess(new_url(), Path(tempfile.mkdtemp(prefix="bench-bo-")),
                                   name, ["--workers", str(workers)]).start()
        try:
            bodies = {ws: (server.api(ws, BRANCH),
                           [json.dumps({"workstation_id": ws, "entries": b},
                                       ensure_ascii=False).encode() for b in batches])
                      for ws, batches in work.items()}
            t = time.perf_counter()
            if together:
                threads = [threading.Thread(target=_post_all, args=pair)
                           for pair in bodies.values()]
                for th in threads:
                    th.start()
                for th in threads:
                    th.join()
            else:
                for pair in bodies.values():
                    _post_all(*pair)
            figures[label] = n / (time.perf_counter() - t)
        finally:
            server.stop()

    # In process: the same work without HTTP.
    engine = db.create_engine(new_url(), pool_size=2)
    migrate(engine)
    raw = {}
    for ws, batches in work.items():
        tokens.create_token(engine, ws, BRANCH)
        raw[ws] = [json.dumps({"workstation_id": ws, "entries": b}).encode() for b in batches]
    gc.collect()
    gc.freeze()     # as the server does at startup: the bodies held here are not its garbage
    t = time.perf_counter()
    for ws, bodies_ in raw.items():
        desk = desk_of(engine, ws)
        for body in bodies_:
            journal.ingest(engine, desk, journal.parse_batch(parse_json(body), desk))
    figures["in_process"] = n / (time.perf_counter() - t)
    gc.unfreeze()

    # The baseline: a bare executemany INSERT of the same rows, same engine.
    twin = sa.Table("journal_bare", sa.MetaData(),
                    *[sa.Column(c.name, c.type, primary_key=c.primary_key,
                                autoincrement=False, nullable=c.nullable)
                      for c in schema.journal.c])
    with db.writing(engine) as conn:
        twin.create(conn)
    rows = []
    for key, (ws, batches) in enumerate(work.items(), 1):
        for b in batches:
            rows.append([{"ws_key": key, "seq": e["seq"], "at": e["at"], "actor": e["actor"],
                          "action": e["action"], "subject": e["subject"],
                          "details": json.dumps(e["details"], ensure_ascii=False,
                                                sort_keys=True, separators=(",", ":")),
                          "prev_hash": e["prev_hash"], "hash": e["hash"]} for e in b])
    t = time.perf_counter()
    for batch in rows:
        with db.writing(engine) as conn:
            conn.execute(twin.insert(), batch)
    figures["bare"] = n / (time.perf_counter() - t)
    engine.dispose()
    return figures


# -- (b) the branch view ------------------------------------------------------------------

def _load_desks(args: tuple) -> int:
    """A year of desks, through the ingest's chain check, store and derivation.

    The entries are built as the desk builds them and handed over parsed (the HTTP
    body's decoding and validation are measured in (a)), so a year loads in minutes.
    """
    url, names, days, per_day = args
    engine = db.create_engine(url, pool_size=1)
    last_day = (FIRST_DAY + dt.timedelta(days=days - 1)).isoformat()
    n = 0
    for ws in names:
        desk = desk_of(engine, ws)
        chain = Chain()
        batch: list[journal.Entry] = []
        for e in desk_days(ws, FIRST_DAY, days, per_day, chain=chain):
            batch.append(journal.Entry(e["seq"], e["at"], e["actor"], e["action"], e["subject"],
                                       e["details"], chain.text, e["prev_hash"], e["hash"],
                                       e["hash"]))
            if len(batch) == BATCH:
                journal.ingest(engine, desk, batch)
                n += len(batch)
                batch = []
            # The last day stays open: its session, not closed yet, is what the view shows.
            if e["action"] == "payment.accepted" and e["details"]["business_date"] == last_day \
                    and e["details"]["receipt_no"].endswith(f"{per_day:05d}"):
                break
        if batch:
            journal.ingest(engine, desk, batch)
            n += len(batch)
    engine.dispose()
    return n


def branch_figures(cluster: PostgresCluster, desks: int, days: int, per_day: int,
                   requests_n: int = 400) -> dict:
    url = cluster.create_database("branch_view")
    engine = db.create_engine(url)
    migrate(engine)
    names = [f"{BRANCH}-W{i:02d}" for i in range(1, desks + 1)]
    for ws in names:
        tokens.create_token(engine, ws, BRANCH)
    # Another branch beside it, as in a bank: the view must not read it.
    for i in range(1, 6):
        tokens.create_token(engine, f"AST-01-W{i:02d}", "AST-01")
    engine.dispose()
    workers = 2
    t = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        loaded = sum(pool.map(_load_desks, [(url, names[i::workers], days, per_day)
                                            for i in range(workers)]))
    load_s = time.perf_counter() - t
    with psycopg_conn(cluster) as conn:
        conn.execute("VACUUM ANALYZE")
    server = BackofficeProcess(url, Path(tempfile.mkdtemp(prefix="bench-bo-")), "postgresql")
    server.start()
    try:
        apis = {ws: server.api(ws, BRANCH) for ws in names}
        for ws, api in apis.items():
            api.post("v1/heartbeat", json={
                "workstation_id": ws, "at": dt.datetime.now(dt.UTC).isoformat(),
                "app_version": "bench", "signed_in": "t.bench",
                "spc": {"reachable": True, "waiting": 3, "waiting_amount": "4500.00",
                        "oldest_waiting_at": None, "rejected": 0, "last_contact_at": None}})
        api = apis[names[0]]
        rnd = random.Random(7)
        last = FIRST_DAY + dt.timedelta(days=days - 1)
        dates = [last if i % 2 == 0 else FIRST_DAY + dt.timedelta(days=rnd.randrange(days))
                 for i in range(requests_n)]
        for d in dates[:20]:   # warm the connection pool and the caches
            api.get(f"v1/branches/{BRANCH}/desks", params={"business_date": d.isoformat()})
        times = []
        for d in dates:
            t = time.perf_counter()
            r = api.get(f"v1/branches/{BRANCH}/desks", params={"business_date": d.isoformat()})
            times.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200 and len(r.json()["desks"]) == desks, r.text[:300]
        sample = r.json()["desks"][0]
    finally:
        server.stop()
    with psycopg_conn(cluster, "branch_view") as conn:
        size = conn.execute("SELECT pg_size_pretty(pg_database_size('branch_view'))").fetchone()[0]
        rows = conn.execute("SELECT count(*) FROM journal").fetchone()[0]
    return {"loaded": loaded, "journal_rows": rows, "load_s": load_s, "db_size": size,
            "p50": statistics.median(times), "p95": percentile(times, 0.95),
            "max": max(times), "sample": sample}


def psycopg_conn(cluster: PostgresCluster, dbname: str = "postgres"):
    import psycopg
    return psycopg.connect(cluster.dsn(dbname), autocommit=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ingest-entries", type=int, default=100_000)
    parser.add_argument("--desks", type=int, default=50)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--per-day", type=int, default=300)
    parser.add_argument("--skip-branch", action="store_true")
    parser.add_argument("--skip-ingest", action="store_true")
    args = parser.parse_args()

    cluster = PostgresCluster(durable=True).start()
    folder = Path(tempfile.mkdtemp(prefix="bench-bo-sqlite-"))
    try:
        if not args.skip_ingest:
            engines = {"postgresql": cluster.create_database,
                       "sqlite": lambda: f"sqlite:///{folder}/{time.monotonic_ns()}.sqlite"}
            print(f"journal ingest, batches of {BATCH} "
                  f"(PostgreSQL {cluster.bindir.parent.name}, durable; "
                  "SQLite WAL, synchronous=FULL)")
            for name, new_url in engines.items():
                f = ingest_figures(name, new_url, args.ingest_entries)
                bare = f["bare"]
                print(f"  {name}: {f['entries']:,} entries of 8 desks; bare executemany INSERT "
                      f"{bare:,.0f}/s")
                for key, label in (
                        ("http", "over HTTP, one desk after another"),
                        ("http_concurrent", "over HTTP, the 8 desks at once"),
                        ("http_workers", "over HTTP, the 8 desks at once, --workers 2"),
                        ("in_process", "in process (no HTTP), one after another")):
                    print(f"    {label:46s} {f[key]:8,.0f}/s  ratio to bare {f[key] / bare:.2f}")
        if not args.skip_branch:
            print(f"branch view: {args.desks} desks x {args.per_day} payments/day x "
                  f"{args.days} days on PostgreSQL")
            f = branch_figures(cluster, args.desks, args.days, args.per_day)
            print(f"  loaded {f['loaded']:,} entries through the ingest in {f['load_s']:.0f} s "
                  f"({f['loaded'] / f['load_s']:,.0f}/s, 2 processes); journal "
                  f"{f['journal_rows']:,} rows, database {f['db_size']}")
            print(f"  GET /v1/branches/{BRANCH}/desks: p50 {f['p50']:.1f} ms, "
                  f"p95 {f['p95']:.1f} ms, max {f['max']:.1f} ms")
            print("  one desk:", json.dumps(f["sample"], ensure_ascii=False)[:400])
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
