"""The window's modules stay small, as the core's do (tests/unit/test_layers.py): DESIGN.md's
ceiling of about 400 lines. Its layers (ui.desk above ui.dialogs above ui.common) are an
import-linter contract in pyproject.toml, checked with the others by tests/unit/test_layers.py."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_no_module_of_the_window_is_over_400_lines():
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / "ui").rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}
