"""The one invoice renderer (cashier/documents/invoice.py): SPC invoices and marked offline copies."""

from __future__ import annotations

import ast
import io
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from cashier.documents import invoice_barcode
from cashier.documents.invoice import offline_note, render_invoice
from cashier.model import Account

from .conftest import ACCOUNT_BODY

ROOT = Path(__file__).resolve().parents[2]
ALMATY = ZoneInfo("Asia/Almaty")
FETCHED = datetime(2026, 11, 22, 9, 41, 7, tzinfo=ALMATY)


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\u00a0", " ")


def test_invoice_shows_account_services_total_and_barcode(account):
    pdf = render_invoice(account, issuer="ТОО «Тест»")
    assert pdf.startswith(b"%PDF")
    text = text_of(pdf)
    assert "ТОО «Тест»" in text and "Счёт-извещение за октябрь 2026 г." in text
    assert "1002003001" in text and "Ива*** И. И." in text and "Алматы, ул. Абая 10, кв. 5" in text
    for name in ("Электроэнергия", "Отопление", "Вывоз ТБО", "Газ", "QazaqGaz Аймақ"):
        assert name in text
    assert "12 345,000 кВт·ч" in text and "100,500 м³" in text
    # Total: positive amounts only; the advance (-150.00) is shown but not deducted.
    assert "3 796,01 ₸" in text and "-150,00 *" in text and "аванс" in text
    payload = invoice_barcode.encode("1002003001", "2026-10", 379601)
    assert payload in text
    assert invoice_barcode.decode(payload) == ("1002003001", "2026-10", 379601)
    assert "Копия" not in text and "кэш" not in text.lower()


def test_offline_copy_is_marked_in_russian_and_kazakh_with_the_data_date(account):
    note = offline_note(FETCHED)
    assert note.splitlines() == [
        "Копия по данным кэша от 22.11.2026 09:41 — не счёт ЕРЦ",
        "22.11.2026 09:41 кэштегі деректер бойынша көшірме — ЕРЦ шоты емес"]
    pdf = render_invoice(account, issuer="АО «Демо Банк»", offline_note=note,
                         footer="Сформировано на рабочем месте кассира.")
    text = text_of(pdf)
    assert "Копия по данным кэша от 22.11.2026 09:41 — не счёт ЕРЦ" in text
    assert "кэштегі деректер бойынша көшірме" in text
    assert "КОПИЯ ИЗ КЭША" in text and "КЭШТЕГІ КӨШІРМЕ" in text  # the watermark
    assert "Сформировано на рабочем месте кассира." in text
    assert "1002003001" in text and "Электроэнергия" in text
    assert PdfReader(io.BytesIO(pdf)).metadata.title.startswith("Копия:")
    # The banner comes first on the page, above the invoice itself.
    assert text.index("Копия по данным кэша") < text.index("Счёт-извещение")


def test_rendering_is_deterministic(account):
    assert render_invoice(account, issuer="X") == render_invoice(account, issuer="X")
    note = offline_note(FETCHED)
    assert render_invoice(account, issuer="X", offline_note=note) == \
        render_invoice(account, issuer="X", offline_note=note)


def test_text_from_the_spc_is_not_taken_for_markup(account):
    odd = replace(account, holder="A & B <b>", address="ул. <Новая> & Ко")
    text = text_of(render_invoice(odd, issuer="Issuer & <Co>"))
    assert "A & B <b>" in text and "ул. <Новая> & Ко" in text and "Issuer & <Co>" in text


def test_the_spc_renders_through_the_shared_renderer():
    from spc import invoice_pdf as spc_invoice
    body = dict(ACCOUNT_BODY)
    pdf = spc_invoice.render(body)
    assert pdf == render_invoice(Account.from_wire(body), issuer=spc_invoice.SPC_NAME,
                                 subtitle=spc_invoice.SUBTITLE, footer=spc_invoice.FOOTER)
    text = text_of(pdf)
    assert "Единый расчётный центр" in text and "не является платёжным требованием" in text
    assert "Копия по данным кэша" not in text
    assert spc_invoice.total_due(body) == Account.from_wire(body).total_due == 379601


def test_spc_barcode_is_the_shared_barcode():
    from spc import barcode
    assert barcode.encode is invoice_barcode.encode
    assert barcode.decode is invoice_barcode.decode
    assert barcode.PREFIX == invoice_barcode.PREFIX == "991"


def test_cashier_never_imports_spc():
    # The teller build omits spc/; a cashier module importing it would break there.
    for path in sorted((ROOT / "cashier").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            for name in names:
                assert name != "spc" and not name.startswith("spc."), f"{path.name} imports {name}"
