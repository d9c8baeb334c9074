"""Every error code the core raises has words for people in Russian, Kazakh and English.

The codes are found by reading cashier/'s source (tests/support/error_codes.py), so a new
`raise RuleError("new_code", ...)` without a message in ui/messages.py (or
ui/messages_more.py) and a translation in resources/translations/ fails here.
"""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTranslator  # noqa: E402

from tests.support.error_codes import ROOT, raised_codes  # noqa: E402

CODES = raised_codes()


def _sources() -> dict[str, str]:
    """code -> the English source text, read from the message tables' source (whatever
    translator the application has installed by now, the sources are the English)."""
    import ast
    found: dict[str, str] = {}
    for name in ("messages.py", "messages_more.py"):
        tree = ast.parse((ROOT / "ui" / name).read_text(encoding="utf-8"))
        tables = [f for f in tree.body if isinstance(f, ast.FunctionDef) and f.name in ("_table", "table")]
        for node in (n for f in tables for n in ast.walk(f)):
            if not isinstance(node, ast.Dict):
                continue
            for key, value in zip(node.keys, node.values):
                if isinstance(key, ast.Constant) and isinstance(value, ast.Call) and \
                        getattr(value.func, "attr", "") == "translate" and len(value.args) >= 2 \
                        and isinstance(value.args[1], ast.Constant):
                    found.setdefault(key.value, value.args[1].value)
    return found


def test_the_tables_in_the_window_are_the_ones_read_here():
    from ui import messages
    assert set(_sources()) == set(messages._all())


@pytest.fixture(scope="module")
def translators() -> dict[str, QTranslator]:
    found = {}
    for lang in ("ru", "kk"):
        translator = QTranslator()
        assert translator.load(str(ROOT / "resources" / "translations" / f"cashier_{lang}.qm"))
        found[lang] = translator
    return found


def test_the_source_is_read_and_finds_the_codes_people_meet():
    assert len(CODES) > 100
    for code in ("disk_full", "day_has_unsent", "approval_locked_here", "amount_far_above_due",
                 "account_empty", "reading_below_previous", "config_invalid"):
        assert code in CODES


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_raised_code_has_english_russian_and_kazakh_text(code, translators):
    english = _sources().get(code)
    assert english, f"{code} (raised at {CODES[code]}) has no message in ui/messages.py"
    for lang, translator in translators.items():
        text = translator.translate("Messages", english)
        assert text and text != english, f"{code}: no {lang} translation of {english!r}"


def test_codes_passed_through_a_helper_are_found_too():
    """`_refuse("iin_check_digit", ...)` raises that code as surely as IinInvalid(...) does:
    the reader follows functions that build an error from the code they are given."""
    found = raised_codes()
    for code, where in (("iin_check_digit", "controls/iin.py"), ("email_no_at", "email_address.py"),
                        ("scan_qr_malformed", "payments/scan.py")):
        assert where in found.get(code, ""), (code, found.get(code))
