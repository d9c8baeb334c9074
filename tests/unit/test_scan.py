"""Scanner payloads: plain accounts, the SPC's invoice barcode, GOST R 56042-2014 QR codes."""
import pytest

from cashier.documents import invoice_barcode
from cashier.errors import ValidationError
from cashier.payments.scan import parse_scan

QR = ("ST00012|Name=ТОО «Единый расчётный центр»|PersonalAcc=40702810900000000001|BankName=АО Банк"
      "|BIC=044525225|CorrespAcc=30101810400000000225|PersAcc=1002003001|Sum=584351|PaymPeriod=102026"
      "|CounterId=E-778812|CounterVal=12410,5")


def test_plain_account_and_scanner_enter():
    assert parse_scan(" 1002003001\n").account == "1002003001"
    assert parse_scan("7001").kind == "account"


def test_spc_invoice_barcode_gives_account_period_and_total():
    code = invoice_barcode.encode("1002003001", "2026-10", 584351)
    r = parse_scan(code)
    assert (r.kind, r.account, r.period, r.total) == ("spc_barcode", "1002003001", "2026-10", 584351)


def test_gost_qr_gives_account_sum_period_and_reading():
    r = parse_scan(QR)
    assert (r.kind, r.account, r.total, r.period) == ("gost_qr", "1002003001", 584351, "2026-10")
    assert r.readings == {"E-778812": 12410500}


def test_gost_qr_with_another_separator_and_lowercase_keys():
    r = parse_scan("ST00012#Name=X#persacc=7001#sum=100#paymPeriod=10.2026")
    assert (r.account, r.total, r.period) == ("7001", 100, "2026-10")


@pytest.mark.parametrize("payload,code", [
    ("", "account_empty"),
    ("12", "account_invalid"),
    ("12ab", "account_invalid"),
    ("ST00012|Name=X|Sum=100", "scan_qr_no_account"),
    ("ST00012|Name=X|PersAcc=12|Sum=100", "scan_qr_bad_account"),
    ("ST00012|Name=X|PersAcc=1002003001|Sum=12.50", "scan_qr_bad_sum"),
    ("ST00012|Name=X|PersAcc=1002003001|PaymPeriod=132026", "scan_bad_period"),
    ("ST00012|Name=X|PersAcc=1002003001|CounterId=E1", "scan_qr_partial"),
    ("ST00012|Name=X|PersAcc=1002003001|CounterId=E1|CounterVal=abc", "scan_qr_bad_reading"),
    ("ST00012|Name=X|PersAcc", "scan_qr_malformed"),
    ("ST0001", "scan_qr_partial"),
    ("ST0009|Name=X", "scan_qr_partial"),
])
def test_wrong_or_partial_payloads_are_refused_with_a_code(payload, code):
    with pytest.raises(ValidationError) as info:
        parse_scan(payload)
    assert info.value.code == code and info.value.field == "account"


def test_a_barcode_with_one_wrong_digit_is_refused():
    code = invoice_barcode.encode("1002003001", "2026-10", 584351)
    broken = code[:-3] + str((int(code[-3]) + 1) % 10) + code[-2:]
    with pytest.raises(ValidationError) as info:
        parse_scan(broken)
    assert info.value.code == "scan_barcode_invalid"
