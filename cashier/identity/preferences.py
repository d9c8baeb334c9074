"""What the people at a desk may set for it themselves (Settings, F10): the language of the
window, the receipt printer (A4 or an 80 mm roll, through CUPS or a network ESC/POS printer),
the cash drawer's command, printing at once. Everything else is IT's (config.toml) or,
with a back office, the bank's (cashier/central_settings.py), and a person at the desk
cannot change it.

Written to config.toml with cashier.config.save (atomic; it refuses a value config.load
would refuse, so a saved file always loads back). The file is read afresh without the
environment's overrides, so that saving never turns an override into a file setting.
What changed and who changed it go into the journal. The printer settings and printing at
once apply at once; the language at the next start (the window's texts are built once).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from cashier import config as config_mod
from cashier.errors import CashierError, RuleError
from cashier.identity import audit, users
from cashier.storage import db

KEYS = ("language", "printer", "auto_print", "printer_kind", "escpos_printer", "drawer_command")
# What applies at once (everything but the language, which needs a new start).
_AT_ONCE = KEYS[1:]


def save_file(config: config_mod.Config, *, language: str, printer: str, auto_print: bool,
              printer_kind: str | None = None, escpos_printer: str | None = None,
              drawer_command: str | None = None) -> tuple[Path, dict]:
    """config.toml with the values given (None: left as it is); (its path,
    {key: [before, after]} for what changed). A value config.load would refuse (an ESC/POS
    address that is no host:port) is refused (ConfigError) and nothing is written."""
    given = {"language": language, "printer": printer, "auto_print": auto_print,
             "printer_kind": printer_kind, "escpos_printer": escpos_printer,
             "drawer_command": drawer_command}
    after = {key: value for key, value in given.items() if value is not None}
    try:
        on_disk = config_mod.load(env={}, home=config.home)
        before = {key: getattr(on_disk, key) for key in after}
        path = config_mod.save(replace(on_disk, **after))
    except OSError as exc:
        raise CashierError("settings_not_saved", f"config.toml could not be written: {exc}",
                           None, {"detail": str(exc)}) from exc
    return path, {k: [before[k], after[k]] for k in KEYS if k in after and before[k] != after[k]}


def save(ws: Any, actor_id: str, *, language: str, printer: str, auto_print: bool,
         printer_kind: str | None = None, escpos_printer: str | None = None,
         drawer_command: str | None = None) -> Path:
    """The Settings dialog's Save: the file, the journal entry, and the desk's configuration
    from now on (the receipt printer, its kind, the ESC/POS printer, the drawer command,
    printing at once; the language once the program starts again). None: left as it is.
    The drawer command is a program the desk runs: only a supervisor or an administrator
    sets it, never the teller at the keyboard."""
    if drawer_command is not None and drawer_command != ws.local_config.drawer_command:
        who = users.get(ws.conn, actor_id) if actor_id else None
        if who is None or who.role not in ("supervisor", "admin"):
            raise RuleError("settings_role_required",
                            "The cash drawer's command runs a program at this desk: a "
                            "supervisor or IT sets it.", "drawer_command")
    path, changed = save_file(ws.local_config, language=language, printer=printer,
                              auto_print=auto_print, printer_kind=printer_kind,
                              escpos_printer=escpos_printer, drawer_command=drawer_command)
    if changed:
        with db.atomic(ws.conn):
            audit.record(ws.conn, ws.now(), actor_id or "?", "settings.changed",
                         ws.config.workstation_id, changed)
    given = {"printer": printer, "auto_print": auto_print, "printer_kind": printer_kind,
             "escpos_printer": escpos_printer, "drawer_command": drawer_command}
    ws.local_config = replace(ws.local_config, **{k: v for k, v in given.items()
                                                  if k in _AT_ONCE and v is not None})
    ws.apply_central(ws.central)
    return path
