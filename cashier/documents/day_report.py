"""The day's register and the Z-report as PDF (reportlab platypus), Russian / Kazakh.

Both pages carry the bank, the branch, the workstation and the business date in
the heading and "Стр. / Бет N / M" at the foot of every page. DejaVu Sans (from
resources/fonts, via cashier/documents/fonts.py) because reportlab's own fonts have
no Cyrillic, no Kazakh letters and no ₸. Output is `invariant` (no creation
time inside), so the same facts give the same bytes and the same SHA-256.

The figures come from cashier/documents/day_reports.py (`DayFacts`) and, for the Z-report,
from the close itself (`ZContent`, filled by cashier/dayclose.py).
"""

from __future__ import annotations

import io
import threading
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cashier import money
from cashier.documents import fonts
from cashier.documents.day_reports import TENDER_WORDS, VOID_TENDER_WORDS, DayFacts, Group

FONT, BOLD = fonts.REGULAR, fonts.BOLD
GREY = colors.HexColor("#555555")
SHADE = colors.HexColor("#EEEEEE")
LINE = colors.HexColor("#999999")
RED = colors.HexColor("#B00020")
WIDTH = A4[0] - 30 * mm  # the text width: 15 mm margins

REGISTER_TITLE = "РЕЕСТР ПРИНЯТЫХ ПЛАТЕЖЕЙ / ҚАБЫЛДАНҒАН ТӨЛЕМДЕР ТІЗІЛІМІ"

_render_lock = threading.Lock()  # reportlab keeps per-document state on shared font objects


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=8.5, leading=10.5)
    return {
        "base": base,
        "org": ParagraphStyle("org", base, fontName=BOLD, fontSize=11, leading=14),
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9.5, textColor=GREY),
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=12.5, leading=16,
                                alignment=TA_CENTER, spaceBefore=5, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=9.5, leading=12,
                                   alignment=TA_CENTER, spaceAfter=6),
        "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=10, leading=13, spaceBefore=6,
                             spaceAfter=3),
        "cell": base,
        "bold": ParagraphStyle("bold", base, fontName=BOLD),
        "num": ParagraphStyle("num", base, alignment=TA_RIGHT),
        "boldnum": ParagraphStyle("boldnum", base, fontName=BOLD, alignment=TA_RIGHT),
        "boldright": ParagraphStyle("boldright", base, fontName=BOLD, alignment=TA_RIGHT,
                                    rightIndent=6),
        "mono": ParagraphStyle("mono", base, fontSize=7.5, leading=9.5),
        "code": ParagraphStyle("code", base, fontSize=7.5),
        "red": ParagraphStyle("red", base, fontName=BOLD, textColor=RED),
        "green": ParagraphStyle("green", base, fontName=BOLD, textColor=colors.HexColor("#1B5E20")),
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def amount_text(minor: int) -> str:
    return money.format_amount(minor)


def _date(facts: DayFacts) -> str:
    return facts.business_date.strftime("%d.%m.%Y")


class _NumberedCanvas(rl_canvas.Canvas):
    """Draws "Стр. / Бет N / M" once the page count is known (pages are kept until save)."""

    footer_left = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 7.5)
            self.setFillColor(GREY)
            self.drawString(15 * mm, 9 * mm, self.footer_left)
            self.drawRightString(A4[0] - 15 * mm, 9 * mm,
                                 f"Стр. / Бет {self._pageNumber} / {total}")
            super().showPage()
        super().save()


def load_fonts() -> None:
    fonts.register_fonts()
    # Paragraphs map a face to its family (bold, italic); the same mapping invoice_pdf makes.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def build(story: list, title: str, footer: str, author: str) -> bytes:
    buf = io.BytesIO()

    class Canvas(_NumberedCanvas):
        footer_left = footer

    with _render_lock:
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                                topMargin=14 * mm, bottomMargin=16 * mm, title=title,
                                author=author, invariant=1)
        doc.build(story, canvasmaker=Canvas)
    return buf.getvalue()


def heading(facts: DayFacts, st, title: str) -> list:
    out = [para(facts.bank_name, st["org"])]
    branch = facts.branch_name + (f", {facts.branch_address}" if facts.branch_address else "")
    if branch:
        out.append(para(branch, st["base"]))
    out.append(para(f"Рабочее место / Жұмыс орны: {facts.workstation_id}", st["base"]))
    out.append(para(title, st["title"]))
    out.append(para(f"Операционный день / Операциялық күн: {_date(facts)}", st["subtitle"]))
    return out


def grid(rows: list, widths: list[float], style: list, header_rows: int = 1) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *style]))
    return table


_REG_WIDTHS = [31 * mm, WIDTH - 31 * mm - 24 * mm - 34 * mm, 24 * mm, 34 * mm]  # codes: 16 chars


