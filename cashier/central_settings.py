"""Settings managed once, at the bank's back office (backoffice-protocol.md, GET /v1/settings):
the bank's, overridden by the branch's, overridden by this workstation's, merged there.

The desk takes from them what the bank decides, and only that (CENTRAL_KEYS: fees, payment
and offline limits, the receipt header, the idle lock, the typo guard); where it connects
and with which secrets stays in its own config.toml. Every value is checked by the same
rules as config.toml (cashier/config_schema.py) before any is applied: one wrong value
refuses the whole version, which is never applied, and the desk keeps the last good one.
The last good version is kept in the database, so a desk that starts offline works with
it; over config.toml it wins, key by key. `ledger` (the chart of accounts) is the back
office's own and not the desk's business.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field, replace
from typing import Any

from cashier import config_schema as schema
from cashier.config import Config
from cashier.storage import db

K_SETTINGS = "backoffice.settings"
CENTRAL_KEYS = ("bank_name", "bank_bin", "branch_name", "branch_address", "max_payment",
                "idle_lock_seconds", "offline_warn_seconds", "offline_block_seconds",
                "offline_max_waiting_amount", "overpay_confirm_ratio", "fees",
                "identify_payer_above", "supervisor_approval_above",
                "close_difference_approval_above", "drawer_warning_level", "drawer_hard_limit",
                "blind_count")
BACKOFFICE_ONLY = ("ledger",)
WHERE = "the back office's settings"


@dataclass(frozen=True)
class CentralSettings:
    version: int = 0
    values: dict = field(default_factory=dict)     # checked, as Config holds them
    ignored: tuple[str, ...] = ()                   # keys this desk does not take

    def to_json(self) -> dict:
        return {"version": self.version, "values": self.values, "ignored": list(self.ignored)}


def check(body: dict, base: Config) -> CentralSettings:
    """The back office's answer as this desk would apply it over `base`; ConfigError (naming
    the key, what it expects and an example) for the first value that is wrong."""
    raw = body.get("settings") or {}
    values, ignored = {}, []
    for key in sorted(raw):
        if key in CENTRAL_KEYS:
            values[key] = schema.check_value(key, raw[key], WHERE)
        elif key not in BACKOFFICE_ONLY:
            ignored.append(key)
    if "fees" in values:
        from cashier.fee_config import rules_from_config
        rules_from_config(values["fees"], source=WHERE)   # every table now, not at the first fee
    schema.check_together(replace(base, **values), WHERE)
    return CentralSettings(int(body["version"]), values, tuple(ignored))


def load(conn: sqlite3.Connection) -> CentralSettings:
    text = db.get_state(conn, K_SETTINGS)
    if not text:
        return CentralSettings()
    data = json.loads(text)
    return CentralSettings(data["version"], data["values"], tuple(data.get("ignored", ())))


def store(conn: sqlite3.Connection, settings: CentralSettings) -> None:
    """In the caller's transaction (with its journal entry)."""
    db.require_transaction(conn)
    db.set_state(conn, K_SETTINGS, json.dumps(settings.to_json(), ensure_ascii=False,
                                              sort_keys=True))


def overlay(config: Config, settings: CentralSettings) -> Config:
    """config.toml with the back office's values over it; a desk with no back office
    configured (any more) works with its own file alone."""
    if not config.backoffice_url or not settings.values:
        return config
    return replace(config, **settings.values)


def source_of(key: str, settings: CentralSettings) -> str:
    """"backoffice" when the back office sets `key` for this desk, else "local"."""
    return "backoffice" if key in settings.values else "local"


def describe(settings: CentralSettings) -> dict[str, Any]:
    """What the Settings dialog lists: each central value as config.toml would write it."""
    from cashier import money
    out: dict[str, Any] = {}
    for key, value in settings.values.items():
        if key in schema.MONEY_KEYS and isinstance(value, int):
            value = money.to_wire(value)
        out[key] = value
    return out
