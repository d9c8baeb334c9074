"""One receipt for several accounts paid at once (a basket): a section per account, each its
own receipt with its own QR code, in one document the printer takes as one job.

Every payment keeps its own archived receipt (the legal one, verified by its QR); this
document puts them together for the customer, archived once under the basket's first
payment as kind 'basket_receipt' (written once, reprints marked КОПИЯ), through the one
archive-and-print pipeline (cashier/documents/archive.py).
"""

from __future__ import annotations

import io

from cashier.documents import archive as pipeline
from cashier.documents import receipt_archive
from cashier.errors import ConfigError, NotFoundError
from cashier.model import Payment
from cashier.storage.records import load_payment

KIND = pipeline.BASKET_RECEIPT


def basket_payments(ws, basket_id: str) -> list[Payment]:
    """The basket's payments in the order they were taken (their receipt numbers)."""
    ids = [r[0] for r in ws.conn.execute(
        "SELECT payment_id FROM payments WHERE basket_id = ? ORDER BY seq", (basket_id,))]
    if not ids:
        raise NotFoundError("payment_not_found", f"No payments of basket {basket_id} here.")
    return [load_payment(ws, pid) for pid in ids]


def render(ws, payments: list[Payment], *, copy: bool) -> tuple[bytes, None]:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as rl_canvas

    from cashier.documents.fonts import REGULAR, register_fonts
    from cashier.documents.receipt_pdf import _content, draw_copies
    register_fonts()
    try:
        rules = ws.config.fee_rules
    except ConfigError:
        rules = None
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1,
                         initialFontName=REGULAR, initialFontSize=8)
    first = payments[0]
    header = receipt_archive.receipt_header(ws, first.teller_id)
    c.setTitle("Квитанции / Түбіртектер № " + ", ".join(p.receipt_no for p in payments))
    c.setAuthor(header.bank_name)
    c.setSubject(f"{first.basket_id} {first.payment_id}")   # the pipeline finds its payment id
    c.setCreator("cashier-workstation")
    for payment in payments:
        payload = receipt_archive.qr_payload(ws, payment)
        draw_copies(c, _content(payment, header, copy, ws.config.tz, payload, rules))
    c.save()
    return buf.getvalue(), None


def archive(ws, payments: list[Payment], *, copy: bool = False,
            actor: str | None = None) -> pipeline.Entry:
    return pipeline.archive(ws, KIND, payments[0], lambda c: render(ws, payments, copy=c),
                            copy=copy, actor=actor)
