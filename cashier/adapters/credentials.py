"""Where the SPC token lives: the OS keyring, never a log line, a file only when IT says so.

Where `get_token` looks, first match wins:

1. CASHIER_SPC_TOKEN in the environment (automation, the demo: the demo's token only
   ever exists in the demo process's environment).
2. `token_file` in config.toml, when the administrator set it: for a host with no
   secure storage. The file is written atomically with mode 0600 and is refused when
   other users can read it. When it is set, the keyring is not used for the token.
3. The OS keyring: service "cashier-workstation-spc", username = the workstation id.

The back office's token is kept the same way, beside it (CASHIER_BACKOFFICE_TOKEN, the service
"cashier-workstation-backoffice", <token_file>-backoffice). The mail server's password for
e-mailed receipts (which=SMTP: `cashier token set --smtp`) too, except that it never goes in
a file: CASHIER_SMTP_PASSWORD (automation), else the keyring's "cashier-workstation-smtp". The
window removes secrets from its environment once started (main.py), so it pins that
variable's value in the process first (`pin_env_token`).

The keyring backend is chosen deliberately by `secure_keyring()`, not by letting the
`keyring` library probe every backend it knows (on Linux that probing runs gcc to
look for macOS libraries and can print D-Bus errors, on every command). The choice:
a backend a program set with `keyring.set_keyring()`, else one IT named
(PYTHON_KEYRING_BACKEND or keyringrc.cfg), else the platform's own: the Secret Service
on Linux (gnome-keyring, KWallet), the Keychain on macOS, the Credential Locker on
Windows. It is checked usable before it is used (on Linux: a D-Bus session, the
service answering, the default collection unlocked); when it is not, the answer is
"no secure storage" with the reason, quickly and without noise.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cashier.adapters.token_file import MAX_TOKEN_CHARS, read_token_file, write_token_file
from cashier.errors import ConfigError, ValidationError

KEYRING_SERVICE = "cashier-workstation-spc"
ENV_TOKEN = "CASHIER_SPC_TOKEN"
# The bank back office's token (backoffice-protocol.md) is kept the same way, beside it.
SPC, BACKOFFICE, SMTP = "spc", "backoffice", "smtp"
_SERVICES = {SPC: KEYRING_SERVICE, BACKOFFICE: "cashier-workstation-backoffice",
             SMTP: "cashier-workstation-smtp"}
_ENV = {SPC: ENV_TOKEN, BACKOFFICE: "CASHIER_BACKOFFICE_TOKEN", SMTP: "CASHIER_SMTP_PASSWORD"}
_NAMES = {SPC: "SPC", BACKOFFICE: "back office", SMTP: "mail server"}
# Values of those variables kept in this process after they left its environment (pin_env_token).
_pinned: dict[str, str] = {}


def token_env(which: str = SPC) -> str:
    """The environment variable that overrides the kept token (automation, the demo)."""
    return _ENV[which]


def pin_env_token(which: str, env: dict | None = None) -> None:
    """Keep the variable's value in this process, so the variable itself can leave the
    environment the window's child processes inherit (main.py); get_token still finds it."""
    env = os.environ if env is None else env
    if env.get(_ENV[which]):
        _pinned[which] = env[_ENV[which]]


BUS_ENV = "DBUS_SESSION_BUS_ADDRESS"
# Seconds to wait for the person to answer the desktop's "unlock the keyring" prompt.
UNLOCK_TIMEOUT = 120.0

log = logging.getLogger(__name__)


# -- choosing the keyring backend -----------------------------------------------------

class NoSecureStorage(ConfigError):
    """No usable OS keyring here; `reason` says why in a few words."""

    def __init__(self, reason: str):
        super().__init__("keyring_unavailable",
                         f"No secure storage (OS keyring) is available: {reason}.",
                         params={"reason": reason})
        self.reason = reason


_chosen: dict[tuple, object] = {}
_chosen_lock = threading.Lock()


def secure_keyring():
    """The keyring backend to keep secrets in, chosen deliberately and checked usable.

    Raises NoSecureStorage (a ConfigError) with the reason when there is none.
    """
    import keyring.core

    # A program (or a test) that called keyring.set_keyring() has made its choice.
    if keyring.core._keyring_backend is not None:
        backend = keyring.core._keyring_backend
        _refuse_non_storage(backend)
        return backend
    key = (sys.platform, os.environ.get(BUS_ENV), os.environ.get("PYTHON_KEYRING_BACKEND"))
    with _chosen_lock:
        if key not in _chosen:
            _chosen[key] = _choose()
        return _chosen[key]


def forget_chosen_keyring() -> None:
    """Choose again on next use (tests; after IT started the keyring)."""
    with _chosen_lock:
        _chosen.clear()


def _refuse_non_storage(backend) -> None:
    from keyring.backends import chainer, fail, null
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        raise NoSecureStorage(f"no keyring backend is usable here ({type(backend).__module__})")
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        raise NoSecureStorage("no keyring backend is usable here (an empty chain)")


