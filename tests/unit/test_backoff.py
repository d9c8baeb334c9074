import random

from cashier import sync


def test_backoff_grows_is_capped_and_jittered():
    rng = random.Random(1)
    delays = [[sync.backoff_delay(n, rng=rng) for _ in range(50)] for n in range(1, 15)]
    for n, ds in enumerate(delays, 1):
        ceiling = min(sync.BACKOFF_CAP, sync.BACKOFF_BASE * 2 ** (n - 1))
        assert all(ceiling / 2 <= d <= ceiling for d in ds)
        assert len(set(ds)) > 1  # jitter
    assert max(delays[-1]) <= sync.BACKOFF_CAP


def test_retry_after_is_honoured_but_bounded():
    assert sync.backoff_delay(1, retry_after=120) == 120
    assert sync.backoff_delay(1, retry_after=10**9) == sync.RETRY_AFTER_CAP
