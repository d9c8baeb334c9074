"""One workstation's context: configuration, clock, database, SPC client.

The GUI runs core calls on worker threads and the sender has a thread of its
own. SQLite connections and requests sessions are not meant to be shared
between threads, so each thread gets its own, lazily; WAL lets them work side
by side.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from typing import Any, Callable

from cashier import central_settings
from cashier import config as config_mod
from cashier.adapters import credentials
from cashier.storage import db, fileio
from cashier.config import Config
from cashier.adapters.backoffice_client import BackofficeClient
from cashier.adapters.json_http import JsonHttpClient
from cashier.adapters.spc_client import SpcClient

Clock = Callable[[], datetime]


class Workstation:
    def __init__(self, config: Config, *, token: str | None = None, clock: Clock | None = None,
                 backoffice_token: str | None = None):
        self.config = config
        self.token = token
        self.backoffice_token = backoffice_token
        self._clock = clock
        self._local = threading.local()
        self._all_conns: list[sqlite3.Connection] = []
        self._all_clients: list[JsonHttpClient] = []
        self._lock = threading.Lock()
        # Who is signed in (the window and the CLI set it): the audit log names them for
        # actions that carry no user of their own, such as printing a receipt.
        self.operator: str | None = None
        # What other layers attach to this workstation (cashier/accounts/breaker.py) and stop with it.
        self.attached: dict[str, Any] = {}
        self._on_close: list[Callable[[], None]] = []
        # The data folder is its owner's alone (an install from before that rule, or
        # restored from a copy, is brought into line) before anything is read or written.
        fileio.private_dir(config.home)
        fileio.tighten_tree(config.home, (config.receipts_dir, config.reports_dir))
        # Create or upgrade the schema once, up front, on the opening thread.
        self.conn  # noqa: B018
        # The back office's settings last pulled, over config.toml (cashier/central_settings.py).
        self.local_config = config
        self.central = central_settings.load(self.conn)
        self.config = central_settings.overlay(config, self.central)

    def apply_central(self, settings: central_settings.CentralSettings) -> None:
        """New settings from the back office, already stored: in effect from the next call on
        (one assignment, so a thread sees either the old configuration or the new)."""
        self.central = settings
        self.config = central_settings.overlay(self.local_config, settings)

    @property
    def actor_id(self) -> str:
        return self.operator or self.config.teller_id

    def now(self) -> datetime:
        """The workstation's time, tz-aware, in its configured zone."""
        if self._clock is not None:
            return self._clock().astimezone(self.config.tz)
        return datetime.now(self.config.tz)

    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = db.connect(self.config.db_path)
            self._local.conn = conn
            with self._lock:
                self._all_conns.append(conn)
        return conn

    @property
    def client(self) -> SpcClient:
        client = getattr(self._local, "client", None)
        if client is None:
            client = self.make_client()
            self._local.client = client
            with self._lock:
                self._all_clients.append(client)
        return client

    def make_client(self) -> SpcClient:
        """A new SPC client with this workstation's address, token, timeouts and CA: the one
        way a client is made (`client` gives each thread its own; a job with a thread of its
        own makes one here and closes it when done)."""
        return SpcClient(self.config.spc_url, self.token,
                         connect_timeout=self.config.connect_timeout,
                         read_timeout=self.config.read_timeout, verify=self.config.ca_bundle or True)

    @property
    def backoffice(self) -> BackofficeClient | None:
        """This thread's back office client; None for a desk with no back office configured."""
        if not self.config.backoffice_url:
            return None
        client = getattr(self._local, "backoffice", None)
        if client is None:
            client = BackofficeClient(self.config.backoffice_url, self.backoffice_token,
                                      connect_timeout=self.config.connect_timeout,
                                      read_timeout=self.config.read_timeout,
                                      verify=self.config.ca_bundle or True)
            self._local.backoffice = client
            with self._lock:
                self._all_clients.append(client)
        return client

    def on_close(self, fn: Callable[[], None]) -> None:
        """Call `fn` when the workstation closes (a background thread to stop, say)."""
        with self._lock:
            self._on_close.append(fn)

    def close(self) -> None:
        with self._lock:
            closers, self._on_close = self._on_close, []
        for fn in closers:
            fn()
        with self._lock:
            for conn in self._all_conns:
                try:
                    conn.close()
                except sqlite3.Error:
                    pass
            for client in self._all_clients:
                client.close()
            self._all_conns.clear()
            self._all_clients.clear()
        self._local = threading.local()

    def __enter__(self) -> "Workstation":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_workstation(config: Config | None = None, *, token: str | None = None,
                     clock: Clock | None = None) -> Workstation:
    config = config or config_mod.load()
    if token is None:
        token = credentials.get_token(config.workstation_id, config=config)
    backoffice_token = None
    if config.backoffice_url:
        backoffice_token = credentials.get_token(config.workstation_id, config=config,
                                                 which=credentials.BACKOFFICE)
    return Workstation(config, token=token, clock=clock, backoffice_token=backoffice_token)
