"""Accepting a payment: one durable transaction, then its receipt.

The payment, its lines, its outbox entry, its receipt number, the cash it brings into the
teller's drawer and its journal entry are written in one transaction, committed (fsync)
before any receipt exists (DESIGN.md). The receipt is made right after; when it cannot be,
it is owed (cashier/documents/receipts_owed.py).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from dataclasses import replace
from datetime import date

from cashier import days, drawer, money
from cashier.controls import payers, policy, screening
from cashier.documents import basket_receipt, receipts_owed
from cashier.documents.receipts import ensure_receipt
from cashier.errors import CashierError, RuleError, ValidationError
from cashier.identity import audit, users
from cashier.model import Payment, PaymentDraft
from cashier.drawer.limits import check_cash_limit
from cashier.payments.draft import check_not_far_above_due, check_ready
from cashier.payments.tender import Share, Tender, allocate, check_tender
from cashier.storage import db
from cashier.sync.queue import check_offline_limits
from cashier.workstation import Workstation

log = logging.getLogger(__name__)


def _next_receipt_no(conn: sqlite3.Connection, workstation_id: str, day: date) -> tuple[int, str]:
    seq = conn.execute(
        "INSERT INTO receipt_counters(workstation_id, business_date, last_seq) VALUES (?, ?, 1) "
        "ON CONFLICT(workstation_id, business_date) DO UPDATE SET last_seq = last_seq + 1 "
        "RETURNING last_seq", (workstation_id, day.isoformat())).fetchone()[0]
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
                   write_pdf: bool = True, confirmed_over_due: bool = False,
                   payer: payers.Payer | None = None, approver: users.User | None = None,
                   tender: Tender | None = None) -> Payment:
    """One account's payment: accept_basket with one draft, paid in cash (draft.tendered)
    unless `tender` says otherwise."""
    return accept_basket(ws, [draft], teller, tender or Tender(draft.tendered),
                         write_pdf=write_pdf, confirmed_over_due=confirmed_over_due,
                         payer=payer, approver=approver)[0]


def accept_basket(ws: Workstation, drafts: list[PaymentDraft], teller: users.User,
                  tender: Tender, *, write_pdf: bool = True, confirmed_over_due: bool = False,
                  payer: payers.Payer | None = None,
                  approver: users.User | None = None) -> list[Payment]:
    """Store the payments of one customer durably, then write their receipts.

    Every account's payment, its lines, its outbox entry, its receipt number, the cash the
    tender brings into the teller's drawer (cash in, change out; a card part never) and
    its journal entry are ONE transaction, committed (fsync) before any receipt exists: a
    customer paying three accounts has paid all three or none. A failure to write a PDF
    afterwards leaves the payments accepted and the receipt owed (`ensure_receipt`).

    The bank's controls (cashier/controls/) are checked in that transaction: the payer
    identified when a payment, or the basket, or the day's payments of an account or payer
    are above identify_payer_above; `approver` (a supervisor who typed their password at
    this desk, cashier/identity/approvals.py) when the basket is above
    supervisor_approval_above; the drawer's hard limit. An identified payer is screened
    against the sanctions list first: a match blocks the payments and is recorded.
    """
    if not drafts:
        raise ValidationError("basket_empty", "Load an account to take a payment.", "account")
    users.require(teller, "teller", "supervisor")
    cfg = ws.config
    for draft in drafts:
        check_ready(draft, cfg.max_payment, cash_checked=False)
        if not confirmed_over_due:
            check_not_far_above_due(draft, cfg.overpay_confirm_ratio)
    accounts_seen = [d.account.account for d in drafts]
    if len(set(accounts_seen)) != len(accounts_seen):
        raise ValidationError("basket_account_twice", "An account is in the basket twice: "
                              "remove one and put its amounts together.", "account")
    total = sum(d.total for d in drafts)
    check_tender(total, tender)
    check_offline_limits(ws, total)
    if approver is not None:
        users.require(approver, "supervisor")
    now = ws.now().replace(microsecond=0)
    conn = ws.conn
    if payer is not None:
        screening.screen(ws, payer, teller.user_id, drafts[0].account.account, total, now)
    shares = allocate([d.total for d in drafts], tender)
    basket_id = str(uuid.uuid4()) if len(drafts) > 1 else None
    with db.atomic(conn):
        day = days.current(conn, now.date())
        days.open_if_new(conn, day, now, "no payment can be dated to it.")
        assessment = policy.assess(conn, cfg, [(d.account.account, d.total) for d in drafts],
                                   day, payer.iin if payer else None)
        policy.require(assessment, payer, approver, teller.user_id)
        session = _payment_session(conn, cfg.workstation_id, teller, day)
        if cfg.drawer_hard_limit:   # the drawer's sum is read only when a limit is set
            check_cash_limit(conn, cfg, session, tender.cash - tender.change(total))
        paid = [_store(conn, cfg, now, day, session, teller, draft, share, tender, basket_id,
                       payer, approver if assessment.approval else None, list(assessment.flags))
                for draft, share in zip(drafts, shares)]
    if not write_pdf:
        return paid
    paid = [_receipt(ws, payment) for payment in paid]
    if basket_id:
        try:
            entry = basket_receipt.archive(ws, paid)
            paid = [replace(p, basket_pdf=str(entry.path)) for p in paid]
        except Exception:  # noqa: BLE001 - each payment has its own receipt; this is their sum
            log.exception("the receipt of basket %s could not be written", basket_id)
    _make_other_owed_receipts(ws)
    return paid


def _store(conn: sqlite3.Connection, cfg, now, day: date, session, teller: users.User,
           draft: PaymentDraft, share: Share, tender: Tender, basket_id: str | None,
           payer: payers.Payer | None, approver: users.User | None, flags: list[str]) -> Payment:
    """One account's payment, in accept_basket's transaction."""
    seq, receipt_no = _next_receipt_no(conn, cfg.workstation_id, day)
    card = {"card_amount": share.card, "card_auth": tender.card_auth if share.card else None,
            "card_rrn": tender.card_rrn if share.card else None}
    payment = Payment(
        payment_id=str(uuid.uuid4()), receipt_no=receipt_no,
        workstation_id=cfg.workstation_id, teller_id=teller.user_id,
        accepted_at=now, business_date=day, account=draft.account.account,
        holder=draft.account.holder, address=draft.account.address,
        period=draft.account.period, currency=draft.account.currency,
        lines=draft.lines, fee=draft.fee, total=draft.total,
        tendered=share.tendered, change=share.change,
        payer_iin=payer.iin if payer else None, payer_name=payer.full_name if payer else "",
        approved_by=approver.user_id if approver else None, basket_id=basket_id, **card)
    body = json.dumps(payment.wire_body(), ensure_ascii=False, separators=(",", ":"))
    conn.execute(
        "INSERT INTO payments(payment_id, receipt_no, seq, workstation_id, teller_id, "
        "business_date, accepted_at, account, holder, address, period, currency, fee, total, "
        "tendered, change_given, status, body, payer_iin, payer, approved_by, aml_flags, "
        "basket_id, card_amount, card_auth, card_rrn) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (payment.payment_id, receipt_no, seq, cfg.workstation_id, teller.user_id,
         day.isoformat(), now.isoformat(), payment.account, payment.holder, payment.address,
         payment.period, payment.currency, payment.fee, payment.total, payment.tendered,
         payment.change, "accepted", body, payment.payer_iin,
         json.dumps(payer.to_json(), ensure_ascii=False) if payer else None,
         payment.approved_by, json.dumps(flags) if flags else None, basket_id,
         share.card, card["card_auth"], card["card_rrn"]))
    if payer is not None:
        payers.remember(conn, now, payer)
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
    if payment.tendered or payment.change:
        drawer.record_payment(conn, now, session.session_id, teller.user_id, payment.payment_id,
                              payment.tendered, payment.change)
    fact = payment_fact(payment, session.session_id)
    if payer is not None:
        fact["payer"] = payer.to_json()
    if payment.approved_by:
        fact["approved_by"] = payment.approved_by
    if flags:
        fact["aml_flags"] = flags
    if basket_id:
        fact["basket_id"] = basket_id
    if share.card:
        fact["card"] = {"amount": money.to_wire(share.card), "auth": tender.card_auth,
                        "rrn": tender.card_rrn}
    audit.record(conn, now, teller.user_id, "payment.accepted", payment.payment_id, fact)
    return payment


def _receipt(ws: Workstation, payment: Payment) -> Payment:
    try:
        return ensure_receipt(ws, payment)
    except Exception as exc:  # noqa: BLE001 - the payment stands; its receipt is owed
        if isinstance(exc, CashierError):
            log.warning("receipt %s is owed: %s", payment.receipt_no, exc.message)
        else:
            log.exception("receipt for %s could not be written", payment.receipt_no)
        return replace(payment, receipt_problem=getattr(exc, "code", "receipt_owed"))


def _make_other_owed_receipts(ws: Workstation) -> None:
    """Receipts an earlier process could not make (killed after its commit, a full disk)."""
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
