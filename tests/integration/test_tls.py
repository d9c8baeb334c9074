"""TLS to the SPC is verified by default; the bank's own CA is trusted only when configured.

A real HTTPS reference SPC on loopback, with a certificate from a throwaway CA
made by openssl for this test.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from cashier import accounts
from cashier.config import Config
from cashier.adapters.spc_client import SpcUnavailable
from cashier.workstation import Workstation
from spc.demo import DEMO_ACCOUNTS
from spc.store import create_token

ROOT = Path(__file__).resolve().parents[2]
WS_ID = "ALM-01-W01"


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


@pytest.fixture(scope="module")
def https_spc(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Test Bank CA",
             "-keyout", "ca.key", "-out", "ca.pem", cwd=folder)
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
             "-keyout", "spc.key", "-out", "spc.csr", cwd=folder)
    (folder / "san.ext").write_text("subjectAltName=IP:127.0.0.1\n")
    _openssl("x509", "-req", "-in", "spc.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
             "-days", "2", "-extfile", "san.ext", "-out", "spc.pem", cwd=folder)
    port_file = folder / "port"
    db = folder / "spc.sqlite"
    proc = subprocess.Popen([sys.executable, "-m", "spc", "serve", "--db", str(db), "--port", "0",
                             "--port-file", str(port_file), "--demo-accounts", "10",
                             "--tls-cert", str(folder / "spc.pem"), "--tls-key", str(folder / "spc.key")],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not port_file.exists():
            assert proc.poll() is None, "the HTTPS SPC exited at start"
            assert time.monotonic() < deadline, "the HTTPS SPC did not start"
            time.sleep(0.05)
        port = int(port_file.read_text())
        yield f"https://127.0.0.1:{port}/", folder / "ca.pem", create_token(str(db), WS_ID)
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def _ws(tmp_path, url, token, ca_bundle="") -> Workstation:
    return Workstation(Config(home=tmp_path / "ws", spc_url=url, workstation_id=WS_ID,
                              ca_bundle=ca_bundle), token=token)


def test_an_unknown_ca_is_refused_by_default(tmp_path, https_spc):
    url, _ca, token = https_spc
    with _ws(tmp_path, url, token) as ws:
        with pytest.raises(SpcUnavailable) as info:
            ws.client.get_account(DEMO_ACCOUNTS["typical"])
        assert "certificate" in str(info.value).lower()


def test_the_banks_ca_bundle_is_trusted_when_configured(tmp_path, https_spc):
    url, ca, token = https_spc
    with _ws(tmp_path, url, token, ca_bundle=str(ca)) as ws:
        account = accounts.find_account(ws, DEMO_ACCOUNTS["typical"])
        assert account.account == DEMO_ACCOUNTS["typical"] and account.cached_at is None
