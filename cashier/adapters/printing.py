"""Printing through CUPS: queue a PDF with `lp`, ask how the job went, list printers.

Blocking calls with timeouts: the window runs them in a background op, never on
the GUI thread. Every failure is a CashierError whose code says what to fix
(`params["detail"]` carries CUPS's own words):

    print_no_lp            the CUPS client (lp, lpstat) is not installed
    print_no_printer       no printer in the settings and CUPS has no default
    print_cups_down        the CUPS scheduler is not running or not reachable
    print_unknown_printer  CUPS does not know the printer named
    print_refused          the printer exists but does not accept jobs
    print_timeout          lp did not answer in time
    print_failed           anything else lp reported
    receipt_missing        the PDF to print is not there

A job's fate is read with IPP Get-Job-Attributes (stdlib HTTP, the same socket
lp uses), because lpstat shows a canceled or aborted job exactly like a
completed one; when IPP cannot be reached, `lpstat` answers what it can.
lp and lpstat run with LC_ALL=C so their messages can be read, and with `child_env()`:
no secret of this process reaches them.
"""

from __future__ import annotations

import http.client
import itertools
import os
import re
import shutil
import socket
import struct
import subprocess
from dataclasses import dataclass

from cashier.errors import CashierError

LP_TIMEOUT = 30.0
LPSTAT_TIMEOUT = 10.0
IPP_TIMEOUT = 5.0

# CUPS job states (RFC 8011 job-state) as the words we use.
JOB_STATES = {3: "pending", 4: "held", 5: "processing", 6: "stopped", 7: "canceled",
              8: "aborted", 9: "completed"}
FINISHED = {"canceled", "aborted", "completed"}


@dataclass(frozen=True)
class PrintJob:
    job_id: str    # as CUPS names it: "CashierPDF-12"
    printer: str


@dataclass(frozen=True)
class PrinterInfo:
    name: str
    state: str          # "idle" | "printing" | "disabled" | "unknown"
    accepting: bool
    default: bool


# What lp and lpstat need from this process's environment, and nothing else: the desk's
# environment may hold CASHIER_PASSWORD, the SPC and back office tokens or the receipt key,
# and a child process (or a filter CUPS starts for it) must not see them.
_CHILD_ENV = ("PATH", "HOME", "USER", "LOGNAME", "TMPDIR", "TZ", "LPDEST", "PRINTER", "IPP_PORT")
_CHILD_ENV_PREFIXES = ("CUPS_",)
_SECRET_WORDS = ("TOKEN", "PASSWORD", "PASSWD", "SECRET", "KEY", "CREDENTIAL")


def child_env(extra: dict | None = None) -> dict:
    """The environment for a child process the workstation starts: a short list of
    harmless variables (PATH, HOME, TMPDIR, the CUPS ones), messages in English so they
    can be read, and never a variable whose name says it holds a secret. A bundled build's
    LD_LIBRARY_PATH is left out too, so system tools load the system's libraries."""
    env = {name: value for name, value in os.environ.items()
           if name in _CHILD_ENV or name.startswith(_CHILD_ENV_PREFIXES)}
    env.update(extra or {})
    env.update(LC_ALL="C", LANG="C")
    return {name: value for name, value in env.items()
            if not any(word in name.upper() for word in _SECRET_WORDS)}


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise CashierError("print_no_lp", f"The CUPS command {name} is not installed, so nothing "
                           "can be printed (Debian: apt-get install cups-client).", None,
                           {"detail": f"{name} not found"})
    return path


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=child_env(),
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise CashierError("print_timeout", f"{os.path.basename(args[0])} did not answer within "
                           f"{timeout:g} s; CUPS may be stuck.", None,
                           {"detail": f"timed out after {timeout:g} s"}) from exc
    except OSError as exc:
        raise CashierError("print_failed", f"{args[0]} could not be started: {exc}", None,
                           {"detail": str(exc)}) from exc


def scheduler_running() -> bool:
    """True when the CUPS scheduler answers (`lpstat -r`)."""
    done = _run([_tool("lpstat"), "-r"], LPSTAT_TIMEOUT)
    return "scheduler is running" in done.stdout


def _cups_down(detail: str = "") -> CashierError:
    return CashierError("print_cups_down", "The printing service (CUPS) is not running, so the "
                        "receipt cannot be printed. Ask IT to start it.", None,
                        {"detail": detail or "scheduler is not running"})


def default_printer() -> str | None:
    """CUPS's default destination (lpoptions, LPDEST/PRINTER included), None when there is none."""
    done = _run([_tool("lpstat"), "-d"], LPSTAT_TIMEOUT)
    m = re.search(r"system default destination:\s*(\S+)", done.stdout, re.I)
    return m[1] if m else None


def list_printers() -> list[PrinterInfo]:
    """Every destination CUPS knows, with its state and whether it is the default."""
    lpstat = _tool("lpstat")
    if not scheduler_running():
        raise _cups_down()
    names = [line.strip() for line in _run([lpstat, "-e"], LPSTAT_TIMEOUT).stdout.splitlines()
             if line.strip()]
    states: dict[str, str] = {}
    for line in _run([lpstat, "-p"], LPSTAT_TIMEOUT).stdout.splitlines():
        m = re.match(r"printer (\S+) (is idle|now printing|disabled)", line)
        if m:
            states[m[1]] = {"is idle": "idle", "now printing": "printing"}.get(m[2], "disabled")
    accepting = set()
    for line in _run([lpstat, "-a"], LPSTAT_TIMEOUT).stdout.splitlines():
        m = re.match(r"(\S+) accepting requests", line)
        if m:
            accepting.add(m[1])
    default = default_printer()
    return [PrinterInfo(n, states.get(n, "unknown"), n in accepting, n == default) for n in names]


