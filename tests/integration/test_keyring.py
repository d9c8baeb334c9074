"""The SPC token and the receipt key in a real Secret Service, and what happens with none.

`./run test` runs pytest inside `dbus-run-session` with gnome-keyring's secrets
component unlocked (its keyrings in a temporary folder), so these tests talk to a
real Secret Service over D-Bus. Run by hand without a session bus, the tests that
need it skip with the reason; under CI a missing Secret Service is a failure.

Every test uses its own workstation id, so entries left by an interrupted run do not
matter, and removes what it stored.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cashier import config as config_mod
from cashier.documents import receipt_code
from cashier.adapters import credentials
from cashier.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
BUS_ENV = credentials.BUS_ENV
NO_BUS = "unix:path=/nonexistent/cashier-test/bus"
NOISE = ("gcc", "collect2", "Connection Error", "system_bus_socket", "Traceback", "DBusException")


def _secret_service_problem() -> str | None:
    """None when a Secret Service answers on this process's session bus, else why not."""
    try:
        credentials._check_secret_service()
    except credentials.NoSecureStorage as exc:
        return exc.reason
    return None


def _new_ws_id() -> str:
    return f"KR-{secrets.token_hex(3).upper()}-W01"


def _new_token() -> str:
    return "kr-" + secrets.token_urlsafe(32)


@pytest.fixture
def real_keyring(monkeypatch):
    """The Secret Service of this session, chosen the way the workstation chooses it."""
    if not os.environ.get(BUS_ENV):
        pytest.skip(f"{BUS_ENV} is not set: no session bus, so no Secret Service to test "
                    "against (`./run test` provides one with dbus-run-session + gnome-keyring)")
    problem = _secret_service_problem()
    assert problem is None, f"{BUS_ENV} is set but the Secret Service is not usable: {problem}"
    import keyring.core
    # Whatever an earlier test installed with keyring.set_keyring() must not decide here.
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.delenv(credentials.ENV_TOKEN, raising=False)
    monkeypatch.delenv(receipt_code.ENV_KEY, raising=False)
    credentials.forget_chosen_keyring()
    receipt_code.forget_cached_keys()
    yield credentials.secure_keyring()
    credentials.forget_chosen_keyring()
    receipt_code.forget_cached_keys()


def _lookup(service: str, user: str) -> str | None:
    """Read an entry with another Secret Service client than ours (libsecret's secret-tool)."""
    tool = shutil.which("secret-tool")
    if tool is None:  # the D-Bus API directly, still not through `keyring`
        import secretstorage
        conn = secretstorage.dbus_init()
        try:
            items = list(secretstorage.search_items(conn, {"service": service, "username": user}))
            return items[0].get_secret().decode() if items else None
        finally:
            conn.close()
    out = subprocess.run([tool, "lookup", "service", service, "username", user],
                         capture_output=True, text=True, timeout=30)
    return out.stdout if out.returncode == 0 else None


def _forget(service: str, user: str) -> None:
    from keyring.errors import PasswordDeleteError
    try:
        credentials.secure_keyring().delete_password(service, user)
    except PasswordDeleteError:
        pass


def _env(home: Path, ws_id: str, **extra) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in (credentials.ENV_TOKEN, receipt_code.ENV_KEY)}
    env.update({"CASHIER_HOME": str(home), "CASHIER_WORKSTATION_ID": ws_id,
                "CASHIER_SPC_URL": "http://127.0.0.1:9/"})
    for key, value in extra.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def cashier(env: dict, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cashier", *args], cwd=ROOT, env=env,
                          input=stdin if stdin is not None else "", capture_output=True,
                          text=True, timeout=60)


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def _assert_nowhere(token: str, *outputs: subprocess.CompletedProcess, folder: Path | None = None,
                    text: str = "") -> None:
    for out in outputs:
        assert token not in out.stdout and token not in out.stderr, out.args
    assert token not in text
    for path in _files_under(folder) if folder else []:
        assert token.encode() not in path.read_bytes(), f"the token is in {path}"


# -- the real Secret Service ----------------------------------------------------------

