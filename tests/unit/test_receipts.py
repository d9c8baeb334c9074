"""Receipt PDFs rendered for real and read back with pypdf (and pdftoppm when present)."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from datetime import datetime, timedelta, timezone

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from cashier import money
from cashier.model import Payment, PaymentLine
from cashier.documents.fonts import BOLD, REGULAR
from cashier.documents.receipt_pdf import (BANK_COPY, CUT_LABEL, PAYER_COPY, SCISSORS, ReceiptHeader,
                              render_receipt, receipt_text, write_receipt)

ALMATY = timezone(timedelta(hours=5))
PAGE_W, PAGE_H = 595.2756, 841.8898

HEADER = ReceiptHeader(
    bank_name="АО «Демо Банк Қазақстан»", bank_bin="123456789012",
    branch_name="Алматинский филиал № 17 «Өрлеу»",
    branch_address="050060, г. Алматы, пр. Әл-Фараби, 77/8",
    workstation_id="ALM-017-WS03", teller_name="Сәрсенбаева Гүлнұр Ерланқызы")

ELEC = PaymentLine("ELEC", "Электроэнергия", "P1", "АлматыЭнергоСбыт", 845_67,
                   reading=12_560_000, previous_reading=12_410_000, unit="кВт·ч")
HEAT = PaymentLine("HEAT", "Жылу", "P2", "Шаһар жылу желілері", 300_00)
WATER = PaymentLine("WATER", "Суық су", "P3", "АлматыСу", 126_59,
                    reading=789_500, previous_reading=780_000, unit="м³")
SEVEN = (
    ELEC, HEAT, WATER,
    PaymentLine("HOTW", "Ыстық су / Горячая вода", "P3", "АлматыСу", 2_150_40,
                reading=456_250, previous_reading=451_000, unit="м³"),
    PaymentLine("GAS", "Газ", "P4", "ҚазТрансГаз Аймақ", 980_15,
                reading=5_432_100, previous_reading=5_400_000, unit="м³"),
    PaymentLine("WASTE", "Қоқыс шығару / Вывоз твёрдых бытовых отходов", "P5",
                "Тазалық-Сервис өңірлік операторы ЖШС", 560_00),
    PaymentLine("KSK", "Содержание общего имущества (КСК «Әлем-Құрылыс»)", "P6",
                "КСК «Әлем»", 3_000_00),
)
QR_TEXT = ("RCPT1|5f2c1e9a-8b7d-4c3e-9f10-2a6b4d8e0c11|0042|1272.26|2024-03-15|"
           "0123456789abcdef")
LONG_ADDRESS = ("г. Алматы, Бостандыкский район, мкр. Орбита-3, ул. Мұстафа Өзтүрік, д. 12/4, "
                "кв. 187, подъезд 5, этаж 9, вход со двора, домофон 187К, ориентир: "
                "напротив школы-гимназии № 159 имени Әбу Насыр әл-Фарабидің")


def make_payment(lines=(ELEC, HEAT, WATER), fee=0, tendered=None, *, receipt_no="0042",
                 holder="Жұмабекова Ә*** Қ***", address="г. Алматы, ул. Төле би, 15, кв. 3",
                 accepted_at=datetime(2024, 3, 15, 9, 5, 7, tzinfo=timezone.utc)) -> Payment:
    total = sum(line.amount for line in lines) + fee
    tendered = total if tendered is None else tendered
    return Payment(
        payment_id="5f2c1e9a-8b7d-4c3e-9f10-2a6b4d8e0c11", receipt_no=receipt_no,
        workstation_id=HEADER.workstation_id, teller_id="t17", accepted_at=accepted_at,
        business_date=accepted_at.date(), account="100200300400", holder=holder,
        address=address, period="2024-02", currency="KZT", lines=tuple(lines), fee=fee,
        total=total, tendered=tendered, change=tendered - total)


def norm(text: str) -> str:
    """Collapse every kind of whitespace (NBSP group separators included) to one space."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def fragments(pdf: bytes) -> list[dict]:
    """Every text fragment with its page position, font and effective size."""
    out = []

    def visit(text, cm, tm, font_dict, font_size):
        if not text.strip():
            return
        a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        base = str(font_dict.get("/BaseFont", "")) if font_dict else ""
        out.append({"text": text, "x": x, "y": y, "rotated": abs(b) > 1e-6,
                    "size": font_size * (a ** 2 + b ** 2) ** 0.5, "font": base})

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return out


