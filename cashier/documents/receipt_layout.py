"""How one copy of the receipt is laid out: header with the QR code, payer, services
table, totals with the teller, signatures and the stamp.

`layout(pen, x0, top, width, title, content, bank_copy)` draws from `top` down and
returns where it ends; with a measuring Pen (draw=False) only the arithmetic runs,
which is how cashier/documents/receipt_pdf.py finds the type scale at which a copy fits its half
page. Everything is scaled by `pen.s`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm

from cashier.documents.fonts import BOLD, GREY, REGULAR, Pen, ellipsize, fit_size, width
from cashier.documents.stamp import draw_stamp

QR_SIZE = 30 * mm      # the quiet zone included: about 0.6 mm a module for a receipt code
QR_MIN_SCALE = 0.85    # the code shrinks less than the type: it must stay scannable
QR_QUIET = 4           # modules of white around the code, as the standard asks

SHADE = Color(0.92, 0.92, 0.92)
COPY_RED = Color(0.72, 0.08, 0.08)

TITLE = "КВИТАНЦИЯ / ТҮБІРТЕК"
COPY_BANNER = "КОПИЯ / КӨШІРМЕ / COPY"
COPY_NOTE = "повторная печать / қайта басып шығару"
VOID_BANNER = "АННУЛИРОВАН / ЖОЙЫЛДЫ"
VOID_NOTE = "платёж аннулирован, деньги возвращены / төлем жойылды, ақша қайтарылды"


@dataclass(frozen=True)
class ReceiptHeader:
    bank_name: str          # e.g. "АО «Демо Банк»"
    bank_bin: str           # may be ""
    branch_name: str
    branch_address: str     # may be ""
    workstation_id: str
    teller_name: str        # shown on receipt and in the stamp


@dataclass(frozen=True)
class Line:
    service: str
    provider: str
    readings: str
    consumption: str
    amount: str


@dataclass(frozen=True)
class Content:
    """Everything one copy shows, already formatted as text."""
    header: ReceiptHeader
    receipt_no: str
    payment_id: str
    when: str
    stamp_date: str
    business_date: str                       # the operating day the payment is dated to
    account: str
    holder: str
    address: str
    period: str
    lines: tuple[Line, ...]
    subtotal: str
    fee: str | None
    fee_parts: tuple[tuple[str, str], ...]   # (provider, fee) when the fee's providers are known
    total: str
    tendered: str
    change: str
    copy: bool
    qr: tuple[tuple[bool, ...], ...] | None   # the QR symbol's modules
    qr_code: str                             # the verification code printed beside the QR
    voided: bool = False                     # the payment was voided: marked АННУЛИРОВАН, no QR
    card: str | None = None                  # the part paid by card on the terminal, with its RRN

    @property
    def metered(self) -> bool:
        return any(line.readings or line.consumption for line in self.lines)


@lru_cache(maxsize=32)
def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR symbol (error correction M) as rows of dark/light modules."""
    qr = QrCodeWidget(payload, barLevel="M").qr  # reportlab's encoder; we draw it ourselves
    qr.make()
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


def _draw_qr(c, modules: tuple[tuple[bool, ...], ...], x: float, y_bottom: float,
             size: float) -> None:
    """The code with its 4-module quiet zone in the square (x, y_bottom, size).

    Drawn once per document as a form (XObject) in module units, which both copies
    place: one path of row runs filled at once (no hairline seams between modules),
    small integers in the content stream, and half the bytes of drawing it twice."""
    n = len(modules) + 2 * QR_QUIET
    if getattr(c, "_receipt_qr", None) is not modules:
        # One form per code: a document of several receipts (a basket) has several codes.
        c._receipt_qr_forms = getattr(c, "_receipt_qr_forms", 0) + 1
        c._receipt_qr_name = f"receiptQR{c._receipt_qr_forms}"
        c.beginForm(c._receipt_qr_name, 0, 0, n, n)
        path = c.beginPath()
        for r, row in enumerate(modules):
            start = None
            for col, dark in enumerate(row + (False,)):
                if dark and start is None:
                    start = col
                elif not dark and start is not None:
                    path.rect(start + QR_QUIET, n - (r + QR_QUIET + 1), col - start, 1)
                    start = None
        c.setFillColor(black)
        c.drawPath(path, stroke=0, fill=1)
        c.endForm()
        c._receipt_qr = modules
    c.saveState()
    c.translate(x, y_bottom)
    c.scale(size / n, size / n)
    c.doForm(c._receipt_qr_name)
    c.restoreState()


