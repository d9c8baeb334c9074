"""The use cases. The window and the `cashier` command call these and nothing deeper.

Rules live here, not in the widgets: a caller that skips the UI gets the same
refusals. Each function that changes data does it in one `db.atomic()` block.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Mapping

from cashier import business_days, drawer, money
from cashier.identity import audit, users
from cashier.storage import db
from cashier.errors import CashierError, NotFoundError, RuleError, ValidationError
from cashier.model import (Account, Payment, PaymentDraft, PaymentLine,
                           check_account_number)
from cashier.spc_breaker import breaker
from cashier.adapters.spc_client import SpcUnavailable
from cashier.workstation import Workstation
from cashier.outbox import (waiting_summary, offline_state, offline_refusal, check_offline_limits, resolve_rejected, retry_rejected, resolve_approved, retry_approved, queue_status, OutboxEntry, outbox_entries)  # noqa: F401  (the desk's API)

log = logging.getLogger(__name__)


class DraftInvalid(ValidationError):
    """Several fields may be wrong at once; `errors` lists each, the first is this error."""

    def __init__(self, errors: list[ValidationError]):
        first = errors[0]
        super().__init__(first.code, first.message, first.field, first.params)
        self.errors = errors


# -- accounts ---------------------------------------------------------------------

def find_account(ws: Workstation, text: str) -> Account:
    """Look an account up at the SPC; when the SPC is unreachable, answer from the cache.

    A cached answer has `cached_at` set so the window can say how old it is.
    """
    number = check_account_number(text)
    spc = breaker(ws)
    try:
        if spc.is_open:  # the SPC hangs: the offline copy answers at once (cashier/spc_breaker.py)
            raise SpcUnavailable(f"The SPC does not answer ({spc.reason}); the offline copy is used")
        account = ws.client.get_account(number)
    except SpcUnavailable as exc:
        spc.trip(exc.message)
        cached = cached_account(ws, number)
        if cached is None:
            from cashier.account_cache import AccountNotCached  # an SpcUnavailable too
            raise AccountNotCached(number) from exc
        return cached
    except NotFoundError as exc:
        raise NotFoundError("account_not_found",
                            f"Account {number} is not known to the processing center.",
                            "account", {"account": number}) from exc
    _cache_account(ws.conn, account, ws.now())
    return account


def cached_account(ws: Workstation, number: str) -> Account | None:
    row = ws.conn.execute("SELECT body, fetched_at FROM accounts_cache WHERE account = ?",
                          (number,)).fetchone()
    if row is None:
        return None
    account = Account.from_wire(json.loads(row["body"]))
    return replace(account, cached_at=datetime.fromisoformat(row["fetched_at"]))


def _cache_account(conn: sqlite3.Connection, account: Account, now: datetime) -> None:
    body = json.dumps(account.to_wire(), ensure_ascii=False, separators=(",", ":"))
    with db.atomic(conn):
        conn.execute(
            "INSERT INTO accounts_cache(account, body, address_lower, period, fetched_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(account) DO UPDATE SET body = excluded.body, "
            "address_lower = excluded.address_lower, period = excluded.period, "
            "fetched_at = excluded.fetched_at",
            (account.account, body, account.address.lower(), account.period,
             now.isoformat(timespec="seconds")))


def fetch_invoice(ws: Workstation, account: Account) -> bytes:
    """The SPC's invoice PDF; the stored copy when it is still current or the SPC is down."""
    conn = ws.conn
    row = conn.execute("SELECT etag, pdf FROM invoice_cache WHERE account = ?",
                       (account.account,)).fetchone()
    spc = breaker(ws)
    try:
        if spc.is_open:
            raise SpcUnavailable("The SPC does not answer; the stored invoice is used")
        pdf, etag = ws.client.get_invoice(account.account, row["etag"] if row else None)
    except SpcUnavailable as exc:
        spc.trip(exc.message)
        if row is not None:
            return bytes(row["pdf"])
        local = local_invoice(ws, account)
        if local is None:
            raise
        return local
    if pdf is None and row is not None:
        return bytes(row["pdf"])
    with db.atomic(conn):
        conn.execute(
            "INSERT INTO invoice_cache(account, etag, pdf, fetched_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(account) DO UPDATE SET etag = excluded.etag, pdf = excluded.pdf, "
            "fetched_at = excluded.fetched_at",
            (account.account, etag, pdf, ws.now().isoformat(timespec="seconds")))
    return pdf


