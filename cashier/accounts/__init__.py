"""The SPC's accounts at the desk: lookups and the address search (lookup.py), the offline
copy of the whole city and its refresher (cache.py), and the breaker that sends lookups to
that copy while the SPC does not answer (breaker.py)."""

from cashier.accounts.cache import (SEARCH_MAX, AccountNotCached, CacheRefresher, RefreshBusy,
                                    RefreshReport, cache_info, check_fragment, full_due,
                                    mark_live, refresh, search_cached)
from cashier.accounts.lookup import (cached_account, fetch_invoice, find_account, local_invoice,
                                     search_accounts)

__all__ = ["SEARCH_MAX", "AccountNotCached", "CacheRefresher", "RefreshBusy", "RefreshReport",
           "cache_info", "cached_account", "check_fragment", "fetch_invoice", "find_account",
           "full_due", "local_invoice", "mark_live", "refresh", "search_accounts", "search_cached"]
