"""What each key of config.toml may hold, checked once, when the file is loaded.

Every limit and threshold is a setting validated at load (DESIGN.md): a wrong
value stops the desk at start, with a message that names the key, what it
expects with an example and the file, instead of surfacing in the middle of a
payment (an unknown time zone used to pass the start and fail at its first use).

One rule per kind of value:
- money: a string with exactly two digits after the point, "1000000.00", read
  into int minor units. Two digits are required so that nobody can carry an
  old minor-unit integer over by only adding quotes ("5000000" would be 100
  times the old limit). A bare integer other than 0 is the old minor-unit
  format and is refused with both readings spelled out, never reinterpreted;
  0 means "no limit" in either format, so old files with 0 still load.
- whole seconds (idle lock, offline limits): a TOML integer, 0 = off.
- network seconds (timeouts, the sender's backoff): a TOML number, integer or
  float, bounded. They are durations, not money; fractions of a second are
  useful there (3.05 s connect timeout, fast retries in tests).
- text: a TOML string on one line; identifiers also match a pattern.
- unknown keys are refused: a misspelt `max_paymnet` would otherwise leave the
  desk running without the limit the administrator believes is set.
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cashier import money
from cashier.config_values import CONTROL as _CONTROL
from cashier.config_values import Rule, WrongValue
from cashier.config_values import boolean as _boolean
from cashier.config_values import choice as _choice
from cashier.config_values import email_or_empty as _email_or_empty
from cashier.config_values import host_port as _host_port
from cashier.config_values import line as _line
from cashier.config_values import matching as _matching
from cashier.config_values import seconds as _seconds
from cashier.config_values import whole as _whole
from cashier.errors import ConfigError

LANGUAGES = ("ru", "kk", "en")
# The controls' thresholds: "" (or absent) switches the rule off.
OPTIONAL_MONEY_KEYS = ("identify_payer_above", "supervisor_approval_above",
                       "close_difference_approval_above", "drawer_warning_level",
                       "drawer_hard_limit")
MONEY_KEYS = ("max_payment", "offline_max_waiting_amount", *OPTIONAL_MONEY_KEYS)
_MONEY = re.compile(r"\d{1,13}\.\d{2}", re.ASCII)
# A receipt number is "<workstation>-YYYYMMDD-nnnnn" and must stay within the
# receipt code's 64-character id (cashier/documents/receipt_code.py).
_WORKSTATION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}", re.ASCII)
_BIN = re.compile(r"\d{12}", re.ASCII)


class _OldMoney(Exception):
    """An integer where money belongs: the old minor-unit format."""


def describe_value(value: Any) -> str:
    """A value as the administrator wrote it, short enough for a message."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        # JSON's escapes keep a newline or a NUL in the value from breaking the message.
        return json.dumps(value if len(value) <= 60 else value[:57] + "...", ensure_ascii=False)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return f"a {type(value).__name__}"


# --- the parsers, one per kind ---------------------------------------------------------

def _printer(value: Any) -> str:
    # CUPS queue names: printable, no spaces, "/" or "#"; "" = the system default.
    if not isinstance(value, str) or len(value) > 127 or re.search(r"[\s/#\x00-\x1f\x7f]", value):
        raise WrongValue
    return value


def _url(value: Any) -> str:
    if not isinstance(value, str) or _CONTROL.search(value) or " " in value:
        raise WrongValue
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018  (raises ValueError on a port that is not a number)
    except ValueError as exc:
        raise WrongValue from exc
    # No user:password@ either: secrets never live in this file (DESIGN.md).
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query \
            or parts.fragment or parts.username or parts.password:
        raise WrongValue
    return value if value.endswith("/") else value + "/"


def _optional_url(value: Any) -> str:
    return "" if value == "" else _url(value)


# Files of the zone database that are no zone's name: whatever this machine's clock or a
# packager put there, not a place the bank can name.
_NOT_ZONES = {"localtime", "posixrules", "Factory", "leap-seconds.list", "leapseconds",
              "tzdata.zi", "zone.tab", "zone1970.tab", "iso3166.tab"}


def _timezone(value: Any) -> str:
    if not isinstance(value, str) or not value or _CONTROL.search(value) or value in _NOT_ZONES:
        raise WrongValue
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise WrongValue from exc
    return value


