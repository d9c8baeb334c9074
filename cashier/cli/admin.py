"""IT's commands: `cashier users`, `token`, `audit verify`, `cache`."""

from __future__ import annotations

import getpass
import os
import sys

from cashier.cli.common import EXIT_ERROR, EXIT_OK, actor_option, emit, password, signed_in
from cashier.errors import CashierError

TOKEN_ACTIONS = ("set", "status", "delete")


def cmd_users(ws, args) -> int:
    from cashier.identity import users
    conn, now = ws.conn, ws.now()
    if args.users_command == "list":
        emit({"users": [u.__dict__ for u in users.list_users(conn)]})
        return EXIT_OK
    from cashier.identity.central_users import require_local_people
    require_local_people(ws.config)
    first = args.users_command == "add" and users.count(conn) == 0
    actor = None if first else signed_in(ws, args)
    if args.users_command == "add":
        new_password = password(f"New password for {args.user_id}: ", "CASHIER_NEW_PASSWORD")
        user = users.add(conn, now, actor, args.user_id, args.name, args.role, new_password)
        emit({"added": user.__dict__})
    elif args.users_command == "passwd":
        users.set_password(conn, now, actor, args.user_id,
                           password(f"New password for {args.user_id}: ", "CASHIER_NEW_PASSWORD"))
        emit({"password_set": args.user_id})
    else:
        users.set_disabled(conn, now, actor, args.user_id, args.users_command == "disable")
        emit({args.users_command + "d": args.user_id})
    return EXIT_OK


def cmd_token(ws_config, args) -> int:
    """`token set` (a hidden prompt, or standard input), `token status`, `token delete`.

    The token is never printed, logged or echoed. The older forms still work:
    `token -` reads it from standard input, `token TOKEN` takes it from the command
    line (visible to other users in the process list, so it says so on stderr).
    """
    from cashier.adapters import credentials
    ws_id = ws_config.workstation_id
    which = credentials.BACKOFFICE if getattr(args, "backoffice", False) else credentials.SPC
    which = credentials.SMTP if getattr(args, "smtp", False) else which
    what = {credentials.BACKOFFICE: "back office token", credentials.SMTP:
            "mail server (SMTP) password"}.get(which, "SPC token")
    env_name = credentials.token_env(which)
    action, value = args.action, args.value
    if action not in TOKEN_ACTIONS:  # `token -` or `token TOKEN`
        action, value = "set", action
    elif action != "set" and value is not None:
        raise CashierError("usage", f"`token {action}` takes no argument")
    if action == "status":
        status = credentials.token_status(ws_id, config=ws_config, which=which)
        emit(status)
        return EXIT_OK if status["present"] else EXIT_ERROR
    if action == "delete":
        deleted, place = credentials.delete_token(ws_id, config=ws_config, which=which)
        emit({"deleted": deleted, "workstation_id": ws_id, **place.to_json()})
        return EXIT_OK
    if value is not None and value != "-" and which == credentials.SMTP:
        raise CashierError("usage", "The mail server's password is never taken from the command "
                           "line: run `cashier token set --smtp` and type it at the prompt (or "
                           "give it on standard input).")
    if value is not None and value != "-":
        print("note: a token given on the command line can be seen by other users (the process "
              "list, shell history); next time run `cashier token set` and paste it at the prompt.",
              file=sys.stderr)
        token = value
    elif value is None and sys.stdin.isatty():
        token = getpass.getpass(f"{what} for this workstation (not shown): ")
    else:
        token = sys.stdin.readline()
    place = credentials.set_token(ws_id, token, config=ws_config, which=which)
    out = {"stored": True, "workstation_id": ws_id, "for": which, **place.to_json()}
    if os.environ.get(env_name):
        out["note"] = (f"{env_name} is set in this environment and overrides the "
                       "stored token while it is")
    emit(out)
    return EXIT_OK


