"""Workstation configuration: a TOML file in the data folder, plus environment overrides.

The data folder holds the database, the receipt archive and config.toml. It is
CASHIER_HOME when set, otherwise the per-user data folder
($XDG_DATA_HOME/cashier, usually ~/.local/share/cashier).

The SPC token is deliberately not a field of the file: it comes from
CASHIER_SPC_TOKEN (automation, the demo) or the OS keyring (cashier/adapters/credentials.py),
or from the file `token_file` names when the administrator set it (a host with no
secure storage).

What each key may hold, and the checks at load, are in cashier/config_schema.py.
Amounts are int minor units on Config and decimal strings ("1000000.00") in the
file; save() refuses to write a file that load() would refuse.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cashier import config_schema as schema
from cashier.fee_config import rules_from_config
from cashier import money
from cashier.storage import fileio
from cashier.errors import ConfigError

CONFIG_NAME = "config.toml"
DB_NAME = "cashier.db"
LANGUAGES = schema.LANGUAGES


def default_home(env: dict | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get("CASHIER_HOME"):
        return Path(env["CASHIER_HOME"]).expanduser()
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "cashier"


@dataclass
class Config:
    home: Path
    spc_url: str = "http://127.0.0.1:8765/"
    workstation_id: str = "ALM-01-W01"
    teller_id: str = "teller"
    teller_name: str = ""
    bank_name: str = "АО «Демо Банк»"
    bank_bin: str = ""
    branch_name: str = "Алматинский филиал №1"
    branch_address: str = ""
    # The CUPS printer for receipts (`cashier printers` lists them); empty = the CUPS default.
    printer: str = ""
    timezone: str = "Asia/Almaty"
    # Seconds for one request to the SPC; the sender retries, the teller never waits on it.
    connect_timeout: float = 3.05
    read_timeout: float = 10.0
    ca_bundle: str = ""
    # Only for a host with no secure storage: a file for the SPC token, kept with mode 0600
    # (cashier/adapters/credentials.py). Empty = the OS keyring. Relative paths are in the data folder.
    token_file: str = ""
    language: str = "ru"
    # Largest single payment the desk accepts, in minor units (0 = no limit). One million
    # tenge is some twenty times a large household's monthly utility bill in Almaty, so a
    # year of arrears still goes through, while a slip of the keyboard (a few zeros too
    # many) does not; the bank sets its own figure in config.toml.
    max_payment: int = 100_000_000
    # The desk locks after this many seconds without a key or a click (0 = never);
    # the unfinished payment stays as it was behind the lock.
    idle_lock_seconds: int = 300
    # Offline limits: warn when the oldest unsent payment is older than this;
    # refuse new payments past the block age or past the waiting amount (0 = no limit).
    offline_warn_seconds: int = 3600
    offline_block_seconds: int = 86400
    offline_max_waiting_amount: int = 0
    # The sender's retry schedule (seconds): truncated exponential backoff with jitter.
    retry_base_seconds: float = 2.0
    retry_cap_seconds: float = 300.0
    batch_size: int = 200
    # Whether Accept prints the receipt at once.
    auto_print: bool = True
    # Agent fee per provider id: {"AES": {"percent": "0.5", "minimum": "50.00"}} (cashier/fees.py).
    fees: dict = field(default_factory=dict)
    # An amount more than this many times its amount due asks the teller to confirm (0 = off).
    overpay_confirm_ratio: int = 3
    # The bank's back office (backoffice-protocol.md): "" for a desk on its own. Its token is
    # kept in the OS keyring beside the SPC's (`cashier token set --backoffice`).
    backoffice_url: str = ""
    # The branch at the back office; "" = the workstation id without its last part.
    branch_id: str = ""
    # A heartbeat at most this often, and after every change of state.
    heartbeat_seconds: int = 30
    # The bank's internal controls (cashier/controls/), each off at 0 (written ""): a payment
    # above identify_payer_above (alone, or with the same payer's or account's earlier ones
    # that business day) needs the payer identified; above supervisor_approval_above a
    # supervisor's password; a close whose count differs by more than
    # close_difference_approval_above a supervisor too. A drawer above its warning level asks
    # for a handover, above its hard limit it takes no more cash until one.
    identify_payer_above: int = 0
    supervisor_approval_above: int = 0
    close_difference_approval_above: int = 0
    drawer_warning_level: int = 0
    drawer_hard_limit: int = 0
    # Count the drawer without seeing the expected figure first.
    blind_count: bool = False
    # The bank's sanctions/terror list file (docs/sanctions-list.md); "" = no screening.
    sanctions_list: str = ""
    # The receipt printer: "a4" (two copies on a page) or "roll80" (an 80 mm thermal roll,
    # one copy per cut). escpos_printer "host:port" sends roll receipts straight to a
    # network ESC/POS printer instead of CUPS; drawer_command opens a cash drawer wired to
    # the CUPS printer after a cash payment (an ESC/POS printer gets the drawer pulse).
    printer_kind: str = "a4"
    escpos_printer: str = ""
    drawer_command: str = ""
    # E-mailed receipts: the bank's mail server; its password is in the OS keyring.
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_tls: str = "starttls"
    smtp_sender: str = ""
    smtp_user: str = ""

    @property
    def branch(self) -> str:
        """The branch's id: as configured, else ALM-01 for the workstation ALM-01-W03."""
        return self.branch_id or self.workstation_id.rpartition("-")[0] or self.workstation_id

    @property
    def db_path(self) -> Path:
        return self.home / DB_NAME

    @property
    def receipts_dir(self) -> Path:
        return self.home / "receipts"

    @property
    def reports_dir(self) -> Path:
        """Day close reports: <data>/reports/<date>/ (cashier/dayclose.py)."""
        return self.home / "reports"

    @property
    def fee_rules(self) -> dict:
        return rules_from_config(self.fees, source=str(self.home / CONFIG_NAME))

    @property
    def tz(self) -> ZoneInfo:
        # load() has checked the name; a Config built in code may still carry a wrong one.
        try:
            return ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise schema.invalid("timezone", schema.RULES["timezone"].expected,
                                 schema.RULES["timezone"].example, self.timezone,
                                 str(self.home / CONFIG_NAME)) from exc


