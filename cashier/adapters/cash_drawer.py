"""A cash drawer opened by a command: for a drawer wired to a printer the desk reaches
through CUPS (or any drawer with a tool of its own), `drawer_command` in config.toml, e.g.
`lp -d Drawer -o raw /etc/cashier/drawer-kick.bin`.

The command line is split like a shell would (shlex) but run without one, so nothing in it
is expanded or chained; with the clean environment every child process of the desk gets
(printing.child_env: no secret of this process reaches it), no input, and a bounded time.
A drawer on a network ESC/POS printer opens with its pulse instead (adapters/escpos.py).

Failures are CashierErrors (the use case that opens the drawer reports them, never lets
them stop a payment):

    drawer_failed    the command cannot be split or started, or it failed (its own words)
    drawer_timeout   the command did not finish in time
"""

from __future__ import annotations

import shlex
import subprocess

from cashier.adapters.printing import child_env
from cashier.errors import CashierError

DRAWER_TIMEOUT = 10.0


def run_command(command: str, timeout: float | None = None) -> None:
    """Run the drawer command once (at most `timeout`, else DRAWER_TIMEOUT seconds); return
    when it succeeded, raise when it did not."""
    timeout = DRAWER_TIMEOUT if timeout is None else timeout
    try:
        args = shlex.split(command)
    except ValueError as exc:
        raise CashierError("drawer_failed", f"The drawer command cannot be read: {exc}", None,
                           {"detail": str(exc)}) from exc
    if not args:
        raise CashierError("drawer_failed", "The drawer command is empty.", None,
                           {"detail": "no command"})
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout,
                              env=child_env(), stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise CashierError("drawer_timeout", f"The drawer command {args[0]} did not finish within "
                           f"{timeout:g} s.", None, {"detail": f"timed out after {timeout:g} s"}) from exc
    except OSError as exc:
        raise CashierError("drawer_failed", f"The drawer command {args[0]} could not be started: "
                           f"{exc.strerror or exc}", None, {"detail": str(exc)}) from exc
    if done.returncode != 0:
        words = (done.stderr or done.stdout or "").strip().splitlines()
        detail = words[-1][:200] if words else f"{args[0]} exited with {done.returncode}"
        raise CashierError("drawer_failed", f"The drawer command failed: {detail}", None,
                           {"detail": detail, "exit_code": done.returncode})
