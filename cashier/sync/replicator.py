"""The desk's journal to the bank's back office (backoffice-protocol.md), and its presence.

The audit log is the desk's journal: every change of state is one row, in the transaction
of the change. The replicator sends the rows in order, oldest first, in batches of at most
500, from a durable cursor (`backoffice.sent_seq` in `state`): what the back office has
confirmed. A resend is harmless (the back office skips replays), so a crash between the
answer and the cursor's update only repeats a batch. Network errors, 429 and 5xx wait
with the sender's backoff; the desk never waits for any of it.

The back office refusing the chain is evidence, not an error to retry away:
- chain_gap: it expects an earlier seq: the cursor goes back there and sends again;
- chain_conflict (the same seq with another hash: this desk's history was changed after
  the back office saw it) and hash_mismatch: an ALARM, kept in `state` and shown in red
  until a supervisor acknowledges it (`acknowledge_alarm`); the desk keeps serving.

A heartbeat goes at most every `heartbeat_seconds` and after every batch, with the SPC
queue's state; its answer carries the users' and settings' versions (kept for the desk to
pull them).
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field

from cashier.adapters.backoffice_client import (MAX_ENTRIES, BackofficeAuthError,
                                                BackofficeRejected)
from cashier import money
from cashier.errors import CashierError, RuleError, ValidationError
from cashier.identity import approvals, audit, users
from cashier.identity.users import User
from cashier.storage import db, locks
from cashier.sync.backoff import backoff_delay
from cashier.sync.pull import held_versions, pull, pull_error
from cashier.sync.queue import queue_status
from cashier.sync.worker import Worker
from cashier.workstation import Workstation

log = logging.getLogger(__name__)

APP_VERSION = "cashier-workstation/0.1"
K_SENT = "backoffice.sent_seq"
K_CONTACT_AT = "backoffice.last_contact_at"
K_OK = "backoffice.last_contact_ok"
K_ERROR = "backoffice.last_error"
K_ALARM = "backoffice.alarm"
K_HEARTBEAT_AT = "backoffice.heartbeat_at"
K_VERSIONS = "backoffice.versions"


class ReplicatorBusy(CashierError):
    def __init__(self) -> None:
        super().__init__("replicator_busy", "Another process is already sending this desk's "
                         "journal to the back office (the window or `cashier backoffice sync`).")


class NoBackoffice(CashierError):
    def __init__(self) -> None:
        super().__init__("backoffice_not_configured", "No back office is configured for this "
                         "workstation: set backoffice_url in config.toml.")


@dataclass
class ReplicationReport:
    sent: int = 0                       # entries posted by this call (replays included)
    accepted_through: int = 0           # the back office's seq after this call
    pending: int = 0                    # entries still to send
    heartbeat: bool = False
    unreachable: bool = False
    auth_problem: bool = False
    alarm: dict | None = None
    errors: list[str] = field(default_factory=list)
    pulled: dict | None = None          # people and settings pulled after the heartbeat

    def to_json(self) -> dict:
        return dict(self.__dict__)


def configured_client(ws: Workstation):
    """The back office client, or NoBackoffice when none is configured."""
    client = ws.backoffice
    if client is None:
        raise NoBackoffice()
    return client


def entries_after(conn, seq: int, limit: int = MAX_ENTRIES) -> list[dict]:
    """Journal entries as the protocol sends them, seq > `seq`, oldest first."""
    return [{"seq": r["id"], "at": r["at"], "actor": r["actor"], "action": r["action"],
             "subject": r["subject"], "details": json.loads(r["details"]),
             "prev_hash": r["prev_hash"], "hash": r["hash"]}
            for r in conn.execute("SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT ?",
                                  (seq, limit))]


def _sent(conn) -> int:
    return int(db.get_state(conn, K_SENT) or 0)


def _last_seq(conn) -> int:
    return conn.execute("SELECT COALESCE(MAX(id), 0) FROM audit_log").fetchone()[0]


def _note(ws: Workstation, ok: bool, error: str | None = None, **more: str | None) -> None:
    conn = ws.conn
    with db.atomic(conn):
        db.set_state(conn, K_OK, "1" if ok else "0")
        db.set_state(conn, K_ERROR, error)
        if ok:
            db.set_state(conn, K_CONTACT_AT, ws.now().isoformat(timespec="seconds"))
        for key, value in more.items():
            db.set_state(conn, key, value)


def _raise_alarm(ws: Workstation, code: str, message: str, seq, report: ReplicationReport) -> None:
    alarm = {"code": code, "message": message, "seq": seq,
             "at": ws.now().isoformat(timespec="seconds"), "acknowledged_by": None}
    current = alarm_state(ws)
    if current:
        # One disputed history is one incident: what the next pass or the next start finds
        # about it (the anchor's row, then the send's chain_conflict) does not raise it
        # again over a supervisor's acknowledgement. The status bar keeps showing it.
        alarm = current
    report.alarm = alarm
    _note(ws, False, f"{code}: {message}", **{K_ALARM: json.dumps(alarm)})
    log.error("this desk's journal disagrees with the back office: %s %s", code, message)


def _check_anchor_first(ws: Workstation, report: ReplicationReport) -> None:
    """Before sending: does the back office's last entry still match this desk's? A history
    rewritten or cut while the desk was off raises the alarm at once, not at the next send."""
    try:
        problems = check_anchor(ws)
    except CashierError:
        return   # unreachable or garbage: the send below meets the same and backs off
    for problem in problems[:1]:
        _raise_alarm(ws, problem["kind"], problem["message"], problem["row"], report)


def replicate_once(ws: Workstation, *, max_batches: int = 1000, anchor_check: bool = True,
                   pull_all: bool = False) -> ReplicationReport:
    """Send what the back office has not confirmed, then a heartbeat; first (anchor_check)
    compare the back office's last entry with this desk's. One replicator per database at
    a time (ReplicatorBusy otherwise)."""
    client = configured_client(ws)
    report = ReplicationReport()
    ws_id = ws.config.workstation_id
    with locks.exclusive(locks.beside(ws.config.db_path, "replicator"), ReplicatorBusy):
        conn = ws.conn
        if anchor_check:
            _check_anchor_first(ws, report)   # and send all the same: the back office records
                                              # the chain_conflict as the branch's alarm
        for _ in range(max_batches):
            batch = entries_after(conn, _sent(conn))
            if not batch:
                break
            try:
                through, _digest = client.post_journal(ws_id, batch)
            except BackofficeRejected as exc:
                if exc.code == "chain_gap" and isinstance(exc.body.get("expected_seq"), int):
                    with db.atomic(conn):  # it holds less than we thought: send from there
                        db.set_state(conn, K_SENT, str(max(0, exc.body["expected_seq"] - 1)))
                    continue
                _raise_alarm(ws, exc.code, exc.message, exc.field or exc.body.get("seq"), report)
                break
            except BackofficeAuthError as exc:
                report.auth_problem = True
                report.errors.append(exc.message)
                _note(ws, False, f"credentials: {exc.message}")
                break
            except CashierError as exc:  # unavailable, garbage: the same entries go again
                report.unreachable = True
                report.errors.append(exc.message)
                _note(ws, False, exc.message)
                break
            report.sent += len(batch)
            with db.atomic(conn):
                db.set_state(conn, K_SENT, str(max(through, _sent(conn))))
            _note(ws, True)
        report.accepted_through = _sent(conn)
        report.pending = max(0, _last_seq(conn) - report.accepted_through)
        last_beat = float(db.get_state(conn, K_HEARTBEAT_AT) or 0)
        due = report.sent or time.time() - last_beat >= ws.config.heartbeat_seconds
        if (due or pull_all) and not (report.unreachable or report.auth_problem):
            report.heartbeat = heartbeat(ws, report)
            if report.heartbeat or pull_all:
                versions = json.loads(db.get_state(conn, K_VERSIONS) or "{}")
                report.pulled = pull(ws, versions, force=pull_all).to_json()
    return report


def heartbeat(ws: Workstation, report: ReplicationReport | None = None) -> bool:
    """POST /v1/heartbeat with who is signed in and the SPC queue's state."""
    client = configured_client(ws)
    status = queue_status(ws)
    stamp = lambda t: t.isoformat(timespec="seconds") if t else None  # noqa: E731
    payload = {"workstation_id": ws.config.workstation_id,
               "at": ws.now().isoformat(timespec="seconds"), "app_version": APP_VERSION,
               "signed_in": ws.operator,
               "spc": {"reachable": status.last_contact_ok is not False, "waiting": status.waiting,
                       "waiting_amount": money.to_wire(status.waiting_amount),
                       "oldest_waiting_at": stamp(status.oldest_waiting_at),
                       "rejected": status.rejected,
                       "last_contact_at": stamp(status.last_contact_at)}}
    try:
        answer = client.heartbeat(payload)
    except CashierError as exc:
        if report is not None:
            report.errors.append(exc.message)
        _note(ws, False, exc.message)
        return False
    versions = {k: answer.get(k) for k in ("users_version", "settings_version")
                if isinstance(answer.get(k), int)}
    _note(ws, True, **{K_HEARTBEAT_AT: str(time.time()), K_VERSIONS: json.dumps(versions)})
    return True


