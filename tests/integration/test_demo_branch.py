"""The demo's bank, as README promises it: the window's desk closes its day, the branch's two
simulated desks follow, the supervisor closes the branch's day, and the demo back office
gives balanced postings for it (`python -m backoffice postings --date today`). Real
processes: the reference SPC and the back office the demo starts, real desks."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from backoffice.ledger import DEMO_LEDGER
from cashier.dayclose.branch_close import close_branch_day
from cashier.identity import users
from cashier.workstation import open_workstation
from ui.demo import demo_password, ensure_demo_staff, start_demo
from ui.demo.branch import FOLLOW_SECONDS, close_desk_day, vault_counts

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_the_demo_branch_closes_its_day_and_its_books_balance(tmp_path, monkeypatch):
    env = {"CASHIER_HOME": str(tmp_path / "demo")}
    stack = start_demo(env=env, timeout=60)
    try:
        assert stack.backoffice is not None and stack.branch is not None
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        with open_workstation() as ws:
            ensure_demo_staff(ws)
            supervisor = users.authenticate(ws.conn, ws.now(), "s.demo", demo_password("s.demo"))
            # the simulated desks have their first payments before the window's desk closes
            deadline = time.monotonic() + 60
            while not all(d.payments_today() for d in stack.branch.desks):
                assert time.monotonic() < deadline, "the simulated desks took no payment"
                time.sleep(0.5)
            close_desk_day(ws)
            deadline = time.monotonic() + 60
            while not all(d.day_closed() for d in stack.branch.desks):
                assert time.monotonic() < deadline, "the branch's desks did not follow"
                time.sleep(FOLLOW_SECONDS / 3)
            from cashier.sync import replicator
            replicator.replicate_once(ws, anchor_check=False)
            day = ws.now().date()
            closed = None
            deadline = time.monotonic() + 30
            while closed is None:   # a follower's last entries may still be on the way
                try:
                    closed = close_branch_day(ws, supervisor, day,
                                              vault_counts(100_000_00),
                                              "demo test")
                except Exception as exc:  # noqa: BLE001 - retried until the deadline, then shown
                    assert time.monotonic() < deadline, exc
                    time.sleep(1)
        assert len(closed.day.desks) == 3
        assert all(path.exists() for _kind, path, _sha in closed.files)

        assert closed.day.vault_counted == 100_000_00

        def books(fmt: str) -> str:
            out = subprocess.run([sys.executable, "-m", "backoffice", "postings", "--date",
                                  "today", "--db", stack.backoffice.db_arg, "--format", fmt],
                                 cwd=ROOT, capture_output=True, text=True, timeout=60,
                                 check=False)
            assert out.returncode == 0, out.stderr
            return out.stdout

        answer = books("json")
        assert books("json") == answer          # the same day asked twice: the same postings
        postings = json.loads(answer)["postings"]
        assert {p["workstation_id"] for p in postings} == {d.workstation_id
                                                            for d in closed.day.desks}
        assert {p["branch_id"] for p in postings} == {"ALM-01"}
        net: dict[str, int] = defaultdict(int)  # credit minus debit, per account
        for p in postings:
            amount = round(float(p["amount"]) * 100)
            assert amount > 0 and p["debit_account"] != p["credit_account"], p
            net[p["credit_account"]] += amount
            net[p["debit_account"]] -= amount
        assert sum(net.values()) == 0
        # the providers' transit accounts hold what the branch's close says each provider got:
        # two derivations of the same journal, by the postings and by the close
        transit = DEMO_LEDGER["transit"]
        owed: dict[str, int] = defaultdict(int)
        for line in closed.day.by_provider:
            owed[transit.get(line.provider_id, transit["*"])] += line.amount
        assert owed and {acct: net[acct] for acct in owed} == dict(owed)
    finally:
        stack.stop()
