"""Workstation configuration: a TOML file in the data folder, plus environment overrides.

The data folder holds the database, the receipt archive and config.toml. It is
CASHIER_HOME when set, otherwise the per-user data folder
($XDG_DATA_HOME/cashier, usually ~/.local/share/cashier).

The SPC token is deliberately not a field of the file: it comes from
CASHIER_SPC_TOKEN (automation, the demo) or the OS keyring (cashier/credentials.py),
or from the file `token_file` names when the administrator set it (a host with no
secure storage).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cashier.errors import ConfigError

CONFIG_NAME = "config.toml"
DB_NAME = "cashier.db"


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
    # (cashier/credentials.py). Empty = the OS keyring. Relative paths are in the data folder.
    token_file: str = ""
    language: str = "ru"
    # Largest single payment the desk accepts, in minor units (0 = no limit).
    max_payment: int = 0
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
    # Printing: CUPS destination ("" = the system default) and whether Accept prints at once.
    auto_print: bool = True
    # Agent fee per provider id: {"AES": {"percent": "0.5", "minimum": "50.00"}} (cashier/fees.py).
    fees: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)

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
        from cashier.fees import rules_from_config
        return rules_from_config(self.fees)

    @property
    def tz(self) -> ZoneInfo:
        try:
            return ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError("config_timezone", f"Unknown time zone '{self.timezone}' in "
                              f"{self.home / CONFIG_NAME}; use a name like Asia/Almaty.") from exc


_ENV = {
    "CASHIER_SPC_URL": "spc_url",
    "CASHIER_WORKSTATION_ID": "workstation_id",
    "CASHIER_TELLER_ID": "teller_id",
    "CASHIER_LANGUAGE": "language",
    "CASHIER_PRINTER": "printer",
}


def load(env: dict | None = None, home: Path | None = None) -> Config:
    env = dict(os.environ if env is None else env)
    home = Path(home) if home else default_home(env)
    values: dict = {}
    path = home / CONFIG_NAME
    if path.exists():
        try:
            with open(path, "rb") as fh:
                values = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError("config_unreadable", f"{path} is not valid TOML: {exc}. "
                              "Fix the line it names or remove the file to start from defaults.") from exc
    known = {f.name for f in fields(Config)} - {"home", "extra"}
    cfg = Config(home=home, **{k: v for k, v in values.items() if k in known})
    cfg.extra = {k: v for k, v in values.items() if k not in known}
    for var, attr in _ENV.items():
        if env.get(var):
            setattr(cfg, attr, env[var])
    if not cfg.spc_url.endswith("/"):
        cfg.spc_url += "/"
    if not isinstance(cfg.token_file, str):
        raise ConfigError("config_token_file", f"token_file in {path} must be a path in quotes, "
                          "like token_file = \"/etc/cashier/spc-token\" (or \"\" for the OS keyring).")
    idle = cfg.idle_lock_seconds
    if isinstance(idle, bool) or not isinstance(idle, int) or idle < 0:
        raise ConfigError("config_idle_lock", f"idle_lock_seconds in {path} must be a whole number "
                          "of seconds, like idle_lock_seconds = 300 (0 = never lock).")
    return cfg


def save(cfg: Config) -> Path:
    """Write config.toml atomically (temp file, fsync, rename)."""
    cfg.home.mkdir(parents=True, exist_ok=True)
    data = {k: v for k, v in asdict(cfg).items() if k not in ("home", "extra")}
    data.update(cfg.extra)
    tables = {k: v for k, v in data.items() if isinstance(v, dict)}
    lines = [f"{key} = {_toml_value(value)}" for key, value in sorted(data.items())
             if key not in tables]
    for name, table in sorted(tables.items()):
        for sub, spec in sorted(table.items()):
            if isinstance(spec, dict):
                lines.append(f"\n[{name}.{sub}]")
                lines.extend(f"{k} = {_toml_value(v)}" for k, v in sorted(spec.items()))
            else:
                lines.append(f"\n[{name}]\n{sub} = {_toml_value(spec)}")
    path = cfg.home / CONFIG_NAME
    tmp = path.with_suffix(".toml.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write("# Cashier workstation settings. The SPC token is kept in the OS keyring, not here.\n")
        fh.write("\n".join(lines) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'