# -- offline cache: local invoice copy, address search (cashier/account_cache.py) --

def local_invoice(ws: Workstation, account: Account) -> bytes | None:
    """A copy of the invoice rendered here from the cached account data, marked as such
    (banner with the data's date, watermark); None when the account is not cached."""
    from cashier.documents.invoice import offline_note, render_invoice
    cached = account if account.cached_at is not None else cached_account(ws, account.account)
    if cached is None:
        return None
    when = cached.cached_at.astimezone(ws.config.tz)
    return render_invoice(
        cached, issuer=ws.config.bank_name, offline_note=offline_note(when),
        footer="Сформировано на рабочем месте кассира по сохранённым данным ЕРЦ; суммы и "
               "показания могли измениться. Не является платёжным требованием ЕРЦ.")


def search_accounts(ws: Workstation, fragment: str, limit: int = 20) -> list[dict]:
    """Accounts by address fragment: the SPC's answer, or the offline cache's when the SPC
    is unreachable. Each item: account, holder, address, "source" ("spc" or "cache")
    and "cached_at" (the data's date for a cached item, else None)."""
    from cashier import account_cache
    text = account_cache.check_fragment(fragment)
    limit = max(1, min(int(limit), account_cache.SEARCH_MAX))
    spc = breaker(ws)
    try:
        if spc.is_open:
            raise SpcUnavailable("The SPC does not answer; the offline copy is searched")
        return account_cache.mark_live(ws.client.search_accounts(text, limit))
    except SpcUnavailable as exc:
        spc.trip(exc.message)
        return account_cache.search_cached(ws, text, limit)


# -- building a payment -----------------------------------------------------------

def build_draft(account: Account, amounts: Mapping[str, str] | None,
                readings: Mapping[str, str] | None = None, tendered: str = "",
                fee: int = 0, fee_rules: Mapping | None = None) -> PaymentDraft:
    """Turn what the teller typed into a checked draft. Pure and fast: call it on every key.

    `fee_rules` (Config.fee_rules) computes the agent fee from the lines; `fee`
    is a fixed fee for callers without rules.
    `amounts` maps service code to the typed amount ("" or "0" skips the line);
    None pays every positive amount due. `tendered` may be empty while the
    teller is still typing; whether it covers the total is `check_ready()`'s job.
    Raises DraftInvalid listing every bad field ("amount:CODE", "reading:CODE",
    "tendered", "lines").
    """
    readings = readings or {}
    errors: list[ValidationError] = []
    lines: list[PaymentLine] = []
    for code in list(readings) + list(amounts or {}):
        if account.service(code) is None:
            errors.append(ValidationError("unknown_service", f"Service {code} is not on this account.",
                                          f"amount:{code}", {"service": code}))
    for service in account.services:
        amount = 0
        if amounts is None:
            amount = max(service.amount_due, 0)
        else:
            text = (amounts.get(service.code) or "").strip()
            if text:
                try:
                    amount = money.parse_amount(text, field=f"amount:{service.code}")
                except ValidationError as exc:
                    errors.append(exc)
                    continue
        reading = None
        reading_text = (readings.get(service.code) or "").strip()
        if reading_text:
            field = f"reading:{service.code}"
            if service.meter is None:
                errors.append(ValidationError("reading_no_meter",
                                              f"{service.name} has no meter.", field))
                continue
            try:
                reading = money.parse_reading(reading_text, field=field)
            except ValidationError as exc:
                errors.append(exc)
                continue
            if reading < service.meter.previous_reading:
                errors.append(ValidationError(
                    "reading_below_previous",
                    f"The reading is below the previous one "
                    f"({money.format_reading(service.meter.previous_reading)}).",
                    field, {"previous": money.format_reading(service.meter.previous_reading),
                            "unit": service.meter.unit}))
                continue
            if amount == 0:
                errors.append(ValidationError(
                    "reading_needs_amount",
                    "A reading travels with a payment: enter an amount for this service.",
                    f"amount:{service.code}"))
                continue
        if amount == 0:
            continue
        lines.append(PaymentLine(
            service_code=service.code, service_name=service.name,
            provider_id=service.provider.id, provider_name=service.provider.name,
            amount=amount, reading=reading,
            previous_reading=service.meter.previous_reading if (service.meter and reading is not None) else None,
            unit=service.meter.unit if service.meter else None))
    tendered_minor = 0
    if tendered and tendered.strip():
        try:
            tendered_minor = money.parse_amount(tendered, field="tendered")
        except ValidationError as exc:
            errors.append(exc)
    if fee_rules:
        from cashier.fees import total_fee
        fee = total_fee(lines, fee_rules)
    if fee < 0:
        errors.append(ValidationError("fee_negative", "The fee cannot be negative.", "fee"))
    if errors:
        raise DraftInvalid(errors)
    return PaymentDraft(account=account, lines=tuple(lines), fee=fee, tendered=tendered_minor)


