"""What every command group shares: exit codes, who is at the keyboard, the JSON it prints."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import date

from cashier.errors import CashierError, ValidationError
from cashier.identity import users

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_WAITING = 2  # `sync --once` left payments waiting
EXIT_USAGE = 64


def pairs(values: list[str], what: str) -> dict[str, str]:
    result: dict[str, str] = {}
    for item in values or []:
        code, sep, value = item.partition("=")
        if not sep or not code.strip():
            raise CashierError("usage", f"--{what} takes CODE=VALUE, got {item!r}", what)
        code = code.strip().upper()
        if code in result:  # which of the two was meant? refuse rather than guess
            raise ValidationError(f"{what}_repeated",
                                  f"--{what} {code} is given twice ({result[code]!r} and "
                                  f"{value.strip()!r}); give each service once.",
                                  f"{what}:{code}", {"service": code})
        result[code] = value.strip()
    return result


def password(prompt: str, env_name: str) -> str:
    if os.environ.get(env_name):
        return os.environ[env_name]
    if not sys.stdin.isatty():
        raise CashierError("password_required", f"No password: set {env_name} or run in a terminal.")
    return getpass.getpass(prompt)


def signed_in(ws, args):
    """The person at the keyboard, checked against their password (and audited)."""
    user_id = getattr(args, "actor", None) or os.environ.get("CASHIER_USER")
    if not user_id:
        raise CashierError("usage", "Say who you are: --as USER or CASHIER_USER.", "actor")
    user = users.authenticate(ws.conn, ws.now(), user_id,
                              password(f"Password for {user_id}: ", "CASHIER_PASSWORD"))
    ws.operator = user.user_id
    return user


def business_day_arg(ws, args) -> date:
    """--date YYYY-MM-DD, or the desk's current business day."""
    from cashier import days
    if not getattr(args, "date", None):
        return days.business_date(ws)
    try:
        return date.fromisoformat(args.date)
    except ValueError as exc:
        raise ValidationError("date_invalid", f"--date takes a date as YYYY-MM-DD, got "
                              f"{args.date!r}.", "date") from exc


def run_until_signalled(worker) -> None:
    """Run a background worker (the SPC sender, the back office replicator) in the
    foreground until SIGINT or SIGTERM; it stops between passes, never half-way through
    a write (a SIGKILL may come at any moment: what was committed stays, the rest is
    sent again)."""
    import signal
    import threading
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    worker.start()
    stop.wait()
    worker.stop()


def print_line(obj: dict) -> None:
    """One JSON line with the time, flushed (`sync -v`: one per pass)."""
    from datetime import datetime
    print(json.dumps({"at": datetime.now().astimezone().isoformat(timespec="seconds"), **obj},
                     ensure_ascii=False), flush=True)


def emit(obj: dict) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=None))


def actor_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    """--as USER, before or after the subcommand: on a subcommand it is SUPPRESSed when not
    given, so it never overwrites the value given before the subcommand."""
    parser.add_argument("--as", dest="actor", default=None if top else argparse.SUPPRESS,
                        help="your user id (or CASHIER_USER); the password from a prompt or "
                        "CASHIER_PASSWORD")


def fail(exc: CashierError) -> int:
    """The error as one JSON object on stderr (every field error listed), and the exit status."""
    errors = getattr(exc, "errors", None) or [exc]
    print(json.dumps({"error": {"code": exc.code, "message": exc.message, "field": exc.field},
                      "errors": [{"code": e.code, "message": e.message, "field": e.field}
                                 for e in errors]}, ensure_ascii=False), file=sys.stderr)
    return EXIT_USAGE if exc.code == "usage" else EXIT_ERROR
