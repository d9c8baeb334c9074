"""Refreshing the offline copy from the SPC's snapshot, page by page, resumable.

A first run downloads every account (GET /v1/accounts/snapshot, pages of up to 5000,
following `next_cursor`); later runs ask only for what changed (`updated_since`). Each
page is ONE transaction that upserts its accounts and stores the cursor for the next page,
so a crash, a lost network or a stop between pages loses nothing and repeats nothing.
The background refresher (CacheRefresher) runs it every so often for the window.
"""

from __future__ import annotations

import json
import logging
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, Iterator

from cashier.accounts.cache import (_clear_run, _get_run, _int, K_COMPLETE_AT, K_LAST_ATTEMPT, K_LAST_ERROR,
                                    K_LAST_REFRESH, K_LAST_REPORT, K_PRUNE_BEFORE, K_RUN, K_SINCE,
                                    PAGE_MAX, PRUNE_CHUNK, SAFETY_MARGIN, SKIPPED_SAMPLES,
                                    RefreshBusy, RefreshReport, full_due,
                                    store_rows)
from cashier.adapters.spc_client import SpcAuthError, SpcProtocolError, SpcUnavailable
from cashier.errors import NotFoundError, ValidationError
from cashier.accounts.codec import CommittedKinds, checked_item, encoded_rows
from cashier.storage import db, locks
from cashier.sync.backoff import backoff_delay
from cashier.sync.worker import Worker
from cashier.workstation import Workstation

log = logging.getLogger(__name__)


# -- the lock: one refresher per database -------------------------------------------

@contextmanager
def _refresh_lock(ws: Workstation) -> Iterator[None]:
    # Two refreshers on one database would fight over the stored cursor.
    with locks.exclusive(locks.beside(ws.config.db_path, "cache"), RefreshBusy):
        yield


# -- refreshing ---------------------------------------------------------------------

def _watermark_from(server_time: datetime | None) -> str | None:
    """The `updated_since` for the run after this one, from the SPC's `Date` header.

    Why the SPC's clock and why a margin: the SPC stamps `updated_at` with ITS
    clock and filters `updated_at >= updated_since`, so the watermark must be a
    reading of that same clock. The workstation's clock may be minutes or days
    off (the protocol only warns past 120 s); a local watermark ahead of the SPC
    would silently skip every change in between. The `Date` of the run's FIRST
    page is taken because a change committed while the run goes on may land on
    a page already fetched; the next run must start before the run did. The
    margin then covers what a single clock reading cannot: `Date` has whole
    seconds and is stamped after the page was read, a writer stamps
    `updated_at` before its transaction commits (it becomes visible later than
    its stamp says), and several SPC nodes behind one address may disagree
    slightly. Re-fetching the few accounts changed in the margin costs little;
    missing one would leave a wrong amount or previous reading at the desk.
    No `Date` at all: no watermark, and the next run is a full one.
    """
    if server_time is None:
        return None
    if server_time.tzinfo is None:
        server_time = server_time.replace(tzinfo=timezone.utc)
    return (server_time - SAFETY_MARGIN).astimezone(timezone.utc).isoformat(timespec="seconds")


def _parse_page(items: list, report: RefreshReport) -> list[tuple]:
    """The page's good items as fields to store (codec.checked_item); the bad ones counted."""
    rows = []
    for i, item in enumerate(items):
        try:
            rows.append(checked_item(item))
        except (ValidationError, TypeError, ValueError, KeyError, AttributeError) as exc:
            report.skipped += 1
            if len(report.skipped_samples) < SKIPPED_SAMPLES:
                number = item.get("account") if isinstance(item, dict) else None
                report.skipped_samples.append(
                    f"{number if isinstance(number, str) else f'item {i}'}: "
                    f"{getattr(exc, 'message', None) or exc}"[:200])
    return rows


def refresh(ws: Workstation, *, full: bool = False, page_limit: int = PAGE_MAX,
            max_pages: int | None = None,
            should_stop: Callable[[], bool] | None = None) -> RefreshReport:
    """One run: continue an unfinished one, else incremental if possible, else full.

    `full=True` starts a full download (an unfinished full one is continued).
    Stops early after `max_pages` pages or when `should_stop()` turns true,
    checked between pages; the next call continues where this one stopped.
    An unreachable SPC does not raise: the report says so (`unreachable`,
    `error`) and the progress made is kept. Raises RefreshBusy when another
    refresh holds the database.
    """
    if not isinstance(page_limit, int) or not 1 <= page_limit <= PAGE_MAX:
        raise ValidationError("page_limit_invalid", f"A page holds 1 to {PAGE_MAX} accounts.",
                              "page_limit")
    with _refresh_lock(ws):
        return _refresh(ws, full, page_limit, max_pages, should_stop)


