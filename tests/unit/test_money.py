import pytest
from hypothesis import given, strategies as st

from cashier import money
from cashier.errors import ValidationError


@pytest.mark.parametrize("text,minor", [
    ("1272.26", 127226), ("1272,26", 127226), ("1 272,26", 127226), ("1\u00a0272.2", 127220),
    ("0", 0), ("0.5", 50), ("007", 700), ("5.", 500), ("  12  ", 1200),
])
def test_teller_amounts_parse_to_minor_units(text, minor):
    assert money.parse_amount(text) == minor


@pytest.mark.parametrize("text,code", [
    ("", "amount_empty"), ("abc", "amount_not_a_number"), ("1.234", "amount_too_many_decimals"),
    ("-5", "amount_negative"), ("1,2,3", "amount_not_a_number"), ("1e5", "amount_not_a_number"),
    ("12.5.1", "amount_not_a_number"), ("9" * 16, "amount_too_large"), ("١٢", "amount_not_a_number"),
])
def test_bad_amounts_are_refused_with_a_code(text, code):
    with pytest.raises(ValidationError) as info:
        money.parse_amount(text, field="amount:ELEC")
    assert info.value.code == code
    assert info.value.field == "amount:ELEC"


def test_wire_money_is_strict():
    assert money.from_wire("-50.00") == -5000
    for bad in ["1272.2", "1272", 1272.26, "1,272.26", "1272.260", None, " 1.00"]:
        with pytest.raises(ValidationError):
            money.from_wire(bad)


def test_to_wire_refuses_floats():
    with pytest.raises(TypeError):
        money.to_wire(12.5)
    assert money.to_wire(-5) == "-0.05"


def test_readings_have_three_decimals():
    assert money.parse_reading("12410") == 12410000
    assert money.parse_reading("12410,5") == 12410500
    assert money.reading_to_wire(12410500) == "12410.500"
    with pytest.raises(ValidationError) as info:
        money.parse_reading("1.2345")
    assert info.value.code == "reading_too_many_decimals"


def test_format_for_people():
    assert money.format_amount(127226, "KZT") == "1\u00a0272,26\u00a0₸"
    assert money.format_amount(-5000) == "-50,00"
    assert money.format_reading(12410500) == "12\u00a0410,5"


@given(st.integers(min_value=-10**13, max_value=10**13))
def test_wire_round_trip(minor):
    assert money.from_wire(money.to_wire(minor)) == minor


@given(st.integers(min_value=0, max_value=10**15))
def test_reading_round_trip(value):
    assert money.reading_from_wire(money.reading_to_wire(value)) == value


@pytest.mark.parametrize("bad", ["12.00\n", "١٢.٠٠", "12.00 ", "\n12.00"])
def test_wire_refuses_trailing_newlines_and_foreign_digits(bad):
    with pytest.raises(ValidationError):
        money.from_wire(bad)


def test_account_numbers_are_ascii_digits_only():
    from cashier.model import check_account_number
    for bad in ["1002003001\n", "١٠٠٢٠٠٣", "12345678901234567890 1", "123"]:
        with pytest.raises(ValidationError):
            check_account_number(bad if not bad.endswith("\n") else bad + "x")
    assert check_account_number(" 1002003001 ") == "1002003001"
