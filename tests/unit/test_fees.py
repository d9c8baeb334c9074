import pytest

from cashier import fee_config, fees
from cashier.errors import ConfigError
from cashier.model import PaymentLine


def line(provider, amount):
    return PaymentLine("X" + provider, "x", provider, "p", amount)


RULES = fee_config.rules_from_config({"AES": {"percent": "0.5", "minimum": "50.00"},
                                "TBO": {"fixed": "30.00"}, "ATS": {"percent": "1,25"}})


def test_percent_with_minimum_fixed_and_none():
    assert fees.fee_by_provider([line("AES", 100000)], RULES) == {"AES": 5000}   # 0.5 % of 1000 = 5 -> min 50
    assert fees.fee_by_provider([line("AES", 2000000)], RULES) == {"AES": 10000}  # 0.5 % of 20000 = 100
    assert fees.fee_by_provider([line("TBO", 1)], RULES) == {"TBO": 3000}
    assert fees.fee_by_provider([line("ZZZ", 100000)], RULES) == {}


def test_rounding_is_half_up_to_the_tiyn():
    # 1.25 % of 0.40 = 0.005 -> 0.01 ; of 0.39 = 0.004875 -> 0.00
    assert fees.FeeRule("A", percent=12500).fee_for(40) == 1
    assert fees.FeeRule("A", percent=12500).fee_for(39) == 0


def test_lines_of_one_provider_are_summed_before_the_fee():
    assert fees.total_fee([line("ATS", 50000), line("ATS", 50000)], RULES) == 1250


@pytest.mark.parametrize("bad", [{"X": {"percent": "abc"}}, {"X": {"percent": "101"}},
                                 {"X": {"fixed": "1.234"}}, {"X": {"fixed": "1", "percent": "1"}},
                                 {"X": "1%"}])
def test_bad_fee_config_names_the_provider(bad):
    with pytest.raises(ConfigError) as info:
        fee_config.rules_from_config(bad)
    assert "[fees.X]" in info.value.message


def test_describe():
    assert RULES["AES"].describe() == "0,5 %, min 50,00"
    assert RULES["TBO"].describe() == "30,00"


def test_the_draft_carries_the_fee_into_the_total(account):
    from cashier import payments
    rules = fee_config.rules_from_config({"AES": {"percent": "1", "minimum": "10.00"}, "ATS": {"fixed": "25.00"}})
    draft = payments.build_draft(account, None, {}, "5000", fee_rules=rules)
    assert draft.fee == 1272 + 2500   # 1 % of 1272.26 = 12.72, plus 25.00
    assert draft.total == 127226 + 252375 + 3772


def test_fee_config_round_trips_through_the_file(tmp_path):
    from cashier import config
    cfg = config.Config(home=tmp_path, fees={"AES": {"percent": "0.5", "minimum": "50.00"}})
    config.save(cfg)
    again = config.load(env={}, home=tmp_path)
    assert again.fees == cfg.fees and again.fee_rules["AES"].minimum == 5000