def cmd_audit(ws, args) -> int:
    from cashier.identity import audit_check
    report = audit_check.verify_journal(ws.conn)
    if ws.config.backoffice_url:
        # Deleting the newest rows, or recomputing the whole chain after an edit, leaves a
        # chain that checks out here: only the back office's copy can tell.
        from cashier.sync import replicator
        try:
            report["backoffice"] = replicator.check_anchor(ws)
        except CashierError as exc:
            report["backoffice_unchecked"] = {"code": exc.code, "message": exc.message}
        report["intact"] = report["intact"] and not report.get("backoffice")
    emit(report)
    return EXIT_OK if report["intact"] and report["consistent"] else EXIT_ERROR


def cmd_cache(ws, args) -> int:
    """`cache refresh [--full]`: one run of the offline account cache; `cache status`."""
    from cashier.accounts import cache as account_cache
    from cashier.accounts import snapshot as cache_refresh
    if args.cache_command == "status":
        emit(account_cache.cache_info(ws))
        return EXIT_OK
    report = cache_refresh.refresh(ws, full=args.full, page_limit=args.page_limit,
                                   max_pages=args.max_pages)
    emit({**report.to_json(), "cache": account_cache.cache_info(ws)})
    return EXIT_OK if report.error is None else EXIT_ERROR


def register(sub) -> None:
    u = sub.add_parser("users", help="people who may use this workstation (an administrator's job)")
    u.add_argument("--as", dest="actor", help="your user id (CASHIER_USER); password from a prompt "
                   "or CASHIER_PASSWORD")
    usub = u.add_subparsers(dest="users_command", required=True)
    ua = usub.add_parser("add", help="add a user; the very first user must be an admin")
    ua.add_argument("user_id")
    ua.add_argument("--name", required=True)
    ua.add_argument("--role", required=True, choices=("teller", "supervisor", "admin"))
    up = usub.add_parser("passwd", help="set a password (your own, or anyone's as an admin)")
    up.add_argument("user_id")
    ud = usub.add_parser("disable", help="stop a user from signing in")
    ud.add_argument("user_id")
    ue = usub.add_parser("enable", help="let a disabled user sign in again")
    ue.add_argument("user_id")
    usub.add_parser("list", help="list users as JSON")
    for parser in (ua, up, ud, ue):
        actor_option(parser)
    u.set_defaults(func=cmd_users)

    t = sub.add_parser("token", help="the SPC token in the OS keyring: `token set` (from a hidden "
                       "prompt, or standard input), `token status` (where it is, never what), "
                       "`token delete`")
    t.add_argument("action", nargs="?", default="status", metavar="set|status|delete",
                   help="default: status (exit 1 when there is no token). Older forms: "
                   "`token -` = `token set -`; `token TOKEN` still works but shows the token to ps")
    t.add_argument("value", nargs="?", help="with set: - to read the token from standard input "
                   "(also the default when standard input is not a terminal)")
    t.add_argument("--backoffice", action="store_true", help="the bank back office's token "
                   "instead of the SPC's (CASHIER_BACKOFFICE_TOKEN overrides it)")
    t.add_argument("--smtp", action="store_true", help="the mail server's password for e-mailed "
                   "receipts (smtp_user's; never kept in a file; CASHIER_SMTP_PASSWORD overrides it)")
    t.set_defaults(func=cmd_token, needs_ws=False)

    a = sub.add_parser("audit", help="the hash-chained audit log")
    asub = a.add_subparsers(dest="audit_command", required=True)
    asub.add_parser("verify", help="find edited, deleted or inserted rows; exit 0 only when intact")
    a.set_defaults(func=cmd_audit)

    c = sub.add_parser("cache", help="the offline account cache (the SPC's snapshot)")
    csub = c.add_subparsers(dest="cache_command", required=True)
    cr = csub.add_parser("refresh", help="download what changed (everything the first time); "
                         "an interrupted download continues where it stopped")
    cr.add_argument("--full", action="store_true", help="download every account again")
    cr.add_argument("--page-limit", type=int, default=5000, help="accounts per page (1 to 5000)")
    cr.add_argument("--max-pages", type=int, default=None, help="stop after this many pages")
    csub.add_parser("status", help="the cache's size and age as JSON")
    c.set_defaults(func=cmd_cache)
