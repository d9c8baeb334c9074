"""The back office campaign (tests/support/replication_campaign.py) at test size, on SQLite
and on PostgreSQL: three desks working while their replicators are SIGKILLed at least 25
times behind a proxy that faults 30 % of the requests; the back office ends with every
entry once, every chain intact and no alarm."""

from __future__ import annotations

import pytest

from tests.support.backoffice_server import backoffice  # noqa: F401
from tests.support.replication_campaign import run_replication_campaign


@pytest.mark.slow
@pytest.mark.timeout(400)
def test_three_desks_replicated_through_faults_and_kills(spc_server, backoffice, tmp_path):  # noqa: F811
    result = run_replication_campaign(spc_server, backoffice, tmp_path / "campaign", kills=25,
                                      fault_rate=0.30, seed=20261127, max_seconds=150)
    print()
    print(result.summary())
    assert result.ok, result.summary()
    assert result.kills >= 25
    assert len(result.desks) == 3 and all(n > 20 for n in result.desks.values())
    assert result.written_during > 0, "the desks did not work during the campaign"
    # the interesting faults happened: answers lost after the back office committed
    assert result.faults["faults"] > 0
    assert result.faults["drop_response"] + result.faults["reset_response"] > 0, result.faults
