"""Where the SPC token lives: the OS keyring, never a file or a log line.

CASHIER_SPC_TOKEN overrides it for automation and for the demo, whose token
only ever exists in the demo process's environment.
"""

from __future__ import annotations

import os

from cashier.errors import ConfigError

KEYRING_SERVICE = "cashier-workstation-spc"


def get_token(workstation_id: str, env: dict | None = None) -> str | None:
    env = os.environ if env is None else env
    if env.get("CASHIER_SPC_TOKEN"):
        return env["CASHIER_SPC_TOKEN"]
    try:
        import keyring
        from keyring.errors import KeyringError, NoKeyringError
    except ImportError:  # pragma: no cover - keyring is a hard dependency
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, workstation_id)
    except NoKeyringError:
        return None
    except KeyringError:
        return None


def set_token(workstation_id: str, token: str) -> None:
    import keyring
    from keyring.errors import KeyringError, NoKeyringError
    try:
        keyring.set_password(KEYRING_SERVICE, workstation_id, token)
    except NoKeyringError as exc:
        raise ConfigError(
            "keyring_unavailable",
            "No secure storage (Secret Service) is available, so the SPC token cannot be kept. "
            "Ask IT to enable the desktop keyring; the token is never written to a plain file.") from exc
    except KeyringError as exc:
        raise ConfigError("keyring_failed", f"The keyring refused to store the token: {exc}") from exc
