"""A network ESC/POS receipt printer (host:port, raw TCP, usually 9100), through python-escpos.

The receipt goes as a raster image (GS v 0), rendered from the roll PDF, so every letter
(Kazakh ә ғ қ ң ө ұ ү һ і, the ₸ sign) prints on any printer whatever code pages it has;
each page is followed by a cut (GS V). Before printing, the printer is asked how it is
(DLE EOT, real-time status: offline, cover open, paper end) and a printer that cannot
print says why instead of swallowing the job. The cash drawer wired to the printer opens
with the drawer pulse (ESC p).

Blocking calls with timeouts: never on the GUI thread. Every failure is a CashierError:

    print_escpos_unreachable  the printer does not take a connection (off, unplugged, wrong address)
    print_paper_out           its paper ran out (DLE EOT 4 / 2)
    print_cover_open          its cover is open (DLE EOT 2)
    print_printer_offline     it is offline for another reason, or reports an error
    print_escpos_failed       the connection broke while sending
    print_no_renderer         pdftoppm (poppler-utils), which rasterises the receipt, is missing
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cashier.errors import CashierError

DOTS = 576                    # 72 mm at 8 dots a millimetre: an 80 mm printer's line
DPI = 203.2
THRESHOLD = 168               # grey at or below this prints black (antialiased type stays whole)
CONNECT_TIMEOUT = 5.0
STATUS_TIMEOUT = 2.0
SEND_TIMEOUT = 30.0
RENDER_TIMEOUT = 60.0
PROFILE = "TM-T20II"          # a generic 80 mm profile: 576 dots, full cut, GS v 0

DLE_EOT = b"\x10\x04"
PRINTER_STATUS, OFFLINE_CAUSE, PAPER_STATUS = 1, 2, 4

# What the printer's status says, as the error code the desk explains.
PROBLEMS = {"paper_out": "print_paper_out", "cover_open": "print_cover_open",
            "offline": "print_printer_offline", "error": "print_printer_offline"}
_WORDS = {"paper_out": "its paper ran out", "cover_open": "its cover is open",
          "offline": "it is offline", "error": "it reports an error"}


@dataclass(frozen=True)
class Status:
    """The printer's answer to DLE EOT 1, 2 and 4; answered False when it gave none."""
    answered: bool
    offline: bool = False
    cover_open: bool = False
    paper_out: bool = False
    paper_low: bool = False
    error: bool = False

    @property
    def problem(self) -> str | None:
        """paper_out | cover_open | error | offline: what stops it printing; None if nothing."""
        for name in ("paper_out", "cover_open", "error", "offline"):
            if getattr(self, name):
                return name
        return None


def parse_address(address: str) -> tuple[str, int]:
    """"host:port" (config_schema checked it) as (host, port); a bare host means 9100."""
    host, sep, port = address.strip().rpartition(":")
    if not sep:
        return address.strip(), 9100
    return host.strip("[]"), int(port)


def _printer(address: str):
    from escpos.exceptions import Error as EscposError  # python-escpos: on demand
    from escpos.printer import Network
    host, port = parse_address(address)
    printer = Network(host, port, timeout=CONNECT_TIMEOUT, profile=PROFILE)
    try:
        printer.open()
    except (OSError, EscposError) as exc:  # python-escpos: DeviceNotFoundError
        raise CashierError("print_escpos_unreachable", f"The receipt printer at {address} does "
                           "not answer: is it switched on and connected?", None,
                           {"detail": str(exc).strip().splitlines()[-1] if str(exc).strip()
                            else type(exc).__name__, "printer": address}) from exc
    printer.device.settimeout(SEND_TIMEOUT)
    return printer


def _ask(printer, n: int) -> int | None:
    """One real-time status byte, or None when the printer does not answer in time."""
    device = printer.device
    device.settimeout(STATUS_TIMEOUT)
    try:
        device.sendall(DLE_EOT + bytes((n,)))
        reply = device.recv(16)
    except (socket.timeout, OSError):
        return None
    finally:
        device.settimeout(SEND_TIMEOUT)
    # Every status byte has bit 1 and bit 4 set, bit 0 and bit 7 clear.
    return reply[-1] if reply and reply[-1] & 0x93 == 0x12 else None


