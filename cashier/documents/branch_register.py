"""The branch's register of a business day, PDF and CSV, Russian / Kazakh: every desk, the
payments by provider and by service, the vault's count. The register the bank sends the
SPC and keeps; made at the desk where the supervisor closed the branch's day, from the
back office's answer (cashier/branch_day.py), with the same layout helpers as the desk's
own register (cashier/documents/day_report.py). Same facts, same bytes.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from cashier import money
from cashier.branch_day import BranchDay
from cashier.documents.day_report import (WIDTH, amount_text, build, grid, load_fonts, pairs,
                                          para, styles)

TITLE = "РЕЕСТР ФИЛИАЛА ЗА ОПЕРАЦИОННЫЙ ДЕНЬ / ФИЛИАЛДЫҢ ОПЕРАЦИЯЛЫҚ КҮН ТІЗІЛІМІ"
Names = dict[tuple[str, str], tuple[str, str]]   # (provider, service) -> (provider name, service name)


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
                 generated_at: datetime) -> bytes:
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


def register_csv(day: BranchDay, names: Names) -> bytes:
    """One table, a `section` column saying which part of the register a row belongs to;
    `;`-separated, UTF-8 with BOM (what the bank's spreadsheets open as it is)."""
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
    writer.writerow(["total", *base, "", "", "", "", "", day.payments_count,
                     money_cell(day.payments_amount), "", "", ""])
    writer.writerow(["vault", *base, "", "", "", "", "", "", "", money_cell(day.vault_expected),
                     money_cell(day.vault_counted), money_cell(day.difference)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