def font_name(base: str) -> str:
    name = base.split("+", 1)[-1]
    return {"DejaVuSans": REGULAR, "DejaVuSans-Bold": BOLD}[name]


# --- content -----------------------------------------------------------------------------

def test_receipt_shows_number_account_total_and_currency():
    pdf = render_receipt(make_payment(), HEADER)
    text = norm(receipt_text(pdf))
    assert "0042" in text
    assert "100200300400" in text
    assert "1 272,26 ₸" in text  # 845,67 + 300,00 + 126,59 with NBSP grouping
    assert money.format_amount(127226, "KZT") == "1\u00a0272,26\u00a0₸"
    for label in ("Квитанция / Түбіртек", "Лицевой счёт / Дербес шот", "Период / Кезең",
                  "Итого / Барлығы", "Принято / Қабылданды", "Сдача / Қайтарым",
                  "Кассир / Кассир", "Показания / Көрсеткіш"):
        assert label.upper() in text.upper(), label
    assert "ОПЛАЧЕНО" in text and "ТӨЛЕНДІ" in text and "PAID" in text
    for letter in "әқөүіңғұһ":
        assert letter in text, letter
    assert "АО «Демо Банк Қазақстан»" in text
    assert "БИН / БСН: 123456789012" in text
    assert "02.2024" in text  # the period


def test_metered_lines_show_readings_consumption_and_unit():
    text = norm(receipt_text(render_receipt(make_payment(), HEADER)))
    assert "12 410 → 12 560" in text
    assert "150 кВт·ч" in text
    assert "780 → 789,5" in text and "9,5 м³" in text


def test_without_readings_there_is_no_readings_column():
    text = norm(receipt_text(render_receipt(make_payment(lines=(HEAT,)), HEADER)))
    assert "Жылу" in text and "300,00 ₸" in text
    assert "Көрсеткіш" not in text


def test_fee_line_only_when_there_is_a_fee():
    with_fee = norm(receipt_text(render_receipt(make_payment(fee=150_00, tendered=2_000_00), HEADER)))
    assert "Комиссия / Комиссия 150,00 ₸" in with_fee
    assert "1 422,26 ₸" in with_fee            # total with the fee
    assert "2 000,00 ₸" in with_fee            # tendered
    assert "577,74 ₸" in with_fee              # change
    no_fee = norm(receipt_text(render_receipt(make_payment(), HEADER)))
    assert "Комиссия" not in no_fee


def test_reprint_is_marked_as_copy():
    original = receipt_text(render_receipt(make_payment(), HEADER))
    reprint = norm(receipt_text(render_receipt(make_payment(), HEADER, copy=True)))
    assert "КОПИЯ" not in original
    assert "КОПИЯ / КӨШІРМЕ / COPY" in reprint


def test_time_is_shown_in_the_given_zone_or_as_stored():
    p = make_payment()
    assert "15.03.2024 09:05:07 (UTC+00:00)" in receipt_text(render_receipt(p, HEADER))
    shown = receipt_text(render_receipt(p, HEADER, tz=ALMATY))
    assert "15.03.2024 14:05:07 (UTC+05:00)" in shown
    # Late in the evening UTC is the next day in Almaty: the stamp's date follows the zone.
    late = make_payment(accepted_at=datetime(2024, 3, 15, 21, 0, tzinfo=timezone.utc))
    assert "16.03.2024" in receipt_text(render_receipt(late, HEADER, tz=ALMATY))


def test_optional_header_fields_may_be_empty():
    header = ReceiptHeader("Банк", "", "Отделение 1", "", "WS1", "Иванов И.")
    text = receipt_text(render_receipt(make_payment(), header))
    assert "БИН" not in text
    assert "Отделение 1" in text and "Иванов И." in text


# --- fonts and glyphs --------------------------------------------------------------------

def test_embedded_fonts_are_dejavu():
    reader = PdfReader(io.BytesIO(render_receipt(make_payment(), HEADER, copy=True)))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        assert "DejaVu" in str(font["/BaseFont"])
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, "the TTF must be embedded"


def _input_strings(payment: Payment, header: ReceiptHeader) -> list[str]:
    strings = [header.bank_name, header.bank_bin, header.branch_name, header.branch_address,
               header.workstation_id, header.teller_name, payment.receipt_no, payment.account,
               payment.holder, payment.address, payment.payment_id]
    for line in payment.lines:
        strings += [line.service_name, line.provider_name, line.unit or ""]
    return strings


