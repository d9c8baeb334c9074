"""The back office campaign: three desks' journals replicated through a faulty network while
their replicators are SIGKILLed, and the back office ends with every entry once and every
chain intact.

- Three real desks (tests/support/desk_journal.open_day: payments, a void, a handover)
  keep working during the campaign: a writer thread in this process takes more payments
  at the real SPC and signs people in, each a journal entry written by the real core.
- Each desk's replicator is a real process, `cashier backoffice sync -v` (the window's
  Replicator in the foreground), talking to the back office through tests/support/
  faultproxy.py: dropped and reset answers after the back office committed, 5xx, 429,
  garbage, delays. A replicator is SIGKILLed at a random moment at least `kills` times,
  and started again.
- Then the faults stop, the replicators catch up, and the back office's copy is checked
  against each desk's database: the same seqs 1..N once each, the same hashes, each
  entry's hash recomputed from its fields, each prev_hash the hash before it, and no
  alarm raised by the faults or the kills.

Run it bigger by hand:

    .venv/bin/python tests/support/replication_campaign.py --kills 60 --seconds 120
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from cashier import config
from cashier.config import Config
from cashier.identity import audit, users
from cashier.workstation import Workstation
from tests.support.backoffice_server import BackofficeProcess
from tests.support.busy_day import RECEIPT_KEY, pay
from tests.support.desk_journal import open_day
from tests.support.faultproxy import FaultProxy
from tests.support.server_process import die_with_parent
from tests.support.staffing import TELLER_ID, TELLER_PASSWORD

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Desk:
    ws_id: str
    home: Path
    proc: subprocess.Popen | None = None
    written: int = 0

    @property
    def db_path(self) -> Path:
        return self.home / "cashier.db"


@dataclass
class CampaignResult:
    desks: dict[str, int] = field(default_factory=dict)       # ws -> entries on the desk
    held: dict[str, int] = field(default_factory=dict)        # ws -> entries at the back office
    kills: int = 0
    written_during: int = 0
    faults: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems and self.desks == self.held

    def summary(self) -> str:
        lines = [f"desks:             {len(self.desks)}",
                 f"entries (desk):    {sum(self.desks.values())} {self.desks}",
                 f"entries (held):    {sum(self.held.values())}",
                 f"written meanwhile: {self.written_during}",
                 f"replicator kills:  {self.kills} SIGKILL",
                 f"network faults:    {self.faults.get('faults', 0)} of "
                 f"{self.faults.get('requests', 0)} requests {self._mix()}",
                 f"time:              {self.seconds:.1f} s",
                 f"verdict:           {'OK' if self.ok else 'FAILED'}"]
        lines += [f"  problem: {p}" for p in self.problems[:20]]
        return "\n".join(lines)

    def _mix(self) -> str:
        kinds = {k: v for k, v in self.faults.items() if v and k not in
                 ("faults", "requests", "connections", "pass")}
        return json.dumps(kinds, sort_keys=True)


def _desk_env(desk: Desk, spc, bo: BackofficeProcess, url: str, branch: str) -> dict:
    # the branch is the workstation id's prefix (Config.branch)
    return {**os.environ, "CASHIER_HOME": str(desk.home), "CASHIER_SPC_URL": spc.url,
            "CASHIER_SPC_TOKEN": spc.token_for(desk.ws_id), "CASHIER_WORKSTATION_ID": desk.ws_id,
            "CASHIER_BACKOFFICE_URL": url,
            "CASHIER_BACKOFFICE_TOKEN": bo.token_for(desk.ws_id, branch)}


def _start_replicator(desk: Desk, env: dict, log: Path) -> None:
    with open(log, "ab") as out:
        desk.proc = subprocess.Popen(
            [sys.executable, "-m", "cashier", "backoffice", "sync", "-v", "--interval", "0.05"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
            preexec_fn=die_with_parent if sys.platform == "linux" else None)


def _stop(desk: Desk, sig: int = signal.SIGTERM) -> None:
    proc, desk.proc = desk.proc, None
    if proc is None:
        return
    if proc.poll() is None:
        proc.send_signal(sig)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


def _local(db_path: Path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db_path, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT id, at, actor, action, subject, details, prev_hash, hash "
                            "FROM audit_log ORDER BY id").fetchall()
    finally:
        conn.close()


def _held(bo: BackofficeProcess, ws_id: str) -> list:
    from backoffice.schema import journal, workstations
    with bo.engine.connect() as conn:
        return conn.execute(
            sa.select(journal.c.seq, journal.c.at, journal.c.actor, journal.c.action,
                      journal.c.subject, journal.c.details, journal.c.prev_hash, journal.c.hash)
            .join(workstations, workstations.c.ws_key == journal.c.ws_key)
            .where(workstations.c.workstation_id == ws_id).order_by(journal.c.seq)).all()


def _alarms(bo: BackofficeProcess, ws_ids: list[str]) -> list:
    from backoffice.schema import alarms, workstations
    with bo.engine.connect() as conn:
        return conn.execute(
            sa.select(workstations.c.workstation_id, alarms.c.kind, alarms.c.seq)
            .join(workstations, workstations.c.ws_key == alarms.c.ws_key)
            .where(workstations.c.workstation_id.in_(ws_ids))).all()


def verify(bo: BackofficeProcess, desks: list[Desk], result: CampaignResult) -> None:
    for desk in desks:
        mine, theirs = _local(desk.db_path), _held(bo, desk.ws_id)
        result.desks[desk.ws_id] = len(mine)
        result.held[desk.ws_id] = len(theirs)
        if [r.seq for r in theirs] != list(range(1, len(theirs) + 1)):
            result.problems.append(f"{desk.ws_id}: the held seqs are not 1..{len(theirs)} once each")
        prev = audit.GENESIS
        for local, held in zip(mine, theirs):
            if held.hash != local["hash"] or held.prev_hash != prev:
                result.problems.append(f"{desk.ws_id}: entry {held.seq} differs from the desk's")
                break
            digest = audit._digest(held.prev_hash, held.at, held.actor, held.action,
                                   held.subject, held.details)
            if digest != held.hash:
                result.problems.append(f"{desk.ws_id}: entry {held.seq}'s hash does not match "
                                       "its fields")
                break
            prev = held.hash
    for ws_id, kind, seq in _alarms(bo, [d.ws_id for d in desks]):
        result.problems.append(f"{ws_id}: alarm {kind} at {seq} (the faults raised it)")


def _writer(desks: list[Desk], spc, stop: threading.Event, rng: random.Random) -> None:
    """The desks at work meanwhile: a payment or a sign-in now and then, each one entry
    (or a few) of the desk's journal, by the real core."""
    open_ws = {}
    try:
        for desk in desks:
            cfg = Config(home=desk.home, spc_url=spc.url, workstation_id=desk.ws_id)
            open_ws[desk.ws_id] = Workstation(cfg, token=spc.token_for(desk.ws_id))
        while not stop.is_set():
            desk = rng.choice(desks)
            ws = open_ws[desk.ws_id]
            teller = users.authenticate(ws.conn, ws.now(), TELLER_ID, TELLER_PASSWORD)
            if rng.random() < 0.5:
                pay(ws, teller, {"HEAT": f"{rng.randint(100, 5000)}.{rng.randint(0, 99):02d}"})
            desk.written += 1
            stop.wait(rng.uniform(0.02, 0.15))
    finally:
        for ws in open_ws.values():
            ws.close()


