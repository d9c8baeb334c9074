"""Command line of the reference SPC.

    python -m spc serve --db FILE [--host 127.0.0.1] [--port 8765] [--demo-accounts N]
                        [--port-file PATH] [--allow-remote] [--timezone Asia/Almaty]
                        [--late-days 90] [--access-log]
    python -m spc token WORKSTATION_ID --db FILE [--bank NAME] [--branch NAME]
    python -m spc advance-period ACCOUNT... --db FILE [--to YYYY-MM] [--on YYYY-MM-DD]
                        [--timezone Asia/Almaty]
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger("spc")

DEFAULT_DEMO_ACCOUNTS = 1000


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


def prepare_db(db: Path, demo_accounts: int | None) -> None:
    from spc import demo, store
    db.parent.mkdir(parents=True, exist_ok=True)
    with store.opened(db) as conn:
        store.init_schema(conn)
        seeded = store.meta_get(conn, "seeded_accounts")
        if seeded is None:
            n = DEFAULT_DEMO_ACCOUNTS if demo_accounts is None else demo_accounts
            log.info("seeding %s demo accounts into %s ...", f"{n:,}", db)
            seconds = demo.seed(conn, n)
            log.info("seeded %s accounts in %.1f s", f"{max(n, len(demo.FIXED)):,}", seconds)
        elif demo_accounts is not None and int(seeded) != max(demo_accounts, len(demo.FIXED)):
            log.info("%s already holds %s demo accounts; --demo-accounts ignored", db, seeded)


def serve(args: argparse.Namespace) -> int:
    if bool(args.tls_cert) != bool(args.tls_key):
        log.error("--tls-cert and --tls-key go together")
        return 2
    if not _is_loopback(args.host) and not args.allow_remote:
        log.error("refusing to listen on %s: not a loopback address (pass --allow-remote "
                  "to expose the demo SPC, which has no TLS, to the network)", args.host)
        return 2
    import uvicorn

    from spc.app import create_app

    try:
        ZoneInfo(args.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        log.error("unknown time zone %r (expected an IANA name like Asia/Almaty)", args.timezone)
        return 2
    db = Path(args.db)
    prepare_db(db, args.demo_accounts)
    from spc.rules import DEFAULT_LATE_DAYS
    late_days = DEFAULT_LATE_DAYS if args.late_days is None else args.late_days
    app = create_app(str(db), args.timezone, late_days=late_days)
    port_file = Path(args.port_file) if args.port_file else None

    class Server(uvicorn.Server):
        async def startup(self, sockets=None):
            await super().startup(sockets)
            if not self.started:
                return
            port = self.servers[0].sockets[0].getsockname()[1]
            scheme = "https" if args.tls_cert else "http"
            log.info("SPC listening on %s://%s:%d/ (db %s, late payments up to %d days)",
                     scheme, args.host, port, db, late_days)
            if port_file:
                # Written only now that the socket accepts connections.
                _write_atomically(port_file, f"{port}\n")

        async def shutdown(self, sockets=None):
            # Here rather than after run(): uvicorn re-raises SIGTERM once it has
            # shut down, which ends the process before any code after run().
            await super().shutdown(sockets)
            if port_file:
                port_file.unlink(missing_ok=True)
            log.info("SPC stopped")

    config = uvicorn.Config(app, host=args.host, port=args.port, log_level="warning",
                            access_log=args.access_log, server_header=False,
                            timeout_graceful_shutdown=5, lifespan="off",
                            ssl_certfile=args.tls_cert, ssl_keyfile=args.tls_key)
    Server(config).run()
    return 0


def token(args: argparse.Namespace) -> int:
    from spc.store import create_token
    print(create_token(args.db, args.workstation_id, bank=args.bank, branch=args.branch))
    return 0


def advance_period(args: argparse.Namespace) -> int:
    """An operator's month close for some accounts; tests use it to let periods move on."""
    import datetime as dt

    from spc import store
    from spc.validation import is_account, period_from_index, period_index

    try:
        on = args.on or dt.datetime.now(ZoneInfo(args.timezone)).date().isoformat()
        dt.date.fromisoformat(on)
        if args.to is not None:
            period_index(args.to)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        log.error("bad --timezone, --on or --to: %s", exc)
        return 2
    if not Path(args.db).exists():
        log.error("no database %s", args.db)
        return 2
    status = 0
    with store.opened(args.db) as conn:
        store.init_schema(conn)
        for account in args.accounts:
            try:
                if not is_account(account):
                    raise ValueError(f"{account!r} is not an account number")
                row = store.get_account(conn, account)
                to = args.to or (period_from_index(period_index(row["period"]) + 1) if row else "")
                before = store.advance_period(conn, account, to, on)
            except ValueError as exc:
                log.error("%s", exc)
                status = 1
                continue
            print(f"{account} {before} -> {to} on {on}")
    return status


def _late_days(text: str) -> int:
    from spc.rules import MAX_LATE_DAYS
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of days: {text!r}") from None
    if not 1 <= value <= MAX_LATE_DAYS:
        raise argparse.ArgumentTypeError(f"must be 1 to {MAX_LATE_DAYS} days")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spc", description="Reference SPC server")
    sub = parser.add_subparsers(dest="command", required=True)

    s = sub.add_parser("serve", help="run the SPC (creates and seeds the database if new)")
    s.add_argument("--db", required=True, help="SQLite database file")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    s.add_argument("--demo-accounts", type=int, default=None, metavar="N",
                   help=f"accounts to seed a new database with (default {DEFAULT_DEMO_ACCOUNTS})")
    s.add_argument("--port-file", help="write the bound port here once listening")
    s.add_argument("--allow-remote", action="store_true",
                   help="allow a non-loopback --host")
    s.add_argument("--timezone", default="Asia/Almaty",
                   help="the SPC's time zone: business dates and cancel rules")
    s.add_argument("--late-days", type=_late_days, default=None, metavar="DAYS",
                   help="a payment, or its cancel, still accepted this many days after its "
                        "business date (a desk's queue through an outage); older ones are "
                        "refused with period_closed / cancel_not_allowed (default 90)")
    s.add_argument("--access-log", action="store_true", help="log every request")
    s.add_argument("--tls-cert", default=None, metavar="PEM",
                   help="serve HTTPS with this certificate (chain) file; needs --tls-key")
    s.add_argument("--tls-key", default=None, metavar="PEM", help="the certificate's private key")
    s.set_defaults(func=serve)

    t = sub.add_parser("token", help="print a new bearer token for a workstation")
    t.add_argument("workstation_id")
    t.add_argument("--db", required=True)
    t.add_argument("--bank", default="Демо-банк")
    t.add_argument("--branch", default=None, help="default: the workstation id without its last part")
    t.set_defaults(func=token)

    a = sub.add_parser("advance-period",
                       help="make the next billing period current for accounts (month close)")
    a.add_argument("accounts", nargs="+", metavar="ACCOUNT")
    a.add_argument("--db", required=True)
    a.add_argument("--to", default=None, metavar="YYYY-MM",
                   help="the new period (default: the one after each account's current period)")
    a.add_argument("--on", default=None, metavar="YYYY-MM-DD",
                   help="the business date it became current (default: today in --timezone)")
    a.add_argument("--timezone", default="Asia/Almaty")
    a.set_defaults(func=advance_period)

    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s spc %(levelname)s %(message)s", datefmt="%H:%M:%S")
    if getattr(args, "demo_accounts", None) is not None and args.demo_accounts < 0:
        parser.error("--demo-accounts must not be negative")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
