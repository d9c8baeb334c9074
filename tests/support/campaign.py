"""Chaos campaign: payments through a faulty network and a sender killed again and again.

    .venv/bin/python tests/support/campaign.py --payments 10000 --kills 100 [--fault-rate 0.3] [--seed 1]

What runs:
- the real reference SPC as a subprocess on loopback (tests.conftest.SpcProcess);
- the fault proxy (tests/support/faultproxy.py) in front of it, faulting `fault_rate` of
  the requests: delays (some beyond the client's read timeout), dropped requests,
  answers dropped or reset after the SPC committed, RSTs, 500s, 503s with
  Retry-After, garbage answers;
- a payment GENERATOR: by default its own process (`--generator process`) calling
  payments.accept_payment(write_pdf=False) on a few demo accounts looked up once
  from the SPC, with varied amounts and service subsets; it notes each payment in
  a journal file after the commit returns. It is SIGKILLed now and then too and
  restarted; on restart it counts what the database holds and goes on;
- a SENDER process: `python -m cashier sync -v`, environment pointing at the
  proxy, SIGKILLed at random short intervals at least `kills` times and
  restarted each time.

At the end the proxy stops faulting, a last sender drains the queue (bounded),
and the SPC's registers are compared with the workstation database payment for
payment and to the tiyn. Exit status 0 only when every check passes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

WS_ID = "ALM-01-W07"
TELLER = "t.chaos"
SUBPROCESS_WAIT = 15.0  # seconds to wait for a killed or stopped child to be reaped


@dataclass
class CampaignResult:
    payments: int = 0
    target: int = 0
    kills: int = 0
    generator_kills: int = 0
    sender_starts: int = 0
    sender_self_exits: int = 0
    faults: dict = field(default_factory=dict)
    requests: int = 0
    replayed: int = 0
    max_attempts: int = 0
    business_dates: list = field(default_factory=list)
    spc_count: int = 0
    spc_amount: str = "0.00"
    local_amount: str = "0.00"
    journal_entries: int = 0
    elapsed: float = 0.0
    kill_phase_seconds: float = 0.0
    waiting_at_drain_start: int = 0
    drain_seconds: float = 0.0
    problems: list = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        faults = ", ".join(f"{k} {v}" for k, v in sorted(self.faults.items()) if v)
        lines = [
            f"payments:        {self.payments} of {self.target} (SPC register: {self.spc_count}, "
            f"amount {self.spc_amount}; workstation {self.local_amount})",
            f"sender kills:    {self.kills} SIGKILL (+{self.generator_kills} generator kills; "
            f"{self.sender_starts} sender starts, {self.sender_self_exits} exited by themselves)",
            f"proxy:           {self.requests} requests, {self.faults.get('faults', 0)} faults "
            f"({faults})",
            f"outbox:          {self.replayed} accepted as replays, max attempts per payment "
            f"{self.max_attempts}; journal {self.journal_entries} committed payments checked",
            f"business dates:  {', '.join(self.business_dates)}",
            f"elapsed:         {self.elapsed:.1f} s (kill phase {self.kill_phase_seconds:.1f} s; "
            f"drain {self.drain_seconds:.2f} s for {self.waiting_at_drain_start} waiting)",
            f"verdict:         {'OK' if self.ok else 'FAIL'}",
        ]
        lines += [f"  problem: {p}" for p in self.problems[:50]]
        if len(self.problems) > 50:
            lines.append(f"  ... and {len(self.problems) - 50} more")
        return "\n".join(lines)


# -- the generator ----------------------------------------------------------------------

def _amount(tiyn: int) -> str:
    return f"{tiyn // 100}.{tiyn % 100:02d}"


def generate(home: Path, accounts_file: Path, target: int, seed: int, journal: Path,
             rate: float, stop: threading.Event | None = None) -> int:
    """Accept payments until the database holds `target`; returns how many this call made."""
    from cashier import config as config_mod
    from cashier import payments
    from cashier.model import Account
    from cashier.workstation import Workstation

    cfg = config_mod.load(env={}, home=home)
    accounts = [Account.from_wire(b) for b in json.loads(accounts_file.read_text())]
    made = 0
    with Workstation(cfg, token=None) as ws, open(journal, "a", encoding="utf-8") as jl:
        from tests.support.staffing import teller_of
        teller = teller_of(ws)
        count = ws.conn.execute("SELECT COUNT(*) FROM payments").fetchone()[0]
        # A restarted generator must not replay the same amounts: mix in what exists.
        rng = random.Random(seed * 1_000_003 + count)
        next_at = time.monotonic()
        while count < target and not (stop is not None and stop.is_set()):
            account = rng.choice(accounts)
            chosen = rng.sample(account.services, rng.randint(1, len(account.services)))
            amounts = {s.code: _amount(rng.choice([rng.randint(1, 99), rng.randint(100, 5_000_00),
                                                    rng.randint(5_000_00, 150_000_00)]))
                       for s in chosen}
            fee = rng.choice([0, 0, 0, rng.randint(1, 500_00)])
            draft = payments.build_draft(account, amounts, {}, "99999999.99", fee=fee)
            # Random amounts on purpose: the typo guard is a question for a teller, not here.
            p = payments.accept_payment(ws, draft, teller, write_pdf=False, confirmed_over_due=True)
            # Written only after the commit returned: every line is a payment that must survive.
            jl.write(f"{p.payment_id} {p.receipt_no} {p.total}\n")
            jl.flush()
            count += 1
            made += 1
            if rate > 0:
                next_at += 1.0 / rate
                delay = next_at - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                elif delay < -1.0:
                    next_at = time.monotonic()
    return made


# -- child processes --------------------------------------------------------------------

def _die_with_parent() -> None:
    # Imported here: this file also runs as a script, without the project on sys.path
    # (the forked child still has the parent's).
    from tests.support.server_process import die_with_parent
    die_with_parent()


def _popen(cmd: list[str], env: dict, log: Path) -> subprocess.Popen:
    with open(log, "ab") as out:
        return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                preexec_fn=_die_with_parent if sys.platform == "linux" else None)


def _sigkill(proc: subprocess.Popen) -> bool:
    """SIGKILL and reap; True if it was still running when killed."""
    alive = proc.poll() is None
    if alive:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=SUBPROCESS_WAIT)
    return alive


def _terminate(proc: subprocess.Popen | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=SUBPROCESS_WAIT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=SUBPROCESS_WAIT)


# -- checks -------------------------------------------------------------------------------

def _db(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=30)
    conn.row_factory = sqlite3.Row
    return conn


def _accepted(home: Path) -> int:
    conn = _db(home / "cashier.db")
    try:
        return conn.execute("SELECT COUNT(*) FROM outbox WHERE state = 'accepted'").fetchone()[0]
    finally:
        conn.close()


def _pending(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT state, COUNT(*) FROM outbox WHERE state IN "
                             "('waiting', 'sending', 'attention') GROUP BY state").fetchall())


def verify(db_path: Path, journal: Path, spc, token: str, target: int,
           result: CampaignResult) -> None:
    """Compare the workstation database with the SPC's registers; append problems to result."""
    import requests

    from cashier import money
    problems = result.problems
    conn = _db(db_path)
    try:
        pay = {r["payment_id"]: r for r in conn.execute(
            "SELECT payment_id, receipt_no, seq, business_date, total, status FROM payments")}
        result.payments = len(pay)
        if len(pay) != target:
            problems.append(f"the workstation holds {len(pay)} payments, the generator made {target}")
        # Committed payments (journal) are all there, with the same receipt and total.
        entries = 0
        for line in journal.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) != 3:
                continue  # a line cut short by SIGKILL
            entries += 1
            pid, receipt, total = parts
            row = pay.get(pid)
            if row is None:
                problems.append(f"committed payment {pid} ({receipt}) is missing from the database")
            elif (row["receipt_no"], row["total"]) != (receipt, int(total)):
                problems.append(f"payment {pid} changed: {receipt}/{total} -> "
                                f"{row['receipt_no']}/{row['total']}")
        result.journal_entries = entries
        # Receipt numbers gapless per day.
        for day, n, lo, hi in conn.execute("SELECT business_date, COUNT(*), MIN(seq), MAX(seq) "
                                           "FROM payments GROUP BY business_date"):
            if (lo, hi) != (1, n):
                problems.append(f"receipt numbers of {day} are not 1..{n} (min {lo}, max {hi})")
        out = conn.execute("SELECT payment_id, state, spc_txn_id, replayed, attempts, "
                           "last_error_code FROM outbox").fetchall()
        per_payment = Counter(r["payment_id"] for r in out)
        for pid, n in per_payment.items():
            if n != 1:
                problems.append(f"payment {pid} is in the outbox {n} times")
        for pid in pay:
            if pid not in per_payment:
                problems.append(f"payment {pid} has no outbox entry")
        states = Counter(r["state"] for r in out)
        if set(states) - {"accepted"}:
            problems.append(f"outbox states after the drain: {dict(states)}")
            for r in out:
                if r["state"] != "accepted":
                    problems.append(f"  {r['payment_id']} {r['state']} {r['last_error_code']}")
                    if len(problems) > 200:
                        break
        result.replayed = sum(1 for r in out if r["replayed"])
        result.max_attempts = max((r["attempts"] for r in out), default=0)
        local_txn = {r["payment_id"]: r["spc_txn_id"] for r in out}
        days = sorted({r["business_date"] for r in pay.values()})
    finally:
        conn.close()
    result.business_dates = days

    # What the SPC holds, straight from it (not through the proxy).
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    spc_pay: dict[str, dict] = {}
    spc_amount = 0
    receipts: dict[str, set] = {}
    for day in days:
        resp = session.get(f"{spc.url}v1/registers/{day}", params={"workstation_id": WS_ID},
                           timeout=60)
        if resp.status_code != 200:
            problems.append(f"register {day}: HTTP {resp.status_code} {resp.text[:200]}")
            continue
        reg = resp.json()
        listed = reg["payments"]
        if reg["count"] != len(listed):
            problems.append(f"register {day}: count {reg['count']} but {len(listed)} listed")
        spc_amount += money.parse_amount(reg["amount"])
        for item in listed:
            pid = item["payment_id"]
            if pid in spc_pay:
                problems.append(f"the SPC lists payment {pid} twice")
            spc_pay[pid] = item
            receipts.setdefault(item["receipt_no"], set()).add(pid)
            if item["status"] != "accepted":
                problems.append(f"the SPC holds {pid} as {item['status']}")
    session.close()
    result.spc_count = len(spc_pay)
    result.spc_amount = money.to_wire(spc_amount)
    result.local_amount = money.to_wire(sum(r["total"] for r in pay.values()))
    for receipt, pids in receipts.items():
        if len(pids) > 1:
            problems.append(f"receipt {receipt} has {len(pids)} payment ids at the SPC: {sorted(pids)}")
    for pid, row in pay.items():
        item = spc_pay.get(pid)
        if item is None:
            problems.append(f"payment {pid} ({row['receipt_no']}) never reached the SPC")
            continue
        if item["receipt_no"] != row["receipt_no"]:
            problems.append(f"{pid}: receipt {row['receipt_no']} here, {item['receipt_no']} at the SPC")
        if money.parse_amount(item["total"]) != row["total"]:
            problems.append(f"{pid}: total {row['total']} tiyn here, {item['total']} at the SPC")
        if local_txn.get(pid) != item["spc_txn_id"]:
            problems.append(f"{pid}: spc_txn_id {local_txn.get(pid)} here, {item['spc_txn_id']} there")
    for pid in spc_pay.keys() - pay.keys():
        problems.append(f"the SPC holds {pid}, which this workstation never took")
    if spc_amount != sum(r["total"] for r in pay.values()):
        problems.append(f"amounts differ: SPC {result.spc_amount}, workstation {result.local_amount}")


