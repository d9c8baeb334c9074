"""The bank's mail server over SMTP (smtplib): a session that logs in once and sends messages.

What the server or the network says becomes a MailError that tells the queue
(cashier/sync/mail.py) what to do with the e-mail:

- `permanent`: the server refused this message for good (a 5xx reply to its recipient or
  its content: no such mailbox, a message it will never take). The e-mail is `failed`,
  with the server's words kept as the reason.
- otherwise it waits and is tried again with backoff: a 4xx reply (mailbox busy, greylisting),
  a connection refused, a timeout, a dropped line.
- `whole_pass`: nothing else can go in this pass either (the server is unreachable, refuses
  our login, our sender or TLS): the queue stops trying until the next pass.

TLS modes (config `smtp_tls`): "starttls" (port 587: plain, then STARTTLS before the login),
"tls" (port 465: TLS from the first byte), "none" (a relay on a trusted network; no login
is sent then, since the password would cross the network in clear). Certificates are
checked against the system's CAs, or `ca_bundle` when IT set one (the bank's own CA).

The password is given in SmtpSettings (from the OS keyring, cashier/adapters/credentials.py);
it is never part of a repr, a message or a log line.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from cashier.errors import CashierError

TLS_MODES = ("starttls", "tls", "none")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    tls: str                 # one of TLS_MODES
    sender: str              # the envelope's and the From: address
    user: str = ""           # "" = no login
    password: str | None = field(default=None, repr=False)
    timeout: float = 10.0    # seconds for the connection and each reply
    ca_bundle: str = ""      # "" = the system's CAs


class MailError(CashierError):
    """The mail server (or the way to it) did not take a message; see the module's doc."""

    def __init__(self, code: str, message: str, *, permanent: bool = False,
                 whole_pass: bool = False, reply: str = ""):
        super().__init__(code, message, None, {"reason": reply or message})
        self.permanent = permanent
        self.whole_pass = whole_pass
        self.reply = reply or message


def _reply(code: int | None, text: bytes | str | None) -> str:
    """A server's reply as one line of text: '550 5.1.1 <x@y>: Recipient address rejected'."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    words = " ".join((text or "").split())
    return f"{code} {words}".strip() if code else words


def _unreachable(exc: BaseException, settings: SmtpSettings) -> MailError:
    what = "timed out" if isinstance(exc, (socket.timeout, TimeoutError)) else \
        f"{type(exc).__name__}: {exc}"
    return MailError("mail_unavailable", f"The mail server {settings.host}:{settings.port} cannot "
                     f"be reached ({what}).", whole_pass=True,
                     reply=f"{settings.host}:{settings.port}: {what}")


def _setup(message: str) -> MailError:
    return MailError("mail_setup", message, whole_pass=True)


def ssl_context(ca_bundle: str = "") -> ssl.SSLContext:
    """Certificates and host names checked; the bank's CA file or folder when given."""
    if not ca_bundle:
        return ssl.create_default_context()
    path = Path(ca_bundle).expanduser()
    if path.is_dir():
        return ssl.create_default_context(capath=str(path))
    return ssl.create_default_context(cafile=str(path))


