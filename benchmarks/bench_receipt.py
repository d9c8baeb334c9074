"""How long a receipt takes: render_receipt and write_receipt (temp dir, fsync).

The receipt is the real one: the bank's and the payer's copy on one page, each
with the stamp and the signed QR code (a fixed test key). "render without QR"
shows what the code costs (encoding it, mostly).

Prints median and p95 in ms and the ratio to a baseline measured in the same
process: a bare reportlab canvas with one line of Helvetica saved to bytes.
Figures only; nothing here passes or fails.

    .venv/bin/python benchmarks/bench_receipt.py [--n 200]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from cashier.model import Payment, PaymentLine  # noqa: E402
from cashier.documents.receipt_code import make_payload  # noqa: E402
from cashier.documents.receipt_pdf import ReceiptHeader, render_receipt, write_receipt  # noqa: E402

KEY = bytes(range(32))

HEADER = ReceiptHeader("АО «Демо Банк Қазақстан»", "123456789012", "Алматинский филиал № 17",
                       "050060, г. Алматы, пр. Әл-Фараби, 77/8", "ALM-017-WS03",
                       "Сәрсенбаева Гүлнұр Ерланқызы")


def sample_payment(i: int) -> Payment:
    lines = (
        PaymentLine("ELEC", "Электроэнергия", "P1", "АлматыЭнергоСбыт", 845_67 + i,
                    reading=12_560_000, previous_reading=12_410_000, unit="кВт·ч"),
        PaymentLine("HEAT", "Жылу / Отопление", "P2", "Алматы жылу желілері", 12_345_00),
        PaymentLine("HOTW", "Ыстық су", "P3", "АлматыСу", 2_150_40,
                    reading=456_250, previous_reading=451_000, unit="м³"),
        PaymentLine("COLD", "Суық су", "P3", "АлматыСу", 1_100_00,
                    reading=789_000, previous_reading=780_500, unit="м³"),
        PaymentLine("GAS", "Газ", "P4", "ҚазТрансГаз Аймақ", 980_15,
                    reading=5_432_100, previous_reading=5_400_000, unit="м³"),
        PaymentLine("WASTE", "Қоқыс шығару / Вывоз ТБО", "P5", "Тазалық-Сервис ЖШС", 560_00),
        PaymentLine("KSK", "Содержание общего имущества", "P6", "КСК «Әлем»", 3_000_00),
    )
    fee = 150_00
    total = sum(line.amount for line in lines) + fee
    tendered = 25_000_00
    when = datetime(2024, 3, 15, 9, 5, tzinfo=timezone.utc) + timedelta(seconds=i)
    return Payment(
        payment_id=f"00000000-0000-4000-8000-{i:012d}", receipt_no=f"{i + 1:04d}",
        workstation_id="ALM-017-WS03", teller_id="t17", accepted_at=when,
        business_date=date(2024, 3, 15), account="100200300400",
        holder="Жұмабекова Ә*** Қ***",
        address="г. Алматы, Бостандыкский район, мкр. Орбита-3, ул. Мұстафа Өзтүрік, д. 12/4, кв. 187",
        period="2024-02", currency="KZT", lines=lines, fee=fee, total=total,
        tendered=tendered, change=tendered - total)


def baseline() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 12)
    c.drawString(72, 720, "Receipt 0001 total 1272.26")
    c.showPage()
    c.save()
    return buf.getvalue()


def timed(fn, n: int) -> list[float]:
    out = []
    for i in range(n):
        t0 = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="receipts per measurement (default 200)")
    args = ap.parse_args(argv)
    n = max(1, args.n)

    payments = [sample_payment(i) for i in range(n)]
    # A different QR text for every measured render: the encoder's cache must not help.
    codes = {mark: [make_payload(p, KEY + mark) for p in payments] for mark in (b"r", b"c", b"w")}
    # Warm-up: font registration and first-use imports are not what we measure.
    t0 = time.perf_counter()
    render_receipt(payments[0], HEADER, qr_payload=make_payload(payments[0], KEY))
    first = (time.perf_counter() - t0) * 1000
    for i in range(min(n, 20)):  # let the CPU clock and the caches settle
        render_receipt(payments[i], HEADER, qr_payload=make_payload(payments[i], KEY))
        baseline()

    base_med, base_p95 = summary(timed(lambda i: baseline(), n))
    size = len(render_receipt(payments[0], HEADER, qr_payload=codes[b"r"][0]))
    render = summary(timed(lambda i: render_receipt(payments[i], HEADER, qr_payload=codes[b"r"][i]), n))
    bare = summary(timed(lambda i: render_receipt(payments[i], HEADER), n))
    copy = summary(timed(lambda i: render_receipt(payments[i], HEADER, copy=True,
                                                  qr_payload=codes[b"c"][i]), n))
    with tempfile.TemporaryDirectory(prefix="bench-receipt-") as tmp:
        folder = Path(tmp)
        write = summary(timed(lambda i: write_receipt(folder / f"{i:04d}.pdf", payments[i], HEADER,
                                                      qr_payload=codes[b"w"][i]), n))

    print(f"receipts: n={n}, 7 lines, fee, readings, both copies with stamp and QR; "
          f"PDF {size / 1024:.1f} KiB; first render incl. font loading {first:.1f} ms")
    print(f"baseline (1 line Helvetica): median {base_med:.2f} ms, p95 {base_p95:.2f} ms")
    for name, (med, p95) in (("receipt render", render), ("receipt render without QR", bare),
                             ("receipt render (copy)", copy), ("receipt write+fsync", write)):
        print(f"{name}: median {med:.1f} ms, p95 {p95:.1f} ms, "
              f"{med / base_med:.1f}x baseline ({base_med:.2f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
