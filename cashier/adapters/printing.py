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

A job's fate and what stops a printer (printer-state-reasons: media-empty,
offline-report, paused…) are read over IPP (cashier/adapters/ipp.py), because
lpstat shows a canceled or aborted job exactly like a completed one; when IPP
cannot be reached, `lpstat` answers what it can. `printer_problem` turns a
printer's state into the error code the desk explains (print_paper_out,
print_printer_offline, print_printer_paused, print_cover_open, print_paper_jam).
lp and lpstat run with LC_ALL=C so their messages can be read, and with `child_env()`:
no secret of this process reaches them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass

from cashier.adapters import ipp
from cashier.errors import CashierError

LP_TIMEOUT = 30.0
LPSTAT_TIMEOUT = 10.0

# CUPS job states (RFC 8011 job-state) as the words we use.
JOB_STATES = {3: "pending", 4: "held", 5: "processing", 6: "stopped", 7: "canceled",
              8: "aborted", 9: "completed"}
FINISHED = {"canceled", "aborted", "completed"}


@dataclass(frozen=True)
class PrintJob:
    job_id: str    # as CUPS names it: "CashierPDF-12"; "" for a printer that has no queue
    printer: str
    state: str = "queued"   # printed: done already (an ESC/POS printer took it and cut)


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


def print_pdf(path: str | os.PathLike, printer: str | None, title: str,
              options: dict[str, str] | None = None) -> PrintJob:
    """Queue a PDF on `printer` (None or "": the CUPS default), with lp's `-o name=value`
    options (a roll's media size). Returns the job CUPS made."""
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
    args = [lp, "-d", printer, "-t", title]
    for name, value in (options or {}).items():
        args += ["-o", f"{name}={value}"]
    done = _run([*args, "--", path], LP_TIMEOUT)
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


def _ipp_job_state(job_number: int) -> str | None:
    """The job's state from CUPS over IPP; None when CUPS cannot be asked this way."""
    answer = ipp.job_attributes(job_number, "job-state")
    if answer is None:
        return None
    status, attrs = answer
    if status == ipp.NOT_FOUND:  # CUPS has forgotten the job
        return "unknown"
    if status >= 0x0100:
        return None
    values = attrs.get("job-state") or []
    return JOB_STATES.get(values[0], "unknown") if values and isinstance(values[0], int) else None


# -- what stops a printer -------------------------------------------------------------------

PRINTER_STATES = {3: "idle", 4: "processing", 5: "stopped"}

# CUPS' printer-state-reasons (RFC 8011, PWG 5100.9) as the error code the desk explains, the
# first that applies winning; a reason ending in -warning (media-low-warning) stops nothing.
REASON_CODES = (
    ("media-empty", "print_paper_out"), ("media-needed", "print_paper_out"),
    ("input-tray-missing", "print_paper_out"),
    ("media-jam", "print_paper_jam"),
    ("cover-open", "print_cover_open"), ("door-open", "print_cover_open"),
    ("offline", "print_printer_offline"), ("shutdown", "print_printer_offline"),
    ("timed-out", "print_printer_offline"),
    ("paused", "print_printer_paused"), ("stopped", "print_printer_paused"),
)


_UNREACHABLE = re.compile(r"not responding|unavailable|unable to (connect|locate)|unreachable|"
                          r"not exist|offline|connection refused|not connected", re.I)


@dataclass(frozen=True)
class PrinterState:
    name: str
    state: str                  # idle | processing | stopped | unknown
    reasons: tuple[str, ...]    # printer-state-reasons as CUPS says them, "none" left out
    accepting: bool
    message: str = ""           # printer-state-message: the driver's or backend's words


def _reason_word(reason: str) -> str:
    return re.sub(r"-(error|report)$", "", reason)


def printer_problem(state: PrinterState) -> str | None:
    """What stops the printer, as an error code (print_paper_out, print_printer_offline, …);
    None when nothing does."""
    words = [_reason_word(r) for r in state.reasons if not r.endswith("-warning")]
    for reason, code in REASON_CODES:
        if reason in words:
            return code
    if state.state != "idle" and _UNREACHABLE.search(state.message):
        # CUPS' network backends retry a printer that does not answer with no state reason,
        # only their message ("The printer may not exist or is unavailable at this time.").
        return "print_printer_offline"
    return "print_printer_paused" if state.state == "stopped" else None


def printer_state(printer: str | None) -> PrinterState:
    """The printer's state and its reasons (IPP; lpstat when IPP cannot be asked). `printer`
    None or "": the CUPS default. Raises print_cups_down, print_no_printer,
    print_unknown_printer."""
    printer = printer or default_printer()
    if not printer:
        if not scheduler_running():
            raise _cups_down()
        raise CashierError("print_no_printer", "No printer is chosen in the settings and CUPS has "
                           "no default printer.", None, {"detail": "no default destination"})
    answer = ipp.printer_attributes(printer, "printer-state", "printer-state-reasons",
                                    "printer-is-accepting-jobs", "printer-state-message")
    if answer is not None and answer[0] < 0x0100:
        attrs = answer[1]
        state = (attrs.get("printer-state") or [0])[0]
        return PrinterState(
            printer, PRINTER_STATES.get(state, "unknown"),
            tuple(r for r in ipp.text(attrs.get("printer-state-reasons")) if r != "none"),
            bool((attrs.get("printer-is-accepting-jobs") or [True])[0]),
            " ".join(ipp.text(attrs.get("printer-state-message"))).strip())
    return _lpstat_printer_state(printer)


def _lpstat_printer_state(printer: str) -> PrinterState:
    lpstat = _tool("lpstat")
    done = _run([lpstat, "-l", "-p", printer], LPSTAT_TIMEOUT)
    out = done.stdout or ""
    if done.returncode != 0 or not out.strip():
        if not scheduler_running():
            raise _cups_down(done.stderr.strip())
        raise CashierError("print_unknown_printer", f"The printer {printer!r} is not known to CUPS.",
                           None, {"detail": done.stderr.strip(), "printer": printer})
    m = re.search(r"Alerts:\s*(.*)", out)
    reasons = tuple(r for r in (m[1].split() if m else []) if r != "none")
    state = "stopped" if " disabled" in out.splitlines()[0] else \
        "processing" if "now printing" in out else "idle"
    if state == "stopped" and "paused" not in reasons:
        reasons += ("paused",)
    accepting = f"{printer} accepting requests" in _run([lpstat, "-a", printer],
                                                        LPSTAT_TIMEOUT).stdout
    return PrinterState(printer, state, reasons, accepting)
