"""Fonts, text measuring and a small text pen for the receipt PDF.

reportlab's built-in Type 1 fonts have no Cyrillic, no Kazakh letters
(ә ғ қ ң ө ұ ү һ і) and no ₸, so the receipt uses the DejaVu TTFs shipped in
resources/fonts. reportlab embeds a subset with a ToUnicode map, which is what
makes the text searchable and extractable (pypdf, pdftotext) afterwards.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cashier.resources import font_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
GREY = Color(0.35, 0.35, 0.35)
RULE = Color(0.6, 0.6, 0.6)

_BREAKABLE = re.compile(r"[ \t\r\n]+")
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the DejaVu faces with reportlab once per process (thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = font_path(filename)
            if not path.is_file():
                raise FileNotFoundError(f"receipt font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        _registered = True


@lru_cache(maxsize=16384)
def _em_width(text: str, font: str) -> float:
    # TTF advance widths add up linearly (reportlab applies no kerning), so one
    # measurement per (text, font) serves every size and every layout pass.
    return pdfmetrics.stringWidth(text, font, 1000.0) / 1000.0


def width(text: str, font: str, size: float) -> float:
    return _em_width(text, font) * size


def fit_size(text: str, font: str, size: float, max_width: float, min_size: float = 4.0) -> float:
    """The largest size <= `size` at which `text` fits into `max_width` (not below min_size)."""
    w = width(text, font, size)
    if w <= max_width or w == 0:
        return size
    return max(min_size, size * max_width / w * 0.999)


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Greedy word wrap; a word wider than the line is broken by characters."""
    # Split on ordinary spaces only: a no-break space (the group separator in
    # "1 272,26 ₸") must keep an amount on one line.
    words = [w for w in _BREAKABLE.split(text or "") if w]
    if not words:
        return [""]
    space = width(" ", font, size)
    lines: list[str] = []
    current, current_w = "", 0.0
    for word in words:
        word_w = width(word, font, size)
        if current and current_w + space + word_w <= max_width:
            current, current_w = f"{current} {word}", current_w + space + word_w
            continue
        if not current and word_w <= max_width:
            current, current_w = word, word_w
            continue
        if current:
            lines.append(current)
        # The word alone does not fit: break it wherever the line is full.
        while word_w > max_width:
            cut, cut_w = 1, width(word[0], font, size)
            while cut < len(word) and cut_w + width(word[cut], font, size) <= max_width:
                cut_w += width(word[cut], font, size)
                cut += 1
            hyphen = word.rfind("-", 0, cut)
            if hyphen > 0:  # "Әбдіқадырова-Жұмабекова" breaks after its hyphen
                cut = hyphen + 1
            lines.append(word[:cut])
            word = word[cut:]
            word_w = width(word, font, size)
        current, current_w = word, word_w
    if current:
        lines.append(current)
    return lines


def ellipsize(text: str, font: str, size: float, max_width: float) -> str:
    """Cut `text` to fit `max_width`, ending with an ellipsis when anything was cut."""
    if width(text, font, size) <= max_width:
        return text
    while text and width(text + "…", font, size) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"


class Pen:
    """Draws when `draw` is set; otherwise only the layout arithmetic runs (measuring)."""

    def __init__(self, c, draw: bool, scale: float):
        self.c, self.draw, self.s = c, draw, scale

    def text(self, x, baseline, text, font=REGULAR, size=8.0, color=black, align="left"):
        if not self.draw or not text:
            return
        c = self.c
        c.setFillColor(color)
        c.setFont(font, size)
        if align == "right":
            c.drawRightString(x, baseline, text)
        elif align == "centre":
            c.drawCentredString(x, baseline, text)
        else:
            c.drawString(x, baseline, text)

    def para(self, x, top, w, text, font=REGULAR, size=8.0, color=black, align="left",
             lead=1.22) -> float:
        """Wrapped text whose first line box starts at `top`; returns the bottom."""
        step = size * lead
        for line in wrap(text, font, size, w):
            ax = x + w if align == "right" else x + w / 2 if align == "centre" else x
            self.text(ax, top - size, line, font, size, color, align)
            top -= step
        return top

    def fitted(self, x, top, w, text, font=REGULAR, size=8.0, color=black, align="left") -> float:
        """One line, shrunk to fit the width; returns the bottom."""
        size_fit = fit_size(text, font, size, w)
        ax = x + w if align == "right" else x + w / 2 if align == "centre" else x
        self.text(ax, top - size, text, font, size_fit, color, align)
        return top - size * 1.22

    def rule(self, x1, y, x2, widthpt=0.5, color=RULE):
        if self.draw:
            self.c.setStrokeColor(color)
            self.c.setLineWidth(widthpt)
            self.c.line(x1, y, x2, y)
