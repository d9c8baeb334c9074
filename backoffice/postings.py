"""GET /v1/postings: the bank's books for one business day, double entry, from the journal.

Every tenge that crossed a desk, as the desk's journal says it (daybook.py reads it):
- a payment debits the desk's teller cash and credits each line's provider transit
  account with the line's amount, and the fee income account with the fee; its card part
  (paid on the bank's terminal, never in the drawer) debits card clearing instead, taken
  from the lines in their order, then the fee ("...: ELEC AES by card");
- a void reverses its payment, every line and the fee, on the payment's business day: its
  card part back to card clearing;
- a float moves vault -> teller cash, a handover teller cash -> vault;
- a count's difference (a session's close, or a day close that counted the drawer again)
  goes to cash over (counted more) or cash short (less).
The drawer's cash at the day's close stays on the teller cash account: the journal says
what was counted, not that it went anywhere, and a posting the journal does not say is
not made. A zero amount makes no posting; a negative one posts the other way round. A day
with card money needs `card_clearing` in the chart (ledger.py): without it the day is
refused as ledger_not_configured, naming the key, as a branch with no chart is.

The same request gives the same postings forever: a posting's id is the entry's
workstation, seq and place in the entry ("ALM-01-W03:1234:2"), the order is fixed, no time
of the request is in the answer, and a closed branch day keeps the chart of accounts it
was closed with (branch_close.py), so a later change of the chart does not rewrite it.
"""

from __future__ import annotations

import csv
import io
import json

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from backoffice import daybook, db, ledger
from backoffice.errors import ApiError, clean
from backoffice.schema import branch_days, branches
from backoffice.validation import wire_money

CURRENCY = "KZT"
COLUMNS = ("posting_id", "business_date", "branch_id", "workstation_id", "source_seq",
           "source_action", "debit_account", "credit_account", "amount", "currency",
           "narrative")
_ACTIONS = {"float": "session.opened", "handover": "session.handover",
            "refund": "payment.voided", "difference": "session.closed"}


def not_configured(branch_id: str, problem: ledger.LedgerInvalid | None = None) -> ApiError:
    what = (f"The chart of accounts (the setting {ledger.KEY}) for branch {branch_id} is "
            f"not usable: {problem.message}" if problem else
            f"No chart of accounts (the setting {ledger.KEY}) is set for branch {branch_id}.")
    return ApiError(409, "ledger_not_configured",
                    f"{what} Set it on the back office's server: {ledger.HOW_TO_SET}.",
                    problem.key if problem else None)


def chart(conn: Connection, branch_id: str, business_date: str) -> dict:
    """The chart the branch day was closed with, else the branch's current one."""
    frozen = conn.execute(sa.select(branch_days.c.ledger).where(
        branch_days.c.branch_id == branch_id,
        branch_days.c.business_date == business_date)).scalar()
    if frozen:
        return json.loads(frozen)
    try:
        found = ledger.for_branch(conn, branch_id)
    except ledger.LedgerInvalid as exc:
        raise not_configured(branch_id, exc) from None
    if found is None:
        raise not_configured(branch_id)
    return found


class _Book:
    """The postings of one branch day, in the order they are answered."""

    def __init__(self, day: daybook.Day, chart_: dict):
        self.day, self.chart = day, chart_
        self.rows: list[tuple] = []
        self.ws = self.teller = ""
        self.card: str | None = None
        self.seq, self.action, self.n = 0, "", 0

    def entry(self, ws_key: int, seq: int, action: str) -> None:
        self.ws = self.day.desks[ws_key]
        self.teller = ledger.teller_cash(self.chart, self.ws)
        self.card = ledger.card_clearing(self.chart, self.ws)
        self.seq, self.action, self.n = seq, action, 0

    def post(self, debit: str, credit: str, amount: int, narrative: str) -> None:
        if not amount:
            return
        if amount < 0:
            debit, credit, amount = credit, debit, -amount
        self.n += 1
        self.rows.append((f"{self.ws}:{self.seq}:{self.n}", self.day.business_date,
                          self.day.branch_id, self.ws, self.seq, self.action, debit, credit,
                          amount, CURRENCY, clean(narrative, 300)))

    def payment(self, pay: daybook.Payment, reverse: bool = False) -> None:
        """Each line to its provider's transit account, the fee to fee income, from the
        teller's cash; a card part comes from card clearing instead, taken from the lines in
        their order, then the fee (a line it covers in part is posted in two)."""
        what = f"void of payment {pay.receipt_no}" if reverse else f"payment {pay.receipt_no}"
        sign = -1 if reverse else 1
        card_left = pay.card
        items = [(ledger.transit(self.chart, line.provider_id), line.amount,
                  f"{what}: {line.service_code or '?'} {line.provider_id or '?'}")
                 for line in pay.lines]
        items.append((self.chart["fee_income"], pay.fee, f"{what}: fee"))
        for credit, amount, narrative in items:
            by_card = min(card_left, amount) if amount > 0 else 0
            card_left -= by_card
            self.post(self.card or self.teller, credit, sign * by_card, f"{narrative} by card")
            self.post(self.teller, credit, sign * (amount - by_card), narrative)

    def move(self, mv: daybook.Move) -> None:
        c, session = self.chart, mv.session_id or "?"
        if mv.kind == "float":
            self.post(self.teller, c["vault"], mv.amount, f"float from the vault, session {session}")
        elif mv.kind == "handover":
            self.post(c["vault"], self.teller, mv.amount, f"handover to the vault, session {session}")
        elif mv.kind == "difference":
            self.difference(mv.amount, f"the close of session {session}")
        elif mv.kind == "refund":
            pay = self.day.voided.get((mv.ws_key, mv.payment_id))
            if pay is not None:
                self.payment(pay, reverse=True)
            else:   # its payment never reached the back office: the refund still left the drawer
                what = f"void of payment {mv.payment_id or '?'} (not in the journal)"
                self.post(ledger.transit(self.chart, None), self.teller, mv.amount,
                          f"{what}: refund")
                self.post(ledger.transit(self.chart, None), self.card or self.teller, mv.card,
                          f"{what}: card refund")

    def difference(self, amount: int, where: str) -> None:
        if amount > 0:
            self.post(self.teller, self.chart["cash_over"], amount, f"cash over at {where}")
        elif amount < 0:
            self.post(self.chart["cash_short"], self.teller, -amount, f"cash short at {where}")


