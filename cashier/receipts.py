"""The payment receipt as a PDF (reportlab), bilingual Russian / Kazakh.

A4 portrait with the receipt in the upper half, so an office printer prints it
and the teller can cut or fold it. One receipt is drawn by `_draw_copy(c, y_top,
title, content)`: it fits its content into the half page, shrinking the type
when a long service list or a long address would overflow, so a page holding
the bank's copy and the payer's copy is two calls.

The bytes are deterministic for the same payment (reportlab's invariant mode:
no creation timestamp, fixed document id), and the file is written atomically
through fileio.atomic_write_bytes.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from cashier import money
from cashier.fileio import atomic_write_bytes
from cashier.model import Payment
from cashier.receipt_fonts import BOLD, GREY, REGULAR, Pen, fit_size, register_fonts, width
from cashier.receipt_stamp import draw_stamp

PAGE_W, PAGE_H = A4
HALF_PAGE = PAGE_H / 2
MARGIN_X = 14 * mm
MARGIN_TOP = 10 * mm
MARGIN_BOTTOM = 7 * mm
MIN_SCALE = 0.62

SHADE = Color(0.92, 0.92, 0.92)
COPY_RED = Color(0.72, 0.08, 0.08)

TITLE = "КВИТАНЦИЯ / ТҮБІРТЕК"
COPY_BANNER = "КОПИЯ / КӨШІРМЕ / COPY"
COPY_NOTE = "повторная печать / қайта басып шығару"
PAYER_COPY = "Экземпляр плательщика / Төлеушінің данасы"
BANK_COPY = "Экземпляр банка / Банктің данасы"


@dataclass(frozen=True)
class ReceiptHeader:
    bank_name: str          # e.g. "АО «Демо Банк»"
    bank_bin: str           # may be ""
    branch_name: str
    branch_address: str     # may be ""
    workstation_id: str
    teller_name: str        # shown on receipt and in the stamp


@dataclass(frozen=True)
class _Line:
    service: str
    provider: str
    readings: str
    consumption: str
    amount: str


@dataclass(frozen=True)
class _Content:
    """Everything one copy shows, already formatted as text."""
    header: ReceiptHeader
    receipt_no: str
    payment_id: str
    when: str
    stamp_date: str
    account: str
    holder: str
    address: str
    period: str
    lines: tuple[_Line, ...]
    subtotal: str
    fee: str | None
    total: str
    tendered: str
    change: str
    copy: bool

    @property
    def metered(self) -> bool:
        return any(line.readings or line.consumption for line in self.lines)


def _reading_text(thousandths: int) -> str:
    sign = "-" if thousandths < 0 else ""
    return sign + money.format_reading(abs(thousandths))


def _content(payment: Payment, header: ReceiptHeader, copy: bool, tz: tzinfo | None) -> _Content:
    cur = payment.currency
    when = payment.accepted_at.astimezone(tz) if tz is not None else payment.accepted_at
    when_text = when.strftime("%d.%m.%Y %H:%M:%S")
    offset = when.strftime("%z")
    if offset:
        when_text += f" (UTC{offset[:3]}:{offset[3:]})"
    m = re.fullmatch(r"(\d{4})-(\d{2})", payment.period or "")
    period = f"{m[2]}.{m[1]}" if m else (payment.period or "")
    lines = []
    for pl in payment.lines:
        readings = consumption = ""
        if pl.reading is not None:
            readings = _reading_text(pl.reading)
            if pl.previous_reading is not None:
                readings = f"{_reading_text(pl.previous_reading)} → {readings}"
        if pl.consumption is not None:
            consumption = _reading_text(pl.consumption)
            if pl.unit:
                consumption += "\u00a0" + pl.unit
        lines.append(_Line(pl.service_name, pl.provider_name, readings, consumption,
                           money.format_amount(pl.amount, cur)))
    return _Content(
        header=header, receipt_no=payment.receipt_no, payment_id=payment.payment_id,
        when=when_text, stamp_date=when.strftime("%d.%m.%Y"),
        account=payment.account, holder=payment.holder, address=payment.address, period=period,
        lines=tuple(lines),
        subtotal=money.format_amount(sum(pl.amount for pl in payment.lines), cur),
        fee=money.format_amount(payment.fee, cur) if payment.fee > 0 else None,
        total=money.format_amount(payment.total, cur),
        tendered=money.format_amount(payment.tendered, cur),
        change=money.format_amount(payment.change, cur),
        copy=copy,
    )


def _layout(p: Pen, x0: float, top: float, w: float, title: str, k: _Content) -> float:
    """Lay out one copy from `top` down; returns the y where it ends."""
    s = p.s
    y = top
    hdr = k.header

    if k.copy:
        band = 15 * s
        if p.draw:
            p.c.setStrokeColor(COPY_RED)
            p.c.setLineWidth(1.2)
            p.c.rect(x0, y - band, w, band, stroke=1, fill=0)
        label = f"{COPY_BANNER} — {COPY_NOTE}"
        size = fit_size(label, BOLD, 9 * s, w - 8)
        p.text(x0 + w / 2, y - band / 2 - size * 0.36, label, BOLD, size, COPY_RED, "centre")
        y -= band + 5 * s

    # Header: the bank on the left, the receipt's identity on the right.
    left_w, right_w = w * 0.56, w * 0.42
    ly = p.para(x0, y, left_w, hdr.bank_name, BOLD, 11 * s)
    if hdr.bank_bin:
        ly = p.para(x0, ly, left_w, f"БИН / БСН: {hdr.bank_bin}", REGULAR, 7.5 * s)
    ly = p.para(x0, ly, left_w, f"Отделение / Бөлімше: {hdr.branch_name}", REGULAR, 7.5 * s)
    if hdr.branch_address:
        ly = p.para(x0, ly, left_w, hdr.branch_address, REGULAR, 7 * s, GREY)
    ly = p.para(x0, ly, left_w, f"Рабочее место / Жұмыс орны: {hdr.workstation_id}", REGULAR, 7.5 * s)
    rx = x0 + w - right_w
    ry = y
    if title:
        ry = p.fitted(rx, ry, right_w, title, REGULAR, 6.5 * s, GREY, "right")
    ry = p.fitted(rx, ry, right_w, TITLE, BOLD, 12 * s, black, "right")
    ry = p.fitted(rx, ry, right_w, f"№ {k.receipt_no}", BOLD, 12 * s, black, "right")
    ry = p.fitted(rx, ry, right_w, "Дата и время / Күні мен уақыты:", REGULAR, 6.5 * s, GREY, "right")
    ry = p.fitted(rx, ry, right_w, k.when, REGULAR, 9 * s, black, "right")
    ry = p.fitted(rx, ry, right_w, f"ID: {k.payment_id}", REGULAR, 6 * s, GREY, "right")
    y = min(ly, ry) - 3 * s
    p.rule(x0, y, x0 + w, 0.8, black)
    y -= 4 * s

    # The payer.
    label_w = 128 * s
    rows = [("Лицевой счёт / Дербес шот", k.account, BOLD, 10),
            ("Плательщик / Төлеуші", k.holder, REGULAR, 8.5),
            ("Адрес / Мекенжай", k.address, REGULAR, 8.5),
            ("Период / Кезең", k.period, REGULAR, 8.5)]
    for label, value, font, size in rows:
        p.text(x0, y - size * s, label + ":", REGULAR, 7.5 * s, GREY)
        y = p.para(x0 + label_w, y, w - label_w, value, font, size * s) - 1 * s
    y -= 3 * s

    y = _layout_table(p, x0, y, w, k)
    return _layout_totals(p, x0, y - 5 * s, w, k)


def _layout_table(p: Pen, x0: float, y: float, w: float, k: _Content) -> float:
    s = p.s
    pad = 3 * s
    no_w, amount_w = 18 * s, 86 * s
    read_w, cons_w = (110 * s, 74 * s) if k.metered else (0.0, 0.0)
    rest = w - no_w - amount_w - read_w - cons_w
    svc_w, prov_w = rest * 0.55, rest * 0.45
    xs = [x0, x0 + no_w, x0 + no_w + svc_w, x0 + no_w + svc_w + prov_w]
    xs += [xs[3] + read_w, xs[3] + read_w + cons_w]
    widths = [no_w, svc_w, prov_w, read_w, cons_w, amount_w]
    heads = ["№", "Услуга / Қызмет", "Поставщик / Жеткізуші", "Показания / Көрсеткіш",
             "Расход / Шығын", "Сумма / Сома"]
    aligns = ["left", "left", "left", "left", "right", "right"]

    hsize = 7 * s
    head_h = hsize * 1.25 + 2 * pad
    if p.draw:
        p.c.setFillColor(SHADE)
        p.c.rect(x0, y - head_h, w, head_h, stroke=0, fill=1)
    for x, cw, text, align in zip(xs, widths, heads, aligns):
        if cw:
            p.fitted(x + pad, y - pad, cw - 2 * pad, text, BOLD, hsize, black, align)
    y -= head_h
    size = 8.5 * s
    for i, line in enumerate(k.lines, 1):
        cells = [(str(i), REGULAR, GREY), (line.service, REGULAR, black),
                 (line.provider, REGULAR, GREY), (line.readings or ("—" if k.metered else ""), REGULAR, black),
                 (line.consumption, REGULAR, black), (line.amount, BOLD, black)]
        bottom = y
        for x, cw, (text, font, color), align in zip(xs, widths, cells, aligns):
            if cw:
                cell_size = 7.8 * s if color is GREY else size
                bottom = min(bottom, p.para(x + pad, y - pad, cw - 2 * pad, text, font, cell_size,
                                            color, align))
        y = bottom - pad
        p.rule(x0, y, x0 + w, 0.3)
    p.rule(x0, y, x0 + w, 0.8, black)
    return y


def _layout_totals(p: Pen, x0: float, y: float, w: float, k: _Content) -> float:
    """Totals on the right under the amounts; teller and stamp on the left."""
    s = p.s
    tw = 262 * s
    tx = x0 + w - tw
    rows = []
    if k.fee is not None:
        rows.append(("Сумма по услугам / Қызметтер сомасы", k.subtotal, REGULAR, 8.5))
        rows.append(("Комиссия / Комиссия", k.fee, REGULAR, 8.5))
    rows.append(("ИТОГО / БАРЛЫҒЫ", k.total, BOLD, 11.5))
    rows.append(("Принято / Қабылданды", k.tendered, REGULAR, 8.5))
    rows.append(("Сдача / Қайтарым", k.change, REGULAR, 8.5))
    ty = y
    for i, (label, value, font, size) in enumerate(rows):
        size *= s
        if font is BOLD and i > 0:
            ty -= 1.5 * s
            p.rule(tx, ty, x0 + w, 0.8, black)
            ty -= 3 * s
        amount_w = width(value, font, size)
        label_size = fit_size(label, font, size, tw - amount_w - 10 * s)
        p.text(tx, ty - size, label, font, label_size)
        p.text(x0 + w, ty - size, value, font, size, black, "right")
        ty -= size * 1.4
        if font is BOLD:
            ty -= 2 * s

    # Teller and signature on the left; the stamp sits between them and the totals.
    radius = 53 * s
    left_w = 118 * s
    ly = y - 2 * s
    p.text(x0, ly - 6.5 * s, "Кассир / Кассир:", REGULAR, 6.5 * s, GREY)
    ly -= 6.5 * s * 1.3
    ly = p.para(x0, ly, left_w, k.header.teller_name, BOLD, 8.5 * s)
    ly -= 14 * s
    p.text(x0, ly - 6.5 * s, "Подпись / Қолы:", REGULAR, 6.5 * s, GREY)
    ly -= 6.5 * s * 1.3 + 12 * s
    sig_y = ly
    ly -= 2 * s

    stamp_h = 2 * radius + 5 * s
    # The thanks line goes under the totals when they leave room beside the stamp.
    foot = 6.5 * s
    bottom = min(ly, y - stamp_h)
    if ty - foot * 1.3 < bottom:
        bottom = min(bottom, ty)
        foot_y = bottom - 4 * s - foot
        bottom = foot_y - foot * 0.3
    else:
        foot_y = bottom + foot * 0.3
    p.text(x0 + w, foot_y, "Спасибо за оплату! / Төлеміңіз үшін рахмет!", REGULAR, foot, GREY, "right")
    cx = min(x0 + left_w + 10 * s + radius, tx - radius - 6 * s)
    cy = y - 3 * s - radius
    if p.draw:
        p.rule(x0, sig_y, min(x0 + left_w, cx - radius - 3 * s), 0.5, black)
        h = k.header
        draw_stamp(p.c, cx, cy, radius, ring_parts=[h.bank_name, f"БИН {h.bank_bin}" if h.bank_bin else "",
                                                     h.branch_name],
                   date_text=k.stamp_date, teller_name=h.teller_name)
    return bottom


def _watermark(c, x0: float, y_bottom: float, w: float, h: float) -> None:
    text = "КОПИЯ · КӨШІРМЕ · COPY"
    c.saveState()
    c.setFillColor(COPY_RED)
    c.setFillAlpha(0.09)
    c.translate(x0 + w / 2, y_bottom + h / 2)
    c.rotate(24)
    size = fit_size(text, BOLD, 48, w * 0.95)
    c.setFont(BOLD, size)
    c.drawCentredString(0, -size * 0.35, text)
    c.restoreState()


def _fit_scale(c, title: str, k: _Content, avail: float) -> float | None:
    """The largest type scale (<= 1) at which the copy fits `avail` points; None if none does."""
    scale = 1.0
    for _ in range(8):
        used = _measure(c, title, k, scale)
        if used <= avail:
            return scale
        if scale <= MIN_SCALE:
            return None
        scale = max(MIN_SCALE, scale * min(avail / used, 0.985))
    return None


def _measure(c, title: str, k: _Content, scale: float) -> float:
    top = 1000.0
    return top - _layout(Pen(c, False, scale), MARGIN_X, top, PAGE_W - 2 * MARGIN_X, title, k)


def _draw_copy(c, y_top: float, title: str, k: _Content, height: float = HALF_PAGE) -> bool:
    """Draw one copy of the receipt in the band [y_top - height, y_top].

    Returns False (drawing nothing) when the content does not fit even at the
    smallest type scale, so the caller can give it more room.
    """
    avail = height - MARGIN_TOP - MARGIN_BOTTOM
    scale = _fit_scale(c, title, k, avail)
    if scale is None:
        return False
    w = PAGE_W - 2 * MARGIN_X
    if k.copy:
        _watermark(c, MARGIN_X, y_top - height, w, height)
    _layout(Pen(c, True, scale), MARGIN_X, y_top - MARGIN_TOP, w, title, k)
    return True


def render_receipt(payment: Payment, header: ReceiptHeader, *, copy: bool = False,
                   tz: tzinfo | None = None) -> bytes:
    """The receipt as PDF bytes; `copy=True` marks a reprint КОПИЯ / КӨШІРМЕ / COPY."""
    register_fonts()
    k = _content(payment, header, copy, tz)
    buf = io.BytesIO()
    # The initial font is DejaVu too, or reportlab lists an unused Helvetica in the page.
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1,
                         initialFontName=REGULAR, initialFontSize=8)
    c.setTitle(f"Квитанция / Түбіртек № {payment.receipt_no}")
    c.setAuthor(header.bank_name)
    c.setSubject(f"{payment.account} {payment.payment_id}")
    c.setCreator("cashier-workstation")
    if not _draw_copy(c, PAGE_H, PAYER_COPY, k):
        # Too long for half a page even in small type: use the whole page.
        if not _draw_copy(c, PAGE_H, PAYER_COPY, k, height=PAGE_H):
            raise ValueError(f"receipt {payment.receipt_no} has too many lines for one page")
    c.showPage()
    c.save()
    return buf.getvalue()


def write_receipt(path: Path, payment: Payment, header: ReceiptHeader, *, copy: bool = False,
                  tz: tzinfo | None = None) -> Path:
    """Render and write atomically: a crash leaves the old file or the new one, never half."""
    return atomic_write_bytes(Path(path), render_receipt(payment, header, copy=copy, tz=tz))


def receipt_text(pdf_bytes: bytes) -> str:
    """The text of a receipt PDF as pypdf extracts it (for tests and checks)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf_bytes))
    return "\n".join(page.extract_text() or "" for page in reader.pages)