def alarm_state(ws: Workstation) -> dict | None:
    text = db.get_state(ws.conn, K_ALARM)
    return json.loads(text) if text else None


def acknowledge_alarm(ws: Workstation, supervisor: User, note: str) -> dict:
    """A supervisor has seen the back office's alarm (and called IT): the red banner goes,
    the alarm stays in the records (the journal entry) and the back office keeps its own."""
    users.require(supervisor, "supervisor")
    supervisor = users.require(users.get(ws.conn, supervisor.user_id), "supervisor")
    if not (note or "").strip():
        raise ValidationError("note_required", "Say what was done about the alarm (IT called…).",
                              "note")
    conn, now = ws.conn, ws.now()
    with db.atomic(conn):
        alarm = alarm_state(ws)
        if alarm is None:
            raise RuleError("no_alarm", "There is no back office alarm to acknowledge.")
        alarm["acknowledged_by"] = supervisor.user_id
        alarm["acknowledged_at"] = now.isoformat(timespec="seconds")
        db.set_state(conn, K_ALARM, json.dumps(alarm))
        audit.record(conn, now, supervisor.user_id, "backoffice.alarm_acknowledged", alarm["code"],
                     {"code": alarm["code"], "seq": alarm.get("seq"), "note": note.strip()})
    return alarm


