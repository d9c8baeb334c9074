"""The invoice barcode payload (docs/invoice-barcode.md): round trip and refusals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spc import barcode

accounts = st.integers(4, 20).flatmap(
    lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n))
periods = st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(2000, 2099), st.integers(1, 12))
totals = st.integers(0, 10 ** 12 - 1)


def test_documented_example():
    # The worked example of docs/invoice-barcode.md.
    payload = barcode.encode("1002003001", "2026-10", 584351)
    assert payload == "9911010020030012026100000005843512"
    assert barcode.decode(payload) == ("1002003001", "2026-10", 584351)


@given(accounts, periods, totals)
def test_round_trip(account, period, total):
    payload = barcode.encode(account, period, total)
    assert payload.isdigit() and payload.startswith("991")
    assert len(payload) > 20  # never mistaken for an account number
    assert barcode.decode(payload) == (account, period, total)
    assert barcode.decode(f" {payload}\r\n") == (account, period, total)


@given(accounts, periods, totals, st.data())
def test_any_single_wrong_digit_is_caught(account, period, total, data):
    payload = barcode.encode(account, period, total)
    i = data.draw(st.integers(0, len(payload) - 1))
    wrong = data.draw(st.sampled_from([d for d in "0123456789" if d != payload[i]]))
    with pytest.raises(ValueError):
        barcode.decode(payload[:i] + wrong + payload[i + 1:])


def test_wrong_check_digit_is_rejected_with_a_clear_message():
    payload = barcode.encode("1002003001", "2026-10", 584351)
    bad = payload[:-1] + str((int(payload[-1]) + 1) % 10)
    with pytest.raises(ValueError, match="check digit"):
        barcode.decode(bad)


@pytest.mark.parametrize("text,message", [
    ("1002003001", "too short|does not start"),
    ("99110100200300120261000000058435", "too short|digits"),
    ("99110100200300120261000000058435120", "digits"),
    ("9911010020030012026-100000005843512", "digits only"),
    ("8811010020030012026100000005843512", "does not start"),
    ("9910210020030012026100000005843512", "account length"),
    ("", "digits only"),
])
def test_malformed_payloads(text, message):
    with pytest.raises(ValueError, match=message):
        barcode.decode(text)


def test_impossible_month_is_rejected_even_with_a_valid_check_digit():
    body = "991" + "10" + "1002003001" + "202613" + "0" * 12
    with pytest.raises(ValueError, match="month"):
        barcode.decode(body + barcode.luhn_check_digit(body))


@pytest.mark.parametrize("args", [
    ("123", "2026-10", 1), ("1" * 21, "2026-10", 1), ("12a4", "2026-10", 1),
    ("1234", "2026-13", 1), ("1234", "202610", 1), ("1234", "2026-10", -1),
    ("1234", "2026-10", 10 ** 12), ("1234", "2026-10", 1.0),
])
def test_encode_refuses_bad_input(args):
    with pytest.raises(ValueError):
        barcode.encode(*args)
