"""The back office refuses exactly what the desks would refuse.

The back office checks settings with its own copy of the desk's rules
(backoffice/setting_rules.py), since it may not import the desk. Here both get the same
values, good, bad and odd: the back office's check and the desk's (config_schema.check_value,
and fee_config for the fee tables) must accept and refuse the same ones, and the limits
checked together must agree as a desk pulling them (central_settings.check) sees them.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from backoffice import setting_rules, settings_store
from backoffice.setting_rules import SettingRefused
from cashier import central_settings, config_schema
from cashier.config import Config
from cashier.errors import ConfigError
from cashier.fee_config import rules_from_config

BANK = settings_store.Scope(settings_store.BANK)
_TEXT_BAD = ["", "   ", True, "a\nb", "x" * 201, 5, None, "a\x7fb", ["x"], {"a": 1}]
_WHOLE_BAD = [-1, 300.0, "300", True, False, None, 1.5]
_MONEY_BAD = ["50000", "50000.5", "-1.00", "1 000.00", "1,000.00", 1.5, True, False, -5, 500000,
              500000.0, 0.0, "١٢.٠٠", "12345678901234.00", "1.00\n", None, "", " 1.00"]
_FEE_BAD = [[], "0.5", {"AES": "0.5"}, {"AES": {}}, {"AES": {"percent": 0.5}},
            {"AES": {"percent": "101"}}, {"AES": {"percent": "100.0001"}},
            {"AES": {"percent": "0.5", "minimun": "50.00"}},
            {"AES": {"fixed": "30.00", "percent": "1"}},
            {"AES": {"fixed": "30.00", "minimum": "1.00"}},
            {"AES": {"fixed": "30"}}, {"AES": {"percent": "0.5", "minimum": 50}},
            {" ": {"fixed": "30.00"}}, {"AES": {"minimum": "50.00"}}, {"AES": {"percent": "1000"}},
            {"AES": {"percent": "0.12345"}}, {"AES": {"percent": "-1"}}, {"AES": {"fixed": -1}},
            {"AES": {"fixed": True}}, {"AES": {"percent": "0.5", "minimum": "-1.00"}}]

# key: (values both must accept, values both must refuse)
CASES = {
    "bank_name": (["АО «Банк»", "x" * 200, " padded ", "a\x85b"], _TEXT_BAD),
    "bank_bin": (["", "123456789012"],
                 ["12345", "12345678901a", 123456789012, "１２３４５６７８９０１２",
                  "123456789012\n", None]),
    "branch_name": (["Филиал №1", "x" * 200], _TEXT_BAD),
    "branch_address": (["", "пр. Абая, 1", "x" * 200, "   "],
                       [True, "a\rb", "x" * 201, 5, None, ["x"]]),
    "max_payment": (["0.00", "1000000.00", "0000000000001.00", 0, "9999999999999.99"], _MONEY_BAD),
    "offline_max_waiting_amount": (["0.00", "500000.00", 0], _MONEY_BAD),
    "idle_lock_seconds": ([0, 300, 86400], _WHOLE_BAD + [86401]),
    "offline_warn_seconds": ([0, 3600, 2592000], _WHOLE_BAD + [2592001]),
    "offline_block_seconds": ([0, 86400, 2592000], _WHOLE_BAD + [2592001, "86400"]),
    "overpay_confirm_ratio": ([0, 3, 100], _WHOLE_BAD + [101]),
    "fees": ([{}, {"AES": {"percent": "0.5", "minimum": "50.00"}, "TBO": {"fixed": "30.00"}},
              {"AES": {"percent": "100"}}, {"AES": {"percent": "0,5"}},
              {"AES": {"percent": " 0.5 "}}, {"X": {"fixed": 0}}, {"X": {"percent": "0"}},
              {"ОСИ": {"fixed": "10.00"}}], _FEE_BAD),
    **{key: (["", "0.00", "600000.00", 0], [m for m in _MONEY_BAD if m != ""])
       for key in ("identify_payer_above", "supervisor_approval_above",
                   "close_difference_approval_above", "drawer_warning_level",
                   "drawer_hard_limit")},
    "blind_count": ([True, False], [0, 1, "true", "", None, [], {}]),
}


def desk_takes(key: str, value) -> bool:
    try:
        checked = config_schema.check_value(key, value, "the back office's settings")
        if key == "fees":
            rules_from_config(checked, source="the back office's settings")
    except ConfigError:
        return False
    return True


def server_takes(key: str, value) -> bool:
    try:
        settings_store.check(key, value, BANK)
    except SettingRefused as exc:
        assert exc.key.split(".")[0] == key, exc.message     # the message names the key
        assert key in exc.message
        return False
    return True


def test_the_server_knows_the_keys_the_desk_takes_and_its_defaults():
    assert setting_rules.DESK_KEYS == central_settings.CENTRAL_KEYS
    assert settings_store.KNOWN == central_settings.CENTRAL_KEYS + central_settings.BACKOFFICE_ONLY
    assert set(CASES) == set(central_settings.CENTRAL_KEYS)
    defaults = {f.name: f.default for f in fields(Config)}
    assert setting_rules.DESK_DEFAULTS == {k: defaults[k] for k in setting_rules.DESK_DEFAULTS}
    assert setting_rules.MONEY_KEYS == config_schema.MONEY_KEYS


@pytest.mark.parametrize("key", sorted(CASES))
def test_the_server_and_the_desk_accept_and_refuse_the_same_values(key):
    good, bad = CASES[key]
    assert [v for v in good if not desk_takes(key, v)] == []
    assert [v for v in bad if desk_takes(key, v)] == []
    assert [v for v in good if not server_takes(key, v)] == []
    assert [v for v in bad if server_takes(key, v)] == []


@pytest.mark.parametrize("warn, block", [(None, None), (3600, None), (86400, None), (90000, None),
                                         (None, 3600), (None, 600), (0, 10), (10, 0), (10, 10),
                                         (9, 10), (0, 0), (2592000, 2592000)])
def test_limits_checked_together_agree_with_a_desk_on_its_defaults(warn, block, tmp_path: Path):
    values = {k: v for k, v in (("offline_warn_seconds", warn), ("offline_block_seconds", block))
              if v is not None}
    try:
        central_settings.check({"version": 1, "settings": values}, Config(home=tmp_path))
        desk = True
    except ConfigError:
        desk = False
    try:
        setting_rules.check_together(values, "a desk")
        server = True
    except SettingRefused:
        server = False
    assert server == desk


@pytest.mark.parametrize("warning, hard", [(None, None), ("3000000.00", None),
                                           (None, "5000000.00"), ("5000000.00", "5000000.00"),
                                           ("6000000.00", "5000000.00"), ("", "1.00"),
                                           ("1.00", ""), ("4999999.99", "5000000.00"),
                                           ("0.00", "0.00")])
def test_drawer_levels_checked_together_agree(warning, hard, tmp_path: Path):
    values = {k: v for k, v in (("drawer_warning_level", warning), ("drawer_hard_limit", hard))
              if v is not None}
    try:
        central_settings.check({"version": 1, "settings": values}, Config(home=tmp_path))
        desk = True
    except ConfigError as exc:
        assert exc.field in values, exc.message
        desk = False
    try:
        setting_rules.check_together(values, "a desk")
        server = True
    except SettingRefused as exc:
        assert exc.key in values and "drawer_hard_limit" in exc.message
        server = False
    assert server == desk
    assert desk == (not (warning and hard and warning != "0.00"
                         and float(warning) >= float(hard)))
