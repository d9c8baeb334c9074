"""The day's register and the Z-report as PDF (reportlab platypus), Russian / Kazakh.

Both pages carry the bank, the branch, the workstation and the business date in
the heading and "Стр. / Бет N / M" at the foot of every page. DejaVu Sans (from
resources/fonts, via cashier/fonts.py) because reportlab's own fonts have
no Cyrillic, no Kazakh letters and no ₸. Output is `invariant` (no creation
time inside), so the same facts give the same bytes and the same SHA-256.

The figures come from cashier/documents/day_reports.py (`DayFacts`) and, for the Z-report,
from the close itself (`ZContent`, filled by cashier/dayclose.py).
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from datetime import datetime
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
from cashier.dayclose.reconcile import Difference
from cashier.documents.day_reports import DayFacts, Group

FONT, BOLD = fonts.REGULAR, fonts.BOLD
GREY = colors.HexColor("#555555")
SHADE = colors.HexColor("#EEEEEE")
LINE = colors.HexColor("#999999")
RED = colors.HexColor("#B00020")
WIDTH = A4[0] - 30 * mm  # the text width: 15 mm margins

REGISTER_TITLE = "РЕЕСТР ПРИНЯТЫХ ПЛАТЕЖЕЙ / ҚАБЫЛДАНҒАН ТӨЛЕМДЕР ТІЗІЛІМІ"
Z_TITLE = "Z-ОТЧЁТ: ЗАКРЫТИЕ ОПЕРАЦИОННОГО ДНЯ / Z-ЕСЕП: ОПЕРАЦИЯЛЫҚ КҮНДІ ЖАБУ"

_render_lock = threading.Lock()  # reportlab keeps per-document state on shared font objects


@dataclass(frozen=True)
class ZCash:
    opening_float: int
    received: int        # cash tendered by payers
    change: int          # change given back (positive)
    handovers: int       # taken to the vault during the day (positive)
    refunds: int         # paid back for voids (positive)
    expected: int        # what the drawer should hold at the count
    counted: int
    difference: int      # counted - expected: + over, - short
    note: str
    counts: tuple[tuple[str, int, int, int], ...]   # (kind, value in tenge, pieces, minor)
    sessions: tuple[str, ...] = ()                  # one line per cash session of the day


@dataclass(frozen=True)
class ZReconciliation:
    local_count: int
    local_amount: int
    spc_count: int
    spc_amount: int
    matched: int
    differences: tuple[Difference, ...]
    differences_note: str


@dataclass(frozen=True)
class ZContent:
    facts: DayFacts
    cash: ZCash
    reconciliation: ZReconciliation
    supervisor: str      # "Name (user id)"
    closed_at: datetime
    audit_hash: str      # the audit chain's last hash before the day.closed entry
    register_sha256: tuple[tuple[str, str], ...] = ()   # (file kind, sha256) of the register


def _styles() -> dict[str, ParagraphStyle]:
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


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _amount(minor: int) -> str:
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


def _fonts() -> None:
    fonts.register_fonts()
    # Paragraphs map a face to its family (bold, italic); the same mapping invoice_pdf makes.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def _build(story: list, title: str, footer: str, author: str) -> bytes:
    buf = io.BytesIO()

    class Canvas(_NumberedCanvas):
        footer_left = footer

    with _render_lock:
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                                topMargin=14 * mm, bottomMargin=16 * mm, title=title,
                                author=author, invariant=1)
        doc.build(story, canvasmaker=Canvas)
    return buf.getvalue()


def _heading(facts: DayFacts, st, title: str) -> list:
    out = [_p(facts.bank_name, st["org"])]
    branch = facts.branch_name + (f", {facts.branch_address}" if facts.branch_address else "")
    if branch:
        out.append(_p(branch, st["base"]))
    out.append(_p(f"Рабочее место / Жұмыс орны: {facts.workstation_id}", st["base"]))
    out.append(_p(title, st["title"]))
    out.append(_p(f"Операционный день / Операциялық күн: {_date(facts)}", st["subtitle"]))
    return out


def _grid(rows: list, widths: list[float], style: list, header_rows: int = 1) -> Table:
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


def _register_table(group: Group, st, *, subtotals: bool,
                    closing: list[tuple[str, int, int]]) -> Table:
    rows: list = [[_p("Код / Коды", st["bold"]), _p("Услуга / Қызмет", st["bold"]),
                   _p("Кол-во / Саны", st["boldnum"]), _p("Сумма, ₸ / Сомасы, ₸", st["boldnum"])]]
    style: list = []
    for block in group.providers:
        style += [("SPAN", (0, len(rows)), (-1, len(rows))),
                  ("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.4, LINE)]
        rows.append([_p(f"{block.provider_name} ({block.provider_id})", st["bold"]), "", "", ""])
        for s in block.services:
            rows.append([_p(s.service_code, st["code"]), _p(s.service_name, st["cell"]),
                         _p(str(s.count), st["num"]), _p(_amount(s.amount), st["num"])])
        if subtotals:
            style.append(("SPAN", (0, len(rows)), (1, len(rows))))
            rows.append([_p("Итого по поставщику / Жеткізуші бойынша барлығы", st["boldright"]), "",
                         _p(str(block.count), st["boldnum"]),
                         _p(_amount(block.amount), st["boldnum"])])
    if not group.providers:
        style.append(("SPAN", (0, len(rows)), (-1, len(rows))))
        rows.append([_p("Платежей нет / Төлемдер жоқ", st["cell"]), "", "", ""])
    for i, (label, count, amount) in enumerate(closing):
        if i == 0:
            style.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.8, colors.black))
        style.append(("SPAN", (0, len(rows)), (1, len(rows))))
        rows.append([_p(label, st["bold"]), "", _p(str(count), st["boldnum"]),
                     _p(_amount(amount), st["boldnum"])])
    return _grid(rows, _REG_WIDTHS, style)


def _receipt_range(facts: DayFacts) -> str:
    if not facts.receipts:
        return "Квитанций нет / Түбіртектер жоқ"
    return (f"Квитанции / Түбіртектер: {facts.first_receipt} — {facts.last_receipt} "
            f"({facts.receipts})")


def register_pdf(facts: DayFacts, supervisor: str = "") -> bytes:
    """The register: per provider and service, subtotals, totals; voids and refusals apart."""
    _fonts()
    st = _styles()
    c = facts.counted
    story = _heading(facts, st, REGISTER_TITLE)
    story.append(_register_table(c, st, subtotals=True, closing=[
        ("Итого по услугам / Қызметтер бойынша барлығы", c.lines, c.lines_amount),
        ("Комиссия банка / Банк комиссиясы", c.fee_count, c.fee_amount),
        ("ВСЕГО платежей / БАРЛЫҒЫ төлемдер", c.payments, c.amount)]))
    story.append(Spacer(1, 2 * mm))
    story.append(_p(_receipt_range(facts), st["small"]))
    for group, title in ((facts.voided, "Аннулированные платежи (не входят в итоги) / "
                                        "Жойылған төлемдер (қорытындыға кірмейді)"),
                         (facts.refused, "Отклонённые ЕРЦ (не входят в итоги) / "
                                         "ЕРЦ қабылдамаған төлемдер (қорытындыға кірмейді)")):
        if group.payments:
            story.append(KeepTogether([_p(title, st["h2"]), _register_table(
                group, st, subtotals=False,
                closing=[("Всего / Барлығы (с комиссией / комиссиямен)", group.payments,
                          group.amount)])]))
    story += _signatures(st, facts, supervisor)
    return _build(story, f"Реестр {facts.workstation_id} {facts.business_date.isoformat()}",
                  _footer(facts), facts.bank_name)


def _footer(facts: DayFacts) -> str:
    return (f"{facts.workstation_id} · {_date(facts)} · сформировано / жасалды "
            f"{facts.generated_at.strftime('%d.%m.%Y %H:%M')}")


def _signatures(st, facts: DayFacts, supervisor: str = "") -> list:
    rows = [[_p("Кассир / Кассир", st["cell"]), _p(", ".join(facts.tellers) or "—", st["cell"]),
             _p("____________ подпись / қолы", st["small"])],
            [_p("Старший кассир / Аға кассир", st["cell"]), _p(supervisor or "", st["cell"]),
             _p("____________ подпись / қолы", st["small"])]]
    table = Table(rows, colWidths=[55 * mm, WIDTH - 55 * mm - 50 * mm, 50 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("TOPPADDING", (0, 0), (-1, -1), 8)]))
    return [Spacer(1, 6 * mm), KeepTogether([table])]


def _pairs(rows: list[tuple[str, str]], st, bold_last: bool = False, widths=None,
           value_style: str = "num") -> Table:
    widths = widths or [WIDTH - 45 * mm, 45 * mm]
    data = [[_p(k, st["cell"]), _p(v, st[value_style])] for k, v in rows]
    style: list = [("LINEBELOW", (0, 0), (-1, -1), 0.25, SHADE)]
    if bold_last and rows:
        data[-1] = [_p(rows[-1][0], st["bold"]), _p(rows[-1][1], st["boldnum"])]
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                               ("LEFTPADDING", (0, 0), (-1, -1), 3),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 3), *style]))
    return table


_STATUS = {"accepted": "принят / қабылданды", "cancelled": "отменён / жойылды",
           "voided": "аннулирован / жойылды"}


def difference_text(d: Difference) -> str:
    """One reconciliation difference in Russian / Kazakh, for the Z-report."""
    local = "—" if d.local_total is None else _amount(d.local_total)
    spc = "—" if d.spc_total is None else _amount(d.spc_total)
    if d.kind == "missing_here":
        return (f"{d.receipt_no} ({_STATUS.get(d.spc_status or '', d.spc_status)}, {spc}): есть в "
                "реестре ЕРЦ, на этом рабочем месте не принимался / ЕРЦ тізілімінде бар, бұл жұмыс "
                "орнында қабылданбаған")
    if d.kind == "missing_there":
        return (f"{d.receipt_no} ({local}): принят здесь, нет в реестре ЕРЦ / мұнда қабылданған, "
                "ЕРЦ тізілімінде жоқ")
    if d.kind == "amount_differs":
        return f"{d.receipt_no}: сумма здесь / мұнда {local}, в ЕРЦ / ЕРЦ-та {spc}"
    if d.kind == "status_differs" and d.local_status == "voided":
        return (f"{d.receipt_no} ({local}): аннулирован здесь, не отменён в ЕРЦ / мұнда жойылған, "
                "ЕРЦ-та жойылмаған")
    if d.kind == "status_differs":
        return (f"{d.receipt_no} ({local}): отменён в ЕРЦ, не аннулирован здесь / ЕРЦ-та "
                "жойылған, мұнда жойылмаған")
    return (f"{d.receipt_no}: в ЕРЦ другой номер квитанции или лицевой счёт / ЕРЦ-та түбіртек "
            "нөмірі не дербес шот басқа")


def _moment(when: datetime) -> str:
    offset = when.strftime("%z")
    zone = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    return when.strftime("%d.%m.%Y %H:%M:%S") + zone


def _with_count(count: int, amount: int) -> str:
    return f"{count} · {_amount(amount)}"


def _denominations(cash: ZCash, st) -> Table:
    """Notes on the left, coins on the right, the total under both."""
    half = (WIDTH - 6 * mm) / 2
    widths = [34 * mm, 18 * mm, half - 52 * mm]

    def side(kind: str, title: str) -> Table:
        rows: list = [[_p(title, st["bold"]), _p("Кол-во / Саны", st["boldnum"]),
                       _p("Сумма / Сомасы", st["boldnum"])]]
        for k, value, pieces, minor in cash.counts:
            if k == kind:
                rows.append([_p(f"{value:,}".replace(",", "\u00a0") + " ₸", st["cell"]),
                             _p(str(pieces), st["num"]), _p(_amount(minor), st["num"])])
        return _grid(rows, widths, [("LINEBELOW", (0, 1), (-1, -1), 0.25, SHADE)])

    pieces = sum(r[2] for r in cash.counts)
    total = sum(r[3] for r in cash.counts)
    outer = Table([[side("note", "Купюры / Банкноттар"), "", side("coin", "Монеты / Монеталар")],
                   [_p(f"Итого / Барлығы: {pieces} шт. / дана · {_amount(total)} ₸", st["bold"]),
                    "", ""]],
                  colWidths=[half, 6 * mm, half], hAlign="LEFT")
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("SPAN", (0, 1), (-1, 1)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 1), (-1, 1), 4)]))
    return outer


def z_report_pdf(z: ZContent) -> bytes:
    _fonts()
    st = _styles()
    f, cash, rec = z.facts, z.cash, z.reconciliation
    story = _heading(f, st, Z_TITLE)

    story.append(_p("1. Платежи / Төлемдер (количество · сумма, ₸ / саны · сомасы, ₸)", st["h2"]))
    story.append(_pairs([
        ("Принято платежей / Қабылданған төлемдер",
         _with_count(f.counted.payments, f.counted.amount)),
        ("в т.ч. по услугам / оның ішінде қызметтер бойынша",
         _with_count(f.counted.lines, f.counted.lines_amount)),
        ("в т.ч. комиссия банка / оның ішінде банк комиссиясы",
         _with_count(f.counted.fee_count, f.counted.fee_amount)),
        ("Аннулировано / Жойылды", _with_count(f.voided.payments, f.voided.amount)),
        ("Отклонено ЕРЦ / ЕРЦ қабылдамады", _with_count(f.refused.payments, f.refused.amount)),
        ("Номера квитанций / Түбіртек нөмірлері",
         f"{f.first_receipt} — {f.last_receipt}" if f.receipts else "—"),
    ], st, widths=[WIDTH - 80 * mm, 80 * mm]))

    story.append(_p("2. Касса / Касса, ₸", st["h2"]))
    diff_word = ("излишек / артық" if cash.difference > 0 else
                 "недостача / кем" if cash.difference < 0 else "совпадает / сәйкес")
    cash_rows = [
        ("Разменный фонд на начало / Бастапқы қалдық", _amount(cash.opening_float)),
        ("Принято наличных / Қабылданған қолма-қол ақша", _amount(cash.received)),
        ("Выдано сдачи / Берілген қайтарым", _amount(-cash.change)),
        ("Сдано в хранилище / Қоймаға тапсырылды", _amount(-cash.handovers)),
        ("Возвраты по аннулированию / Жойылған төлемдер бойынша қайтарым", _amount(-cash.refunds)),
        ("Ожидаемый остаток / Күтілетін қалдық", _amount(cash.expected)),
        ("Пересчитано / Саналды", _amount(cash.counted)),
        (f"Разница / Айырма: {diff_word}", _amount(cash.difference)),
    ]
    story.append(_pairs(cash_rows, st, bold_last=True))
    if cash.note:
        story.append(_p(f"Пояснение / Түсініктеме: {cash.note}", st["base"]))
    for line in cash.sessions:
        story.append(_p(line, st["small"]))

    story.append(_p("3. Пересчёт по номиналам / Номиналдар бойынша санау, ₸", st["h2"]))
    story.append(_denominations(cash, st))

    story.append(_p("4. Сверка с ЕРЦ / ЕРЦ-пен салыстыру", st["h2"]))
    story.append(_pairs([
        ("На рабочем месте / Жұмыс орнында", _with_count(rec.local_count, rec.local_amount)),
        ("В реестре ЕРЦ / ЕРЦ тізілімінде", _with_count(rec.spc_count, rec.spc_amount)),
        ("Совпало / Сәйкес келді", str(rec.matched)),
    ], st, widths=[WIDTH - 80 * mm, 80 * mm]))
    if rec.differences:
        story.append(_p(f"Расхождения / Айырмашылықтар: {len(rec.differences)}", st["red"]))
        for d in rec.differences:
            story.append(_p("• " + difference_text(d), st["base"]))
        if rec.differences_note:
            story.append(_p(f"Пояснение / Түсініктеме: {rec.differences_note}", st["base"]))
    else:
        story.append(_p("Расхождений нет / Айырмашылық жоқ", st["green"]))

    closing: list = [_p("5. Закрытие / Жабу", st["h2"]), _pairs([
        ("Кассиры / Кассирлер", ", ".join(f.tellers) or "—"),
        ("Закрыл (старший кассир) / Жапқан (аға кассир)", z.supervisor),
        ("Время закрытия / Жабылған уақыты", _moment(z.closed_at)),
    ], st, widths=[80 * mm, WIDTH - 80 * mm], value_style="cell")]
    closing.append(_p("Последний хеш журнала аудита / Аудит журналының соңғы хэші:", st["small"]))
    closing.append(_p(z.audit_hash, st["mono"]))
    for kind, digest in z.register_sha256:
        closing.append(_p(f"SHA-256 {kind}: {digest}", st["mono"]))
    closing.append(_p("После закрытия платежи и аннулирования этим днём невозможны. / "
                      "Жабылғаннан кейін осы күнмен төлем де, жою да мүмкін емес.", st["small"]))
    closing += _signatures(st, f, z.supervisor)
    story.append(KeepTogether(closing))
    return _build(story, f"Z-report {f.workstation_id} {f.business_date.isoformat()}",
                  _footer(f), f.bank_name)
