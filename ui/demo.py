"""`python main.py --demo`: the desk against a reference SPC started just for it.

What it does, in order:
1. The demo folder is $CASHIER_HOME if set, else the per-user data folder
   (cashier.config.default_home()) + "/demo". The SPC keeps its database there
   (spc.db); the workstation gets its own home in <demo>/workstation.
2. Starts `python -m spc serve --db <demo>/spc.db --port 0 --port-file <demo>/spc.port`
   as a child process and waits (bounded) until GET /v1/health answers.
3. Mints a token for workstation ALM-01-W01 in-process (spc.store.create_token)
   and sets CASHIER_SPC_URL, CASHIER_SPC_TOKEN, CASHIER_WORKSTATION_ID and
   CASHIER_HOME for this process only. The token never touches a file.
4. Writes <demo>/workstation/config.toml for the demo teller once.
5. Stops the server when the program exits (also on Ctrl+C or SIGTERM).

The demo account numbers come from spc.demo.DEMO_ACCOUNTS; the window shows them
as a hint under the account field. `seed_refused` makes a payment the SPC refuses,
to show the queue panel (main.py --seed-refused).
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cashier import config as config_mod
from cashier.errors import ConfigError

log = logging.getLogger("cashier.demo")

WORKSTATION_ID = "ALM-01-W01"
TELLER_ID = "t.demo"
TELLER_NAME = "Демо Кассир"
START_TIMEOUT = 60.0


def demo_home(env: dict | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get("CASHIER_HOME"):
        return Path(env["CASHIER_HOME"]).expanduser()
    return config_mod.default_home(env) / "demo"


def demo_accounts() -> list[str]:
    """The well-known demo numbers, most useful first."""
    try:
        from spc.demo import DEMO_ACCOUNTS
    except ImportError:
        return []
    return list(dict.fromkeys(DEMO_ACCOUNTS.values()))


@dataclass
class DemoServer:
    home: Path
    process: subprocess.Popen | None = None
    url: str = ""
    token: str = ""
    log_path: Path | None = None
    _log_file: object = field(default=None, repr=False)

    @property
    def db_path(self) -> Path:
        return self.home / "spc.db"

    @property
    def port_file(self) -> Path:
        return self.home / "spc.port"

    def start(self, timeout: float = START_TIMEOUT) -> "DemoServer":
        self.home.mkdir(parents=True, exist_ok=True)
        if self.port_file.exists():
            self.port_file.unlink()
        self.log_path = self.home / "spc.log"
        self._log_file = open(self.log_path, "ab")
        cmd = [sys.executable, "-m", "spc", "serve", "--db", str(self.db_path), "--port", "0",
               "--port-file", str(self.port_file)]
        log.info("starting the reference SPC: %s", " ".join(cmd))
        repo_root = Path(__file__).resolve().parent.parent
        from cashier.adapters.printing import child_env  # no password, token or key reaches the server
        env = child_env({"PYTHONPATH": os.pathsep.join(
            p for p in (str(repo_root), os.environ.get("PYTHONPATH")) if p)})
        self.process = subprocess.Popen(cmd, stdout=self._log_file, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, env=env, cwd=str(repo_root),
                                        preexec_fn=_die_with_parent if sys.platform == "linux" else None)
        atexit.register(self.stop)
        try:
            self._wait_healthy(timeout)
            from spc.store import create_token
            self.token = create_token(self.db_path, WORKSTATION_ID)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last_error = "no answer yet"
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise ConfigError("demo_spc_died",
                                  f"The reference SPC exited with code {self.process.returncode} "
                                  f"before it was ready; see {self.log_path}.")
            if not self.url and self.port_file.exists():
                text = self.port_file.read_text().strip()
                if text.isdigit():
                    self.url = f"http://127.0.0.1:{int(text)}/"
            if self.url:
                try:
                    with urllib.request.urlopen(self.url + "v1/health", timeout=2) as resp:
                        body = json.loads(resp.read().decode("utf-8"))
                        if resp.status == 200 and body.get("status") == "ok":
                            return
                        last_error = f"health answered {resp.status} {body}"
                except (urllib.error.URLError, OSError, ValueError) as exc:
                    last_error = str(exc)
            time.sleep(0.1)
        raise ConfigError("demo_spc_timeout",
                          f"The reference SPC did not come up within {timeout:.0f} s ({last_error}); "
                          f"see {self.log_path}.")

    def stop(self) -> None:
        proc, self.process = self.process, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None


def _die_with_parent() -> None:
    """Linux: if the desk is killed outright (SIGKILL), the SPC gets SIGTERM, not orphaned."""
    try:
        import ctypes
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, 15)  # PR_SET_PDEATHSIG, SIGTERM
    except OSError:
        pass


def demo_receipt_key(home) -> str:
    """The demo's receipt QR key. A real workstation keeps its key in the OS keyring
    (cashier/documents/receipt_code.py); the demo folder holds demo data only, so its key may
    live there, readable by this user alone, and demo receipts verify across runs."""
    import secrets
    path = home / "demo-receipt.key"
    if not path.exists():
        from cashier.storage.fileio import atomic_write_bytes
        atomic_write_bytes(path, secrets.token_hex(32).encode())
        path.chmod(0o600)
    return path.read_text().strip()


def start_demo(env: dict | None = None, timeout: float = START_TIMEOUT) -> DemoServer:
    """Start the SPC, point this process's workstation at it; return the running server."""
    env = os.environ if env is None else env
    home = demo_home(env)
    server = DemoServer(home).start(timeout)
    ws_home = home / "workstation"
    env["CASHIER_SPC_URL"] = server.url
    env["CASHIER_SPC_TOKEN"] = server.token
    env["CASHIER_WORKSTATION_ID"] = WORKSTATION_ID
    env["CASHIER_HOME"] = str(ws_home)
    env.setdefault("CASHIER_RECEIPT_KEY", demo_receipt_key(home))
    if not (ws_home / config_mod.CONFIG_NAME).exists():
        cfg = config_mod.Config(home=ws_home, spc_url=server.url, workstation_id=WORKSTATION_ID,
                                teller_id=TELLER_ID, teller_name=TELLER_NAME)
        config_mod.save(cfg)
    return server


