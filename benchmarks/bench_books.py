"""The bank's books and the branch's close: one day of 50 desks x 300 payments.

Per engine (PostgreSQL durable, SQLite WAL synchronous=FULL), a branch of --desks desks
works --days days of --per-day payments each (tests/support/synthetic_journal.py:
one to three services, fees, voids, handovers, counts short and over), loaded through the
journal's own ingest (chain checks, store, derivation); beside it another branch of five
desks the books must not read. Then, for the last day, each --runs times, median (and
slowest):
- the baseline, same engine, same run: a bare SELECT of the same journal rows (every entry
  of that day of every desk of the branch, by primary key range), fetched whole;
- the postings in process: the day read and booked (postings.for_day), then rendered as
  JSON and as CSV; and the ratio of reading and booking to the baseline;
- GET /v1/postings over HTTP from the real server (a subprocess on loopback), JSON and CSV;
- the branch close in process (branch_close.close: readiness, the day's figures, the
  stored answer), the stored close removed between runs; and one POST over HTTP.
Figures only, no asserts.

    .venv/bin/python benchmarks/bench_books.py [--desks 50] [--per-day 300] [--days 5]
        [--runs 5] [--only postgresql|sqlite]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

from backoffice import branch_close, db, journal, postings, settings_store, tokens  # noqa: E402
from backoffice.ledger import DEMO_LEDGER  # noqa: E402
from backoffice.migrations import migrate  # noqa: E402
from backoffice.schema import branch_days, cash_moves, desk_days, payments  # noqa: E402
from tests.support.backoffice_server import BackofficeProcess  # noqa: E402
from tests.support.postgres import PostgresCluster  # noqa: E402
from tests.support.synthetic_journal import Chain  # noqa: E402
from tests.support.synthetic_journal import desk_days as journal_days  # noqa: E402

BATCH = 500
BRANCH, OTHER = "ALM-01", "AST-01"
FIRST_DAY = dt.date(2025, 3, 3)
VAULT = {"note_20000": 900, "note_10000": 400, "note_5000": 120, "coin_100": 55}


def load(engine, names: list[str], days: int, per_day: int) -> int:
    """Every desk's days through journal.ingest, the entries handed over parsed (the HTTP
    body's decoding is the ingest benchmark's business)."""
    n = 0
    for ws in names:
        w = sa.table("workstations", sa.column("ws_key"), sa.column("workstation_id"),
                     sa.column("branch_id"))
        with db.reading(engine) as conn:
            desk = tokens.Desk(*conn.execute(sa.select(w.c.ws_key, w.c.workstation_id,
                                                       w.c.branch_id)
                                             .where(w.c.workstation_id == ws)).one())
        chain = Chain()
        batch: list[journal.Entry] = []
        for e in journal_days(ws, FIRST_DAY, days, per_day, chain=chain):
            batch.append(journal.Entry(e["seq"], e["at"], e["actor"], e["action"], e["subject"],
                                       e["details"], chain.text, e["prev_hash"], e["hash"],
                                       e["hash"]))
            if len(batch) == BATCH:
                journal.ingest(engine, desk, batch)
                n, batch = n + len(batch), []
        if batch:
            journal.ingest(engine, desk, batch)
            n += len(batch)
    return n


def day_ranges(engine, day: str) -> list[tuple[int, int, int]]:
    """(ws_key, first seq, last seq) of the day's entries of each desk of the branch."""
    p, m, d = payments.c, cash_moves.c, desk_days.c
    with db.reading(engine) as conn:
        keys = list(conn.execute(sa.text("SELECT ws_key FROM workstations WHERE branch_id = :b"),
                                 {"b": BRANCH}).scalars())
        out = []
        for k in keys:
            lo = min(conn.execute(sa.select(sa.func.min(t.seq)).where(
                t.ws_key == k, t.business_date == day)).scalar() for t in (p, m))
            hi = conn.execute(sa.select(d.closed_seq).where(d.ws_key == k,
                                                            d.business_date == day)).scalar()
            out.append((k, lo, hi))
    return out


def bare_select(engine, ranges: list[tuple[int, int, int]]) -> int:
    cond = " OR ".join(f"(ws_key = {k} AND seq BETWEEN {lo} AND {hi})" for k, lo, hi in ranges)
    with db.reading(engine) as conn:
        rows = conn.exec_driver_sql(
            "SELECT ws_key, seq, at, actor, action, subject, details, prev_hash, hash "
            f"FROM journal WHERE {cond}").fetchall()
    return len(rows)


def timed(fn, runs: int) -> tuple[float, float, object]:
    fn()                                   # warm: plans, caches, the pool
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), max(times), result