def _refresh(ws: Workstation, full: bool, page_limit: int, max_pages: int | None,
             should_stop: Callable[[], bool] | None) -> RefreshReport:
    conn = ws.conn
    started = time.perf_counter()
    report = RefreshReport()
    report.removed = _prune(ws)  # one a crash interrupted
    run = _get_run(conn)
    if run is not None and full and run["mode"] != "full":
        run = None  # a full download supersedes an unfinished incremental one
    with db.atomic(conn):
        db.set_state(conn, K_LAST_ATTEMPT, ws.now().isoformat(timespec="seconds"))
        if run is None:
            since = None if full else db.get_state(conn, K_SINCE)
            _clear_run(conn)
            run = {"mode": "incremental" if since else "full", "cursor": None, "since": since,
                   "mark": None, "started_at": ws.now().isoformat(timespec="seconds"),
                   "pages": "0", "items": "0", "skipped": "0"}
            for name, value in run.items():
                db.set_state(conn, K_RUN[name], value)
        else:
            report.resumed = True
    report.mode = run["mode"]
    first_page = run["mark"] is None and run["cursor"] is None

    def wanted(pages: int) -> bool:
        if max_pages is not None and pages >= max_pages:
            return False
        return not (should_stop is not None and should_stop())

    pages = _Pages(ws, run["since"], page_limit)
    try:
        if wanted(0):
            pages.request(run["cursor"])
        else:
            report.stopped = True
        while pages.pending:
            if report.pages and should_stop is not None and should_stop():
                report.stopped = True  # the page fetched ahead is dropped
                break
            try:
                count, rows, page_report, next_cursor, server_time = pages.take()
            except (SpcUnavailable, SpcAuthError, SpcProtocolError, NotFoundError) as exc:
                # NotFoundError: a 404 from a misrouted proxy. All of these leave
                # the stored cursor as it was; the next run continues from there.
                report.unreachable = isinstance(exc, SpcUnavailable)
                report.error_code = exc.code
                report.error = exc.message
                break
            if next_cursor is not None and wanted(report.pages + 1):
                pages.request(next_cursor)  # fetched while this page is checked and stored
            if first_page:
                run["mark"] = _watermark_from(server_time)
                if run["mark"] is None:
                    log.warning("the SPC sent no Date header; the next cache refresh will be full")
            with db.atomic(conn):
                store_rows(conn, rows)
                db.set_state(conn, K_RUN["cursor"], next_cursor)
                if first_page:
                    db.set_state(conn, K_RUN["mark"], run["mark"])
                run["pages"] = str(_int(run["pages"]) + 1)
                run["items"] = str(_int(run["items"]) + count)
                run["skipped"] = str(_int(run["skipped"]) + page_report.skipped)
                for name in ("pages", "items", "skipped"):
                    db.set_state(conn, K_RUN[name], run[name])
                if next_cursor is None:
                    _finish_run(ws, run)
            first_page = False
            report.pages += 1
            report.items += count
            report.stored += len(rows)
            report.skipped += page_report.skipped
            report.skipped_samples += page_report.skipped_samples[
                :SKIPPED_SAMPLES - len(report.skipped_samples)]
            if next_cursor is None:
                report.complete = True
            elif not pages.pending:
                report.stopped = True
    finally:
        pages.close()
    report.removed += _prune(ws)

    report.seconds = time.perf_counter() - started
    with db.atomic(conn):
        if report.error:
            db.set_state(conn, K_LAST_ERROR, f"{report.error_code}: {report.error}")
        db.set_state(conn, K_LAST_REPORT, json.dumps(report.to_json(), ensure_ascii=False))
    if report.skipped:
        log.warning("account cache: %d malformed snapshot items skipped, e.g. %s",
                    report.skipped, report.skipped_samples[:1])
    return report


class _Pages:
    """Snapshot pages, fetched, checked and encoded one ahead on a thread of their own.

    The SPC needs about as long to produce a page as this side needs to check and store
    one, so page N+1 is on its way, and then checked and encoded into rows, while page N is
    written: the writing (SQLite and its full-text index, the GIL released) runs beside
    the checking (Python). The fetching thread has its own HTTP session (sessions are not
    shared between threads), reads the SPC's `Date` right after its own request, and its
    own database connection, on which a service kind seen for the first time is stored
    in a transaction of its own (a handful a city).
    """

    def __init__(self, ws: Workstation, since: str | None, limit: int):
        self.ws = ws
        self.client = ws.make_client()
        self.since = since
        self.limit = limit
        self.kinds: CommittedKinds | None = None
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="account-cache-fetch")
        self.future: Future | None = None

    def _fetch(self, cursor: str | None) -> tuple:
        items, next_cursor = self.client.snapshot(cursor, self.limit, self.since)
        if next_cursor is not None and (not isinstance(next_cursor, str) or not next_cursor
                                        or next_cursor == cursor):
            raise SpcProtocolError("The SPC's snapshot cursor does not move forward")
        contact = self.client.last_contact
        server_time = contact.server_time if contact else None
        report = RefreshReport()
        fields = _parse_page(items, report)
        if self.kinds is None:
            self.kinds = CommittedKinds(db.connect(self.ws.config.db_path))
        rows = encoded_rows(self.kinds, fields, self.ws.now())
        return len(items), rows, report, next_cursor, server_time

    @property
    def pending(self) -> bool:
        return self.future is not None

    def request(self, cursor: str | None) -> None:
        self.future = self.pool.submit(self._fetch, cursor)

    def take(self) -> tuple:
        future, self.future = self.future, None
        return future.result()

    def close(self) -> None:
        # A page fetched ahead and not taken (stop requested, error) is dropped;
        # nobody waits for its request to end, its session closes when it does.
        future = self.future
        self.pool.shutdown(wait=False, cancel_futures=True)

        def done(_=None) -> None:
            self.client.close()
            if self.kinds is not None:
                self.kinds.conn.close()
        if future is not None and not future.done():
            future.add_done_callback(done)
        else:
            done()


