"""The receipt on an 80 mm roll: the PDF a roll printer prints, and its place in the archive.

One copy per cut: the bank's copy (which the payer signs) on the first page, the payer's on
the second, each page 72 mm wide (the print width of an 80 mm roll) and exactly as long as
its copy (cashier/documents/receipt_roll_layout.py), so a long receipt is a long page and the
printer cuts after each. The content is the A4 receipt's (receipt_pdf._content): the same
stamp and QR code, scaled for the width, the same КОПИЯ and АННУЛИРОВАН marks.

The legal receipt stays the A4 original (payments.receipt_pdf, kind 'receipt'). What a roll
printer prints is archived too, as kind 'receipt_roll' (<receipt_no>-roll.pdf, reprints
-roll-copy-N.pdf), written once and kept with its SHA-256 like every document: the print
log then names the very file that went to the printer, a roll copy is kept like an A4 copy,
and the original of either kind goes out once (print_log: one family of kinds).
"""

from __future__ import annotations

import io
from datetime import tzinfo
from typing import Mapping

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from cashier.documents import archive as pipeline
from cashier.documents.fonts import BOLD, REGULAR, Pen, fit_size, register_fonts, width
from cashier.documents.receipt_layout import COPY_RED, VOID_BANNER, Content, ReceiptHeader
from cashier.documents.receipt_pdf import BANK_COPY, PAYER_COPY, SHORTENED, _content, shortened
from cashier.documents.receipt_roll_layout import roll_layout
from cashier.model import Payment

PAGE_W = 72 * mm          # the print width of an 80 mm roll
MARGIN_X = 1.5 * mm
MARGIN_TOP = 3 * mm
MARGIN_BOTTOM = 4 * mm
MAX_PAGE = 1500 * mm    # a copy longer than this has its long names cut
DOTS = 576                # an 80 mm printer's line at 8 dots a millimetre: 72 mm


def _watermark(c, w: float, h: float) -> None:
    """КОПИЯ across the copy, faint (a thermal printer drops it; the red band stays)."""
    text = "КОПИЯ · КӨШІРМЕ · COPY"
    c.saveState()
    c.setFillColor(COPY_RED)
    c.setFillAlpha(0.09)
    c.translate(w / 2, h / 2)
    c.rotate(60 if h > 2 * w else 24)
    size = fit_size(text, BOLD, 36, min(h, 2.2 * w) * 0.8)
    c.setFont(BOLD, size)
    c.drawCentredString(0, -size * 0.35, text)
    c.restoreState()


def _void_mark(c, w: float, h: float) -> None:
    """АННУЛИРОВАН / ЖОЙЫЛДЫ across the copy in outlined red letters: black enough for a
    thermal printer, and what it crosses stays readable."""
    c.saveState()
    c.translate(w / 2, h / 2)
    c.rotate(60 if h > 2 * w else 24)
    size = fit_size(VOID_BANNER, BOLD, 30, min(h, 2.2 * w) * 0.8)
    c.setStrokeColor(COPY_RED)
    c.setLineWidth(0.9)
    text = c.beginText()
    text.setTextRenderMode(1)  # stroke only
    text.setFont(BOLD, size)
    text.setTextOrigin(-width(VOID_BANNER, BOLD, size) / 2, -size * 0.35)
    text.textOut(VOID_BANNER)
    c.drawText(text)
    c.restoreState()


def copy_height(k: Content, bank_copy: bool) -> float:
    """The page a copy needs: its content and the margins, in points."""
    title = BANK_COPY if bank_copy else PAYER_COPY
    used = 10_000 - roll_layout(Pen(None, False, 1.0), MARGIN_X, 10_000, PAGE_W - 2 * MARGIN_X,
                                title, k, bank_copy)
    return MARGIN_TOP + used + MARGIN_BOTTOM


def _fitted(k: Content, bank_copy: bool) -> tuple[Content, float]:
    """The copy as long as its content, its long names cut (receipt_pdf.shortened) when that
    would pass MAX_PAGE: every answer the desk accepts then stays under a metre and a half."""
    for candidate in (k, *(shortened(k, n) for n in SHORTENED)):
        h = copy_height(candidate, bank_copy)
        if h <= MAX_PAGE:
            break
    return candidate, h


def draw_roll(c, k: Content) -> None:
    """The bank's copy, then the payer's, a page each as long as its content."""
    for bank_copy in (True, False):
        shown, h = _fitted(k, bank_copy)
        c.setPageSize((PAGE_W, h))
        if k.copy and not k.voided:
            _watermark(c, PAGE_W, h)
        roll_layout(Pen(c, True, 1.0), MARGIN_X, h - MARGIN_TOP, PAGE_W - 2 * MARGIN_X,
                    BANK_COPY if bank_copy else PAYER_COPY, shown, bank_copy)
        if k.voided:
            _void_mark(c, PAGE_W, h)
        c.showPage()


def render_roll_receipt(payment: Payment, header: ReceiptHeader, *, copy: bool = False,
                        tz: tzinfo | None = None, qr_payload: str | None = None,
                        fee_rules: Mapping | None = None) -> bytes:
    """The receipt for an 80 mm roll as PDF bytes (two pages: the bank's copy, the payer's).
    The arguments are render_receipt's; a voided payment gets no QR code."""
    register_fonts()
    if payment.status == "voided":
        qr_payload = None
    k = _content(payment, header, copy, tz, qr_payload, fee_rules)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(PAGE_W, 100 * mm), invariant=1, pageCompression=1,
                         initialFontName=REGULAR, initialFontSize=8)
    c.setTitle(f"Квитанция / Түбіртек № {payment.receipt_no}")
    c.setAuthor(header.bank_name)
    c.setSubject(f"{payment.account} {payment.payment_id}")
    c.setCreator("cashier-workstation")
    draw_roll(c, k)
    c.save()
    return buf.getvalue()


# -- in the archive -----------------------------------------------------------------------------

def render(ws, payment: Payment, *, copy: bool) -> tuple[bytes, str | None]:
    """The roll rendering of a payment's receipt with the workstation's header and QR code."""
    from cashier.documents import receipt_archive
    from cashier.errors import ConfigError
    try:
        rules = ws.config.fee_rules
    except ConfigError:
        rules = None
    payload = receipt_archive.qr_payload(ws, payment)
    pdf = render_roll_receipt(payment, receipt_archive.receipt_header(ws, payment.teller_id),
                              copy=copy, tz=ws.config.tz, qr_payload=payload, fee_rules=rules)
    return pdf, payload


def archive(ws, payment: Payment, *, copy: bool = False,
            actor: str | None = None) -> pipeline.Entry:
    """The archived roll original (written now if it never was), or a new roll reprint
    -roll-copy-N made by `actor`."""
    return pipeline.archive(ws, pipeline.RECEIPT_ROLL, payment,
                            lambda c: render(ws, payment, copy=c), copy=copy, actor=actor)