@pytest.mark.parametrize("lines,fee", [((ELEC, HEAT, WATER), 0), (SEVEN, 150_00)])
def test_no_glyph_is_missing(lines, fee):
    payment = make_payment(lines, fee, tendered=30_000_00, address=LONG_ADDRESS,
                           holder="Жұмабекова-Әбдіқадырова Ә*** Қ*** Өмірбекқызы")
    text = receipt_text(render_receipt(payment, HEADER, qr_payload=QR_TEXT))
    assert "\x00" not in text  # pypdf's stand-in for a glyph the font did not have
    extracted = set(norm(text))
    regular = pdfmetrics.getFont(REGULAR).face.charToGlyph
    bold = pdfmetrics.getFont(BOLD).face.charToGlyph
    for s in _input_strings(payment, HEADER) + ["₸", "→", "№", "«", "»", SCISSORS]:
        for ch in norm(s):
            assert ch in extracted, f"{ch!r} from {s!r} is not in the PDF text"
            assert ord(ch) in regular and ord(ch) in bold, f"DejaVu has no glyph for {ch!r}"


# --- layout ------------------------------------------------------------------------------

def _assert_inside(frags, top, bottom, margin=30.0):
    assert frags
    for f in frags:
        assert bottom <= f["y"] <= top, f
        assert margin <= f["x"] <= PAGE_W - margin, f
        if not f["rotated"]:
            w = pdfmetrics.stringWidth(f["text"], font_name(f["font"]), f["size"])
            assert f["x"] + w <= PAGE_W - margin + 0.5, f"runs off the page: {f}"


def _half(frags, upper: bool):
    return [f for f in frags if (f["y"] > PAGE_H / 2) == upper]


@pytest.mark.parametrize("copy", [False, True])
def test_seven_lines_long_address_fit_each_copy_in_its_half(copy):
    payment = make_payment(SEVEN, 150_00, tendered=30_000_00, address=LONG_ADDRESS,
                           holder="Жұмабекова-Әбдіқадырова Әйгерім Қайратқызы " * 2)
    pdf = render_receipt(payment, HEADER, copy=copy, qr_payload=QR_TEXT)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    frags = [f for f in fragments(pdf) if not (copy and f["rotated"] and f["size"] > 20)]
    cut = [f for f in frags if CUT_LABEL in f["text"] or SCISSORS in f["text"]]
    assert cut and all(abs(f["y"] - PAGE_H / 2) < 6 for f in cut)  # the tear line sits on the middle
    frags = [f for f in frags if f not in cut]
    # Nothing of either copy comes within 5 mm of the tear line.
    _assert_inside(_half(frags, True), PAGE_H, PAGE_H / 2 + 14)
    _assert_inside(_half(frags, False), PAGE_H / 2 - 14, 0)
    for upper, title in ((True, BANK_COPY), (False, PAYER_COPY)):
        text = norm(" ".join(f["text"] for f in _half(frags, upper)))
        assert norm(title) in text
        assert "ОПЛАЧЕНО" in text and "ТӨЛЕНДІ" in text  # the stamp, on both copies
        assert "школы-гимназии" in text  # the address wrapped, not cut
        assert "0042" in text and "100200300400" in text
        for line in SEVEN:
            assert norm(money.format_amount(line.amount, "KZT")) in text
        assert ("КОПИЯ / КӨШІРМЕ / COPY" in text) == copy
    # Only the bank's copy asks for the payer's signature; only the payer's thanks them.
    upper = norm(" ".join(f["text"] for f in _half(frags, True)))
    lower = norm(" ".join(f["text"] for f in _half(frags, False)))
    assert "Подпись плательщика" in upper and "Подпись плательщика" not in lower
    assert "Спасибо за оплату" in lower and "Спасибо за оплату" not in upper


def test_both_copies_are_the_same_receipt_on_one_page():
    text = norm(receipt_text(render_receipt(make_payment(), HEADER, qr_payload=QR_TEXT)))
    assert text.count("№ 0042") == 2
    assert text.count("1 272,26 ₸") >= 4  # total and tendered, on each copy
    assert text.count("ОПЛАЧЕНО") == 2
    assert "Экземпляр банка / Банк данасы" in text
    assert "Экземпляр плательщика / Төлеушінің данасы" in text
    assert "✂" in text and "линия отреза / кесу сызығы" in text
    assert text.count("Код проверки / Тексеру коды: 0123456789abcdef") == 2


