"""The branch register a desk writes from the back office's close: a real PDF read back
(pypdf) and a CSV read back, in Russian and Kazakh; the back office's answer checked field
by field (garbage refused before anything is written)."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from cashier.branch_day import BranchDay, BranchDayMalformed
from cashier.documents import branch_register

ANSWER = {
    "business_date": "2026-11-27", "branch_id": "ALM-01", "closed_at": "2026-11-27T19:05:00+05:00",
    "supervisor_id": "s.omarov", "note": "",
    "desks": [
        {"workstation_id": "ALM-01-W01", "payments": {"count": 3, "amount": "15000.00"},
         "voids": {"count": 1, "amount": "700.00"}, "expected": "65000.00",
         "counted": "65000.00", "difference": "0.00", "closed_at": "2026-11-27T18:50:00+05:00"},
        {"workstation_id": "ALM-01-W02", "payments": {"count": 2, "amount": "4843.51"},
         "voids": {"count": 0, "amount": "0.00"}, "expected": "54843.51",
         "counted": "54800.00", "difference": "-43.51", "closed_at": "2026-11-27T18:55:00+05:00"}],
    "payments": {"count": 5, "amount": "19843.51"},
    "by_provider": [{"provider_id": "AES", "count": 4, "amount": "12272.26"},
                    {"provider_id": "ATS", "count": 2, "amount": "7571.25"}],
    "by_service": [{"provider_id": "AES", "service_code": "ELEC", "count": 4, "amount": "12272.26"},
                   {"provider_id": "ATS", "service_code": "HEAT", "count": 2, "amount": "7571.25"}],
    "vault_expected": "1119843.51", "vault_counted": "1119800.00", "difference": "-43.51",
}
NAMES = {("AES", "ELEC"): ("АлматыЭнергоСбыт", "Электроэнергия"),
         ("ATS", "HEAT"): ("Алматинские тепловые сети", "Отопление")}


def test_the_register_reads_back_every_desk_provider_service_and_the_vault(tmp_path):
    day = BranchDay.from_wire(ANSWER)
    pdf = branch_register.register_pdf(day, bank_name="АО «Демо Банк»",
                                       branch_name="Алматинский филиал №1", names=NAMES,
                                       generated_at=datetime(2026, 11, 27, 19, 6))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for expected in ("РЕЕСТР ФИЛИАЛА", "ФИЛИАЛДЫҢ", "ALM-01-W01", "ALM-01-W02", "27.11.2026",
                     "АлматыЭнергоСбыт (AES)", "Электроэнергия (ELEC)", "Отопление (HEAT)",
                     "19 843,51", "1 119 843,51", "1 119 800,00", "-43,51", "s.omarov"):
        assert expected in text.replace("\u00a0", " "), expected
    # the same facts give the same bytes (the register's SHA-256 is journaled)
    assert pdf == branch_register.register_pdf(day, bank_name="АО «Демо Банк»",
                                               branch_name="Алматинский филиал №1", names=NAMES,
                                               generated_at=datetime(2026, 11, 27, 19, 6))
    data = branch_register.register_csv(day, NAMES)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    by = {}
    for row in rows:
        by.setdefault(row["section"], []).append(row)
    assert [r["workstation_id"] for r in by["desk"]] == ["ALM-01-W01", "ALM-01-W02"]
    assert by["desk"][1]["difference"] == "-43.51"
    assert {r["provider_id"]: r["amount"] for r in by["provider"]} == {"AES": "12272.26",
                                                                      "ATS": "7571.25"}
    assert by["service"][1]["service_name"] == "Отопление"
    assert by["total"][0]["amount"] == "19843.51"
    assert (by["vault"][0]["expected"], by["vault"][0]["counted"]) == ("1119843.51", "1119800.00")


@pytest.mark.parametrize("broken", [
    {"payments": {"count": -1, "amount": "1.00"}},
    {"payments": {"count": True, "amount": "1.00"}},
    {"vault_counted": "12.345"},
    {"vault_expected": "-5.00"},
    {"business_date": "27.11.2026"},
    {"desks": [{"workstation_id": "", "payments": {}, "voids": {}}]},
    {"by_provider": "AES"},
    {"branch_id": None},
])
def test_a_malformed_answer_is_refused_before_anything_is_written(broken):
    with pytest.raises(BranchDayMalformed):
        BranchDay.from_wire({**ANSWER, **broken})


def test_an_answer_without_the_by_service_extension_is_a_register_by_provider():
    answer = {k: v for k, v in ANSWER.items() if k != "by_service"}
    day = BranchDay.from_wire(answer)
    assert day.by_service == [] and len(day.by_provider) == 2
    rows = branch_register.register_csv(day, {}).decode("utf-8-sig")
    assert "service;" not in rows.split("\r\n", 1)[1]


def _with_tenders() -> dict:
    cash = {"cash": {"count": 3, "amount": "12000.00"}, "card": {"count": 1, "amount": "3000.00"}}
    voided = {"cash": {"count": 0, "amount": "0.00"}, "card": {"count": 1, "amount": "700.00"}}
    desks = [dict(ANSWER["desks"][0], by_tender=cash, voids_by_tender=voided),
             dict(ANSWER["desks"][1],
                  by_tender={"cash": {"count": 2, "amount": "4843.51"},
                             "card": {"count": 0, "amount": "0.00"}})]
    return {**ANSWER, "desks": desks,
            "by_tender": {"cash": {"count": 5, "amount": "16843.51"},
                          "card": {"count": 1, "amount": "3000.00"}}}


def test_cash_and_card_apart_when_the_back_office_says_so():
    answer = _with_tenders()
    day, tenders = BranchDay.from_wire(answer), branch_register.tenders_from_wire(answer)
    assert tenders.desks["ALM-01-W01"][1].card_amount == 700_00
    assert tenders.desks["ALM-01-W02"][1] == branch_register.Tender()
    pdf = branch_register.register_pdf(day, bank_name="АО «Демо Банк»", branch_name="",
                                       names=NAMES, generated_at=datetime(2026, 11, 27, 19, 6),
                                       tenders=tenders)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    for expected in ("Платежи по видам оплаты", "3: 12 000,00", "1: 3 000,00", "1: 700,00",
                     "5: 16 843,51"):
        assert expected in text.replace("\u00a0", " "), expected
    rows = list(csv.DictReader(io.StringIO(
        branch_register.register_csv(day, NAMES, tenders).decode("utf-8-sig")), delimiter=";"))
    got = {(r["section"], r["workstation_id"]): (r["count"], r["amount"]) for r in rows}
    assert got["desk_card", "ALM-01-W01"] == ("1", "3000.00")
    assert got["desk_voided_card", "ALM-01-W01"] == ("1", "700.00")
    assert got["total_card", ""] == ("1", "3000.00")
    # Without the extension: the register as before, no line by tender.
    plain = branch_register.tenders_from_wire(ANSWER)
    assert plain.branch is None and "desk_card" not in \
        branch_register.register_csv(BranchDay.from_wire(ANSWER), NAMES, plain).decode()
    pdf = branch_register.register_pdf(BranchDay.from_wire(ANSWER), bank_name="Б",
                                       branch_name="", names=NAMES,
                                       generated_at=datetime(2026, 11, 27, 19, 6), tenders=plain)
    assert "видам оплаты" not in " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("broken", [
    {"by_tender": {"cash": {"count": 1, "amount": "1.00"}}},
    {"by_tender": {"cash": {"count": -1, "amount": "1.00"}, "card": {"count": 0, "amount": "0.00"}}},
    {"by_tender": {"cash": {"count": 1, "amount": "1.5"}, "card": {"count": 0, "amount": "0.00"}}},
    {"by_tender": "cash"},
])
def test_a_malformed_split_is_refused(broken):
    with pytest.raises(BranchDayMalformed):
        branch_register.tenders_from_wire({**_with_tenders(), **broken})
