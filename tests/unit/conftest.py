from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from cashier.config import Config
from cashier.model import Account
from cashier.workstation import Workstation

ALMATY = ZoneInfo("Asia/Almaty")

ACCOUNT_BODY = {
    "account": "1002003001", "holder": "Ива*** И. И.", "address": "Алматы, ул. Абая 10, кв. 5",
    "currency": "KZT", "period": "2026-10", "etag": "\"a1b2\"",
    "services": [
        {"code": "ELEC", "name": "Электроэнергия", "provider": {"id": "AES", "name": "АлматыЭнергоСбыт"},
         "amount_due": "1272.26", "meter": {"id": "E-778812", "unit": "kWh", "previous_reading": "12345.000"}},
        {"code": "HEAT", "name": "Отопление", "provider": {"id": "ATS", "name": "Алматинские тепловые сети"},
         "amount_due": "2523.75", "meter": None},
        {"code": "WASTE", "name": "Вывоз ТБО", "provider": {"id": "TBO", "name": "Тартып"},
         "amount_due": "-150.00", "meter": None},
        {"code": "GAS", "name": "Газ", "provider": {"id": "QGA", "name": "QazaqGaz Аймақ"},
         "amount_due": "0.00", "meter": {"id": "G-1", "unit": "m³", "previous_reading": "100.500"}},
    ],
    "invoice_url": "/v1/accounts/1002003001/invoice",
}


@pytest.fixture
def account():
    return Account.from_wire(ACCOUNT_BODY)


class FixedClock:
    def __init__(self, when: datetime):
        self.when = when

    def __call__(self):
        return self.when


@pytest.fixture
def clock():
    return FixedClock(datetime(2026, 11, 22, 10, 15, 3, tzinfo=ALMATY))


@pytest.fixture
def ws(tmp_path, clock):
    cfg = Config(home=tmp_path / "home", workstation_id="ALM-01-W03", teller_id="t.sadykova",
                 spc_url="http://127.0.0.1:9/")
    with Workstation(cfg, token="t", clock=clock) as w:
        yield w
