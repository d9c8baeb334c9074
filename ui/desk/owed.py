"""Receipts a killed process or a full disk left unmade (cashier/documents/receipts_owed.py),
made when the window starts and again, while any are owed, at most every RETRY_SECONDS
as the queue's news comes in: a full disk gets that long to be freed before the next try."""

from __future__ import annotations

import logging
import time
from typing import Any, Callable

from PySide6.QtCore import QObject

from cashier.documents import receipts_owed
from ui.common.bridges import QueueSnapshot
from ui.common.operations import Changes, Op

log = logging.getLogger("cashier.ui")

RETRY_SECONDS = 60


class OwedReceipts(QObject):
    def __init__(self, window: Any, say: Callable[[str], None]):
        super().__init__(window)
        self.window = window
        self.say = say
        self.tried_at = 0.0

    def make(self) -> None:
        self.tried_at = time.monotonic()
        Op(self.window, receipts_owed.make_owed, name="make_owed_receipts",
           changes=lambda report: Changes.RECEIPTS if report.made else Changes.NONE) \
            .latest("owed_receipts") \
            .success(self._made) \
            .failure(lambda exc: log.warning("owed receipts: %s", exc)).run()

    def _made(self, report: receipts_owed.OwedReport) -> None:
        if report.made:
            self.say(self.tr("Receipts that were not made before are made now: %1")
                     .replace("%1", ", ".join(report.made)))

    def make_if_due(self, snap: QueueSnapshot) -> None:
        owed = (snap.status.extra or {}).get("receipts_owed") or 0
        if owed and time.monotonic() - self.tried_at > RETRY_SECONDS:
            self.make()
