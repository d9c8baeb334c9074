"""Kazakhstan's IIN: the check digit's two passes, the birth date and century, the mask."""

from datetime import date

import pytest

from cashier.controls.iin import (
    Iin,
    IinInvalid,
    Sex,
    check_digit,
    mask_iin,
    needs_second_pass,
    parse_iin,
    valid_iin_for,
)
from cashier.errors import ValidationError

TODAY = date(2026, 11, 27)

# Valid IINs worked out by hand from the rule (cashier/controls/iin.py's docstring).
KNOWN = [
    ("850101300015", date(1985, 1, 1), Sex.MALE),
    ("900215400043", date(1990, 2, 15), Sex.FEMALE),
    ("000229500127", date(2000, 2, 29), Sex.MALE),
    ("751231200078", date(1875, 12, 31), Sex.FEMALE),
    ("120701603217", date(2012, 7, 1), Sex.FEMALE),
    ("850101300603", date(1985, 1, 1), Sex.MALE),      # through the second pass
]
SECOND_PASS = "850101300603"       # first sum 109 = 10 (mod 11); second sum 91 = 3 (mod 11)
NO_SUCH_ELEVEN = "85010130069"     # first sum 208, second 109: both 10 (mod 11)


@pytest.mark.parametrize("value,born,sex", KNOWN)
def test_known_iins_parse_with_their_birth_date_and_sex(value, born, sex):
    iin = parse_iin(value, TODAY)
    assert iin == Iin(value, born, sex)
    assert str(iin) == value
    assert value not in repr(iin) and iin.masked in repr(iin)


@pytest.mark.parametrize("value,born,sex", KNOWN)
def test_the_generator_gives_the_known_iins(value, born, sex):
    assert valid_iin_for(born, sex, int(value[7:11])) == value


def test_the_check_digit_worked_by_hand():
    digits = [int(c) for c in "85010130001"]
    assert sum(d * w for d, w in zip(digits, range(1, 12))) == 60
    assert check_digit("85010130001") == 60 % 11 == 5


@pytest.mark.parametrize("typed", ["8501 0130 0015", "850101-300015", " 850101 300 015 ",
                                   "850101\u00a0300015", "850101\u2013300015"])
def test_spaces_and_dashes_a_person_types_are_dropped(typed):
    assert parse_iin(typed, TODAY).value == "850101300015"


@pytest.mark.parametrize("typed", ["", None, "85010130001", "8501013000150", "85010130001O",
                                   "850101.300015", "850101/300015", "８５０１０１３０００１５",
                                   "٨٥٠١٠١٣٠٠٠١٥", "+850101300015"])
def test_anything_but_12_digits_is_iin_format(typed):
    with pytest.raises(IinInvalid) as info:
        parse_iin(typed, TODAY, field="payer_iin")
    assert info.value.code == "iin_format"
    assert info.value.field == "payer_iin"
    assert isinstance(info.value, ValidationError)
    assert "12 digits" in info.value.message


def test_a_mistyped_digit_is_iin_check_digit_and_the_params_are_masked():
    with pytest.raises(IinInvalid) as info:
        parse_iin("850101300016", TODAY)
    assert info.value.code == "iin_check_digit"
    assert info.value.field == "iin"
    assert info.value.params["iin"] == "8501******16"
    assert "850101300016" not in str(info.value.params) + info.value.message


def test_the_second_pass_is_taken_when_the_first_gives_10():
    assert needs_second_pass(SECOND_PASS[:11])
    digits = [int(c) for c in SECOND_PASS[:11]]
    assert sum(d * w for d, w in zip(digits, range(1, 12))) % 11 == 10
    assert sum(d * w for d, w in zip(digits, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))) % 11 == 3
    assert parse_iin(SECOND_PASS, TODAY).birth_date == date(1985, 1, 1)
    # A 10 (first-pass result) written as its last digit 0 is no IIN.
    with pytest.raises(IinInvalid) as info:
        parse_iin(SECOND_PASS[:11] + "0", TODAY)
    assert info.value.code == "iin_check_digit"


