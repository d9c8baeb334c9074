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


def test_background_sender_stops_and_joins_cleanly(tmp_path):
    from cashier.config import Config
    from cashier.workstation import Workstation
    cfg = Config(home=tmp_path, spc_url="http://127.0.0.1:9/")
    with Workstation(cfg, token="t") as ws:
        statuses = []
        sender = sync.BackgroundSender(ws, on_status=statuses.append, interval=0.05, probe_interval=0.05)
        sender.start()
        import time
        deadline = time.monotonic() + 10
        while not statuses and time.monotonic() < deadline:
            time.sleep(0.01)
        sender.stop()
        assert not sender.is_alive() and statuses
        sender.stop()  # a second stop after the thread ended is harmless
