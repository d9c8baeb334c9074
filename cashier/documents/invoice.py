"""The paper invoice ("Счёт-извещение") as a PDF: the one renderer for both sides.

The reference SPC renders its invoices with it (spc/invoice_pdf.py), and the
workstation renders a LOCAL copy from its offline cache when the SPC cannot be
reached and no SPC rendering is stored. Such a copy is marked on the page
(`offline_note`: a bilingual banner and a diagonal watermark), because it is
not the SPC's document: amounts may have changed since the data was fetched.

DejaVu Sans is used because reportlab's built-in fonts have no Cyrillic and no
Kazakh letters. Output is `invariant` (no creation timestamp), so one account
state always gives the same bytes.
"""

from __future__ import annotations

import io
import threading
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cashier.documents import fonts, invoice_barcode
from cashier.model import Account
from cashier.money import currency_symbol, format_amount
from cashier.resources import font_path

FONT, FONT_BOLD, FONT_MONO = fonts.REGULAR, fonts.BOLD, "DejaVuSansMono"
MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
          "сентябрь", "октябрь", "ноябрь", "декабрь"]
UNITS = {"kWh": "кВт·ч", "m³": "м³", "Гкал": "Гкал"}
BANNER_RED = colors.HexColor("#B00020")

_fonts_lock = threading.Lock()
_fonts_ready = False
# reportlab keeps per-document state on the shared TTFont objects; renders are
# rare (the SPC caches them by ETag) so one at a time is the safe choice.
_render_lock = threading.Lock()


def _register_fonts() -> None:
    global _fonts_ready
    if _fonts_ready:
        return
    # The receipt registers DejaVu Sans under the same names; registering it
    # twice would swap the font objects under a document being drawn.
    fonts.register_fonts()
    with _fonts_lock:
        if not _fonts_ready:
            pdfmetrics.registerFont(TTFont(FONT_MONO, str(font_path("DejaVuSansMono.ttf"))))
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)
            _fonts_ready = True


def offline_note(fetched_at: datetime) -> str:
    """The banner of a locally rendered copy: Russian line, then Kazakh line."""
    when = fetched_at.strftime("%d.%m.%Y %H:%M")
    return (f"Копия по данным кэша от {when} — не счёт ЕРЦ\n"
            f"{when} кэштегі деректер бойынша көшірме — ЕРЦ шоты емес")


def _reading(thousandths: int) -> str:
    whole, frac = divmod(thousandths, 1000)
    return f"{whole:,}".replace(",", "\u00a0") + f",{frac:03d}"


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5)
    return {
        "base": base,
        "org": ParagraphStyle("org", base, fontName=FONT_BOLD, fontSize=12, leading=15),
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=15, leading=19,
                                spaceBefore=4, spaceAfter=6),
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9.5,
                                textColor=colors.HexColor("#444444")),
        "digits": ParagraphStyle("digits", base, fontName=FONT_MONO, fontSize=8.5, leading=10),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
        "num": ParagraphStyle("num", base, fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5),
        "headnum": ParagraphStyle("headnum", base, fontName=FONT_BOLD, fontSize=8.5,
                                  leading=10.5, alignment=TA_RIGHT),
        "banner": ParagraphStyle("banner", base, fontName=FONT_BOLD, fontSize=11, leading=14,
                                 textColor=BANNER_RED),
        "banner2": ParagraphStyle("banner2", base, fontSize=9.5, leading=12,
                                  textColor=BANNER_RED),
    }


def _banner(note: str, st: dict[str, ParagraphStyle]) -> Table:
    lines = [line for line in note.splitlines() if line.strip()]
    rows = [[Paragraph(escape(line), st["banner"] if i == 0 else st["banner2"])]
            for i, line in enumerate(lines)]
    box = Table(rows, colWidths=[174 * mm], hAlign="LEFT")
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.5, BANNER_RED),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FDECEE")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("TOPPADDING", (0, 0), (0, 0), 2.5 * mm),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 2.5 * mm),
    ]))
    return box


def _watermark(canvas, doc) -> None:
    # Drawn before the page's content, so it lies underneath; placed in the
    # lower part of the page, clear of the barcode of a typical invoice.
    canvas.saveState()
    canvas.setFillColor(BANNER_RED, alpha=0.10)
    canvas.setFont(FONT_BOLD, 46)
    width, height = A4
    canvas.translate(width / 2, height * 0.24)
    canvas.rotate(35)
    canvas.drawCentredString(0, 12 * mm, "КОПИЯ ИЗ КЭША")
    canvas.drawCentredString(0, -12 * mm, "КЭШТЕГІ КӨШІРМЕ")
    canvas.restoreState()


