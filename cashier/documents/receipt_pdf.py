"""The payment receipt as a PDF (reportlab), bilingual Russian / Kazakh.

One A4 page: the bank's copy in the upper half, the payer's copy in the lower
half, a dashed tear line with scissors between them. Both copies carry the
round PAID stamp and the QR code that `cashier receipt verify` checks
(cashier/documents/receipt_code.py). A voided payment's receipt (status 'voided') is
crossed on both copies with АННУЛИРОВАН / ЖОЙЫЛДЫ and carries no QR code, so
it can never pass for a valid one. How one copy looks is cashier/documents/receipt_layout.py;
here `_draw_copy(c, y_top, bank_copy, content)` fits it into its half, shrinking
the type when a long service list or a long address would overflow. A list too
long for half a page even in small type puts each copy on a page of its own.

The bytes are deterministic for the same payment (reportlab's invariant mode:
no creation timestamp, fixed document id), and the file is written atomically
through fileio.atomic_write_bytes.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import tzinfo
from pathlib import Path
from typing import Mapping

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from cashier import money
from cashier.storage.fileio import atomic_write_bytes
from cashier.model import Payment
from cashier.documents.fonts import BOLD, REGULAR, Pen, fit_size, register_fonts, width
# ReceiptHeader is part of this module's interface (services, tests, benchmarks import it here).
from cashier.documents.receipt_layout import (COPY_RED, VOID_BANNER, Content, Line, ReceiptHeader, layout,
                                    qr_modules)

PAGE_W, PAGE_H = A4
HALF_PAGE = PAGE_H / 2
MARGIN_X = 14 * mm
MARGIN_TOP = 9 * mm
MARGIN_BOTTOM = 7 * mm
MIN_SCALE = 0.62

CUT_GREY = Color(0.45, 0.45, 0.45)

PAYER_COPY = "Экземпляр плательщика / Төлеушінің данасы"
BANK_COPY = "Экземпляр банка / Банк данасы"
CUT_LABEL = "линия отреза / кесу сызығы"
SCISSORS = "\u2702"


def _reading_text(thousandths: int) -> str:
    sign = "-" if thousandths < 0 else ""
    return sign + money.format_reading(abs(thousandths))


def _fee_parts(payment: Payment, fee_rules: Mapping | None) -> tuple[tuple[str, str], ...]:
    """Which providers the fee is for, when today's rules explain the stored fee exactly."""
    if not fee_rules or payment.fee <= 0:
        return ()
    from cashier.fees import fee_by_provider
    parts = fee_by_provider(payment.lines, fee_rules)
    if sum(parts.values()) != payment.fee:
        return ()  # the rules changed since the payment: say nothing rather than something wrong
    names = {line.provider_id: line.provider_name for line in payment.lines}
    return tuple((names.get(pid, pid), money.format_amount(fee, payment.currency))
                 for pid, fee in parts.items())


def _content(payment: Payment, header: ReceiptHeader, copy: bool, tz: tzinfo | None,
             qr_payload: str | None, fee_rules: Mapping | None) -> Content:
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
        lines.append(Line(pl.service_name, pl.provider_name, readings, consumption,
                           money.format_amount(pl.amount, cur)))
    return Content(
        header=header, receipt_no=payment.receipt_no, payment_id=payment.payment_id,
        when=when_text, stamp_date=payment.business_date.strftime("%d.%m.%Y"),
        business_date=payment.business_date.strftime("%d.%m.%Y"),
        account=payment.account, holder=payment.holder, address=payment.address, period=period,
        lines=tuple(lines),
        subtotal=money.format_amount(sum(pl.amount for pl in payment.lines), cur),
        fee=money.format_amount(payment.fee, cur) if payment.fee > 0 else None,
        fee_parts=_fee_parts(payment, fee_rules),
        total=money.format_amount(payment.total, cur),
        tendered=money.format_amount(payment.tendered, cur),
        change=money.format_amount(payment.change, cur),
        copy=copy,
        qr=qr_modules(qr_payload) if qr_payload else None,
        qr_code=qr_payload.rsplit("|", 1)[-1] if qr_payload else "",
        voided=payment.status == "voided",
        card=(f"{money.format_amount(payment.card_amount, cur)} (RRN {payment.card_rrn})"
              if payment.card_amount else None),
    )


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


