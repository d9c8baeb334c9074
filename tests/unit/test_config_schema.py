"""config.toml: every key typed and range-checked at load, on real files in a temporary folder."""
from __future__ import annotations

import os
import tomllib
from dataclasses import fields
from pathlib import Path

import pytest

from cashier import config as config_mod
from cashier import config_schema
from cashier.config import Config
from cashier.errors import ConfigError

# Each key with values that must be refused, written as TOML source. Every key of the
# schema must be here: a key added later without a test of its check fails below.
WRONG = {
    "spc_url": ['"ftp://spc.example.kz/"', '"https://user:secret@spc.example.kz/"', '"spc.example.kz"',
                '"http://"', '"http://spc:80x/"', '"http://spc/?a=1"', '5'],
    "workstation_id": ['""', '"ALM 01"', '"' + "A" * 33 + '"', '"ВЦ-01"', '7'],
    "teller_id": ['""', '"t\\nx"', '"' + "t" * 41 + '"', '5'],
    "teller_name": ['"a\\tb"', '5'],
    "bank_name": ['""', 'true'],
    "bank_bin": ['"12345"', '"12345678901a"', '123456789012'],
    "branch_name": ['"  "', '[]'],
    "branch_address": ['{a = 1}', '"line\\rfeed"'],
    "printer": ['"My Printer"', '"a/b"', '3'],
    "timezone": ['"Mars/Base"', '""', '"UTC+5"', '"../etc/passwd"', '5', '"localtime"',
                 '"posixrules"', '"Factory"'],
    "connect_timeout": ['0', '-1', '"3.05"', 'nan', 'inf', 'true', '61'],
    "read_timeout": ['0.0', '301', '"10"'],
    "ca_bundle": ['"relative/ca.pem"', '"/nonexistent/ca.pem"', '1'],
    "token_file": ['5', '"a\\u0000b"'],
    "language": ['"de"', '"RU"', '1'],
    "max_payment": ['"50000"', '"50000.5"', '"-1.00"', '"1 000.00"', '"1,000.00"', '1.5', 'true', '-5'],
    "idle_lock_seconds": ['-1', '300.0', '"300"', '86401', 'true'],
    "offline_warn_seconds": ['-1', '3600.5', '2592001'],
    "offline_block_seconds": ['"86400"', '2592001'],
    "offline_max_waiting_amount": ['"abc"', '"100.000"', '0.0'],
    "retry_base_seconds": ['0', '-2', '"2"', 'nan'],
    "retry_cap_seconds": ['0', '3601', 'inf'],
    "batch_size": ['0', '201', '2.0', 'true'],
    "auto_print": ['"true"', '1'],
    "fees": ['"AES"', '[1]'],
    "overpay_confirm_ratio": ['-1', '101', '3.5', '"3"'],
    "backoffice_url": ['"backoffice.bank.kz"', '"ftp://bo/"', '"https://u:p@bo/"', '1'],
    "branch_id": ['"ALM 01"', '"Алм-01"', '5'],
    "heartbeat_seconds": ['5', '29', '3601', '"30"'],
    "identify_payer_above": ['"500000"', '500000', '"-1.00"', '"5e5"', 'true'],
    "supervisor_approval_above": ['"500 000.00"', '1.5', '"1.000"'],
    "close_difference_approval_above": ['"abc"', '-1'],
    "drawer_warning_level": ['"3000000,00"', '[]'],
    "drawer_hard_limit": ['"5000000"', 'false'],
    "blind_count": ['"true"', '1'],
    "printer_kind": ['"A4"', '"roll58"', '80'],
    "escpos_printer": ['"printer"', '"host:0"', '"host:70000"', '"a b:9100"', '9100'],
    "drawer_command": ['5', '"a\\nb"'],
    "smtp_host": ['5', '"a\\tb"'],
    "smtp_port": ['0', '65536', '"587"', 'true'],
    "smtp_tls": ['"ssl"', 'true', '""'],
    "smtp_sender": ['"receipts"', '"a@b"', '"a b@bank.kz"', '5'],
    "smtp_user": ['5'],
    "sanctions_list": ['5', 'true', '["a.csv"]'],
}


def write(home: Path, text: str | bytes) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    path = home / config_mod.CONFIG_NAME
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def refused(home: Path, env: dict | None = None) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        config_mod.load(env=env or {}, home=home)
    return info.value