# The demo's people. Their passwords are printed in the README and on the sign-in
# screen: this is demo data in a demo folder, never a real workstation's users.
DEMO_USERS = (
    ("a.demo", "Демо Администратор", "admin", "demo-admin"),
    ("s.demo", "Демо Старший кассир", "supervisor", "demo-super"),
    (TELLER_ID, TELLER_NAME, "teller", "demo-teller"),
)
DEMO_FLOAT = 5_000_000  # 50 000.00 tenge counted into the drawer


def demo_password(user_id: str) -> str | None:
    return next((pw for uid, _n, _r, pw in DEMO_USERS if uid == user_id), None)


def ensure_demo_staff(ws: Any) -> None:
    """The demo users, and the demo teller's cash session open for today."""
    from cashier import drawer
    from cashier.identity import users
    from cashier.errors import NotFoundError
    conn, now, ws_id = ws.conn, ws.now(), ws.config.workstation_id
    admin = None
    for user_id, name, role, password in DEMO_USERS:
        try:
            user = users.get(conn, user_id)
        except NotFoundError:
            user = users.add(conn, now, admin, user_id, name, role, password)
        if role == "admin":
            admin = user
    teller = users.get(conn, TELLER_ID)
    from cashier.days import business_date
    day = business_date(ws)
    session = drawer.current(conn, ws_id)
    if session is not None and session.business_date != day:
        # Yesterday's demo session: count it as expected and start the day afresh.
        drawer.close_session(conn, now, teller, ws_id, drawer.expected_cash(conn, session.session_id))
        session = None
    from cashier import days
    if session is None and days.state(conn, day) != "closed":  # closed: F12 opens the next
        drawer.open_session(conn, now, teller, ws_id, day, DEMO_FLOAT)


def sign_in_hint() -> str:
    from PySide6.QtCore import QCoreApplication
    people = ", ".join(f"{uid} / {pw}" for uid, _n, role, pw in DEMO_USERS if role != "admin")
    return QCoreApplication.translate("Demo", "Demo users (user / password): %1").replace("%1", people)


def seed_refused(ws: Any, account_no: str, teller: Any) -> list[str]:
    """Demo: two payments whose second meter reading is below the first; the SPC refuses it.

    Both are built from one lookup, as a teller working from a stale invoice
    would; the window's sender sends them. Returns the two receipt numbers."""
    from cashier import accounts, payments
    account = accounts.find_account(ws, account_no)
    metered = next(s for s in account.services if s.meter is not None and s.amount_due > 0)
    prev = metered.meter.previous_reading // 1000
    made = []
    for reading in (prev + 100, prev + 1):
        draft = payments.build_draft(account, None, {metered.code: str(reading)}, "100000",
                                     fee_rules=ws.config.fee_rules)
        made.append(payments.accept_payment(ws, draft, teller).receipt_no)
    return made
