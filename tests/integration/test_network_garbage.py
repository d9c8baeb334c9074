"""Garbage from the network gets a clear error and changes nothing.

The real SPC never sends these answers, so a small loopback server plays a
broken one: a fault the real part cannot produce on demand.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from cashier import accounts, payments, sync
from cashier.config import Config
from cashier.model import Account
from cashier.adapters.spc_client import SpcProtocolError, SpcUnavailable
from cashier.workstation import Workstation
from tests.unit.conftest import ACCOUNT_BODY
from tests.support.staffing import teller_of

GOOD = json.dumps(ACCOUNT_BODY).encode()


def _with(**changes) -> bytes:
    return json.dumps({**ACCOUNT_BODY, **changes}).encode()


ANSWERS = {
    "not_json": (200, b"<html>proxy error</html>"),
    "missing_field": (200, json.dumps({k: v for k, v in ACCOUNT_BODY.items() if k != "services"}).encode()),
    "amount_as_number": (200, _with(services=[{**ACCOUNT_BODY["services"][0], "amount_due": 1272.26}])),
    "three_decimals": (200, _with(services=[{**ACCOUNT_BODY["services"][0], "amount_due": "1.234"}])),
    "bad_period": (200, _with(period="2026-13")),
    "duplicate_service": (200, _with(services=[ACCOUNT_BODY["services"][0]] * 2)),
    "not_an_object": (200, b"[1, 2, 3]"),
    # Found in review: each of these became a committed payment before the fix.
    "another_account": (200, _with(account="1002003999")),
    "huge_address": (200, _with(address="ул. Абая " * 11_000)),
    "control_characters": (200, _with(holder="Ива*** \u0000\u001b[2J И. И.")),
    "bidi_override": (200, _with(address="Алматы, ул. \u202eабаЯ\u202c 10")),
    "blank_holder": (200, _with(holder="   ")),
    "too_many_services": (200, _with(services=[
        {**ACCOUNT_BODY["services"][1], "code": f"S{i}"} for i in range(51)])),
    "huge_provider_name": (200, _with(services=[
        {**ACCOUNT_BODY["services"][1], "provider": {"id": "ATS", "name": "Т" * 5000}}])),
    "teapot": (418, b"short and stout"),
}


class Broken(BaseHTTPRequestHandler):
    mode = "not_json"

    def do_GET(self):
        status, body = ANSWERS[self.server.mode] if "/accounts/" in self.path else (200, b"{}")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        body = json.dumps({"payment_id": "someone-else", "status": "accepted", "spc_txn_id": "x"}).encode()
        self.send_response(201)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def broken_spc():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Broken)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def ws(tmp_path, broken_spc):
    cfg = Config(home=tmp_path / "ws", spc_url=f"http://127.0.0.1:{broken_spc.server_port}/")
    with Workstation(cfg, token="t") as w:
        yield w


@pytest.mark.parametrize("mode", [m for m in ANSWERS if m != "teapot"])
def test_malformed_account_answers_are_refused(ws, broken_spc, mode):
    broken_spc.mode = mode
    with pytest.raises(SpcProtocolError) as info:
        accounts.find_account(ws, "1002003001")
    assert info.value.code == "spc_protocol"
    assert ws.conn.execute("SELECT COUNT(*) FROM accounts_cache").fetchone()[0] == 0


def test_unexpected_status_is_an_unknown_outcome(ws, broken_spc):
    broken_spc.mode = "teapot"
    with pytest.raises(SpcUnavailable):
        accounts.find_account(ws, "1002003001")


def test_an_answer_for_another_payment_does_not_mark_ours_sent(ws, broken_spc):
    account = Account.from_wire(ACCOUNT_BODY)
    payments.accept_payment(ws, payments.build_draft(account, None, {}, "5000"), teller_of(ws), write_pdf=False)
    report = sync.sync_once(ws)
    assert report.accepted == 0 and report.deferred == 1
    st = sync.queue_status(ws)
    assert st.waiting == 1 and st.last_contact_ok is False