def _choose():
    import keyring.core
    try:  # what IT configured for the keyring library, if anything; this loads only that one
        explicit = keyring.core.load_env() or keyring.core.load_config()
    except Exception as exc:  # a misspelt backend name, a broken keyringrc.cfg
        raise NoSecureStorage(f"the keyring backend configured for this user cannot be loaded ({exc})") from exc
    if explicit is not None:
        _refuse_non_storage(explicit)
        if type(explicit).__module__ == "keyring.backends.SecretService":
            _check_secret_service()
        else:
            _check_priority(type(explicit))
        return explicit
    if sys.platform == "win32":
        from keyring.backends import Windows
        _check_priority(Windows.WinVaultKeyring)
        return Windows.WinVaultKeyring()
    if sys.platform == "darwin":
        from keyring.backends import macOS
        _check_priority(macOS.Keyring)
        return macOS.Keyring()
    _check_secret_service()
    from keyring.backends import SecretService
    return SecretService.Keyring()


def _check_priority(cls) -> None:
    try:
        cls.priority  # noqa: B018 - the backend's own "can I work here" check
    except Exception as exc:
        raise NoSecureStorage(f"{cls.__module__}.{cls.__name__} cannot work here ({exc})") from exc


def _check_secret_service() -> None:
    """A D-Bus session, a Secret Service on it, and its default collection unlocked."""
    bus = os.environ.get(BUS_ENV)
    if not bus:
        raise NoSecureStorage(f"there is no desktop session bus ({BUS_ENV} is not set), "
                              "so no Secret Service (gnome-keyring, KWallet) can be reached")
    try:
        import secretstorage
        from secretstorage.exceptions import PromptDismissedException, SecretStorageException
    except ImportError as exc:  # pragma: no cover - a dependency of keyring on Linux
        raise NoSecureStorage("the Secret Service client (secretstorage) is not installed") from exc
    try:
        with closing(secretstorage.dbus_init()) as conn:
            if not secretstorage.check_service_availability(conn):
                raise NoSecureStorage("no Secret Service (gnome-keyring, KWallet) runs in this "
                                      "desktop session")
            collection = secretstorage.get_default_collection(conn)
            if collection.is_locked():
                try:
                    collection.unlock(timeout=UNLOCK_TIMEOUT)
                except TypeError:  # pragma: no cover - SecretStorage < 3.5 has no timeout
                    collection.unlock()
                if collection.is_locked():
                    raise NoSecureStorage("the desktop keyring is locked and was not unlocked")
    except NoSecureStorage:
        raise
    except PromptDismissedException as exc:
        raise NoSecureStorage("the desktop keyring is locked (or has no default keyring) and "
                              "its prompt was dismissed or could not be shown") from exc
    except (SecretStorageException, OSError, RuntimeError, ValueError) as exc:
        raise NoSecureStorage(f"the Secret Service cannot be reached on the session bus "
                              f"({type(exc).__name__}: {exc})") from exc


# -- the token ------------------------------------------------------------------------

@dataclass(frozen=True)
class TokenPlace:
    """Where the token is (or would be) kept. Never holds the token itself."""
    source: str     # "environment", "file" or "keyring"
    location: str   # for people: the variable, the file's path, the keyring entry

    def to_json(self) -> dict:
        return {"source": self.source, "location": self.location}


def _config(config, env):
    # The caller has the workstation's configuration (cashier/config.py sits above the
    # adapters): the token file it may name is part of it.
    if config is None:
        raise TypeError("credentials need the workstation's Config (config=...)")
    return config


def token_file_path(config: Any, which: str = SPC) -> Path | None:
    """The administrator's `token_file`, absolute (relative to the data folder), or None; the
    back office's token goes beside it, in <token_file>-backoffice. None for the mail server's
    password: it is never kept in a file."""
    text = (config.token_file or "").strip()
    if not text or which == SMTP:
        return None
    path = Path(text).expanduser()
    path = path if path.is_absolute() else config.home / path
    return path if which == SPC else path.with_name(f"{path.name}-{which}")


def _keyring_place(workstation_id: str, which: str = SPC) -> TokenPlace:
    return TokenPlace("keyring", f"OS keyring, service {_SERVICES[which]}, user {workstation_id}")


def _file_place(path: Path) -> TokenPlace:
    return TokenPlace("file", f"{path} (token_file in config.toml)")


def _no_storage_error(exc: NoSecureStorage, which: str = SPC) -> ConfigError:
    if which == SMTP:
        return ConfigError("keyring_unavailable", f"No secure storage for the mail server's "
                           f"password: {exc.reason}. It is never kept in a plain file. IT: run the "
                           "workstation in a desktop session whose keyring is unlocked at sign-in; "
                           f"or, for automation, set {_ENV[SMTP]}.", params={"reason": exc.reason})
    return ConfigError(
        "keyring_unavailable",
        f"No secure storage for the SPC token: {exc.reason}. The token is not kept in a plain "
        "file unless the administrator says so. IT: run the workstation in a desktop session "
        "whose keyring (gnome-keyring or KWallet, the Secret Service) is unlocked at sign-in; or, "
        "on a host with no secure storage, set token_file = \"/path/to/spc-token\" in config.toml "
        f"(the file is kept with mode 0600); or, for automation, set {ENV_TOKEN}.",
        params={"reason": exc.reason})