def _void_mark(c, x0: float, y_bottom: float, w: float, h: float) -> None:
    """АННУЛИРОВАН / ЖОЙЫЛДЫ across the whole copy, over everything, like a rubber stamp:
    red, in a double frame, translucent enough that what it crosses can still be read."""
    text = VOID_BANNER
    angle = 24
    size = fit_size(text, BOLD, 40, w * 0.78)
    tw = width(text, BOLD, size)
    pad_x, box_h = size * 0.45, size * 1.5
    c.saveState()
    c.translate(x0 + w / 2, y_bottom + h / 2)
    c.rotate(angle)
    c.setStrokeColor(COPY_RED)
    c.setFillColor(COPY_RED)
    c.setStrokeAlpha(0.55)
    c.setFillAlpha(0.38)
    c.setLineWidth(3.2)
    c.rect(-tw / 2 - pad_x, -box_h / 2, tw + 2 * pad_x, box_h, stroke=1, fill=0)
    c.setLineWidth(1.1)
    inset = 4.5
    c.rect(-tw / 2 - pad_x + inset, -box_h / 2 + inset, tw + 2 * pad_x - 2 * inset,
           box_h - 2 * inset, stroke=1, fill=0)
    c.setFont(BOLD, size)
    c.drawCentredString(0, -size * 0.35, text)
    c.restoreState()


def _tear_line(c, y: float) -> None:
    """A dashed cut line across the page with scissors and its name in a gap."""
    size = 6.5
    label = f"{CUT_LABEL}"
    lw = width(label, REGULAR, size)
    x_mid = PAGE_W / 2
    gap = (x_mid - lw / 2 - 6, x_mid + lw / 2 + 6)
    c.saveState()
    c.setStrokeColor(CUT_GREY)
    c.setLineWidth(0.6)
    c.setDash(4, 3)
    left = 7 * mm + 14
    c.line(left, y, gap[0], y)
    c.line(gap[1], y, PAGE_W - 7 * mm, y)
    c.setDash()
    c.setFillColor(CUT_GREY)
    c.setFont(REGULAR, 11)
    c.drawString(7 * mm, y - 3.6, SCISSORS)
    c.setFont(REGULAR, size)
    c.drawCentredString(x_mid, y - size * 0.35, label)
    c.restoreState()


def _fit_scale(c, title: str, k: Content, avail: float, bank_copy: bool,
               lay=layout) -> float | None:
    """The largest type scale (<= 1) at which the copy fits `avail` points; None if none does."""
    scale = 1.0
    for _ in range(8):
        used = _measure(c, title, k, scale, bank_copy, lay)
        if used <= avail:
            return scale
        if scale <= MIN_SCALE:
            return None
        scale = max(MIN_SCALE, scale * min(avail / used, 0.985))
    return None


def _measure(c, title: str, k: Content, scale: float, bank_copy: bool, lay=layout) -> float:
    top = 1000.0
    return top - lay(Pen(c, False, scale), MARGIN_X, top, PAGE_W - 2 * MARGIN_X, title, k,
                     bank_copy)


def _draw_copy(c, y_top: float, bank_copy: bool, k: Content, height: float = HALF_PAGE,
               lay=layout) -> bool:
    """Draw the bank's or the payer's copy in the band [y_top - height, y_top].

    Returns False (drawing nothing) when the content does not fit even at the
    smallest type scale, so the caller can give it more room. `lay` is the layout
    (receipt_layout.layout; the void slip passes its own) and `k` what it shows:
    anything with `copy` and `voided` flags.
    """
    title = BANK_COPY if bank_copy else PAYER_COPY
    avail = height - MARGIN_TOP - MARGIN_BOTTOM
    scale = _fit_scale(c, title, k, avail, bank_copy, lay)
    if scale is None:
        return False
    w = PAGE_W - 2 * MARGIN_X
    if k.copy and not k.voided:
        _watermark(c, MARGIN_X, y_top - height, w, height)
    bottom = lay(Pen(c, True, scale), MARGIN_X, y_top - MARGIN_TOP, w, title, k, bank_copy)
    if k.voided:  # on top of what the copy shows, across its middle
        _void_mark(c, MARGIN_X, bottom, w, y_top - MARGIN_TOP - bottom)
    return True


