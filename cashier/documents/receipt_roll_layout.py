"""How one copy of the receipt is laid out on an 80 mm roll: one narrow column, 72 mm of
print width, as long as its content.

The same content as the A4 receipt (receipt_layout.Content, made by receipt_pdf): the bank,
its BIN, branch and workstation; КВИТАНЦИЯ / ТҮБІРТЕК with the receipt number, the time,
the business day and the payment's id; the account, payer, address and period; every
service with its provider, readings and amount; the fee and its providers, the total, cash
received and change; the teller and signature lines; the round stamp beside the QR code and
its verification code. Russian / Kazakh as on A4.

A thermal printer has no grey: everything that matters is black (a driver's dithering, or
the ESC/POS raster's threshold, would break thin grey type). `roll_layout(pen, x0, top,
width, title, content, bank_copy)` has the signature of receipt_layout.layout: with a
measuring Pen only the arithmetic runs, which is how receipt_roll.py sizes the page.
"""

from __future__ import annotations

from reportlab.lib.colors import black
from reportlab.lib.units import mm

from cashier.documents.fonts import BOLD, REGULAR, Pen, fit_size, width, wrap
from cashier.documents.receipt_layout import (COPY_BANNER, COPY_NOTE, COPY_RED, TITLE,
                                              VOID_BANNER, VOID_NOTE, Content, _draw_qr)
from cashier.documents.stamp import draw_stamp

QR_SIZE = 30 * mm        # the quiet zone included: about 0.6 mm a module, 5 printer dots
STAMP_RADIUS = 16.5 * mm
THANKS = "Спасибо за оплату! / Төлеміңіз үшін рахмет!"
MIN_SIZE = 5.5


def _nb(text: str) -> str:
    """"№ 17" stays on one line in a narrow column."""
    return (text or "").replace("№ ", "№\u00a0")


def _centred(p: Pen, x0: float, y: float, w: float, text: str, font: str = REGULAR,
             size: float = 7.5, lead: float = 1.22) -> float:
    return p.para(x0, y, w, _nb(text), font, size, black, "centre", lead)


def _pair(p: Pen, x0: float, y: float, w: float, label: str, value: str, *,
          font: str = REGULAR, size: float = 8.5, label_size: float = 7.0) -> float:
    """`label:` on the left and `value` on the right of one line when both fit; else the
    label on its line and the value wrapped under it. Returns the bottom."""
    label = label + ":"
    gap = 6.0
    value_w = width(value, font, size)
    if width(label, REGULAR, label_size) + gap + value_w <= w:
        p.text(x0, y - size, label, REGULAR, label_size)
        p.text(x0 + w, y - size, value, font, size, black, "right")
        return y - size * 1.3
    y = p.para(x0, y, w, label, REGULAR, label_size)
    return p.para(x0 + 8, y, w - 8, value or "—", font, size) - 1


def _amount_row(p: Pen, x0: float, y: float, w: float, label: str, value: str, font: str,
                size: float) -> float:
    """A label shrunk to fit beside its amount, the amount on the right. Returns the bottom."""
    amount_w = width(value, font, size)
    label_size = fit_size(label, font, size, w - amount_w - 8, MIN_SIZE)
    p.text(x0, y - size, label, font, label_size)
    p.text(x0 + w, y - size, value, font, size, black, "right")
    return y - size * 1.35


def _band(p: Pen, x0: float, y: float, w: float, k: Content) -> float:
    """The red frame that says КОПИЯ (a reprint) or АННУЛИРОВАН (a voided payment)."""
    if k.voided:
        label = f"{VOID_BANNER} — " + (COPY_BANNER if k.copy else VOID_NOTE)
    else:
        label = f"{COPY_BANNER} — {COPY_NOTE}"
    size = 8.0
    lines = wrap(label, BOLD, size, w - 8)
    height = len(lines) * size * 1.25 + 6
    if p.draw:
        p.c.setStrokeColor(COPY_RED)
        p.c.setLineWidth(2.0 if k.voided else 1.2)
        p.c.rect(x0, y - height, w, height, stroke=1, fill=0)
    p.para(x0 + 4, y - 3, w - 8, label, BOLD, size, COPY_RED, "centre", 1.25)
    return y - height - 5