def run_replication_campaign(spc, bo: BackofficeProcess, workdir: Path, *, desks: int = 3,
                             kills: int = 15, fault_rate: float = 0.3, seed: int = 1,
                             max_seconds: float = 120, catch_up_seconds: float = 90,
                             branch: str | None = None) -> CampaignResult:
    os.environ.setdefault("CASHIER_RECEIPT_KEY", RECEIPT_KEY)
    rng = random.Random(seed)
    started = time.monotonic()
    result = CampaignResult()
    branch = branch or f"C{seed:04d}{rng.randrange(10**6):06d}"
    workdir.mkdir(parents=True, exist_ok=True)
    team = [Desk(f"{branch}-W{i + 1:02d}", workdir / f"desk{i + 1}") for i in range(desks)]
    for desk in team:
        open_day(desk.home, spc, desk.ws_id, payments=rng.randint(5, 15))
        # A quick backoff: the campaign is minutes, not a day (the policy is the same code).
        config.save(Config(home=desk.home, spc_url=spc.url, workstation_id=desk.ws_id,
                           retry_base_seconds=0.1, retry_cap_seconds=1.0))
    proxy = FaultProxy(bo.url, fault_rate=fault_rate, seed=seed,
                       delay_range=(0.01, 0.2)).start()
    stop_writer = threading.Event()
    writer = threading.Thread(target=_writer, args=(team, spc, stop_writer, random.Random(seed)),
                              daemon=True)
    logs = {d.ws_id: workdir / f"{d.ws_id}.log" for d in team}
    envs = {d.ws_id: _desk_env(d, spc, bo, proxy.url, branch) for d in team}
    try:
        for desk in team:
            _start_replicator(desk, envs[desk.ws_id], logs[desk.ws_id])
        writer.start()
        deadline = started + max_seconds
        while result.kills < kills and time.monotonic() < deadline:
            time.sleep(rng.uniform(0.2, 1.5))   # long enough to start and post, or not
            desk = rng.choice(team)
            if desk.proc is not None and desk.proc.poll() is None:
                _stop(desk, signal.SIGKILL)
                result.kills += 1
            else:   # it died on its own: that is a defect, not a kill
                result.problems.append(f"{desk.ws_id}: the replicator exited by itself "
                                       f"(see {logs[desk.ws_id]})")
            _start_replicator(desk, envs[desk.ws_id], logs[desk.ws_id])
        stop_writer.set()
        writer.join(30)
        result.written_during = sum(d.written for d in team)
        result.faults = proxy.counters()
        proxy.set_faults(fault_rate=0.0)
        catch_up = time.monotonic() + catch_up_seconds
        while time.monotonic() < catch_up:
            if all(len(_held(bo, d.ws_id)) == len(_local(d.db_path)) for d in team):
                break
            time.sleep(0.25)
    finally:
        stop_writer.set()
        for desk in team:
            _stop(desk)
        proxy.stop()
    verify(bo, team, result)
    result.seconds = time.monotonic() - started
    return result


def main(argv: list[str] | None = None) -> int:
    import argparse
    import tempfile

    from tests.conftest import SpcProcess
    from tests.support.backoffice_server import new_database_url
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=60)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--fault-rate", type=float, default=0.3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="replication-campaign-"))
    spc = SpcProcess(work / "spc").start()
    bo = BackofficeProcess(new_database_url(args.engine, work), work / "bo", args.engine).start()
    try:
        result = run_replication_campaign(spc, bo, work / "desks", kills=args.kills,
                                          fault_rate=args.fault_rate, seed=args.seed,
                                          max_seconds=args.seconds)
    finally:
        bo.stop()
        spc.stop()
    print(result.summary())
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
