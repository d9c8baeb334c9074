"""A fault-injecting HTTP/1.1 proxy for tests: loopback only, bounded, seeded.

It sits between the workstation and the real reference SPC and, for each
request on a (possibly keep-alive) client connection, does one thing:

    pass            forward the request, forward the answer
    delay           wait `delay` seconds (or a random one in `delay_range`), then pass
    drop_request    close the client connection without forwarding anything
    drop_response   forward, read the SPC's whole answer (it has committed), then
                    close the client connection without sending a byte of it
    reset           answer with a TCP RST (SO_LINGER 0) without forwarding
    reset_response  forward, read the whole answer, then RST the client
    error_500       answer 500 itself, without forwarding
    error_503       answer 503 with `Retry-After` itself, without forwarding
    garbage         forward, read the whole answer, send `200` with an HTML body instead

Faults come from a queue (`script()`, for deterministic tests) and, when the
queue is empty, from a seeded RNG with a `fault_rate` and a `mix` of weights.
Only requests whose path starts with one of `only_paths` are eligible (None:
every request). Every upstream request gets its own connection to the SPC, so a
stale upstream connection can never make the proxy resend anything by itself.

Safety bounds: it binds 127.0.0.1 only, refuses any upstream outside
127.0.0.0/8, accepts at most `max_connections` client connections, and stops
by itself after `max_lifetime` seconds. It runs an asyncio loop in a daemon
thread; use it as a context manager or call `start()` / `stop()`.

    with FaultProxy(spc.url, fault_rate=0.3, seed=7) as proxy:
        ... point the workstation at proxy.url ...
        proxy.counters()  # {"requests": ..., "drop_response": ..., ...}
"""

from __future__ import annotations

import asyncio
import collections
import ipaddress
import json
import random
import socket
import struct
import threading
import time
from dataclasses import dataclass
from typing import Iterable
from urllib.parse import urlsplit

PASS = "pass"
DELAY = "delay"
DROP_REQUEST = "drop_request"
DROP_RESPONSE = "drop_response"
RESET = "reset"
RESET_RESPONSE = "reset_response"
ERROR_500 = "error_500"
ERROR_503 = "error_503"
GARBAGE = "garbage"

KINDS = (PASS, DELAY, DROP_REQUEST, DROP_RESPONSE, RESET, RESET_RESPONSE, ERROR_500, ERROR_503,
         GARBAGE)
FAULTS = tuple(k for k in KINDS if k != PASS)
# Kinds after which the SPC has seen (and possibly committed) the request.
FORWARDED = {PASS, DELAY, DROP_RESPONSE, RESET_RESPONSE, GARBAGE}

DEFAULT_MIX = {DELAY: 1, DROP_REQUEST: 1, DROP_RESPONSE: 1, RESET: 1, RESET_RESPONSE: 1,
               ERROR_500: 1, ERROR_503: 1, GARBAGE: 1}

MAX_HEAD = 64 * 1024
MAX_BODY = 32 * 1024 * 1024
IO_TIMEOUT = 30.0
LOOPBACK = ipaddress.ip_network("127.0.0.0/8")


@dataclass(frozen=True)
class Fault:
    kind: str
    delay: float | None = None        # for DELAY; None: random in delay_range
    retry_after: int | None = None    # for ERROR_503; None: the proxy's retry_after

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; known: {', '.join(KINDS)}")


class ProxyError(Exception):
    pass


class _Closed(Exception):
    """The peer closed the connection (cleanly, between or inside a message)."""