def layout(p: Pen, x0: float, top: float, w: float, title: str, k: Content,
            bank_copy: bool) -> float:
    """Lay out one copy from `top` down; returns the y where it ends."""
    s = p.s
    y = top
    hdr = k.header

    if k.copy or k.voided:
        band = 15 * s
        if p.draw:
            p.c.setStrokeColor(COPY_RED)
            p.c.setLineWidth(2.4 if k.voided else 1.2)
            p.c.rect(x0, y - band, w, band, stroke=1, fill=0)
        if k.voided:
            label = f"{VOID_BANNER} — " + (COPY_BANNER if k.copy else VOID_NOTE)
        else:
            label = f"{COPY_BANNER} — {COPY_NOTE}"
        size = fit_size(label, BOLD, 9 * s, w - 8)
        p.text(x0 + w / 2, y - band / 2 - size * 0.36, label, BOLD, size, COPY_RED, "centre")
        y -= band + 5 * s

    # Header: the bank on the left; the receipt's identity and its QR code on the right.
    left_w = w * 0.5
    ly = bank_block(p, x0, y, left_w, hdr)
    qr_size = QR_SIZE * max(s, QR_MIN_SCALE) if k.qr is not None else 0.0
    right_edge = x0 + w - (qr_size + 2 * s if qr_size else 0.0)
    right_w = right_edge - (x0 + left_w + 8 * s)
    rx, ry = right_edge - right_w, y
    # The quiet zone is inside the code's box: pull it up so its black starts at the text's top.
    quiet = qr_size * QR_QUIET / (len(k.qr) + 2 * QR_QUIET) if k.qr is not None else 0.0
    if title:
        ry = p.fitted(rx, ry, right_w, title, BOLD, 7 * s, GREY, "right")
    ry = p.fitted(rx, ry, right_w, TITLE, BOLD, 12 * s, black, "right")
    ry = p.fitted(rx, ry, right_w, f"№ {k.receipt_no}", BOLD, 12 * s, black, "right")
    ry = p.fitted(rx, ry, right_w, "Дата и время / Күні мен уақыты:", REGULAR, 6.5 * s, GREY, "right")
    ry = p.fitted(rx, ry, right_w, k.when, REGULAR, 9 * s, black, "right")
    ry = p.fitted(rx, ry, right_w, f"Операционный день / Операциялық күн: {k.business_date}",
                  REGULAR, 6.5 * s, GREY, "right")
    ry = p.fitted(rx, ry, right_w, f"ID: {k.payment_id}", REGULAR, 6 * s, GREY, "right")
    if k.qr_code:
        ry = p.fitted(rx, ry, right_w, f"Код проверки / Тексеру коды: {k.qr_code}", REGULAR,
                      6 * s, GREY, "right")
    qy = y + quiet - 1 * s
    if k.qr is not None and p.draw:
        _draw_qr(p.c, k.qr, x0 + w - qr_size + quiet, qy - qr_size, qr_size)
    y = min(ly, ry, qy - qr_size + quiet * 0.6) - 3 * s
    p.rule(x0, y, x0 + w, 0.8, black)
    y -= 4 * s

    y = payer_rows(p, x0, y, w, k) - 3 * s
    y = layout_table(p, x0, y, w, k)
    return _layout_totals(p, x0, y - 5 * s, w, k, bank_copy)


def bank_block(p: Pen, x0: float, y: float, w: float, hdr: ReceiptHeader) -> float:
    """The bank, its BIN, the branch and the workstation, from `y` down; returns the bottom."""
    s = p.s
    y = p.para(x0, y, w, hdr.bank_name, BOLD, 11 * s)
    if hdr.bank_bin:
        y = p.para(x0, y, w, f"БИН / БСН: {hdr.bank_bin}", REGULAR, 7.5 * s)
    y = p.para(x0, y, w, f"Отделение / Бөлімше: {hdr.branch_name}", REGULAR, 7.5 * s)
    if hdr.branch_address:
        y = p.para(x0, y, w, hdr.branch_address, REGULAR, 7 * s, GREY)
    return p.para(x0, y, w, f"Рабочее место / Жұмыс орны: {hdr.workstation_id}", REGULAR, 7.5 * s)


