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
import datetime as dt
import logging
import sys
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger("backoffice")


def postings(args: argparse.Namespace) -> int:
    from backoffice import db
    from backoffice import postings as books
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
        rows = books.for_day(engine, day, args.branch)
    except ApiError as exc:
        log.error("%s%s", f"{exc.field}: " if exc.field else "", exc.message)
        return 2 if exc.status == 400 else 1
    finally:
        engine.dispose()
    out = books.as_csv(rows) if args.format == "csv" else \
        books.as_json(rows, day, args.branch) + b"\n"
    sys.stdout.buffer.write(out)
    sys.stdout.flush()
    return 0


def add_parsers(sub) -> None:
    p = sub.add_parser("postings", help="the day's postings for the bank's ledger (double "
                                        "entry, from the journal), as JSON or CSV")
    p.add_argument("--date", required=True, help="the business date, YYYY-MM-DD, or today")
    p.add_argument("--branch", default=None, help="one branch (default: every branch)")
    p.add_argument("--format", choices=("json", "csv"), default="json",
                   help="json (default) or csv (;-separated, UTF-8 with BOM)")
    p.add_argument("--timezone", default="Asia/Almaty",
                   help="where the desks are, for --date today (default Asia/Almaty)")
    p.add_argument("--db", required=True, help="postgresql://... or sqlite:///path")
    p.set_defaults(func=postings)