def test_a_control_threshold_is_an_amount_or_off(tmp_path):
    write(tmp_path, 'identify_payer_above = "500000.00"\nsupervisor_approval_above = ""\n'
                    'drawer_warning_level = "3000000.00"\ndrawer_hard_limit = "5000000.00"\n')
    cfg = config_mod.load(env={}, home=tmp_path)
    assert (cfg.identify_payer_above, cfg.supervisor_approval_above) == (500_000_00, 0)
    assert cfg.close_difference_approval_above == 0   # absent: off
    config_mod.save(cfg)
    text = (tmp_path / config_mod.CONFIG_NAME).read_text(encoding="utf-8")
    assert 'identify_payer_above = "500000.00"' in text and 'supervisor_approval_above = ""' in text
    assert config_mod.load(env={}, home=tmp_path) == cfg


def test_a_warning_level_at_or_above_the_hard_limit_is_refused(tmp_path):
    write(tmp_path, 'drawer_warning_level = "5000000.00"\ndrawer_hard_limit = "5000000.00"\n')
    err = refused(tmp_path)
    assert err.code == "config_inconsistent" and err.field == "drawer_warning_level"
    assert "drawer_hard_limit" in err.message


def test_every_key_of_the_schema_has_wrong_values_tested():
    assert set(WRONG) == set(config_schema.RULES)
    assert set(config_schema.RULES) == {f.name for f in fields(Config)} - {"home"}


@pytest.mark.parametrize("key,value", [(k, v) for k, values in WRONG.items() for v in values])
def test_a_wrong_value_names_its_key_what_it_expects_and_the_file(tmp_path, key, value):
    path = write(tmp_path, f"{key} = {value}\n")
    err = refused(tmp_path)
    assert err.code == ("config_token_file" if key == "token_file" else "config_invalid")
    assert err.field == key and err.params["key"] == key and err.params["file"] == str(path)
    example = f"{key} = {config_schema.RULES[key].example}"
    assert err.params["example"] == example
    assert err.message.startswith(f"{key} in {path} must be ") and example in err.message
    assert tomllib.loads(example)  # the example itself is valid TOML


@pytest.mark.parametrize("key", sorted(config_schema.RULES))
def test_each_example_in_the_messages_loads(tmp_path, key):
    if key == "ca_bundle":
        pem = tmp_path / "bank-ca.pem"
        pem.write_text("-----BEGIN CERTIFICATE-----\n")
        write(tmp_path / "ws", f'ca_bundle = "{pem}"\n')
    else:
        write(tmp_path / "ws", f"{key} = {config_schema.RULES[key].example}\n")
    config_mod.load(env={}, home=tmp_path / "ws")


def test_money_is_a_decimal_string_read_into_minor_units(tmp_path):
    write(tmp_path, 'max_payment = "50000.00"\noffline_max_waiting_amount = "1234567.89"\n')
    cfg = config_mod.load(env={}, home=tmp_path)
    assert cfg.max_payment == 5_000_000 and cfg.offline_max_waiting_amount == 123_456_789
    assert isinstance(cfg.max_payment, int)


def test_an_old_minor_unit_integer_is_refused_with_both_readings(tmp_path):
    path = write(tmp_path, "max_payment = 5000000\n")
    err = refused(tmp_path)
    assert err.code == "config_money_integer" and err.field == "max_payment"
    assert err.params == {"key": "max_payment", "got": "5000000", "as_tiyn": "50000.00", "file": str(path)}
    assert 'max_payment = "50000.00"' in err.message and 'max_payment = "5000000.00"' in err.message
    write(tmp_path, "offline_max_waiting_amount = 150\n")
    assert refused(tmp_path).params["as_tiyn"] == "1.50"


def test_an_old_file_with_zero_limits_still_loads(tmp_path):
    # What the previous version's save() wrote: 0 was "no limit" in minor units and still is.
    write(tmp_path, "max_payment = 0\noffline_max_waiting_amount = 0\nconnect_timeout = 3.05\n"
                    'language = "kk"\n')
    cfg = config_mod.load(env={}, home=tmp_path)
    assert cfg.max_payment == 0 and cfg.offline_max_waiting_amount == 0 and cfg.language == "kk"


def test_a_misspelt_key_is_refused_with_the_likely_name(tmp_path):
    path = write(tmp_path, 'max_paymnet = "500.00"\n')
    err = refused(tmp_path)
    assert err.code == "config_unknown_key" and err.field == "max_paymnet"
    assert err.params == {"key": "max_paymnet", "suggestion": "max_payment", "file": str(path)}
    assert "Did you mean max_payment?" in err.message and str(path) in err.message


