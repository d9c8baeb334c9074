"""The demo's servers as child processes: the reference SPC and the bank's back office."""

from __future__ import annotations

import atexit
import json
import logging
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from cashier.errors import ConfigError

log = logging.getLogger("cashier.demo")

WORKSTATION_ID = "ALM-01-W01"
START_TIMEOUT = 60.0


@dataclass
class DemoServer:
    """A server of the demo as a child process: the reference SPC (`python -m spc`) or the
    bank's back office (`python -m backoffice`), its data, port file and log in `home`."""
    home: Path
    module: str = "spc"
    process: subprocess.Popen | None = None
    url: str = ""
    token: str = ""
    log_path: Path | None = None
    _log_file: object = field(default=None, repr=False)

    @property
    def db_path(self) -> Path:
        return self.home / ("spc.db" if self.module == "spc" else "backoffice.sqlite")

    @property
    def db_arg(self) -> str:
        return str(self.db_path) if self.module == "spc" else f"sqlite:///{self.db_path}"

    @property
    def port_file(self) -> Path:
        return self.home / f"{self.module}.port"

    @property
    def name(self) -> str:
        return "the reference SPC" if self.module == "spc" else "the demo back office"

    def start(self, timeout: float = START_TIMEOUT) -> "DemoServer":
        self.home.mkdir(parents=True, exist_ok=True)
        if self.port_file.exists():
            self.port_file.unlink()
        self.log_path = self.home / f"{self.module}.log"
        self._log_file = open(self.log_path, "ab")
        cmd = [sys.executable, "-m", self.module, "serve", "--db", self.db_arg, "--port", "0",
               "--port-file", str(self.port_file)]
        log.info("starting %s: %s", self.name, " ".join(cmd))
        repo_root = Path(__file__).resolve().parents[2]
        from cashier.adapters.printing import child_env  # no password, token or key reaches the server
        env = child_env({"PYTHONPATH": os.pathsep.join(
            p for p in (str(repo_root), os.environ.get("PYTHONPATH")) if p)})
        self.process = subprocess.Popen(cmd, stdout=self._log_file, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, env=env, cwd=str(repo_root),
                                        preexec_fn=_die_with_parent if sys.platform == "linux" else None)
        atexit.register(self.stop)
        try:
            self._wait_healthy(timeout)
            if self.module == "spc":
                from spc.store import create_token
                self.token = create_token(self.db_path, WORKSTATION_ID)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last_error = "no answer yet"
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise ConfigError("demo_spc_died",
                                  f"{self.name.capitalize()} exited with code "
                                  f"{self.process.returncode} before it was ready; see "
                                  f"{self.log_path}.")
            if not self.url and self.port_file.exists():
                text = self.port_file.read_text().strip()
                if text.isdigit():
                    self.url = f"http://127.0.0.1:{int(text)}/"
            if self.url:
                try:
                    with urllib.request.urlopen(self.url + "v1/health", timeout=2) as resp:
                        body = json.loads(resp.read().decode("utf-8"))
                        if resp.status == 200 and body.get("status") == "ok":
                            return
                        last_error = f"health answered {resp.status} {body}"
                except (urllib.error.URLError, OSError, ValueError) as exc:
                    last_error = str(exc)
            time.sleep(0.1)
        raise ConfigError("demo_spc_timeout",
                          f"{self.name.capitalize()} did not come up within {timeout:.0f} s "
                          f"({last_error}); see {self.log_path}.")

    def stop(self) -> None:
        proc, self.process = self.process, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None


def _die_with_parent() -> None:
    """Linux: if the desk is killed outright (SIGKILL), the SPC gets SIGTERM, not orphaned."""
    try:
        import ctypes
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, 15)  # PR_SET_PDEATHSIG, SIGTERM
    except OSError:
        pass
