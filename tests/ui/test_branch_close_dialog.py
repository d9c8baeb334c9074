"""The supervisor closes the branch's day from the window (Ctrl+B, then "Close the branch's
day"), against the real back office (its own process, SQLite) and the real SPC, with two
real desks of one branch: W01, the window's desk, ran a whole day and closed it; W02 took
payments and its day is still open.

The back office refuses while W02's day is open: the dialog names W02 and nothing is
stored. Once W02 has closed its day and its journal has arrived, the same dialog closes the
branch's day: its figures are the back office's, the branch register (PDF and CSV) is
written under the desk's reports with both desks in it, the journal says so, and Done
closes the dialog. A teller cannot open the branch view at all.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import uuid
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from cashier import dayclose, money, sync
from cashier.documents import receipt_code
from cashier.identity import users
from cashier.sync import replicator
from tests.support.backoffice_server import shared_server
from tests.support.busy_day import FLOAT as W01_FLOAT
from tests.support.busy_day import RECEIPT_KEY, counts_for, pay, run_day
from tests.support.staffing import (SUPERVISOR_ID, SUPERVISOR_PASSWORD, TELLER_ID,
                                    TELLER_PASSWORD, staff_desk)
from tests.ui.desk import make_ws
from tests.ui.helpers import press, replace_text, type_text
from ui.desk.window import DeskWindow

ROOT = Path(__file__).resolve().parents[2]
NBSP = "\u00a0"
W02_FLOAT = 20_000_00
HANDOVER = 10_000_00            # what run_day hands from W01's drawer to the vault
VAULT = {"note_20000": "3", "note_1000": "2", "coin_50": "1"}   # what the supervisor types
VAULT_MINOR = (3 * 20000 + 2 * 1000 + 50) * 100


def artifacts_dir() -> Path:
    path = Path(os.environ.get("CASHIER_ARTIFACTS") or ROOT / "artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


def plain(text: str) -> str:
    return text.replace(NBSP, " ").replace("\u202f", " ")


def kzt(minor: int) -> str:
    return plain(money.format_amount(minor, "KZT"))


@pytest.fixture
def branch():
    return "T" + uuid.uuid4().hex[:6].upper()


@pytest.fixture
def bo():
    return shared_server("sqlite")


def _desk_ws(spc_server, bo, home: Path, ws_id: str, branch: str):
    ws = make_ws(spc_server, home.parent, home=home, workstation_id=ws_id, auto_print=False,
                 backoffice_url=bo.url, branch_id=branch)
    ws.backoffice_token = bo.token_for(ws_id, branch)
    return ws


def _send_to_spc(ws) -> None:
    ws.conn.execute("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000000+00:00'")
    sync.sync_once(ws)
    assert sync.queue_status(ws).waiting == 0


def _replicate(ws) -> None:
    replicator.replicate_once(ws)
    assert replicator.backoffice_status(ws)["pending"] == 0


def _kept(ws) -> tuple[int, int]:
    row = ws.conn.execute("SELECT COUNT(*), COALESCE(SUM(total), 0) FROM payments "
                          "WHERE status != 'voided'").fetchone()
    return row[0], row[1]


def _journal(ws, action: str) -> list:
    return ws.conn.execute("SELECT actor, subject, details FROM audit_log WHERE action = ? "
                           "ORDER BY id", (action,)).fetchall()


def _sign_in(qtbot, desk, user_id: str, password: str) -> None:
    gate = desk.gate
    replace_text(gate.user_id, user_id)
    press(gate.user_id, Qt.Key.Key_Return)
    type_text(gate.password, password)
    press(gate.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not gate.busy, timeout=10_000)


def _no_drawer_is_offered(qtbot, desk) -> None:
    """W01's day is closed: no cash session can be opened on it, so signing in must not
    offer one (it used to open the drawer dialog, whose only button was then refused)."""
    qtbot.waitUntil(lambda: desk.task_runner.is_idle(), timeout=5000)
    qtbot.wait(300)
    dialog = getattr(desk, "drawer_dialog", None)
    assert dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible()
    desk.activateWindow()
    qtbot.waitUntil(lambda: desk.account_bar.edit.hasFocus(), timeout=3000)


def _open_as(qtbot, ws, user) -> DeskWindow:
    """The window as `user` gets it once signed in."""
    desk = DeskWindow(ws, user=user, sender_interval=0.2, start_cache=False)
    qtbot.addWidget(desk)
    desk.resize(1440, 900)
    desk.show()
    qtbot.waitExposed(desk)
    desk.activateWindow()
    _no_drawer_is_offered(qtbot, desk)
    return desk


def test_the_supervisor_closes_the_branch_day_once_every_desk_has(
        desk_app, qtbot, spc_server, bo, branch, tmp_path, monkeypatch):
    monkeypatch.setenv(receipt_code.ENV_KEY, RECEIPT_KEY)
    w01_id, w02_id = f"{branch}-W01", f"{branch}-W02"

    # W01: a whole day, closed; its journal at the back office.
    w01 = _desk_ws(spc_server, bo, tmp_path / "w01", w01_id, branch)
    day1 = run_day(w01)
    day = day1.closed.business_date
    _replicate(w01)

    # W02: payments taken and sent to the SPC, its day still open; its journal sent too.
    w02 = _desk_ws(spc_server, bo, tmp_path / "w02", w02_id, branch)
    staff2 = staff_desk(w02, W02_FLOAT)
    pay(w02, staff2.teller, {"HEAT": "1800"}, which="no_meters")
    pay(w02, staff2.teller, {"WASTE": "690", "HEAT": "2500"})
    _send_to_spc(w02)
    _replicate(w02)
    assert w02.now().date() == day, "the test ran across midnight"

    api = bo.api(w01_id, branch)
    stored = f"v1/branches/{branch}/days/{day.isoformat()}"
    reports = Path(w01.config.reports_dir) / "branch" / day.isoformat()

    supervisor = users.authenticate(w01.conn, w01.now(), SUPERVISOR_ID, SUPERVISOR_PASSWORD)
    desk = _open_as(qtbot, w01, supervisor)
    try:
        # --- Ctrl+B: the branch view, both desks, W02's day open -------------------------
        press(desk, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: desk.backoffice.branch_dialog is not None, timeout=3000)
        view_dialog = desk.backoffice.branch_dialog
        qtbot.waitUntil(lambda: view_dialog.view is not None
                        and view_dialog.table.rowCount() == 2, timeout=20_000)
        assert view_dialog.view.business_date == day
        assert {d.workstation_id: d.day for d in view_dialog.view.desks} == \
            {w01_id: "closed", w02_id: "open"}
        button = view_dialog.close_day_button
        assert button.isVisible() and button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: getattr(view_dialog, "branch_close_dialog", None) is not None
                        and view_dialog.branch_close_dialog.isVisible(), timeout=3000)
        dialog = view_dialog.branch_close_dialog
        assert branch in dialog.findChild(type(dialog.total), "holder").text()
        assert w02_id in dialog.desks.text() and w01_id not in dialog.desks.text()
        assert dialog.ok.isVisible() and dialog.cancel.isVisible()
        assert not dialog.open_register.isVisible()   # no register before the close

        # --- the vault counted, typed as a person types it --------------------------------
        for key, pieces in VAULT.items():
            dialog.count.edits[key].setFocus()
            type_text(dialog.count.edits[key], pieces)
        assert dialog.count.counts() == {k: int(v) for k, v in VAULT.items()}
        assert kzt(VAULT_MINOR) in plain(dialog.total.text())
        type_text(dialog.note, "Пересчитали вдвоём")

        # --- W02's day is open: refused, W02 named, nothing stored -------------------------
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy and dialog.message.isVisible(), timeout=20_000)
        refusal = dialog.message.text()
        assert w02_id in refusal and w01_id not in refusal, refusal
        assert dialog.result is None and not dialog.outcome.isVisible()
        assert dialog.isVisible() and dialog.ok.isEnabled() and not dialog.open_register.isVisible()
        assert w02_id in dialog.desks.text()
        assert not dialog.count.edits["note_20000"].isReadOnly()   # the count can be fixed
        gone = api.get(stored)
        assert gone.status_code == 404, gone.text
        assert gone.json()["error"]["code"] == "branch_day_not_closed"
        assert _journal(w01, "branch_day.closed") == []
        assert not reports.exists() or not any(reports.iterdir())

        # --- W02 closes its own day; its journal reaches the back office ------------------
        expected2 = dayclose.cash_summary(w02, day).expected
        day2 = dayclose.close_day(w02, staff2.supervisor, day, counts_for(expected2))
        _replicate(w02)

        # --- pressed again: the branch's day is closed -----------------------------------
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy and (dialog.result is not None
                                                     or dialog.message.isVisible()),
                        timeout=30_000)
        assert dialog.result is not None, dialog.message.text()
        assert not dialog.message.isVisible() and dialog.outcome.isVisible()

        answer = api.get(stored)
        assert answer.status_code == 200, answer.text
        answer = answer.json()
        closed = dialog.result.day
        assert closed.branch_id == answer["branch_id"] == branch
        assert closed.supervisor_id == answer["supervisor_id"] == SUPERVISOR_ID
        assert answer["note"] == "Пересчитали вдвоём"
        assert sorted(d["workstation_id"] for d in answer["desks"]) == [w01_id, w02_id]

        # The back office's figures, and what the two desks' own books say they must be.
        kept1, kept2 = _kept(w01), _kept(w02)
        # The vault gave both floats, took W01's handover and both drawers at the close.
        vault_expected = (day1.closed.counted + day2.counted - W01_FLOAT - W02_FLOAT
                          + HANDOVER)
        assert answer["payments"] == {"count": kept1[0] + kept2[0],
                                      "amount": money.to_wire(kept1[1] + kept2[1])}
        assert answer["vault_expected"] == money.to_wire(vault_expected)
        assert answer["vault_counted"] == money.to_wire(VAULT_MINOR)
        assert answer["difference"] == money.to_wire(VAULT_MINOR - vault_expected)

        # The dialog shows those figures.
        shown = plain(dialog.outcome.text())
        assert day.strftime("%d.%m.%Y") in shown
        for text in (str(answer["payments"]["count"]), kzt(kept1[1] + kept2[1]),
                     kzt(vault_expected), kzt(VAULT_MINOR), kzt(VAULT_MINOR - vault_expected)):
            assert text in shown, (text, shown)

        # The branch register, PDF and CSV, under the desk's reports, with both desks.
        files = {kind: path for kind, path, _sha in dialog.result.files}
        pdf, csv_path = files["branch_register_pdf"], files["branch_register_csv"]
        assert pdf.parent == reports and csv_path.parent == reports
        assert pdf.suffix == ".pdf" and csv_path.suffix == ".csv"
        assert str(pdf) in shown and str(csv_path) in shown
        text = plain(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                                    capture_output=True, text=True).stdout)
        figures = [kzt(m).removesuffix(" ₸") for m in (vault_expected, VAULT_MINOR)]
        for want in (w01_id, w02_id, branch, day.strftime("%d.%m.%Y"), SUPERVISOR_ID, *figures):
            assert want in text, (want, text)
        rows = list(csv.DictReader(io.StringIO(csv_path.read_bytes().decode("utf-8-sig")),
                                   delimiter=";"))
        desks = {r["workstation_id"]: r for r in rows if r["section"] == "desk"}
        assert sorted(desks) == [w01_id, w02_id]
        assert (desks[w01_id]["count"], desks[w01_id]["counted"]) == \
            (str(kept1[0]), money.to_wire(day1.closed.counted))
        assert (desks[w02_id]["count"], desks[w02_id]["counted"]) == \
            (str(kept2[0]), money.to_wire(day2.counted))
        vault = next(r for r in rows if r["section"] == "vault")
        assert (vault["expected"], vault["counted"], vault["difference"]) == \
            (answer["vault_expected"], answer["vault_counted"], answer["difference"])
        total = next(r for r in rows if r["section"] == "total")
        assert (total["count"], total["amount"]) == \
            (str(answer["payments"]["count"]), answer["payments"]["amount"])

        # The journal names the close and the files' SHA-256.
        entries = _journal(w01, "branch_day.closed")
        assert len(entries) == 1
        entry = entries[0]
        details = json.loads(entry["details"])
        assert entry["actor"] == SUPERVISOR_ID
        assert entry["subject"] == f"{branch}/{day.isoformat()}"
        assert details["vault_counted"] == answer["vault_counted"]
        assert details["difference"] == answer["difference"] and details["read_back"] is False
        assert details["reports"] == {
            "branch_register_pdf": hashlib.sha256(pdf.read_bytes()).hexdigest(),
            "branch_register_csv": hashlib.sha256(csv_path.read_bytes()).hexdigest()}

        # The count cannot be changed after the close; the one button left says Done.
        assert dialog.count.edits["note_20000"].isReadOnly() and dialog.note.isReadOnly()
        assert not dialog.cancel.isVisible() and dialog.open_register.isVisible()
        assert w02_id not in dialog.desks.text() and "2" in dialog.desks.text()   # all closed
        assert dialog.ok.text() in ("Done", "Готово")

        png = artifacts_dir() / "branch-close-dialog.png"
        png.unlink(missing_ok=True)
        assert dialog.grab().save(str(png))
        assert png.stat().st_size > 0

        # The view reads again after the close: both desks closed.
        qtbot.waitUntil(lambda: view_dialog.view is not None and all(
            d.day == "closed" for d in view_dialog.view.desks), timeout=20_000)

        destroyed = []
        dialog.destroyed.connect(lambda *_: destroyed.append(True))
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(destroyed) or not shiboken6.isValid(dialog)
                        or not dialog.isVisible(), timeout=3000)
        # Closed once: a second close is refused by the back office (409).
        again = api.post(f"{stored}/close", json={"supervisor_id": SUPERVISOR_ID, "vault": {}})
        assert again.status_code == 409, again.text
        assert len(_journal(w01, "branch_day.closed")) == 1

        # --- a teller at the same window cannot open the branch view ----------------------
        view_dialog.close()
        qtbot.waitUntil(lambda: desk.backoffice.branch_dialog is None
                        or not desk.backoffice.branch_dialog.isVisible(), timeout=3000)
        desk.lock()
        qtbot.waitUntil(lambda: desk.gate.other_user.isVisible(), timeout=3000)
        qtbot.mouseClick(desk.gate.other_user, Qt.MouseButton.LeftButton)
        _sign_in(qtbot, desk, TELLER_ID, TELLER_PASSWORD)
        qtbot.waitUntil(lambda: desk.user is not None and desk.user.user_id == TELLER_ID,
                        timeout=5000)
        _no_drawer_is_offered(qtbot, desk)
        press(desk, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: "Ctrl+B" in desk.status.currentMessage(), timeout=3000)
        assert desk.backoffice.branch_dialog is None or \
            not desk.backoffice.branch_dialog.isVisible()
    finally:
        desk.close()
        w01.close()
        w02.close()
