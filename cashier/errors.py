"""Errors the core raises for people to read.

The core never imports Qt, so it cannot translate. Every error carries a stable
`code` (snake_case) and `params`; the UI looks the code up in its translated
message table (ui/messages.py) and falls back to the English `message` here.
The `field` names the input the error belongs to, so the window can show the
message beside it.
"""

from __future__ import annotations

from typing import Any


class CashierError(Exception):
    """Base for every error meant for a teller, a supervisor or the IT person."""

    def __init__(self, code: str, message: str, field: str | None = None,
                 params: dict[str, Any] | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field
        self.params = dict(params or {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {self.message!r}, field={self.field!r})"


class ValidationError(CashierError):
    """Bad input; nothing was changed."""


class RuleError(CashierError):
    """A business rule refused the action (limits, day state, roles)."""


class NotFoundError(CashierError):
    """The thing asked for does not exist (an account, a payment)."""


class ConfigError(CashierError):
    """The workstation is not set up correctly; the message says what to fix."""


class StorageError(CashierError):
    """The disk refused: full (`disk_full`) or failing (`storage_failed`). The unit of work
    that met it was rolled back as a whole."""
