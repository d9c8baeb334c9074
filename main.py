"""Start the teller's desk.

    python main.py                      the window for the configured workstation
    python main.py --demo               start the reference SPC in the background, then the window
    python main.py --demo --account 1002003001 --screenshot /tmp/desk.png
                                        load an account, save a PNG of the window, exit
    python main.py --demo --offline --account 1002003005 --tendered 20000 --accept \
                   --open queue --screenshot /tmp/queue.png
                                        a scripted scenario (see --help), then the PNG

The demo launcher lives in ui/demo.py, the screenshot logic in ui/screenshot.py.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py", description="Cashier workstation: the teller's desk")
    parser.add_argument("--demo", action="store_true",
                        help="start the reference SPC with demo data and connect to it")
    parser.add_argument("--account", metavar="N", help="look this account up once the window is open")
    parser.add_argument("--screenshot", metavar="PATH",
                        help="when the window is ready, save it as PNG to PATH and exit")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds --screenshot waits for the window to settle (default 60)")
    parser.add_argument("--language", choices=("ru", "kk", "en"),
                        help="override the configured language")
    parser.add_argument("--size", metavar="WxH", default=None,
                        help="window size, e.g. 1600x1000 (default: maximized; 1440x900 for screenshots)")
    shot = parser.add_argument_group("screenshot scenario (with --screenshot and --account)")
    shot.add_argument("--amount", action="append", default=[], metavar="CODE=TEXT",
                      help="type TEXT as the amount to pay for service CODE")
    shot.add_argument("--reading", action="append", default=[], metavar="CODE=TEXT",
                      help="type TEXT as the current meter reading for service CODE")
    shot.add_argument("--tendered", metavar="TEXT", help="type TEXT as the cash received")
    shot.add_argument("--accept", action="store_true", help="then press Accept (F9)")
    shot.add_argument("--offline", action="store_true",
                      help="(with --demo) once the offline account copy is filled, stop the SPC, "
                           "then look the account up")
    shot.add_argument("--seed-refused", action="store_true",
                      help="(with --demo and --account) first make two payments whose second meter "
                           "reading is below the first, so the SPC refuses one")
    shot.add_argument("--open", choices=("queue", "search", "settings", "drawer", "void", "lock",
                                          "dayclose", "branch", "branchclose", "signin"),
                      help="at the end open the queue panel (F6), the address search (F3), the "
                           "settings (F10), the cash session (F11), the void dialog (F8), close the "
                           "day (F12), lock the desk (Ctrl+L), or stay on the sign-in screen (signin)")
    shot.add_argument("--search", metavar="TEXT", help="with --open search: type TEXT and search")
    parser.add_argument("--as", dest="as_user", metavar="USER",
                        help="sign in as USER at start (password from CASHIER_PASSWORD; in the demo "
                             "the demo user's password); with --screenshot in the demo: t.demo")
    parser.add_argument("--exit-when-ready", action="store_true",
                        help="(benchmarks) print READY once the window is exposed and the account "
                             "field has the focus, then close")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.screenshot:
        os.environ.setdefault("CASHIER_FAIL_FAST", "1")

    from cashier import config as config_mod
    from cashier.errors import CashierError

    server = None
    demo_accounts: list[str] = []
    try:
        if args.demo:
            from ui.demo import demo_accounts as list_demo_accounts
            from ui.demo import start_demo
            server = start_demo()
            demo_accounts = list_demo_accounts()
        cfg = config_mod.load()
        if args.language:
            cfg.language = args.language
    except CashierError as exc:
        if server is not None:
            server.stop()
        # A teller starts the desk from an icon and sees no terminal: a broken config.toml
        # must be a message box, in the language asked for if the file cannot say which.
        from ui.app import create_app
        app = create_app(sys.argv[:1], language=_language_without_config(args))
        return _fatal(app, exc, bool(args.screenshot))

    from PySide6.QtCore import QTimer

    from ui.app import create_app
    app = create_app(sys.argv[:1], language=cfg.language)

    # Ctrl+C and SIGTERM close the window cleanly (the demo server stops with us).
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    tick = QTimer()
    tick.start(250)  # give Python a chance to run its signal handlers
    tick.timeout.connect(lambda: None)

    ws = None
    try:
        from cashier.workstation import open_workstation
        from ui.desk.window import DeskWindow
        try:
            ws = open_workstation(cfg)
        except CashierError as exc:
            return _fatal(app, exc, bool(args.screenshot))
        try:
            user, hint, sign_in_as = _who_signs_in(ws, args)
        except CashierError as exc:
            return _fatal(app, exc, bool(args.screenshot))
        _forget_environment_secrets(ws)
        window = DeskWindow(ws, demo_accounts=demo_accounts, user=user, sign_in_hint=hint,
                            sign_in_as=sign_in_as)
        if args.size or args.screenshot:
            width, _, height = (args.size or "1440x900").partition("x")
            window.resize(int(width), int(height))
            window.show()
        else:
            window.showMaximized()
        window.activateWindow()  # the cursor is in the account field from the first key on
        taker = None
        if args.screenshot:
            from ui.screenshot import ScreenshotTaker
            taker = ScreenshotTaker(window, args.screenshot, args.account, args.timeout,
                                    amounts=_pairs(args.amount), readings=_pairs(args.reading),
                                    tendered=args.tendered, accept=args.accept,
                                    offline=args.offline,
                                    stop_spc=server.spc.stop if server is not None else None,
                                    open_dialog=args.open, search=args.search,
                                    seed_refused_payment=args.seed_refused)
            taker.start()
        elif args.account:
            QTimer.singleShot(0, lambda: (window.account_bar.edit.setText(args.account),
                                          window.entry.lookup(args.account)))
        if args.exit_when_ready:
            _exit_when_ready(app, window)
        code = app.exec()
        window.shutdown()
        return code
    finally:
        if ws is not None:
            ws.close()
        if server is not None:
            server.stop()


def _who_signs_in(ws, args):
    """(user signed in already or None, sign-in screen hint, user id to prefill)."""
    from cashier.identity import users
    hint, sign_in_as, password = "", args.as_user or "", os.environ.get("CASHIER_PASSWORD", "")
    if args.demo:
        from ui.demo import TELLER_ID, demo_password, ensure_demo_staff, sign_in_hint
        ensure_demo_staff(ws)
        hint = sign_in_hint()
        sign_in_as = sign_in_as or TELLER_ID
        if args.as_user or args.screenshot:  # demo passwords are public; --open signin stays out
            password = password or demo_password(sign_in_as) or ""
    if sign_in_as and password and args.open != "signin":
        return users.authenticate(ws.conn, ws.now(), sign_in_as, password), hint, sign_in_as
    return None, hint, sign_in_as


def _forget_environment_secrets(ws) -> None:
    """Passwords, tokens and keys handed over in the environment are read by now; the PDF
    viewer and any other program the window starts (Qt gives no way to pass them a clean
    environment) must not inherit them."""
    from cashier.adapters import credentials
    credentials.pin_env_token(credentials.SMTP)   # the mail sender reads it after this
    from cashier.documents import receipt_code
    from cashier.errors import CashierError
    try:
        receipt_code.pin_env_key(ws.config.workstation_id)
    except CashierError:
        pass  # a malformed key: receipts say so when they are made, as before
    for name in [n for n in os.environ if n.startswith("CASHIER_") and
                 any(w in n for w in ("PASSWORD", "TOKEN", "SECRET", "KEY"))]:
        del os.environ[name]


def _exit_when_ready(app, window) -> None:
    """Poll until a teller could type (the account field, or the sign-in screen's); then quit."""
    from PySide6.QtCore import QTimer

    def check() -> None:
        handle = window.windowHandle()
        typing = window.account_bar.edit.hasFocus() or window.gate.user_id.hasFocus() \
            or window.gate.password.hasFocus()
        if handle is not None and handle.isExposed() and typing:
            print("READY", flush=True)
            app.quit()
        else:
            QTimer.singleShot(1, check)
    QTimer.singleShot(0, check)


def _pairs(items: list[str]) -> dict[str, str]:
    return {code.strip().upper(): text for code, _, text in (item.partition("=") for item in items)}


def _language_without_config(args) -> str:
    from cashier.config import LANGUAGES, Config
    wanted = args.language or os.environ.get("CASHIER_LANGUAGE", "")
    return wanted if wanted in LANGUAGES else Config.language


def _fatal(app, exc, headless: bool) -> int:
    from ui import messages
    text = messages.describe(exc)
    print(f"error: {exc.message}", file=sys.stderr)
    if not headless:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.critical(None, messages.title_for(exc), text)
    return 1


if __name__ == "__main__":
    sys.exit(main())