def load(env: dict | None = None, home: Path | None = None) -> Config:
    """The file's settings (defaults for what it leaves out), then the environment's overrides.

    Every value is checked here; a wrong one is a ConfigError naming the key and the file."""
    env = dict(os.environ if env is None else env)
    home = Path(home) if home else default_home(env)
    path = home / CONFIG_NAME
    cfg = _from_values(_read(path), home, str(path))
    for key, value in schema.check_env(env).items():
        setattr(cfg, key, value)
    return cfg


def _from_values(values: dict, home: Path, where: str) -> Config:
    checked = schema.check_file(values, where)
    if "fees" in checked:
        rules_from_config(checked["fees"], source=where)  # every table, now, not at the first fee
    cfg = Config(home=home, **checked)
    schema.check_together(cfg, where)
    return cfg


def _read(path: Path) -> dict:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigError("config_unreadable", f"{path} cannot be read: {exc.strerror}. Check that it "
                          "is a file this user may read.", None,
                          {"file": str(path), "detail": str(exc.strerror)}) from exc
    try:
        # A byte-order mark (Windows Notepad) changes nothing; tolerate it.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ConfigError("config_not_utf8", f"{path} is not UTF-8 text (line {line}). Save it in "
                          "the UTF-8 encoding, or remove it to start from the defaults.", None,
                          {"file": str(path), "line": line}) from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("config_unreadable", f"{path} is not valid TOML: {exc}. Fix the line it "
                          "names or remove the file to start from the defaults.", None,
                          {"file": str(path), "detail": str(exc)}) from exc


def save(cfg: Config) -> Path:
    """Write config.toml atomically; refuse (ConfigError, nothing written) what load() would refuse."""
    path = cfg.home / CONFIG_NAME
    text = render(cfg)
    _from_values(tomllib.loads(text), cfg.home, str(path))
    return fileio.atomic_write_bytes(path, text.encode("utf-8"))


def render(cfg: Config) -> str:
    """The file's text: every key, each under a comment that says what it holds."""
    lines = ["# Cashier workstation settings (cashier/config_schema.py checks them at start).",
             "# The SPC token is kept in the OS keyring, never here. Amounts are in tenge."]
    for f in fields(Config):
        if f.name in ("home", "fees"):
            continue
        value = getattr(cfg, f.name)
        if f.name in schema.MONEY_KEYS and isinstance(value, int) and not isinstance(value, bool):
            value = "" if value == 0 and f.name in schema.OPTIONAL_MONEY_KEYS \
                else money.to_wire(value)
        lines.append(f"\n# {schema.RULES[f.name].expected}\n{f.name} = {_toml_value(value)}")
    if not isinstance(cfg.fees, dict):  # wrong, but written as it is, for the check's message
        lines.append(f"fees = {_toml_value(cfg.fees)}")
        return "\n".join(lines) + "\n"
    loose = {k: v for k, v in cfg.fees.items() if not isinstance(v, dict)}
    if loose:
        lines.append("\n[fees]")
        lines.extend(f"{_toml_key(str(k))} = {_toml_value(v)}" for k, v in loose.items())
    for provider_id, spec in cfg.fees.items():
        if isinstance(spec, dict):
            lines.append(f"\n[fees.{_toml_key(str(provider_id))}]")
            lines.extend(f"{_toml_key(str(k))} = {_toml_value(v)}" for k, v in spec.items())
    return "\n".join(lines) + "\n"


def _toml_key(key: str) -> str:
    if key and all(c.isascii() and (c.isalnum() or c in "-_") for c in key):
        return key
    return _toml_value(key)


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f",
            "\r": "\\r"}


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    # Every control character escaped, so that what save() writes always parses back.
    return '"' + "".join(_ESCAPES.get(ch) or (f"\\u{ord(ch):04X}" if ord(ch) < 0x20 or ord(ch) == 0x7F
                                               else ch) for ch in str(value)) + '"'
