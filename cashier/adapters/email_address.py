"""A customer's e-mail address as typed at the desk, checked before anything is stored.

The check is what a teller needs, not the whole of RFC 5322: one @, a name before it in
Latin letters, digits and . _ - + (and the other characters RFC 5321 allows unquoted), and a
mail domain after it, which may be written in any script (an IDN: почта.қаз), turned into
its ASCII form (xn--…) for the mail server, so no SMTPUTF8 support is needed there. A name
typed in Cyrillic is almost always the keyboard left in Russian: the message says so.

    address = parse_address(" Aigerim@Почта.Қаз ")
    address.text   -> "Aigerim@почта.қаз"   (what is shown and stored)
    address.ascii  -> "Aigerim@xn--80a1acny.xn--80ao21a"   (what the mail server is given)

Every refusal is a ValidationError with field "email" and a code of its own
(ui/messages_more.py has the words).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from cashier.errors import ValidationError

FIELD = "email"
MAX_ADDRESS = 254     # RFC 5321: a path of 256 octets, less the angle brackets
MAX_LOCAL = 64
MAX_LABEL = 63
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LOCAL = re.compile(rf"{_ATOM}(\.{_ATOM})*")
_LABEL = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?")
_TLD = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}")
_CYRILLIC = re.compile(r"[\u0400-\u052f]")


@dataclass(frozen=True)
class EmailAddress:
    local: str          # before the @, as typed
    domain: str         # after it, lower case, in its own script (почта.қаз)
    ascii_domain: str   # the same for the mail server (xn--80a1acny.xn--80ao21a)

    @property
    def text(self) -> str:
        return f"{self.local}@{self.domain}"

    @property
    def ascii(self) -> str:
        return f"{self.local}@{self.ascii_domain}"


def _refuse(code: str, message: str, **params) -> ValidationError:
    return ValidationError(code, message, FIELD, params)


def parse_address(typed: str | None) -> EmailAddress:
    """The address checked and normalised; ValidationError (field "email") saying what is wrong."""
    text = unicodedata.normalize("NFC", (typed or "").strip())
    if not text:
        raise _refuse("email_empty", "Type the customer's e-mail address, e.g. aigerim@mail.kz.")
    if len(text) > MAX_ADDRESS:
        raise _refuse("email_too_long", f"An e-mail address has at most {MAX_ADDRESS} characters.",
                      limit=MAX_ADDRESS)
    if text.count("@") != 1:
        raise _refuse("email_no_at", "An e-mail address has one @ between the name and the "
                      "domain, e.g. aigerim@mail.kz.")
    local, _, domain = text.partition("@")
    if _CYRILLIC.search(local):
        raise _refuse("email_not_latin", "The part before @ has Cyrillic letters: switch the "
                      "keyboard to Latin and type it again.")
    if not local or len(local) > MAX_LOCAL or not _LOCAL.fullmatch(local):
        raise _refuse("email_local_invalid", "The part before @ may hold Latin letters, digits "
                      "and . _ - + only, with no space, no dot at its start or end and no two "
                      "dots in a row.")
    domain = domain.rstrip(".").lower()
    ascii_domain = _ascii_domain(domain)
    if ascii_domain is None:
        raise _refuse("email_domain_invalid", "The part after @ is not a mail domain: it looks "
                      "like mail.kz or почта.қаз, with no spaces or commas.", domain=domain)
    if len(local) + 1 + len(ascii_domain) > MAX_ADDRESS:
        raise _refuse("email_too_long", f"An e-mail address has at most {MAX_ADDRESS} characters.",
                      limit=MAX_ADDRESS)
    return EmailAddress(local, _unicode_domain(ascii_domain, domain), ascii_domain)


def is_valid(typed: str | None) -> bool:
    try:
        parse_address(typed)
    except ValidationError:
        return False
    return True


def _ascii_domain(domain: str) -> str | None:
    """The domain's ASCII (A-label) form, or None when it is not a mail domain."""
    if not domain or len(domain) > 253 or any(c.isspace() for c in domain):
        return None
    if domain.isascii():
        ascii_domain = domain
    else:
        import idna  # requests' own dependency: IDNA 2008 with the UTS 46 mapping
        try:
            ascii_domain = idna.encode(domain, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError, ValueError):
            return None
    labels = ascii_domain.split(".")
    if len(ascii_domain) > 253 or len(labels) < 2:
        return None
    if any(len(label) > MAX_LABEL or not _LABEL.fullmatch(label) for label in labels):
        return None
    if not _TLD.fullmatch(labels[-1]):
        return None
    return ascii_domain


def _unicode_domain(ascii_domain: str, typed: str) -> str:
    """The domain to show: as typed when it was in its own script, else the ASCII one."""
    if typed.isascii():
        return ascii_domain
    import idna
    try:
        return idna.decode(ascii_domain)
    except (idna.IDNAError, UnicodeError, ValueError):  # pragma: no cover - it was just encoded
        return typed
