"""Day close, the pure parts: denominations, the register CSV and PDFs, the SPC's register."""
from __future__ import annotations

import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from cashier import money
from cashier.documents import day_report, day_reports, z_report
from cashier.drawer import count
from cashier.dayclose.reconcile import Difference
from cashier.documents.day_reports import DayFacts, Group, ProviderBlock, ServiceRow
from cashier.errors import ValidationError
from cashier.adapters.spc_client import SpcProtocolError, parse_register

TZ = ZoneInfo("Asia/Almaty")
DAY = date(2026, 11, 22)


# -- denominations ----------------------------------------------------------------------------

def test_the_tenge_notes_and_coins():
    assert [d.value for d in count.NOTES] == [20000, 10000, 5000, 2000, 1000, 500, 200]
    assert [d.value for d in count.COINS] == [200, 100, 50, 20, 10, 5, 2, 1]
    assert len({d.key for d in count.DENOMINATIONS}) == 15


@pytest.mark.parametrize("text,key", [
    ("20000", "note_20000"), (" 5000 ", "note_5000"), ("200n", "note_200"), ("200c", "coin_200"),
    ("coin_200", "coin_200"), ("NOTE_200", "note_200"), ("100", "coin_100"), ("1", "coin_1"),
    ("1000n", "note_1000"), ("20 000", "note_20000"),
])
def test_denomination_short_forms(text, key):
    assert count.denomination(text).key == key


@pytest.mark.parametrize("text,code", [
    ("200", "denomination_ambiguous"), ("3000", "denomination_unknown"), ("", "denomination_unknown"),
    ("100n", "denomination_unknown"), ("20000c", "denomination_unknown"), ("abc", "denomination_unknown"),
    ("5.5", "denomination_unknown"),
])
def test_unknown_or_ambiguous_denominations_are_refused(text, code):
    with pytest.raises(ValidationError) as info:
        count.denomination(text)
    assert info.value.code == code


def test_counts_from_the_command_line_and_from_a_dialog_agree():
    cli = count.parse_counts(["20000=3", "5000=2", "200n=1", "200c=4", "1=7"])
    dialog = count.parse_counts({"note_20000": 3, "note_5000": "2", "note_200": 1,
                                      "coin_200": 4, "coin_1": "7", "coin_50": ""})
    assert cli == dialog
    assert set(cli) == {d.key for d in count.DENOMINATIONS}  # every key, zeros included
    assert count.count_total(cli) == (60000 + 10000 + 200 + 800 + 7) * 100
    assert count.count_total(count.parse_counts(None)) == 0
    rows = count.count_rows(cli)
    assert [d.key for d, _, _ in rows] == [d.key for d in count.DENOMINATIONS]
    assert sum(a for _, _, a in rows) == count.count_total(cli)


@pytest.mark.parametrize("counts,code", [
    (["5000=-1"], "count_negative"), ({"5000": -1}, "count_negative"),
    (["5000=1.5"], "count_invalid"), ({"5000": 1.5}, "count_invalid"), ({"5000": True}, "count_invalid"),
    (["5000=x"], "count_invalid"), (["5000"], "count_invalid"), ({"5000": None}, "count_invalid"),
    (["5000=99999999"], "count_invalid"), ({"5000": 10**7}, "count_too_large"),
    (["5000=1", "note_5000=2"], "count_repeated"), (["200=1"], "denomination_ambiguous"),
])
def test_garbage_counts_are_refused_clearly(counts, code):
    with pytest.raises(ValidationError) as info:
        count.parse_counts(counts)
    assert info.value.code == code
    assert info.value.field.startswith("count")


# -- the register -----------------------------------------------------------------------------

def _group(providers: list[ProviderBlock], payments: int, fee_count: int = 0, fee: int = 0) -> Group:
    lines = sum(s.count for p in providers for s in p.services)
    amount = sum(s.amount for p in providers for s in p.services)
    return Group(tuple(providers), payments, lines, amount, fee_count, fee)


def facts(providers: list[ProviderBlock] | None = None, voided: list[ProviderBlock] | None = None,
          fee: int = 150_00) -> DayFacts:
    providers = providers if providers is not None else [
        ProviderBlock("AES", "АлматыЭнергоСбыт", (ServiceRow("ELEC", "Электроэнергия", 3, 3816_78),)),
        ProviderBlock("ASU", "Алматы Су", (ServiceRow("CWS", "Холодная вода", 2, 1690_20),
                                           ServiceRow("SEW", "Водоотведение", 1, 512_40))),
        ProviderBlock("=EVIL", "=HYPERLINK(\"x\")", (ServiceRow("X", "-минус", 1, 1_00),))]
    voided = voided if voided is not None else [
        ProviderBlock("ATS", "Алматинские тепловые сети", (ServiceRow("HEAT", "Отопление", 1, 2523_75),))]
    return DayFacts(
        business_date=DAY, workstation_id="ALM-01-W01", bank_name="АО «Демо Банк»",
        branch_name="Алматинский филиал №1", branch_address="пр. Абая 1", currency="KZT",
        counted=_group(providers, 4 if providers else 0, 2 if fee else 0, fee),
        voided=_group(voided, len(voided)), refused=_group([], 0),
        first_receipt="ALM-01-W01-20261122-00001", last_receipt="ALM-01-W01-20261122-00005",
        receipts=5, tellers=("Тестовый Кассир (t.test)",),
        generated_at=datetime(2026, 11, 22, 19, 5, tzinfo=TZ))


