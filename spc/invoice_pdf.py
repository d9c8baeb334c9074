"""The SPC's rendering of the paper invoice ("Счёт-извещение") as a PDF.

DejaVu Sans is registered because reportlab's built-in fonts have no
Cyrillic (every letter would be a box). Output is `invariant` (no creation
timestamp) so one account state always gives the same bytes.
"""

from __future__ import annotations

import io
import threading

from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cashier.money import currency_symbol, format_amount, from_wire, reading_from_wire
from cashier.resources import font_path

from spc import barcode

SPC_NAME = "ТОО «Единый расчётный центр» (демо)"
FONT, FONT_BOLD, FONT_MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"
MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
          "сентябрь", "октябрь", "ноябрь", "декабрь"]
UNITS = {"kWh": "кВт·ч", "m³": "м³", "Гкал": "Гкал"}

_fonts_lock = threading.Lock()
_fonts_ready = False


def _register_fonts() -> None:
    global _fonts_ready
    with _fonts_lock:
        if not _fonts_ready:
            pdfmetrics.registerFont(TTFont(FONT, str(font_path("DejaVuSans.ttf"))))
            pdfmetrics.registerFont(TTFont(FONT_BOLD, str(font_path("DejaVuSans-Bold.ttf"))))
            pdfmetrics.registerFont(TTFont(FONT_MONO, str(font_path("DejaVuSansMono.ttf"))))
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)
            _fonts_ready = True


def total_due(account: dict) -> int:
    """What the invoice asks for: advances and zeros do not reduce other services."""
    return sum(max(0, from_wire(s["amount_due"])) for s in account["services"])


def _reading(text: str) -> str:
    whole, frac = divmod(reading_from_wire(text), 1000)
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
    }


def render(account: dict) -> bytes:
    """A PDF for an account body as GET /v1/accounts/{account} returns it."""
    _register_fonts()
    st = _styles()
    year, month = account["period"].split("-")
    total = total_due(account)
    payload = barcode.encode(account["account"], account["period"], total)
    currency = account["currency"]

    story = [
        Paragraph(SPC_NAME, st["org"]),
        Paragraph("Алматы · приём платежей в отделениях банков-агентов", st["small"]),
        Paragraph(f"Счёт-извещение за {MONTHS[int(month) - 1]} {year} г.", st["title"]),
    ]
    info = [
        ["Лицевой счёт", account["account"]],
        ["Плательщик", account["holder"]],
        ["Адрес", account["address"]],
        ["Период", f"{month}.{year}"],
        ["Валюта", currency],
    ]
    info_table = Table([[Paragraph(k, st["base"]), Paragraph(v, st["head"] if k == "Лицевой счёт"
                                                             else st["base"])]
                        for k, v in info], colWidths=[32 * mm, 140 * mm], hAlign="LEFT")
    info_table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [info_table, Spacer(1, 5 * mm)]

    head = ["Услуга", "Поставщик", "Счётчик", "Пред. показание",
            f"К оплате, {currency_symbol(currency)}"]
    rows = [[Paragraph(h, st["headnum"] if i >= 3 else st["head"]) for i, h in enumerate(head)]]
    has_advance = False
    for s in account["services"]:
        amount = from_wire(s["amount_due"])
        has_advance |= amount < 0
        meter = s["meter"]
        rows.append([
            Paragraph(f"{s['name']} <font color='#666666'>({s['code']})</font>", st["cell"]),
            Paragraph(s["provider"]["name"], st["cell"]),
            Paragraph(meter["id"] if meter else "—", st["cell"]),
            Paragraph(f"{_reading(meter['previous_reading'])} {UNITS.get(meter['unit'], meter['unit'])}"
                      if meter else "—", st["num"]),
            Paragraph(format_amount(amount) + (" *" if amount < 0 else ""), st["num"]),
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
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("Демонстрационный документ эталонного сервера СПЦ; "
                           "не является платёжным требованием.", st["small"]))

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, invariant=1,
                            title=f"Счёт-извещение {account['account']} {account['period']}",
                            author=SPC_NAME)
    doc.build(story)
    return out.getvalue()
