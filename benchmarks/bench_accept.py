"""Durable payment acceptance: median and p95, against a bare sqlite3 commit baseline.

The baseline is the least any durable write can cost here: one INSERT and a
COMMIT on a WAL database with synchronous=FULL, in the same process and the
same folder. accept_payment does that once with five tables (payment, lines,
outbox, receipt counter, audit chain). Receipt PDF time is measured apart
(bench_receipt.py) because it happens after the commit.

    .venv/bin/python benchmarks/bench_accept.py [--n 500]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cashier import payments  # noqa: E402
from cashier.config import Config  # noqa: E402
from cashier.model import Account  # noqa: E402
from cashier.workstation import Workstation  # noqa: E402
from tests.support.staffing import teller_of  # noqa: E402

BODY = {
    "account": "1002003001", "holder": "Ива*** И. И.", "address": "Алматы, ул. Абая 10, кв. 5",
    "currency": "KZT", "period": "2026-10", "etag": "\"a\"",
    "services": [
        {"code": c, "name": n, "provider": {"id": "P" + c, "name": "Поставщик " + c},
         "amount_due": a, "meter": m}
        for c, n, a, m in [
            ("ELEC", "Электроэнергия", "1272.26", {"id": "E1", "unit": "kWh", "previous_reading": "12345.000"}),
            ("HEAT", "Отопление", "2523.75", None),
            ("CWS", "Холодная вода", "812.40", {"id": "W1", "unit": "m³", "previous_reading": "301.250"}),
            ("WASTE", "Вывоз ТБО", "450.00", None),
        ]],
}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def bench_baseline(folder: Path, n: int) -> list[float]:
    conn = sqlite3.connect(folder / "bare.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    times = []
    for i in range(n):
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t(body) VALUES (?)", ("x" * 400,))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - t0)
    conn.close()
    return times


def bench_accept(folder: Path, n: int, *, online: bool, name: str = "ws") -> list[float]:
    """online: the sender takes each payment before the next (outside the timing), as it
    does while the SPC answers; offline: the queue grows with every payment, as it does
    while the SPC is away (the offline limits then read a longer queue)."""
    cfg = Config(home=folder / name, workstation_id="ALM-01-W01", teller_id="bench")
    account = Account.from_wire(BODY)
    times = []
    with Workstation(cfg, token="x") as ws:
        teller = teller_of(ws)
        for i in range(n):
            t0 = time.perf_counter()
            draft = payments.build_draft(account, None, {"ELEC": f"{12346 + i}"}, "10000")
            paid = payments.accept_payment(ws, draft, teller, write_pdf=False)
            times.append(time.perf_counter() - t0)
            if online:
                ws.conn.execute("UPDATE outbox SET state = 'accepted' WHERE payment_id = ?",
                                (paid.payment_id,))
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path(__file__).resolve().parent.parent) as tmp:
        folder = Path(tmp)
        bench_baseline(folder, 20)  # warm the file system
        base = bench_baseline(folder, args.n)
        online = bench_accept(folder, args.n, online=True, name="online")
        offline = bench_accept(folder, args.n, online=False, name="offline")
    bm = statistics.median(base)
    print(f"bare sqlite3 INSERT+COMMIT (WAL, synchronous=FULL): median {bm * 1000:.2f} ms, "
          f"p95 {percentile(base, 0.95) * 1000:.2f} ms  (n={args.n})")
    for label, acc in (("online, the queue drained", online),
                       ("offline, the queue growing to n", offline)):
        am = statistics.median(acc)
        print(f"accept_payment ({label}): median {am * 1000:.2f} ms, "
              f"p95 {percentile(acc, 0.95) * 1000:.2f} ms; ratio to bare: median {am / bm:.2f}x, "
              f"p95 {percentile(acc, 0.95) / percentile(base, 0.95):.2f}x")


if __name__ == "__main__":
    main()