def _finish_run(ws: Workstation, run: dict) -> int:
    """The snapshot's last page is stored: make the run's watermark current. Inside atomic()."""
    conn = ws.conn
    db.require_transaction(conn)
    now = ws.now().isoformat(timespec="seconds")
    if run["mode"] == "full":
        db.set_state(conn, K_COMPLETE_AT, now)
        if _int(run["skipped"]) == 0:
            # Every account the SPC exports was written during this run, so an
            # older row is an account the SPC no longer has: `_prune` drops them
            # after this transaction. Not when an item was skipped: its older
            # good row must stay.
            db.set_state(conn, K_PRUNE_BEFORE, run["started_at"])
    # After an incremental run that skipped a malformed item, the old
    # watermark stays: that account's change is not cached yet, so the next
    # run asks for it again (a full run has no older watermark to keep).
    if not (run["mode"] == "incremental" and _int(run["skipped"])):
        db.set_state(conn, K_SINCE, run["mark"])
    db.set_state(conn, K_LAST_REFRESH, now)
    db.set_state(conn, K_LAST_ERROR, None)
    _clear_run(conn)


def _prune(ws: Workstation) -> int:
    """Drop rows older than the last complete full download, a chunk per transaction.

    One DELETE over a million rows would hold the write lock for over a second
    (a payment would wait); chunks of PRUNE_CHUNK rowids take milliseconds each.
    The marker is cleared only at the end, so a crash means pruning again, which
    is harmless. A row's time is Unix seconds (an old row's ISO text: julianday() compares
    instants whatever UTC offset a text carries).
    """
    conn = ws.conn
    before = db.get_state(conn, K_PRUNE_BEFORE)
    if not before:
        return 0
    try:
        before_unix = int(datetime.fromisoformat(before).timestamp())
    except ValueError:
        before_unix = 0
    top = conn.execute("SELECT MAX(rowid) FROM accounts_cache").fetchone()[0] or 0
    removed = 0
    for low in range(0, top, PRUNE_CHUNK):
        with db.atomic(conn):
            removed += conn.execute(
                "DELETE FROM accounts_cache WHERE rowid > ? AND rowid <= ? AND CASE "
                "WHEN typeof(fetched_at) = 'integer' THEN fetched_at < ? "
                "ELSE julianday(fetched_at) < julianday(?) END",
                (low, low + PRUNE_CHUNK, before_unix, before)).rowcount
    with db.atomic(conn):
        db.set_state(conn, K_PRUNE_BEFORE, None)
    return removed


# -- the background refresher -------------------------------------------------------

class CacheRefresher(Worker):
    """Refreshes the cache every `interval_seconds`; `wake()` refreshes now.

    Its own thread, and through the Workstation its own SQLite connection and
    HTTP session, so nothing else waits on it except for the few milliseconds
    a page's transaction holds the write lock. An unreachable SPC is retried
    with the sender's backoff (capped at the interval); a full download is
    repeated every FULL_EVERY to drop accounts the SPC closed.
    """

    def __init__(self, ws: Workstation, interval_seconds: float = 900,
                 on_report: Callable[[RefreshReport], None] | None = None,
                 retry_base_seconds: float = 30.0, page_limit: int = PAGE_MAX):
        super().__init__("account-cache")
        self.ws = ws
        self.interval = interval_seconds
        self.on_report = on_report
        self.retry_base = retry_base_seconds
        self.page_limit = page_limit
        self.failures = 0
        self.runs = 0

    def step(self) -> float:
        try:
            report = refresh(self.ws, full=full_due(self.ws), page_limit=self.page_limit,
                             should_stop=lambda: self.stopping)
        except RefreshBusy:
            return self.interval  # someone else is refreshing; look again after the interval
        self.runs += 1
        wait = self.interval
        if report.error:
            wait = self._backoff()
        else:
            self.failures = 0
        if self.on_report is not None:
            self.on_report(report)
        return wait

    def failed(self) -> float:
        log.exception("account cache refresh failed")
        return self._backoff()

    def _backoff(self) -> float:
        self.failures += 1
        return min(self.interval, backoff_delay(self.failures, base=self.retry_base,
                                                cap=self.interval))