def test_register_csv_is_excel_ready_and_adds_up():
    data = day_reports.register_csv(facts())
    assert data.startswith(b"\xef\xbb\xbf")              # UTF-8 BOM for Excel
    text = data.decode("utf-8-sig")
    assert "\r\n" in text and text.splitlines()[0].count(";") == 6
    assert "3816.78" in text and "3816,78" not in text   # 1234.56, as the brief asks
    rows = day_reports.read_register_csv(data)
    meta = {r["provider_id"]: r["provider"] for r in rows if r["row"] == "meta"}
    assert meta["business_date"] == "2026-11-22" and meta["workstation_id"] == "ALM-01-W01"
    services = [r for r in rows if r["row"] == "service"]
    assert [(r["service_code"], r["count"], r["amount"]) for r in services] == [
        ("ELEC", "3", "3816.78"), ("CWS", "2", "1690.20"), ("SEW", "1", "512.40"), ("X", "1", "1.00")]
    subtotals = {r["provider_id"]: money.from_wire(r["amount"]) for r in rows
                 if r["row"] == "provider_total"}
    assert subtotals["ASU"] == 1690_20 + 512_40
    by = {r["row"]: r for r in rows}
    lines = money.from_wire(by["lines_total"]["amount"])
    assert lines == sum(money.from_wire(r["amount"]) for r in services) == sum(subtotals.values())
    assert money.from_wire(by["fee"]["amount"]) == 150_00 and by["fee"]["count"] == "2"
    assert money.from_wire(by["total"]["amount"]) == lines + 150_00 and by["total"]["count"] == "4"
    # Voided: listed, counted apart, not in the totals.
    assert by["voided_service"]["service_code"] == "HEAT"
    assert (by["voided_total"]["count"], by["voided_total"]["amount"]) == ("1", "2523.75")
    assert (by["refused_total"]["count"], by["refused_total"]["amount"]) == ("0", "0.00")
    # A name that Excel would take for a formula is written as text.
    evil = next(r for r in services if r["service_code"] == "X")
    assert evil["provider_id"] == "'=EVIL" and evil["provider"].startswith("'=")
    assert evil["service"] == "'-минус"


def test_an_empty_day_still_has_its_totals():
    rows = day_reports.read_register_csv(day_reports.register_csv(facts([], [], fee=0)))
    by = {r["row"]: r for r in rows}
    assert (by["total"]["count"], by["total"]["amount"]) == ("0", "0.00")
    pdf = _text(day_report.register_pdf(facts([], [], fee=0)))
    assert "Платежей нет" in pdf


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() for p in reader.pages).replace("\u00a0", " ")


def _fmt(minor: int) -> str:
    return money.format_amount(minor).replace("\u00a0", " ")


def test_register_pdf_has_headings_totals_and_page_numbers_on_every_page():
    many = [ProviderBlock(f"P{i:02d}", f"Поставщик услуг «Жылу-{i}» с длинным названием ТОО",
                          tuple(ServiceRow(f"S{j}", f"Услуга {j} / Қызмет {j}", j + 1, (i + 1) * 1000_00 + j)
                                for j in range(3)))
            for i in range(40)]
    f = facts(many)
    data = day_report.register_pdf(f, "Старший Кассир (s.test)")
    assert data.startswith(b"%PDF") and data == day_report.register_pdf(f, "Старший Кассир (s.test)")
    reader = PdfReader(io.BytesIO(data))
    pages = len(reader.pages)
    assert pages >= 3
    for n, page in enumerate(reader.pages, 1):
        text = page.extract_text()
        assert f"Стр. / Бет {n} / {pages}" in text
        assert "Услуга / Қызмет" in text  # the table's heading repeats
    text = _text(data)
    for needle in ("АО «Демо Банк»", "Алматинский филиал №1", "ALM-01-W01", "22.11.2026",
                   "РЕЕСТР ПРИНЯТЫХ ПЛАТЕЖЕЙ", "ҚАБЫЛДАНҒАН ТӨЛЕМДЕР ТІЗІЛІМІ",
                   _fmt(f.counted.amount), _fmt(f.counted.lines_amount), _fmt(150_00),
                   _fmt(many[7].amount), "Аннулированные платежи", _fmt(2523_75),
                   "Старший Кассир (s.test)"):
        assert needle in text, needle


