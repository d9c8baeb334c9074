"""The receipt's QR code: what it says, how it is signed, how it is checked.

The QR carries one line of text, compact and stable:

    RCPT1|<payment_id>|<receipt_no>|<total as 1272.26>|<business_date>|<code>

`code` is the first 16 hex digits of HMAC-SHA256(key, "RCPT1|payment_id|
receipt_no|total|business_date") with a key of 32 random bytes that belongs to
this workstation. Anyone can read the fields; only the workstation that printed
the receipt (or whoever holds its key) can tell a real code from a made-up one,
which is what `cashier receipt verify` does.

The key lives in the OS keyring (service "cashier-workstation-receipt-key",
username = the workstation id) and is made on first use. CASHIER_RECEIPT_KEY
(hex) overrides it for automation and the demo. Without a usable keyring and
without the variable the key is not available and `workstation_key` raises a
ConfigError saying so: the key is never written to a plain file.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import threading
from dataclasses import asdict, dataclass
from datetime import date

from cashier import money
from cashier.errors import ConfigError, ValidationError
from cashier.model import Payment

PREFIX = "RCPT1"
SEP = "|"
CODE_HEX = 16
MAX_TEXT = 512

KEYRING_SERVICE = "cashier-workstation-receipt-key"
ENV_KEY = "CASHIER_RECEIPT_KEY"
KEY_BYTES = 32
MIN_ENV_KEY_BYTES = 16

# What may stand in a field: no separator, no spaces, nothing a scanner could mangle.
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", re.ASCII)
_TOTAL = re.compile(r"\d{1,13}\.\d{2}", re.ASCII)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_CODE = re.compile(r"[0-9a-fA-F]{%d}" % CODE_HEX, re.ASCII)


# -- the payload --------------------------------------------------------------------

def _signed_part(payment_id: str, receipt_no: str, total: str, business_date: str) -> str:
    return SEP.join((PREFIX, payment_id, receipt_no, total, business_date))


def _code(key: bytes, signed: str) -> str:
    return hmac.new(key, signed.encode("ascii"), hashlib.sha256).hexdigest()[:CODE_HEX]


def make_payload(payment: Payment, key: bytes) -> str:
    """The QR text for a payment, signed with the workstation's key."""
    total = money.to_wire(payment.total)
    day = payment.business_date.isoformat()
    for name, value in (("payment id", payment.payment_id), ("receipt number", payment.receipt_no)):
        if not _ID.fullmatch(value):
            raise ValidationError("receipt_code_field",
                                  f"The {name} {value!r} cannot go into the receipt's QR code "
                                  "(letters, digits, '.', '_' and '-' only, at most 64).")
    if not _TOTAL.fullmatch(total):
        raise ValidationError("receipt_code_field", f"The total {total} cannot go into a QR code.")
    if not key:
        raise ValueError("empty receipt key")
    signed = _signed_part(payment.payment_id, payment.receipt_no, total, day)
    return signed + SEP + _code(key, signed)


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    payment_id: str | None = None
    receipt_no: str | None = None
    total: str | None = None          # as on the wire: "1272.26"
    business_date: str | None = None  # ISO date
    reason: str = ""                  # empty when ok; otherwise says what is wrong

    def to_json(self) -> dict:
        return asdict(self)


def verify(text: str, key: bytes) -> VerifyResult:
    """Check a scanned QR text. Never raises: anything wrong gives ok=False and a reason.

    When the text is well formed but the code does not match, the fields it
    claims are returned as well, so the person checking sees what was claimed.
    """
    try:
        return _verify(text, key)
    except Exception as exc:  # noqa: BLE001 - a verifier must answer, not crash
        return VerifyResult(False, reason=f"could not be checked: {type(exc).__name__}")


def _verify(text, key: bytes) -> VerifyResult:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            return VerifyResult(False, reason="not text: the scanned data is not UTF-8")
    if not isinstance(text, str):
        return VerifyResult(False, reason="not text")
    text = text.strip()
    if not text:
        return VerifyResult(False, reason="empty: nothing was scanned")
    if len(text) > MAX_TEXT:
        return VerifyResult(False, reason=f"too long ({len(text)} characters) to be a receipt code")
    parts = text.split(SEP)
    if parts[0] != PREFIX:
        if re.fullmatch(r"RCPT\d+", parts[0]):
            return VerifyResult(False, reason=f"unsupported receipt code version {parts[0]!r} "
                                              f"(this program reads {PREFIX})")
        return VerifyResult(False, reason=f"not a receipt code: it does not start with {PREFIX}{SEP}")
    if len(parts) != 6:
        return VerifyResult(False, reason=f"malformed: {len(parts)} fields separated by "
                                          f"'{SEP}', a receipt code has 6")
    _, payment_id, receipt_no, total, day, code = parts
    if not _ID.fullmatch(payment_id):
        return VerifyResult(False, reason="malformed: bad payment id")
    if not _ID.fullmatch(receipt_no):
        return VerifyResult(False, reason="malformed: bad receipt number")
    if not _TOTAL.fullmatch(total):
        return VerifyResult(False, reason="malformed: the total is not like 1272.26")
    try:
        if not _DATE.fullmatch(day):
            raise ValueError
        date.fromisoformat(day)
    except ValueError:
        return VerifyResult(False, reason="malformed: the business date is not a date like 2026-11-22")
    if not _CODE.fullmatch(code):
        return VerifyResult(False, reason=f"malformed: the verification code is not {CODE_HEX} "
                                          "hex digits")
    claimed = dict(payment_id=payment_id, receipt_no=receipt_no, total=total, business_date=day)
    expected = _code(key, _signed_part(payment_id, receipt_no, total, day))
    if not hmac.compare_digest(expected.encode("ascii"), code.lower().encode("ascii")):
        return VerifyResult(False, **claimed,
                            reason="the verification code does not match: the text was changed, "
                                   "or the receipt was not printed by this workstation")
    return VerifyResult(True, **claimed)


