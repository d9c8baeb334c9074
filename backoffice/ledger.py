"""The chart of accounts the bank's books are posted to: the setting `ledger`.

    {"teller_cash": "100110", "vault": "100100", "fee_income": "460010",
     "cash_over": "460090", "cash_short": "760090", "card_clearing": "100500",
     "transit": {"*": "287000", "AES": "287010"}}

`teller_cash` may name each desk's own account with the placeholder "{workstation_id}"
(e.g. "100110-{workstation_id}"); `transit` maps a provider id to its transit account,
"*" for every provider not listed. `card_clearing` (optional; the placeholder allowed too)
takes a payment's card part instead of the teller's cash: what the bank's card terminal
took, until the card scheme settles it. A chart without it stays valid, and a day with
card money is refused until it is set (postings.py). The value is set like any setting,
for the bank or a branch (whose value replaces the bank's whole), and checked here, so a
chart that cannot post every tenge is refused where it is typed, not found missing when
the accountants ask for a day.
"""

from __future__ import annotations

import json
import re
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from backoffice.schema import settings

KEY = "ledger"
ACCOUNTS = ("teller_cash", "vault", "fee_income", "cash_over", "cash_short")
OPTIONAL = ("card_clearing",)
CARD_CLEARING = "card_clearing"
PLACEHOLDER = "{workstation_id}"
DEMO_LEDGER: dict[str, Any] = {
    "teller_cash": "100110", "vault": "100100", "fee_income": "460010",
    "cash_over": "460090", "cash_short": "760090", "card_clearing": "100500",
    "transit": {"*": "287000", "AES": "287010"},
}
# An account number as agreed for the bank's core system: 4 to 34 (an IBAN's most) of
# digits, capital Latin letters, dots and dashes.
_ACCOUNT = re.compile(r"[0-9A-Z.-]{4,34}")
_PROVIDER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}")
EXAMPLE = json.dumps(DEMO_LEDGER, ensure_ascii=False)
HOW_TO_SET = ("python -m backoffice settings set --bank ledger='" + EXAMPLE + "' --db URL "
              "(a branch may override it with --branch B)")


class LedgerInvalid(ValueError):
    """`key` names the part that is wrong, e.g. "ledger.transit.AES"."""

    def __init__(self, key: str, message: str):
        super().__init__(message)
        self.key = key
        self.message = message


def _account(value: Any, key: str, example: str, placeholder: bool = False) -> str:
    bare = value.replace(PLACEHOLDER, "0") if placeholder and isinstance(value, str) else value
    if not isinstance(bare, str) or not _ACCOUNT.fullmatch(bare):
        each = f", with {PLACEHOLDER} for each desk's own" if placeholder else ""
        raise LedgerInvalid(key, f"{key} must be an account number in quotes: 4 to 34 of "
                                 f"0-9 A-Z . -{each}, like \"{example}\".")
    return value


def check(value: Any) -> dict:
    """The ledger, or LedgerInvalid naming what is wrong."""
    if not isinstance(value, dict):
        raise LedgerInvalid(KEY, f"{KEY} must be an object like {EXAMPLE}.")
    for name in value:
        if name not in (*ACCOUNTS, *OPTIONAL, "transit"):
            raise LedgerInvalid(f"{KEY}.{name}", f"{KEY}.{name} is not part of the chart; it "
                                f"takes {', '.join(ACCOUNTS)}, transit and (optional) "
                                f"{', '.join(OPTIONAL)}.")
    for name in (*ACCOUNTS, "transit"):
        if name not in value:
            raise LedgerInvalid(f"{KEY}.{name}", f"{KEY}.{name} is missing: every tenge must "
                                f"have an account to go to ({EXAMPLE}).")
    for name in (*ACCOUNTS, *OPTIONAL):
        if name in value:
            _account(value[name], f"{KEY}.{name}", DEMO_LEDGER[name],
                     placeholder=name in ("teller_cash", CARD_CLEARING))
    transit = value["transit"]
    if not isinstance(transit, dict) or "*" not in transit:
        raise LedgerInvalid(f"{KEY}.transit", f"{KEY}.transit must be an object of provider id "
                            "to account, with \"*\" for every provider not listed, like "
                            f"{json.dumps(DEMO_LEDGER['transit'])}.")
    for provider, account in transit.items():
        if provider != "*" and not _PROVIDER.fullmatch(provider):
            raise LedgerInvalid(f"{KEY}.transit", f"{provider!r} is not a provider id.")
        _account(account, f"{KEY}.transit.{provider}", DEMO_LEDGER["transit"]["AES"])
    return value


def for_branch(conn: Connection, branch_id: str) -> dict | None:
    """The branch's chart, else the bank's (a layer's value replaces the one below whole, as
    every setting's does); None if neither is set, LedgerInvalid if the one found is wrong."""
    s = settings.c
    rows = dict(conn.execute(
        sa.select(s.scope, s.value).where(
            s.key == KEY,
            sa.or_(sa.and_(s.scope == "bank", s.scope_id == ""),
                   sa.and_(s.scope == "branch", s.scope_id == branch_id)))).all())
    text = rows.get("branch", rows.get("bank"))
    return None if text is None else check(json.loads(text))


def teller_cash(ledger: dict, workstation_id: str) -> str:
    return ledger["teller_cash"].replace(PLACEHOLDER, workstation_id)


def card_clearing(ledger: dict, workstation_id: str) -> str | None:
    """The card clearing account for a desk's card parts; None when the chart has none."""
    account = ledger.get(CARD_CLEARING)
    return None if account is None else account.replace(PLACEHOLDER, workstation_id)


def transit(ledger: dict, provider_id: str | None) -> str:
    accounts = ledger["transit"]
    return accounts.get(provider_id, accounts["*"]) if provider_id else accounts["*"]
