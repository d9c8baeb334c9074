"""The SPC's accounts at the desk: lookups and the address search (lookup.py), the offline
copy of the whole city (cache.py) and how it is refreshed from the SPC's snapshot (snapshot.py), and the breaker that
sends lookups to that copy while the SPC does not answer (breaker.py)."""

from cashier.accounts.cache import (SEARCH_MAX, AccountNotCached, RefreshBusy, RefreshReport,
                                    cache_info, check_fragment, full_due, mark_live, search_cached)
from cashier.accounts.lookup import (cached_account, fetch_invoice, find_account, local_invoice,
                                     search_accounts)
from cashier.accounts.snapshot import CacheRefresher, refresh

__all__ = ["SEARCH_MAX", "AccountNotCached", "CacheRefresher", "RefreshBusy", "RefreshReport",
           "cache_info", "cached_account", "check_fragment", "fetch_invoice", "find_account",
           "full_due", "local_invoice", "mark_live", "refresh", "search_accounts", "search_cached"]
