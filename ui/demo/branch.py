"""The demo's bank: the back office (SQLite, embedded) beside the reference SPC, and two more
desks of branch ALM-01 at work, so that the branch view (Ctrl+B) shows three desks.

The two desks (ALM-01-W02, ALM-01-W03) are real workstations in <demo>/desk-W02 and
<demo>/desk-W03: the real core takes their payments from the real SPC, their outboxes send
them there, their replicators send their journals to the back office. Only the teller is
simulated: a thread takes a payment at one of them every SIM_SECONDS or so. W03 sends to
the SPC only every half minute, so its queue is seen waiting in the branch view. When the
window's desk closes its day (F12), the two close theirs a few seconds later, each teller
counting what the drawer should hold, so that the supervisor can close the branch's day
(Ctrl+B); when it opens the next day, they open it too.

The tokens are minted in this process for this run and handed to the workstations
directly: they reach no file and no environment but this process's (CASHIER_BACKOFFICE_*,
for the window's own desk, which main.py clears once the window has read it).
"""

from __future__ import annotations

import logging
import random
import sys
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from cashier import accounts, payments
from cashier import config as config_mod
from cashier.errors import CashierError
from cashier.sync import Worker, replicator, sync_once
from cashier.workstation import Workstation
from ui.demo.people import demo_accounts, ensure_demo_staff
from ui.demo.servers import WORKSTATION_ID, DemoServer

log = logging.getLogger("cashier.demo")

BRANCH = "ALM-01"
DESKS = {"ALM-01-W02": ("t.demo2", "Демо Кассир Алиева"),
         "ALM-01-W03": ("t.demo3", "Демо Кассир Нурланов")}
FIRST_PAYMENTS = 4          # each desk has this many payments today before the window opens
SIM_SECONDS = 20.0          # then one more at one desk about this often
FOLLOW_SECONDS = 3.0        # how soon they follow the window's desk closing (or opening) a day


def mint_backoffice_token(db_url: str, workstation_id: str) -> str:
    from backoffice import db
    from backoffice.tokens import create_token
    engine = db.create_engine(db_url, pool_size=1)
    try:
        return create_token(engine, workstation_id, BRANCH)
    finally:
        engine.dispose()


def seed_bank_settings(db_url: str) -> None:
    """The demo bank's chart of accounts and its controls' thresholds (examples: a bank sets
    its own with `python -m backoffice settings set --bank ...`), so the demo's postings
    can be asked for and its desks get the controls from the back office. Each key is set
    once: what someone changed in the demo's back office stays."""
    from backoffice import db
    from backoffice.ledger import DEMO_LEDGER, KEY
    from backoffice.migrations import migrate
    from backoffice.settings_store import BANK, Scope, change, show
    from cashier import money
    from ui.demo import DEMO_CONTROLS
    wanted = {KEY: DEMO_LEDGER, **{key: money.to_wire(value) if isinstance(value, int)
                                   and not isinstance(value, bool) else value
                                   for key, value in DEMO_CONTROLS.items()}}
    engine = db.create_engine(db_url, pool_size=1)
    try:
        migrate(engine)
        with db.reading(engine) as conn:
            rows = {row["key"]: row for row in show(conn, Scope(BANK))}
        missing = {k: v for k, v in wanted.items() if k not in rows}
        ledger = rows.get(KEY)
        if ledger is not None and ledger["changed_by"] == "demo" \
                and ledger["value"] != DEMO_LEDGER:
            missing[KEY] = DEMO_LEDGER   # the demo's own chart, grown since (card_clearing)
        if missing:
            change(engine, Scope(BANK), missing, [], by="demo")
    finally:
        engine.dispose()


