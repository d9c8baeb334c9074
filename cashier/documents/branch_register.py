"""The branch's register of a business day, PDF and CSV, Russian / Kazakh: every desk, the
payments by tender (cash and card apart, when the back office says so), by provider and by
service, the vault's count. The register the bank sends the
SPC and keeps; made at the desk where the supervisor closed the branch's day, from the
back office's answer (cashier/branch_day.py), with the same layout helpers as the desk's
own register (cashier/documents/day_report.py). Same facts, same bytes.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from cashier import money
from cashier.branch_day import BranchDay, BranchDayMalformed
from cashier.errors import CashierError
from cashier.documents.day_report import (WIDTH, amount_text, build, grid, load_fonts, pairs,
                                          para, styles)

TITLE = "РЕЕСТР ФИЛИАЛА ЗА ОПЕРАЦИОННЫЙ ДЕНЬ / ФИЛИАЛДЫҢ ОПЕРАЦИЯЛЫҚ КҮН ТІЗІЛІМІ"
Names = dict[tuple[str, str], tuple[str, str]]   # (provider, service) -> (provider name, service name)


# -- cash and card apart: the back office's `by_tender` extension -------------------------

@dataclass(frozen=True)
class Tender:
    """Payments (or voids) by tender: a split payment counts under both."""
    cash_count: int = 0
    cash_amount: int = 0
    card_count: int = 0
    card_amount: int = 0


@dataclass(frozen=True)
class Tenders:
    """Each desk's payments and voids by tender and the branch's payments, as this project's
    back office answers them (docs/backoffice-extensions.md); empty from one that does not."""
    desks: dict[str, tuple[Tender, Tender]] = field(default_factory=dict)
    branch: Tender | None = None


def _split(obj: Any, where: str) -> Tender:
    if not isinstance(obj, dict):
        raise BranchDayMalformed(where)
    out = []
    for kind in ("cash", "card"):
        part = obj.get(kind)
        if not isinstance(part, dict):
            raise BranchDayMalformed(f"{where}.{kind}")
        count = part.get("count")
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise BranchDayMalformed(f"{where}.{kind}.count")
        try:
            amount = money.from_wire(part.get("amount"), f"{where}.{kind}.amount")
        except CashierError as exc:
            raise BranchDayMalformed(f"{where}.{kind}.amount") from exc
        if amount < 0:
            raise BranchDayMalformed(f"{where}.{kind}.amount")
        out += [count, amount]
    return Tender(*out)


def tenders_from_wire(body: Any) -> Tenders:
    """The extension's figures from the branch close's answer, checked as the rest of it is
    (cashier/branch_day.py); an answer without them has none (BranchDayMalformed for ones
    that are there and wrong)."""
    if not isinstance(body, dict) or body.get("by_tender") is None:
        return Tenders()
    desks = {}
    for item in body.get("desks") or []:
        if isinstance(item, dict) and item.get("by_tender") is not None:
            desks[str(item.get("workstation_id"))] = (
                _split(item["by_tender"], "desks.by_tender"),
                _split(item.get("voids_by_tender") or {"cash": {"count": 0, "amount": "0.00"},
                                                       "card": {"count": 0, "amount": "0.00"}},
                       "desks.voids_by_tender"))
    return Tenders(desks, _split(body["by_tender"], "by_tender"))


def _tender_table(day: BranchDay, tenders: Tenders, st) -> list:
    none = (Tender(), Tender())

    def cell(count: int, amount: int, style: str = "num"):
        return para(f"{count}: {amount_text(amount)}" if count else "—", st[style])

    rows = [[para(h, st["bold" if i == 0 else "boldnum"]) for i, h in enumerate(
        ("Рабочее место / Жұмыс орны", "Наличными / Қолма-қол", "Картой / Картамен",
         "Возврат наличными / Қолма-қол қайтару", "Возврат на карту / Картаға қайтару"))]]
    for d in day.desks:
        paid, voided = tenders.desks.get(d.workstation_id, none)
        rows.append([para(d.workstation_id, st["cell"]),
                     cell(paid.cash_count, paid.cash_amount),
                     cell(paid.card_count, paid.card_amount),
                     cell(voided.cash_count, voided.cash_amount),
                     cell(voided.card_count, voided.card_amount)])
    branch = tenders.branch or Tender()
    rows.append([para("Итого / Барлығы", st["bold"]),
                 cell(branch.cash_count, branch.cash_amount, "boldnum"),
                 cell(branch.card_count, branch.card_amount, "boldnum"), "", ""])
    first = 40 * mm
    return [para("Платежи по видам оплаты / Төлем түрлері бойынша", st["h2"]),
            grid(rows, [first] + [(WIDTH - first) / 4] * 4, []),
            para("Оплата картой проходит на терминале банка: в кассу и в хранилище не "
                 "поступает. / Картамен төлем банк терминалы арқылы өтеді: кассаға да, "
                 "қоймаға да түспейді.", st["small"])]


def _signed(minor: int | None) -> str:
    if minor is None:
        return "—"
    return ("+" if minor > 0 else "") + amount_text(minor)


def _provider(names: Names, provider_id: str) -> str:
    return next((p for (pid, _s), (p, _n) in names.items() if pid == provider_id and p), "")


def _provider_name(names: Names, provider_id: str) -> str:
    found = _provider(names, provider_id)
    return f"{found} ({provider_id})" if found else provider_id


def register_pdf(day: BranchDay, *, bank_name: str, branch_name: str, names: Names,
                 generated_at: datetime, tenders: Tenders | None = None) -> bytes:
    load_fonts()
    st = styles()
    date_text = day.business_date.strftime("%d.%m.%Y")
    story = [para(bank_name, st["org"]),
             para(f"{branch_name} ({day.branch_id})" if branch_name else day.branch_id, st["base"]),
             para(TITLE, st["title"]),
             para(f"Операционный день / Операциялық күн: {date_text}", st["subtitle"])]

    story.append(para("Рабочие места / Жұмыс орындары", st["h2"]))
    rows = [[para(h, st["bold" if i == 0 else "boldnum"]) for i, h in enumerate(
        ("Рабочее место / Жұмыс орны", "Платежи / Төлемдер", "Аннулировано / Жойылды",
         "Ожидалось / Күтілді", "Пересчитано / Саналды", "Разница / Айырма"))]]
    for d in day.desks:
        rows.append([para(d.workstation_id, st["cell"]),
                     para(f"{d.payments_count}: {amount_text(d.payments_amount)}", st["num"]),
                     para(f"{d.voids_count}: {amount_text(d.voids_amount)}" if d.voids_count
                          else "—", st["num"]),
                     para(amount_text(d.expected) if d.expected is not None else "—", st["num"]),
                     para(amount_text(d.counted) if d.counted is not None else "—", st["num"]),
                     para(_signed(d.difference), st["num"])])
    rows.append([para("Итого / Барлығы", st["bold"]),
                 para(f"{day.payments_count}: {amount_text(day.payments_amount)}", st["boldnum"]),
                 "", "", "", ""])
    first = 40 * mm
    story.append(grid(rows, [first] + [(WIDTH - first) / 5] * 5, []))
    if tenders is not None and tenders.branch is not None:
        story += _tender_table(day, tenders, st)

    story.append(para("По поставщикам / Жеткізушілер бойынша", st["h2"]))
    rows = [[para("Поставщик / Жеткізуші", st["bold"]), para("Кол-во / Саны", st["boldnum"]),
             para("Сумма, ₸ / Сомасы, ₸", st["boldnum"])]]
    for s in day.by_provider:
        rows.append([para(_provider_name(names, s.provider_id), st["cell"]),
                     para(str(s.count), st["num"]), para(amount_text(s.amount), st["num"])])
    story.append(grid(rows, [WIDTH - 60 * mm, 24 * mm, 36 * mm], []))

    if day.by_service:
        story.append(para("По услугам / Қызметтер бойынша", st["h2"]))
        rows = [[para("Поставщик / Жеткізуші", st["bold"]), para("Услуга / Қызмет", st["bold"]),
                 para("Кол-во / Саны", st["boldnum"]), para("Сумма, ₸ / Сомасы, ₸", st["boldnum"])]]
        for s in day.by_service:
            service = names.get((s.provider_id, s.service_code), ("", ""))[1]
            rows.append([para(s.provider_id, st["code"]),
                         para(f"{service} ({s.service_code})" if service else s.service_code,
                              st["cell"]),
                         para(str(s.count), st["num"]), para(amount_text(s.amount), st["num"])])
        story.append(grid(rows, [30 * mm, WIDTH - 90 * mm, 24 * mm, 36 * mm], []))

    story.append(KeepTogether([
        para("Хранилище / Қойма", st["h2"]),
        pairs([("Ожидалось / Күтілді", amount_text(day.vault_expected)),
               ("Пересчитано / Саналды", amount_text(day.vault_counted)),
               ("Разница / Айырма", _signed(day.difference))], st, bold_last=True)]))
    if day.note:
        story.append(para(f"Примечание / Ескертпе: {day.note}", st["small"]))
    story += [Spacer(1, 8 * mm),
              para(f"Старший кассир / Аға кассир: {day.supervisor_id}   "
                   "____________ подпись / қолы", st["cell"])]
    try:
        closed_at = datetime.fromisoformat(day.closed_at).strftime("%d.%m.%Y %H:%M")
    except ValueError:
        closed_at = day.closed_at
    footer = (f"{day.branch_id} · {date_text} · закрыт / жабылды {closed_at} · "
              f"сформировано / жасалды {generated_at.strftime('%d.%m.%Y %H:%M')}")
    return build(story, f"Реестр филиала {day.branch_id} {day.business_date.isoformat()}",
                 footer, bank_name)


def register_csv(day: BranchDay, names: Names, tenders: Tenders | None = None) -> bytes:
    """One table, a `section` column saying which part of the register a row belongs to;
    `;`-separated, UTF-8 with BOM (what the bank's spreadsheets open as it is). With the
    figures by tender: `desk_cash`, `desk_card`, `desk_voided_cash`, `desk_voided_card` for
    each desk and `total_cash`, `total_card` for the branch (count, amount)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["section", "branch_id", "business_date", "workstation_id", "provider_id",
                     "provider_name", "service_code", "service_name", "count", "amount",
                     "expected", "counted", "difference"])
    base = [day.branch_id, day.business_date.isoformat()]

    def money_cell(minor: int | None) -> str:
        return "" if minor is None else money.to_wire(minor)

    for d in day.desks:
        writer.writerow(["desk", *base, d.workstation_id, "", "", "", "", d.payments_count,
                         money_cell(d.payments_amount), money_cell(d.expected),
                         money_cell(d.counted), money_cell(d.difference)])
    for s in day.by_provider:
        writer.writerow(["provider", *base, "", s.provider_id, _provider(names, s.provider_id),
                         "", "", s.count, money_cell(s.amount), "", "", ""])
    for s in day.by_service:
        provider, service = names.get((s.provider_id, s.service_code), ("", ""))
        writer.writerow(["service", *base, "", s.provider_id, provider, s.service_code, service,
                         s.count, money_cell(s.amount), "", "", ""])
    by_tender = tenders if tenders is not None and tenders.branch is not None else None
    if by_tender is not None:
        for d in day.desks:
            paid, voided = by_tender.desks.get(d.workstation_id, (Tender(), Tender()))
            for section, count, amount in (
                    ("desk_cash", paid.cash_count, paid.cash_amount),
                    ("desk_card", paid.card_count, paid.card_amount),
                    ("desk_voided_cash", voided.cash_count, voided.cash_amount),
                    ("desk_voided_card", voided.card_count, voided.card_amount)):
                writer.writerow([section, *base, d.workstation_id, "", "", "", "", count,
                                 money_cell(amount), "", "", ""])
    writer.writerow(["total", *base, "", "", "", "", "", day.payments_count,
                     money_cell(day.payments_amount), "", "", ""])
    if by_tender is not None:
        branch = by_tender.branch
        for section, count, amount in (("total_cash", branch.cash_count, branch.cash_amount),
                                       ("total_card", branch.card_count, branch.card_amount)):
            writer.writerow([section, *base, "", "", "", "", "", count, money_cell(amount),
                             "", "", ""])
    writer.writerow(["vault", *base, "", "", "", "", "", "", "", money_cell(day.vault_expected),
                     money_cell(day.vault_counted), money_cell(day.difference)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
