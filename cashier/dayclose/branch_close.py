"""Closing the branch's business day (a supervisor, at any desk of the branch): the back
office refuses while any desk of the branch has its own day open, naming them; else it
takes the vault's count by denomination, stores the branch's close and answers with the
day's figures, from which this desk writes the branch register (PDF and CSV,
cashier/documents/branch_register.py) and a journal entry naming the files' SHA-256.

A close whose answer was lost on the network is not lost: asking again gets 409
(branch_day_closed) and the desk reads the stored close back (GET, an extension of this
project's back office), so the register is written all the same.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Mapping

from cashier import money
from cashier.adapters.backoffice_client import BackofficeRejected
from cashier.branch_day import BranchDay
from cashier.documents import archive, branch_register
from cashier.drawer.count import count_total, parse_counts
from cashier.errors import NotFoundError, RuleError
from cashier.identity import audit, users
from cashier.identity.users import User
from cashier.storage import db
from cashier.sync.replicator import configured_client
from cashier.workstation import Workstation

MAX_NOTE = 500


@dataclass
class BranchClosed:
    day: BranchDay
    files: list[tuple[str, Path, str]] = field(default_factory=list)   # (kind, path, sha256)
    already: bool = False    # closed before (this answer was read back)
    # Each desk's payments and voids by tender, cash and card apart (an extension of this
    # project's back office; none from another)
    tenders: branch_register.Tenders = field(default_factory=branch_register.Tenders)


def _names(ws: Workstation) -> branch_register.Names:
    """Provider and service names as this desk's payments carry them (the SPC's own)."""
    return {(r["provider_id"], r["service_code"]): (r["provider_name"], r["service_name"])
            for r in ws.conn.execute("SELECT provider_id, service_code, MAX(provider_name) AS "
                                     "provider_name, MAX(service_name) AS service_name FROM "
                                     "payment_lines GROUP BY provider_id, service_code")}


def _not_ready(exc: BackofficeRejected) -> RuleError:
    desks = [d.get("workstation_id") for d in exc.body.get("desks") or []
             if isinstance(d, dict) and isinstance(d.get("workstation_id"), str)]
    return RuleError("branch_day_not_ready",
                     "The branch's day cannot be closed yet: these desks have not closed their "
                     f"own day: {', '.join(desks) or exc.message}. Close each (F12 there), let "
                     "its journal reach the back office, then try again.", None,
                     {"desks": ", ".join(desks)})


def close_branch_day(ws: Workstation, supervisor: User, day: date,
                     vault: Mapping[str, object] | Iterable[str] | None,
                     note: str = "") -> BranchClosed:
    users.require(supervisor, "supervisor")
    users.require(users.get(ws.conn, supervisor.user_id), "supervisor")
    counts = parse_counts(vault)
    note = (note or "").strip()[:MAX_NOTE]
    client = configured_client(ws)
    branch = ws.config.branch
    body = {"supervisor_id": supervisor.user_id, "vault": counts, "note": note}
    already = False
    try:
        answer = client.close_branch_day(branch, day.isoformat(), body)
    except BackofficeRejected as exc:
        if exc.code == "branch_day_not_ready":
            raise _not_ready(exc) from None
        if exc.code != "branch_day_closed":
            raise
        try:   # closed before: by us with the answer lost, or by someone else
            answer = client.branch_day(branch, day.isoformat())
        except NotFoundError:
            raise RuleError("branch_day_closed", exc.message) from None
        already = True
    closed = BranchClosed(BranchDay.from_wire(answer), already=already,
                          tenders=branch_register.tenders_from_wire(answer))
    if not already and closed.day.vault_counted != count_total(counts):
        raise RuleError("branch_day_answer_differs", "The back office recorded another vault "
                        "count than the one sent; call the bank's IT before going on.")
    _write_register(ws, closed)
    return closed


def _write_register(ws: Workstation, closed: BranchClosed) -> None:
    day = closed.day
    cfg, now = ws.config, ws.now()
    names = _names(ws)
    pdf = branch_register.register_pdf(day, bank_name=cfg.bank_name,
                                       branch_name=cfg.branch_name, names=names,
                                       generated_at=now, tenders=closed.tenders)
    csv_data = branch_register.register_csv(day, names, closed.tenders)
    folder = Path(cfg.reports_dir) / "branch" / day.business_date.isoformat()
    stem = f"branch-register-{day.branch_id}-{day.business_date:%Y%m%d}"
    for kind, suffix, data in (("branch_register_pdf", ".pdf", pdf),
                               ("branch_register_csv", ".csv", csv_data)):
        path = archive.write_report(folder, stem, suffix, data)
        closed.files.append((kind, path, hashlib.sha256(data).hexdigest()))
    with db.atomic(ws.conn):
        audit.record(ws.conn, now, day.supervisor_id if not closed.already else
                     (ws.operator or day.supervisor_id), "branch_day.closed",
                     f"{day.branch_id}/{day.business_date.isoformat()}",
                     {"branch_id": day.branch_id, "business_date": day.business_date.isoformat(),
                      "vault_expected": money.to_wire(day.vault_expected),
                      "vault_counted": money.to_wire(day.vault_counted),
                      "difference": money.to_wire(day.difference), "note": day.note,
                      "read_back": closed.already,
                      "reports": {kind: sha for kind, _p, sha in closed.files}})
