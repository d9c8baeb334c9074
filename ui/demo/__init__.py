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
as a hint under the account field. servers.py runs the servers, people.py makes the
demo's users, branch.py the back office and the branch's two other desks. `seed_refused` makes a payment the SPC refuses,
to show the queue panel (main.py --seed-refused).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cashier import config as config_mod
from ui.demo.people import (DEMO_FLOAT, DEMO_USERS, TELLER_ID, TELLER_NAME, demo_accounts,
                            demo_password, ensure_demo_staff, seed_refused, sign_in_hint)
from ui.demo.servers import START_TIMEOUT, WORKSTATION_ID, DemoServer

__all__ = ["DEMO_CONTROLS", "DEMO_LISTED_IIN", "DEMO_FLOAT", "DEMO_USERS", "DemoServer", "DemoStack", "START_TIMEOUT", "TELLER_ID",
           "TELLER_NAME", "WORKSTATION_ID", "demo_accounts", "demo_home", "demo_password",
           "demo_receipt_key", "ensure_demo_staff", "seed_refused", "sign_in_hint", "start_demo"]


# The bank's controls in the demo: EXAMPLE figures, not advice (a bank sets its own, in
# config.toml or at its back office). A 600 000 ₸ payment asks for the payer and a
# supervisor; a drawer above 1 000 000 ₸ asks for a handover and above 2 000 000 ₸ takes no
# more cash until one; every close is counted blind.
DEMO_CONTROLS: dict[str, Any] = {
    "identify_payer_above": 500_000_00, "supervisor_approval_above": 500_000_00,
    "close_difference_approval_above": 1_000_00, "drawer_warning_level": 1_000_000_00,
    "drawer_hard_limit": 2_000_000_00, "blind_count": True,
}
# One listed person of the demo's example sanctions list (resources/demo/sanctions-demo.csv).
DEMO_LISTED_IIN = "791102443218"


def demo_sanctions_list() -> Path:
    from cashier.resources import resources_dir
    return resources_dir() / "demo" / "sanctions-demo.csv"


def _screen_against_the_demo_list(ws_home: Path) -> None:
    """An older demo folder gets the example list too (nothing else of its file changes)."""
    cfg = config_mod.load(env={}, home=ws_home)
    if not cfg.sanctions_list:
        from dataclasses import replace
        config_mod.save(replace(cfg, sanctions_list=str(demo_sanctions_list())))


def demo_home(env: dict | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get("CASHIER_HOME"):
        return Path(env["CASHIER_HOME"]).expanduser()
    return config_mod.default_home(env) / "demo"


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


@dataclass
class DemoStack:
    """What the demo runs beside the window: the SPC, the bank's back office and the two
    simulated desks of the branch (ui/demo_branch.py); `stop()` ends all of it."""
    spc: DemoServer
    backoffice: DemoServer | None = None
    branch: Any = None   # demo_branch.BranchSimulation
    mailbox: Any = None  # mailbox.DemoMailbox: where e-mailed receipts go

    @property
    def url(self) -> str:
        return self.spc.url

    def stop(self) -> None:
        if self.branch is not None:
            self.branch.stop(10)
        if self.mailbox is not None:
            self.mailbox.stop()
        for server in (self.backoffice, self.spc):
            if server is not None:
                server.stop()


def start_demo(env: dict | None = None, timeout: float = START_TIMEOUT,
               branch: bool = True) -> DemoStack:
    """Start the SPC and the back office, point this process's workstation at them, set
    the branch's two other desks working; return what runs."""
    env = os.environ if env is None else env
    home = demo_home(env)
    stack = DemoStack(DemoServer(home).start(timeout))
    try:
        server = stack.spc
        ws_home = home / "workstation"
        env["CASHIER_SPC_URL"] = server.url
        env["CASHIER_SPC_TOKEN"] = server.token
        env["CASHIER_WORKSTATION_ID"] = WORKSTATION_ID
        env["CASHIER_HOME"] = str(ws_home)
        env.setdefault("CASHIER_RECEIPT_KEY", demo_receipt_key(home))
        if not (ws_home / config_mod.CONFIG_NAME).exists():
            cfg = config_mod.Config(home=ws_home, spc_url=server.url, workstation_id=WORKSTATION_ID,
                                    teller_id=TELLER_ID, teller_name=TELLER_NAME,
                                    sanctions_list=str(demo_sanctions_list()), **DEMO_CONTROLS)
            config_mod.save(cfg)
        _screen_against_the_demo_list(ws_home)
        from ui.demo.mailbox import start_mailbox
        stack.mailbox = start_mailbox(home, ws_home)
        if branch:
            from ui.demo import branch as demo_branch
            demo_branch.start(stack, env, timeout)
    except BaseException:
        stack.stop()
        raise
    return stack