def print_pdf(path: str | os.PathLike, printer: str | None, title: str) -> PrintJob:
    """Queue a PDF on `printer` (None or "": the CUPS default). Returns the job CUPS made."""
    path = os.fspath(path)
    if not path or not os.path.isfile(path):
        raise CashierError("receipt_missing", f"The receipt file {path} does not exist.", None,
                           {"detail": path})
    lp = _tool("lp")
    if not printer:
        printer = default_printer()
        if not printer:
            if not scheduler_running():
                raise _cups_down()
            raise CashierError("print_no_printer", "No printer is chosen in the settings and CUPS "
                               "has no default printer. Choose one (`cashier printers` lists them) "
                               "or ask IT to set a default.", None,
                               {"detail": "no default destination"})
    # Printer names are CUPS names (no spaces, no '/'); a title is plain text for the queue.
    title = re.sub(r"[^\w .:#№()-]", "_", title)[:120] or "receipt"
    done = _run([lp, "-d", printer, "-t", title, "--", path], LP_TIMEOUT)
    out = (done.stdout or "").strip()
    m = re.search(r"request id is (\S+)", out)
    if done.returncode == 0 and m:
        return PrintJob(job_id=m[1], printer=printer)
    detail = (done.stderr or out or "").strip() or f"lp exited with {done.returncode}"
    detail = re.sub(r"^\S*lp:\s*(Error - )?", "", detail)
    if not scheduler_running():
        raise _cups_down(detail)
    if "does not exist" in detail or "Unknown destination" in detail:
        raise CashierError("print_unknown_printer", f"The printer {printer!r} is not known to CUPS. "
                           "Choose an existing one (`cashier printers` lists them).", None,
                           {"detail": detail, "printer": printer})
    if "not accepting" in detail:
        raise CashierError("print_refused", f"The printer {printer!r} does not accept jobs now "
                           "(it was stopped or paused). Ask IT to enable it.", None,
                           {"detail": detail, "printer": printer})
    raise CashierError("print_failed", f"lp failed: {detail}", None,
                       {"detail": detail, "printer": printer})


def job_state(job_id: str) -> str:
    """pending | held | processing | stopped | canceled | aborted | completed | unknown."""
    number = _job_number(job_id)
    if number is not None:
        state = _ipp_job_state(number)
        if state is not None:
            return state
    return _lpstat_job_state(job_id)


def _job_number(job_id: str) -> int | None:
    m = re.search(r"-(\d+)$", job_id or "")
    return int(m[1]) if m else None


def _lpstat_job_state(job_id: str) -> str:
    """What lpstat can tell: not finished (pending/processing) or finished (completed)."""
    lpstat = _tool("lpstat")
    dest = job_id.rsplit("-", 1)[0]

    def listed(*extra: str) -> bool:
        out = _run([lpstat, *extra, "-o", dest], LPSTAT_TIMEOUT).stdout
        return any(line.split()[:1] == [job_id] for line in out.splitlines())

    if listed():
        printing = _run([lpstat, "-p", dest], LPSTAT_TIMEOUT).stdout
        return "processing" if f"now printing {job_id}" in printing else "pending"
    if listed("-W", "completed"):
        return "completed"
    return "unknown"


# -- a minimal IPP client: Get-Job-Attributes only ---------------------------------------

_request_ids = itertools.count(1)


def _cups_server() -> str:
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


def _get_job_request(job_number: int, user: str) -> bytes:
    body = struct.pack(">BBHI", 2, 0, 0x0009, next(_request_ids))  # Get-Job-Attributes
    body += b"\x01"  # operation-attributes
    body += _attr(0x47, "attributes-charset", b"utf-8")
    body += _attr(0x48, "attributes-natural-language", b"en")
    body += _attr(0x45, "job-uri", f"ipp://localhost/jobs/{job_number}".encode("ascii"))
    body += _attr(0x42, "requesting-user-name", user.encode("utf-8"))
    body += _attr(0x44, "requested-attributes", b"job-state")
    body += b"\x03"
    return body


def _parse_ipp(data: bytes) -> tuple[int, dict[str, list]]:
    """(status code, attributes by name) from an IPP response; raises ValueError on garbage."""
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
        else:
            value = raw
        attrs.setdefault(name, []).append(value)
    return status, attrs


def _ipp_job_state(job_number: int) -> str | None:
    """The job's state from CUPS over IPP; None when CUPS cannot be asked this way."""
    import getpass
    server = _cups_server()
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "cashier"
    try:
        if server.startswith("/"):
            conn: http.client.HTTPConnection = _UnixHTTPConnection(server, IPP_TIMEOUT)
        else:
            host, _, port = server.rpartition(":") if server.count(":") == 1 else (server, "", "")
            conn = http.client.HTTPConnection(host or server, int(port or 631), timeout=IPP_TIMEOUT)
        try:
            conn.request("POST", "/jobs/", body=_get_job_request(job_number, user),
                         headers={"Content-Type": "application/ipp"})
            resp = conn.getresponse()
            data = resp.read()
        finally:
            conn.close()
        if resp.status != 200:
            return None
        status, attrs = _parse_ipp(data)
    except (OSError, http.client.HTTPException, ValueError, struct.error):
        return None
    if status == 0x0406:  # client-error-not-found: CUPS has forgotten the job
        return "unknown"
    if status >= 0x0100:
        return None
    values = attrs.get("job-state") or []
    return JOB_STATES.get(values[0], "unknown") if values and isinstance(values[0], int) else None