def test_a_very_long_list_puts_each_copy_on_its_own_page():
    many = tuple(PaymentLine(f"S{i}", f"Услуга № {i} — қызмет", "P", "Жеткізуші ЖШС", 100_00 + i)
                 for i in range(30))
    pdf = render_receipt(make_payment(many), HEADER, qr_payload=QR_TEXT)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 2
    for page, title in zip(pages, (BANK_COPY, PAYER_COPY)):
        text = norm(page.extract_text())
        assert norm(title) in text
        assert "Услуга № 29" in text and "ОПЛАЧЕНО" in text
        assert CUT_LABEL not in text  # separate sheets: nothing to tear
    _assert_inside(fragments(pdf), PAGE_H, 0)


def test_fee_names_its_providers_when_the_rules_explain_it():
    from cashier.fee_config import rules_from_config
    rules = rules_from_config({"P1": {"percent": "1", "minimum": "50.00"}, "P5": {"fixed": "100.00"}})
    payment = make_payment(SEVEN, 150_00, tendered=30_000_00)
    text = norm(receipt_text(render_receipt(payment, HEADER, fee_rules=rules)))
    assert "Комиссия / Комиссия 150,00 ₸" in text
    assert "— АлматыЭнергоСбыт 50,00 ₸" in text
    assert "— Тазалық-Сервис өңірлік операторы ЖШС 100,00 ₸" in text
    # Rules that do not add up to the stored fee (changed since): the fee alone, no names.
    other = rules_from_config({"P1": {"fixed": "10.00"}})
    text = norm(receipt_text(render_receipt(payment, HEADER, fee_rules=other)))
    assert "Комиссия / Комиссия 150,00 ₸" in text and "— АлматыЭнергоСбыт" not in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None and not os.environ.get("CI"),
                    reason="pdftoppm (poppler-utils) not installed (under CI: a failure)")
def test_stamp_ink_does_not_cover_the_totals(tmp_path):
    payment = make_payment(SEVEN, 150_00, tendered=30_000_00)
    pdf_path = write_receipt(tmp_path / "r.pdf", payment, HEADER)
    pdf = pdf_path.read_bytes()
    dpi = 50
    subprocess.run(["pdftoppm", "-r", str(dpi), str(pdf_path), str(tmp_path / "p")], check=True)
    ppm = next(tmp_path.glob("p*.ppm")).read_bytes()
    header_end, (w, h) = _ppm_header(ppm)
    pixels = ppm[header_end:]
    amounts = {norm(money.format_amount(v, "KZT")) for v in
               (payment.total, payment.tendered, payment.change, payment.fee)}
    all_totals = [f for f in fragments(pdf) if norm(f["text"]).strip() in amounts]
    scale = dpi / 72
    for upper in (True, False):  # the bank's copy, then the payer's
        totals = _half(all_totals, upper)
        assert len(totals) >= 4
        x1 = int(min(f["x"] for f in totals) * scale) - 2
        ys = [f["y"] for f in totals]
        top = int((PAGE_H - max(ys) - 14) * scale)
        bottom = int((PAGE_H - min(ys) + 4) * scale)
        blue = 0
        for row in range(top, bottom):
            for col in range(x1, w):
                r, g, b = pixels[(row * w + col) * 3:(row * w + col) * 3 + 3]
                blue += b > r + 40 and b > g + 20
        assert blue == 0
    # ...and the stamp is really there, in blue, on the page.
    assert sum(1 for i in range(0, len(pixels), 3) if pixels[i + 2] > pixels[i] + 40) > 200


def _ppm_header(data: bytes):
    parts, pos = [], 0
    while len(parts) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        parts.append(data[pos:end])
        pos = end
    return pos + 1, (int(parts[1]), int(parts[2]))


# --- files and determinism ---------------------------------------------------------------

def test_write_receipt_is_a_valid_pdf_and_leaves_no_temp_files(tmp_path):
    target = tmp_path / "receipts" / "0042.pdf"
    result = write_receipt(target, make_payment(), HEADER)
    assert result == target
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert len(PdfReader(str(target)).pages) == 1
    assert os.listdir(target.parent) == ["0042.pdf"]
    # Overwriting (a reprint to the same path) replaces the file, still no leftovers.
    write_receipt(target, make_payment(), HEADER, copy=True)
    assert os.listdir(target.parent) == ["0042.pdf"]
    assert "КОПИЯ" in receipt_text(target.read_bytes())


