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
import datetime as dt
import logging
import sys
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger("backoffice")


def aml_register(args: argparse.Namespace) -> int:
    from backoffice import aml, db
    from backoffice.errors import ApiError, clean
    from backoffice.migrations import migrate
    from backoffice.schema import branches
    from backoffice.validation import date

    try:
        zone = ZoneInfo(args.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        log.error("--timezone: %s is not a time zone name like Asia/Almaty", clean(args.timezone))
        return 2
    day = dt.datetime.now(zone).date().isoformat() if args.date == "today" else args.date
    engine = db.create_engine(args.db, pool_size=1)
    try:
        day = date(day, "--date")
        migrate(engine)
        if args.branch is not None:
            with db.reading(engine) as conn:
                known = conn.execute(branches.select().where(
                    branches.c.branch_id == args.branch)).first()
            if known is None:
                log.error("--branch: no branch %s in this back office", clean(args.branch))
                return 1
        rows = aml.register(engine, day, args.branch)
    except ApiError as exc:
        log.error("%s%s", f"{exc.field}: " if exc.field else "", exc.message)
        return 2 if exc.status == 400 else 1
    finally:
        engine.dispose()
    sys.stdout.buffer.write(aml.as_csv(rows))
    sys.stdout.flush()
    log.info("AML register of %s (%s): %d rows", day,
             f"branch {args.branch}" if args.branch else "every branch", len(rows))
    return 0


def add_parsers(sub) -> None:
    p = sub.add_parser("aml", help="the day's AML register of every desk (identified payments, "
                                   "structuring, sanctions matches) as CSV: personal data, "
                                   "printed on the server only")
    p.add_argument("--date", required=True, help="the business date, YYYY-MM-DD, or today")
    p.add_argument("--branch", default=None, help="one branch (default: every branch)")
    p.add_argument("--timezone", default="Asia/Almaty",
                   help="where the desks are, for --date today (default Asia/Almaty)")
    p.add_argument("--db", required=True, help="postgresql://... or sqlite:///path")
    p.set_defaults(func=aml_register)
