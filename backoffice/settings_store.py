"""Settings in three layers, the bank's, a branch's, a workstation's, merged for each desk.

A desk gets the bank's values, overridden key by key by its branch's, overridden by its
own (GET /v1/settings). Every value is checked before it is stored (setting_rules.py for
the keys the desks take, ledger.py for the chart of accounts): what the desks would
refuse never reaches them. Limits checked against each other are checked as every desk
the change concerns would see them, merged.

Every change (set or unset) gets the next settings version and a row in
`setting_changes` with the old and the new value, who and when; a value set again as it
is changes nothing. A desk's version is the highest version among the changes of its
three layers: a change to another branch does not move it, and a key unset at one of
its layers does (the change row stays when the setting's row goes).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from backoffice import clock, db, ledger, setting_rules, versions
from backoffice.schema import branches, setting_changes, settings, workstations
from backoffice.setting_rules import SettingRefused
from backoffice.validation import is_ident

BANK, BRANCH, WORKSTATION = "bank", "branch", "workstation"
KNOWN = setting_rules.DESK_KEYS + (ledger.KEY,)


@dataclass(frozen=True)
class Scope:
    kind: str
    scope_id: str = ""              # '' for the bank

    def __str__(self) -> str:
        return "the bank" if self.kind == BANK else f"{self.kind} {self.scope_id}"


@dataclass
class Change:
    scope: Scope
    version: int | None = None      # None: nothing changed
    changed: list[str] = field(default_factory=list)
    new_branch: bool = False


class _Unchanged(Exception):
    pass


def scope_of(kind: str, scope_id: str | None = None) -> Scope:
    if kind == BANK:
        return Scope(BANK)
    if kind not in (BRANCH, WORKSTATION) or not is_ident(scope_id or ""):
        raise SettingRefused("", f"{scope_id!r} is not a valid {kind} id: 1 to 64 of "
                                 "A-Z a-z 0-9 . _ : @ -")
    return Scope(kind, scope_id)


def parse_value(text: str) -> Any:
    """JSON when it parses (numbers, true, objects, "quoted text"), else the text itself."""
    def no_duplicates(pairs):
        keys = [k for k, _ in pairs]
        if len(set(keys)) != len(keys):
            raise ValueError("duplicate key")
        return dict(pairs)

    def no_constant(name):
        raise ValueError(name)
    try:
        return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant)
    except (ValueError, RecursionError):
        return text


def parse_assignment(text: str) -> tuple[str, Any]:
    key, eq, value = text.partition("=")
    if not eq or not key.strip():
        raise SettingRefused(key, f"{text!r} is not key=value (e.g. max_payment='\"500000.00\"').")
    return key.strip(), parse_value(value)


def check(key: str, value: Any, scope: Scope) -> None:
    if key not in KNOWN:
        raise setting_rules.unknown(key, KNOWN)
    if key == ledger.KEY:
        if scope.kind == WORKSTATION:
            raise SettingRefused(key, "ledger is set for the bank or a branch, not for one "
                                      "workstation: the postings read it per branch (use "
                                      "{workstation_id} in teller_cash for an account per desk).")
        try:
            ledger.check(value)
        except ledger.LedgerInvalid as exc:
            raise SettingRefused(exc.key, exc.message) from None
    else:
        setting_rules.check(key, value)


def encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _layers(conn: Connection) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for row in conn.execute(sa.select(settings.c.scope, settings.c.scope_id, settings.c.key,
                                      settings.c.value)):
        out.setdefault((row.scope, row.scope_id), {})[row.key] = json.loads(row.value)
    return out


def merge(layers: dict, branch_id: str | None, workstation_id: str | None) -> dict[str, Any]:
    merged = dict(layers.get((BANK, ""), {}))
    if branch_id is not None:
        merged.update(layers.get((BRANCH, branch_id), {}))
    if workstation_id is not None:
        merged.update(layers.get((WORKSTATION, workstation_id), {}))
    return merged


def branch_of(conn: Connection, workstation_id: str) -> str | None:
    return conn.execute(sa.select(workstations.c.branch_id)
                        .where(workstations.c.workstation_id == workstation_id)).scalar()


def _desks_concerned(conn: Connection, layers: dict, scope: Scope) -> list[tuple[str, dict]]:
    """Every different merged view the change may reach, each with who gets it."""
    views = [(None, None)] if scope.kind == BANK else []
    with_rows = {sid for kind, sid in layers if kind == BRANCH}
    views += [(b, None) for b in sorted(with_rows | ({scope.scope_id} if scope.kind == BRANCH
                                                     else set()))
              if scope.kind == BANK or b == scope.scope_id]
    desks = {sid for kind, sid in layers if kind == WORKSTATION}
    if desks:
        w = workstations.c
        for ws_id, branch_id in conn.execute(sa.select(w.workstation_id, w.branch_id)
                                             .where(w.workstation_id.in_(sorted(desks)))):
            if scope.kind == BANK or scope.scope_id in (ws_id, branch_id):
                views.append((branch_id, ws_id))
    out = []
    for branch_id, ws_id in views:
        who = (f"workstation {ws_id}" if ws_id else f"the desks of branch {branch_id}"
               if branch_id else "the desks of a branch with no settings of its own")
        out.append((who, merge(layers, branch_id, ws_id)))
    return out


def _ensure_scope(conn: Connection, scope: Scope, now: str) -> bool:
    """True when the branch is new here. A workstation must be known (its branch decides
    what it gets): registered by `python -m backoffice token`."""
    if scope.kind == WORKSTATION and branch_of(conn, scope.scope_id) is None:
        raise SettingRefused("", f"No workstation {scope.scope_id} at this back office: register "
                                 "it first (python -m backoffice token WORKSTATION --branch B).")
    if scope.kind == BRANCH and conn.execute(sa.select(branches.c.branch_id).where(
            branches.c.branch_id == scope.scope_id)).first() is None:
        conn.execute(branches.insert().values(branch_id=scope.scope_id, created_at=now))
        return True
    return False


def change(source: db.Source, scope: Scope, values: dict[str, Any], removed: list[str],
           by: str) -> Change:
    """Set `values` and unset `removed` at one layer, all or nothing (SettingRefused)."""
    for key, value in values.items():
        check(key, value, scope)
    for key in removed:
        if key not in KNOWN:
            raise setting_rules.unknown(key, KNOWN)
    result = Change(scope)
    now = clock.stamp()
    try:
        with db.writing(source) as conn:
            version = versions.bump(conn, versions.SETTINGS)   # first: writers take turns
            result.new_branch = _ensure_scope(conn, scope, now)
            layers = _layers(conn)
            mine = layers.setdefault((scope.kind, scope.scope_id), {})
            for key in removed:
                if key not in mine:
                    raise SettingRefused(key, f"{key} is not set for {scope}; nothing was "
                                              "changed.")
            old = dict(mine)
            for key in removed:
                del mine[key]
            mine.update(values)
            result.changed = sorted(k for k in set(old) | set(mine)
                                    if k not in old or k not in mine
                                    or encode(old[k]) != encode(mine[k]))
            if not result.changed:
                raise _Unchanged
            for who, merged in _desks_concerned(conn, layers, scope):
                setting_rules.check_together(merged, who)
            _write(conn, scope, old, mine, result.changed, version, now, by)
            result.version = version
    except _Unchanged:
        result.changed = []
    return result


def _write(conn: Connection, scope: Scope, old: dict, new: dict, keys: list[str], version: int,
           now: str, by: str) -> None:
    s = settings.c
    here = (s.scope == scope.kind) & (s.scope_id == scope.scope_id)
    for key in keys:
        before = encode(old[key]) if key in old else None
        after = encode(new[key]) if key in new else None
        conn.execute(settings.delete().where(here & (s.key == key)))
        if after is not None:
            conn.execute(settings.insert().values(scope=scope.kind, scope_id=scope.scope_id,
                                                  key=key, value=after, version=version,
                                                  changed_at=now, changed_by=by))
        conn.execute(setting_changes.insert().values(
            scope=scope.kind, scope_id=scope.scope_id, key=key, old_value=before,
            new_value=after, version=version, changed_at=now, changed_by=by))


def desk_version(conn: Connection, branch_id: str, workstation_id: str) -> int:
    """The highest version among the changes of the desk's three layers."""
    c = setting_changes.c
    return conn.execute(sa.select(sa.func.coalesce(sa.func.max(c.version), 0)).where(sa.or_(
        (c.scope == BANK) & (c.scope_id == ""),
        (c.scope == BRANCH) & (c.scope_id == branch_id),
        (c.scope == WORKSTATION) & (c.scope_id == workstation_id)))).scalar_one()


