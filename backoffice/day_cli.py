"""What the day's server commands share (`postings`, `aml`): --date D|today in the desks'
time zone, an optional --branch that must exist, the database migrated, refusals as one
line naming the option with exit 2 (bad input) or 1 (nothing to give), and nothing on
standard output unless the whole answer is there."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger("backoffice")

# (engine, ISO day, branch or None) -> the bytes to print
Report = Callable[[object, str, "str | None"], bytes]


def run_day_report(args: argparse.Namespace, report: Report) -> int:
    from backoffice import db
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
        out = report(engine, day, args.branch)
    except ApiError as exc:
        log.error("%s%s", f"{exc.field}: " if exc.field else "", exc.message)
        return 2 if exc.status == 400 else 1
    finally:
        engine.dispose()
    sys.stdout.buffer.write(out)
    sys.stdout.flush()
    return 0


def add_day_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--date", required=True, help="the business date, YYYY-MM-DD, or today")
    p.add_argument("--branch", default=None, help="one branch (default: every branch)")
    p.add_argument("--timezone", default="Asia/Almaty",
                   help="where the desks are, for --date today (default Asia/Almaty)")
    p.add_argument("--db", required=True, help="postgresql://... or sqlite:///path")
