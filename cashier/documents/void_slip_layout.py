"""How the void slip looks: the PDF a void prints (reportlab), bilingual Russian / Kazakh.

Like the receipt (cashier/documents/receipt_pdf.py draws both copies with this layout): one A4
page, the bank's copy above the tear line and the payer's copy below, each with
the bank's block, АННУЛИРОВАНИЕ ПЛАТЕЖА / ТӨЛЕМДІ ЖОЮ with the receipt number,
when the payment was taken and when it was voided, the payer, the services and
the total refunded, the reason, the teller and the supervisor (names and user
ids), signature lines and the bank's round stamp saying АННУЛИРОВАНО / ЖОЙЫЛДЫ.
The payer signs the bank's copy for the cash they got back.

`slip_layout` has the signature of receipt_layout.layout: with a measuring Pen it
only does the arithmetic, which is how the copy is fitted into half a page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.colors import black
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as rl_canvas

from cashier.documents.fonts import BOLD, GREY, REGULAR, Pen, fit_size, register_fonts, width
from cashier.documents.receipt_layout import (COPY_BANNER, COPY_NOTE, COPY_RED, Line, ReceiptHeader,
                                    bank_block, layout_table, payer_rows)
from cashier.documents.stamp import draw_stamp
from cashier.documents.receipt_pdf import draw_copies

TITLE = "АННУЛИРОВАНИЕ ПЛАТЕЖА / ТӨЛЕМДІ ЖОЮ"
REFUNDED = "ВОЗВРАЩЕНО / ҚАЙТАРЫЛДЫ"
STAMP_LINES = ("АННУЛИРОВАНО", "ЖОЙЫЛДЫ", "VOID")
TELLER = "Кассир / Кассир"
SUPERVISOR = "Старший кассир / Аға кассир"
PAYER_SIGNS = "Плательщик / Төлеуші"
PAYER_NOTE = "деньги получил(а) / ақшаны алдым"
SIGNATURE = "подпись / қолы"


@dataclass(frozen=True)
class SlipContent:
    """Everything one copy of the slip shows, already formatted as text."""
    header: ReceiptHeader      # teller_name: the teller who voided
    receipt_no: str
    payment_id: str
    paid_at: str
    voided_at: str
    stamp_date: str
    account: str
    holder: str
    address: str
    period: str
    lines: tuple[Line, ...]    # service, provider and amount; no readings
    subtotal: str
    fee: str | None
    refunded: str
    reason: str
    teller: str                # "Name (user id)"
    supervisor: str            # "Name (user id)"
    copy: bool = False
    voided: bool = False       # for receipts.draw_copies: the slip itself is never crossed out

    metered = False            # layout_table: no readings columns


def slip_layout(p: Pen, x0: float, top: float, w: float, title: str, k: SlipContent,
                bank_copy: bool) -> float:
    """Lay out one copy from `top` down; returns the y where it ends."""
    s = p.s
    y = top
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

    # The bank on the left; what this slip is about on the right.
    left_w = w * 0.42
    ly = bank_block(p, x0, y, left_w, k.header)
    rx = x0 + left_w + 10 * s
    rw = x0 + w - rx
    ry = p.fitted(rx, y, rw, title, BOLD, 7 * s, GREY, "right")
    ry = p.fitted(rx, ry, rw, TITLE, BOLD, 12 * s, COPY_RED, "right")
    ry = p.fitted(rx, ry, rw, f"Квитанция / Түбіртек № {k.receipt_no}", BOLD, 10.5 * s, black, "right")
    for label, value, font in (("Платёж принят / Төлем қабылданды:", k.paid_at, REGULAR),
                               ("Аннулирован / Жойылды:", k.voided_at, BOLD)):
        ry = p.fitted(rx, ry - 1 * s, rw, label, REGULAR, 6.5 * s, GREY, "right")
        ry = p.fitted(rx, ry, rw, value, font, 8.5 * s, black, "right")
    ry = p.fitted(rx, ry, rw, f"ID: {k.payment_id}", REGULAR, 6 * s, GREY, "right")
    y = min(ly, ry) - 3 * s
    p.rule(x0, y, x0 + w, 0.8, black)
    y = payer_rows(p, x0, y - 4 * s, w, k) - 3 * s
    y = layout_table(p, x0, y, w, k)
    y = _reason_and_totals(p, x0, y - 5 * s, w, k)
    return _people(p, x0, y - 8 * s, w, k, bank_copy)


def _reason_and_totals(p: Pen, x0: float, y: float, w: float, k: SlipContent) -> float:
    """The reason on the left, the amounts refunded on the right; returns the lower bottom."""
    s = p.s
    tw = 240 * s
    tx = x0 + w - tw
    reason_w = tx - x0 - 14 * s
    ly = p.para(x0, y, reason_w, "Причина аннулирования / Жою себебі:", REGULAR, 6.5 * s, GREY)
    ly = p.para(x0, ly - 1 * s, reason_w, k.reason, REGULAR, 8.5 * s)
    rows = []
    if k.fee is not None:
        rows += [("Сумма по услугам / Қызметтер сомасы", k.subtotal, REGULAR, 8.5),
                 ("Комиссия / Комиссия", k.fee, REGULAR, 8.5)]
    rows.append((REFUNDED, k.refunded, BOLD, 11.5))
    ty = y
    for i, (label, value, font, size) in enumerate(rows):
        size *= s
        if font is BOLD and i > 0:
            ty -= 1.5 * s
            p.rule(tx, ty, x0 + w, 0.8, black)
            ty -= 3 * s
        label_size = fit_size(label, font, size, tw - width(value, font, size) - 10 * s)
        p.text(tx, ty - size, label, font, label_size)
        p.text(x0 + w, ty - size, value, font, size, black, "right")
        ty -= size * 1.4
    ty = p.para(tx, ty, tw, "плательщику наличными / төлеушіге қолма-қол", REGULAR, 6.5 * s, GREY,
                "right")
    return min(ly, ty)


def _people(p: Pen, x0: float, y: float, w: float, k: SlipContent, bank_copy: bool) -> float:
    """Who did it and their signatures on the left, the bank's stamp on the right."""
    s = p.s
    radius = 50 * s
    col_w = 200 * s
    sig_x = x0 + col_w + 10 * s
    sig_w = min(140 * s, x0 + w - 2 * radius - 16 * s - sig_x)
    signers = [(TELLER, k.teller, BOLD), (SUPERVISOR, k.supervisor, BOLD)]
    if bank_copy:  # the payer signs the bank's copy for the cash they got back
        signers.insert(0, (PAYER_SIGNS, PAYER_NOTE, REGULAR))
    ry = y
    for label, who, font in signers:
        p.text(x0, ry - 6.5 * s, label + ":", REGULAR, fit_size(label + ":", REGULAR, 6.5 * s, col_w),
               GREY)
        bottom = p.para(x0, ry - 6.5 * s * 1.3, col_w, who, font, 8.5 * s)
        line_y = ry - 20 * s
        p.rule(sig_x, line_y, sig_x + sig_w, 0.5, black)
        p.text(sig_x + sig_w / 2, line_y - 7 * s, SIGNATURE, REGULAR, 5.5 * s, GREY, "centre")
        ry = min(bottom, line_y - 8 * s) - 7 * s
    cx, cy = x0 + w - radius - 4 * s, y - radius - 1 * s
    if p.draw:
        h = k.header
        draw_void_stamp(p.c, cx, cy, radius,
                        ring_parts=[h.bank_name, f"БИН {h.bank_bin}" if h.bank_bin else "", h.branch_name],
                        date_text=k.stamp_date, teller_name=h.teller_name)
    return min(ry + 4 * s, cy - radius - 2 * s)


def draw_void_stamp(c, cx: float, cy: float, radius: float, *, ring_parts, date_text: str,
                    teller_name: str) -> None:
    """The bank's round stamp as on the receipt, with АННУЛИРОВАНО / ЖОЙЫЛДЫ / VOID in the
    centre instead of PAID."""
    draw_stamp(c, cx, cy, radius, ring_parts=ring_parts, date_text=date_text,
               teller_name=teller_name, centre_lines=STAMP_LINES, centre_scale=0.15)


def render_slip(k: SlipContent, *, author: str = "") -> bytes:
    """The slip as PDF bytes, deterministic for the same content (reportlab's invariant mode)."""
    register_fonts()
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1,
                         initialFontName=REGULAR, initialFontSize=8)
    c.setTitle(f"Аннулирование / Жою № {k.receipt_no}")
    c.setAuthor(author or k.header.bank_name)
    # The payment id in the document info (not compressed) identifies a file left by a crash.
    c.setSubject(f"void {k.account} {k.payment_id}")
    c.setCreator("cashier-workstation")
    draw_copies(c, k, slip_layout, "void slip")
    c.save()
    return buf.getvalue()
