"""The offline address search: the SPC's answer for the same fragment, from the offline copy.

What the SPC does (spc/store.py `search_accounts`): fold the fragment and every address the
same way (lower case, Cyrillic too, ё read as е), keep the addresses that contain the
fragment anywhere, and answer the first `limit` of them in account order (the text order of
its primary key). This module answers exactly that, without reading a million addresses:

- The full-text index `accounts_cache_fts` (sqlite-utils, unicode61) holds the words of every
  address. The fragment is cut into runs of letters and digits; a run in the middle of the
  fragment is a whole word of the address, the first may be the end of a word, the last the
  start of one, a lone run any part of one. The words that fit each run are taken from the
  index's vocabulary (`fts5vocab`, kept in memory until the index changes), with their
  number of addresses.
- A rare fragment (few addresses have those words): the index gives the candidates, SQLite
  sorts them by account, and each is checked with the SPC's own test until `limit` pass.
- A common one (a letter, a street name with tens of thousands of flats): the accounts are
  read in account order and checked one by one; `limit` matches come after a few hundred
  rows. A fragment with no letter or digit (", ") is always searched this way.
- A run no word of the index fits: no address can contain the fragment; the answer is empty
  at once.
"""

from __future__ import annotations

import json
import sqlite3
import string
import threading

from cashier.accounts.codec import fetched_time, holder_of
from cashier.workstation import Workstation

# Below this many candidates the index answers; above, the accounts are read in order.
INDEX_MAX = 4000
# A common fragment read in account order gives up after this many rows (its words were
# common but the fragment itself is not) and lets the index answer after all.
SCAN_MAX = 40_000
# A run that fits more words than this ("1" at the start of a house number) makes the index
# merge too many lists to be worth it.
MAX_WORDS = 64

# Letters and digits that the index's tokenizer surely keeps inside a word and lower-cases
# as Python does (after `fold`, so no capitals and no ё).
_WORD = set(string.ascii_lowercase + string.digits + "абвгдежзийклмнопрстуфхцчшщъыьэюя"
            + "әғқңөұүһі" + "ђѓєѕіїјљњћќўџ")
# Characters the tokenizer surely splits words at.
_SEPARATOR = (set(string.punctuation + " ") | set("«»„“”‘’–—№\u00a0")) - _WORD

_vocab_lock = threading.Lock()
_vocab: dict[str, tuple[bytes, list[tuple[str, str, int]]]] = {}


def fold(text: str) -> str:
    """The search key, as the SPC folds it: lower case (Cyrillic too), ё read as е."""
    return text.lower().replace("ё", "е")


def runs(key: str) -> list[tuple[str, bool, bool]]:
    """The fragment's runs of word characters: (run, may start inside a word, may end inside)."""
    found = []
    i, n = 0, len(key)
    while i < n:
        if key[i] not in _WORD:
            i += 1
            continue
        j = i
        while j < n and key[j] in _WORD:
            j += 1
        found.append((key[i:j], i == 0 or key[i - 1] not in _SEPARATOR,
                      j == n or key[j] not in _SEPARATOR))
        i = j
    return found


def _words(conn: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """(folded word, word as indexed, addresses holding it) for every word of the index."""
    path, structure = conn.execute(
        "SELECT (SELECT file FROM pragma_database_list WHERE name = 'main'), "
        "(SELECT block FROM accounts_cache_fts_data WHERE id = 10)").fetchone()
    cached = _vocab.get(path)
    if cached is not None and cached[0] == structure:
        return cached[1]
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.accounts_cache_vocab "
                 "USING fts5vocab(main, accounts_cache_fts, 'row')")
    words = [(fold(term), term, doc) for term, doc in
             conn.execute("SELECT term, doc FROM temp.accounts_cache_vocab")]
    with _vocab_lock:
        if len(_vocab) > 16:
            _vocab.clear()
        _vocab[path] = (structure, words)
    return words


def _fits(run: str, open_start: bool, open_end: bool):
    if open_start and open_end:
        return lambda word: run in word
    if open_start:
        return lambda word: word.endswith(run)
    if open_end:
        return lambda word: word.startswith(run)
    return lambda word: word == run


