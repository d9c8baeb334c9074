"""Every desk of this branch as the back office sees them (GET /v1/branches/{id}/desks),
read for a supervisor: the window's branch view (Ctrl+B) and `cashier branch --json`.

The back office's answer is checked and turned into typed rows here, so that neither the
window nor the command line trusts a field it did not check: money as minor units, times
as aware datetimes, counts as integers. A malformed answer is a BackofficeProtocolError,
never half a table.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from cashier import days, money
from cashier.adapters.backoffice_client import BackofficeProtocolError
from cashier.identity import users
from cashier.identity.users import User
from cashier.workstation import Workstation

VIEWERS = ("supervisor", "admin")


@dataclass(frozen=True)
class DeskSession:
    session_id: str
    teller_id: str
    opened_at: datetime | None
    float: int
    received: int
    change: int
    refunds: int
    handovers: int
    expected_cash: int


@dataclass(frozen=True)
class DeskQueue:
    """The desk's SPC queue, from its last heartbeat."""
    reachable: bool
    waiting: int
    waiting_amount: int
    oldest_waiting_at: datetime | None
    rejected: int
    last_contact_at: datetime | None


@dataclass(frozen=True)
class DeskRow:
    workstation_id: str
    last_seen: datetime | None
    signed_in: str | None
    journal_seq: int
    day: str                          # "open" | "closed"
    session: DeskSession | None
    payments_count: int
    payments_amount: int
    voids_count: int
    voids_amount: int
    spc: DeskQueue | None
    alarms: list[dict] = field(default_factory=list)   # [{code, seq, message, ...}]


@dataclass(frozen=True)
class BranchView:
    branch_id: str
    business_date: date
    fetched_at: datetime             # this desk's clock when the answer came
    desks: list[DeskRow]

    @property
    def expected_cash(self) -> int:
        return sum(d.session.expected_cash for d in self.desks if d.session is not None)

    @property
    def waiting(self) -> int:
        return sum(d.spc.waiting for d in self.desks if d.spc is not None)

    def to_json(self) -> dict:
        def plain(value):
            if isinstance(value, (datetime, date)):
                return value.isoformat()
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, list):
                return [plain(v) for v in value]
            return value
        return plain(asdict(self))


def _bad(what: str) -> BackofficeProtocolError:
    return BackofficeProtocolError(f"The back office's branch view is malformed: {what}")


def _text(obj: dict, key: str, *, optional: bool = False) -> str | None:
    value = obj.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value or len(value) > 200:
        raise _bad(key)
    return value


def _count(obj: dict, key: str) -> int:
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _bad(key)
    return value


def _money(obj: dict, key: str) -> int:
    try:
        return money.from_wire(obj.get(key), key)
    except Exception as exc:  # ValidationError of the wire format
        raise _bad(key) from exc


def _time(obj: dict, key: str) -> datetime | None:
    value = obj.get(key)
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise _bad(key) from exc
    if parsed.tzinfo is None:
        raise _bad(key + " has no offset")
    return parsed


def _object(obj: dict, key: str) -> dict | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, dict):
        raise _bad(key)
    return value


def parse_desk(item: dict) -> DeskRow:
    session = _object(item, "session")
    spc = _object(item, "spc")
    payments, voids = _object(item, "payments") or {}, _object(item, "voids") or {}
    alarms = item.get("alarms") or []
    if not isinstance(alarms, list) or not all(isinstance(a, dict) for a in alarms):
        raise _bad("alarms")
    day = item.get("day")
    if day not in ("open", "closed"):
        raise _bad("day")
    return DeskRow(
        workstation_id=_text(item, "workstation_id"),
        last_seen=_time(item, "last_seen"),
        signed_in=_text(item, "signed_in", optional=True),
        journal_seq=_count(item, "journal_seq"),
        day=day,
        session=None if session is None else DeskSession(
            session_id=_text(session, "session_id"), teller_id=_text(session, "teller_id"),
            opened_at=_time(session, "opened_at"), float=_money(session, "float"),
            received=_money(session, "received"), change=_money(session, "change"),
            refunds=_money(session, "refunds"), handovers=_money(session, "handovers"),
            expected_cash=_money(session, "expected_cash")),
        payments_count=_count(payments, "count") if payments else 0,
        payments_amount=_money(payments, "amount") if payments else 0,
        voids_count=_count(voids, "count") if voids else 0,
        voids_amount=_money(voids, "amount") if voids else 0,
        spc=None if spc is None else DeskQueue(
            reachable=spc.get("reachable") is True, waiting=_count(spc, "waiting"),
            waiting_amount=_money(spc, "waiting_amount"),
            oldest_waiting_at=_time(spc, "oldest_waiting_at"), rejected=_count(spc, "rejected"),
            last_contact_at=_time(spc, "last_contact_at")),
        alarms=[{k: a.get(k) for k in ("code", "seq", "message", "first_at", "count", "masked_iin",
                                        "business_date")}
                for a in alarms])


def branch_view(ws: Workstation, viewer: User, day: date | None = None) -> BranchView:
    """The branch's desks for `day` (default: this desk's business day). Supervisors and
    admins only: it shows every desk's cash."""
    from cashier.sync.replicator import configured_client
    users.require(viewer, *VIEWERS)
    users.require(users.get(ws.conn, viewer.user_id), *VIEWERS)   # still so in the database
    day = day or days.business_date(ws)
    items = configured_client(ws).branch_desks(ws.config.branch, day.isoformat())
    desks = [parse_desk(item) for item in items]
    return BranchView(ws.config.branch, day, ws.now(), desks)