def acknowledge_alarm_approved(ws: Workstation, supervisor_id: str, password: str,
                               note: str) -> dict:
    """acknowledge_alarm with the supervisor's password typed at this desk (the red banner)."""
    if not (note or "").strip():  # before the password: a missing note costs no try
        raise ValidationError("note_required", "Say what was done about the alarm (IT called…).",
                              "note")
    supervisor = approvals.approve(ws.conn, ws.now(), supervisor_id, password, "alarm_approval")
    return acknowledge_alarm(ws, supervisor, note)


def backoffice_status(ws: Workstation) -> dict:
    """For the status bar and `cashier backoffice status`."""
    conn = ws.conn
    sent, last = _sent(conn), _last_seq(conn)
    ok = db.get_state(conn, K_OK)
    return {"configured": bool(ws.config.backoffice_url), "url": ws.config.backoffice_url or None,
            "sent_seq": sent, "journal_seq": last, "pending": max(0, last - sent),
            "last_contact_at": db.get_state(conn, K_CONTACT_AT),
            "last_contact_ok": None if ok is None else ok == "1",
            "last_error": db.get_state(conn, K_ERROR), "alarm": alarm_state(ws),
            "versions": json.loads(db.get_state(conn, K_VERSIONS) or "{}"),
            "held": held_versions(ws), "pull_error": pull_error(ws)}


def check_anchor(ws: Workstation) -> list[dict]:
    """`cashier audit verify` with a back office: the local chain against the last entry the
    back office holds. Fewer rows than its seq, or another hash at that seq, is tampering
    (deleting the newest rows, or recomputing the whole chain after an edit)."""
    anchor = configured_client(ws).anchor(ws.config.workstation_id)
    if not anchor["seq"]:
        return []
    row = ws.conn.execute("SELECT hash FROM audit_log WHERE id = ?", (anchor["seq"],)).fetchone()
    if row is None:
        have = _last_seq(ws.conn)
        return [{"kind": "journal_shorter_than_backoffice", "row": anchor["seq"],
                 "message": f"the back office holds {anchor['seq']} entries of this desk's journal; "
                            f"this desk has {have}: rows {have + 1}..{anchor['seq']} were removed"}]
    if row["hash"] != anchor["hash"]:
        return [{"kind": "journal_differs_from_backoffice", "row": anchor["seq"],
                 "message": f"row {anchor['seq']} is not the one the back office holds: the "
                            "history up to it was rewritten after it was sent"}]
    return []


class Replicator(Worker):
    """Sends the journal and heartbeats until stopped; `wake()` after a change sends now."""

    def __init__(self, ws: Workstation, interval: float = 2.0, on_status=None):
        super().__init__("backoffice-replicator")
        self.ws = ws
        self.interval = interval
        self.on_status = on_status
        self.failures = 0
        self.anchor_checked = False

    def step(self) -> float:
        try:
            # The anchor once per start (and until it was reached): a desk left running
            # cannot be rewritten under itself without the next send's chain_conflict.
            report = replicate_once(self.ws, anchor_check=not self.anchor_checked)
            self.anchor_checked = self.anchor_checked or not (report.unreachable
                                                              or report.auth_problem)
        except ReplicatorBusy:
            return self.interval
        finally:
            if self.on_status is not None:
                try:
                    self.on_status(backoffice_status(self.ws))
                except Exception:  # noqa: BLE001 - a broken listener must not stop the journal
                    log.exception("back office status callback failed")
        if report.unreachable or report.auth_problem or report.alarm:
            self.failures += 1
            return backoff_delay(self.failures, base=self.ws.config.retry_base_seconds,
                                 cap=self.ws.config.retry_cap_seconds)
        self.failures = 0
        return min(self.interval * 5, self.ws.config.heartbeat_seconds) if not report.pending \
            else 0.05

    def failed(self) -> float:
        log.exception("back office replication failed")
        self.failures += 1
        return backoff_delay(self.failures, base=self.ws.config.retry_base_seconds,
                             cap=self.ws.config.retry_cap_seconds)