def test_same_payment_gives_the_same_receipt():
    a = render_receipt(make_payment(SEVEN, 150_00, tendered=30_000_00), HEADER, tz=ALMATY,
                       qr_payload=QR_TEXT)
    b = render_receipt(make_payment(SEVEN, 150_00, tendered=30_000_00), HEADER, tz=ALMATY,
                       qr_payload=QR_TEXT)
    assert receipt_text(a) == receipt_text(b)
    assert a == b  # reportlab's invariant mode: no timestamp, fixed document id


def test_metadata_names_the_receipt():
    meta = PdfReader(io.BytesIO(render_receipt(make_payment(), HEADER))).metadata
    assert "0042" in meta.title
    assert meta.author == HEADER.bank_name


def test_the_receipt_is_a4():
    box = PdfReader(io.BytesIO(render_receipt(make_payment(), HEADER))).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def _at_every_bound(unit_reading: bool = True) -> Payment:
    """A payment as long as the SPC's answers may make one: model.MAX_SERVICES lines, every
    name, the holder and the address at model.MAX_TEXT, readings on every line."""
    from cashier.model import MAX_SERVICES, MAX_TEXT
    name = ("Содержание и текущий ремонт общего имущества объекта кондоминиума, "
            "Қоқыс шығару және тұрмыстық қалдықтарды кәдеге жарату ") * 4
    lines = [PaymentLine(f"S{i:02d}", name[:MAX_TEXT["name"]], f"P{i}", name[:MAX_TEXT["name"]],
                         9_999_999_99, reading=999_999_999 if unit_reading else None,
                         previous_reading=999_000_000 if unit_reading else None,
                         unit="м³" if unit_reading else None)
             for i in range(MAX_SERVICES)]
    return make_payment(lines, holder=("Жұмабекова-Сәрсенбаева Әйгерім " * 8)[:MAX_TEXT["holder"]],
                        address=(LONG_ADDRESS * 3)[:MAX_TEXT["address"]])


def test_a_payment_at_every_bound_the_spc_may_send_still_makes_its_receipts():
    """Whatever answer the desk accepts and commits a payment for, its receipt can be drawn:
    an owed receipt that can never be made would block the day close for good."""
    from cashier.documents.receipt_roll import render_roll_receipt
    for payment in (_at_every_bound(), _at_every_bound(unit_reading=False)):
        pdf = render_receipt(payment, HEADER, tz=ALMATY, qr_payload=QR_TEXT)
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) == 2   # each copy on a page of its own
        text = norm(receipt_text(pdf))
        assert text.count(norm(money.format_amount(9_999_999_99, "KZT"))) >= 2 * 50
        assert norm(money.format_amount(payment.total, "KZT")) in text
        roll = render_roll_receipt(payment, HEADER, tz=ALMATY, qr_payload=QR_TEXT)
        assert norm(money.format_amount(payment.total, "KZT")) in norm(receipt_text(roll))
        pages = PdfReader(io.BytesIO(roll)).pages
        assert len(pages) == 2 and all(float(page.mediabox.height) <= 1500 * 72 / 25.4 + 1
                                       for page in pages)


def test_the_void_slip_of_a_payment_at_every_bound_can_be_drawn():
    from cashier.documents.receipt_layout import Line
    from cashier.documents.void_slip_layout import SlipContent, render_slip
    from cashier.payments.voids import MAX_REASON
    payment = _at_every_bound(unit_reading=False)
    amount = money.format_amount(9_999_999_99, "KZT")
    slip = SlipContent(
        header=HEADER, receipt_no=payment.receipt_no, payment_id=payment.payment_id,
        paid_at="15.03.2024 14:05:07", voided_at="15.03.2024 14:52:48", stamp_date="15.03.2024",
        account=payment.account, holder=payment.holder, address=payment.address, period="02.2024",
        lines=tuple(Line(pl.service_name, pl.provider_name, "", "", amount) for pl in payment.lines),
        subtotal=money.format_amount(payment.total, "KZT"), fee=None,
        refunded=money.format_amount(payment.total, "KZT"), reason="П" * MAX_REASON,
        teller="Сәрсенбаева Гүлнұр Ерланқызы (t.sarsenbayeva)",
        supervisor="Омаров Серік Болатұлы (s.omarov)")
    text = norm(receipt_text(render_slip(slip)))
    assert norm(money.format_amount(payment.total, "KZT")) in text