def _header(p: Pen, x0: float, y: float, w: float, title: str, k: Content) -> float:
    hdr = k.header
    y = _centred(p, x0, y, w, hdr.bank_name, BOLD, 10)
    if hdr.bank_bin:
        y = _centred(p, x0, y, w, f"БИН / БСН: {hdr.bank_bin}", REGULAR, 7.5)
    y = _centred(p, x0, y, w, f"Отделение / Бөлімше: {hdr.branch_name}", REGULAR, 7.5)
    if hdr.branch_address:
        y = _centred(p, x0, y, w, hdr.branch_address, REGULAR, 7)
    y = _centred(p, x0, y, w, f"Рабочее место / Жұмыс орны: {hdr.workstation_id}", REGULAR, 7)
    y -= 3
    p.rule(x0, y, x0 + w, 0.8, black)
    y -= 4
    if title:
        y = _centred(p, x0, y, w, title, REGULAR, 7)
    y = p.fitted(x0, y, w, TITLE, BOLD, 11.5, black, "centre")
    y = p.fitted(x0, y, w, f"№ {k.receipt_no}", BOLD, 11.5, black, "centre") - 2
    y = _pair(p, x0, y, w, "Дата и время / Күні мен уақыты", k.when, size=7.5, label_size=6.5)
    y = _pair(p, x0, y, w, "Операционный день / Операциялық күн", k.business_date, size=7.5,
              label_size=6.5)
    return p.fitted(x0, y, w, f"ID: {k.payment_id}", REGULAR, 6.5, black, "centre") - 1


def _payer(p: Pen, x0: float, y: float, w: float, k: Content) -> float:
    y = _pair(p, x0, y, w, "Лицевой счёт / Дербес шот", k.account, font=BOLD, size=10)
    for label, value in (("Плательщик / Төлеуші", k.holder), ("Адрес / Мекенжай", k.address)):
        y = p.para(x0, y, w, label + ":", REGULAR, 6.5)
        y = p.para(x0 + 8, y, w - 8, _nb(value) or "—", REGULAR, 8) - 1
    return _pair(p, x0, y, w, "Период / Кезең", k.period, size=8.5)


def _services(p: Pen, x0: float, y: float, w: float, k: Content) -> float:
    """Each service: number and name with its amount on the right, then its provider and,
    for a metered one, the readings and the consumption."""
    p.text(x0, y - 7, "Услуга / Қызмет", BOLD, 7)
    p.text(x0 + w, y - 7, "Сумма / Сома", BOLD, 7, black, "right")
    y -= 7 * 1.4
    p.rule(x0, y, x0 + w, 0.5, black)
    y -= 3
    indent = 12.0
    for i, line in enumerate(k.lines, 1):
        amount_w = width(line.amount, BOLD, 8.5)
        p.text(x0, y - 8.5, f"{i}.", REGULAR, 8)
        p.text(x0 + w, y - 8.5, line.amount, BOLD, 8.5, black, "right")
        y = p.para(x0 + indent, y, w - indent - amount_w - 6, line.service, REGULAR, 8.5)
        y = p.para(x0 + indent, y, w - indent, line.provider, REGULAR, 7)
        if line.readings:
            y = p.para(x0 + indent, y, w - indent,
                       f"Показания / Көрсеткіш: {line.readings}", REGULAR, 7)
        if line.consumption:
            y = p.para(x0 + indent, y, w - indent, f"Расход / Шығын: {line.consumption}",
                       REGULAR, 7)
        y -= 2
        p.rule(x0, y, x0 + w, 0.3 if i < len(k.lines) else 1.0, black)
        y -= 3
    return y


