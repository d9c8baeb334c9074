"""`python -m backoffice users ...` and `settings ...`: people and settings, on the server.

    users add USER --name N --role R [--branch B] | passwd USER | disable USER | enable USER
          | list [--json] | history [USER] [--json]                  --db URL [--by WHO]
    settings set   (--bank | --branch B | --workstation W) key=value [key=value ...]
    settings unset (--bank | --branch B | --workstation W) key [key ...]
    settings show  (--bank | --branch B | --workstation W) [--merged] [--json]
    settings history [--bank | --branch B | --workstation W] [--key K] [--limit N] [--json]

A value is JSON when it parses as JSON, else text: max_payment='"500000.00"' (an amount is
text with two decimals: the shell's single quotes keep JSON's double ones),
idle_lock_seconds=300, fees='{"AES": {"percent": "0.5", "minimum": "50.00"}}',
bank_name='АО «Банк»'. A new password comes from a hidden prompt (typed twice), or from
BACKOFFICE_NEW_PASSWORD for automation. Refused input changes nothing and exits 1.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import re
import sys

log = logging.getLogger("backoffice")
PASSWORD_ENV = "BACKOFFICE_NEW_PASSWORD"
_BY = re.compile(r"[^\x00-\x1f\x7f-\x9f\ud800-\udfff]{1,100}")


# Closed when the command ends: `main` may run in a process that goes on (a test).
_engines: list = []


class Refused(ValueError):
    pass


def _engine(url: str):
    from backoffice import db
    from backoffice.migrations import migrate
    engine = db.create_engine(url, pool_size=1)
    _engines.append(engine)
    migrate(engine)
    return engine


def _by(text: str | None) -> str:
    if text is None:
        try:
            text = getpass.getuser()
        except (OSError, KeyError):
            text = f"uid {os.getuid()}"
    if not _BY.fullmatch(text):
        raise Refused("--by must be 1 to 100 characters, no control characters")
    return text


def _new_password(user_id: str) -> str:
    from backoffice.people import UserRefused, check_password
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise UserRefused(f"no password: set {PASSWORD_ENV} or run in a terminal")
    first = check_password(getpass.getpass(f"New password for {user_id} (not shown): "))
    if getpass.getpass("The same again: ") != first:
        raise UserRefused("the two passwords differ")
    return first


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=1))


def _done(what: str, done) -> None:
    if done.version is None:
        print(f"{done.user_id}: {what} already; nothing changed")
    else:
        print(f"{done.user_id}: {what} (users version {done.version})")


def _refusals(run):
    """Refused input changes nothing: said on stderr, exit 1."""
    def command(args: argparse.Namespace) -> int:
        from backoffice.people import UserRefused
        from backoffice.setting_rules import SettingRefused
        try:
            return run(args)
        except (Refused, UserRefused, SettingRefused) as exc:
            log.error("refused, nothing changed: %s", exc)
            return 1
        finally:
            for engine in _engines:
                engine.dispose()
            _engines.clear()
    return command


@_refusals
def users(args: argparse.Namespace) -> int:
    from backoffice import db, people
    from backoffice.errors import clean
    command = args.users_command
    engine = _engine(args.db)
    if command in ("list", "history"):
        with db.reading(engine) as conn:
            found = people.listing(conn) if command == "list" \
                else people.changes(conn, args.user_id)
        if args.json:
            _print_json(found)
        elif command == "list":
            for u in found:
                print(clean(f"{u['user_id']:<20} {u['role']:<10} {u['branch_id'] or '*':<10} "
                            f"{'DISABLED' if u['disabled'] else 'active':<8} v{u['version']:<5} "
                            f"{u['name']}"))
        else:
            for c in found:
                print(clean(f"v{c['version']} {c['at']} {c['by']}: {c['user_id']} "
                            + json.dumps({k: v for k, v in c.items()
                                          if k not in ("user_id", "version", "at", "by")},
                                         ensure_ascii=False, sort_keys=True)))
        return 0
    by = _by(args.by)
    if command == "add":
        people.check_user_id(args.user_id)
        people.check_name(args.name)
        people.check_branch(args.branch)
        done = people.add(engine, args.user_id, args.name, args.role, args.branch,
                          _new_password(args.user_id), by)
        _done(f"added as {args.role}" + (f" of branch {args.branch}" if args.branch else "")
              + (" (a branch new here)" if done.new_branch else ""), done)
    elif command == "passwd":
        people.check_user_id(args.user_id)
        _done("password set", people.set_password(engine, args.user_id,
                                                  _new_password(args.user_id), by))
    else:
        disabled = command == "disable"
        _done("disabled" if disabled else "enabled",
              people.set_disabled(engine, args.user_id, disabled, by))
    return 0


def _scope(args: argparse.Namespace):
    from backoffice import settings_store as st
    if args.bank:
        return st.scope_of(st.BANK)
    if args.branch:
        return st.scope_of(st.BRANCH, args.branch)
    if args.workstation:
        return st.scope_of(st.WORKSTATION, args.workstation)
    return None


@_refusals
def settings(args: argparse.Namespace) -> int:
    from backoffice import db
    from backoffice import settings_store as st
    from backoffice.errors import clean
    command = args.settings_command
    scope = _scope(args)
    engine = _engine(args.db)
    if command in ("set", "unset"):
        pairs = [st.parse_assignment(a) for a in args.pairs] if command == "set" else []
        keys = [k for k, _ in pairs] + (list(args.pairs) if command == "unset" else [])
        if len(set(keys)) != len(keys):
            twice = sorted(k for k in set(keys) if keys.count(k) > 1)
            raise Refused(f"given twice: {', '.join(twice)}")
        values = dict(pairs)
        change = st.change(engine, scope, values, list(args.pairs) if command == "unset" else [],
                           _by(args.by))
        if change.version is None:
            print(f"nothing changed: {scope} has these values already")
        else:
            print(f"settings version {change.version}: {', '.join(change.changed)} "
                  f"{'set' if command == 'set' else 'unset'} for {scope}"
                  + (" (a branch new here)" if change.new_branch else ""))
        return 0
    with db.reading(engine) as conn:
        found = st.show(conn, scope, args.merged) if command == "show" \
            else st.history(conn, scope, args.key, args.limit)
    if args.json:
        _print_json(found)
    elif command == "show":
        if not found:
            print(f"no settings for {scope}")
        for s in found:
            print(clean(f"{s['key']} = {st.encode(s['value'])}    ({s['from']}, v{s['version']}, "
                        f"{s['changed_at']} by {s['changed_by']})"))
    else:
        for h in found:
            print(clean(f"v{h['version']} {h['at']} {h['by']}: {h['scope']} {h['key']}: "
                        f"{_shown(h['old'])} -> {_shown(h['new'])}"))
    return 0


def _shown(value) -> str:
    from backoffice.settings_store import encode
    return "(not set)" if value is None else encode(value)


def _positive(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 100_000:
        raise argparse.ArgumentTypeError("a whole number from 1 to 100000")
    return int(text)


def _scope_options(p: argparse.ArgumentParser, required: bool) -> None:
    group = p.add_mutually_exclusive_group(required=required)
    group.add_argument("--bank", action="store_true", help="the bank's layer (every desk)")
    group.add_argument("--branch", metavar="B", help="a branch's layer, over the bank's")
    group.add_argument("--workstation", metavar="W", help="one desk's layer, over its branch's")


def add_parsers(sub) -> None:
    """The `users` and `settings` commands, added to the back office's parser."""
    u = sub.add_parser("users", help="the bank's people: managed here, pulled by every desk")
    usub = u.add_subparsers(dest="users_command", required=True)
    add = usub.add_parser("add", help="a new user (password from a prompt or "
                                      f"{PASSWORD_ENV})")
    add.add_argument("user_id")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=("teller", "supervisor", "admin"))
    add.add_argument("--branch", help="limit the user to this branch (default: every branch)")
    for name, text in (("passwd", "set a new password"), ("disable", "no desk lets them in"),
                       ("enable", "let them in again")):
        usub.add_parser(name, help=text).add_argument("user_id")
    listing = usub.add_parser("list", help="every user (never a password hash)")
    history = usub.add_parser("history", help="every change, with who and when")
    history.add_argument("user_id", nargs="?")
    for p in (listing, history):
        p.add_argument("--json", action="store_true")
    for p in usub.choices.values():
        p.add_argument("--db", required=True, help="postgresql://... or sqlite:///path")
        p.add_argument("--by", help="who makes the change (default: the OS user name)")
    u.set_defaults(func=users)

    s = sub.add_parser("settings", help="the bank's, a branch's or a desk's settings")
    ssub = s.add_subparsers(dest="settings_command", required=True)
    st_set = ssub.add_parser("set", help="set key=value ... (JSON, else text)")
    st_set.add_argument("pairs", nargs="+", metavar="key=value")
    st_unset = ssub.add_parser("unset", help="remove keys from a layer")
    st_unset.add_argument("pairs", nargs="+", metavar="key")
    show = ssub.add_parser("show", help="a layer's settings")
    show.add_argument("--merged", action="store_true",
                      help="what the branch's desks (or the desk) get, and from which layer")
    hist = ssub.add_parser("history", help="every change: old and new value, who and when")
    hist.add_argument("--key")
    hist.add_argument("--limit", type=_positive, default=100)
    for p in (st_set, st_unset, show):
        _scope_options(p, required=True)
    _scope_options(hist, required=False)
    for p in (show, hist):
        p.add_argument("--json", action="store_true")
    for p in ssub.choices.values():
        p.add_argument("--db", required=True, help="postgresql://... or sqlite:///path")
        p.add_argument("--by", help="who makes the change (default: the OS user name)")
    s.set_defaults(func=settings)