# -- the workstation's key ----------------------------------------------------------

_cache: dict[str, bytes] = {}
_cache_lock = threading.Lock()


def _parse_hex_key(text: str, where: str, minimum: int) -> bytes:
    try:
        key = bytes.fromhex(text.strip())
    except ValueError as exc:
        raise ConfigError("receipt_key_invalid", f"{where} is not a hex string.") from exc
    if len(key) < minimum:
        raise ConfigError("receipt_key_invalid",
                          f"{where} is too short: {len(key)} bytes, at least {minimum} are needed.")
    return key


def _no_keyring(detail: str) -> ConfigError:
    return ConfigError(
        "receipt_key_unavailable",
        "The receipt verification key cannot be kept: " + detail + ". The key is kept only in "
        "the OS keyring (Secret Service), never in a plain file. Ask IT to enable the desktop "
        f"keyring, or set {ENV_KEY} (64 hex digits) for automation.")


def workstation_key(workstation_id: str, env: dict | None = None) -> bytes:
    """This workstation's receipt key: CASHIER_RECEIPT_KEY, else the keyring (made on first use)."""
    env = os.environ if env is None else env
    if env.get(ENV_KEY):
        return _parse_hex_key(env[ENV_KEY], ENV_KEY, MIN_ENV_KEY_BYTES)
    with _cache_lock:
        cached = _cache.get(workstation_id)
        if cached is not None:
            return cached
        key = _keyring_key(workstation_id)
        _cache[workstation_id] = key
        return key


def pin_env_key(workstation_id: str, env: dict | None = None) -> None:
    """Keep CASHIER_RECEIPT_KEY's key in this process, so the variable itself can be removed
    from the environment the window's child processes inherit (a PDF viewer, say)."""
    env = os.environ if env is None else env
    if env.get(ENV_KEY):
        key = _parse_hex_key(env[ENV_KEY], ENV_KEY, MIN_ENV_KEY_BYTES)
        with _cache_lock:
            _cache[workstation_id] = key


def forget_cached_keys() -> None:
    """Drop the in-process copies (tests, or after IT replaced the key)."""
    with _cache_lock:
        _cache.clear()


def _keyring_key(workstation_id: str) -> bytes:
    try:
        from keyring.errors import KeyringError, NoKeyringError
    except ImportError as exc:  # pragma: no cover - keyring is a hard dependency
        raise _no_keyring("the keyring module is not installed") from exc
    from cashier.adapters.credentials import NoSecureStorage, secure_keyring
    try:  # the same deliberate choice as the SPC token's: no probing of every backend
        backend = secure_keyring()
    except NoSecureStorage as exc:
        raise _no_keyring(exc.reason) from exc
    where = f"the keyring entry {KEYRING_SERVICE}/{workstation_id}"
    try:
        stored = backend.get_password(KEYRING_SERVICE, workstation_id)
        if stored:
            # A damaged entry is reported, never replaced: a new key would make every
            # receipt printed so far fail verification.
            return _parse_hex_key(stored, where, KEY_BYTES)
        fresh = secrets.token_bytes(KEY_BYTES).hex()
        backend.set_password(KEYRING_SERVICE, workstation_id, fresh)
        # Read it back: another process may have made one at the same moment (the
        # keyring keeps the last), and a backend may accept a value it does not keep.
        kept = backend.get_password(KEYRING_SERVICE, workstation_id)
    except NoKeyringError as exc:
        raise _no_keyring("no keyring backend is usable here") from exc
    except KeyringError as exc:
        raise ConfigError("receipt_key_keyring_failed",
                          f"The keyring refused the receipt verification key: {exc}") from exc
    if not kept:
        raise _no_keyring("the keyring accepted the key but does not keep it")
    return _parse_hex_key(kept, where, KEY_BYTES)
