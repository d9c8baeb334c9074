"""The Z-report: the day's close on one page (the payments by tender, cash and card apart, and
their voids likewise; the cash counted by denomination against the expected, which is cash
only: a card part is paid on the bank's terminal; the reconciliation with the SPC, the
chain's head), bilingual ru/kk. The page, the fonts and the tables are day_report.py's,
shared with the register."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Table, TableStyle

from cashier.documents.day_report import (SHADE, WIDTH, amount_text, build, footer, grid, load_fonts,
                                          heading, pairs, para, signatures, styles)
from cashier.documents.day_reports import (TENDER_WORDS, VOID_TENDER_WORDS, DayFacts, Difference,
                                          Group)

Z_TITLE = "Z-ОТЧЁТ: ЗАКРЫТИЕ ОПЕРАЦИОННОГО ДНЯ / Z-ЕСЕП: ОПЕРАЦИЯЛЫҚ КҮНДІ ЖАБУ"


@dataclass(frozen=True)
class ZCash:
    opening_float: int
    received: int        # cash tendered by payers
    change: int          # change given back (positive)
    handovers: int       # taken to the vault during the day (positive)
    refunds: int         # paid back for voids (positive)
    expected: int        # what the drawer should hold at the count
    counted: int
    difference: int      # counted - expected: + over, - short
    note: str
    counts: tuple[tuple[str, int, int, int], ...]   # (kind, value in tenge, pieces, minor)
    sessions: tuple[str, ...] = ()                  # one line per cash session of the day


@dataclass(frozen=True)
class ZReconciliation:
    local_count: int
    local_amount: int
    spc_count: int
    spc_amount: int
    matched: int
    differences: tuple[Difference, ...]
    differences_note: str


@dataclass(frozen=True)
class ZContent:
    facts: DayFacts
    cash: ZCash
    reconciliation: ZReconciliation
    supervisor: str      # "Name (user id)"
    closed_at: datetime
    audit_hash: str      # the audit chain's last hash before the day.closed entry
    register_sha256: tuple[tuple[str, str], ...] = ()   # (file kind, sha256) of the register


_STATUS = {"accepted": "принят / қабылданды", "cancelled": "отменён / жойылды",
           "voided": "аннулирован / жойылды"}


def difference_text(d: Difference) -> str:
    """One reconciliation difference in Russian / Kazakh, for the Z-report."""
    local = "—" if d.local_total is None else amount_text(d.local_total)
    spc = "—" if d.spc_total is None else amount_text(d.spc_total)
    if d.kind == "missing_here":
        return (f"{d.receipt_no} ({_STATUS.get(d.spc_status or '', d.spc_status)}, {spc}): есть в "
                "реестре ЕРЦ, на этом рабочем месте не принимался / ЕРЦ тізілімінде бар, бұл жұмыс "
                "орнында қабылданбаған")
    if d.kind == "missing_there":
        return (f"{d.receipt_no} ({local}): принят здесь, нет в реестре ЕРЦ / мұнда қабылданған, "
                "ЕРЦ тізілімінде жоқ")
    if d.kind == "amount_differs":
        return f"{d.receipt_no}: сумма здесь / мұнда {local}, в ЕРЦ / ЕРЦ-та {spc}"
    if d.kind == "status_differs" and d.local_status == "voided":
        return (f"{d.receipt_no} ({local}): аннулирован здесь, не отменён в ЕРЦ / мұнда жойылған, "
                "ЕРЦ-та жойылмаған")
    if d.kind == "status_differs":
        return (f"{d.receipt_no} ({local}): отменён в ЕРЦ, не аннулирован здесь / ЕРЦ-та "
                "жойылған, мұнда жойылмаған")
    return (f"{d.receipt_no}: в ЕРЦ другой номер квитанции или лицевой счёт / ЕРЦ-та түбіртек "
            "нөмірі не дербес шот басқа")


def _moment(when: datetime) -> str:
    offset = when.strftime("%z")
    zone = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    return when.strftime("%d.%m.%Y %H:%M:%S") + zone


def _with_count(count: int, amount: int) -> str:
    return f"{count} · {amount_text(amount)}"


def _by_tender(group: Group, words: tuple[str, str]) -> list[tuple[str, str]]:
    """Cash and card apart, always both (a day of cash only says card 0): a payment split
    between them counts in both lines, the amounts add up to the group's."""
    return [(words[0], _with_count(group.cash_count, group.cash_amount)),
            (words[1], _with_count(group.card_count, group.card_amount))]


def _denominations(cash: ZCash, st) -> Table:
    """Notes on the left, coins on the right, the total under both."""
    half = (WIDTH - 6 * mm) / 2
    widths = [34 * mm, 18 * mm, half - 52 * mm]

    def side(kind: str, title: str) -> Table:
        rows: list = [[para(title, st["bold"]), para("Кол-во / Саны", st["boldnum"]),
                       para("Сумма / Сомасы", st["boldnum"])]]
        for k, value, pieces, minor in cash.counts:
            if k == kind:
                rows.append([para(f"{value:,}".replace(",", "\u00a0") + " ₸", st["cell"]),
                             para(str(pieces), st["num"]), para(amount_text(minor), st["num"])])
        return grid(rows, widths, [("LINEBELOW", (0, 1), (-1, -1), 0.25, SHADE)])

    pieces = sum(r[2] for r in cash.counts)
    total = sum(r[3] for r in cash.counts)
    outer = Table([[side("note", "Купюры / Банкноттар"), "", side("coin", "Монеты / Монеталар")],
                   [para(f"Итого / Барлығы: {pieces} шт. / дана · {amount_text(total)} ₸", st["bold"]),
                    "", ""]],
                  colWidths=[half, 6 * mm, half], hAlign="LEFT")
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("SPAN", (0, 1), (-1, 1)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 1), (-1, 1), 4)]))
    return outer