def test_fee_rules_are_checked_at_load_not_at_the_first_payment(tmp_path):
    path = write(tmp_path, '[fees.AES]\npercent = "101"\n')
    err = refused(tmp_path)
    assert err.code == "config_invalid" and err.field == "fees.AES.percent" and str(path) in err.message
    assert "[fees.AES] percent" in err.message and 'percent = "0.5"' in err.message


@pytest.mark.parametrize("table,code,field", [
    ('[fees.AES]\npercent = "0.5"\nminimun = "50.00"\n', "config_unknown_key", "fees.AES.minimun"),
    ('[fees.AES]\npercent = 0.5\n', "config_invalid", "fees.AES.percent"),
    ('[fees.AES]\npercent = "0.5"\nminimum = 50\n', "config_invalid", "fees.AES.minimum"),
    ('[fees.AES]\nfixed = "30"\n', "config_invalid", "fees.AES.fixed"),
    ('[fees.AES]\nfixed = "30.00"\nminimum = "10.00"\n', "config_inconsistent", "fees.AES.minimum"),
    ('[fees.AES]\nminimum = "10.00"\n', "config_invalid", "fees.AES"),
    ('[fees.AES]\n', "config_invalid", "fees.AES"),
])
def test_a_fee_rule_is_a_percent_with_a_minimum_or_a_fixed_amount(tmp_path, table, code, field):
    write(tmp_path, table)
    err = refused(tmp_path)
    assert (err.code, err.field) == (code, field)
    assert "[fees.AES]" in err.message


def test_limits_that_contradict_each_other_are_refused(tmp_path):
    write(tmp_path, "offline_warn_seconds = 7200\noffline_block_seconds = 3600\n")
    err = refused(tmp_path)
    assert err.code == "config_inconsistent" and err.field == "offline_warn_seconds"
    assert err.params["other"] == "offline_block_seconds"
    write(tmp_path, "offline_warn_seconds = 7200\noffline_block_seconds = 0\n")  # 0 = off: fine
    assert config_mod.load(env={}, home=tmp_path).offline_warn_seconds == 7200
    write(tmp_path, "retry_base_seconds = 600\n")   # above the default cap of 300
    assert refused(tmp_path).params == {"key": "retry_base_seconds", "other": "retry_cap_seconds",
                                        "file": str(tmp_path / "config.toml")}


def test_network_seconds_may_be_fractional_or_whole(tmp_path):
    write(tmp_path, "connect_timeout = 2\nread_timeout = 7.5\nretry_base_seconds = 0.05\n"
                    "retry_cap_seconds = 1\n")
    cfg = config_mod.load(env={}, home=tmp_path)
    assert (cfg.connect_timeout, cfg.read_timeout, cfg.retry_base_seconds, cfg.retry_cap_seconds) == \
        (2.0, 7.5, 0.05, 1.0)


@pytest.mark.parametrize("var,value", [("CASHIER_LANGUAGE", "de"), ("CASHIER_SPC_URL", "spc.example.kz"),
                                       ("CASHIER_WORKSTATION_ID", "ALM 01"), ("CASHIER_PRINTER", "a b")])
def test_a_wrong_environment_override_names_the_variable(tmp_path, var, value):
    err = refused(tmp_path, env={var: value})
    assert err.code == "config_invalid" and err.field == var and err.params["file"] == "the environment"
    assert err.message.startswith(f"{var} in the environment must be ")


def test_the_environment_overrides_the_file(tmp_path):
    write(tmp_path, 'language = "kk"\nspc_url = "http://a.example/x"\n')
    cfg = config_mod.load(env={"CASHIER_LANGUAGE": "en", "CASHIER_SPC_URL": "https://b.example"},
                          home=tmp_path)
    assert cfg.language == "en" and cfg.spc_url == "https://b.example/"
    assert config_mod.load(env={}, home=tmp_path).spc_url == "http://a.example/x/"


def test_a_file_that_is_not_utf8_is_a_clear_error(tmp_path):
    path = write(tmp_path, 'bank_name = "ok"\nbranch_name = "'.encode() + "Алматы".encode("cp1251") + b'"\n')
    err = refused(tmp_path)
    assert err.code == "config_not_utf8" and err.params == {"file": str(path), "line": 2}
    assert "UTF-8" in err.message and str(path) in err.message


