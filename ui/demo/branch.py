"""The demo's bank: the back office (SQLite, embedded) beside the reference SPC, and two more
desks of branch ALM-01 at work, so that the branch view (Ctrl+B) shows three desks.

The two desks (ALM-01-W02, ALM-01-W03) are real workstations in <demo>/desk-W02 and
<demo>/desk-W03: the real core takes their payments from the real SPC, their outboxes send
them there, their replicators send their journals to the back office. Only the teller is
simulated: a thread takes a payment at one of them every SIM_SECONDS or so. W03 sends to
the SPC only every other pass, so its queue is seen waiting in the branch view.

The tokens are minted in this process for this run and handed to the workstations
directly: they reach no file and no environment but this process's (CASHIER_BACKOFFICE_*,
for the window's own desk, which main.py clears once the window has read it).
"""

from __future__ import annotations

import logging
import random
from pathlib import Path
from typing import Any

from cashier import accounts, config as config_mod, payments
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


def mint_backoffice_token(db_url: str, workstation_id: str) -> str:
    from backoffice import db
    from backoffice.tokens import create_token
    engine = db.create_engine(db_url, pool_size=1)
    try:
        return create_token(engine, workstation_id, BRANCH)
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
    env["CASHIER_BACKOFFICE_URL"] = bo.url
    env["CASHIER_BACKOFFICE_TOKEN"] = mint_backoffice_token(bo.db_arg, WORKSTATION_ID)
    desks = []
    for ws_id, teller in DESKS.items():
        desks.append(SimulatedDesk(stack.spc.home / ("desk-" + ws_id.rpartition("-")[2]), ws_id,
                                   teller, spc_url=stack.spc.url,
                                   spc_token=_spc_token(stack.spc.db_path, ws_id),
                                   backoffice_url=bo.url,
                                   backoffice_token=mint_backoffice_token(bo.db_arg, ws_id)))
    stack.branch = BranchSimulation(desks)
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

    def send(self) -> None:
        self.passes += 1
        if self.ws_id.endswith("W02") or self.passes % 2 == 0:
            sync_once(self.ws)
        replicator.replicate_once(self.ws, anchor_check=self.passes == 1)


class BranchSimulation(Worker):
    def __init__(self, desks: list[SimulatedDesk]):
        super().__init__("demo-branch")
        self.desks = desks
        self.ready = False

    def step(self) -> float:
        if not self.ready:
            for desk in self.desks:
                desk.prepare()
                for _ in range(max(0, FIRST_PAYMENTS - desk.payments_today())):
                    desk.take_payment()
                desk.send()
            self.ready = True
            return SIM_SECONDS
        desk = self.desks[0 if self.desks[0].rng.random() < 0.5 else -1]
        desk.take_payment()
        for each in self.desks:
            each.send()
        return SIM_SECONDS * (0.5 + desk.rng.random())

    def failed(self) -> float:
        log.exception("the simulated desks of the demo branch stumbled")
        return SIM_SECONDS

    def stop(self, timeout: float = 10.0) -> None:
        super().stop(timeout)
        for desk in self.desks:
            desk.ws.close()