def read_status(printer) -> Status:
    """DLE EOT 1 (online), 2 (why offline: cover, paper, error), 4 (paper sensor)."""
    first = _ask(printer, PRINTER_STATUS)
    if first is None:
        return Status(answered=False)
    cause = _ask(printer, OFFLINE_CAUSE) or 0
    paper = _ask(printer, PAPER_STATUS) or 0
    return Status(answered=True, offline=bool(first & 0x08), cover_open=bool(cause & 0x04),
                  paper_out=bool(paper & 0x60) or bool(cause & 0x20),
                  paper_low=bool(paper & 0x0C), error=bool(cause & 0x40))


def _refuse(status: Status, address: str, when: str = "") -> None:
    problem = status.problem
    if problem is None:
        return
    raise CashierError(PROBLEMS.get(problem, "print_printer_offline"),
                       f"The receipt printer at {address} cannot print: {_WORDS[problem]}{when}.",
                       None, {"detail": _WORDS[problem], "printer": address})


def status(address: str) -> Status:
    """Ask the printer how it is (a connection of its own). Raises print_escpos_unreachable."""
    printer = _printer(address)
    try:
        return read_status(printer)
    finally:
        printer.close()


def print_images(address: str, images: list) -> Status:
    """Initialise (ESC @), check the printer can print, then each image as a raster (GS v 0)
    followed by a cut (GS V). Returns the status read after the last cut (answered False
    when the printer does not answer status queries); raises what stops it."""
    printer = _printer(address)
    try:
        printer.hw("INIT")
        _refuse(read_status(printer), address)
        for image in images:
            printer.image(image, impl="bitImageRaster")
            printer.cut()
        after = read_status(printer)
        _refuse(after, address, " (while the receipt was printing)")
        return after
    except OSError as exc:
        raise CashierError("print_escpos_failed", f"The connection to the receipt printer at "
                           f"{address} broke while sending: {exc}", None,
                           {"detail": str(exc), "printer": address}) from exc
    finally:
        printer.close()


def kick_drawer(address: str, pin: int = 2) -> None:
    """The drawer pulse (ESC p) on the printer's drawer connector."""
    printer = _printer(address)
    try:
        printer.cashdraw(pin)
    except OSError as exc:
        raise CashierError("print_escpos_failed", f"The drawer pulse did not reach the printer at "
                           f"{address}: {exc}", None, {"detail": str(exc), "printer": address}) from exc
    finally:
        printer.close()


def raster_pages(pdf: str | Path, dots: int = DOTS) -> list:
    """Each page of a roll PDF as a black-and-white image `dots` wide (pdftoppm, grey, then a
    threshold: thin type stays whole where dithering would break it)."""
    from PIL import Image
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise CashierError("print_no_renderer", "pdftoppm is not installed, so a receipt cannot be "
                           "turned into the image an ESC/POS printer prints (Debian: apt-get "
                           "install poppler-utils).", None, {"detail": "pdftoppm not found"})
    from cashier.adapters.printing import child_env
    with tempfile.TemporaryDirectory(prefix="cashier-raster-") as tmp:
        try:
            done = subprocess.run([tool, "-gray", "-r", f"{DPI:g}", "-scale-to-x", str(dots),
                                   "-scale-to-y", "-1", str(pdf), str(Path(tmp) / "page")],
                                  capture_output=True, text=True, timeout=RENDER_TIMEOUT,
                                  env=child_env(), stdin=subprocess.DEVNULL)
        except (subprocess.TimeoutExpired, OSError) as exc:
            raise CashierError("print_failed", f"The receipt could not be rasterised: {exc}", None,
                               {"detail": str(exc)}) from exc
        pages = sorted(Path(tmp).glob("page*.pgm"), key=lambda p: int(re.findall(r"\d+", p.stem)[-1]))
        if done.returncode != 0 or not pages:
            detail = (done.stderr or "").strip() or f"pdftoppm exited with {done.returncode}"
            raise CashierError("print_failed", f"The receipt could not be rasterised: {detail}",
                               None, {"detail": detail})
        images = []
        for page in pages:
            with Image.open(page) as grey:
                images.append(grey.point(lambda v: 0 if v <= THRESHOLD else 255).convert("1"))
        return images