def check_ready(draft: PaymentDraft, max_payment: int = 0) -> None:
    """Refuse a draft that may not be accepted yet; the message says what is missing."""
    if not draft.lines:
        raise ValidationError("lines_empty", "Enter an amount for at least one service.", "lines")
    if max_payment and draft.total > max_payment:
        raise ValidationError("payment_over_limit",
                              f"One payment may not exceed {money.format_amount(max_payment)}.",
                              "lines", {"limit": money.format_amount(max_payment)})
    if draft.tendered < draft.total:
        raise ValidationError(
            "tendered_insufficient",
            f"Cash tendered is less than the total {money.format_amount(draft.total)}.",
            "tendered", {"total": money.format_amount(draft.total),
                         "missing": money.format_amount(draft.total - draft.tendered)})


OVERPAY_RATIO = 3  # default of Config.overpay_confirm_ratio


def far_above_due(draft: PaymentDraft, ratio: int = OVERPAY_RATIO) -> list[tuple[PaymentLine, int]]:
    """Lines paying more than `ratio` times their amount due (a typo guard: 12720 for
    1272,0): each with its amount due. Lines with nothing due are not judged. Pure."""
    if not ratio:
        return []
    found = []
    for line in draft.lines:
        service = draft.account.service(line.service_code)
        if service is not None and service.amount_due > 0 and line.amount > ratio * service.amount_due:
            found.append((line, service.amount_due))
    return found


def check_not_far_above_due(draft: PaymentDraft, ratio: int = OVERPAY_RATIO) -> None:
    """RuleError amount_far_above_due naming the first such line, unless the teller confirmed."""
    lines = far_above_due(draft, ratio)
    if not lines:
        return
    line, due = lines[0]
    raise RuleError("amount_far_above_due",
                    f"{line.service_name}: {money.format_amount(line.amount)} is more than {ratio} "
                    f"times the amount due {money.format_amount(due)}. Check the amount; if it is "
                    "right, confirm it.", f"amount:{line.service_code}",
                    {"service": line.service_name, "amount": money.format_amount(line.amount),
                     "due": money.format_amount(due), "ratio": ratio,
                     "lines": [ln.service_code for ln, _ in lines]})


# -- accepting --------------------------------------------------------------------

def business_date(ws: Workstation) -> date:
    """The business date of what happens at the desk now (cashier/business_days.py)."""
    return business_days.current(ws.conn, ws.now().date())




def _next_receipt_no(conn: sqlite3.Connection, workstation_id: str, day: date) -> tuple[int, str]:
    conn.execute(
        "INSERT INTO receipt_counters(workstation_id, business_date, last_seq) VALUES (?, ?, 1) "
        "ON CONFLICT(workstation_id, business_date) DO UPDATE SET last_seq = last_seq + 1",
        (workstation_id, day.isoformat()))
    seq = conn.execute("SELECT last_seq FROM receipt_counters WHERE workstation_id = ? "
                       "AND business_date = ?", (workstation_id, day.isoformat())).fetchone()[0]
    return seq, f"{workstation_id}-{day:%Y%m%d}-{seq:05d}"


