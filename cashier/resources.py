"""Where the shipped resources (fonts, stamp artwork, translations) are.

In a PyInstaller build they sit beside the bundled code under sys._MEIPASS;
from a source checkout they are the repository's resources/ folder.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def font_path(name: str = "DejaVuSans.ttf") -> Path:
    return resources_dir() / "fonts" / name