def start(stack: Any, env: dict, timeout: float) -> None:
    """Start the back office, give the window's desk its address and token, set the
    branch's other two desks working."""
    try:
        stack.backoffice = DemoServer(stack.spc.home, module="backoffice").start(timeout)
    except (CashierError, ImportError, OSError) as exc:
        # The desk works alone without a back office: the demo goes on, and says why.
        log.warning("the demo back office did not start, the desk works alone: %s", exc)
        stack.backoffice = None
        return
    bo = stack.backoffice
    seed_bank_settings(bo.db_arg)
    # Said on the terminal that started the demo: where the bank's side of it can be seen.
    print(f"demo: the bank's back office is {bo.url}; its books for the day: "
          f".venv/bin/python -m backoffice postings --date today --db {bo.db_arg}",
          file=sys.stderr, flush=True)
    env["CASHIER_BACKOFFICE_URL"] = bo.url
    env["CASHIER_BACKOFFICE_TOKEN"] = mint_backoffice_token(bo.db_arg, WORKSTATION_ID)
    desks = []
    for ws_id, teller in DESKS.items():
        desks.append(SimulatedDesk(stack.spc.home / ("desk-" + ws_id.rpartition("-")[2]), ws_id,
                                   teller, spc_url=stack.spc.url,
                                   spc_token=_spc_token(stack.spc.db_path, ws_id),
                                   backoffice_url=bo.url,
                                   backoffice_token=mint_backoffice_token(bo.db_arg, ws_id)))
    stack.branch = BranchSimulation(desks, leader_db=stack.spc.home / "workstation" / "cashier.db")
    stack.branch.start()


def _spc_token(db_path: Path, ws_id: str) -> str:
    from spc.store import create_token
    return create_token(db_path, ws_id)