def z_content(difference: int = -300_00, differences: tuple = ()) -> z_report.ZContent:
    counts = count.parse_counts(["20000=2", "1000=3", "coin_200=1", "5=1"])
    counted = count.count_total(counts)
    return z_report.ZContent(
        facts=facts(),
        cash=z_report.ZCash(
            opening_float=50000_00, received=60000_00, change=3000_00, handovers=10000_00,
            refunds=2523_75, expected=counted - difference, counted=counted, difference=difference,
            note="недостача: ошибка при сдаче" if difference else "",
            counts=tuple((d.kind, d.value, n, a) for d, n, a in count.count_rows(counts))),
        reconciliation=z_report.ZReconciliation(4, 6019_38, 4 + bool(differences), 6019_38,
                                                      4, differences, "сообщено в ЕРЦ"),
        supervisor="Старший Кассир (s.test)", closed_at=datetime(2026, 11, 22, 19, 7, 3, tzinfo=TZ),
        audit_hash="ab" * 32, register_sha256=(("register_pdf", "cd" * 32),))


def test_z_report_shows_the_day_the_cash_the_count_and_the_chain():
    z = z_content()
    text = _text(z_report.z_report_pdf(z))
    for needle in ("Z-ОТЧЁТ", "Z-ЕСЕП", "ALM-01-W01", "22.11.2026", _fmt(z.facts.counted.amount),
                   _fmt(150_00), _fmt(2523_75), "ALM-01-W01-20261122-00001",
                   "ALM-01-W01-20261122-00005", _fmt(50000_00), _fmt(60000_00), _fmt(-3000_00),
                   _fmt(-10000_00), _fmt(z.cash.expected), _fmt(z.cash.counted), _fmt(-300_00),
                   "недостача", "ошибка при сдаче", "20 000 ₸", "Монеты", "Расхождений нет",
                   "Старший Кассир (s.test)", "Тестовый Кассир (t.test)", "ab" * 32, "cd" * 32,
                   "22.11.2026 19:07:03 (UTC+05:00)", "Стр. / Бет 1 /"):
        assert needle in text, needle


def test_z_report_words_each_difference_in_russian_and_kazakh():
    diffs = (Difference("missing_here", "p1", "R-90001", None, 700_00, None, "accepted", ""),
             Difference("missing_there", "p2", "R-00002", 100_00, None, "accepted", None, ""),
             Difference("amount_differs", "p3", "R-00003", 100_00, 101_00, "accepted", "accepted", ""),
             Difference("status_differs", "p4", "R-00004", 50_00, 50_00, "voided", "accepted", ""),
             Difference("status_differs", "p5", "R-00005", 60_00, 60_00, "accepted", "cancelled", ""))
    text = _text(z_report.z_report_pdf(z_content(0, diffs)))
    assert "Расхождения / Айырмашылықтар: 5" in text and "Расхождений нет" not in text
    for needle in ("R-90001", "не принимался", "нет в реестре ЕРЦ", _fmt(101_00),
                   "аннулирован здесь, не отменён в ЕРЦ", "отменён в ЕРЦ, не аннулирован здесь",
                   "сообщено в ЕРЦ", "совпадает"):
        assert needle in text.replace("\n", " "), needle


# -- the SPC's register, typed ------------------------------------------------------------------

def _register(**over) -> dict:
    body = {"business_date": "2026-11-22", "workstation_id": "ALM-01-W01",
            "payments": [{"payment_id": "a", "spc_txn_id": "SPC-1", "receipt_no": "R1",
                          "account": "1002003001", "total": "100.50", "status": "accepted"},
                         {"payment_id": "b", "spc_txn_id": "SPC-2", "receipt_no": "R2",
                          "account": "1002003001", "total": "20.00", "status": "cancelled"}],
            "count": 2, "amount": "100.50"}
    body.update(over)
    return body


def test_a_good_register_is_typed():
    reg = parse_register(_register(), "2026-11-22", "ALM-01-W01")
    assert reg.amount == 100_50 and reg.count == 2
    assert [(e.payment_id, e.total, e.status) for e in reg.payments] == \
        [("a", 100_50, "accepted"), ("b", 20_00, "cancelled")]


@pytest.mark.parametrize("body", [
    [], "garbage", None, _register(business_date="2026-11-21"), _register(workstation_id="X"),
    _register(payments={}), _register(count=3), _register(count="2"), _register(amount="120.50"),
    _register(amount=100.5), _register(payments=[{"payment_id": "a"}], count=1, amount="0.00"),
    _register(payments=[dict(_register()["payments"][0], total=100.5)], count=1),
    _register(payments=[dict(_register()["payments"][0], status="weird")], count=1),
    _register(payments=[_register()["payments"][0]] * 2, count=2, amount="201.00"),
    _register(payments=["x"], count=1),
])
def test_garbage_from_the_network_is_a_protocol_error(body):
    with pytest.raises(SpcProtocolError) as info:
        parse_register(body, "2026-11-22", "ALM-01-W01")
    assert "register" in info.value.message