class SmtpSession:
    """One connection to the mail server, logged in; `send` as many messages as due.

        with SmtpSession(settings) as smtp:
            smtp.send(message, "customer@mail.kz")
    """

    def __init__(self, settings: SmtpSettings):
        if settings.tls not in TLS_MODES:
            raise _setup(f"smtp_tls is {settings.tls!r}: it must be one of {', '.join(TLS_MODES)}.")
        self.settings = settings
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> "SmtpSession":
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def open(self) -> None:
        s = self.settings
        if s.user and s.tls == "none":
            raise _setup("smtp_user is set while smtp_tls is \"none\": the password would cross "
                         "the network in clear. Use \"starttls\" or \"tls\".")
        if s.user and not s.password:
            raise _setup("smtp_user is set but no password is kept for it: run "
                         "`cashier token set --smtp` (or set CASHIER_SMTP_PASSWORD).")
        try:
            context = ssl_context(s.ca_bundle) if s.tls != "none" else None
        except (OSError, ssl.SSLError) as exc:
            raise _setup(f"The CA bundle {s.ca_bundle} cannot be read ({exc}).") from exc
        try:
            if s.tls == "tls":
                smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=context)
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
        except smtplib.SMTPConnectError as exc:  # the greeting was a refusal (421, 554)
            raise MailError("mail_unavailable", "The mail server refused the connection.",
                            whole_pass=True, reply=_reply(exc.smtp_code, exc.smtp_error)) from exc
        except ssl.SSLCertVerificationError as exc:
            raise _setup(f"The mail server's certificate is not trusted ({exc.verify_message}): "
                         "check smtp_host, or give the bank's CA in ca_bundle.") from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise _unreachable(exc, s) from exc
        self._smtp = smtp
        try:
            smtp.ehlo()
            if s.tls == "starttls":
                if not smtp.has_extn("starttls"):
                    raise _setup(f"The mail server {s.host}:{s.port} does not offer STARTTLS: set "
                                 "smtp_tls to \"tls\" (port 465) or ask its administrator.")
                smtp.starttls(context=context)
                smtp.ehlo()
            if s.user:
                smtp.login(s.user, s.password or "")
        except MailError:
            self.close()
            raise
        except UnicodeEncodeError as exc:   # smtplib logs in with ASCII only
            self.close()
            raise _setup("The mail server password or smtp_user has a letter beyond ASCII, which "
                         "the SMTP login cannot carry here: IT sets an ASCII one.") from exc
        except smtplib.SMTPAuthenticationError as exc:
            self.close()
            raise _setup("The mail server refused the login of smtp_user " + repr(s.user) + ": "
                         + _reply(exc.smtp_code, exc.smtp_error)) from exc
        except smtplib.SMTPNotSupportedError as exc:
            self.close()
            raise _setup(f"The mail server does not take a login here ({exc}).") from exc
        except ssl.SSLCertVerificationError as exc:
            self.close()
            raise _setup(f"The mail server's certificate is not trusted ({exc.verify_message}): "
                         "check smtp_host, or give the bank's CA in ca_bundle.") from exc
        except smtplib.SMTPResponseException as exc:
            self.close()
            raise MailError("mail_unavailable", "The mail server did not take the connection.",
                            whole_pass=True, reply=_reply(exc.smtp_code, exc.smtp_error)) from exc
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise _unreachable(exc, s) from exc

    def send(self, message: EmailMessage, recipient: str) -> None:
        """Hand one message for `recipient` (its ASCII form) to the server; MailError if not."""
        if self._smtp is None:
            self.open()
        smtp = self._smtp
        try:
            refused = smtp.send_message(message, from_addr=self.settings.sender,
                                        to_addrs=[recipient])
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()), (None, b""))
            raise self._by_code(code, _reply(code, text),
                                "The mail server refused the address.") from exc
        except smtplib.SMTPSenderRefused as exc:
            raise MailError("mail_setup", "The mail server refused the sender smtp_sender "
                            f"{self.settings.sender!r}.", whole_pass=True,
                            reply=_reply(exc.smtp_code, exc.smtp_error)) from exc
        except smtplib.SMTPServerDisconnected as exc:
            self._smtp = None
            raise _unreachable(exc, self.settings) from exc
        except smtplib.SMTPResponseException as exc:  # SMTPDataError and the rest: by the code
            raise self._by_code(exc.smtp_code, _reply(exc.smtp_code, exc.smtp_error),
                                "The mail server refused the message.") from exc
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise _unreachable(exc, self.settings) from exc
        if refused:  # pragma: no cover - one recipient: refused means SMTPRecipientsRefused
            code, text = next(iter(refused.values()))
            raise self._by_code(code, _reply(code, text), "The mail server refused the address.")

    @staticmethod
    def _by_code(code: int | None, reply: str, what: str) -> MailError:
        if code is not None and 500 <= code < 600:
            return MailError("mail_refused", f"{what} {reply}", permanent=True, reply=reply)
        # 4xx: try again later; a 421 closes the connection, so the rest waits too
        return MailError("mail_unavailable", f"{what} for now: {reply}",
                         whole_pass=code == 421, reply=reply)

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            try:
                smtp.close()
            except OSError:
                pass