def test_ci_has_a_secret_service():
    """Under CI (`./run test`) the keyring tests must really run, not skip."""
    problem = _secret_service_problem()
    if os.environ.get("CI"):
        assert problem is None, (f"CI must run the tests inside a Secret Service (`./run test`: "
                                 f"dbus-run-session + gnome-keyring), but: {problem}")
    elif problem is not None:
        pytest.skip(f"no Secret Service here ({problem}); `./run test` provides one")


def test_cli_set_status_delete_round_trip_in_the_secret_service(real_keyring, tmp_path, spc_server):
    home, ws_id = tmp_path / "ws", _new_ws_id()
    token = spc_server.token_for(ws_id)  # a real token, so the SPC tells whether it arrives
    env = _env(home, ws_id, CASHIER_SPC_URL=spc_server.url)
    outs = []
    try:
        before = cashier(env, "token", "status")
        outs.append(before)
        assert before.returncode == 1, before.stderr
        assert json.loads(before.stdout)["present"] is False

        stored = cashier(env, "token", "set", stdin=token + "\n")
        outs.append(stored)
        assert stored.returncode == 0, stored.stderr
        report = json.loads(stored.stdout)
        assert report["stored"] is True and report["source"] == "keyring"
        assert credentials.KEYRING_SERVICE in report["location"] and ws_id in report["location"]
        assert _lookup(credentials.KEYRING_SERVICE, ws_id) == token  # really in the Secret Service

        status = cashier(env, "token", "status")
        outs.append(status)
        assert status.returncode == 0, status.stderr
        assert json.loads(status.stdout) == {
            "workstation_id": ws_id, "present": True, "source": "keyring",
            "location": report["location"], "problem": None}
        assert credentials.get_token(ws_id, env={}, config=config_mod.load(env=env)) == token

        # The workstation reads it from the keyring and the SPC accepts it.
        refreshed = cashier(env, "cache", "refresh", "--max-pages", "1", "--page-limit", "50")
        outs.append(refreshed)
        assert refreshed.returncode == 0, refreshed.stderr
        assert json.loads(refreshed.stdout)["error"] is None
        assert (home / "cashier.db").is_file()

        deleted = cashier(env, "token", "delete")
        outs.append(deleted)
        assert deleted.returncode == 0 and json.loads(deleted.stdout)["deleted"] is True
        assert _lookup(credentials.KEYRING_SERVICE, ws_id) is None
        again = cashier(env, "token", "delete")
        outs.append(again)
        assert again.returncode == 0 and json.loads(again.stdout)["deleted"] is False
        gone = cashier(env, "token", "status")
        outs.append(gone)
        assert gone.returncode == 1 and json.loads(gone.stdout)["present"] is False
    finally:
        credentials.delete_token(ws_id, config=config_mod.load(env=env))
    _assert_nowhere(token, *outs, folder=home)
    _assert_nowhere(token, folder=tmp_path)


def test_the_older_command_forms_still_store_the_token(real_keyring, tmp_path):
    home, ws_id, token = tmp_path / "ws", _new_ws_id(), _new_token()
    env = _env(home, ws_id)
    try:
        piped = cashier(env, "token", "-", stdin=token + "\n")  # README: `cashier token -`
        assert piped.returncode == 0, piped.stderr
        assert json.loads(piped.stdout)["stored"] is True
        assert _lookup(credentials.KEYRING_SERVICE, ws_id) == token

        newer = _new_token()
        literal = cashier(env, "token", newer)  # the token on the command line: works, warns
        assert literal.returncode == 0, literal.stderr
        assert "can be seen by other users" in literal.stderr
        assert _lookup(credentials.KEYRING_SERVICE, ws_id) == newer
        assert newer not in literal.stdout + literal.stderr

        empty = cashier(env, "token", "set", stdin="\n")
        assert empty.returncode == 1 and json.loads(empty.stderr)["error"]["code"] == "token_empty"
        spaced = cashier(env, "token", "set", stdin="two words\n")
        assert spaced.returncode == 1 and json.loads(spaced.stderr)["error"]["code"] == "token_invalid"
        assert "two" not in spaced.stderr
        assert _lookup(credentials.KEYRING_SERVICE, ws_id) == newer  # refused input changed nothing

        overridden = cashier({**env, credentials.ENV_TOKEN: "from-env"}, "token", "status")
        assert json.loads(overridden.stdout)["source"] == "environment"
        assert "from-env" not in overridden.stdout
    finally:
        credentials.delete_token(ws_id, config=config_mod.load(env=env))
    _assert_nowhere(token, piped, folder=tmp_path)