def for_desk(source: db.Source, branch_id: str, workstation_id: str) -> dict:
    """The answer of GET /v1/settings: the desk's merged settings and their version."""
    s = settings.c
    with db.reading(source, snapshot=True) as conn:
        rows = conn.execute(sa.select(s.scope, s.scope_id, s.key, s.value).where(sa.or_(
            (s.scope == BANK) & (s.scope_id == ""),
            (s.scope == BRANCH) & (s.scope_id == branch_id),
            (s.scope == WORKSTATION) & (s.scope_id == workstation_id)))).all()
        version = desk_version(conn, branch_id, workstation_id)
    layers: dict = {}
    for row in rows:
        layers.setdefault((row.scope, row.scope_id), {})[row.key] = json.loads(row.value)
    return {"version": version, "settings": merge(layers, branch_id, workstation_id)}


def show(conn: Connection, scope: Scope, merged: bool = False) -> list[dict]:
    """One layer's settings, or (merged) what a desk of the branch, or the desk, gets and
    from which layer each value comes."""
    s = settings.c
    chain = [scope]
    if merged and scope.kind != BANK:
        branch_id = branch_of(conn, scope.scope_id) if scope.kind == WORKSTATION else None
        chain = [Scope(BANK), *([Scope(BRANCH, branch_id)] if branch_id else []), scope]
    found: dict[str, dict] = {}
    for layer in chain:
        for row in conn.execute(sa.select(settings).where(
                (s.scope == layer.kind) & (s.scope_id == layer.scope_id)).order_by(s.key)):
            found[row.key] = {"key": row.key, "value": json.loads(row.value), "from": str(layer),
                              "version": row.version, "changed_at": row.changed_at,
                              "changed_by": row.changed_by}
    return [found[k] for k in sorted(found)]


def history(conn: Connection, scope: Scope | None = None, key: str | None = None,
            limit: int = 100) -> list[dict]:
    c = setting_changes.c
    query = sa.select(setting_changes).order_by(c.change_id.desc()).limit(limit)
    if scope is not None:
        query = query.where((c.scope == scope.kind) & (c.scope_id == scope.scope_id))
    if key is not None:
        query = query.where(c.key == key)
    return [{"version": r.version, "at": r.changed_at, "by": r.changed_by,
             "scope": str(Scope(r.scope, r.scope_id)), "key": r.key,
             "old": None if r.old_value is None else json.loads(r.old_value),
             "new": None if r.new_value is None else json.loads(r.new_value)}
            for r in conn.execute(query)]