def test_a_byte_order_mark_is_tolerated(tmp_path):
    write(tmp_path, b"\xef\xbb\xbf" + 'branch_name = "Филиал"\n'.encode())
    assert config_mod.load(env={}, home=tmp_path).branch_name == "Филиал"


def test_a_file_that_is_not_toml_or_not_a_file_is_a_clear_error(tmp_path):
    path = write(tmp_path, "max_payment = \n")
    err = refused(tmp_path)
    assert err.code == "config_unreadable" and str(path) in err.message and "line 1" in err.message
    path.unlink()
    path.mkdir()
    err = refused(tmp_path)
    assert err.code == "config_unreadable" and str(path) in err.message


def test_the_shipped_defaults_have_a_maximum_payment(tmp_path):
    cfg = config_mod.load(env={}, home=tmp_path / "new")
    assert cfg.max_payment == Config(home=tmp_path).max_payment == 100_000_000   # 1 000 000.00 tenge
    assert 'max_payment = "1000000.00"' in config_mod.render(cfg)


def full_config(home: Path) -> Config:
    pem = home.parent / "bank-ca.pem"
    pem.write_text("-----BEGIN CERTIFICATE-----\n")
    return Config(
        home=home, spc_url="https://spc.example.kz:8443/api/", workstation_id="AST-02.W_7",
        teller_id="t.sadykova", teller_name='Садыкова "Айгерим" \\ А.', bank_bin="123456789012",
        bank_name="АО «Банк ЦентрКредит»", branch_name="Филиал №3", branch_address="пр. Абая, 1",
        printer="Receipts@cups.local", timezone="Asia/Aqtobe", connect_timeout=1.5, read_timeout=20,
        ca_bundle=str(pem), token_file="secrets/spc-token", language="kk", max_payment=12_345_678,
        idle_lock_seconds=0, offline_warn_seconds=600, offline_block_seconds=7200,
        offline_max_waiting_amount=50_000_001, retry_base_seconds=0.5, retry_cap_seconds=60.0,
        batch_size=50, auto_print=False,
        fees={"AES": {"percent": "0.5", "minimum": "50.00"}, "АЭС.2": {"fixed": "30.00"},
              "ATS": {"percent": "1,25"}})


def test_a_good_config_round_trips_through_save_and_load(tmp_path):
    cfg = full_config(tmp_path / "ws")
    path = config_mod.save(cfg)
    again = config_mod.load(env={}, home=cfg.home)
    assert again == cfg
    assert [again.fee_rules[p].fixed for p in ("AES", "АЭС.2")] == [0, 3000]
    saved = tomllib.loads(path.read_text(encoding="utf-8"))
    assert saved["max_payment"] == "123456.78" and saved["offline_max_waiting_amount"] == "500000.01"
    assert os.stat(path).st_mode & 0o077 == 0
    config_mod.save(again)
    assert config_mod.load(env={}, home=cfg.home) == cfg


def test_save_refuses_what_load_would_refuse_and_leaves_the_file_alone(tmp_path):
    cfg = full_config(tmp_path / "ws")
    path = config_mod.save(cfg)
    before = path.read_bytes()
    for key, value in (("branch_address", "ул. Абая 1\nАлматы"), ("language", "de"),
                       ("max_payment", -100), ("retry_base_seconds", float("nan")),
                       ("fees", {"AES": {"percent": "0.5", "minimun": "50.00"}}), ("fees", "AES"),
                       ("fees", {"AES": "1%"})):
        broken = Config(**{**{f.name: getattr(cfg, f.name) for f in fields(Config)}, key: value})
        with pytest.raises(ConfigError) as info:
            config_mod.save(broken)
        assert info.value.field.startswith(key)
        assert path.read_bytes() == before
    assert sorted(p.name for p in cfg.home.iterdir()) == ["config.toml"]


def test_a_value_with_control_characters_is_quoted_on_one_line_in_the_message(tmp_path):
    write(tmp_path, 'teller_name = "a\\nb"\n')
    err = refused(tmp_path)
    assert err.params["got"] == '"a\\nb"' and "\n" not in err.message


def test_what_save_writes_is_toml_whatever_the_text_holds(tmp_path):
    # Control characters are refused by load, but save() must still write them escaped,
    # so that the refusal is a clear message about the key and not a TOML syntax error.
    text = config_mod.render(Config(home=tmp_path, branch_address='a\n"b"\\\x01\x7f'))
    assert tomllib.loads(text)["branch_address"] == 'a\n"b"\\\x01\x7f'
