"""Getting what the desk took to the SPC: the outbox sender (sender.py), the queue as the
desk sees it, its offline limits and a supervisor's decisions on refusals (queue.py), and
the backoff every retry over the network follows (backoff.py)."""

from cashier.sync.backoff import BACKOFF_BASE, BACKOFF_CAP, RETRY_AFTER_CAP, backoff_delay
from cashier.sync.queue import (OutboxEntry, check_offline_limits, offline_refusal, offline_state,
                                outbox_entries, queue_status, resolve_approved, resolve_rejected,
                                retry_approved, retry_rejected, waiting_summary)
from cashier.sync.sender import (AUTH_CODES, PROBE_PAYMENT_ID, SenderBusy, SyncReport,
                                 retry_attention, sender_lock, sync_once)
from cashier.sync.worker import BackgroundSender, Worker, next_due_in, probe

__all__ = ["AUTH_CODES", "BACKOFF_BASE", "BACKOFF_CAP", "BackgroundSender", "OutboxEntry",
           "PROBE_PAYMENT_ID", "RETRY_AFTER_CAP", "SenderBusy", "SyncReport", "backoff_delay",
           "check_offline_limits", "next_due_in", "offline_refusal", "offline_state",
           "outbox_entries", "probe", "queue_status", "resolve_approved", "resolve_rejected",
           "retry_approved", "retry_attention", "retry_rejected", "sender_lock", "sync_once",
           "waiting_summary", "Worker"]