def _groups(conn: sqlite3.Connection, key: str) -> list[tuple[int, list[str], int]] | None:
    """Per run: (addresses at most, the index's words that fit, addresses of the commonest),
    fewest first; None when the fragment has no run; [] when some run fits no word (nothing
    can match)."""
    parts = runs(key)
    if not parts:
        return None
    words = _words(conn)
    groups = []
    for run, open_start, open_end in parts:
        fits = _fits(run, open_start, open_end)
        terms = [(term, doc) for folded, term, doc in words if fits(folded)]
        if not terms:
            return []
        groups.append((sum(doc for _, doc in terms), [term for term, _ in terms],
                       max(doc for _, doc in terms)))
    groups.sort(key=lambda g: g[0])
    return groups


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _match(groups: list[tuple[int, list[str], int]]) -> str:
    return " AND ".join("(" + " OR ".join(_quoted(t) for t in g[1]) + ")" for g in groups)


_COLUMNS = "a.account, a.address, a.body, a.fetched_at"


def _matching(conn: sqlite3.Connection, match: str, most: int | None = None) -> list[int]:
    """The rowids the index gives for `match`: at most `most` + 1 of them when `most` is set."""
    sql = "SELECT rowid FROM accounts_cache_fts WHERE accounts_cache_fts MATCH ?"
    if most is None:
        return [r[0] for r in conn.execute(sql, (match,))]
    return [r[0] for r in conn.execute(sql + " LIMIT ?", (match, most + 1))]


def _rows(conn: sqlite3.Connection, rowids: list[int]):
    """Those rows in account order. CROSS JOIN: from the few rowids to the table, never a walk
    of the whole account index testing each row against them."""
    return conn.execute(f"SELECT {_COLUMNS} FROM json_each(?) j CROSS JOIN accounts_cache a "
                        "ON a.rowid = j.value ORDER BY a.account", (json.dumps(rowids),))


def _in_order(conn: sqlite3.Connection):
    return conn.execute(f"SELECT {_COLUMNS} FROM accounts_cache a ORDER BY a.account")


def _take(rows, key: str, limit: int, most: int | None = None) -> tuple[list, bool]:
    """The first `limit` rows whose address holds `key`; (rows, True) unless `most` rows
    were read before that."""
    found = []
    for n, row in enumerate(rows):
        if most is not None and n >= most:
            return found, False
        address = row[1]
        body = row[2]
        if isinstance(body, str):  # an old JSON body: its address column is lower-cased
            address = _legacy_address(body, address)
        if key in fold(address):
            found.append((row[0], address, body, row[3]))
            if len(found) >= limit:
                break
    return found, True


def _legacy_address(body: str, fallback: str) -> str:
    try:
        return str(json.loads(body).get("address", fallback))
    except (ValueError, AttributeError):
        return fallback


def search(ws: Workstation, key: str, limit: int) -> list[dict]:
    """Accounts whose address holds `key` (already folded), first `limit` in account order."""
    conn = ws.conn
    groups = _groups(conn, key)
    if groups == []:
        return []
    found = None
    if groups is not None:
        # The index is asked with the runs that narrow it cheaply: few words each, and not
        # far commoner than the rarest run. (An FTS5 prefix query or phrase merges every word
        # of the prefix: slower here.) One run whose commonest word alone is in too many
        # addresses is common: no need to ask.
        asked = [g for g in groups[:3] if len(g[1]) <= MAX_WORDS and g[0] <= 10 * groups[0][0]]
        if asked and not (len(groups) == 1 and groups[0][2] > INDEX_MAX):
            rowids = _matching(conn, _match(asked), INDEX_MAX)
            if len(rowids) <= INDEX_MAX:
                found, _ = _take(_rows(conn, rowids), key, limit)
    if found is None:
        found, complete = _take(_in_order(conn), key, limit,
                                SCAN_MAX if groups is not None else None)
        if not complete:
            found, _ = _take(_rows(conn, _matching(conn, _match(groups))), key, limit)
    tz = ws.config.tz
    result = []
    for account, address, body, fetched_at in found:
        try:
            holder = holder_of(body)
        except (ValueError, IndexError, UnicodeDecodeError):
            holder = ""
        result.append({"account": account, "holder": holder, "address": address,
                       "source": "cache",
                       "cached_at": fetched_time(fetched_at, tz).isoformat(timespec="seconds")})
    return result