def check_loopback_upstream(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    if parts.scheme != "http":
        raise ValueError(f"upstream must be plain http on loopback, got {url!r}")
    host = parts.hostname or ""
    if host == "localhost":
        host = "127.0.0.1"
    try:
        addr = ipaddress.ip_address(host)
    except ValueError as exc:
        raise ValueError(f"upstream host must be a 127.0.0.0/8 address, got {host!r}") from exc
    if addr.version != 4 or addr not in LOOPBACK:
        raise ValueError(f"refusing upstream {host}: not in 127.0.0.0/8")
    if not parts.port:
        raise ValueError("upstream URL needs an explicit port")
    return str(addr), parts.port


# -- HTTP/1.1 framing ------------------------------------------------------------------

def _parse_head(head: bytes) -> tuple[str, dict[str, str]]:
    """(start line, lower-cased headers). Repeated headers are joined with ', '."""
    lines = head.decode("latin-1").split("\r\n")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise ProxyError(f"malformed header line {line!r}")
        key = name.strip().lower()
        headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
    return lines[0], headers


async def _read_head(reader: asyncio.StreamReader) -> bytes:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if exc.partial.strip():
            raise ProxyError("connection closed inside a message head") from exc
        raise _Closed() from exc
    except asyncio.LimitOverrunError as exc:
        raise ProxyError("message head too large") from exc
    return head


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    """The raw chunked body, trailers included, exactly as it came."""
    out = bytearray()
    while True:
        size_line = await reader.readuntil(b"\r\n")
        out += size_line
        size = int(size_line.split(b";")[0].strip(), 16)
        if size == 0:
            while True:  # trailers, then the empty line
                line = await reader.readuntil(b"\r\n")
                out += line
                if line == b"\r\n":
                    return bytes(out)
        out += await reader.readexactly(size + 2)
        if len(out) > MAX_BODY:
            raise ProxyError("chunked body too large")


async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str], *,
                     is_response: bool, status: int = 0, method: str = "") -> tuple[bytes, bool]:
    """(body bytes, body ran until close)."""
    if is_response and (100 <= status < 200 or status in (204, 304) or method == "HEAD"):
        return b"", False
    if "chunked" in headers.get("transfer-encoding", "").lower():
        return await _read_chunked(reader), False
    if "content-length" in headers:
        try:
            length = int(headers["content-length"])
        except ValueError as exc:
            raise ProxyError("bad Content-Length") from exc
        if length < 0 or length > MAX_BODY:
            raise ProxyError("Content-Length out of bounds")
        return await reader.readexactly(length), False
    if not is_response:
        return b"", False  # a request without a length has no body
    data = await reader.read(MAX_BODY + 1)
    rest = bytearray(data)
    while data:
        data = await reader.read(65536)
        rest += data
        if len(rest) > MAX_BODY:
            raise ProxyError("response body too large")
    return bytes(rest), True


def _wants_close(headers: dict[str, str], version: str) -> bool:
    conn = headers.get("connection", "").lower()
    if "close" in conn:
        return True
    return version == "HTTP/1.0" and "keep-alive" not in conn


def _own_response(status: int, reason: str, body: bytes, extra: dict[str, str] | None = None,
                  content_type: str = "application/json") -> bytes:
    head = [f"HTTP/1.1 {status} {reason}", f"Content-Type: {content_type}",
            f"Content-Length: {len(body)}", "Connection: keep-alive"]
    head += [f"{k}: {v}" for k, v in (extra or {}).items()]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


def _error_body(code: str, message: str) -> bytes:
    return json.dumps({"error": {"code": code, "message": message, "field": None}}).encode()