def render_invoice(account: Account, *, issuer: str, offline_note: str | None = None,
                   subtitle: str | None = None, footer: str | None = None) -> bytes:
    """The invoice PDF for an account's current period.

    `issuer` heads the page (the SPC's name, or the bank for a local copy).
    `offline_note` (lines separated by "\\n", the first in bold) marks a copy
    rendered from cached data: a red banner above everything and a watermark.
    `subtitle` goes under the issuer, `footer` at the bottom, both in small print.
    """
    _register_fonts()
    st = _styles()
    year, month = account.period.split("-")
    total = account.total_due  # advances and zeros do not reduce the other services
    payload = invoice_barcode.encode(account.account, account.period, total)
    currency = account.currency

    story: list = []
    if offline_note:
        story += [_banner(offline_note, st), Spacer(1, 4 * mm)]
    story.append(Paragraph(escape(issuer), st["org"]))
    if subtitle:
        story.append(Paragraph(escape(subtitle), st["small"]))
    story.append(Paragraph(f"Счёт-извещение за {MONTHS[int(month) - 1]} {year} г.", st["title"]))
    info = [
        ["Лицевой счёт", account.account],
        ["Плательщик", account.holder],
        ["Адрес", account.address],
        ["Период", f"{month}.{year}"],
        ["Валюта", currency],
    ]
    info_table = Table([[Paragraph(k, st["base"]),
                         Paragraph(escape(v), st["head"] if k == "Лицевой счёт" else st["base"])]
                        for k, v in info], colWidths=[32 * mm, 140 * mm], hAlign="LEFT")
    info_table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [info_table, Spacer(1, 5 * mm)]

    head = ["Услуга", "Поставщик", "Счётчик", "Пред. показание",
            f"К оплате, {currency_symbol(currency)}"]
    rows = [[Paragraph(h, st["headnum"] if i >= 3 else st["head"]) for i, h in enumerate(head)]]
    has_advance = False
    for s in account.services:
        has_advance |= s.amount_due < 0
        meter = s.meter
        rows.append([
            Paragraph(f"{escape(s.name)} <font color='#666666'>({s.code})</font>", st["cell"]),
            Paragraph(escape(s.provider.name), st["cell"]),
            Paragraph(escape(meter.id) if meter else "—", st["cell"]),
            Paragraph(f"{_reading(meter.previous_reading)} {escape(UNITS.get(meter.unit, meter.unit))}"
                      if meter else "—", st["num"]),
            Paragraph(format_amount(s.amount_due) + (" *" if s.amount_due < 0 else ""), st["num"]),
        ])
    rows.append([Paragraph("Итого к оплате", st["head"]), "", "", "",
                 Paragraph(format_amount(total, currency), st["headnum"])])
    table = Table(rows, colWidths=[44 * mm, 44 * mm, 24 * mm, 32 * mm, 30 * mm],
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F4F4F4")),
        ("SPAN", (0, -1), (3, -1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(table)
    if has_advance:
        story.append(Spacer(1, 1.5 * mm))
        story.append(Paragraph("* Отрицательная сумма — аванс (переплата прошлых периодов); "
                               "в итог к оплате не входит.", st["small"]))
    story.append(Spacer(1, 7 * mm))
    # The digits are drawn as a paragraph of their own, not as reportlab's
    # human-readable line, which sits on top of the bars' bottom edge.
    code = createBarcodeDrawing("Code128", value=payload, barWidth=0.30 * mm,
                                barHeight=14 * mm, humanReadable=False, quiet=False)
    story.append(code)
    story.append(Spacer(1, 1.5 * mm))
    story.append(Paragraph(payload, st["digits"]))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph("Штрихкод: лицевой счёт, период и сумма к оплате "
                           "(формат docs/invoice-barcode.md). Сумму можно изменить при оплате.",
                           st["small"]))
    if footer:
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph(escape(footer), st["small"]))

    title = f"Счёт-извещение {account.account} {account.period}"
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, invariant=1,
                            title=f"Копия: {title}" if offline_note else title, author=issuer)
    page = _watermark if offline_note else (lambda canvas, doc: None)
    with _render_lock:
        doc.build(story, onFirstPage=page, onLaterPages=page)
    return out.getvalue()
