"""People and settings from the bank's back office, pulled when they moved.

Every heartbeat's answer carries the back office's `users_version` and `settings_version`
(cashier/sync/replicator.py keeps them); when one is ahead of what this desk applied, the
replicator pulls it here, on its own thread: GET /v1/users?since_version=N applied in one
transaction (cashier/identity/central_users.py), GET /v1/settings checked by config.toml's
rules and applied whole or not at all (cashier/central_settings.py). `cashier backoffice
sync --once` pulls both whatever the versions say. A pull that fails leaves everything as
it was and says why in `backoffice_status`; the next heartbeat tries again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from cashier import central_settings
from cashier.errors import CashierError, NotFoundError
from cashier.identity import audit, central_users
from cashier.storage import db
from cashier.workstation import Workstation

log = logging.getLogger(__name__)

K_PULL_ERROR = "backoffice.pull_error"
ACTOR = "backoffice"


@dataclass
class PullReport:
    users_version: int | None = None        # what this desk holds after the pull
    users_changed: list[str] = field(default_factory=list)
    settings_version: int | None = None
    settings_changed: bool = False
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return dict(self.__dict__)


def pull(ws: Workstation, versions: dict | None = None, *, force: bool = False) -> PullReport:
    """Pull what moved (`versions`: the last heartbeat's), or both when `force`."""
    report = PullReport()
    versions = versions or {}
    conn = ws.conn
    errors: list[str] = []
    have = central_users.users_version(conn)
    if force or versions.get("users_version", 0) > have:
        try:
            _pull_users(ws, have, report)
        except NotFoundError:
            log.info("this back office does not serve people (GET /v1/users: 404)")
        except CashierError as exc:
            errors.append(f"users: {exc.message}")
    report.users_version = central_users.users_version(conn)
    if force or versions.get("settings_version", 0) > ws.central.version:
        try:
            _pull_settings(ws, versions.get("settings_version", 0), force, report)
        except NotFoundError:
            log.info("this back office does not serve settings (GET /v1/settings: 404)")
        except CashierError as exc:
            errors.append(f"settings: {exc.message}")
    report.settings_version = ws.central.version
    report.errors = errors
    with db.atomic(conn):
        db.set_state(conn, K_PULL_ERROR, "; ".join(errors) or None)
    for error in errors:
        log.warning("back office pull refused: %s", error)
    return report


def _pull_users(ws: Workstation, have: int, report: PullReport) -> None:
    body = ws.backoffice.users(have)
    version, people = central_users.parse_users(body)
    applied = central_users.apply_users(ws.conn, ws.now(), version, people, ws.config.branch)
    report.users_changed = applied.changed


def _pull_settings(ws: Workstation, announced: int, force: bool, report: PullReport) -> None:
    conn = ws.conn
    stored = central_settings.load(conn)
    if not force and stored.version >= announced:
        ws.apply_central(stored)   # another process of this desk pulled it already
        return
    body = ws.backoffice.settings(ws.config.workstation_id)
    checked = central_settings.check(body, ws.local_config)   # ConfigError: none of it applies
    if checked.version == stored.version and checked.values == stored.values:
        ws.apply_central(stored)
        return
    with db.atomic(conn):
        central_settings.store(conn, checked)
        audit.record(conn, ws.now(), ACTOR, "settings.synced", ws.config.workstation_id,
                     {"version": checked.version, "values": central_settings.describe(checked),
                      "ignored": list(checked.ignored)})
    ws.apply_central(checked)
    report.settings_changed = True


def pull_error(ws: Workstation) -> str | None:
    return db.get_state(ws.conn, K_PULL_ERROR)


def held_versions(ws: Workstation) -> dict:
    return {"users_version": central_users.users_version(ws.conn),
            "settings_version": ws.central.version}

