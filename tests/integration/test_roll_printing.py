"""The 80 mm roll receipt for real: rendered to PNG with pdftoppm and read with pdftotext and
zbarimg; printed through the real CUPS queue ./run sets up (CashierPDF, cups-pdf); the cash
drawer's command run for real; and what stops a CUPS printer (a paused queue, a printer that
does not answer, a job that never finishes) told from CUPS' own state, on throwaway queues.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from datetime import timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from cashier import documents
from cashier.adapters import cash_drawer, printing
from cashier.documents import printers
from cashier.documents.receipt_roll import PAGE_W, render_roll_receipt
from cashier.storage.records import load_payment
from tests.integration.test_printing import (KEY, QUEUE, accept, cups, cups_pdf_dirs,  # noqa: F401
                                             find_output, wait_printed, ws)
from tests.support.staffing import teller_of
from tests.unit.test_receipts import HEADER, LONG_ADDRESS, QR_TEXT, SEVEN, make_payment

ROOT = Path(__file__).resolve().parents[2]
ARTIFACT = ROOT / "artifacts" / "receipt-roll.png"
KAZAKH = "әғқңөұүһі"
ALMATY = timezone(timedelta(hours=5))
PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"


def _pages(pdf: Path, tmp_path: Path, dpi: float = 203.2) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", f"{dpi:g}", "-scale-to-x", "576", "-scale-to-y",
                    "-1", str(pdf), str(tmp_path / "roll")], check=True, timeout=60)
    return sorted(tmp_path.glob("roll-*.png"))


def test_the_roll_receipt_is_72_mm_wide_as_long_as_it_is_and_reads_in_both_languages(tmp_path):
    from cashier.fee_config import rules_from_config
    rules = rules_from_config({"P1": {"percent": "1", "minimum": "50.00"}})
    payment = make_payment(SEVEN, 79_62, tendered=20_000_00, address=LONG_ADDRESS)
    pdf = tmp_path / "roll.pdf"
    pdf.write_bytes(render_roll_receipt(payment, HEADER, tz=ALMATY, qr_payload=QR_TEXT,
                                        fee_rules=rules))
    short = tmp_path / "short.pdf"
    short.write_bytes(render_roll_receipt(make_payment(SEVEN[:1]), HEADER, qr_payload=QR_TEXT))

    reader = PdfReader(pdf)
    assert len(reader.pages) == 2                             # the bank's copy, the payer's
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(PAGE_W) == pytest.approx(204.094, 0.001)
    heights = [float(p.mediabox.height) for p in reader.pages]
    short_h = float(PdfReader(short).pages[0].mediabox.height)
    assert heights[0] > short_h + 250          # a long receipt is a long page (seven services)

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    flat = " ".join(text.replace("\u00a0", " ").split())
    for letter in KAZAKH:
        assert letter in text.lower(), f"{letter} is not in the roll receipt's text"
    for needed in ("КВИТАНЦИЯ / ТҮБІРТЕК", "№ 0042", "Экземпляр банка / Банк данасы",
                   "Экземпляр плательщика / Төлеушінің данасы", "100200300400",
                   "ИТОГО / БАРЛЫҒЫ", "Комиссия / Комиссия", "Принято / Қабылданды 20 000,00 ₸",
                   "Сдача / Қайтарым", "ОПЛАЧЕНО", "ТӨЛЕНДІ", "Шаһар жылу желілері",
                   "Код проверки / Тексеру коды: 0123456789abcdef", "Сәрсенбаева",
                   "Спасибо за оплату! / Төлеміңіз үшін рахмет!", "Расход / Шығын"):
        assert needed in flat, needed
    assert flat.count("Подпись плательщика") == 1                 # on the bank's copy only

    pngs = _pages(pdf, tmp_path)
    images = [Image.open(p) for p in pngs]
    assert [i.width for i in images] == [576, 576]                # 72 mm at 8 dots a mm
    assert all(abs(i.height - h / 72 * 203.2) < 3 for i, h in zip(images, heights))
    for png in pngs:
        done = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True,
                              text=True, timeout=60)
        assert done.stdout.split() == [QR_TEXT]
    # Both copies side by side, for people to look at.
    sheet = Image.new("RGB", (sum(i.width for i in images) + 40, max(i.height for i in images)),
                      (200, 200, 200))
    x = 0
    for image in images:
        sheet.paste(image.convert("RGB"), (x, 0))
        x += image.width + 40
    ARTIFACT.parent.mkdir(exist_ok=True)
    sheet.save(ARTIFACT)


@pytest.fixture
def roll_ws(ws):
    ws.config.printer_kind = "roll80"
    return ws


def test_a_roll_receipt_goes_through_cups_at_roll_width(roll_ws, tmp_path):
    ws = roll_ws
    paid = accept(ws)
    since = time.time()
    record = documents.print_receipt(ws, paid.payment_id)
    assert (record.state, record.printer, record.copy) == ("queued", QUEUE, False)
    assert record.pdf_path.endswith(f"{paid.receipt_no}-roll.pdf") and record.drawer is None
    wait_printed(ws, paid.payment_id, record.job_id)
    out, text = find_output(paid.receipt_no, since, also="Экземпляр плательщика")
    pages = PdfReader(out).pages
    assert len(pages) == 2
    assert all(float(p.mediabox.width) == pytest.approx(204, abs=1.5) for p in pages)
    assert "КВИТАНЦИЯ" in text and "Төлеушінің данасы" in text
    out.unlink()
    # The A4 original is still the legal receipt; the roll file is kept beside it.
    assert load_payment(ws, paid.payment_id).receipt_pdf.endswith(f"{paid.receipt_no}.pdf")
    assert printers.roll_media(Path(record.pdf_path)).startswith("Custom.72x")


def _drawer_script(tmp_path: Path) -> tuple[str, Path]:
    marker = tmp_path / "drawer.log"
    script = tmp_path / "drawer.py"
    script.write_text("import sys\nwith open(sys.argv[1], 'a') as f:\n"
                      "    f.write(' '.join(sys.argv[2:]) + '\\n')\n")
    return f"{sys.executable} {script} {marker} kick '$HOME' ; echo", marker


def test_the_drawer_command_runs_once_without_a_shell(roll_ws, tmp_path):
    ws = roll_ws
    command, marker = _drawer_script(tmp_path)
    ws.config.drawer_command = command
    paid = accept(ws)
    record = documents.print_receipt(ws, paid.payment_id)
    assert record.drawer == "opened"
    # Split like a shell would, run without one: nothing expanded, nothing chained.
    assert marker.read_text() == "kick $HOME ; echo\n"
    documents.print_or_reprint(ws, paid.payment_id, reprint=True, by=teller_of(ws))
    assert marker.read_text().count("kick") == 1                  # a reprint never opens it
    entry = ws.conn.execute("SELECT details FROM audit_log WHERE action = 'cash_drawer.opened' "
                            "AND subject = ?", (paid.payment_id,)).fetchone()
    assert json.loads(entry["details"])["how"] == "command"


def test_a_drawer_command_that_fails_is_reported_and_the_payment_stands(roll_ws, tmp_path):
    ws = roll_ws
    ws.config.drawer_command = f"{sys.executable} -c \"import sys; sys.exit('drawer jammed')\""
    paid = accept(ws)
    record = documents.print_receipt(ws, paid.payment_id)
    assert record.state == "queued" and record.drawer == "drawer_failed"
    row = ws.conn.execute("SELECT actor, details FROM audit_log WHERE action = "
                          "'cash_drawer.open_failed' AND subject = ?", (paid.payment_id,)).fetchone()
    assert json.loads(row["details"])["error"] == "The drawer command failed: drawer jammed"
    assert load_payment(ws, paid.payment_id).status == "accepted"
    assert ws.conn.execute("SELECT state FROM outbox WHERE payment_id = ?",
                           (paid.payment_id,)).fetchone()[0] == "waiting"
    # A command that hangs is stopped and reported; one that is not there too.
    ws.config.drawer_command = f"{sys.executable} -c \"import time; time.sleep(30)\""
    started = time.monotonic()
    with pytest.raises(Exception) as info:
        cash_drawer.run_command(ws.config.drawer_command, timeout=0.5)
    assert info.value.code == "drawer_timeout" and time.monotonic() - started < 10
    opening = documents.open_cash_drawer(ws, paid.payment_id)
    assert not opening.opened and opening.error_code in ("drawer_timeout", "drawer_failed")
    ws.config.drawer_command = "/nonexistent/drawer-kick --now"
    assert documents.open_cash_drawer(ws, paid).error_code == "drawer_failed"


# -- what stops a CUPS printer ------------------------------------------------------------------

@pytest.fixture
def queues(cups):
    """Throwaway CUPS queues: name -> device URI; removed, with their jobs, afterwards."""
    made: list[str] = []

    def make(device: str) -> str:
        name = f"CashierRoll{len(made)}x{time.monotonic_ns() % 10**9}"
        done = subprocess.run(["lpadmin", "-p", name, "-E", "-v", device, "-P", PPD],
                              capture_output=True, text=True, timeout=30)
        if done.returncode != 0:
            pytest.fail(f"lpadmin could not create a test queue: {done.stderr.strip()} (the "
                        "printing tests run as root, as ./run test and CI do)", pytrace=False)
        made.append(name)
        return name

    yield make
    for name in made:
        subprocess.run(["cancel", "-a", name], capture_output=True, timeout=30)
        subprocess.run(["lpadmin", "-x", name], capture_output=True, timeout=30)


def _eventually(check, timeout: float = 40.0):
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.3)


def test_a_paused_printer_is_told_and_its_waiting_receipt_prints_once_resumed(roll_ws, queues):
    ws = roll_ws
    name = queues("cups-pdf:/")
    subprocess.run(["cupsdisable", "-r", "out of paper, says the teller", name], check=True,
                   timeout=30)
    assert documents.printer_problem(ws, name).code == "print_printer_paused"
    paid = accept(ws)
    record = documents.print_receipt(ws, paid.payment_id, printer=name)
    assert record.state == "queued"
    problem = documents.print_problem(ws, record)
    assert problem.code == "print_printer_paused" and problem.printer == name
    subprocess.run(["cupsenable", name], check=True, timeout=30)
    assert documents.printer_problem(ws, name) is None
    wait_printed(ws, paid.payment_id, record.job_id)
    for folder in cups_pdf_dirs():
        for pdf in folder.glob(f"*{ws.config.workstation_id}*.pdf") if folder.is_dir() else []:
            pdf.unlink(missing_ok=True)


def test_a_printer_that_does_not_answer_is_offline(roll_ws, queues):
    ws = roll_ws
    with socket.create_server(("127.0.0.1", 0)) as s:
        port = s.getsockname()[1]
    name = queues(f"socket://127.0.0.1:{port}")
    paid = accept(ws)
    record = documents.print_receipt(ws, paid.payment_id, printer=name)
    problem = _eventually(lambda: documents.print_problem(ws, record))
    assert problem is not None and problem.code == "print_printer_offline", problem


def test_a_job_that_never_finishes_is_stuck(roll_ws, queues, monkeypatch):
    ws = roll_ws
    # A "printer" that takes the connection and never says it is done.
    server = socket.create_server(("127.0.0.1", 0))
    held = []
    server.settimeout(30)
    name = queues(f"socket://127.0.0.1:{server.getsockname()[1]}")
    paid = accept(ws)
    record = documents.print_receipt(ws, paid.payment_id, printer=name)
    try:
        held.append(server.accept()[0])
        assert documents.print_problem(ws, record) is None        # not stuck yet
        monkeypatch.setattr(printers, "STUCK_SECONDS", 0)
        problem = _eventually(lambda: documents.print_problem(ws, record))
        assert problem.code == "print_job_stuck" and record.job_id in problem.detail
    finally:
        for conn in held:
            conn.close()
        server.close()


@pytest.mark.parametrize("reasons, state, message, code", [
    (("media-empty-error",), "stopped", "", "print_paper_out"),
    (("media-needed",), "processing", "", "print_paper_out"),
    (("offline-report",), "processing", "", "print_printer_offline"),
    (("cover-open-report",), "processing", "", "print_cover_open"),
    (("media-jam-error",), "processing", "", "print_paper_jam"),
    (("paused",), "stopped", "", "print_printer_paused"),
    (("media-low-warning",), "idle", "", None),
    ((), "processing", "The printer may not exist or is unavailable at this time.",
     "print_printer_offline"),
    ((), "idle", "", None),
])
def test_printer_state_reasons_become_what_the_desk_explains(reasons, state, message, code):
    assert printing.printer_problem(printing.PrinterState("P", state, reasons, True,
                                                          message)) == code