def _payment_session(conn: sqlite3.Connection, workstation_id: str, teller: users.User,
                     day: date) -> drawer.Session:
    """The cash session the payment's money goes into: the teller's own, opened today."""
    # The stored user, not the one signed in hours ago: a user disabled since then stops here.
    teller = users.require(users.get(conn, teller.user_id), "teller", "supervisor")
    session = drawer.require_open(conn, workstation_id, teller)
    if session.business_date != day:
        raise RuleError("session_other_day",
                        f"The cash session was opened for {session.business_date.isoformat()}; "
                        "close it with a cash count and open one for today.", None,
                        {"business_date": session.business_date.isoformat()})
    return session


def accept_payment(ws: Workstation, draft: PaymentDraft, teller: users.User, *,
                   write_pdf: bool = True, confirmed_over_due: bool = False) -> Payment:
    """Store the payment durably, then write its receipt.

    The payment, its lines, its outbox entry, its receipt number, the cash it
    brings into the teller's drawer (tendered in, change out) and its audit
    entry are one transaction, committed (fsync) before any receipt exists. A
    failure to write the PDF afterwards leaves the payment accepted and the
    receipt can be made again with `ensure_receipt`.
    """
    users.require(teller, "teller", "supervisor")
    check_ready(draft, ws.config.max_payment)
    if not confirmed_over_due:
        check_not_far_above_due(draft, getattr(ws.config, "overpay_confirm_ratio", OVERPAY_RATIO))
    check_offline_limits(ws, draft.total)
    cfg = ws.config
    now = ws.now().replace(microsecond=0)
    conn = ws.conn
    with db.atomic(conn):
        day = business_days.current(conn, now.date())
        business_days.open_if_new(conn, day, now, "no payment can be dated to it.")
        session = _payment_session(conn, cfg.workstation_id, teller, day)
        seq, receipt_no = _next_receipt_no(conn, cfg.workstation_id, day)
        payment = Payment(
            payment_id=str(uuid.uuid4()), receipt_no=receipt_no,
            workstation_id=cfg.workstation_id, teller_id=teller.user_id,
            accepted_at=now, business_date=day, account=draft.account.account,
            holder=draft.account.holder, address=draft.account.address,
            period=draft.account.period, currency=draft.account.currency,
            lines=draft.lines, fee=draft.fee, total=draft.total,
            tendered=draft.tendered, change=draft.change)
        body = json.dumps(payment.wire_body(), ensure_ascii=False, separators=(",", ":"))
        conn.execute(
            "INSERT INTO payments(payment_id, receipt_no, seq, workstation_id, teller_id, "
            "business_date, accepted_at, account, holder, address, period, currency, fee, total, "
            "tendered, change_given, status, body) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (payment.payment_id, receipt_no, seq, cfg.workstation_id, teller.user_id,
             day.isoformat(), now.isoformat(), payment.account, payment.holder, payment.address,
             payment.period, payment.currency, payment.fee, payment.total, payment.tendered,
             payment.change, "accepted", body))
        conn.executemany(
            "INSERT INTO payment_lines(payment_id, line_no, service_code, service_name, provider_id, "
            "provider_name, amount, reading, previous_reading, unit) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(payment.payment_id, i, ln.service_code, ln.service_name, ln.provider_id,
              ln.provider_name, ln.amount, ln.reading, ln.previous_reading, ln.unit)
             for i, ln in enumerate(payment.lines, 1)])
        conn.execute(
            "INSERT INTO outbox(kind, payment_id, body, state, created_at, next_attempt_at) "
            "VALUES ('payment', ?, ?, 'waiting', ?, ?)",
            (payment.payment_id, body, db.stamp(now), db.stamp(now)))
        drawer.record_payment(conn, now, session.session_id, teller.user_id, payment.payment_id,
                              payment.tendered, payment.change)
        audit.record(conn, now, teller.user_id, "payment.accepted", payment.payment_id,
                     payment_fact(payment, session.session_id))
    if not write_pdf:
        return payment
    try:
        payment = ensure_receipt(ws, payment)
    except Exception as exc:  # noqa: BLE001 - the payment stands; its receipt is owed
        if isinstance(exc, CashierError):
            log.warning("receipt %s is owed: %s", receipt_no, exc.message)
        else:
            log.exception("receipt for %s could not be written", receipt_no)
        payment = replace(payment, receipt_problem=getattr(exc, "code", "receipt_owed"))
    _make_other_owed_receipts(ws)
    return payment


