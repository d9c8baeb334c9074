"""Every error code the core can raise, found by reading its source (tests/unit/test_error_messages.py)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE = re.compile(r"[a-z][a-z0-9_]*")
# Codes built at run time from a prefix: every value the prefix takes.
DYNAMIC = {
    "{code_prefix}_empty": ("amount_empty", "reading_empty"),
    "{code_prefix}_not_a_number": ("amount_not_a_number", "reading_not_a_number"),
    "{code_prefix}_negative": ("amount_negative", "reading_negative"),
    "{code_prefix}_too_many_decimals": ("amount_too_many_decimals", "reading_too_many_decimals"),
    "{code_prefix}_too_large": ("amount_too_large", "reading_too_large"),
    "{what}_repeated": ("amount_repeated", "reading_repeated"),
    "{what}_account_missing": ("amount_account_missing", "reading_account_missing"),
    "{self.prefix}_unavailable": ("spc_unavailable", "backoffice_unavailable"),
    "{self.prefix}_auth": ("spc_auth", "backoffice_auth"),
    "{self.prefix}_protocol": ("spc_protocol", "backoffice_protocol"),
}
# Codes whose text is the SPC's own (a refusal of one payment, shown in the queue panel by
# ui.messages.describe_outbox_error) or that never reach a person (a command-line usage line).
NOT_FOR_PEOPLE = {"usage"}


def _error_classes(trees: list[ast.Module]) -> dict[str, bool]:
    """CashierError and every class derived from it in cashier/ whose constructor takes the
    code first. A class whose own __init__ takes something else (a message, an account
    number) passes a fixed code to super().__init__, which is found there instead."""
    takes_code = {"CashierError": True}
    own_init: set[str] = set()
    defined = {n.name for tree in trees for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
    changed = True
    while changed:
        changed = False
        for tree in trees:
            for node in ast.walk(tree):
                if not isinstance(node, ast.ClassDef) or node.name in takes_code:
                    continue
                bases = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                         for b in node.bases]
                known = [b for b in bases if b in takes_code]
                if not known or any(b in defined and b not in takes_code for b in bases):
                    continue   # decided once every base of ours is
                init = next((n for n in node.body if isinstance(n, ast.FunctionDef)
                             and n.name == "__init__"), None)
                if init is None:
                    # Python's MRO: the first base that has a constructor of its own decides
                    # (SpcUnavailable(SpcError, PeerUnavailable) builds like PeerUnavailable).
                    decided = [b for b in known if b in own_init] or known
                    takes_code[node.name] = takes_code[decided[0]]
                    if decided[0] in own_init:
                        own_init.add(node.name)
                else:
                    params = [a.arg for a in init.args.args[1:]]
                    takes_code[node.name] = bool(params) and params[0] == "code"
                    own_init.add(node.name)
                changed = True
    return takes_code


def _code_helpers(trees: list[ast.Module], takes_code: dict[str, bool]) -> set[str]:
    """Functions that build an error from a code they are given first (`_refuse(code, ...)`,
    `_fail(code, ...)`): a call to one with a literal raises that code as surely as the class."""
    helpers: set[str] = set()
    changed = True
    while changed:
        changed = False
        for tree in trees:
            for fn in ast.walk(tree):
                if not isinstance(fn, ast.FunctionDef) or fn.name in helpers or \
                        fn.name == "__init__" or not fn.args.args:
                    continue
                first = fn.args.args[0].arg
                for call in ast.walk(fn):
                    callee = getattr(call, "func", None) if isinstance(call, ast.Call) else None
                    name = getattr(callee, "id", None) or getattr(callee, "attr", "")
                    if (takes_code.get(name) or name in helpers) and call.args and \
                            isinstance(call.args[0], ast.Name) and call.args[0].id == first:
                        helpers.add(fn.name)
                        changed = True
                        break
    return helpers


def _code_of(arg: ast.expr, where: str, tables: dict[str, list[str]] | None = None) -> list[str]:
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and \
            arg.func.attr == "get" and isinstance(arg.func.value, ast.Name):
        # CODES.get(key, "default"): the default and every value of the module's table
        found = list((tables or {}).get(arg.func.value.id, []))
        if len(arg.args) > 1:
            found += _code_of(arg.args[1], where, tables)
        return found
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return [arg.value] if CODE.fullmatch(arg.value) else []
    if isinstance(arg, ast.JoinedStr):
        pattern = "".join(v.value if isinstance(v, ast.Constant) else
                          "{" + ast.unparse(v.value) + "}" for v in arg.values)
        if pattern in DYNAMIC:
            return list(DYNAMIC[pattern])
        raise AssertionError(f"{where}: an error code built at run time ({pattern!r}); list what "
                             "it becomes in tests/support/error_codes.py DYNAMIC")
    return []


def raised_codes() -> dict[str, str]:
    """code -> the first place (file:line) that raises it."""
    files = sorted((ROOT / "cashier").rglob("*.py"))
    trees = [ast.parse(f.read_text(encoding="utf-8"), str(f)) for f in files]
    takes_code = _error_classes(trees)
    helpers = _code_helpers(trees, takes_code)
    found: dict[str, str] = {}

    tables: dict[str, list[str]] = {}

    def note(arg: ast.expr, f: Path, node: ast.AST) -> None:
        where = f"{f.relative_to(ROOT)}:{node.lineno}"
        for code in _code_of(arg, where, tables):
            found.setdefault(code, where)

    for f, tree in zip(files, trees):
        tables = {t.id: [v.value for v in node.value.values if isinstance(v, ast.Constant)]
                  for node in tree.body if isinstance(node, ast.Assign)
                  and isinstance(node.value, ast.Dict) for t in node.targets
                  if isinstance(t, ast.Name)}
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)] + [tree]:
            bases = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                     for b in getattr(cls, "bases", [])]
            base_takes_code = any(takes_code.get(b) for b in bases[:1])
            for node in ast.walk(cls):
                if isinstance(node, ast.Assign) and any(
                        isinstance(t, ast.Attribute) and t.attr == "code" and
                        getattr(t.value, "id", "") == "self" for t in node.targets):
                    note(node.value, f, node)
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                func = node.func
                name = func.id if isinstance(func, ast.Name) else \
                    func.attr if isinstance(func, ast.Attribute) else ""
                if name == "__init__" and isinstance(func, ast.Attribute) and \
                        isinstance(func.value, ast.Call) and getattr(func.value.func, "id", "") == "super":
                    if cls is not tree and base_takes_code:
                        note(node.args[0], f, node)
                elif takes_code.get(name) or name in helpers:
                    note(node.args[0], f, node)
    return {c: w for c, w in found.items() if c not in NOT_FOR_PEOPLE}