# -- the campaign -----------------------------------------------------------------------

def _pick_accounts(spc, token: str, n_generated: int = 5) -> list[dict]:
    """A few demo accounts, looked up once, directly from the SPC."""
    import requests

    from spc.demo import DEMO_ACCOUNTS
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    numbers = [DEMO_ACCOUNTS[k] for k in ("typical", "advance", "many", "no_meters", "short", "long")]
    snap = s.get(f"{spc.url}v1/accounts/snapshot", params={"limit": 100}, timeout=30).json()
    numbers += [a["account"] for a in snap["items"] if a["account"].startswith("2")][:n_generated]
    bodies = []
    for number in numbers:
        resp = s.get(f"{spc.url}v1/accounts/{number}", timeout=30)
        resp.raise_for_status()
        bodies.append(resp.json())
    s.close()
    return bodies


def run_campaign(payments: int = 2000, kills: int = 20, fault_rate: float = 0.30, seed: int = 1, *,
                 workdir: Path | None = None, batch_size: int = 20,
                 kill_interval: tuple[float, float] = (0.3, 1.8), generator: str = "process",
                 generator_kill_chance: float = 0.3, rate: float | None = None,
                 under_faults: float = 0.9, drain_timeout: float = 180.0, max_seconds: float = 1200.0,
                 keep: bool = False, log=print) -> CampaignResult:
    """Run one campaign; returns its result (result.problems empty when everything agreed)."""
    from cashier import config as config_mod
    from cashier.config import Config
    from cashier.workstation import Workstation
    from tests.conftest import SpcProcess
    from tests.support.faultproxy import FaultProxy

    if generator not in ("process", "thread"):
        raise ValueError("generator is 'process' or 'thread'")
    result = CampaignResult(target=payments)
    rng = random.Random(seed)
    own_dir = workdir is None
    base = Path(tempfile.mkdtemp(prefix="cashier-campaign-")) if own_dir else Path(workdir)
    base.mkdir(parents=True, exist_ok=True)
    home, logs = base / "ws", base / "logs"
    logs.mkdir(exist_ok=True)
    journal = base / "journal.txt"
    accounts_file = base / "accounts.json"
    started = time.monotonic()
    deadline = started + max_seconds
    mean_interval = sum(kill_interval) / 2
    if rate is None:  # spread the payments over the kill phase
        rate = payments / max(1.0, kills * (mean_interval + 0.1) * 0.8)

    spc = SpcProcess(base / "spc", demo_accounts=200)
    spc.workdir.mkdir(exist_ok=True)
    sender: subprocess.Popen | None = None
    gen_proc: subprocess.Popen | None = None
    gen_thread: threading.Thread | None = None
    gen_stop = threading.Event()
    gen_errors: list[BaseException] = []
    try:
        spc.start()
        token = spc.token_for(WS_ID)
        accounts_file.write_text(json.dumps(_pick_accounts(spc, token), ensure_ascii=False))
        proxy = FaultProxy(spc.url, fault_rate=fault_rate, seed=seed, delay_range=(0.05, 2.5),
                           retry_after=1, max_connections=1_000_000,
                           max_lifetime=max_seconds + drain_timeout + 120)
        with proxy:
            cfg = Config(home=home, spc_url=proxy.url, workstation_id=WS_ID, teller_id=TELLER,
                         retry_base_seconds=0.05, retry_cap_seconds=1.0, batch_size=batch_size,
                         connect_timeout=1.0, read_timeout=2.0, offline_warn_seconds=0,
                         offline_block_seconds=0)
            config_mod.save(cfg)
            Workstation(cfg, token=None).close()  # create the schema before two processes race for it
            env = {**os.environ, "CASHIER_HOME": str(home), "CASHIER_SPC_URL": proxy.url,
                   "CASHIER_SPC_TOKEN": token, "CASHIER_WORKSTATION_ID": WS_ID,
                   "PYTHONUNBUFFERED": "1"}
            sender_cmd = [sys.executable, "-m", "cashier", "sync", "-v", "--interval", "0.2"]
            gen_cmd = [sys.executable, str(Path(__file__).resolve()), "--generate",
                       "--home", str(home), "--accounts", str(accounts_file),
                       "--payments", str(payments), "--seed", str(seed), "--journal", str(journal),
                       "--rate", f"{rate:.3f}"]

            def start_sender() -> subprocess.Popen:
                result.sender_starts += 1
                return _popen(sender_cmd, env, logs / "sender.log")

            def start_generator() -> None:
                nonlocal gen_proc, gen_thread
                if generator == "process":
                    gen_proc = _popen(gen_cmd, env, logs / "generator.log")
                else:
                    def body() -> None:
                        try:
                            generate(home, accounts_file, payments, seed, journal, rate, gen_stop)
                        except BaseException as exc:  # reported as a problem
                            gen_errors.append(exc)
                    gen_thread = threading.Thread(target=body, name="generator", daemon=True)
                    gen_thread.start()

            def generator_done() -> bool:
                if generator == "thread":
                    return gen_thread is not None and not gen_thread.is_alive()
                return gen_proc is not None and gen_proc.poll() is not None

            log(f"campaign: {payments} payments at {rate:.0f}/s, >= {kills} sender kills, "
                f"faults {fault_rate:.0%}, seed {seed}, generator {generator}, folder {base}")
            kill_started = time.monotonic()
            start_generator()
            sender = start_sender()
            while True:
                if time.monotonic() > deadline:
                    result.problems.append(f"kill phase not done within {max_seconds:.0f} s")
                    break
                time.sleep(rng.uniform(*kill_interval))
                if _sigkill(sender):
                    result.kills += 1
                else:
                    result.sender_self_exits += 1
                    result.problems.append(f"the sender exited by itself with {sender.returncode} "
                                           f"(see {logs / 'sender.log'})")
                if generator == "process" and gen_proc is not None:
                    if gen_proc.poll() is None and rng.random() < generator_kill_chance:
                        _sigkill(gen_proc)
                        result.generator_kills += 1
                        start_generator()
                    elif gen_proc.poll() not in (None, 0, -signal.SIGKILL):
                        result.problems.append(f"the generator failed with {gen_proc.returncode} "
                                               f"(see {logs / 'generator.log'})")
                        break
                if gen_errors:
                    result.problems.append(f"the generator failed: {gen_errors[0]!r}")
                    break
                if result.kills >= kills and generator_done() and \
                        _accepted(home) >= under_faults * payments:
                    break
                sender = start_sender()
                if result.kills % 10 == 0 and result.kills:
                    log(f"  {result.kills} kills, {proxy.counters()['faults']} faults so far")
            result.kill_phase_seconds = time.monotonic() - kill_started
            try:
                if gen_proc is not None and gen_proc.poll() is None:
                    gen_proc.wait(timeout=max(1.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                result.problems.append("the generator did not finish before the deadline")
            if gen_thread is not None:
                gen_thread.join(max(1.0, deadline - time.monotonic()))
                if gen_thread.is_alive():
                    result.problems.append("the generator did not finish before the deadline")

            # Drain without faults, bounded.
            proxy.set_faults(fault_rate=0.0)
            conn = _db(home / "cashier.db")
            try:
                result.waiting_at_drain_start = sum(_pending(conn).values())
                log_size = (logs / "sender.log").stat().st_size
                t0 = time.monotonic()
                sender = start_sender()
                # Its first status line: it has made a pass and handles SIGTERM from now on.
                while (logs / "sender.log").stat().st_size == log_size and sender.poll() is None \
                        and time.monotonic() - t0 < drain_timeout:
                    time.sleep(0.02)
                pending = _pending(conn)
                while pending and time.monotonic() - t0 < drain_timeout:
                    if sender.poll() is not None:
                        result.problems.append(f"the draining sender exited with {sender.returncode}")
                        break
                    time.sleep(0.05)
                    pending = _pending(conn)
                result.drain_seconds = time.monotonic() - t0
                if pending:
                    result.problems.append(f"not drained within {drain_timeout:.0f} s: {pending}")
            finally:
                conn.close()
            _terminate(sender)
            if sender.returncode != 0:  # SIGTERM is the clean way to stop `cashier sync`
                result.problems.append(f"`cashier sync` exited with {sender.returncode} on SIGTERM "
                                       f"(see {logs / 'sender.log'})")
            result.faults = {k: v for k, v in proxy.counters().items()}
            result.requests = result.faults.pop("requests", 0)
            for k in ("connections", "refused_connections", "upstream_errors", "client_gone",
                      "protocol_errors", "pass", "lifetime_expired"):
                result.faults.pop(k, None)
        verify(home / "cashier.db", journal, spc, token, payments, result)
        if result.kills < kills:
            result.problems.append(f"only {result.kills} sender kills, wanted {kills}")
        if not result.faults.get("faults"):
            result.problems.append("the proxy injected no fault")
    finally:
        gen_stop.set()
        for proc in (sender, gen_proc):
            if proc is not None and proc.poll() is None:
                _sigkill(proc)
        if gen_thread is not None:
            gen_thread.join(SUBPROCESS_WAIT)
        spc.stop()
        result.elapsed = time.monotonic() - started
        if own_dir and not keep and result.ok:
            shutil.rmtree(base, ignore_errors=True)
        elif not result.ok or keep:
            log(f"campaign folder kept: {base}")
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--payments", type=int, default=2000)
    p.add_argument("--kills", type=int, default=20)
    p.add_argument("--fault-rate", type=float, default=0.30)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--batch-size", type=int, default=20)
    p.add_argument("--generator", choices=["process", "thread"], default="process")
    p.add_argument("--generator-kill-chance", type=float, default=0.3)
    p.add_argument("--under-faults", type=float, default=0.9,
                   help="keep faulting and killing until this share of the payments got through")
    p.add_argument("--drain-timeout", type=float, default=300.0)
    p.add_argument("--max-seconds", type=float, default=3600.0)
    p.add_argument("--workdir", type=Path, default=None)
    p.add_argument("--keep", action="store_true", help="keep the campaign folder")
    # Generator role (started by the campaign itself).
    p.add_argument("--generate", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--home", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--accounts", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--journal", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--rate", type=float, default=None, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.generate:
        generate(args.home, args.accounts, args.payments, args.seed, args.journal, args.rate or 0)
        return 0
    result = run_campaign(args.payments, args.kills, args.fault_rate, args.seed,
                          workdir=args.workdir, batch_size=args.batch_size,
                          generator=args.generator, generator_kill_chance=args.generator_kill_chance,
                          under_faults=args.under_faults,
                          drain_timeout=args.drain_timeout, max_seconds=args.max_seconds,
                          keep=args.keep)
    print(result.summary())
    print(json.dumps({k: v for k, v in asdict(result).items() if k != "problems"}
                     | {"ok": result.ok, "problems": len(result.problems)}, ensure_ascii=False))
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
