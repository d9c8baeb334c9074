"""Application setup: translations complete and in step with the code, the loud excepthook."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from cashier.errors import ValidationError
from ui import messages, translations

ROOT = Path(__file__).resolve().parents[2]

CORE_CODES = ["account_invalid", "account_empty", "amount_not_a_number", "amount_too_many_decimals",
              "amount_negative", "reading_below_previous", "tendered_insufficient", "lines_empty",
              "account_not_found", "spc_unavailable", "spc_auth", "reading_needs_amount", "day_closed"]


def test_every_string_is_translated_and_the_ts_files_match_the_code(tmp_path):
    for lang in translations.LANGUAGES:
        shutil.copy(translations.ts_path(lang), tmp_path)
    translations.update(tmp_path, quiet=True)  # what `update` would add to them now
    for lang in translations.LANGUAGES:
        assert translations.untranslated(lang, tmp_path) == [], \
            f"cashier_{lang}.ts lacks strings: run `python -m ui.translations update`, translate, compile"


def test_the_shipped_qm_files_are_compiled_from_the_ts_files(tmp_path):
    for lang in translations.LANGUAGES:
        shutil.copy(translations.ts_path(lang), tmp_path)
    translations.compile_all(tmp_path, quiet=True)
    for lang in translations.LANGUAGES:
        shipped = translations.ts_path(lang).with_suffix(".qm")
        assert shipped.exists() and shipped.read_bytes() == (tmp_path / shipped.name).read_bytes(), \
            f"{shipped.name} is stale: run `python -m ui.translations compile`"


@pytest.mark.parametrize("code", CORE_CODES)
def test_core_error_codes_read_as_russian_sentences(desk_app, code):
    exc = ValidationError(code, "english fallback", None,
                          {"account": "1234", "previous": "12 345", "unit": "kWh", "missing": "5,00 ₸",
                           "total": "10,00 ₸"})
    text = messages.describe(exc)
    assert text != "english fallback"
    assert any("а" <= ch <= "я" for ch in text.lower()), text
    assert "{" not in text


def test_an_unknown_code_falls_back_to_the_english_message(desk_app):
    assert messages.describe(ValidationError("brand_new_code", "Something new.")) == "Something new."
    assert "ZeroDivisionError" in messages.describe(ZeroDivisionError("x"))


def test_kazakh_translation_loads(desk_app):
    from ui.app import install_translators
    try:
        install_translators(desk_app, "kk")
        assert QCoreApplication.translate("PaymentPanel", "Change") == "Қайтарым"
        assert QCoreApplication.translate("DeskStatusBar", "%n payment(s) waiting to be sent", "", 3) \
            == "3 төлем жіберуді күтуде"
        install_translators(desk_app, "en")
        assert QCoreApplication.translate("DeskStatusBar", "%n payment(s) waiting to be sent", "", 1) \
            == "1 payment waiting to be sent"
    finally:
        install_translators(desk_app, "ru")
    assert QCoreApplication.translate("DeskStatusBar", "%n payment(s) waiting to be sent", "", 5) \
        == "5 платежей ждут отправки"


def test_a_broken_slot_ends_the_process_under_fail_fast(tmp_path):
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QTimer
        from ui.app import create_app
        app = create_app(["t"], "ru")
        def broken():
            raise RuntimeError("slot exploded")
        QTimer.singleShot(0, broken)
        QTimer.singleShot(3000, lambda: app.exit(0))
        sys.exit(app.exec())
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CASHIER_FAIL_FAST="1", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 70, done.stderr
    assert "slot exploded" in done.stderr
