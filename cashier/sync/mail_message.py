"""The e-mail that carries a receipt: subject and body in Russian and Kazakh, the archived
receipt PDF attached as <receipt number>.pdf (application/pdf).

The words are fixed here, not translated at run time: the customer reads both languages,
whatever the teller's window shows, as on the paper receipt.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from cashier import money
from cashier.model import Payment

MAX_SUBJECT_BANK = 60   # a long bank name is cut in the subject (never in the body)


def new_message_id(sender: str) -> str:
    """A Message-ID for a queued e-mail, fixed when it is queued: a retry after a lost
    answer sends the same one, so a mail program can tell the two apart."""
    domain = sender.rpartition("@")[2] or "cashier.invalid"
    return make_msgid("receipt", domain=domain)


def subject(payment: Payment, bank_name: str) -> str:
    bank = bank_name if len(bank_name) <= MAX_SUBJECT_BANK else bank_name[:MAX_SUBJECT_BANK - 1] + "…"
    return f"Квитанция № {payment.receipt_no} / Түбіртек № {payment.receipt_no} — {bank}"


def body(payment: Payment, bank_name: str, branch_name: str, tz: tzinfo | None) -> str:
    amount = money.format_amount(payment.total, payment.currency).replace("\xa0", " ")
    when = payment.accepted_at.astimezone(tz) if tz else payment.accepted_at
    day = when.strftime("%d.%m.%Y %H:%M")
    bank = ", ".join(part for part in (bank_name, branch_name) if part)
    return "\n".join([
        "Здравствуйте!",
        "",
        f"Ваш платёж принят. Квитанция № {payment.receipt_no} приложена к письму (PDF).",
        f"Лицевой счёт: {payment.account}",
        f"Сумма: {amount}",
        f"Дата: {day}",
        bank,
        "",
        "Это письмо отправлено автоматически, отвечать на него не нужно.",
        "",
        "—",
        "",
        "Сәлеметсіз бе!",
        "",
        f"Төлеміңіз қабылданды. № {payment.receipt_no} түбіртек хатқа тіркелген (PDF).",
        f"Дербес шот: {payment.account}",
        f"Сомасы: {amount}",
        f"Күні: {day}",
        bank,
        "",
        "Бұл хат автоматты түрде жіберілді, оған жауап берудің қажеті жоқ.",
        "",
    ])


def receipt_message(payment: Payment, pdf: bytes, *, recipient: str, sender: str,
                    bank_name: str, branch_name: str = "", message_id: str,
                    when: datetime, tz: tzinfo | None = None) -> EmailMessage:
    """The whole message, ready for SMTP. `recipient` in its ASCII form (an IDN domain as xn--)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = Address(display_name=bank_name, addr_spec=sender) if bank_name else sender
    msg["To"] = recipient
    msg["Subject"] = subject(payment, bank_name)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id
    msg["Auto-Submitted"] = "auto-generated"   # RFC 3834: no out-of-office replies, please
    msg.set_content(body(payment, bank_name, branch_name, tz), charset="utf-8")
    msg.add_attachment(pdf, maintype="application", subtype="pdf",
                       filename=f"{payment.receipt_no}.pdf")
    return msg
