"""`cashier aml report --date D [--out FILE] --as USER`: the day's AML register (identified
operations, structuring flags, screening hits) as CSV for the bank's compliance unit."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from cashier import days
from cashier.cli.common import EXIT_OK, signed_in
from cashier.controls import aml_report
from cashier.errors import ValidationError
from cashier.storage.fileio import atomic_write_bytes


def _day(ws, text: str | None) -> date:
    if not text or text == "today":
        return days.business_date(ws)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("date_invalid", f"--date is YYYY-MM-DD or today; got {text!r}.",
                              "date") from None


def cmd_report(ws, args) -> int:
    reader = signed_in(ws, args)
    data = aml_report.report(ws, reader, _day(ws, args.date))
    if args.out:
        path = atomic_write_bytes(Path(args.out), data)
        path.chmod(0o600)   # whole IINs and documents: for its reader only
        print(str(path))
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK


def register(sub) -> None:
    aml = sub.add_parser("aml", help="the AML register for the bank's compliance unit")
    inner = aml.add_subparsers(dest="aml_command", required=True)
    r = inner.add_parser("report", help="a business day's identified operations, structuring "
                                        "flags and screening hits, as CSV (; and a BOM)")
    r.add_argument("--date", help="YYYY-MM-DD (default: the current business day)")
    r.add_argument("--out", help="write it to this file (mode 0600) instead of standard output")
    r.add_argument("--as", dest="actor", help="a supervisor's user id (CASHIER_USER); password "
                   "from a prompt or CASHIER_PASSWORD")
    r.set_defaults(func=cmd_report)