def _register_table(group: Group, st, *, subtotals: bool, closing: list[tuple]) -> Table:
    """`closing`: (label, count, amount) rows under the table, in bold; a fourth item marks
    a part of the row above it (cash, card), in plain text."""
    rows: list = [[para("Код / Коды", st["bold"]), para("Услуга / Қызмет", st["bold"]),
                   para("Кол-во / Саны", st["boldnum"]), para("Сумма, ₸ / Сомасы, ₸", st["boldnum"])]]
    style: list = []
    for block in group.providers:
        style += [("SPAN", (0, len(rows)), (-1, len(rows))),
                  ("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.4, LINE)]
        rows.append([para(f"{block.provider_name} ({block.provider_id})", st["bold"]), "", "", ""])
        for s in block.services:
            rows.append([para(s.service_code, st["code"]), para(s.service_name, st["cell"]),
                         para(str(s.count), st["num"]), para(amount_text(s.amount), st["num"])])
        if subtotals:
            style.append(("SPAN", (0, len(rows)), (1, len(rows))))
            rows.append([para("Итого по поставщику / Жеткізуші бойынша барлығы", st["boldright"]), "",
                         para(str(block.count), st["boldnum"]),
                         para(amount_text(block.amount), st["boldnum"])])
    if not group.providers:
        style.append(("SPAN", (0, len(rows)), (-1, len(rows))))
        rows.append([para("Платежей нет / Төлемдер жоқ", st["cell"]), "", "", ""])
    for i, (label, count, amount, *part) in enumerate(closing):
        if i == 0:
            style.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.8, colors.black))
        style.append(("SPAN", (0, len(rows)), (1, len(rows))))
        bold = not part    # a part of the total above it (by tender) is not in bold
        rows.append([para(label, st["bold" if bold else "cell"]),
                     "", para(str(count), st["boldnum" if bold else "num"]),
                     para(amount_text(amount), st["boldnum" if bold else "num"])])
    return grid(rows, _REG_WIDTHS, style)


def tender_rows(group: Group, words: tuple[str, str]) -> list[tuple[str, int, int, bool]]:
    """The group's cash and card parts, under its total (a split payment counts in both)."""
    return [(words[0], group.cash_count, group.cash_amount, True),
            (words[1], group.card_count, group.card_amount, True)]


def _receipt_range(facts: DayFacts) -> str:
    if not facts.receipts:
        return "Квитанций нет / Түбіртектер жоқ"
    return (f"Квитанции / Түбіртектер: {facts.first_receipt} — {facts.last_receipt} "
            f"({facts.receipts})")


def register_pdf(facts: DayFacts, supervisor: str = "") -> bytes:
    """The register: per provider and service, subtotals, totals; voids and refusals apart."""
    load_fonts()
    st = styles()
    c = facts.counted
    story = heading(facts, st, REGISTER_TITLE)
    story.append(_register_table(c, st, subtotals=True, closing=[
        ("Итого по услугам / Қызметтер бойынша барлығы", c.lines, c.lines_amount),
        ("Комиссия банка / Банк комиссиясы", c.fee_count, c.fee_amount),
        ("ВСЕГО платежей / БАРЛЫҒЫ төлемдер", c.payments, c.amount),
        *tender_rows(c, TENDER_WORDS)]))
    story.append(Spacer(1, 2 * mm))
    story.append(para(_receipt_range(facts), st["small"]))
    for group, title, words in (
            (facts.voided, "Аннулированные платежи (не входят в итоги) / "
                           "Жойылған төлемдер (қорытындыға кірмейді)", VOID_TENDER_WORDS),
            (facts.refused, "Отклонённые ЕРЦ (не входят в итоги) / "
                            "ЕРЦ қабылдамаған төлемдер (қорытындыға кірмейді)", TENDER_WORDS)):
        if group.payments:
            story.append(KeepTogether([para(title, st["h2"]), _register_table(
                group, st, subtotals=False,
                closing=[("Всего / Барлығы (с комиссией / комиссиямен)", group.payments,
                          group.amount), *tender_rows(group, words)])]))
    story += signatures(st, facts, supervisor)
    return build(story, f"Реестр {facts.workstation_id} {facts.business_date.isoformat()}",
                  footer(facts), facts.bank_name)


def footer(facts: DayFacts) -> str:
    return (f"{facts.workstation_id} · {_date(facts)} · сформировано / жасалды "
            f"{facts.generated_at.strftime('%d.%m.%Y %H:%M')}")


def signatures(st, facts: DayFacts, supervisor: str = "") -> list:
    rows = [[para("Кассир / Кассир", st["cell"]), para(", ".join(facts.tellers) or "—", st["cell"]),
             para("____________ подпись / қолы", st["small"])],
            [para("Старший кассир / Аға кассир", st["cell"]), para(supervisor or "", st["cell"]),
             para("____________ подпись / қолы", st["small"])]]
    table = Table(rows, colWidths=[55 * mm, WIDTH - 55 * mm - 50 * mm, 50 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("TOPPADDING", (0, 0), (-1, -1), 8)]))
    return [Spacer(1, 6 * mm), KeepTogether([table])]


def pairs(rows: list[tuple[str, str]], st, bold_last: bool = False, widths=None,
           value_style: str = "num") -> Table:
    widths = widths or [WIDTH - 45 * mm, 45 * mm]
    data = [[para(k, st["cell"]), para(v, st[value_style])] for k, v in rows]
    style: list = [("LINEBELOW", (0, 0), (-1, -1), 0.25, SHADE)]
    if bold_last and rows:
        data[-1] = [para(rows[-1][0], st["bold"]), para(rows[-1][1], st["boldnum"])]
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                               ("LEFTPADDING", (0, 0), (-1, -1), 3),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 3), *style]))
    return table