def _make_other_owed_receipts(ws: Workstation) -> None:
    """Receipts an earlier process could not make (killed after its commit, a full disk)."""
    from cashier.documents import receipts_owed
    try:
        if receipts_owed.owed_count(ws.conn):
            receipts_owed.make_owed(ws, limit=20)
    except Exception:  # noqa: BLE001 - never let an old receipt spoil this payment
        log.exception("owed receipts could not be made")


def payment_fact(payment: Payment, session_id: str) -> dict:
    """The whole payment as the journal carries it (backoffice-protocol.md: payment.accepted)."""
    w = money.to_wire
    return {"payment_id": payment.payment_id, "receipt_no": payment.receipt_no,
            "business_date": payment.business_date.isoformat(), "account": payment.account,
            "period": payment.period, "session_id": session_id,
            "lines": [{"service_code": ln.service_code, "provider_id": ln.provider_id,
                       "amount": w(ln.amount),
                       "reading": None if ln.reading is None else money.reading_to_wire(ln.reading)}
                      for ln in payment.lines],
            "fee": w(payment.fee), "total": w(payment.total), "tendered": w(payment.tendered),
            "change": w(payment.change)}


def receipt_header(ws: Workstation, teller_id: str | None = None):
    """The bank's block of a receipt; the teller is whoever took the payment."""
    from cashier.documents.receipt import ReceiptHeader
    cfg = ws.config
    teller_name = cfg.teller_name or cfg.teller_id
    if teller_id:
        row = ws.conn.execute("SELECT name FROM users WHERE user_id = ?", (teller_id,)).fetchone()
        teller_name = row["name"] if row else teller_id
    return ReceiptHeader(bank_name=cfg.bank_name, bank_bin=cfg.bank_bin,
                         branch_name=cfg.branch_name, branch_address=cfg.branch_address,
                         workstation_id=cfg.workstation_id, teller_name=teller_name)


def receipt_path(ws: Workstation, payment: Payment, copy_no: int = 0) -> Path:
    """<receipts>/<date>/<receipt_no>.pdf, or <receipt_no>-copy-N.pdf for the N-th reprint."""
    from cashier.documents.receipt_archive import archive_path
    return archive_path(ws.config.receipts_dir, payment, int(copy_no))


def _reprinter(ws: Workstation, by: users.User | None) -> str:
    """Who makes a copy of a receipt: a signed-in teller or supervisor, re-read from the
    database; the copy and its audit entry name them."""
    if by is None:
        raise users.AuthError("not_signed_in", "Sign in first: a copy of a receipt records who "
                              "made it.")
    users.require(by, "teller", "supervisor")
    return users.require(users.get(ws.conn, by.user_id), "teller", "supervisor").user_id


def ensure_receipt(ws: Workstation, payment: Payment, *, copy: bool = False,
                   by: users.User | None = None) -> Payment:
    """The archived receipt PDF: the original (written once, never rewritten), or with
    copy=True a new marked reprint <receipt_no>-copy-N.pdf made by the signed-in `by`. Each
    is recorded with its sha256 (cashier/documents/receipt_archive.py); `receipt_pdf` of the result is
    that file."""
    from cashier.documents.receipt_archive import archive
    actor = _reprinter(ws, by) if copy else None
    entry = archive(ws, payment, copy=copy, actor=actor)
    return replace(payment, receipt_pdf=str(entry.path))


