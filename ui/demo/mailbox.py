"""The demo's mail server: a real SMTP server (aiosmtpd) on loopback that keeps every
e-mailed receipt in <demo>/mailbox/ as an .eml file a mail program opens, so the demo's
"send the receipt by e-mail" (Ctrl+E on the receipt) has somewhere to go. A bank points
smtp_host at its own mail server instead."""

from __future__ import annotations

import logging
import socket
from dataclasses import replace
from pathlib import Path

from cashier import config as config_mod

log = logging.getLogger("cashier.demo")
SENDER = "receipts@demo-bank.kz"


class _Keeper:
    def __init__(self, folder: Path):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):   # aiosmtpd's handler hook
        self.folder.mkdir(parents=True, exist_ok=True)
        number = len(list(self.folder.glob("*.eml"))) + 1
        (self.folder / f"{number:04d}.eml").write_bytes(envelope.original_content
                                                        or envelope.content)
        return "250 2.0.0 kept in the demo's mailbox"


class DemoMailbox:
    def __init__(self, folder: Path):
        self.folder = folder
        self.controller = None
        self.port = 0

    def start(self) -> "DemoMailbox":
        from aiosmtpd.controller import Controller
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.controller = Controller(_Keeper(self.folder), hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def point(self, ws_home: Path) -> None:
        """The demo desk's config.toml sends its e-mails here (the port is new every run)."""
        cfg = config_mod.load(env={}, home=ws_home)
        config_mod.save(replace(cfg, smtp_host="127.0.0.1", smtp_port=self.port,
                                smtp_tls="none", smtp_sender=SENDER, smtp_user=""))

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


def start_mailbox(home: Path, ws_home: Path) -> DemoMailbox | None:
    """The mailbox, or None (said once) when aiosmtpd is not installed: the demo goes on."""
    try:
        box = DemoMailbox(home / "mailbox").start()
    except (ImportError, OSError) as exc:
        log.warning("the demo mailbox did not start, receipts cannot be e-mailed: %s", exc)
        return None
    box.point(ws_home)
    return box
