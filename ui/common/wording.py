"""Words for what the desk and the dialogs both show: how old something is, a masked
holder, a billing period, the state of the offline copy of the accounts."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

from ui.common.bridges import CacheNews


def mask_holder(holder: str) -> str:
    """The SPC masks the holder already; mask again if a full name slipped through."""
    if "*" in holder or not holder.strip():
        return holder
    parts = holder.split()
    surname = parts[0]
    masked = surname[:3] + "***" if len(surname) > 3 else surname[:1] + "***"
    initials = " ".join(p[0] + "." for p in parts[1:3] if p)
    return f"{masked} {initials}".strip()


class Age(QObject):
    """How old a piece of data is, in words. A QObject only so that lupdate sees
    `self.tr(..., n)` as a plural form (it does not for QCoreApplication.translate)."""

    def text(self, then: datetime, now: datetime) -> str:
        seconds = max(0, int((now - then).total_seconds()))
        if seconds < 90:
            return self.tr("just now")
        minutes = seconds // 60
        if minutes < 90:
            return self.tr("%n min ago", "", minutes)
        hours = minutes // 60
        if hours < 48:
            return self.tr("%n h ago", "", hours)
        return self.tr("%n days ago", "", hours // 24)


_age: Age | None = None


def age_text(then: datetime, now: datetime) -> str:
    global _age
    if _age is None:
        _age = Age()
    return _age.text(then, now)


def period_text(period: str) -> str:
    """"2026-10" as "10.2026", how periods are printed on invoices."""
    if len(period) == 7 and period[4] == "-":
        return f"{period[5:]}.{period[:4]}"
    return period


def cache_text(news: CacheNews | None, now: datetime) -> str:
    """"Offline copy: 1 000 accounts, refreshed 5 min ago" (or why there is none)."""
    translate = QCoreApplication.translate
    if news is None or not news.info:
        return translate("CacheText", "Offline copy of the accounts: not read yet")
    info = news.info
    count = int(info.get("count") or 0)
    when = info.get("last_refresh_at") or info.get("complete_at")
    text = translate("CacheText", "Offline copy of the accounts: %1").replace("%1", f"{count:,}".replace(",", "\u00a0"))
    if when:
        try:
            then = datetime.fromisoformat(when)
            text += ", " + translate("CacheText", "refreshed %1").replace("%1", age_text(then, now))
        except ValueError:
            pass
    elif count == 0:
        text += " — " + translate("CacheText", "not downloaded yet")
    if info.get("in_progress"):
        text += " — " + translate("CacheText", "refresh in progress")
    if info.get("last_error"):
        text += "\n" + translate("CacheText", "Last refresh failed: %1").replace("%1", str(info["last_error"]))
    return text