def print_receipt(ws: Workstation, payment_id: str, *, copy: bool = False,
                  printer: str | None = None, by: users.User | None = None):
    """Print a payment's receipt through CUPS and store the outcome (a PrintRecord).

    copy=False prints the archived original, once: after it went to a printer only a
    copy may follow. copy=True writes a new reprint marked КОПИЯ (-copy-N) and prints
    that. The printer is `printer`, else Config.printer, else the CUPS default. A failed
    print leaves the payment accepted: it is stored (state 'failed') and audited, then
    its CashierError is raised with `.record` set; `last_print_failed` lists it for a
    reprint. Runs lp (seconds at worst): never call it on the GUI thread.
    """
    from cashier.documents import receipt_archive
    from cashier.adapters import printing
    payment = load_payment(ws, payment_id)
    actor = _reprinter(ws, by) if copy else (by.user_id if by is not None else None)
    if not copy:
        receipt_archive.refresh_states(ws, payment.payment_id)
        if receipt_archive.original_sent(ws.conn, payment.payment_id):
            raise RuleError("receipt_already_printed",
                            f"The original receipt {payment.receipt_no} was already sent to a "
                            "printer; print a copy (marked КОПИЯ) instead.", None,
                            {"receipt_no": payment.receipt_no})
    entry = receipt_archive.archive(ws, payment, copy=copy, actor=actor)
    dest = printer or ws.config.printer or None
    title = f"receipt {payment.receipt_no}" + (f" copy {entry.copy_no}" if copy else "")
    try:
        job = printing.print_pdf(entry.path, dest, title)
    except CashierError as exc:
        exc.record = receipt_archive.record_print(ws, payment, entry, printer=dest or "",
                                                  error=exc, actor=actor)
        raise
    return receipt_archive.record_print(ws, payment, entry, printer=job.printer, job=job,
                                        actor=actor)


def receipt_prints(ws: Workstation, payment_id: str) -> list:
    """Every print attempt of a payment's receipt (PrintRecord), oldest first, after asking
    CUPS how the queued ones ended."""
    from cashier.documents import receipt_archive
    payment = load_payment(ws, payment_id)
    receipt_archive.refresh_states(ws, payment.payment_id)
    return receipt_archive.prints_for(ws.conn, payment.payment_id)


def last_print_failed(ws: Workstation, since: date | None = None) -> list:
    """Receipts whose latest print failed (PrintRecord), so the window can offer a reprint.
    Payments of `since` (default: today's business date) and later; oldest first."""
    from cashier.documents import receipt_archive
    receipt_archive.refresh_states(ws)
    return receipt_archive.latest_failed(ws.conn, since or business_date(ws))


def load_payment(ws: Workstation, payment_id: str) -> Payment:
    conn = ws.conn
    row = conn.execute("SELECT * FROM payments WHERE payment_id = ? OR receipt_no = ?",
                       (payment_id, payment_id)).fetchone()
    if row is None:
        raise NotFoundError("payment_not_found", f"No payment {payment_id} on this workstation.")
    lines = tuple(PaymentLine(
        service_code=r["service_code"], service_name=r["service_name"], provider_id=r["provider_id"],
        provider_name=r["provider_name"], amount=r["amount"], reading=r["reading"],
        previous_reading=r["previous_reading"], unit=r["unit"])
        for r in conn.execute("SELECT * FROM payment_lines WHERE payment_id = ? ORDER BY line_no",
                              (row["payment_id"],)))
    return Payment(
        payment_id=row["payment_id"], receipt_no=row["receipt_no"],
        workstation_id=row["workstation_id"], teller_id=row["teller_id"],
        accepted_at=datetime.fromisoformat(row["accepted_at"]),
        business_date=date.fromisoformat(row["business_date"]), account=row["account"],
        holder=row["holder"], address=row["address"], period=row["period"],
        currency=row["currency"], lines=lines, fee=row["fee"], total=row["total"],
        tendered=row["tendered"], change=row["change_given"], status=row["status"],
        receipt_pdf=row["receipt_pdf"])