def draw_copies(c, k, lay=layout, what: str = "receipt") -> None:
    """The bank's copy above the tear line and the payer's below, on one page; when they
    do not fit half a page even in small type, each copy on a page of its own."""
    if _draw_copy(c, PAGE_H, True, k, lay=lay):
        if not _draw_copy(c, HALF_PAGE, False, k, lay=lay):  # pragma: no cover - halves are alike
            raise AssertionError(f"the payer's copy of the {what} did not fit where the bank's did")
        _tear_line(c, HALF_PAGE)
        c.showPage()
        return
    for bank_copy in (True, False):
        if not any(_draw_copy(c, PAGE_H, bank_copy, candidate, height=PAGE_H, lay=lay)
                   for candidate in (k, *(shortened(k, n) for n in SHORTENED))):
            raise ValueError(f"{what} {k.receipt_no} has too many lines for one page")
        c.showPage()


# The last resort before a copy would not fit its page: long names cut to this many
# characters (then fewer). Every answer the desk accepts (model.MAX_TEXT, MAX_SERVICES)
# fits at the shortest, so no committed payment is left with a receipt that cannot be drawn
# (tests/unit/test_receipts.py). The service code and the amounts are never cut.
SHORTENED = (80, 40, 24)


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def shortened(k, n: int):
    """The copy's content with service and provider names cut to n characters, the holder to
    2n and the address to 3n (a receipt's or a void slip's: both have these fields)."""
    lines = tuple(replace(line, service=_cut(line.service, n), provider=_cut(line.provider, n))
                  for line in k.lines)
    return replace(k, lines=lines, holder=_cut(k.holder, 2 * n), address=_cut(k.address, 3 * n))


def render_receipt(payment: Payment, header: ReceiptHeader, *, copy: bool = False,
                   tz: tzinfo | None = None, qr_payload: str | None = None,
                   fee_rules: Mapping | None = None) -> bytes:
    """The receipt as PDF bytes: the bank's copy above the tear line, the payer's below.

    `copy=True` marks a reprint КОПИЯ / КӨШІРМЕ / COPY. `qr_payload`
    (receipt_code.make_payload) is drawn as a QR code on both copies; None
    draws none, nor does a voided payment (status 'voided'), whose copies are
    crossed АННУЛИРОВАН / ЖОЙЫЛДЫ instead. `fee_rules` (Config.fee_rules) names
    the providers the fee is for.
    """
    register_fonts()
    if payment.status == "voided":
        qr_payload = None  # a code that verifies would make a voided receipt look valid
    k = _content(payment, header, copy, tz, qr_payload, fee_rules)
    buf = io.BytesIO()
    # The initial font is DejaVu too, or reportlab lists an unused Helvetica in the page.
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1,
                         initialFontName=REGULAR, initialFontSize=8)
    c.setTitle(f"Квитанция / Түбіртек № {payment.receipt_no}")
    c.setAuthor(header.bank_name)
    c.setSubject(f"{payment.account} {payment.payment_id}")
    c.setCreator("cashier-workstation")
    draw_copies(c, k)
    c.save()
    return buf.getvalue()


def write_receipt(path: Path, payment: Payment, header: ReceiptHeader, *, copy: bool = False,
                  tz: tzinfo | None = None, qr_payload: str | None = None,
                  fee_rules: Mapping | None = None) -> Path:
    """Render and write atomically: a crash leaves the old file or the new one, never half."""
    return atomic_write_bytes(Path(path), render_receipt(payment, header, copy=copy, tz=tz,
                                                         qr_payload=qr_payload, fee_rules=fee_rules))


def receipt_text(pdf_bytes: bytes) -> str:
    """The text of a receipt PDF as pypdf extracts it (for tests and checks)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf_bytes))
    return "\n".join(page.extract_text() or "" for page in reader.pages)
