"""The day close of a busy desk: 20,000 payments on one business day (issue 15).

A real desk (its own SQLite file, users, an open cash session) against a real reference SPC
on loopback. The payments are made through the real core: accounts.find_account, then
payments.build_draft and payments.accept_payment for each (its one durable transaction,
the outbox, the journal), each receipt archived by the core's own pipeline (file, fsync,
archive row, journal entry); only the drawing of the receipt PDF is replaced by the bytes
of one real receipt drawn first, so 20,000 receipts do not take an hour to draw. Every
payment is then delivered to the SPC by the real sender (sync_once), and the supervisor's
dayclose.close_day (blockers, the SPC's register over HTTP, the reconciliation, the count,
the register PDF/CSV and Z-report, the lock) is timed.

Baseline, same process: the same close of a desk with --baseline-payments payments.
With --profile (or when the close takes more than 3 s) a second desk of the same size is
closed under cProfile and the top functions are printed: what stands in the way.

    .venv/bin/python benchmarks/bench_dayclose.py [--payments 20000] [--baseline-payments 200]
                                                  [--profile]

Figures only; no pass/fail. Goal (issue 15): the close of 20,000 payments in at most 3 s.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_desk import Spc  # noqa: E402  (the same way of starting a real SPC)

FLOAT = 10_000_00
GOAL = 3.0


def counts_for(amount: int) -> list[str]:
    from cashier import dayclose
    assert amount % 100 == 0, "a drawer holds whole tenge here"
    left, out = amount // 100, []
    for d in dayclose.DENOMINATIONS:
        n, left = divmod(left, d.value)
        if n:
            out.append(f"{d.key}={n}")
    return out


def fast_receipts() -> None:
    """Draw one real receipt, then hand its bytes out for every other one."""
    from cashier.documents import receipt_pdf
    real = receipt_pdf.render_receipt
    drawn: list[bytes] = []

    def once(*args, **kwargs) -> bytes:
        if not drawn:
            drawn.append(real(*args, **kwargs))
        return drawn[0]
    receipt_pdf.render_receipt = once


def busy_desk(home: Path, spc: Spc, workstation_id: str, n: int):
    """A desk with `n` payments of today, all delivered to the SPC: (ws, staff, seconds)."""
    from cashier import accounts, payments, sync
    from cashier.config import Config
    from cashier.workstation import Workstation
    from tests.support.staffing import staff_desk
    cfg = Config(home=home, spc_url=spc.url, workstation_id=workstation_id, teller_id="t.test",
                 bank_name="АО «Бенч Банк»", branch_name="Алматинский филиал №1",
                 branch_address="Алматы, пр. Абая 1", read_timeout=120.0)
    ws = Workstation(cfg, token=spc.token(workstation_id))
    staff = staff_desk(ws, FLOAT)
    with sqlite3.connect(spc.folder / "spc.db") as conn:
        numbers = [r[0] for r in conn.execute("SELECT account FROM accounts ORDER BY account "
                                              "LIMIT 500")]
    found = [accounts.find_account(ws, number) for number in numbers]
    drafts = []
    for account in found:
        service = next((s for s in account.services if s.amount_due >= 100), None)
        if service is not None:
            drafts.append(payments.build_draft(account, {service.code: "100"}, {}, "100"))
    started = time.perf_counter()
    for i in range(n):
        payments.accept_payment(ws, drafts[i % len(drafts)], staff.teller)
    accepted = time.perf_counter() - started
    started = time.perf_counter()
    while True:
        ws.conn.execute("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000000+00:00' "
                        "WHERE state = 'waiting'")
        sync.sync_once(ws)
        if sync.queue_status(ws).waiting == 0:
            break
    return ws, staff, accepted, time.perf_counter() - started


def close(ws, staff, profile: bool = False) -> tuple[float, str]:
    from cashier import dayclose
    day = ws.now().date()
    counts = counts_for(dayclose.cash_summary(ws, day).expected)
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    closed = dayclose.close_day(ws, staff.supervisor, day, counts)
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - started
    assert closed is not None
    text = ""
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        out.write("\n")
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(15)
        text = out.getvalue()
    return seconds, text


def main() -> None:
    # A fixed key for the receipts' QR code, as automation sets it (no keyring here).
    os.environ.setdefault("CASHIER_RECEIPT_KEY", "5e" * 32)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--payments", type=int, default=20_000)
    parser.add_argument("--baseline-payments", type=int, default=200)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    fast_receipts()
    work = Path(tempfile.mkdtemp(prefix="bench-dayclose-"))
    spc = Spc(work / "spc", 1000)
    (work / "spc").mkdir()
    spc.start()
    try:
        print(f"Day close against the reference SPC on {spc.url}:", flush=True)
        ws, staff, acc, sent = busy_desk(work / "base", spc, "ALM-01-D01", args.baseline_payments)
        with ws:
            base, _ = close(ws, staff)
        print(f"  {'close of ' + format(args.baseline_payments, ',') + ' payments (baseline)':<40} "
              f"{base * 1000:9.0f} ms", flush=True)
        ws, staff, acc, sent = busy_desk(work / "busy", spc, "ALM-01-D02", args.payments)
        print(f"  ({args.payments:,} payments accepted through the core in {acc:.0f} s, "
              f"delivered to the SPC in {sent:.0f} s)", flush=True)
        with ws:
            busy, _ = close(ws, staff)
        print(f"  {'close of ' + format(args.payments, ',') + ' payments':<40} {busy * 1000:9.0f} ms"
              f"   x{busy / base:.1f} baseline   (goal {GOAL:.0f} s: "
              f"{'met' if busy <= GOAL else 'missed'})", flush=True)
        if args.profile or busy > GOAL:
            ws, staff, _, _ = busy_desk(work / "profiled", spc, "ALM-01-D03", args.payments)
            with ws:
                seconds, text = close(ws, staff, profile=True)
            print(f"\n  the same close of another {args.payments:,}-payment desk under cProfile "
                  f"({seconds:.1f} s with the profiler's overhead):\n")
            print(text)
    finally:
        spc.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