def _clean(token: str, which: str = SPC) -> str:
    token = (token or "").strip()
    if not token:
        raise ValidationError("token_empty", "No token was given.", "token")
    if which == SMTP:  # a password: spaces inside are its own business, control characters not
        if len(token) > MAX_TOKEN_CHARS or not token.isprintable():
            raise ValidationError("token_invalid", "That is not a mail server password: at most "
                                  f"{MAX_TOKEN_CHARS} printable characters.", "token")
        return token
    if len(token) > MAX_TOKEN_CHARS or any(c.isspace() or not c.isprintable() for c in token):
        # The message never repeats the token.
        raise ValidationError("token_invalid", "That is not an SPC token: a token is one word, "
                              f"with no spaces, at most {MAX_TOKEN_CHARS} characters.", "token")
    return token


def get_token(workstation_id: str, env: dict | None = None,
              config: Any = None, which: str = SPC) -> str | None:
    """The SPC token, or None when there is none (or no secure storage to hold one).

    A `token_file` that other users can read raises ConfigError: IT set it up, IT must fix it.
    """
    env = os.environ if env is None else env
    if env.get(_ENV[which]):
        return env[_ENV[which]]
    if which in _pinned:
        return _pinned[which]
    path = token_file_path(_config(config, env), which)
    if path is not None:
        return read_token_file(path)
    try:
        backend = secure_keyring()
    except NoSecureStorage as exc:
        log.info("No %s token: no secure storage (%s)", _NAMES[which], exc.reason)
        return None
    try:
        return backend.get_password(_SERVICES[which], workstation_id)
    except Exception as exc:  # the keyring's own failures; the message never holds the secret
        log.warning("The keyring did not give the %s token: %s: %s", _NAMES[which],
                    type(exc).__name__, exc)
        return None


def set_token(workstation_id: str, token: str, config: Any = None,
              which: str = SPC) -> TokenPlace:
    """Keep the token (keyring, or the configured token_file); say where. Never logs it."""
    token = _clean(token, which)
    path = token_file_path(_config(config, None), which)
    if path is not None:
        write_token_file(path, token)
        return _file_place(path)
    try:
        backend = secure_keyring()
    except NoSecureStorage as exc:
        raise _no_storage_error(exc, which) from exc
    try:
        backend.set_password(_SERVICES[which], workstation_id, token)
        kept = backend.get_password(_SERVICES[which], workstation_id)
    except Exception as exc:
        raise ConfigError("keyring_failed", "The keyring refused to store the token "
                          f"({type(exc).__name__}: {exc}).") from exc
    if kept != token:
        raise ConfigError("keyring_failed", "The keyring accepted the token but does not keep it.")
    return _keyring_place(workstation_id, which)


def delete_token(workstation_id: str, config: Any = None,
                 which: str = SPC) -> tuple[bool, TokenPlace]:
    """Remove the kept token; (whether there was one, where)."""
    path = token_file_path(_config(config, None), which)
    if path is not None:
        try:
            path.unlink()
        except FileNotFoundError:
            return False, _file_place(path)
        except OSError as exc:
            raise ConfigError("token_file_unwritable",
                              f"The token file {path} cannot be removed: {exc.strerror}.") from exc
        return True, _file_place(path)
    try:
        backend = secure_keyring()
    except NoSecureStorage as exc:
        raise _no_storage_error(exc, which) from exc
    from keyring.errors import PasswordDeleteError
    try:
        if backend.get_password(_SERVICES[which], workstation_id) is None:
            return False, _keyring_place(workstation_id, which)
        backend.delete_password(_SERVICES[which], workstation_id)
    except PasswordDeleteError:
        return False, _keyring_place(workstation_id, which)
    except Exception as exc:
        raise ConfigError("keyring_failed", "The keyring refused to remove the token "
                          f"({type(exc).__name__}: {exc}).") from exc
    return True, _keyring_place(workstation_id, which)


def token_status(workstation_id: str, env: dict | None = None,
                 config: Any = None, which: str = SPC) -> dict:
    """Whether a token is there and where it comes from; never the token, nor its length."""
    env = os.environ if env is None else env
    out: dict = {"workstation_id": workstation_id, "present": False, "source": None,
                 "location": None, "problem": None}
    if env.get(_ENV[which]) or which in _pinned:
        out.update(present=True, source="environment",
                   location=f"{_ENV[which]} (overrides the kept token)")
        return out
    path = token_file_path(_config(config, env), which)
    if path is not None:
        out.update(_file_place(path).to_json())
        try:
            out["present"] = read_token_file(path) is not None
        except ConfigError as exc:
            out["problem"] = exc.message
        return out
    out.update(_keyring_place(workstation_id, which).to_json())
    try:
        backend = secure_keyring()
    except NoSecureStorage as exc:
        out["problem"] = _no_storage_error(exc, which).message
        return out
    try:
        out["present"] = backend.get_password(_SERVICES[which], workstation_id) is not None
    except Exception as exc:
        out["problem"] = f"The keyring did not answer ({type(exc).__name__}: {exc})."
    return out