def test_api_round_trip_and_nothing_in_the_log(real_keyring, tmp_path, caplog):
    from keyring.backends import SecretService
    assert isinstance(real_keyring, SecretService.Keyring)
    cfg = config_mod.Config(home=tmp_path / "ws")
    ws_id, token = _new_ws_id(), _new_token()
    with caplog.at_level("DEBUG"):
        try:
            assert credentials.get_token(ws_id, env={}, config=cfg) is None
            place = credentials.set_token(ws_id, "  " + token + "\n", config=cfg)
            assert place.source == "keyring"
            assert credentials.get_token(ws_id, env={}, config=cfg) == token
            assert _lookup(credentials.KEYRING_SERVICE, ws_id) == token
            status = credentials.token_status(ws_id, env={}, config=cfg)
            assert status["present"] is True and token not in json.dumps(status)
            # The environment still overrides, for automation and the demo.
            assert credentials.get_token(ws_id, env={credentials.ENV_TOKEN: "x"}, config=cfg) == "x"
            replaced = _new_token()
            credentials.set_token(ws_id, replaced, config=cfg)
            assert credentials.get_token(ws_id, env={}, config=cfg) == replaced
        finally:
            deleted, _ = credentials.delete_token(ws_id, config=cfg)
        assert deleted is True
        assert credentials.get_token(ws_id, env={}, config=cfg) is None
        assert credentials.delete_token(ws_id, config=cfg)[0] is False
    _assert_nowhere(token, text=caplog.text)
    _assert_nowhere(replaced, text=caplog.text)


def test_the_receipt_key_is_made_once_and_kept_in_the_secret_service(real_keyring):
    ws_id = _new_ws_id()
    try:
        key = receipt_code.workstation_key(ws_id, env={})
        assert len(key) == receipt_code.KEY_BYTES
        assert _lookup(receipt_code.KEYRING_SERVICE, ws_id) == key.hex()
        receipt_code.forget_cached_keys()
        credentials.forget_chosen_keyring()
        assert receipt_code.workstation_key(ws_id, env={}) == key  # read back, not made anew
        other = _new_ws_id()
        try:
            assert receipt_code.workstation_key(other, env={}) != key
        finally:
            _forget(receipt_code.KEYRING_SERVICE, other)
    finally:
        _forget(receipt_code.KEYRING_SERVICE, ws_id)


# -- no secure storage -----------------------------------------------------------------

@pytest.fixture
def no_compiler(tmp_path) -> tuple[Path, Path]:
    """A PATH whose gcc/cc only leave a mark: keyring's backend probing runs gcc on Linux."""
    bin_dir, mark = tmp_path / "bin", tmp_path / "gcc-was-run"
    bin_dir.mkdir()
    for name in ("gcc", "cc"):
        fake = bin_dir / name
        fake.write_text(f"#!/bin/sh\necho \"$0 $*\" >> '{mark}'\nexit 1\n")
        fake.chmod(0o755)
    return bin_dir, mark


def _timed(env: dict, *args: str, stdin: str | None = None) -> tuple[subprocess.CompletedProcess, float]:
    start = time.perf_counter()
    out = cashier(env, *args, stdin=stdin)
    return out, time.perf_counter() - start