def z_report_pdf(z: ZContent) -> bytes:
    load_fonts()
    st = styles()
    f, cash, rec = z.facts, z.cash, z.reconciliation
    story = heading(f, st, Z_TITLE)

    story.append(para("1. Платежи / Төлемдер (количество · сумма, ₸ / саны · сомасы, ₸)", st["h2"]))
    story.append(pairs([
        ("Принято платежей / Қабылданған төлемдер",
         _with_count(f.counted.payments, f.counted.amount)),
        ("в т.ч. по услугам / оның ішінде қызметтер бойынша",
         _with_count(f.counted.lines, f.counted.lines_amount)),
        ("в т.ч. комиссия банка / оның ішінде банк комиссиясы",
         _with_count(f.counted.fee_count, f.counted.fee_amount)),
        *_by_tender(f.counted, TENDER_WORDS),
        ("Аннулировано / Жойылды", _with_count(f.voided.payments, f.voided.amount)),
        *_by_tender(f.voided, VOID_TENDER_WORDS),
        ("Отклонено ЕРЦ / ЕРЦ қабылдамады", _with_count(f.refused.payments, f.refused.amount)),
        ("Номера квитанций / Түбіртек нөмірлері",
         f"{f.first_receipt} — {f.last_receipt}" if f.receipts else "—"),
    ], st, widths=[WIDTH - 80 * mm, 80 * mm]))

    story.append(para("2. Касса / Касса, ₸", st["h2"]))
    diff_word = ("излишек / артық" if cash.difference > 0 else
                 "недостача / кем" if cash.difference < 0 else "совпадает / сәйкес")
    cash_rows = [
        ("Разменный фонд на начало / Бастапқы қалдық", amount_text(cash.opening_float)),
        ("Принято наличных / Қабылданған қолма-қол ақша", amount_text(cash.received)),
        ("Выдано сдачи / Берілген қайтарым", amount_text(-cash.change)),
        ("Сдано в хранилище / Қоймаға тапсырылды", amount_text(-cash.handovers)),
        ("Возвраты по аннулированию / Жойылған төлемдер бойынша қайтарым", amount_text(-cash.refunds)),
        ("Ожидаемый остаток / Күтілетін қалдық", amount_text(cash.expected)),
        ("Пересчитано / Саналды", amount_text(cash.counted)),
        (f"Разница / Айырма: {diff_word}", amount_text(cash.difference)),
    ]
    story.append(pairs(cash_rows, st, bold_last=True))
    if f.counted.card_amount or f.voided.card_amount:
        story.append(para("Оплата картой проходит на терминале банка и в кассу не поступает. / "
                          "Картамен төлем банк терминалы арқылы өтеді, кассаға түспейді.",
                          st["small"]))
    if cash.note:
        story.append(para(f"Пояснение / Түсініктеме: {cash.note}", st["base"]))
    for line in cash.sessions:
        story.append(para(line, st["small"]))

    story.append(para("3. Пересчёт по номиналам / Номиналдар бойынша санау, ₸", st["h2"]))
    story.append(_denominations(cash, st))

    story.append(para("4. Сверка с ЕРЦ / ЕРЦ-пен салыстыру", st["h2"]))
    story.append(pairs([
        ("На рабочем месте / Жұмыс орнында", _with_count(rec.local_count, rec.local_amount)),
        ("В реестре ЕРЦ / ЕРЦ тізілімінде", _with_count(rec.spc_count, rec.spc_amount)),
        ("Совпало / Сәйкес келді", str(rec.matched)),
    ], st, widths=[WIDTH - 80 * mm, 80 * mm]))
    if rec.differences:
        story.append(para(f"Расхождения / Айырмашылықтар: {len(rec.differences)}", st["red"]))
        for d in rec.differences:
            story.append(para("• " + difference_text(d), st["base"]))
        if rec.differences_note:
            story.append(para(f"Пояснение / Түсініктеме: {rec.differences_note}", st["base"]))
    else:
        story.append(para("Расхождений нет / Айырмашылық жоқ", st["green"]))

    closing: list = [para("5. Закрытие / Жабу", st["h2"]), pairs([
        ("Кассиры / Кассирлер", ", ".join(f.tellers) or "—"),
        ("Закрыл (старший кассир) / Жапқан (аға кассир)", z.supervisor),
        ("Время закрытия / Жабылған уақыты", _moment(z.closed_at)),
    ], st, widths=[80 * mm, WIDTH - 80 * mm], value_style="cell")]
    closing.append(para("Последний хеш журнала аудита / Аудит журналының соңғы хэші:", st["small"]))
    closing.append(para(z.audit_hash, st["mono"]))
    for kind, digest in z.register_sha256:
        closing.append(para(f"SHA-256 {kind}: {digest}", st["mono"]))
    closing.append(para("После закрытия платежи и аннулирования этим днём невозможны. / "
                      "Жабылғаннан кейін осы күнмен төлем де, жою да мүмкін емес.", st["small"]))
    closing += signatures(st, f, z.supervisor)
    story.append(KeepTogether(closing))
    return build(story, f"Z-report {f.workstation_id} {f.business_date.isoformat()}",
                  footer(f), f.bank_name)