def _rst(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
    writer.transport.abort()


# -- the proxy ---------------------------------------------------------------------------

class FaultProxy:
    def __init__(self, upstream: str, *, fault_rate: float = 0.0, mix: dict[str, float] | None = None,
                 seed: int | None = 0, delay_range: tuple[float, float] = (0.05, 0.5),
                 retry_after: int = 1, only_paths: Iterable[str] | None = None,
                 max_connections: int = 10_000, max_lifetime: float = 600.0,
                 keep_events: int = 10_000):
        self.upstream_host, self.upstream_port = check_loopback_upstream(upstream)
        if not 0.0 <= fault_rate <= 1.0:
            raise ValueError("fault_rate must be within [0, 1]")
        self._mix = dict(DEFAULT_MIX if mix is None else mix)
        for kind in self._mix:
            Fault(kind)  # validates the name
        self.fault_rate = fault_rate
        self.delay_range = delay_range
        self.retry_after = retry_after
        self.only_paths = tuple(only_paths) if only_paths is not None else None
        self.max_connections = max_connections
        self.max_lifetime = max_lifetime
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._script: collections.deque[Fault] = collections.deque()
        self._counts: collections.Counter[str] = collections.Counter()
        self.events: collections.deque[tuple[str, str, str]] = collections.deque(maxlen=keep_events)
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.base_events.Server | None = None
        self._ready = threading.Event()
        self._stopped = threading.Event()
        self._start_error: BaseException | None = None
        self._tasks: set[asyncio.Task] = set()
        self._client_writers: set[asyncio.StreamWriter] = set()
        self.started_at = 0.0

    # -- public API ---------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def script(self, *faults: str | Fault) -> None:
        """Queue faults for the next eligible requests, in order (before any random choice)."""
        with self._lock:
            for f in faults:
                self._script.append(f if isinstance(f, Fault) else Fault(f))

    def scripted_left(self) -> int:
        with self._lock:
            return len(self._script)

    def set_faults(self, fault_rate: float | None = None, mix: dict[str, float] | None = None) -> None:
        with self._lock:
            if fault_rate is not None:
                self.fault_rate = fault_rate
            if mix is not None:
                self._mix = dict(mix)

    def counters(self) -> dict[str, int]:
        with self._lock:
            out = {k: 0 for k in KINDS}
            out.update(self._counts)
            out["faults"] = sum(self._counts[k] for k in FAULTS)
            for k in ("connections", "requests", "refused_connections", "upstream_errors",
                      "client_gone", "protocol_errors"):
                out.setdefault(k, 0)
            return out

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._stopped.is_set()

    def start(self) -> "FaultProxy":
        if self._thread is not None:
            raise RuntimeError("already started")
        self._thread = threading.Thread(target=self._run, name="fault-proxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("fault proxy did not start within 10 s")
        if self._start_error is not None:
            raise RuntimeError(f"fault proxy failed to start: {self._start_error}")
        return self

    def stop(self, timeout: float = 10.0) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self._begin_shutdown)
            except RuntimeError:
                pass  # the loop already closed
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                raise RuntimeError("fault proxy thread did not stop")

    def __enter__(self) -> "FaultProxy":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- loop ---------------------------------------------------------------------------

    def _count(self, key: str, n: int = 1) -> None:
        with self._lock:
            self._counts[key] += n

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main())
        finally:
            try:
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                loop.close()
                self._stopped.set()
                self._ready.set()

    async def _main(self) -> None:
        self._shutdown = asyncio.Event()
        try:
            self._server = await asyncio.start_server(self._on_client, "127.0.0.1", 0,
                                                      limit=MAX_HEAD)
        except OSError as exc:
            self._start_error = exc
            return
        self.port = self._server.sockets[0].getsockname()[1]
        self.started_at = time.monotonic()
        self._ready.set()
        try:
            await asyncio.wait_for(self._shutdown.wait(), self.max_lifetime)
        except asyncio.TimeoutError:
            self._count("lifetime_expired")
        self._server.close()
        for w in list(self._client_writers):
            w.transport.abort()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    def _begin_shutdown(self) -> None:
        if hasattr(self, "_shutdown"):
            self._shutdown.set()

    def _choose(self, method: str, path: str) -> Fault:
        if self.only_paths is not None and not path.startswith(self.only_paths):
            return Fault(PASS)
        with self._lock:
            if self._script:
                return self._script.popleft()
            if self.fault_rate <= 0 or not self._mix or self._rng.random() >= self.fault_rate:
                return Fault(PASS)
            kinds = list(self._mix)
            return Fault(self._rng.choices(kinds, weights=[self._mix[k] for k in kinds])[0])

    async def _on_client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        with self._lock:
            over = self._counts["connections"] >= self.max_connections
            self._counts["refused_connections" if over else "connections"] += 1
        if over:
            writer.transport.abort()
            return
        self._tasks.add(task)
        self._client_writers.add(writer)
        try:
            await self._serve(reader, writer)
        except asyncio.CancelledError:
            pass
        except (ProxyError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            self._count("protocol_errors")
        except (ConnectionError, OSError, asyncio.TimeoutError):
            self._count("client_gone")
        finally:
            self._tasks.discard(task)
            self._client_writers.discard(writer)
            if not writer.transport.is_closing():
                writer.transport.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            try:
                head = await _read_head(reader)
            except _Closed:
                return
            start, headers = _parse_head(head)
            try:
                method, target, version = start.split(" ", 2)
            except ValueError as exc:
                raise ProxyError(f"malformed request line {start!r}") from exc
            if "chunked" in headers.get("transfer-encoding", "").lower():
                # Not needed by our clients; refusing is clearer than guessing.
                writer.write(_own_response(501, "Not Implemented",
                                           _error_body("proxy_chunked", "chunked requests unsupported")))
                await writer.drain()
                return
            body, _ = await _read_body(reader, headers, is_response=False)
            path = urlsplit(target).path if target.startswith("http") else target.split("?")[0]
            fault = self._choose(method, path)
            self._count("requests")
            self._count(fault.kind)
            self.events.append((fault.kind, method, path))
            close_after = _wants_close(headers, version)

            if fault.kind == DROP_REQUEST:
                writer.close()
                return
            if fault.kind == RESET:
                _rst(writer)
                return
            if fault.kind == ERROR_500:
                writer.write(_own_response(500, "Internal Server Error",
                                           _error_body("proxy_fault", "injected 500")))
                await writer.drain()
                if close_after:
                    return
                continue
            if fault.kind == ERROR_503:
                ra = fault.retry_after if fault.retry_after is not None else self.retry_after
                writer.write(_own_response(503, "Service Unavailable",
                                           _error_body("proxy_fault", "injected 503"),
                                           {"Retry-After": str(ra)}))
                await writer.drain()
                if close_after:
                    return
                continue
            if fault.kind == DELAY:
                d = fault.delay if fault.delay is not None else self._rng_delay()
                await asyncio.sleep(d)

            try:
                resp_head, resp_body, upstream_closed = await self._forward(method, head, body)
            except (OSError, ProxyError, asyncio.IncompleteReadError, asyncio.TimeoutError):
                self._count("upstream_errors")
                writer.write(_own_response(502, "Bad Gateway",
                                           _error_body("proxy_upstream", "upstream failed")))
                await writer.drain()
                return

            if fault.kind == DROP_RESPONSE:
                writer.close()
                return
            if fault.kind == RESET_RESPONSE:
                _rst(writer)
                return
            if fault.kind == GARBAGE:
                writer.write(_own_response(200, "OK", b"<html><body>proxy error</body></html>",
                                           content_type="text/html"))
                await writer.drain()
                if close_after:
                    return
                continue
            writer.write(resp_head + resp_body)
            await writer.drain()
            _, rheaders = _parse_head(resp_head)
            if close_after or upstream_closed or "close" in rheaders.get("connection", "").lower():
                return

    def _rng_delay(self) -> float:
        with self._lock:
            return self._rng.uniform(*self.delay_range)

    async def _forward(self, method: str, head: bytes, body: bytes) -> tuple[bytes, bytes, bool]:
        """One request on a fresh upstream connection; the whole answer, read by its framing."""
        up_reader, up_writer = await asyncio.wait_for(
            asyncio.open_connection(self.upstream_host, self.upstream_port, limit=MAX_HEAD),
            IO_TIMEOUT)
        try:
            up_writer.write(head + body)
            await up_writer.drain()
            while True:
                resp_head = await asyncio.wait_for(_read_head(up_reader), IO_TIMEOUT)
                status_line, rheaders = _parse_head(resp_head)
                status = int(status_line.split(" ", 2)[1])
                if 100 <= status < 200 and status != 101:
                    continue  # an interim answer; the final one follows
                break
            resp_body, until_close = await asyncio.wait_for(
                _read_body(up_reader, rheaders, is_response=True, status=status, method=method),
                IO_TIMEOUT)
            return resp_head, resp_body, until_close
        except _Closed as exc:
            raise ProxyError("upstream closed before answering") from exc
        finally:
            up_writer.close()
