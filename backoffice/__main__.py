"""Command line of the back office.

    python -m backoffice serve --db URL [--host 127.0.0.1] [--port 0] [--port-file FILE]
                               [--workers 1] [--allow-remote] [--access-log]
    python -m backoffice token WORKSTATION_ID --branch BRANCH_ID --db URL
    python -m backoffice alarms --db URL [--json] [--all] | --ack ID --by NAME
    python -m backoffice migrate --db URL
    python -m backoffice postings --date D [--branch B] [--format json|csv] --db URL  (books_cli.py)
    python -m backoffice aml --date D [--branch B] [--timezone TZ] --db URL       (aml_cli.py)
    python -m backoffice users add|passwd|disable|enable|list|history ... --db URL
    python -m backoffice settings set|unset|show|history ... --db URL     (central_cli.py)

URL: postgresql://user@host/dbname (psycopg 3) or sqlite:///path/to/file.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import logging
import os
import sys
import tempfile
from pathlib import Path

log = logging.getLogger("backoffice")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _write_atomically(path: Path, text: str) -> None:
    # A launcher polls for this file: it must never see it half-written.
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "w") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _engine(url: str):
    from backoffice import db
    from backoffice.migrations import migrate
    engine = db.create_engine(url)
    migrate(engine)
    return engine


def _workers(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= 64:
        raise argparse.ArgumentTypeError("must be 1 to 64")
    return value


def serve(args: argparse.Namespace) -> int:
    if bool(args.tls_cert) != bool(args.tls_key):
        log.error("--tls-cert and --tls-key go together")
        return 2
    if not _is_loopback(args.host) and not args.allow_remote:
        log.error("refusing to listen on %s: not a loopback address (pass --allow-remote, "
                  "and --tls-cert/--tls-key, to serve desks over the network)", args.host)
        return 2
    from backoffice import db, serving

    _engine(args.db).dispose()          # the schema brought up to date once, before any worker
    port_file = Path(args.port_file) if args.port_file else None
    where = db.shown(db.parse_url(args.db))
    scheme = "https" if args.tls_cert else "http"

    def announce(port: int) -> None:
        log.info("back office listening on %s://%s:%d/ (db %s, %d worker%s)", scheme,
                 args.host, port, where, args.workers, "" if args.workers == 1 else "s")
        print(port, flush=True)
        if port_file:
            # Written only now that the socket accepts connections.
            _write_atomically(port_file, f"{port}\n")

    def done() -> None:
        if port_file:
            port_file.unlink(missing_ok=True)
        log.info("back office stopped")

    if args.workers == 1:
        serving.run_single(args, announce, done)
        return 0
    return serving.run_forked(args, announce, done)


def token(args: argparse.Namespace) -> int:
    from backoffice.tokens import TokenRefused, create_token
    try:
        print(create_token(_engine(args.db), args.workstation_id, args.branch))
    except TokenRefused as exc:
        log.error("%s", exc)
        return 1
    return 0


def list_alarms(args: argparse.Namespace) -> int:
    from backoffice import alarms, clock, db
    from backoffice.errors import clean
    from backoffice.validation import is_ident
    engine = _engine(args.db)
    if args.ack is not None:
        # Seen and dealt with: it leaves the branch view; the record stays, with who and when.
        if not args.by or not is_ident(args.by):
            log.error("--ack needs --by NAME: who dealt with the alarm")
            return 2
        with db.writing(engine) as conn:
            done = alarms.acknowledge(conn, args.ack, args.by, clock.stamp())
        if not done:
            log.error("no open alarm #%d", args.ack)
            return 1
        print(f"alarm #{args.ack} acknowledged by {args.by}")
        return 0
    with db.reading(engine) as conn:
        found = alarms.listing(conn, include_acknowledged=args.all)
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    if not found:
        print("no alarms" if args.all else "no open alarms")
    for a in found:
        # A desk wrote part of what is shown: never let it reach the terminal raw.
        state = f"acknowledged by {a['acknowledged_by']}" if a["acknowledged_at"] else "OPEN"
        print(clean(f"#{a['alarm_id']} {a['last_at']} {a['branch_id']}/{a['workstation_id']} "
                    f"{a['code']} seq={a['seq']} x{a['count']} {state}: {a['message']}"))
    return 0


def migrate(args: argparse.Namespace) -> int:
    from backoffice import db
    from backoffice.migrations import migrate as run
    print(f"schema version {run(db.create_engine(args.db))}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m backoffice",
                                     description="The bank's back office server")
    sub = parser.add_subparsers(dest="command", required=True)

    s = sub.add_parser("serve", help="run the server (creates or upgrades the schema first)")
    s.add_argument("--db", required=True, help="postgresql://... or sqlite:///path")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=0, help="0 (the default) picks a free port")
    s.add_argument("--port-file", help="write the bound port here once listening")
    s.add_argument("--allow-remote", action="store_true", help="allow a non-loopback --host")
    s.add_argument("--workers", type=_workers, default=1, metavar="N",
                   help="server processes sharing the port (default 1): a request's work is "
                        "mostly Python, one core per process")
    s.add_argument("--access-log", action="store_true", help="log every request")
    s.add_argument("--tls-cert", default=None, metavar="PEM",
                   help="serve HTTPS with this certificate (chain) file; needs --tls-key")
    s.add_argument("--tls-key", default=None, metavar="PEM", help="the certificate's private key")
    s.set_defaults(func=serve)

    t = sub.add_parser("token", help="print a new bearer token for a workstation (registering "
                                     "it and its branch if new); only its SHA-256 is stored")
    t.add_argument("workstation_id")
    t.add_argument("--branch", required=True, help="the branch the workstation belongs to")
    t.add_argument("--db", required=True)
    t.set_defaults(func=token)

    a = sub.add_parser("alarms", help="list the alarms of every desk (refused chains, "
                                      "sanctions matches)")
    a.add_argument("--db", required=True)
    a.add_argument("--json", action="store_true", help="as JSON")
    a.add_argument("--all", action="store_true", help="acknowledged ones too")
    a.add_argument("--ack", type=int, default=None, metavar="ID",
                   help="acknowledge alarm ID (it leaves the branch view); needs --by")
    a.add_argument("--by", default=None, metavar="NAME", help="who acknowledges it")
    a.set_defaults(func=list_alarms)

    m = sub.add_parser("migrate", help="create or upgrade the schema, and say its version")
    m.add_argument("--db", required=True)
    m.set_defaults(func=migrate)

    from backoffice import central_cli
    central_cli.add_parsers(sub)
    from backoffice import books_cli
    books_cli.add_parsers(sub)
    from backoffice import aml_cli
    aml_cli.add_parsers(sub)

    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s backoffice %(levelname)s %(message)s",
                        datefmt="%H:%M:%S")
    from backoffice.db import BadUrl
    try:
        return args.func(args)
    except BadUrl as exc:
        log.error("--db: %s", exc)
        return 2


if __name__ == "__main__":
    sys.exit(main())
