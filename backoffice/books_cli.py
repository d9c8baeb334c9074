"""`python -m backoffice postings`: the bank's books for a day, on the server.

    postings --date YYYY-MM-DD|today [--branch B] [--format json|csv] [--timezone TZ] --db URL

The same postings GET /v1/postings answers (postings.py), to standard output: every
branch of the bank when no --branch is given. `today` is the calendar date where the desks
are (--timezone, Asia/Almaty by default, as a desk's `timezone`): a server kept on UTC
would otherwise ask for yesterday's books every evening after 19:00 in Almaty.
A branch with something to post and no chart of accounts is refused (exit 1) with the
command that sets one; nothing is printed then.
"""

from __future__ import annotations

import argparse
import logging

from backoffice.day_cli import add_day_options, run_day_report

log = logging.getLogger("backoffice")


def postings(args: argparse.Namespace) -> int:
    from backoffice import postings as books

    def report(engine, day: str, branch: str | None) -> bytes:
        rows = books.for_day(engine, day, branch)
        return books.as_csv(rows) if args.format == "csv" else \
            books.as_json(rows, day, branch) + b"\n"
    return run_day_report(args, report)


def add_parsers(sub) -> None:
    p = sub.add_parser("postings", help="the day's postings for the bank's ledger (double "
                                        "entry, from the journal), as JSON or CSV")
    p.add_argument("--format", choices=("json", "csv"), default="json",
                   help="json (default) or csv (;-separated, UTF-8 with BOM)")
    add_day_options(p)
    p.set_defaults(func=postings)