def payer_rows(p: Pen, x0: float, y: float, w: float, k) -> float:
    """Account, payer, address and period as label: value rows; returns the bottom."""
    s = p.s
    label_w = 128 * s
    rows = [("Лицевой счёт / Дербес шот", k.account, BOLD, 10),
            ("Плательщик / Төлеуші", k.holder, REGULAR, 8.5),
            ("Адрес / Мекенжай", k.address, REGULAR, 8.5),
            ("Период / Кезең", k.period, REGULAR, 8.5)]
    for label, value, font, size in rows:
        p.text(x0, y - size * s, label + ":", REGULAR, 7.5 * s, GREY)
        y = p.para(x0 + label_w, y, w - label_w, value, font, size * s) - 1 * s
    return y


def layout_table(p: Pen, x0: float, y: float, w: float, k) -> float:
    """The services table (`k.lines`; readings columns when `k.metered`); returns the bottom."""
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


def _layout_totals(p: Pen, x0: float, y: float, w: float, k: Content, bank_copy: bool) -> float:
    """Totals on the right under the amounts; teller, signatures and stamp on the left."""
    s = p.s
    tw = 262 * s
    tx = x0 + w - tw
    rows = []
    if k.fee is not None:
        rows.append(("Сумма по услугам / Қызметтер сомасы", k.subtotal, REGULAR, 8.5))
        rows.append(("Комиссия / Комиссия", k.fee, REGULAR, 8.5))
        for provider, fee in k.fee_parts:
            rows.append(("— " + provider, fee, None, 7))
    rows.append(("ИТОГО / БАРЛЫҒЫ", k.total, BOLD, 11.5))
    if k.card:
        rows.append(("Картой / Картамен", k.card, REGULAR, 8.5))
    rows.append(("Принято наличными / Қолма-қол қабылданды" if k.card else
                 "Принято / Қабылданды", k.tendered, REGULAR, 8.5))
    rows.append(("Сдача / Қайтарым", k.change, REGULAR, 8.5))
    ty = y
    for i, (label, value, font, size) in enumerate(rows):
        size *= s
        if font is None:  # one provider's share of the fee: small, grey, indented
            amount_w = width(value, REGULAR, size)
            p.text(tx + 8 * s, ty - size, ellipsize(label, REGULAR, size, tw - amount_w - 18 * s),
                   REGULAR, size, GREY)
            p.text(x0 + w, ty - size, value, REGULAR, size, GREY, "right")
            ty -= size * 1.35
            continue
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

    # Teller and signatures on the left; the stamp sits between them and the totals.
    radius = 53 * s
    left_w = 150 * s
    ly = y - 2 * s
    p.text(x0, ly - 6.5 * s, "Кассир / Кассир:", REGULAR, 6.5 * s, GREY)
    ly -= 6.5 * s * 1.3
    ly = p.para(x0, ly, left_w, k.header.teller_name, BOLD, 8.5 * s)
    signatures = ["Подпись кассира / Кассирдің қолы:"]
    if bank_copy:  # the payer signs the bank's copy: the amounts and readings are right
        signatures.append("Подпись плательщика / Төлеушінің қолы:")
    sig_lines = []
    for label in signatures:
        ly -= 12 * s
        p.text(x0, ly - 6.5 * s, label, REGULAR, fit_size(label, REGULAR, 6.5 * s, left_w), GREY)
        ly -= 6.5 * s * 1.3 + 12 * s
        sig_lines.append(ly)
    ly -= 2 * s

    stamp_h = 2 * radius + 5 * s
    # The thanks line goes under the totals when they leave room beside the stamp.
    foot = 6.5 * s
    bottom = min(ly, y - stamp_h)
    if not bank_copy:
        if ty - foot * 1.3 < bottom:
            bottom = min(bottom, ty)
            foot_y = bottom - 4 * s - foot
            bottom = foot_y - foot * 0.3
        else:
            foot_y = bottom + foot * 0.3
        p.text(x0 + w, foot_y, "Спасибо за оплату! / Төлеміңіз үшін рахмет!", REGULAR, foot, GREY,
               "right")
    else:
        bottom = min(bottom, ty)
    cx = min(x0 + left_w + 4 * s + radius, tx - radius - 6 * s)
    cy = y - 3 * s - radius
    if p.draw:
        for sig_y in sig_lines:
            p.rule(x0, sig_y, min(x0 + left_w, cx - radius - 3 * s), 0.5, black)
        h = k.header
        draw_stamp(p.c, cx, cy, radius, ring_parts=[h.bank_name, f"БИН {h.bank_bin}" if h.bank_bin else "",
                                                     h.branch_name],
                   date_text=k.stamp_date, teller_name=h.teller_name)
    return bottom
