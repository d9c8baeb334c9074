"""The day's figures for the register and the Z-report, and the register as CSV.

`collect()` reads one workstation's business day from the database into plain
dataclasses: payments per provider and service (lines counted and summed), the
bank's fees, and apart from those the voided payments and the ones the SPC
refused (a supervisor resolved them), which are listed and counted but never in
the totals. The PDFs (cashier/documents/day_report.py) and the CSV draw from the same
facts, so they cannot disagree.

The CSV is for Excel as a Kazakh or Russian accountant opens it: UTF-8 with a
BOM, `;` between fields, amounts as 1234.56 (never a float), CRLF line ends.
Its first column says what each row is, so a program can read it back:
  meta            business date, workstation, bank, branch, when written
  service         one provider's service: payments that paid it, their sum
  provider_total  the provider's subtotal
  lines_total     every service of every provider
  fee             the bank's fees (payments with a fee, their sum)
  total           payments (count) and their totals: lines_total + fee
  total_cash / total_card           the total by tender: the cash parts (into the drawer)
                  and the card parts (the bank's terminal); a payment split between the
                  two counts in both rows, the amounts add up to the total
  voided_service / voided_total     voided payments: listed, not in the totals
  voided_cash / voided_card         what their voids gave back from the drawer, and on
                  the terminal to the card
  refused_service / refused_total   refused by the SPC: listed, not in the totals
  refused_cash / refused_card       the same by tender
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime

from cashier import money
from cashier.workstation import Workstation

CSV_HEADER = ("Тип строки / Row", "Код поставщика / Жеткізуші коды", "Поставщик / Жеткізуші",
              "Код услуги / Қызмет коды", "Услуга / Қызмет", "Количество / Саны",
              "Сумма / Сомасы")


@dataclass(frozen=True)
class ServiceRow:
    service_code: str
    service_name: str
    count: int       # payments that paid this service
    amount: int      # minor units


@dataclass(frozen=True)
class ProviderBlock:
    provider_id: str
    provider_name: str
    services: tuple[ServiceRow, ...]

    @property
    def count(self) -> int:
        return sum(s.count for s in self.services)

    @property
    def amount(self) -> int:
        return sum(s.amount for s in self.services)


@dataclass(frozen=True)
class Group:
    """Payments of one kind (counted, voided, refused) per provider and service."""
    providers: tuple[ProviderBlock, ...]
    payments: int    # number of payments
    lines: int       # number of service lines
    lines_amount: int
    fee_count: int   # payments with a fee
    fee_amount: int
    # How they were paid: the card parts (on the bank's terminal, never in the drawer), the
    # payments with one, and those paid wholly by card; the rest of every payment was cash.
    card_count: int = 0
    card_amount: int = 0
    card_only: int = 0

    @property
    def amount(self) -> int:
        """What the payments came to: lines plus fees."""
        return self.lines_amount + self.fee_amount

    @property
    def cash_count(self) -> int:
        """Payments with a cash part (a split payment counts here and under card)."""
        return self.payments - self.card_only

    @property
    def cash_amount(self) -> int:
        return self.amount - self.card_amount

    @property
    def tender(self) -> "TenderSplit":
        return TenderSplit(self.payments, self.amount, self.cash_count, self.cash_amount,
                           self.card_count, self.card_amount)


@dataclass(frozen=True)
class TenderSplit:
    """Payments of one kind by tender: cash (into the drawer, or back out of it for a void)
    and card (on the bank's standalone terminal). A payment split between the two counts
    under both; cash_amount + card_amount == amount."""
    count: int = 0
    amount: int = 0
    cash_count: int = 0
    cash_amount: int = 0
    card_count: int = 0
    card_amount: int = 0

    def to_json(self) -> dict:
        w = money.to_wire
        return {"count": self.count, "amount": w(self.amount),
                "cash": {"count": self.cash_count, "amount": w(self.cash_amount)},
                "card": {"count": self.card_count, "amount": w(self.card_amount)}}


@dataclass(frozen=True)
class Takings:
    """The day's payments by tender, as the close shows them beside the drawer's cash:
    `payments` in the totals, `voids` (the cash part given back from the drawer, the card
    part refunded on the terminal), `refused` by the SPC (listed, not in the totals)."""
    payments: TenderSplit = TenderSplit()
    voids: TenderSplit = TenderSplit()
    refused: TenderSplit = TenderSplit()

    def to_json(self) -> dict:
        return {"payments": self.payments.to_json(), "voids": self.voids.to_json(),
                "refused": self.refused.to_json()}


@dataclass(frozen=True)
class DayFacts:
    business_date: date
    workstation_id: str
    bank_name: str
    branch_name: str
    branch_address: str
    currency: str
    counted: Group       # in the totals: accepted here and not refused by the SPC
    voided: Group
    refused: Group
    first_receipt: str | None   # the day's receipt numbers, voided ones included
    last_receipt: str | None
    receipts: int
    tellers: tuple[str, ...]    # "Name (user id)" of everyone who took a payment
    generated_at: datetime


def _group(rows: list, lines_by_payment: dict[str, list]) -> Group:
    per: dict[tuple[str, str], dict[tuple[str, str], list[int]]] = {}
    lines = lines_amount = 0
    for p in rows:
        for ln in lines_by_payment.get(p["payment_id"], []):
            provider = per.setdefault((ln["provider_id"], ln["provider_name"]), {})
            cell = provider.setdefault((ln["service_code"], ln["service_name"]), [0, 0])
            cell[0] += 1
            cell[1] += ln["amount"]
            lines += 1
            lines_amount += ln["amount"]
    providers = tuple(
        ProviderBlock(pid, pname, tuple(ServiceRow(code, name, c, a)
                                        for (code, name), (c, a) in sorted(services.items())))
        for (pid, pname), services in sorted(per.items()))
    with_fee = [p["fee"] for p in rows if p["fee"] > 0]
    cards = [p["card_amount"] or 0 for p in rows]
    return Group(providers, len(rows), lines, lines_amount, len(with_fee), sum(with_fee),
                 sum(1 for c in cards if c), sum(cards),
                 sum(1 for p, c in zip(rows, cards) if c and c >= p["total"]))


def person_label(conn, user_id: str) -> str:
    row = conn.execute("SELECT name FROM users WHERE user_id = ?", (user_id,)).fetchone()
    if row and row["name"] and row["name"] != user_id:
        return f"{row['name']} ({user_id})"
    return user_id


DIFFERENCE_KINDS = ("missing_here", "missing_there", "amount_differs", "status_differs",
                    "details_differ")


@dataclass(frozen=True)
class Difference:
    kind: str                 # one of DIFFERENCE_KINDS
    payment_id: str
    receipt_no: str
    local_total: int | None
    spc_total: int | None
    local_status: str | None  # accepted | voided (None: not here)
    spc_status: str | None    # accepted | cancelled (None: not there)
    message: str

    def to_json(self) -> dict:
        w = lambda v: None if v is None else money.to_wire(v)  # noqa: E731
        return {**self.__dict__, "local_total": w(self.local_total), "spc_total": w(self.spc_total)}


def collect(ws: Workstation, day: date) -> DayFacts:
    """The day's payments of this workstation, grouped for the register."""
    conn, cfg = ws.conn, ws.config
    rows = conn.execute(
        "SELECT p.payment_id, p.receipt_no, p.seq, p.teller_id, p.fee, p.total, p.status, "
        "p.currency, p.card_amount, o.state AS sent FROM payments p LEFT JOIN outbox o "
        "ON o.payment_id = p.payment_id AND o.kind = 'payment' "
        "WHERE p.business_date = ? AND p.workstation_id = ? ORDER BY p.seq",
        (day.isoformat(), cfg.workstation_id)).fetchall()
    lines_by_payment: dict[str, list] = {}
    for ln in conn.execute(
            "SELECT l.* FROM payment_lines l JOIN payments p ON p.payment_id = l.payment_id "
            "WHERE p.business_date = ? AND p.workstation_id = ? ORDER BY l.payment_id, l.line_no",
            (day.isoformat(), cfg.workstation_id)):
        lines_by_payment.setdefault(ln["payment_id"], []).append(ln)
    voided = [r for r in rows if r["status"] == "voided"]
    refused = [r for r in rows if r["status"] != "voided" and r["sent"] == "rejected"]
    counted = [r for r in rows if r["status"] != "voided" and r["sent"] != "rejected"]
    tellers = tuple(person_label(conn, t) for t in sorted({r["teller_id"] for r in rows}))
    return DayFacts(
        business_date=day, workstation_id=cfg.workstation_id, bank_name=cfg.bank_name,
        branch_name=cfg.branch_name, branch_address=cfg.branch_address,
        currency=rows[0]["currency"] if rows else "KZT",
        counted=_group(counted, lines_by_payment), voided=_group(voided, lines_by_payment),
        refused=_group(refused, lines_by_payment),
        first_receipt=rows[0]["receipt_no"] if rows else None,
        last_receipt=rows[-1]["receipt_no"] if rows else None, receipts=len(rows),
        tellers=tellers, generated_at=ws.now())


_KIND = ("CASE WHEN p.status = 'voided' THEN 'voids' WHEN o.state = 'rejected' THEN 'refused' "
         "ELSE 'payments' END")


def takings(conn, workstation_id: str, day: date) -> Takings:
    """The day's payments of this workstation by tender, summed in SQL (the close dialog
    asks on every opening; the register's `collect` reads every line)."""
    found = {}
    for r in conn.execute(
            f"SELECT {_KIND} AS grp, COUNT(*) AS n, COALESCE(SUM(p.total), 0) AS amount, "
            "COALESCE(SUM(p.card_amount), 0) AS card, "
            "COALESCE(SUM(p.card_amount > 0), 0) AS card_n, "
            "COALESCE(SUM(p.card_amount < p.total), 0) AS cash_n "
            "FROM payments p LEFT JOIN outbox o ON o.payment_id = p.payment_id "
            "AND o.kind = 'payment' WHERE p.business_date = ? AND p.workstation_id = ? "
            "GROUP BY grp", (day.isoformat(), workstation_id)):
        found[r["grp"]] = TenderSplit(r["n"], r["amount"], r["cash_n"], r["amount"] - r["card"],
                                       r["card_n"], r["card"])
    return Takings(**found)


# -- CSV ----------------------------------------------------------------------------------

def cell(text: str) -> str:
    """A text cell Excel will not run: names come from the SPC, and a name starting with
    = + - @ would be taken for a formula, so it gets a leading apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _group_rows(group: Group, prefix: str) -> list[list[str]]:
    out = []
    for block in group.providers:
        pid, pname = cell(block.provider_id), cell(block.provider_name)
        for s in block.services:
            out.append([f"{prefix}service", pid, pname, cell(s.service_code),
                        cell(s.service_name), str(s.count), money.to_wire(s.amount)])
        if not prefix:
            out.append(["provider_total", pid, pname, "",
                        "Итого по поставщику / Жеткізуші бойынша барлығы", str(block.count),
                        money.to_wire(block.amount)])
    return out


def register_csv(facts: DayFacts) -> bytes:
    """The register as CSV bytes (UTF-8 with BOM, `;`, CRLF): see the module's docstring."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(CSV_HEADER)
    for key, value in (("business_date", facts.business_date.isoformat()),
                       ("workstation_id", facts.workstation_id), ("bank", facts.bank_name),
                       ("branch", facts.branch_name), ("currency", facts.currency),
                       ("generated_at", facts.generated_at.isoformat(timespec="seconds"))):
        w.writerow(["meta", key, cell(value), "", "", "", ""])
    c = facts.counted
    w.writerows(_group_rows(c, ""))
    w.writerow(["lines_total", "", "", "", "Итого по услугам / Қызметтер бойынша барлығы",
                str(c.lines), money.to_wire(c.lines_amount)])
    w.writerow(["fee", "", "", "", "Комиссия банка / Банк комиссиясы", str(c.fee_count),
                money.to_wire(c.fee_amount)])
    w.writerow(["total", "", "", "", "ВСЕГО платежей / БАРЛЫҒЫ төлемдер", str(c.payments),
                money.to_wire(c.amount)])
    w.writerows(_tender_rows(c, "total_", TENDER_WORDS))
    for group, prefix, title in (
            (facts.voided, "voided_", "Аннулировано (не в итогах) / Жойылды (қорытындыда жоқ)"),
            (facts.refused, "refused_", "Отклонено ЕРЦ (не в итогах) / ЕРЦ қабылдамады")):
        w.writerows(_group_rows(group, prefix))
        w.writerow([f"{prefix}total", "", "", "", title, str(group.payments),
                    money.to_wire(group.amount)])
        w.writerows(_tender_rows(group, prefix, VOID_TENDER_WORDS if prefix == "voided_"
                                 else TENDER_WORDS))
    return buf.getvalue().encode("utf-8-sig")


# How a group was paid, in the words of the register, the Z-report and the CSV.
TENDER_WORDS = ("в т.ч. наличными / оның ішінде қолма-қол",
                "в т.ч. картой / оның ішінде картамен")
VOID_TENDER_WORDS = ("возврат наличными из кассы / кассадан қолма-қол қайтару",
                     "возврат на карту / картаға қайтару")


def _tender_rows(group: Group, prefix: str, words: tuple[str, str]) -> list[list[str]]:
    return [[f"{prefix}cash", "", "", "", words[0], str(group.cash_count),
             money.to_wire(group.cash_amount)],
            [f"{prefix}card", "", "", "", words[1], str(group.card_count),
             money.to_wire(group.card_amount)]]


def read_register_csv(data: bytes) -> list[dict[str, str]]:
    """The CSV back as dicts keyed by "row", "provider_id", "provider", "service_code",
    "service", "count", "amount" (text as written): for tests and for IT."""
    keys = ("row", "provider_id", "provider", "service_code", "service", "count", "amount")
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";")
    next(reader)
    return [dict(zip(keys, row)) for row in reader]
