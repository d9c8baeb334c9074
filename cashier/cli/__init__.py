"""The `cashier` command: the same use cases the window calls, for scripts and for IT.

Every command prints one JSON object on stdout when asked for machine output, and errors
as `{"error": {"code", "message", "field"}}` with a non-zero exit. One module per command
group, each with its `register(subparsers)`; common.py holds what they share.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys

from cashier import config as config_mod
from cashier.cli import admin, aml, backoffice, day, pay, queue, receipts, session
from cashier.cli.common import fail
from cashier.documents import receipts_owed
from cashier.errors import CashierError
from cashier.storage.disk import storage_error
from cashier.workstation import open_workstation


class _Parser(argparse.ArgumentParser):
    """A wrong argument is the same one JSON error on stderr as every other (code "usage",
    the usage line in its message, exit EXIT_USAGE): a script reads it like the rest."""

    def error(self, message: str):
        usage = " ".join(self.format_usage().split())
        sys.exit(fail(CashierError("usage", f"{self.prog}: {message} ({usage})")))


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="cashier", description="Cashier workstation command line")
    sub = p.add_subparsers(dest="command", required=True)
    for group in (pay, queue, receipts, admin, session, day, backoffice, aml):
        group.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except BrokenPipeError:
        # The reader went away (`cashier status --json | head`): nothing is lost, and no
        # traceback; stdout is pointed at /dev/null so the exit's flush does not fail again.
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _run(args) -> int:
    try:
        if getattr(args, "needs_ws", True) is False:
            return args.func(config_mod.load(), args)
        with open_workstation() as ws:
            if getattr(args, "makes_owed_receipts", False):
                args.owed_report = _make_owed_receipts(ws)
            return args.func(ws, args)
    except (OSError, sqlite3.Error) as exc:
        problem = storage_error(exc)  # a full or failing disk anywhere: words, not a traceback
        if problem is None:
            raise
        return fail(problem)
    except CashierError as exc:
        return fail(exc)


def _make_owed_receipts(ws):
    """Receipts a killed process or a full disk left unmade, made before anything else."""
    report = receipts_owed.make_owed(ws)
    if report.made:
        print(f"note: receipts not made yet (by an earlier run, or one still at work) were made: "
              f"{', '.join(report.made)}",
              file=sys.stderr)
    if report.failed:
        print(f"warning: {len(report.failed)} receipt(s) are still owed and could not be made: "
              f"{report.failed[0].error_code} {report.failed[0].error} (`cashier status` lists "
              "them)", file=sys.stderr)
    return report


if __name__ == "__main__":
    sys.exit(main())