def _language(value: Any) -> str:
    if value not in LANGUAGES or not isinstance(value, str):
        raise WrongValue
    return value


def _ca_bundle(value: Any) -> str:
    # Checked here: a missing bundle would otherwise show up only as every
    # request failing with a TLS error while payments pile up offline.
    if not isinstance(value, str) or _CONTROL.search(value):
        raise WrongValue
    if value and not (Path(value).is_absolute() and Path(value).is_file()):
        raise WrongValue
    return value


def parse_money(value: Any, old_integers: bool = True) -> int:
    """A config amount: "1000000.00" -> 100000000 minor units."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value == 0:
            return 0
        if old_integers and value > 0:
            raise _OldMoney
        raise WrongValue
    if not isinstance(value, str) or not _MONEY.fullmatch(value):
        raise WrongValue
    return money.parse_amount(value)


def optional_money(value: Any) -> int:
    """A threshold: "" is off (0), else an amount as parse_money reads it."""
    return 0 if value == "" else parse_money(value, old_integers=False)


def _sanctions_list(value: Any) -> str:
    # Whether the file exists and parses is the screening's to say (at start and on every
    # change), with the line at fault; here only that it is a path.
    if not isinstance(value, str) or _CONTROL.search(value) or len(value) > 1000:
        raise WrongValue
    return value


def _fees(value: Any) -> dict:
    if not isinstance(value, dict):
        raise WrongValue
    return value


_TEXT = "text in quotes on one line"
_THRESHOLD = 'an amount in tenge in quotes with two decimals, or "" to switch the rule off'
DAY, MONTH = 86_400, 30 * 86_400

RULES: dict[str, Rule] = {
    "spc_url": Rule("the processing center's http:// or https:// address, without a password",
                    '"https://spc.example.kz/"', _url),
    "workstation_id": Rule("1 to 32 Latin letters, digits, dots, dashes or underscores in quotes",
                           '"ALM-01-W01"', _matching(_WORKSTATION)),
    "teller_id": Rule("a user id in quotes", '"t.sadykova"', _line(40, required=True)),
    "teller_name": Rule(_TEXT, '"Садыкова А."', _line()),
    "bank_name": Rule(_TEXT, '"АО «Демо Банк»"', _line(required=True)),
    "bank_bin": Rule('the bank\'s 12-digit BIN in quotes, or ""', '"123456789012"',
                     _matching(_BIN, allow_empty=True)),
    "branch_name": Rule(_TEXT, '"Алматинский филиал №1"', _line(required=True)),
    "branch_address": Rule(_TEXT, '"пр. Абая, 1"', _line()),
    "printer": Rule('a CUPS printer name in quotes (no spaces), or "" for the system default',
                    '"Receipts"', _printer),
    "timezone": Rule("an IANA time zone name in quotes", '"Asia/Almaty"', _timezone),
    "connect_timeout": Rule("seconds, a number from 0.1 to 60", "3.05", _seconds(0.1, 60)),
    "read_timeout": Rule("seconds, a number from 0.1 to 300", "10.0", _seconds(0.1, 300)),
    "ca_bundle": Rule('the absolute path of an existing PEM file in quotes, or "" for the '
                      "system's certificates", '"/etc/ssl/certs/bank-ca.pem"', _ca_bundle),
    "token_file": Rule('a path in quotes (or "" for the OS keyring)', '"/etc/cashier/spc-token"',
                       _line(1000)),
    "language": Rule("one of " + ", ".join(f'"{code}"' for code in LANGUAGES), '"ru"', _language),
    "max_payment": Rule('an amount in tenge in quotes with two decimals ("0.00" = no limit)',
                        '"1000000.00"', parse_money),
    "idle_lock_seconds": Rule(f"a whole number of seconds from 0 (never lock) to {DAY}", "300",
                              _whole(0, DAY)),
    "offline_warn_seconds": Rule(f"a whole number of seconds from 0 (off) to {MONTH}", "3600",
                                 _whole(0, MONTH)),
    "offline_block_seconds": Rule(f"a whole number of seconds from 0 (off) to {MONTH}", "86400",
                                  _whole(0, MONTH)),
    "offline_max_waiting_amount": Rule('an amount in tenge in quotes with two decimals ("0.00" = '
                                       "no limit)", '"500000.00"', parse_money),
    "retry_base_seconds": Rule("seconds, a number from 0.01 to 3600", "2.0", _seconds(0.01, 3600)),
    "retry_cap_seconds": Rule("seconds, a number from 0.01 to 3600", "300.0", _seconds(0.01, 3600)),
    # The SPC takes 1 to 200 payments per batch (spc-protocol.md).
    "batch_size": Rule("a whole number from 1 to 200", "200", _whole(1, 200)),
    "auto_print": Rule("true or false (no quotes)", "true", _boolean),
    "fees": Rule("tables like [fees.AES]", '{AES = {percent = "0.5", minimum = "50.00"}}', _fees),
    # The typo guard: a line paying more than this many times its amount due asks the teller
    # to confirm (0 = never asks).
    "overpay_confirm_ratio": Rule("a whole number from 0 (off) to 100", "3", _whole(0, 100)),
    "backoffice_url": Rule('the bank back office\'s http:// or https:// address, or "" for a '
                           "desk on its own", '"https://backoffice.bank.kz/"', _optional_url),
    "branch_id": Rule('the branch\'s id at the back office, 1 to 32 Latin letters, digits, dots, '
                      'dashes or underscores, or "" (the workstation id without its last part)',
                      '"ALM-01"', _matching(_WORKSTATION, allow_empty=True)),
    "identify_payer_above": Rule(_THRESHOLD, '"500000.00"', optional_money),
    "supervisor_approval_above": Rule(_THRESHOLD, '"500000.00"', optional_money),
    "close_difference_approval_above": Rule(_THRESHOLD, '"1000.00"', optional_money),
    "drawer_warning_level": Rule(_THRESHOLD, '"3000000.00"', optional_money),
    "drawer_hard_limit": Rule(_THRESHOLD, '"5000000.00"', optional_money),
    "blind_count": Rule("true or false (no quotes)", "false", _boolean),
    "sanctions_list": Rule('the path of the bank\'s sanctions list file in quotes, or "" for no '
                           "screening", '"/etc/cashier/sanctions.csv"', _sanctions_list),
    "printer_kind": Rule('"a4" (two copies on a page) or "roll80" (an 80 mm roll)', '"roll80"',
                         _choice("a4", "roll80")),
    "escpos_printer": Rule('a network ESC/POS printer as "host:port" in quotes, or "" to print '
                           "through CUPS", '"192.168.1.50:9100"', _host_port),
    "drawer_command": Rule('the command that opens a cash drawer on the CUPS printer, in quotes, '
                           'or ""', '"lp -d Drawer -o raw /etc/cashier/drawer-kick.bin"',
                           _line(1000)),
    "smtp_host": Rule('the mail server\'s host name in quotes, or "" for no e-mailed receipts',
                      '"smtp.bank.kz"', _line(253)),
    "smtp_port": Rule("a port number from 1 to 65535", "587", _whole(1, 65535)),
    "smtp_tls": Rule('"starttls", "tls" or "none"', '"starttls"', _choice("starttls", "tls", "none")),
    "smtp_sender": Rule('the address receipts are sent from, in quotes, or ""',
                        '"receipts@bank.kz"', _email_or_empty),
    "smtp_user": Rule('the mail server login in quotes, or "" for none (its password is in the '
                      "OS keyring)", '"receipts"', _line(200)),
    "heartbeat_seconds": Rule("a whole number of seconds from 30 to 3600", "30",
                              _whole(30, 3600)),
}

# Environment overrides (automation, the demo) and the key each one stands for.
ENV = {
    "CASHIER_SPC_URL": "spc_url",
    "CASHIER_WORKSTATION_ID": "workstation_id",
    "CASHIER_TELLER_ID": "teller_id",
    "CASHIER_LANGUAGE": "language",
    "CASHIER_PRINTER": "printer",
    "CASHIER_BACKOFFICE_URL": "backoffice_url",
}

# tests/integration/test_keyring.py and scripts know this code from before the schema.
_CODES = {"token_file": "config_token_file"}


# --- errors ----------------------------------------------------------------------------

def invalid(key: str, expected: str, example: str, value: Any, where: str,
            env_var: str | None = None, display: str | None = None,
            leaf: str | None = None) -> ConfigError:
    """config_invalid: `key` in `where` must be `expected`, like `example`; it is `value`."""
    name = env_var or key
    if env_var:
        line = f"{env_var}={example.strip(chr(34))}"
    else:
        line = f"{leaf or key} = {example}"
    got = describe_value(value)
    shown = env_var or display or key
    return ConfigError(_CODES.get(key, "config_invalid"),
                       f"{shown} in {where} must be {expected}, like {line}; it is {got}.",
                       name, {"key": name, "expected": expected, "example": line, "got": got,
                              "file": where})


def old_money(key: str, value: int, where: str) -> ConfigError:
    as_minor = money.to_wire(value)
    return ConfigError(
        "config_money_integer",
        f"{key} in {where} is the number {value}; amounts are now written in tenge as text with two "
        f"decimals. Files before this version counted tiyn: if {value} meant tiyn, write "
        f'{key} = "{as_minor}"; if it meant tenge, write {key} = "{value}.00"; "0.00" = no limit.',
        key, {"key": key, "got": str(value), "as_tiyn": as_minor, "file": where})


def unknown_key(key: str, known: list[str], where: str, display: str | None = None,
                leaf: str | None = None) -> ConfigError:
    close = difflib.get_close_matches(leaf or key, known, n=1)
    hint = f" Did you mean {close[0]}?" if close else " Remove the line, or fix its name."
    return ConfigError("config_unknown_key",
                       f"{display or key} in {where} is not a setting this version knows.{hint} "
                       f"Known settings: {', '.join(known)}.",
                       key, {"key": key, "suggestion": close[0] if close else "", "file": where})


def inconsistent(key: str, other: str, why: str, where: str, display: str | None = None) -> ConfigError:
    return ConfigError("config_inconsistent", f"{display or key} in {where} {why}.", key,
                       {"key": key, "other": other, "file": where})


# --- checking --------------------------------------------------------------------------

def check_value(key: str, value: Any, where: str, env_var: str | None = None) -> Any:
    rule = RULES[key]
    try:
        return rule.parse(value)
    except _OldMoney:
        raise old_money(key, value, where) from None
    except WrongValue:
        raise invalid(key, rule.expected, rule.example, value, where, env_var) from None


def check_file(values: Mapping[str, Any], where: str) -> dict[str, Any]:
    """The file's keys, each checked and converted; raises ConfigError on the first wrong one."""
    known = sorted(RULES)
    for key in values:
        if key not in RULES:
            raise unknown_key(key, known, where)
    return {key: check_value(key, value, where) for key, value in values.items()}


