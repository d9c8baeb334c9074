"""What the reference servers' test harnesses share: a child that dies with pytest, and a
requests session that speaks relative paths to one server with its bearer token."""

from __future__ import annotations

import ctypes
import signal
from urllib.parse import urljoin

import requests


def die_with_parent() -> None:
    # Linux: if pytest itself is killed, the server gets SIGTERM instead of
    # living on as an orphan holding a port.
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


class Api(requests.Session):
    """Relative paths against the server's URL, a bearer token, and a timeout always."""

    def __init__(self, base_url: str, token: str | None, timeout: float = 15):
        super().__init__()
        self.base_url = base_url
        self.timeout = timeout
        if token:
            self.headers["Authorization"] = f"Bearer {token}"

    def request(self, method, url, *args, **kwargs):
        kwargs.setdefault("timeout", self.timeout)
        return super().request(method, urljoin(self.base_url, url), *args, **kwargs)
