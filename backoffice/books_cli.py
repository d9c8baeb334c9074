"""`python -m backoffice postings`: the bank's books for a day, on the server.

    postings --date YYYY-MM-DD|today [--branch B] [--format json|csv] --db URL

The same postings GET /v1/postings answers (postings.py), to standard output: every
branch of the bank when no --branch is given. `today` is the server's calendar date.
A branch with something to post and no chart of accounts is refused (exit 1) with the
command that sets one; nothing is printed then.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys

log = logging.getLogger("backoffice")


def postings(args: argparse.Namespace) -> int:
    from backoffice import db
    from backoffice import postings as books
    from backoffice.errors import ApiError, clean
    from backoffice.migrations import migrate
    from backoffice.schema import branches
    from backoffice.validation import date

    day = dt.date.today().isoformat() if args.date == "today" else args.date
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
    p.add_argument("--db", required=True, help="postgresql://... or sqlite:///path")
    p.set_defaults(func=postings)
