"""JSON over HTTP(S) as both of the desk's peers speak it (spc-protocol.md,
backoffice-protocol.md): a bearer token, UTF-8 JSON bodies sent as the exact bytes given,
the error body {"error": {"code", "message", "field"}}, Retry-After, the peer's clock from
its Date header. Every failure becomes the error the subclass says, by what the caller
must do about it: unavailable (retry later), auth_error (stop, credentials), rejected
(final), protocol_error (an answer the protocol does not promise)."""

from __future__ import annotations

import email.utils
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import requests

from cashier.errors import CashierError, NotFoundError

USER_AGENT = "cashier-workstation/0.1"
MAX_BODY = 20 * 1024 * 1024  # an invoice PDF is ~50 KB; anything this large is garbage


@dataclass(frozen=True)
class Contact:
    """What the last answer told us besides its body: the peer's clock."""
    server_time: datetime | None
    local_time: datetime

    @property
    def skew_seconds(self) -> float | None:
        if self.server_time is None:
            return None
        return (self.local_time - self.server_time).total_seconds()


class PeerError(CashierError):
    """A failure talking to a peer; `prefix` names the peer in the error code
    ("spc_unavailable", "backoffice_auth") so the words shown can differ by peer."""
    prefix = "peer"
    status: int | None = None


class PeerUnavailable(PeerError):
    def __init__(self, message: str, *, status: int | None = None,
                 retry_after: float | None = None):
        super().__init__(f"{self.prefix}_unavailable", message, None,
                         {"status": status, "retry_after": retry_after})
        self.status = status
        self.retry_after = retry_after


class PeerAuthError(PeerError):
    def __init__(self, code: str, message: str, status: int):
        super().__init__(f"{self.prefix}_auth", message, None,
                         {f"{self.prefix}_code": code, "status": status})
        self.status = status
        self.peer_code = code


class PeerRejected(PeerError):
    """Final for these bytes; the peer's own code is the error's code, `body` the whole answer."""
    def __init__(self, code: str, message: str, field: str | None, status: int, body: Any = None):
        super().__init__(code, message, field, {"status": status})
        self.status = status
        self.body = body if isinstance(body, dict) else {}


class PeerProtocolError(PeerError):
    def __init__(self, message: str, status: int | None = None):
        super().__init__(f"{self.prefix}_protocol", message, None, {"status": status})
        self.status = status


def peer_errors(prefix: str, name: str, module: str) -> tuple[type, type, type, type, type]:
    """A peer's five error classes: its base (named by `prefix` in the codes), and what the
    caller must do, each also a Peer* class: (Error, Unavailable, AuthError, Rejected,
    ProtocolError)."""
    def make(suffix: str, *bases: type, **ns) -> type:
        return type(f"{name}{suffix}", bases, {"__module__": module, **ns})
    base = make("Error", PeerError, prefix=prefix)
    return (base, make("Unavailable", base, PeerUnavailable), make("AuthError", base, PeerAuthError),
            make("Rejected", base, PeerRejected), make("ProtocolError", base, PeerProtocolError))


