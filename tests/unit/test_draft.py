"""What the teller types becomes a checked draft, or a message beside the field."""
import pytest

from cashier import payments
from cashier.errors import ValidationError


def test_without_amounts_every_positive_due_is_paid(account):
    draft = payments.build_draft(account, None, {}, "5000")
    assert [l.service_code for l in draft.lines] == ["ELEC", "HEAT"]
    assert draft.total == 127226 + 252375
    assert draft.change == 500000 - 379601


def test_edited_amounts_zero_lines_skipped_and_advance_allowed(account):
    draft = payments.build_draft(account, {"ELEC": "1000", "HEAT": "", "WASTE": "300,5", "GAS": "0"}, {}, "")
    assert [(l.service_code, l.amount) for l in draft.lines] == [("ELEC", 100000), ("WASTE", 30050)]
    assert draft.tendered == 0


def test_reading_gives_consumption_and_is_kept(account):
    draft = payments.build_draft(account, None, {"ELEC": "12410"}, "4000")
    elec = draft.lines[0]
    assert elec.reading == 12410000 and elec.previous_reading == 12345000
    assert elec.consumption == 65000 and elec.unit == "kWh"


@pytest.mark.parametrize("amounts,readings,tendered,field,code", [
    ({"ELEC": "abc"}, {}, "", "amount:ELEC", "amount_not_a_number"),
    ({"ELEC": "10.123"}, {}, "", "amount:ELEC", "amount_too_many_decimals"),
    ({"ELEC": "-10"}, {}, "", "amount:ELEC", "amount_negative"),
    (None, {"ELEC": "12000"}, "", "reading:ELEC", "reading_below_previous"),
    (None, {"HEAT": "5"}, "", "reading:HEAT", "reading_no_meter"),
    (None, {"GAS": "101"}, "", "amount:GAS", "reading_needs_amount"),
    (None, {}, "1,2,3", "tendered", "amount_not_a_number"),
    ({"NOPE": "5"}, {}, "", "amount:NOPE", "unknown_service"),
])
def test_bad_input_names_the_field(account, amounts, readings, tendered, field, code):
    with pytest.raises(payments.DraftInvalid) as info:
        payments.build_draft(account, amounts, readings, tendered)
    assert (field, code) in [(e.field, e.code) for e in info.value.errors]


def test_every_bad_field_is_reported_at_once(account):
    with pytest.raises(payments.DraftInvalid) as info:
        payments.build_draft(account, {"ELEC": "x", "HEAT": "1.001"}, {}, "y")
    assert {e.field for e in info.value.errors} == {"amount:ELEC", "amount:HEAT", "tendered"}


def test_ready_needs_lines_and_enough_cash(account):
    with pytest.raises(ValidationError) as info:
        payments.check_ready(payments.build_draft(account, {"ELEC": "0"}, {}, "10"))
    assert info.value.code == "lines_empty"
    with pytest.raises(ValidationError) as info:
        payments.check_ready(payments.build_draft(account, None, {}, "3796.00"))
    assert info.value.code == "tendered_insufficient" and info.value.params["missing"] == "0,01"
    payments.check_ready(payments.build_draft(account, None, {}, "3796.01"))
    with pytest.raises(ValidationError) as info:
        payments.check_ready(payments.build_draft(account, None, {}, "5000"), max_payment=300000)
    assert info.value.code == "payment_over_limit"
