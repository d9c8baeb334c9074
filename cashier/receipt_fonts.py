"""Fonts and text measuring for the receipt PDF.

reportlab's built-in Type 1 fonts have no Cyrillic, no Kazakh letters
(ә ғ қ ң ө ұ ү һ і) and no ₸, so the receipt uses the DejaVu TTFs shipped in
resources/fonts. reportlab embeds a subset with a ToUnicode map, which is what
makes the text searchable and extractable (pypdf, pdftotext) afterwards.
"""

from __future__ import annotations

import re
import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cashier.resources import font_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}
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


def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


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
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if width(candidate, font, size) <= max_width:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        # The word alone does not fit: break it wherever the line is full.
        while width(word, font, size) > max_width:
            cut = 1
            while cut < len(word) and width(word[:cut + 1], font, size) <= max_width:
                cut += 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
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