def _totals(p: Pen, x0: float, y: float, w: float, k: Content) -> float:
    if k.fee is not None:
        y = _amount_row(p, x0, y, w, "Сумма по услугам / Қызметтер сомасы", k.subtotal, REGULAR,
                        8.5)
        y = _amount_row(p, x0, y, w, "Комиссия / Комиссия", k.fee, REGULAR, 8.5)
        for provider, fee in k.fee_parts:
            y = _amount_row(p, x0 + 8, y, w - 8, "— " + provider, fee, REGULAR, 7)
        y -= 1
        p.rule(x0, y, x0 + w, 1.0, black)
        y -= 3
    y = _amount_row(p, x0, y, w, "ИТОГО / БАРЛЫҒЫ", k.total, BOLD, 11.5) - 2
    if k.card:
        y = _amount_row(p, x0, y, w, "Картой / Картамен", k.card, REGULAR, 8.5)
    y = _amount_row(p, x0, y, w, "Принято наличными / Қолма-қол қабылданды" if k.card else
                    "Принято / Қабылданды", k.tendered, REGULAR, 8.5)
    return _amount_row(p, x0, y, w, "Сдача / Қайтарым", k.change, REGULAR, 8.5)


def _signatures(p: Pen, x0: float, y: float, w: float, k: Content, bank_copy: bool) -> float:
    y = _pair(p, x0, y, w, "Кассир / Кассир", k.header.teller_name, font=BOLD, size=8)
    labels = ["Подпись кассира / Кассирдің қолы"]
    if bank_copy:  # the payer signs the bank's copy: the amounts and readings are right
        labels.append("Подпись плательщика / Төлеушінің қолы")
    for label in labels:
        y = p.para(x0, y - 4, w, label + ":", REGULAR, 6.5) - 14
        p.rule(x0 + w * 0.35, y, x0 + w, 0.6, black)
        y -= 3
    return y


def _stamp_and_code(p: Pen, x0: float, y: float, w: float, k: Content) -> float:
    """The round stamp on the left, the QR code on the right, the verification code under."""
    radius = STAMP_RADIUS
    qr = QR_SIZE if k.qr is not None else 0.0
    height = max(2 * radius, qr)
    if p.draw:
        hdr = k.header
        cx = x0 + radius + 2 if qr else x0 + w / 2
        draw_stamp(p.c, cx, y - height / 2, radius,
                   ring_parts=[hdr.bank_name, f"БИН {hdr.bank_bin}" if hdr.bank_bin else "",
                               hdr.branch_name],
                   date_text=k.stamp_date, teller_name=hdr.teller_name)
        if k.qr is not None:
            _draw_qr(p.c, k.qr, x0 + w - qr, y - (height + qr) / 2, qr)
    y -= height + 2
    if k.qr_code:
        y = p.fitted(x0, y, w, f"Код проверки / Тексеру коды: {k.qr_code}", REGULAR, 7, black,
                     "centre")
    return y


def roll_layout(p: Pen, x0: float, top: float, w: float, title: str, k: Content,
                bank_copy: bool) -> float:
    """Lay out one copy from `top` down; returns the y where it ends."""
    y = top
    if k.copy or k.voided:
        y = _band(p, x0, y, w, k)
    y = _header(p, x0, y, w, title, k)
    p.rule(x0, y, x0 + w, 0.8, black)
    y = _payer(p, x0, y - 4, w, k) - 3
    y = _services(p, x0, y, w, k)
    y = _totals(p, x0, y, w, k) - 4
    y = _signatures(p, x0, y, w, k, bank_copy) - 4
    y = _stamp_and_code(p, x0, y, w, k)
    if not bank_copy:
        y = _centred(p, x0, y - 3, w, THANKS, REGULAR, 7)
    return y