def book(day: daybook.Day, chart_: dict) -> list[tuple]:
    """The day's postings as tuples in COLUMNS' order, amount in tiyn."""
    events: list[tuple] = [(p.ws_key, p.seq, 0, p) for p in day.payments]
    events += [(m.ws_key, m.seq, 1, m) for m in day.moves]
    events += [(k, row.closed_seq, 2, row) for k, row in day.closes.items()
               if row.closed_seq is not None and k not in day.repeated_close]
    events.sort(key=lambda e: (day.desks[e[0]], e[1]))
    b = _Book(day, chart_)
    for ws_key, seq, kind, item in events:
        if kind == 0:
            b.entry(ws_key, seq, "payment.accepted")
            b.payment(item)
        elif kind == 1:
            b.entry(ws_key, seq, _ACTIONS[item.kind])
            b.move(item)
        else:
            b.entry(ws_key, seq, "day.closed")
            b.difference(item.difference or 0, "the day's close")
    return b.rows


def has_card(day: daybook.Day) -> bool:
    """The day moved card money: a payment's card part, or a void's card refund."""
    return any(p.card for p in day.payments) or \
        any(m.card for m in day.moves if m.kind == "refund")


def with_card_clearing(conn: Connection, branch_id: str, business_date: str,
                       chart_: dict) -> dict:
    """The chart with a card clearing account for a day with card money, or 409
    ledger_not_configured naming the key to set. A branch day closed with a chart that had
    none takes the one the branch's chart has now (there were no postings before it)."""
    if ledger.CARD_CLEARING in chart_:
        return chart_
    try:
        now = ledger.for_branch(conn, branch_id)
    except ledger.LedgerInvalid:
        now = None
    if now is not None and ledger.CARD_CLEARING in now:
        return {**chart_, ledger.CARD_CLEARING: now[ledger.CARD_CLEARING]}
    key = f"{ledger.KEY}.{ledger.CARD_CLEARING}"
    raise ApiError(409, "ledger_not_configured",
                   f"The day {business_date} of branch {branch_id} has card payments, and its "
                   f"chart of accounts (the setting {ledger.KEY}) has no {ledger.CARD_CLEARING} "
                   f"account for them: add \"{ledger.CARD_CLEARING}\": "
                   f"\"{ledger.DEMO_LEDGER[ledger.CARD_CLEARING]}\" (the bank's own card "
                   f"clearing account) to it on the back office's server: {ledger.HOW_TO_SET}.",
                   key)


def for_day(source: db.Source, business_date: str, branch_id: str | None) -> list[tuple]:
    """One branch's postings, or (branch_id None) every branch's; ApiError 409 when a branch
    with something to post has no usable chart of accounts."""
    with db.reading(source, snapshot=True) as conn:
        if branch_id is not None:
            wanted = [branch_id]
        else:
            wanted = list(conn.execute(sa.select(branches.c.branch_id)
                                       .order_by(branches.c.branch_id)).scalars())
        rows: list[tuple] = []
        for b in wanted:
            day = daybook.read(conn, b, business_date)
            if branch_id is None and not (day.payments or day.moves or day.closes):
                continue
            chart_ = chart(conn, b, business_date)
            if has_card(day):
                chart_ = with_card_clearing(conn, b, business_date, chart_)
            rows += book(day, chart_)
    return rows


# -- the two forms of the answer ---------------------------------------------------------

def as_json(rows: list[tuple], business_date: str, branch_id: str | None) -> bytes:
    items = [dict(zip(COLUMNS, (*r[:8], wire_money(r[8]), *r[9:]))) for r in rows]
    return json.dumps({"business_date": business_date, "branch_id": branch_id,
                       "postings": items}, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def as_csv(rows: list[tuple]) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(COLUMNS)
    w.writerows((*r[:8], wire_money(r[8]), *r[9:]) for r in rows)
    # The BOM: what a spreadsheet opened by an accountant needs to read the text as UTF-8.
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def wants_csv(accept: str | None) -> bool:
    """CSV for text/csv, JSON for application/json, */* or no preference; ApiError 406 else."""
    best: tuple[float, int, bool] | None = None
    for i, part in enumerate((accept or "*/*").split(",")):
        media, *params = [x.strip() for x in part.split(";")]
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        media = media.lower()
        if q <= 0 or media not in ("text/csv", "application/json", "*/*", "text/*",
                                   "application/*"):
            continue
        # Ties go to the one listed first; a wildcard means JSON, the protocol's default.
        candidate = (q, -i, media in ("text/csv", "text/*"))
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    if best is None:
        raise ApiError(406, "not_acceptable", "The postings come as application/json or "
                       "text/csv; ask for one of them in Accept.")
    return best[2]