class JsonHttpClient:
    """JSON over HTTP(S) with a bearer token and the protocols' error body; subclasses say
    which errors a failure becomes (unavailable, auth_error, rejected, protocol_error)."""

    peer = "the server"
    # The error each failure becomes, set by each peer's client:
    Unavailable: type      # (message, status=, retry_after=): retry later
    AuthError: type        # (code, message, status): stop, credentials
    Rejected: type         # (code, message, field, status, body): final
    ProtocolError: type    # (message, status): an answer the protocol does not promise

    def unavailable(self, message: str, status: int | None = None,
                    retry_after: float | None = None) -> CashierError:
        return self.Unavailable(message, status=status, retry_after=retry_after)

    def auth_error(self, code: str, message: str, status: int) -> CashierError:
        return self.AuthError(code, message, status)

    def rejected(self, code: str, message: str, field: str | None, status: int,
                 body: Any = None) -> CashierError:
        return self.Rejected(code, message, field, status, body)

    def protocol_error(self, message: str, status: int | None = None) -> CashierError:
        return self.ProtocolError(message, status)

    def __init__(self, base_url: str, token: str | None, *, connect_timeout: float = 3.05,
                 read_timeout: float = 10.0, verify: bool | str = True):
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.token = token
        self.timeout = (connect_timeout, read_timeout)
        self.session = requests.Session()
        self.session.verify = verify
        self.session.headers["User-Agent"] = USER_AGENT
        self.session.headers["Accept"] = "application/json"
        self.last_contact: Contact | None = None

    def close(self) -> None:
        self.session.close()

    # -- transport -----------------------------------------------------------------

    def _url(self, path: str) -> str:
        return self.base_url + path.lstrip("/")

    def _request(self, method: str, path: str, *, auth: bool = True, json_body: Any = None,
                 headers: dict | None = None, params: dict | None = None,
                 timeout: tuple[float, float] | None = None) -> requests.Response:
        hdrs = dict(headers or {})
        if auth:
            if not self.token:
                raise self.auth_error("no_token", f"No token for {self.peer} is configured for this "
                                      "workstation.", 401)
            hdrs["Authorization"] = f"Bearer {self.token}"
        data = None
        if json_body is not None:
            # Serialised here, not by requests, so the bytes are exactly what we stored.
            data = json_body if isinstance(json_body, bytes) else \
                json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            hdrs["Content-Type"] = "application/json; charset=utf-8"
        try:
            # verify= on every request: requests lets REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE in
            # the environment override the session's setting, which would silently drop
            # the bank's configured CA bundle.
            resp = self.session.request(method, self._url(path), data=data, headers=hdrs,
                                        params=params, timeout=timeout or self.timeout,
                                        verify=self.session.verify)
        except requests.exceptions.SSLError as exc:
            raise self.unavailable(f"TLS error talking to {self.peer}: {exc}") from exc
        except requests.exceptions.RequestException as exc:
            raise self.unavailable(f"{self.peer.capitalize()} did not answer: "
                                   f"{type(exc).__name__}") from exc
        self._note_contact(resp)
        if len(resp.content) > MAX_BODY:
            raise self.protocol_error(f"The answer of {self.peer} is too large", resp.status_code)
        self._raise_for_status(resp)
        return resp

    def _note_contact(self, resp: requests.Response) -> None:
        server_time = None
        date_header = resp.headers.get("Date")
        if date_header:
            try:
                server_time = email.utils.parsedate_to_datetime(date_header)
            except (TypeError, ValueError):
                server_time = None
        self.last_contact = Contact(server_time, datetime.now(timezone.utc))

    @staticmethod
    def _error_body(resp: requests.Response) -> tuple[str, str, str | None]:
        try:
            err = resp.json()["error"]
            code = str(err.get("code") or f"http_{resp.status_code}")
            return code, str(err.get("message") or ""), err.get("field")
        except (ValueError, KeyError, TypeError, AttributeError):
            return f"http_{resp.status_code}", resp.text[:200], None

    def _raise_for_status(self, resp: requests.Response) -> None:
        status = resp.status_code
        if status < 400 or status == 304:
            return
        code, message, field = self._error_body(resp)
        if status in (401, 403):
            raise self.auth_error(code, message or f"{self.peer.capitalize()} refused this "
                                  "workstation's credentials.", status)
        if status == 404:
            raise NotFoundError(code if code != f"http_{status}" else "not_found",
                                message or f"Not found at {self.peer}.", field, {"status": status})
        if status == 429 or status >= 500:
            raise self.unavailable(message or f"{self.peer.capitalize()} is busy or failing "
                                   f"(HTTP {status}).", status=status,
                                   retry_after=_retry_after(resp))
        if status in (400, 409, 422):
            raise self.rejected(code, message, field, status, _body(resp))
        raise self.unavailable(f"Unexpected HTTP {status} from {self.peer}.", status=status)

    def _json(self, resp: requests.Response) -> Any:
        try:
            return resp.json()
        except ValueError as exc:
            raise self.protocol_error(f"The answer of {self.peer} is not JSON",
                                      resp.status_code) from exc


def _body(resp: requests.Response) -> Any:
    try:
        return resp.json()
    except ValueError:
        return None


def _retry_after(resp: requests.Response) -> float | None:
    value = resp.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0, int(value.strip()))  # whole seconds
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError):
        return None