def _import_floor(env: dict) -> float:
    """Seconds for a Python that only imports the CLI: the part that is not the keyring's."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import cashier.cli"], cwd=ROOT, env=env, check=True,
                   timeout=60)
    return time.perf_counter() - start


@pytest.mark.parametrize("bus", [NO_BUS, None], ids=["bus-socket-missing", "no-bus-variable"])
def test_without_secure_storage_the_token_is_refused_quickly_and_quietly(tmp_path, no_compiler, bus):
    bin_dir, mark = no_compiler
    home, ws_id, token = tmp_path / "ws", _new_ws_id(), _new_token()
    env = _env(home, ws_id, **{BUS_ENV: bus, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"})
    floor = _import_floor(env)
    refused, took = _timed(env, "token", "set", stdin=token + "\n")
    print(f"\n`cashier token set` with no Secret Service ({bus or 'no ' + BUS_ENV}): "
          f"{took * 1000:.0f} ms; `import cashier.cli` alone: {floor * 1000:.0f} ms; "
          f"the difference: {(took - floor) * 1000:.0f} ms")
    assert refused.returncode == 1
    error = json.loads(refused.stderr)["error"]
    assert error["code"] == "keyring_unavailable"
    message = error["message"]
    assert message.startswith("No secure storage for the SPC token")
    assert "token_file" in message and credentials.ENV_TOKEN in message and "IT" in message
    assert not mark.exists(), f"gcc was run: {mark.read_text()}"
    for word in NOISE:
        assert word not in refused.stderr, refused.stderr
    assert refused.stdout == ""
    assert _files_under(home) == []  # nothing written, no plain-text copy anywhere
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bin"]
    assert took - floor < 5.0, "far slower than an import: is something probing or waiting?"

    status, _ = _timed(env, "token", "status")
    assert status.returncode == 1
    assert json.loads(status.stdout)["problem"].startswith("No secure storage")
    # A command that needs no token still works, without the noise.
    listed = cashier(env, "users", "list")
    assert listed.returncode == 0, listed.stderr
    for word in NOISE:
        assert word not in listed.stderr + status.stderr
    assert not mark.exists()
    _assert_nowhere(token, refused, status, listed, folder=tmp_path)


def test_without_secure_storage_the_receipt_key_says_so_without_probing(tmp_path, no_compiler):
    bin_dir, mark = no_compiler
    env = _env(tmp_path / "ws", _new_ws_id(),
               **{BUS_ENV: NO_BUS, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"})
    code = ("import json, sys\nfrom cashier.documents import receipt_code\nfrom cashier.errors import ConfigError\n"
            "try:\n    receipt_code.workstation_key('W1')\nexcept ConfigError as e:\n"
            "    print(json.dumps([e.code, e.message])); sys.exit(3)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 3, out.stderr
    error_code, message = json.loads(out.stdout)
    assert error_code == "receipt_key_unavailable"
    assert "Secret Service cannot be reached" in message and receipt_code.ENV_KEY in message
    assert out.stderr == "" and not mark.exists()


def test_a_keyring_that_cannot_be_unlocked_is_no_secure_storage(tmp_path):
    """A Secret Service that is there but has no unlocked keyring, and no screen for its
    prompt (a fresh gnome-keyring started by D-Bus activation): refused, not hung."""
    tools = [shutil.which(t) for t in ("dbus-run-session", "gnome-keyring-daemon")]
    if None in tools:
        if os.environ.get("CI"):
            pytest.fail("dbus-run-session and gnome-keyring-daemon must be installed (`./run setup`)")
        pytest.skip("dbus-run-session or gnome-keyring-daemon is not installed")
    (tmp_path / "data").mkdir()
    (tmp_path / "run").mkdir(mode=0o700)
    home, token = tmp_path / "ws", _new_token()
    env = _env(home, _new_ws_id(), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_RUNTIME_DIR=str(tmp_path / "run"), DISPLAY=None, WAYLAND_DISPLAY=None)
    start = time.perf_counter()
    out = subprocess.run([tools[0], "--", sys.executable, "-m", "cashier", "token", "set"],
                         cwd=ROOT, env=env, input=token + "\n", capture_output=True, text=True,
                         timeout=120)
    print(f"\n`cashier token set` with a locked keyring and no screen: "
          f"{(time.perf_counter() - start) * 1000:.0f} ms")
    assert out.returncode == 1, out.stderr
    # The daemons in that session write to the same stderr; ours is the JSON line.
    (line,) = [ln for ln in out.stderr.splitlines() if ln.startswith('{"error"')]
    error = json.loads(line)["error"]
    assert error["code"] == "keyring_unavailable" and "locked" in error["message"]
    _assert_nowhere(token, out, folder=home)


# -- the administrator's token file --------------------------------------------------------

def _with_token_file(home: Path, value: str) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / config_mod.CONFIG_NAME).write_text(f'token_file = "{value}"\n', encoding="utf-8")


def test_a_configured_token_file_is_the_fallback_kept_private(tmp_path, no_compiler):
    bin_dir, mark = no_compiler
    home, ws_id, token = tmp_path / "ws", _new_ws_id(), _new_token()
    path = tmp_path / "etc" / "spc-token"
    _with_token_file(home, str(path))
    env = _env(home, ws_id, **{BUS_ENV: NO_BUS, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"})

    stored = cashier(env, "token", "set", stdin=token + "\n")
    assert stored.returncode == 0, stored.stderr
    report = json.loads(stored.stdout)
    assert report["source"] == "file" and str(path) in report["location"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text() == token + "\n"
    assert [p.name for p in path.parent.iterdir()] == ["spc-token"]  # no temp file left
    status = cashier(env, "token", "status")
    assert status.returncode == 0 and json.loads(status.stdout)["present"] is True
    cfg = config_mod.load(env=env)
    assert credentials.get_token(ws_id, env={}, config=cfg) == token
    opened = cashier(env, "status", "--json")  # the workstation reads it from the file
    assert opened.returncode == 0, opened.stderr

    # Readable by others: refused, with what to do, and the token is not printed.
    path.chmod(0o644)
    with pytest.raises(ConfigError) as refused:
        credentials.get_token(ws_id, env={}, config=cfg)
    assert refused.value.code == "token_file_insecure"
    assert "0644" in refused.value.message and f"chmod 600 {path}" in refused.value.message
    insecure = cashier(env, "status", "--json")
    assert insecure.returncode == 1
    assert json.loads(insecure.stderr)["error"]["code"] == "token_file_insecure"
    insecure_status = cashier(env, "token", "status")
    assert insecure_status.returncode == 1
    assert "other users" in json.loads(insecure_status.stdout)["problem"]

    # Storing a new token replaces the file atomically, private again.
    newer = _new_token()
    again = cashier(env, "token", "set", stdin=newer + "\n")
    assert again.returncode == 0, again.stderr
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert credentials.get_token(ws_id, env={}, config=cfg) == newer

    deleted = cashier(env, "token", "delete")
    assert deleted.returncode == 0 and json.loads(deleted.stdout)["deleted"] is True
    assert not path.exists()
    assert credentials.get_token(ws_id, env={}, config=cfg) is None
    assert not mark.exists()
    outs = (stored, status, opened, insecure, insecure_status, again, deleted)
    _assert_nowhere(token, *outs, folder=home)
    _assert_nowhere(newer, *outs, folder=home)


def test_a_relative_token_file_is_in_the_data_folder_and_the_keyring_is_left_alone(tmp_path):
    home, ws_id, token = tmp_path / "ws", _new_ws_id(), _new_token()
    _with_token_file(home, "secrets/spc-token")
    cfg = config_mod.load(env={"CASHIER_HOME": str(home)})
    assert credentials.token_file_path(cfg) == home / "secrets" / "spc-token"
    place = credentials.set_token(ws_id, token, config=cfg)
    assert place.source == "file"
    assert stat.S_IMODE((home / "secrets" / "spc-token").stat().st_mode) == 0o600
    if _secret_service_problem() is None:  # configured, the file is used even where a keyring is
        assert _lookup(credentials.KEYRING_SERVICE, ws_id) is None


def test_token_file_must_be_a_string(tmp_path):
    home = tmp_path / "ws"
    home.mkdir()
    (home / config_mod.CONFIG_NAME).write_text("token_file = 5\n", encoding="utf-8")
    with pytest.raises(ConfigError) as bad:
        config_mod.load(env={"CASHIER_HOME": str(home)})
    assert bad.value.code == "config_token_file"
    assert config_mod.load(env={"CASHIER_HOME": str(tmp_path / "none")}).token_file == ""
