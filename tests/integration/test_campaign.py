"""The chaos campaign (tests/support/campaign.py) at test size, and defects it turned up.

The campaign: 2,000 payments taken by a generator process (killed now and then
too) while a `cashier sync -v` process is SIGKILLed at random moments at least
20 times, all through a proxy that faults 30 % of the requests. Afterwards the
SPC's registers and the workstation database must agree payment for payment
and to the tiyn. Run it bigger by hand:

    .venv/bin/python tests/support/campaign.py --payments 10000 --kills 100
"""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from cashier import accounts, payments, sync
from cashier.storage import db, migrations
from cashier.config import Config
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS
from tests.support.campaign import run_campaign
from tests.support.staffing import teller_of


@pytest.mark.slow
@pytest.mark.timeout(420)
def test_campaign_2000_payments_20_kills_30_percent_faults(tmp_path):
    result = run_campaign(payments=2000, kills=20, fault_rate=0.30, seed=20261122,
                          workdir=tmp_path / "campaign", drain_timeout=120, max_seconds=300)
    print()
    print(result.summary())
    assert result.ok, result.summary()
    assert result.payments == result.spc_count == 2000
    assert result.spc_amount == result.local_amount
    assert result.kills >= 20
    assert result.faults["faults"] > 0
    # The interesting faults really happened: answers lost after the SPC committed,
    # and the outbox resolved them by replaying the same key.
    assert result.faults["drop_response"] + result.faults["reset_response"] + \
        result.faults["garbage"] > 0
    assert result.replayed > 0
    assert result.journal_entries >= 2000 - result.generator_kills


# -- defects found while building the campaign ------------------------------------------------

@pytest.mark.timeout(60)
def test_two_processes_opening_a_new_data_folder_at_once_both_get_the_schema(tmp_path):
    """The window and `cashier sync` started together on a fresh data folder.

    migrations.upgrade() reads user_version outside its transaction; the second
    opener reads 0, waits for the first one's write lock, then replays step 1
    over the finished schema ("table state already exists") and fails to start.
    """
    path = tmp_path / "cashier.db"
    first = sqlite3.connect(str(path), isolation_level=None, timeout=30)
    first.execute("PRAGMA journal_mode=WAL")
    first.execute("BEGIN IMMEDIATE")  # the first opener is migrating
    errors: list[BaseException] = []

    def second_opener() -> None:
        try:
            db.connect(path).close()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    t = threading.Thread(target=second_opener)
    t.start()
    time.sleep(1.0)  # it has read user_version = 0 and now waits for the write lock
    for number in range(1, migrations.latest() + 1):
        migrations._STEPS[number](first)
        first.execute(f"PRAGMA user_version = {number}")
    first.execute("COMMIT")
    t.join(30)
    assert not t.is_alive()
    first.close()
    assert not errors, f"the second opener failed: {errors[0]!r}"
    conn = db.connect(path)
    assert migrations.current(conn) == migrations.latest()
    conn.close()


@pytest.mark.timeout(120)
def test_a_token_for_another_workstation_parks_a_batch_instead_of_rejecting_it(tmp_path, fresh_spc):
    """Protocol client rule 4: 401/403 stop sending and keep the queue.

    A single POST answered 403 parks the payment for attention, but the same
    refusal as a batch item ({"status": "rejected", "error": {"code": "forbidden"}})
    marks every payment rejected for good: after IT installs the right token they
    never reach the SPC.
    """
    home = tmp_path / "ws"
    cfg = Config(home=home, spc_url=fresh_spc.url, workstation_id="ALM-01-W01", teller_id="t.test")
    with Workstation(cfg, token=fresh_spc.token_for("ALM-01-W02")) as ws:  # IT's mistake
        account = accounts.find_account(ws, DEMO_ACCOUNTS["typical"])
        paid = [payments.accept_payment(ws, payments.build_draft(account, None, {}, "100000"), teller_of(ws),
                                        write_pdf=False) for _ in range(2)]
        report = sync.sync_once(ws)
        states = [r[0] for r in ws.conn.execute("SELECT state FROM outbox ORDER BY id")]
        assert report.auth_problem and report.rejected == 0, (report, states)
        assert states == ["attention", "attention"]
    with Workstation(cfg, token=fresh_spc.token_for("ALM-01-W01")) as ws:  # IT fixed it
        assert sync.sync_once(ws).accepted == 2
    reg = fresh_spc.api("ALM-01-W01").get(f"v1/registers/{paid[0].business_date}",
                                          params={"workstation_id": "ALM-01-W01"}).json()
    assert sorted(p["payment_id"] for p in reg["payments"]) == sorted(p.payment_id for p in paid)


@pytest.mark.timeout(60)
def test_sigterm_stops_cashier_sync_cleanly(tmp_path):
    """`cashier sync` (the service the campaign kills) must exit 0 on SIGTERM.

    Regression: BackgroundSender.stop() raised TypeError (an Event named `_stop`
    shadowed Thread._stop), so the command ended with a traceback and exit status 1,
    which a service manager reports as a failure."""
    import os
    import signal
    import subprocess
    import sys

    from tests.support.campaign import ROOT
    env = {**os.environ, "CASHIER_HOME": str(tmp_path / "ws"),
           "CASHIER_SPC_URL": "http://127.0.0.1:9/", "CASHIER_SPC_TOKEN": "t"}
    proc = subprocess.Popen([sys.executable, "-m", "cashier", "sync", "-v", "--interval", "0.2"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout.readline().startswith("{")  # the sender has made a pass
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
    assert proc.returncode == 0, err[-2000:]
    assert "Traceback" not in err