def test_when_both_passes_give_10_no_twelfth_digit_makes_an_iin():
    assert check_digit(NO_SUCH_ELEVEN) is None
    for last in "0123456789":
        with pytest.raises(IinInvalid) as info:
            parse_iin(NO_SUCH_ELEVEN + last, TODAY)
        assert info.value.code == "iin_check_digit"
    with pytest.raises(ValueError):
        valid_iin_for(date(1985, 1, 1), Sex.MALE, 69)


def test_about_one_serial_in_121_has_no_iin():
    refused = 0
    for serial in range(10000):
        try:
            parse_iin(valid_iin_for(date(1985, 1, 1), Sex.MALE, serial), TODAY)
        except ValueError:
            refused += 1
    assert 60 < refused < 110


def _with_check_digit(first11: str) -> str:
    digit = check_digit(first11)
    assert digit is not None, first11
    return first11 + str(digit)


@pytest.mark.parametrize("first11,real", [
    ("0002295", True),    # 2000 is a leap year (divisible by 400)
    ("9602293", True),    # 1996
    ("0002293", False),   # 1900 is not (divisible by 100)
    ("2302295", False),   # 2023
    ("0402295", True),    # 2004
])
def test_february_29_only_in_leap_years(first11, real):
    value = _with_check_digit(first11 + "0012")
    if real:
        assert parse_iin(value, TODAY).birth_date.day == 29
    else:
        with pytest.raises(IinInvalid) as info:
            parse_iin(value, TODAY)
        assert info.value.code == "iin_birth_date"


@pytest.mark.parametrize("date_digits", ["851301", "850001", "850100", "850132", "850431",
                                         "000000"])
def test_a_birth_date_that_is_no_date_is_iin_birth_date(date_digits):
    with pytest.raises(IinInvalid) as info:
        parse_iin(_with_check_digit(date_digits + "30012"), TODAY)
    assert info.value.code == "iin_birth_date"
    assert "ID card" in info.value.message


@pytest.mark.parametrize("century", "0789")
def test_century_digits_0_7_8_9_are_refused(century):
    value = _with_check_digit("850101" + century + "0012")
    with pytest.raises(IinInvalid) as info:
        parse_iin(value, TODAY)
    assert info.value.code == "iin_birth_date"
    assert "7th digit" in info.value.message


@pytest.mark.parametrize("century,year,sex", [("1", 1885, Sex.MALE), ("2", 1885, Sex.FEMALE),
                                              ("3", 1985, Sex.MALE), ("4", 1985, Sex.FEMALE),
                                              ("5", 2085, Sex.MALE), ("6", 2085, Sex.FEMALE)])
def test_the_seventh_digit_gives_century_and_sex(century, year, sex):
    iin = parse_iin(_with_check_digit("850101" + century + "0012"), date(2090, 1, 1))
    assert (iin.birth_date.year, iin.sex) == (year, sex)


def test_a_birth_date_after_today_is_refused_and_today_is_accepted():
    born_today = valid_iin_for(TODAY, Sex.FEMALE, 1)
    assert parse_iin(born_today, TODAY).birth_date == TODAY
    tomorrow = valid_iin_for(date(2026, 11, 28), Sex.FEMALE, 1)
    with pytest.raises(IinInvalid) as info:
        parse_iin(tomorrow, TODAY)
    assert info.value.code == "iin_birth_date"
    assert info.value.params["birth_date"] == "2026-11-28"
    assert "future" in info.value.message
    assert parse_iin(tomorrow, date(2026, 11, 28)).birth_date == date(2026, 11, 28)


@pytest.mark.parametrize("value,masked", [
    ("850101300015", "8501******15"), ("8501 0130 0015", "8501******15"),
    ("85010130001", "***********"), ("", ""), (None, ""), ("abc", "***"),
])
def test_the_mask_keeps_4_and_2_digits_and_never_raises(value, masked):
    assert mask_iin(value) == masked


def test_the_generator_refuses_what_an_iin_cannot_hold():
    for born, serial in [(date(1799, 12, 31), 1), (date(2100, 1, 1), 1),
                         (date(1985, 1, 1), -1), (date(1985, 1, 1), 10000)]:
        with pytest.raises(ValueError):
            valid_iin_for(born, "male", serial)
    with pytest.raises(ValueError):
        valid_iin_for(date(1985, 1, 1), "m", 1)
    with pytest.raises(ValueError):
        check_digit("8501013000")