def check_env(env: Mapping[str, str]) -> dict[str, Any]:
    return {key: check_value(key, env[var], "the environment", env_var=var)
            for var, key in ENV.items() if env.get(var)}


def check_together(cfg: Any, where: str) -> None:
    """Limits that only make sense against each other."""
    if cfg.offline_warn_seconds and cfg.offline_block_seconds \
            and cfg.offline_warn_seconds >= cfg.offline_block_seconds:
        raise inconsistent("offline_warn_seconds", "offline_block_seconds",
                           f"({cfg.offline_warn_seconds}) must be less than offline_block_seconds "
                           f"({cfg.offline_block_seconds}), or the desk stops payments before it "
                           "ever warns; 0 turns either off", where)
    if cfg.drawer_warning_level and cfg.drawer_hard_limit \
            and cfg.drawer_warning_level >= cfg.drawer_hard_limit:
        raise inconsistent("drawer_warning_level", "drawer_hard_limit",
                           f"({money.format_amount(cfg.drawer_warning_level)}) must be less than "
                           f"drawer_hard_limit ({money.format_amount(cfg.drawer_hard_limit)}), or "
                           "the drawer stops taking cash before it ever warns; \"\" turns either "
                           "off", where)
    if cfg.retry_base_seconds > cfg.retry_cap_seconds:
        raise inconsistent("retry_base_seconds", "retry_cap_seconds",
                           f"({cfg.retry_base_seconds:g}) must not be more than retry_cap_seconds "
                           f"({cfg.retry_cap_seconds:g})", where)
