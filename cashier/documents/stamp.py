"""The round "paid" stamp, drawn with plain reportlab canvas operations.

Like a bank's rubber stamp: a double outer rim, an inner circle, the bank's
name (and BIN, branch) set around the ring with every letter turned along the
circle, and in the middle ОПЛАЧЕНО / ТӨЛЕНДІ / PAID, the date in a small box
and the teller's name. Blue ink, slightly translucent, so whatever lies under
it stays readable.

The centre is drawn upright on purpose: text extractors (pypdf, pdftotext)
read only horizontal/vertical text, and the words "ОПЛАЧЕНО" and "ТӨЛЕНДІ"
must stay searchable in the PDF.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib.colors import Color

from cashier.documents.fonts import BOLD, REGULAR, ellipsize, fit_size, width

INK = Color(0.08, 0.24, 0.72)
INK_ALPHA = 0.78
PAID_LINES = ("ОПЛАЧЕНО", "ТӨЛЕНДІ", "PAID")
SEPARATOR = " ★ "

# Proportions of the stamp relative to its outer radius (a 38 mm stamp at r=54 pt).
_RIM_GAP = 0.045        # outer thick rim -> thin rim
_RING_TEXT_SIZE = 0.14  # ring letters, maximum size
_INNER = 0.76           # inner circle


# Legal forms a stamp may shorten when the full name does not go round the ring.
_LEGAL_FORMS = (("АКЦИОНЕРНОЕ ОБЩЕСТВО", "АО"), ("АКЦИОНЕРЛІК ҚОҒАМЫ", "АҚ"),
                ("АКЦИОНЕРЛІК ҚОҒАМ", "АҚ"),
                ("ТОВАРИЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ", "ТОО"),
                ("ЖАУАПКЕРШІЛІГІ ШЕКТЕУЛІ СЕРІКТЕСТІК", "ЖШС"))


def _abbreviate(name: str) -> str:
    for long, short in _LEGAL_FORMS:
        name = name.replace(long, short)
    return name


def _ring_string(parts: Sequence[str], size: float, arc: float) -> tuple[str, float]:
    """The text going round the ring and the font size that makes it fit.

    Drops the last parts (branch, BIN) when the whole would be too small to read,
    then cuts the bank's name as a last resort. A short text is repeated so the
    letters are not spread thin around the whole circle.
    """
    min_size = size * 0.62
    parts = [p.strip().upper() for p in parts if p and p.strip()] or ["★"]
    if width(SEPARATOR.join(parts[:1]) + SEPARATOR, BOLD, min_size) > arc * 0.97:
        parts = [_abbreviate(parts[0])] + parts[1:]
    while True:
        text = SEPARATOR.join(parts) + SEPARATOR
        unit = width(text, BOLD, 1.0)
        fitted = arc * 0.97 / unit
        if fitted >= min_size or len(parts) == 1:
            break
        parts = parts[:-1]
    if fitted < min_size:
        # One part alone is still too long: cut it.
        text = ellipsize(parts[0], BOLD, min_size, arc * 0.97 - width(SEPARATOR, BOLD, min_size))
        return text + SEPARATOR, min_size
    fitted = min(fitted, size)
    repeat = int(arc * 0.97 // (unit * fitted))
    if repeat >= 2:
        text = text * min(repeat, 3)
    return text, fitted


def draw_stamp(c, cx: float, cy: float, radius: float, *, ring_parts: Sequence[str],
               date_text: str, teller_name: str, centre_lines: Sequence[str] = PAID_LINES,
               centre_scale: float = 0.165) -> None:
    """Draw the stamp centred at (cx, cy) with outer radius `radius` (points).

    `centre_lines`: the three words in the middle (ОПЛАЧЕНО / ТӨЛЕНДІ / PAID on a
    receipt; a void slip stamps its own)."""
    r_rim = radius * (1 - _RIM_GAP)
    r_inner = radius * _INNER
    c.saveState()
    c.setStrokeColor(INK)
    c.setFillColor(INK)
    c.setStrokeAlpha(INK_ALPHA)
    c.setFillAlpha(INK_ALPHA)

    c.setLineWidth(radius * 0.034)
    c.circle(cx, cy, radius, stroke=1, fill=0)
    c.setLineWidth(radius * 0.011)
    c.circle(cx, cy, r_rim, stroke=1, fill=0)
    c.setLineWidth(radius * 0.018)
    c.circle(cx, cy, r_inner, stroke=1, fill=0)

    _draw_ring_text(c, cx, cy, r_inner, r_rim, radius, ring_parts)
    _draw_centre(c, cx, cy, r_inner, radius, date_text, teller_name, centre_lines, centre_scale)
    c.restoreState()


def _draw_ring_text(c, cx, cy, r_inner, r_rim, radius, parts) -> None:
    band = r_rim - r_inner
    max_size = min(radius * _RING_TEXT_SIZE, band * 0.95)
    # Letters stand on a baseline circle, their tops pointing outwards; the
    # spacing is measured a little above the baseline, where letters look evenly set.
    baseline_r = r_inner + (band - max_size * 0.73) / 2
    arc = 2 * math.pi * (baseline_r + max_size * 0.3)
    text, size = _ring_string(parts, max_size, arc)
    baseline_r = r_inner + (band - size * 0.73) / 2
    ref_r = baseline_r + size * 0.3
    widths = [width(ch, BOLD, size) for ch in text]
    spare = 2 * math.pi * ref_r - sum(widths)
    track = spare / len(text)  # fills the whole circle, the join included

    # Centre the first part (the bank's name) at the top of the stamp.
    first = text.split(SEPARATOR.strip())[0].rstrip()
    first_len = sum(widths[:len(first)]) + track * len(first)
    angle = math.pi / 2 + first_len / ref_r / 2  # radians, counter-clockwise from east

    t = c.beginText()
    t.setFont(BOLD, size)
    for ch, w in zip(text, widths):
        step = (w + track) / ref_r
        mid = angle - step / 2
        # Rotate so the glyph's up points outward and its baseline is tangent,
        # reading clockwise.
        rot = mid - math.pi / 2
        cos, sin = math.cos(rot), math.sin(rot)
        # Local point (-w/2, baseline_r) in the rotated frame.
        x = cx + (-w / 2) * cos - baseline_r * sin
        y = cy + (-w / 2) * sin + baseline_r * cos
        t.setTextTransform(cos, sin, -sin, cos, x, y)
        t.textOut(ch)
        angle -= step
    c.drawText(t)


def short_name(full: str) -> str:
    """"Сәрсенбаева Гүлнұр Ерланқызы" -> "Сәрсенбаева Г. Е." for the small stamp centre."""
    parts = full.split()
    if len(parts) < 2:
        return full
    return " ".join([parts[0]] + [p[0] + "." for p in parts[1:] if p[0].isalpha()])


def _chord(r: float, dy_top: float, dy_bottom: float, pad: float) -> float:
    """Width available inside a circle of radius r for a strip between two heights."""
    d = max(abs(dy_top), abs(dy_bottom))
    if d >= r:
        return 0.0
    return 2 * math.sqrt(r * r - d * d) - 2 * pad


def _draw_centre(c, cx, cy, r_inner, radius, date_text, teller_name, lines, scale) -> None:
    big = radius * scale
    small = radius * 0.105
    tiny = radius * 0.092
    pad = radius * 0.05
    gap = radius * 0.03
    rows = [(lines[0], BOLD, big), (lines[1], BOLD, big), (lines[2], BOLD, big * 0.8),
            (date_text, BOLD, small), (teller_name, REGULAR, tiny)]
    leads = [size * 1.12 for _, _, size in rows]
    leads[3] += gap * 2  # room for the box around the date
    total = sum(leads)
    top = cy + total / 2 - gap
    for i, ((text, font, size), lead) in enumerate(zip(rows, leads)):
        extra = gap if i == 3 else 0.0
        box_top = top - extra
        baseline = box_top - size * 0.86
        avail = _chord(r_inner, box_top - cy, baseline - size * 0.22 - cy, pad)
        if i == 4 and width(text, font, size * 0.75) > avail:
            text = short_name(text)
            text = ellipsize(text, font, fit_size(text, font, size, avail, size * 0.75), avail)
        size = fit_size(text, font, size, avail, size * 0.6)
        c.setFont(font, size)
        c.drawCentredString(cx, baseline, text)
        if i == 3:
            w = width(text, font, size) + size * 0.9
            c.setLineWidth(radius * 0.012)
            c.rect(cx - w / 2, baseline - size * 0.32, w, size * 1.2, stroke=1, fill=0)
        top -= lead
