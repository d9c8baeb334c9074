"""From the teller's F9 to paper: accept -> receipt PDF on disk, and accept -> print job queued.

Measures the full paths the window runs, median and p95 in ms, each with a
baseline measured in the same run:

  accept_payment(write_pdf=True)           the payment's durable commit, the receipt
                                           rendered (both copies, stamp, QR), written
                                           (fsync) into the archive and recorded
      baseline: a bare durable sqlite3 INSERT+COMMIT (WAL, synchronous=FULL)
  accept_payment + documents.print_receipt  ... and the archived PDF handed to CUPS
                                           with lp until CUPS answers with a job id
      baseline: a bare `lp` of the same PDF

The print figures use a queue made for the run (CashierBench, cups-pdf) that
accepts jobs but does not process them, so converting earlier jobs does not eat
the CPU being measured; every job is cancelled and the queue removed at the end.
Without the rights to make it, the run uses CashierPDF and says so. Without CUPS
the print figures are skipped with the reason, and the rest still runs.

    .venv/bin/python benchmarks/bench_accept_print.py [--n 60] [--n-print 40]
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cashier import documents, payments
from cashier.documents import receipt_code
from cashier.adapters import printing  # noqa: E402
from cashier.config import Config  # noqa: E402
from cashier.errors import CashierError  # noqa: E402
from cashier.model import Account  # noqa: E402
from cashier.workstation import Workstation  # noqa: E402
from bench_accept import bench_baseline  # noqa: E402  the same bare durable commit
from tests.support.staffing import teller_of  # noqa: E402

BENCH_QUEUE = "CashierBench"
FALLBACK_QUEUE = "CashierPDF"
PPDS = ("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd", "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd.gz")

BODY = {
    "account": "1002003001", "holder": "Ива*** И. И.",
    "address": "г. Алматы, Бостандыкский район, мкр. Орбита-3, ул. Мұстафа Өзтүрік, д. 12/4, кв. 187",
    "currency": "KZT", "period": "2026-10", "etag": "\"a\"",
    "services": [
        {"code": c, "name": n, "provider": {"id": "P" + c, "name": "Поставщик " + c},
         "amount_due": a, "meter": m}
        for c, n, a, m in [
            ("ELEC", "Электроэнергия", "1272.26", {"id": "E1", "unit": "kWh", "previous_reading": "12345.000"}),
            ("HEAT", "Отопление", "2523.75", None),
            ("CWS", "Холодная вода", "812.40", {"id": "W1", "unit": "m³", "previous_reading": "301.250"}),
            ("HWS", "Горячая вода", "1150.40", {"id": "W2", "unit": "m³", "previous_reading": "120.500"}),
            ("GAS", "Газ", "980.15", None),
            ("WASTE", "Вывоз ТБО", "450.00", None),
            ("KSK", "Содержание общего имущества", "3000.00", None),
        ]],
}


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return (statistics.median(ordered) * 1000,
            ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))] * 1000)


def line(name: str, samples: list[float], base: tuple[float, float] | None = None) -> str:
    med, p95 = summary(samples)
    text = f"{name}: median {med:.1f} ms, p95 {p95:.1f} ms (n={len(samples)})"
    if base:
        text += f", {med / base[0]:.1f}x / {p95 / base[1]:.1f}x the baseline's median / p95"
    return text


def accept_once(ws: Workstation, account: Account, i: int):
    draft = payments.build_draft(account, None, {"ELEC": f"{12346 + i}"}, "20000")
    return payments.accept_payment(ws, draft, teller_of(ws), write_pdf=True)


def bench_accept_pdf(ws: Workstation, account: Account, n: int) -> tuple[list[float], int]:
    out, size = [], 0
    for i in range(n):
        t0 = time.perf_counter()
        paid = accept_once(ws, account, i)
        out.append(time.perf_counter() - t0)
        size = os.path.getsize(paid.receipt_pdf)
    return out, size


def cups_problem() -> str | None:
    if shutil.which("lp") is None or shutil.which("lpstat") is None:
        return "the CUPS client (lp, lpstat) is not installed"
    try:
        if not printing.scheduler_running():
            return "the CUPS scheduler is not running"
    except CashierError as exc:
        return exc.message
    return None


def make_bench_queue() -> str | None:
    """A cups-pdf queue that takes jobs and holds them; None when it cannot be made."""
    ppd = next((p for p in PPDS if os.path.exists(p)), None)
    if ppd is None or shutil.which("lpadmin") is None:
        return None
    quiet = dict(capture_output=True, timeout=30)
    made = subprocess.run(["lpadmin", "-p", BENCH_QUEUE, "-v", "cups-pdf:/", "-P", ppd], **quiet)
    if made.returncode != 0:
        return None
    subprocess.run(["cupsdisable", BENCH_QUEUE], **quiet)  # stopped: jobs wait, nothing converts
    subprocess.run(["cupsaccept", BENCH_QUEUE], **quiet)
    return BENCH_QUEUE


def drop_bench_queue() -> None:
    quiet = dict(capture_output=True, timeout=60)
    subprocess.run(["cancel", "-a", "-x", BENCH_QUEUE], **quiet)
    subprocess.run(["lpadmin", "-x", BENCH_QUEUE], **quiet)


def bench_print(ws: Workstation, account: Account, n: int, queue: str) -> tuple[list[float], list[float]]:
    ws.config.printer = queue
    sample = accept_once(ws, account, 0).receipt_pdf
    lp_times, full = [], []
    for i in range(n):
        t0 = time.perf_counter()
        printing.print_pdf(sample, queue, "bench baseline")
        lp_times.append(time.perf_counter() - t0)
    for i in range(n):
        t0 = time.perf_counter()
        paid = accept_once(ws, account, i)
        record = documents.print_receipt(ws, paid.payment_id)
        full.append(time.perf_counter() - t0)
        assert record.state == "queued" and record.job_id
    return lp_times, full


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=60, help="payments for accept -> PDF (default 60)")
    ap.add_argument("--n-print", type=int, default=40, help="payments for accept -> print (default 40)")
    args = ap.parse_args(argv)
    n, n_print = max(1, args.n), max(1, args.n_print)
    # The receipt key for the run (the QR is part of what is measured); no keyring needed.
    os.environ.setdefault(receipt_code.ENV_KEY, secrets.token_hex(32))
    account = Account.from_wire(BODY)

    with tempfile.TemporaryDirectory(prefix="bench-accept-print-") as tmp:
        folder = Path(tmp)
        cfg = Config(home=folder / "ws", workstation_id="ALM-01-W01", teller_id="bench",
                     spc_url="http://127.0.0.1:9/", offline_block_seconds=0)
        with Workstation(cfg, token="x") as ws:
            accept_once(ws, account, 0)  # warm-up: fonts, imports, first file in the folder
            bench_baseline(folder, 20)
            base = bench_baseline(folder, n)
            pdf, size = bench_accept_pdf(ws, account, n)
            base_s = summary(base)
            print(f"receipt: 7 services, both copies, stamp and QR on each; PDF {size / 1024:.0f} KiB")
            print(line("baseline: bare sqlite3 INSERT+COMMIT (WAL, synchronous=FULL)", base))
            print(line("accept -> receipt PDF on disk (accept_payment, write_pdf=True)", pdf, base_s))

            problem = cups_problem()
            if problem:
                print(f"accept -> print job queued: not measured, {problem} "
                      "(./run bench starts CUPS and creates CashierPDF)")
                return 0
            queue = make_bench_queue()
            note = "held queue made for the run"
            if queue is None:
                queue, note = FALLBACK_QUEUE, "no rights to make a held queue: jobs are converted meanwhile"
            try:
                lp_times, full = bench_print(ws, account, n_print, queue)
            except CashierError as exc:
                print(f"accept -> print job queued: not measured, {exc.code}: {exc.message}")
                return 0
            finally:
                if queue == BENCH_QUEUE:
                    drop_bench_queue()
            lp_s = summary(lp_times)
            print(line(f"baseline: bare `lp -d {queue}` of the receipt PDF ({note})", lp_times))
            print(line("accept -> print job queued (accept_payment + print_receipt)", full, lp_s))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
