"""A minimal IPP client for CUPS: Get-Job-Attributes and Get-Printer-Attributes only.

lpstat shows a canceled or aborted job exactly like a completed one and says little about
why a printer stopped, so the job's fate and the printer's state reasons (media-empty,
offline-report, paused, …) are read over IPP (stdlib HTTP, on the socket lp uses). Every
call answers None when CUPS cannot be asked this way; the caller falls back to lpstat.
"""

from __future__ import annotations

import getpass
import http.client
import itertools
import os
import re
import socket
import struct
from urllib.parse import quote

IPP_TIMEOUT = 5.0

GET_PRINTER_ATTRIBUTES = 0x000B
GET_JOB_ATTRIBUTES = 0x0009
NOT_FOUND = 0x0406

_request_ids = itertools.count(1)


def cups_server() -> str:
    """Where libcups would connect: CUPS_SERVER, client.conf's ServerName, the local socket."""
    server = os.environ.get("CUPS_SERVER", "").strip()
    if not server:
        try:
            with open("/etc/cups/client.conf", encoding="utf-8") as fh:
                for line in fh:
                    m = re.match(r"\s*ServerName\s+(\S+)", line)
                    if m:
                        server = m[1]
        except OSError:
            pass
    if not server:
        for sock in ("/run/cups/cups.sock", "/var/run/cups/cups.sock"):
            if os.path.exists(sock):
                return sock
        return "localhost:631"
    return server


class _UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float):
        super().__init__("localhost", timeout=timeout)
        self._path = path

    def connect(self) -> None:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(self.timeout)
        try:
            s.connect(self._path)
        except OSError:
            s.close()
            raise
        self.sock = s


def _attr(tag: int, name: str, value: bytes) -> bytes:
    n = name.encode("ascii")
    return struct.pack(">BH", tag, len(n)) + n + struct.pack(">H", len(value)) + value


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cashier"


def request(operation: int, uri_name: str, uri: str, requested: tuple[str, ...]) -> bytes:
    """An IPP/2.0 request body: charset, language, the object's URI, the user and the
    attributes asked for."""
    body = struct.pack(">BBHI", 2, 0, operation, next(_request_ids))
    body += b"\x01"  # operation-attributes
    body += _attr(0x47, "attributes-charset", b"utf-8")
    body += _attr(0x48, "attributes-natural-language", b"en")
    body += _attr(0x45, uri_name, uri.encode("ascii"))
    body += _attr(0x42, "requesting-user-name", _user().encode("utf-8"))
    for i, name in enumerate(requested):
        body += _attr(0x44, "requested-attributes" if i == 0 else "", name.encode("ascii"))
    return body + b"\x03"


def parse(data: bytes) -> tuple[int, dict[str, list]]:
    """(status code, attributes by name) from an IPP response; raises ValueError on garbage.
    Integers and enums are ints, everything else bytes."""
    if len(data) < 9:
        raise ValueError("short IPP response")
    status = struct.unpack(">H", data[2:4])[0]
    pos, attrs, name = 8, {}, None
    while pos < len(data):
        tag = data[pos]
        pos += 1
        if tag == 0x03:
            break
        if tag < 0x10:  # a group delimiter
            continue
        (nlen,) = struct.unpack(">H", data[pos:pos + 2])
        pos += 2
        if nlen:
            name = data[pos:pos + nlen].decode("utf-8", "replace")
        pos += nlen
        (vlen,) = struct.unpack(">H", data[pos:pos + 2])
        pos += 2
        raw = data[pos:pos + vlen]
        if len(raw) != vlen:
            raise ValueError("truncated IPP response")
        pos += vlen
        if tag in (0x21, 0x23) and vlen == 4:
            value: object = struct.unpack(">i", raw)[0]
        elif tag == 0x22 and vlen == 1:
            value = bool(raw[0])
        else:
            value = raw
        attrs.setdefault(name, []).append(value)
    return status, attrs


def call(path: str, body: bytes) -> tuple[int, dict[str, list]] | None:
    """POST one request to CUPS; (status, attributes), or None when CUPS cannot be asked."""
    server = cups_server()
    try:
        if server.startswith("/"):
            conn: http.client.HTTPConnection = _UnixHTTPConnection(server, IPP_TIMEOUT)
        else:
            host, _, port = server.rpartition(":") if server.count(":") == 1 else (server, "", "")
            conn = http.client.HTTPConnection(host or server, int(port or 631), timeout=IPP_TIMEOUT)
        try:
            conn.request("POST", path, body=body, headers={"Content-Type": "application/ipp"})
            resp = conn.getresponse()
            data = resp.read()
        finally:
            conn.close()
        if resp.status != 200:
            return None
        return parse(data)
    except (OSError, http.client.HTTPException, ValueError, struct.error):
        return None


def job_attributes(job_number: int, *names: str) -> tuple[int, dict[str, list]] | None:
    body = request(GET_JOB_ATTRIBUTES, "job-uri", f"ipp://localhost/jobs/{job_number}", names)
    return call("/jobs/", body)


def printer_attributes(printer: str, *names: str) -> tuple[int, dict[str, list]] | None:
    path = "/printers/" + quote(printer, safe="")
    body = request(GET_PRINTER_ATTRIBUTES, "printer-uri", f"ipp://localhost{path}", names)
    return call(path, body)


def text(values: list | None) -> list[str]:
    """An attribute's values as text (keywords, names, messages)."""
    return [v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)
            for v in values or []]