def figures(name: str, url: str, args) -> None:
    engine = db.create_engine(url, pool_size=2)
    migrate(engine)
    names = [f"{BRANCH}-W{i:02d}" for i in range(1, args.desks + 1)]
    others = [f"{OTHER}-W{i:02d}" for i in range(1, 6)]
    for ws in names:
        tokens.create_token(engine, ws, BRANCH)
    for ws in others:
        tokens.create_token(engine, ws, OTHER)
    settings_store.change(engine, settings_store.scope_of("bank"), {"ledger": DEMO_LEDGER}, [],
                          by="bench")
    t = time.perf_counter()
    loaded = load(engine, names + others, args.days, args.per_day)
    load_s = time.perf_counter() - t
    if name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    day = (FIRST_DAY + dt.timedelta(days=args.days - 1)).isoformat()
    ranges = day_ranges(engine, day)
    print(f"  {name}: loaded {loaded:,} entries ({args.days} days, {len(names)} + {len(others)} "
          f"desks) in {load_s:.0f} s; the day {day}")

    runs = args.runs
    bare, bare_max, n_rows = timed(lambda: bare_select(engine, ranges), runs)
    book, book_max, rows = timed(lambda: postings.for_day(engine, day, BRANCH), runs)
    as_json, _, body = timed(lambda: postings.as_json(rows, day, BRANCH), runs)
    as_csv, _, text = timed(lambda: postings.as_csv(rows), runs)
    print(f"    {n_rows:,} journal rows of the day -> {len(rows):,} postings "
          f"(JSON {len(body) / 1e6:.1f} MB, CSV {len(text) / 1e6:.1f} MB); median of {runs}, "
          "slowest in brackets")
    line = "    {:48s} {:7.3f} s ({:.3f})"
    print(line.format("bare SELECT of those journal rows", bare, bare_max))
    print(line.format("postings read and booked, in process", book, book_max)
          + f"  ratio to bare {book / bare:.1f}")
    print(f"    {'  + rendered as JSON':48s} {as_json:7.3f} s;  as CSV {as_csv:.3f} s")

    server = BackofficeProcess(url, Path(tempfile.mkdtemp(prefix="bench-books-")), name).start()
    try:
        api = server.api(names[0], BRANCH)

        def get(accept: str):
            r = api.get("v1/postings", params={"business_date": day}, headers={"Accept": accept},
                        timeout=300)
            assert r.status_code == 200, r.text[:300]
            return len(r.content)
        for accept in ("application/json", "text/csv"):
            s, s_max, _ = timed(lambda accept=accept: get(accept), runs)
            print(line.format(f"GET /v1/postings over HTTP, {accept}", s, s_max)
                  + f"  ratio to bare {s / bare:.1f}")

        bd = branch_days.c

        def close_once():
            with db.writing(engine) as conn:      # the previous run's close, gone
                conn.execute(branch_days.delete().where(bd.branch_id == BRANCH,
                                                        bd.business_date == day))
            t0 = time.perf_counter()
            answer = branch_close.close(engine, BRANCH, day, branch_close.parse(
                {"supervisor_id": "s.bench", "vault": VAULT, "note": ""}))
            return time.perf_counter() - t0, answer
        times = [close_once()[0] for _ in range(runs + 1)][1:]
        answer = close_once()[1]
        print(line.format("branch close, in process", statistics.median(times), max(times))
              + f"  ({len(answer['desks'])} desks, {answer['payments']['count']:,} payments)")
        with db.writing(engine) as conn:
            conn.execute(branch_days.delete().where(bd.branch_id == BRANCH,
                                                    bd.business_date == day))
        t = time.perf_counter()
        r = api.post(f"v1/branches/{BRANCH}/days/{day}/close",
                     json={"supervisor_id": "s.bench", "vault": VAULT, "note": ""}, timeout=300)
        post_s = time.perf_counter() - t
        assert r.status_code == 200, r.text[:300]
        print(line.format("POST .../close over HTTP (once)", post_s, post_s))
    finally:
        server.stop()
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--desks", type=int, default=50)
    parser.add_argument("--per-day", type=int, default=300)
    parser.add_argument("--days", type=int, default=5)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=("postgresql", "sqlite"))
    args = parser.parse_args()
    print(f"the books and the branch close: {args.desks} desks x {args.per_day} payments, "
          f"the last of {args.days} days")
    if args.only != "sqlite":
        cluster = PostgresCluster(durable=True).start()
        try:
            print(f" PostgreSQL {cluster.bindir.parent.name} (durable)")
            figures("postgresql", cluster.create_database("books"), args)
        finally:
            cluster.stop()
    if args.only != "postgresql":
        folder = Path(tempfile.mkdtemp(prefix="bench-books-sqlite-"))
        print(" SQLite (WAL, synchronous=FULL)")
        figures("sqlite", f"sqlite:///{folder}/books.sqlite", args)


if __name__ == "__main__":
    main()
