"""E-mailed receipts against a real SMTP server on loopback (aiosmtpd on a real TCP port).

The message arrives with the archived receipt PDF attached (read back with the email package,
its bytes and SHA-256 those of the archive); a mail server that is down loses nothing and the
e-mail goes when it is back; a 550 makes it `failed` with the server's words, a 450 makes it
wait; STARTTLS and TLS with a self-signed certificate and a login whose password comes from
the keyring (or CASHIER_SMTP_PASSWORD), which no file, log line or command line ever holds;
`cashier pay --email` and `cashier sync --once` at the command line.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
import json
import logging
import os
import socket
import ssl
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.support.needs import need, need_module

aiosmtpd = need_module("aiosmtpd")
from aiosmtpd.controller import Controller  # noqa: E402
from aiosmtpd.smtp import AuthResult, LoginPassword  # noqa: E402

from cashier import config as config_mod  # noqa: E402
from cashier import payments  # noqa: E402
from cashier.adapters import credentials  # noqa: E402
from cashier.config import Config  # noqa: E402
from cashier.errors import ConfigError, RuleError, ValidationError  # noqa: E402
from cashier.model import Account  # noqa: E402
from cashier.storage.records import load_payment  # noqa: E402
from cashier.sync import mail  # noqa: E402
from cashier.workstation import Workstation  # noqa: E402
from tests.support.staffing import teller_of  # noqa: E402
from tests.unit.conftest import ACCOUNT_BODY  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ALMATY = ZoneInfo("Asia/Almaty")
SENDER = "receipts@demo-bank.kz"
SMTP_USER = "receipts"


# -- a real SMTP server on loopback --------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    """aiosmtpd's handler: keeps what it takes; refuses the addresses in `refuse` with the
    reply given (once, for those in `refuse_once`)."""

    def __init__(self) -> None:
        self.messages: list = []   # aiosmtpd Envelopes
        self.refuse: dict[str, str] = {}
        self.refuse_once: dict[str, str] = {}

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse_once:
            return self.refuse_once.pop(address)
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 2.0.0 Message accepted"

    def parsed(self, n: int = -1) -> email.message.EmailMessage:
        return email.message_from_bytes(self.messages[n].content, policy=email.policy.default)


@contextmanager
def smtp_server(port: int, inbox: Inbox | None = None, **kwargs):
    inbox = inbox or Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 23, 10, 0, tzinfo=ALMATY)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def desk_config(home: Path, port: int, **extra) -> Config:
    settings = {"workstation_id": "ALM-01-W07", "spc_url": "http://127.0.0.1:9/",
                "smtp_host": "127.0.0.1", "smtp_port": port, "smtp_tls": "none",
                "smtp_sender": SENDER, "retry_base_seconds": 1.0, "retry_cap_seconds": 5.0,
                "connect_timeout": 3.0, "read_timeout": 5.0}
    return Config(home=home, **{**settings, **extra})


@pytest.fixture
def port() -> int:
    return free_port()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def desk(tmp_path, port, clock):
    with Workstation(desk_config(tmp_path / "home", port), token="t", clock=clock) as ws:
        yield ws


def pay(ws: Workstation):
    draft = payments.build_draft(Account.from_wire(ACCOUNT_BODY), None, {"ELEC": "12400"}, "5000")
    return payments.accept_payment(ws, draft, teller_of(ws))


def archived(ws: Workstation, payment_id: str):
    return ws.conn.execute("SELECT path, sha256 FROM document_archive WHERE kind = 'receipt' "
                           "AND payment_id = ? AND copy_no = 0", (payment_id,)).fetchone()


def journal(ws: Workstation, action: str) -> list[dict]:
    return [json.loads(r[0]) for r in ws.conn.execute(
        "SELECT details FROM audit_log WHERE action = ? ORDER BY id", (action,))]


# -- the message ---------------------------------------------------------------------------

def test_the_receipt_arrives_with_the_archived_pdf_attached(desk, port):
    paid = pay(desk)
    queued = mail.queue_receipt_email(desk, paid.payment_id, "  Aigerim@Почта.Қаз ", "t.test")
    assert (queued.state, queued.address, queued.attempts) == ("waiting", "Aigerim@почта.қаз", 0)
    # one transaction: the address with the payment, the e-mail queued, the journal entry
    assert desk.conn.execute("SELECT email FROM payments WHERE payment_id = ?",
                             (paid.payment_id,)).fetchone()[0] == "Aigerim@почта.қаз"
    assert journal(desk, "receipt.email_queued") == [{
        "payment_id": paid.payment_id, "receipt_no": paid.receipt_no,
        "address": "Aigerim@почта.қаз", "mail_id": queued.id, "message_id": queued.message_id}]
    # queued twice (a double Enter) is still one e-mail
    assert mail.queue_receipt_email(desk, paid.receipt_no, "aigerim@почта.қаз").id == queued.id

    with smtp_server(port) as inbox:
        report = mail.send_due_mail(desk)
    assert (report.sent, report.failed, report.deferred) == (1, 0, 0)
    [envelope] = inbox.messages
    assert envelope.mail_from == SENDER
    assert envelope.rcpt_tos == ["Aigerim@xn--80a1acny.xn--80ao21a"]   # the IDN's ASCII form
    msg = inbox.parsed()
    assert msg["Message-ID"] == queued.message_id
    assert msg["From"].addresses[0].addr_spec == SENDER
    assert msg["From"].addresses[0].display_name == "АО «Демо Банк»"
    assert paid.receipt_no in msg["Subject"] and "Квитанция" in msg["Subject"] \
        and "Түбіртек" in msg["Subject"] and "Демо Банк" in msg["Subject"]
    text = msg.get_body(("plain",)).get_content()
    for words in ("Ваш платёж принят", "Төлеміңіз қабылданды", "Сумма: 3 796,01 ₸",
                  "Сомасы: 3 796,01 ₸", f"Квитанция № {paid.receipt_no}", "Дербес шот: 1002003001",
                  "Алматинский филиал №1"):
        assert words in text, words
    [attachment] = list(msg.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == f"{paid.receipt_no}.pdf"
    pdf = attachment.get_content()
    kept = archived(desk, paid.payment_id)
    assert pdf == Path(kept["path"]).read_bytes() and pdf.startswith(b"%PDF")
    assert hashlib.sha256(pdf).hexdigest() == kept["sha256"]

    entry = mail.payment_mail(desk, paid.payment_id)
    assert (entry.state, entry.attempts, entry.last_error) == ("sent", 1, None) and entry.sent_at
    assert [d["mail_id"] for d in journal(desk, "receipt.emailed")] == [queued.id]
    assert mail.mail_status(desk).to_json() == {"waiting": 0, "failed": 0, "sent": 1,
                                                "oldest_waiting_at": None, "last_error": None}
    assert mail.send_due_mail(desk).sent == 0   # sent once


def test_a_bad_address_or_a_desk_without_mail_changes_nothing(desk, tmp_path, clock):
    paid = pay(desk)
    for typed, code in (("", "email_empty"), ("aigerim.mail.kz", "email_no_at"),
                        ("айгерим@mail.kz", "email_not_latin"), ("a..b@mail.kz", "email_local_invalid"),
                        ("aigerim@mail,kz", "email_domain_invalid"), ("aigerim@localhost", "email_domain_invalid")):
        with pytest.raises(ValidationError) as bad:
            mail.queue_receipt_email(desk, paid.payment_id, typed)
        assert (bad.value.code, bad.value.field) == (code, "email")
    assert desk.conn.execute("SELECT COUNT(*) FROM mail_outbox").fetchone()[0] == 0
    assert desk.conn.execute("SELECT email FROM payments").fetchone()[0] is None
    assert journal(desk, "receipt.email_queued") == []
    cfg = Config(home=tmp_path / "bare", workstation_id="ALM-01-W08", spc_url="http://127.0.0.1:9/")
    with Workstation(cfg, token="t", clock=clock) as bare:
        other = pay(bare)
        with pytest.raises(ConfigError) as off:
            mail.queue_receipt_email(bare, other.payment_id, "aigerim@mail.kz")
        assert off.value.code == "mail_not_configured"


# -- the server down, refusing, busy -------------------------------------------------------

def test_a_mail_server_that_is_down_loses_nothing_and_the_email_goes_when_it_is_back(
        desk, port, clock):
    paid = pay(desk)
    queued = mail.queue_receipt_email(desk, paid.payment_id, "aigerim@mail.kz")
    report = mail.send_due_mail(desk)   # nobody listens on the port
    assert (report.sent, report.deferred, report.unreachable) == (0, 1, True)
    entry = mail.payment_mail(desk, paid.payment_id)
    assert entry.state == "waiting" and entry.attempts == 1
    assert "Connection refused" in entry.last_error or "refused" in entry.last_error.lower()
    assert entry.next_attempt_at > queued.next_attempt_at           # backoff
    status = mail.mail_status(desk)
    assert (status.waiting, status.failed) == (1, 0) and status.last_error == entry.last_error
    # the desk goes on taking payments meanwhile, and nothing is tried before it is due
    second = pay(desk)
    assert load_payment(desk, second.payment_id).receipt_pdf
    assert mail.send_due_mail(desk).deferred == 0
    assert mail.next_mail_due_in(desk) > 0

    clock.advance(10)   # past the backoff (retry_cap_seconds = 5)
    with smtp_server(port) as inbox:
        report = mail.send_due_mail(desk)
    assert (report.sent, report.deferred) == (1, 0)
    assert len(inbox.messages) == 1 and inbox.parsed()["Message-ID"] == queued.message_id
    entry = mail.payment_mail(desk, paid.payment_id)
    assert (entry.state, entry.attempts, entry.last_error) == ("sent", 2, None)
    assert mail.next_mail_due_in(desk) is None


def test_a_550_makes_the_email_failed_with_the_reason_and_a_corrected_address_goes(desk, port):
    paid = pay(desk)
    inbox = Inbox()
    inbox.refuse["nobody@mail.kz"] = "550 5.1.1 <nobody@mail.kz>: Recipient address rejected: User unknown"
    mail.queue_receipt_email(desk, paid.payment_id, "nobody@mail.kz")
    with smtp_server(port, inbox):
        report = mail.send_due_mail(desk)
    assert (report.sent, report.failed, report.deferred) == (0, 1, 0)
    entry = mail.payment_mail(desk, paid.payment_id)
    assert entry.state == "failed" and entry.last_error.startswith("550 5.1.1")
    assert "User unknown" in entry.last_error and inbox.messages == []
    [failed] = journal(desk, "receipt.email_failed")
    assert failed["address"] == "nobody@mail.kz" and "User unknown" in failed["reason"]
    assert mail.mail_status(desk).failed == 1
    assert [e.address for e in mail.mail_entries(desk, ("failed",))] == ["nobody@mail.kz"]
    assert mail.send_due_mail(desk).sent == 0   # failed for good: never tried again

    mail.queue_receipt_email(desk, paid.payment_id, "aigerim@mail.kz")
    with smtp_server(port, inbox):
        assert mail.send_due_mail(desk).sent == 1
    assert inbox.messages[0].rcpt_tos == ["aigerim@mail.kz"]
    assert mail.mail_status(desk).failed == 0   # sent again since: no longer listed
    assert desk.conn.execute("SELECT email FROM payments").fetchone()[0] == "aigerim@mail.kz"


def test_a_450_makes_the_email_wait_and_go_later(desk, port, clock):
    paid = pay(desk)
    inbox = Inbox()
    inbox.refuse_once["aigerim@mail.kz"] = "450 4.2.1 Mailbox busy, try again later"
    mail.queue_receipt_email(desk, paid.payment_id, "aigerim@mail.kz")
    with smtp_server(port, inbox):
        first = mail.send_due_mail(desk)
        assert (first.sent, first.deferred, first.unreachable) == (0, 1, False)
        assert mail.payment_mail(desk, paid.payment_id).last_error.startswith("450 4.2.1")
        clock.advance(10)
        assert mail.send_due_mail(desk).sent == 1
    assert mail.payment_mail(desk, paid.payment_id).state == "sent"


def test_a_voided_payment_is_not_emailed(desk, port):
    paid = pay(desk)
    mail.queue_receipt_email(desk, paid.payment_id, "aigerim@mail.kz")
    desk.conn.execute("UPDATE payments SET status = 'voided' WHERE payment_id = ?", (paid.payment_id,))
    desk.conn.commit()
    with smtp_server(port) as inbox:
        assert mail.send_due_mail(desk).failed == 1
    assert inbox.messages == []
    assert "voided" in mail.payment_mail(desk, paid.payment_id).last_error
    with pytest.raises(RuleError) as voided:
        mail.queue_receipt_email(desk, paid.payment_id, "aigerim@mail.kz")
    assert voided.value.code == "email_payment_voided"


# -- TLS, the login, the password ----------------------------------------------------------

def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost, signed by itself, and its key."""
    x509 = need_module("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    import ipaddress
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "mail.test")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([
                x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "mail-cert.pem", folder / "mail-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class Login:
    """aiosmtpd's authenticator: the one user and password, and what it saw."""

    def __init__(self, password: str) -> None:
        self.password = password
        self.seen: list[tuple[str, bool, bool]] = []   # (user, right password, over TLS)
        self.command_lines_with_it: list[str] = []

    def __call__(self, server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user, given = auth_data.login.decode(), auth_data.password.decode()
        over_tls = session.ssl is not None or \
            server.transport.get_extra_info("ssl_object") is not None
        self.seen.append((user, given == self.password, over_tls))
        # While the desk is logging in: no process's command line holds the password.
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                if self.password.encode() in cmdline.read_bytes():
                    self.command_lines_with_it.append(str(cmdline))
            except OSError:
                pass
        if (user, given) == (SMTP_USER, self.password):
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)   # the server answers 535


def tls_server_kwargs(mode: str, cert: Path, key: Path, login: Login) -> dict:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    if mode == "starttls":
        return {"tls_context": context, "require_starttls": True, "authenticator": login,
                "auth_require_tls": True}
    # TLS from the first byte: aiosmtpd's auth_require_tls only knows STARTTLS, but every
    # byte of this connection is encrypted already (Login checks it).
    return {"ssl_context": context, "server_hostname": "localhost", "authenticator": login,
            "auth_require_tls": False}


class MemoryKeyring:
    """A keyring backend in memory, installed as a program would (keyring.set_keyring)."""

    def __new__(cls):
        from keyring.backend import KeyringBackend

        class _Memory(KeyringBackend):
            priority = 1
            store: dict = {}

            def get_password(self, service, username):
                return self.store.get((service, username))

            def set_password(self, service, username, password):
                self.store[(service, username)] = password

            def delete_password(self, service, username):
                self.store.pop((service, username), None)
        return _Memory()


@pytest.fixture
def memory_keyring(monkeypatch):
    import keyring.core
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    monkeypatch.delenv(credentials.token_env(credentials.SMTP), raising=False)
    return backend


def files_holding(folder: Path, secret: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


@pytest.mark.parametrize("mode", ["starttls", "tls"])
def test_tls_with_a_self_signed_certificate_and_a_login_from_the_keyring(
        tmp_path, port, clock, memory_keyring, caplog, mode):
    cert, key = self_signed(tmp_path)
    password = "Mail pass 7#x"   # a space inside: a password, not a token
    login = Login(password)
    cfg = desk_config(tmp_path / "home", port, smtp_tls=mode, smtp_user=SMTP_USER,
                      ca_bundle=str(cert))
    place = credentials.set_token(cfg.workstation_id, password, config=cfg, which=credentials.SMTP)
    assert place.source == "keyring" and "cashier-workstation-smtp" in place.location
    caplog.set_level(logging.DEBUG)
    with Workstation(cfg, token="t", clock=clock) as ws, \
            smtp_server(port, **tls_server_kwargs(mode, cert, key, login)) as inbox:
        paid = pay(ws)
        mail.queue_receipt_email(ws, paid.payment_id, "aigerim@mail.kz")
        report = mail.send_due_mail(ws)
        assert report.sent == 1, report
        assert login.seen == [(SMTP_USER, True, True)]   # logged in over TLS, with the password
        assert inbox.parsed()["Subject"].startswith("Квитанция")

        # a wrong password: the e-mail waits, the reason names the login, never the password
        credentials.set_token(cfg.workstation_id, "wrong-one", config=cfg, which=credentials.SMTP)
        mail.queue_receipt_email(ws, paid.payment_id, "second@mail.kz")
        report = mail.send_due_mail(ws)
        assert (report.sent, report.deferred, report.unreachable) == (0, 1, True)
        entry = mail.payment_mail(ws, paid.payment_id)
        assert entry.state == "waiting" and "login" in entry.last_error
        assert "wrong-one" not in entry.last_error

        # a certificate nobody vouches for (no ca_bundle): refused, the e-mail waits
        ws.config.ca_bundle = ""
        clock.advance(10)
        credentials.set_token(cfg.workstation_id, password, config=cfg, which=credentials.SMTP)
        report = mail.send_due_mail(ws)
        assert report.deferred == 1 and "certificate" in mail.payment_mail(
            ws, paid.payment_id).last_error
    assert password not in caplog.text and "wrong-one" not in caplog.text
    assert files_holding(cfg.home, password) == []
    assert login.command_lines_with_it == []


def test_no_password_is_sent_in_clear(desk, port, memory_keyring):
    desk.config.smtp_user = SMTP_USER   # with smtp_tls "none"
    credentials.set_token(desk.config.workstation_id, "secret-pw", config=desk.config,
                          which=credentials.SMTP)
    paid = pay(desk)
    mail.queue_receipt_email(desk, paid.payment_id, "aigerim@mail.kz")
    with smtp_server(port) as inbox:
        assert mail.send_due_mail(desk).deferred == 1
    assert inbox.messages == []
    assert "in clear" in mail.payment_mail(desk, paid.payment_id).last_error


# -- the command line ----------------------------------------------------------------------

def cli(home: Path, *args: str, spc=None, stdin: str = "", **env: str) -> subprocess.CompletedProcess:
    from tests.support.staffing import TELLER_ID, TELLER_PASSWORD
    full = {k: v for k, v in os.environ.items() if k != credentials.token_env(credentials.SMTP)}
    full.update({"CASHIER_HOME": str(home), "CASHIER_WORKSTATION_ID": "ALM-01-W01",
                 "CASHIER_USER": TELLER_ID, "CASHIER_PASSWORD": TELLER_PASSWORD})
    if spc is not None:
        full.update({"CASHIER_SPC_URL": spc.url, "CASHIER_SPC_TOKEN": spc.token_for("ALM-01-W01")})
    full.update(env)
    return subprocess.run([sys.executable, "-m", "cashier", *args], cwd=ROOT, env=full,
                          input=stdin, capture_output=True, text=True, timeout=120)


def cli_desk(home: Path, spc, port: int, **extra) -> None:
    """config.toml for the mail server, and the teller t.test with an open cash session."""
    from tests.support.staffing import staff_desk
    settings = {"smtp_host": "127.0.0.1", "smtp_port": port, "smtp_tls": "none",
                "smtp_sender": SENDER, **extra}
    cfg = Config(home=home, workstation_id="ALM-01-W01", spc_url=spc.url, **settings)
    home.mkdir(parents=True, exist_ok=True)
    config_mod.save(cfg)
    with Workstation(cfg, token="x") as ws:
        staff_desk(ws)


def test_cashier_pay_email_queues_it_and_sync_once_sends_it(tmp_path, fresh_spc, port):
    from spc.demo import DEMO_ACCOUNTS
    home = tmp_path / "ws"
    cli_desk(home, fresh_spc, port)
    account = DEMO_ACCOUNTS["typical"]

    bad = cli(home, "pay", "--account", account, "--tendered", "100000", "--email",
              "айгерим@mail.kz", spc=fresh_spc)
    assert bad.returncode == 1 and json.loads(bad.stderr)["error"]["code"] == "email_not_latin"
    status = json.loads(cli(home, "status", "--json", spc=fresh_spc).stdout)
    assert status["waiting"] == 0 and status["mail"]["waiting"] == 0   # no payment was taken

    paid = cli(home, "pay", "--account", account, "--tendered", "100000", "--email",
               "aigerim@почта.қаз", spc=fresh_spc)
    assert paid.returncode == 0, paid.stderr
    out = json.loads(paid.stdout)
    assert out["email"]["address"] == "aigerim@почта.қаз" and out["email"]["state"] == "waiting"
    status = json.loads(cli(home, "status", "--json", spc=fresh_spc).stdout)
    assert status["mail"]["waiting"] == 1

    down = cli(home, "sync", "--once", spc=fresh_spc)   # the SPC takes it; the mail server is down
    assert down.returncode == 2, down.stderr
    result = json.loads(down.stdout)
    assert result["accepted"] == 1 and result["mail"]["deferred"] == 1
    assert result["mail"]["status"]["waiting"] == 1 and result["mail"]["status"]["last_error"]
    text = cli(home, "status", spc=fresh_spc).stdout
    assert "e-mailed receipts: 1 waiting, 0 failed" in text

    # the next pass is due after the backoff (retry_base_seconds, 2 s at most the first time)
    with Workstation(config_mod.load(env={}, home=home), token="x") as ws:
        ws.conn.execute("UPDATE mail_outbox SET next_attempt_at = '2000-01-01T00:00:00.000000+00:00'")
        ws.conn.commit()
    with smtp_server(port) as inbox:
        sent = cli(home, "sync", "--once", spc=fresh_spc)
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert json.loads(sent.stdout)["mail"]["sent"] == 1
    assert inbox.messages[0].rcpt_tos == ["aigerim@xn--80a1acny.xn--80ao21a"]
    attachment = next(inbox.parsed().iter_attachments())
    assert attachment.get_content() == Path(out["receipt_pdf"]).read_bytes()
    assert attachment.get_filename() == f"{out['receipt_no']}.pdf"
    status = json.loads(cli(home, "status", "--json", spc=fresh_spc).stdout)
    assert (status["mail"]["waiting"], status["mail"]["failed"], status["mail"]["sent"]) == (0, 0, 1)


def test_the_smtp_password_from_the_environment_is_in_no_file_log_or_command_line(
        tmp_path, fresh_spc, port):
    from spc.demo import DEMO_ACCOUNTS
    cert, key = self_signed(tmp_path)
    password = "env-smtp-" + os.urandom(6).hex()
    login = Login(password)
    home = tmp_path / "ws"
    cli_desk(home, fresh_spc, port, smtp_tls="starttls", smtp_user=SMTP_USER, ca_bundle=str(cert))
    paid = cli(home, "pay", "--account", DEMO_ACCOUNTS["typical"], "--tendered", "100000",
               "--email", "aigerim@mail.kz", spc=fresh_spc)
    assert paid.returncode == 0, paid.stderr
    with smtp_server(port, **tls_server_kwargs("starttls", cert, key, login)) as inbox:
        sent = cli(home, "sync", "--once", "-v", spc=fresh_spc, CASHIER_SMTP_PASSWORD=password)
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert len(inbox.messages) == 1 and login.seen == [(SMTP_USER, True, True)]
    assert password not in sent.stdout + sent.stderr + paid.stdout + paid.stderr
    assert files_holding(home, password) == []
    assert login.command_lines_with_it == []
    # `token status --smtp` says where it comes from, never what it is
    status = cli(home, "token", "status", "--smtp", CASHIER_SMTP_PASSWORD=password)
    assert json.loads(status.stdout)["source"] == "environment" and password not in status.stdout


def test_the_smtp_password_is_never_taken_from_the_command_line_nor_kept_in_a_file(tmp_path):
    home = tmp_path / "ws"
    home.mkdir()
    config_mod.save(Config(home=home, workstation_id="ALM-01-W01", token_file="tokens/spc-token"))
    refused = cli(home, "token", "set", "pw-on-the-command-line", "--smtp")
    assert refused.returncode == 64 and json.loads(refused.stderr)["error"]["code"] == "usage"
    # token_file is for the SPC's token on a host with no keyring; the SMTP password is not
    # written there (nor anywhere) when there is no keyring
    nokeyring = cli(home, "token", "set", "--smtp", stdin="pw-from-stdin\n",
                    DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/cashier-test/bus")
    assert nokeyring.returncode == 1, nokeyring.stdout
    assert json.loads(nokeyring.stderr)["error"]["code"] == "keyring_unavailable"
    assert files_holding(home, "pw-from-stdin") == [] and files_holding(home, "pw-on-the") == []


def test_token_set_smtp_keeps_the_password_in_the_secret_service(tmp_path, fresh_spc, port):
    """With a real Secret Service (`./run test` runs one): `cashier token set --smtp` from
    standard input, then `cashier sync --once` logs in with it."""
    from tests.integration.test_keyring import _lookup, _secret_service_problem
    need(bool(os.environ.get(credentials.BUS_ENV)),
         "no session bus: no Secret Service to keep the password in (`./run test` provides one)")
    assert _secret_service_problem() is None
    from spc.demo import DEMO_ACCOUNTS
    cert, key = self_signed(tmp_path)
    password = "kr-smtp-" + os.urandom(6).hex()
    login = Login(password)
    home = tmp_path / "ws"
    ws_id = "KR-" + os.urandom(3).hex().upper() + "-W01"
    cli_desk(home, fresh_spc, port, smtp_tls="starttls", smtp_user=SMTP_USER, ca_bundle=str(cert))
    env = {"CASHIER_WORKSTATION_ID": ws_id, "CASHIER_SPC_TOKEN": fresh_spc.token_for(ws_id)}
    stored = cli(home, "token", "set", "--smtp", stdin=password + "\n", **env)
    assert stored.returncode == 0, stored.stderr
    assert json.loads(stored.stdout)["source"] == "keyring"
    try:
        assert _lookup("cashier-workstation-smtp", ws_id) == password
        with Workstation(Config(home=home, workstation_id=ws_id, spc_url=fresh_spc.url), token="x") as ws:
            from tests.support.staffing import staff_desk
            staff_desk(ws)
        paid = cli(home, "pay", "--account", DEMO_ACCOUNTS["typical"], "--tendered", "100000",
                   "--email", "aigerim@mail.kz", spc=fresh_spc, **env)
        assert paid.returncode == 0, paid.stderr
        with smtp_server(port, **tls_server_kwargs("starttls", cert, key, login)) as inbox:
            sent = cli(home, "sync", "--once", spc=fresh_spc, **env)
        assert sent.returncode == 0, sent.stdout + sent.stderr
        assert len(inbox.messages) == 1 and login.seen == [(SMTP_USER, True, True)]
        assert files_holding(home, password) == [] and login.command_lines_with_it == []
    finally:
        cli(home, "token", "delete", "--smtp", **env)
