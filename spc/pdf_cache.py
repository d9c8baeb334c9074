"""Rendered invoices, keyed by ETag.

The ETag is a hash of everything the invoice shows, so an entry never goes
stale: a changed account simply has a new key. Repeated requests for one
invoice (the teller reopens an account) cost a dictionary lookup.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

# reportlab keeps per-document state on shared font objects; one render at a
# time is the safe choice, and the cache makes renders rare anyway.
_render_lock = threading.Lock()


class PdfCache:
    """Rendered invoices keyed by ETag: the ETag changes with the data, so no invalidation."""

    def __init__(self, size: int = 256):
        self._size = size
        self._items: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_render(self, etag: str, account: dict) -> bytes:
        with self._lock:
            pdf = self._items.get(etag)
            if pdf is not None:
                self._items.move_to_end(etag)
                return pdf
        from spc.invoice_pdf import render  # reportlab loads on the first invoice, not at start
        with _render_lock:  # not under self._lock: cache hits never wait for a render
            pdf = render(account)
        with self._lock:
            self._items[etag] = pdf
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return pdf
