"""`python -m backoffice aml`: the bank's AML register for a day, on the server.

    aml --date YYYY-MM-DD|today [--branch B] [--timezone TZ] --db URL

Every identified payment, structuring flag and sanctions match of every desk of the bank
(or of one branch), from the journal alone (aml.py), as CSV on standard output with the
columns of a desk's `cashier aml report` (`;`-separated, UTF-8 with BOM). `today` is the
calendar date where the desks are (--timezone, Asia/Almaty by default), as for postings.

It holds whole IINs and identity documents: it is printed here, on the server, and never
answered over HTTP (docs/backoffice-extensions.md). What is logged says how many rows,
never whose.
"""

from __future__ import annotations

import argparse
import logging

from backoffice.day_cli import add_day_options, run_day_report

log = logging.getLogger("backoffice")


def aml_register(args: argparse.Namespace) -> int:
    from backoffice import aml

    def report(engine, day: str, branch: str | None) -> bytes:
        rows = aml.register(engine, day, branch)
        log.info("AML register of %s (%s): %d rows", day,
                 f"branch {branch}" if branch else "every branch", len(rows))
        return aml.as_csv(rows)
    return run_day_report(args, report)


def add_parsers(sub) -> None:
    p = sub.add_parser("aml", help="the day's AML register of every desk (identified payments, "
                                   "structuring, sanctions matches) as CSV: personal data, "
                                   "printed on the server only")
    add_day_options(p)
    p.set_defaults(func=aml_register)