class SimulatedDesk:
    def __init__(self, home: Path, ws_id: str, teller: tuple[str, str], *, spc_url: str,
                 spc_token: str, backoffice_url: str, backoffice_token: str):
        self.ws_id = ws_id
        self.teller_id, self.teller_name = teller
        cfg = config_mod.Config(home=home, spc_url=spc_url, workstation_id=ws_id,
                                backoffice_url=backoffice_url, auto_print=False)
        self.ws = Workstation(cfg, token=spc_token, backoffice_token=backoffice_token)
        from cashier.documents import receipt_code
        receipt_code.pin_env_key(ws_id)   # the window clears CASHIER_RECEIPT_KEY once started
        self.rng = random.Random(ws_id)
        self.teller = None
        self.passes = 0

    def prepare(self) -> None:
        self.teller = ensure_demo_staff(self.ws, self.teller_id, self.teller_name)

    def payments_today(self) -> int:
        from cashier import days
        return self.ws.conn.execute("SELECT COUNT(*) FROM payments WHERE business_date = ?",
                                    (days.business_date(self.ws).isoformat(),)).fetchone()[0]

    def take_payment(self) -> str | None:
        """One customer: a demo account, what is due (some pay part of it), cash rounded up."""
        number = self.rng.choice(demo_accounts())
        try:
            account = accounts.find_account(self.ws, number)
            due = {s.code: s.amount_due for s in account.services if s.amount_due > 0}
            if not due:
                return None
            amounts = {code: f"{(amount * self.rng.choice((100, 100, 50)) // 100) / 100:.2f}"
                       for code, amount in due.items()}
            draft = payments.build_draft(account, amounts, {}, "", fee_rules=self.ws.config.fee_rules)
            cash = -(-draft.total // 100_000) * 100_000   # the next 1 000 tenge
            draft = payments.build_draft(account, amounts, {}, f"{cash / 100:.2f}",
                                         fee_rules=self.ws.config.fee_rules)
            return payments.accept_payment(self.ws, draft, self.teller).receipt_no
        except CashierError as exc:
            log.info("simulated desk %s: no payment for %s: %s", self.ws_id, number, exc.message)
            return None

    def follow(self, day, closed: bool) -> None:
        """The window's desk closed `day` (or opened the day after it): this desk does the
        same, its simulated teller counting exactly what the drawer should hold."""
        from cashier import days
        from cashier.identity import users
        mine = days.business_date(self.ws)
        if (mine < day or (closed and mine == day)) and not self.day_closed():
            self._close(mine)
        if mine < day:
            from cashier import dayclose
            dayclose.open_next_day(self.ws, users.get(self.ws.conn, "s.demo"), day)
            self.prepare()

    def _close(self, day) -> None:
        close_desk_day(self.ws, day)
        replicator.replicate_once(self.ws, anchor_check=False)

    def day_closed(self) -> bool:
        from cashier import days
        return days.state(self.ws.conn, days.business_date(self.ws)) == "closed"

    def send(self) -> None:
        self.passes += 1
        if self.ws_id.endswith("W02") or self.passes % 10 == 0:   # W03: every half minute
            sync_once(self.ws)
        replicator.replicate_once(self.ws, anchor_check=self.passes == 1)


def close_desk_day(ws: Workstation, day=None) -> None:
    """Close a demo desk's day as its people would: everything sent to the SPC, the open
    session's teller counting exactly what the drawer should hold, the demo supervisor
    counting the day's cash the same way. The window's desk closes this way too in the
    screenshot of the branch's close (ui/screenshot.py)."""
    from cashier import dayclose, days, drawer
    from cashier.identity import users
    conn = ws.conn
    day = day or days.business_date(ws)
    while sync_once(ws).sent:   # everything at the SPC first
        pass
    session = drawer.current(conn, ws.config.workstation_id)
    if session is not None:
        drawer.close_session(conn, ws.now(), users.get(conn, session.user_id),
                             ws.config.workstation_id,
                             drawer.expected_cash(conn, session.session_id))
    expected = dayclose.cash_summary(ws, day).expected
    # No coin is smaller than a tenge: the tiyn of the day's takings are not in the drawer.
    note = "демо: тиыны в кассе не лежат" if expected % 100 else ""
    dayclose.close_day(ws, users.get(conn, "s.demo"), day, _counts(expected), note)


def vault_counts(amount: int) -> dict[str, int]:
    """What a teller counts for `amount`: the largest notes and coins first."""
    from cashier.drawer.count import DENOMINATIONS
    left, out = amount, {}
    for d in DENOMINATIONS:
        pieces, left = divmod(left, d.minor)
        if pieces:
            out[d.key] = pieces
    return out


def _counts(amount: int) -> list[str]:
    return [f"{key}={pieces}" for key, pieces in vault_counts(amount).items()]


def leader_day(db_path: Path) -> tuple[Any, bool] | None:
    """The window's desk's business day and whether it is closed (read-only)."""
    import sqlite3
    from datetime import datetime

    from cashier import days
    if not db_path.exists():
        return None
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
    conn.row_factory = sqlite3.Row   # what cashier.days reads rows with
    try:
        today = datetime.now(ZoneInfo("Asia/Almaty")).date()
        day = days.current(conn, today)
        return day, days.state(conn, day) == "closed"
    except sqlite3.Error:
        return None
    finally:
        conn.close()


class BranchSimulation(Worker):
    def __init__(self, desks: list[SimulatedDesk], leader_db: Path | None = None):
        super().__init__("demo-branch")
        self.desks = desks
        self.leader_db = leader_db
        self.ready = False
        self.next_payment = 0.0

    def step(self) -> float:
        if not self.ready:
            for desk in self.desks:
                desk.prepare()
                for _ in range(max(0, FIRST_PAYMENTS - desk.payments_today())):
                    desk.take_payment()
                desk.send()
            self.ready = True
            self.next_payment = time.monotonic() + SIM_SECONDS
            return FOLLOW_SECONDS
        leader = leader_day(self.leader_db) if self.leader_db else None
        if leader is not None:
            for each in self.desks:
                each.follow(*leader)
        if time.monotonic() >= self.next_payment:
            desk = self.desks[0 if self.desks[0].rng.random() < 0.5 else -1]
            if not desk.day_closed():
                desk.take_payment()
            self.next_payment = time.monotonic() + SIM_SECONDS * (0.5 + desk.rng.random())
        for each in self.desks:
            each.send()
        return FOLLOW_SECONDS

    def failed(self) -> float:
        log.exception("the simulated desks of the demo branch stumbled")
        return SIM_SECONDS

    def stop(self, timeout: float = 10.0) -> None:
        super().stop(timeout)
        for desk in self.desks:
            desk.ws.close()
