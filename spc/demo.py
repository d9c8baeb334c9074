"""Deterministic demo data: Almaty addresses, masked holders, utility services.

Generated accounts come in chunks, each from its own PRNG seeded by the chunk
number, so the data does not depend on how many accounts are asked for (the
first thousand of a million are the same thousand as in a default database).
A few fixed, well-known accounts come first; tests and docs use their numbers
(docs/demo-accounts.md).
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import random
import sqlite3
import time

from spc import store

log = logging.getLogger("spc")

PERIOD = "2026-10"
CURRENCY = "KZT"
SEED = 20261022
CHUNK = 10_000

SERVICES = {
    "ELEC": "Электроэнергия", "HEAT": "Отопление", "HWS": "Горячая вода",
    "CWS": "Холодная вода", "SEW": "Водоотведение", "GAS": "Газ",
    "WASTE": "Вывоз ТБО", "MAINT": "Содержание жилья",
}
ORDER = list(SERVICES)
_MAINT = [
    ("KSK-SML", "КСК «Самал»"), ("KSK-ORB", "КСК «Орбита»"), ("KSK-ALT", "КСК «Алатау»"),
    ("KSK-TST", "КСК «Тастак»"), ("KSK-AKS", "КСК «Аксай»"), ("KSK-KLK", "КСК «Калкаман»"),
    ("OSI-ABY", "ОСИ «Абай 150»"), ("OSI-ZHT", "ОСИ «Жетісу»"), ("OSI-KKT", "ОСИ «Көктем»"),
    ("OSI-MMR", "ОСИ «Мамыр»"), ("OSI-DMN", "ОСИ «Думан»"), ("OSI-BGN", "ОСИ «Баганашыл»"),
]
PROVIDERS = {
    "AES": "АлматыЭнергоСбыт", "ATS": "Алматинские тепловые сети", "ASU": "Алматы Су",
    "QGA": "QazaqGaz Аймақ", "TBO": "Тартып", **dict(_MAINT),
}
# code -> (provider, amount range in tenge, chance of a meter, meter prefix, unit, reading range)
_RULES = {
    "ELEC": ("AES", (800, 15000), 100, "E", "kWh", (1000, 60000)),
    "HEAT": ("ATS", (2000, 25000), 20, "T", "Гкал", (10, 900)),
    "HWS": ("ATS", (900, 8000), 85, "HW", "m³", (50, 2500)),
    "CWS": ("ASU", (300, 3000), 85, "CW", "m³", (80, 4000)),
    "SEW": ("ASU", (200, 2000), 0, "", "", (0, 0)),
    "GAS": ("QGA", (500, 6000), 90, "G", "m³", (100, 9000)),
    "WASTE": ("TBO", (300, 1200), 0, "", "", (0, 0)),
    "MAINT": (None, (1500, 9000), 0, "", "", (0, 0)),
}

STREETS = [
    "пр. Абая", "ул. Толе би", "пр. Достык", "ул. Сатпаева", "ул. Жандосова", "пр. Аль-Фараби",
    "ул. Розыбакиева", "ул. Гоголя", "ул. Байзакова", "ул. Курмангазы", "ул. Шевченко",
    "ул. Кабанбай батыра", "ул. Богенбай батыра", "ул. Жибек Жолы", "пр. Райымбека",
    "пр. Сейфуллина", "ул. Тимирязева", "ул. Манаса", "ул. Ауэзова", "ул. Байтурсынулы",
    "ул. Наурызбай батыра", "ул. Желтоксан", "ул. Панфилова", "ул. Муканова", "ул. Жарокова",
    "ул. Радостовца", "ул. Утепова", "бул. Бухар жырау", "ул. Торайгырова", "ул. Навои",
    "пр. Рыскулова", "пр. Суюнбая", "ул. Шагабутдинова", "ул. Мынбаева", "ул. Айтеке би",
]
MICRODISTRICTS = [
    "мкр. Самал-1", "мкр. Самал-2", "мкр. Самал-3", "мкр. Орбита-1", "мкр. Орбита-2",
    "мкр. Орбита-3", "мкр. Аксай-1", "мкр. Аксай-3", "мкр. Аксай-4", "мкр. Таугуль",
    "мкр. Коктем-1", "мкр. Коктем-2", "мкр. Мамыр-4", "мкр. Жетысу-2", "мкр. Калкаман-2",
    "мкр. Алмагуль", "мкр. Думан", "мкр. Айгерим-1", "мкр. Аккент", "мкр. Шугыла",
]
SURNAMES = [
    ("Нурланов", "Нурланова"), ("Сагинтаев", "Сагинтаева"), ("Иванов", "Иванова"), ("Ким", "Ким"),
    ("Омаров", "Омарова"), ("Ахметов", "Ахметова"), ("Жумабеков", "Жумабекова"),
    ("Сулейменов", "Сулейменова"), ("Петров", "Петрова"), ("Ли", "Ли"), ("Цой", "Цой"),
    ("Касымов", "Касымова"), ("Абдрахманов", "Абдрахманова"), ("Кузнецов", "Кузнецова"),
    ("Байжанов", "Байжанова"), ("Есенов", "Есенова"), ("Оспанов", "Оспанова"),
    ("Смагулов", "Смагулова"), ("Попов", "Попова"), ("Тулегенов", "Тулегенова"),
    ("Өтегенов", "Өтегенова"), ("Ұзақов", "Ұзақова"), ("Әбенов", "Әбенова"),
    ("Шевченко", "Шевченко"), ("Мукашев", "Мукашева"), ("Исаев", "Исаева"),
]
INITIALS = "ААААБГДЕЕЖИКММНННРССТТЫӘҒӨҰВЛ"


def mask(surname: str, first: str, middle: str | None) -> str:
    # Never show a whole surname: "Ким" becomes "Ки***", not "Ким***".
    keep = min(3, len(surname) - 1)
    text = f"{surname[:keep]}*** {first}."
    return f"{text} {middle}." if middle else text


def _holder(rng: random.Random) -> str:
    male, female = rng.choice(SURNAMES)
    surname = male if rng.random() < 0.5 else female
    middle = rng.choice(INITIALS) if rng.random() < 0.93 else None
    return mask(surname, rng.choice(INITIALS), middle)


def _house(rng: random.Random) -> str:
    n = str(rng.randint(1, 260))
    r = rng.random()
    if r < 0.08:
        n += rng.choice("АБВ")
    elif r < 0.14:
        n += f"/{rng.randint(1, 4)}"
    return n


def _address(rng: random.Random) -> str:
    if rng.random() < 0.35:
        return f"Алматы, {rng.choice(MICRODISTRICTS)}, д. {rng.randint(1, 90)}, кв. {rng.randint(1, 120)}"
    street = rng.choice(STREETS)
    if rng.random() < 0.12:  # a private house: no apartment
        return f"Алматы, {street} {_house(rng)}"
    return f"Алматы, {street} {_house(rng)}, кв. {rng.randint(1, 180)}"


def _service(rng: random.Random, code: str) -> list:
    provider, (lo, hi), meter_chance, prefix, unit, (rlo, rhi) = _RULES[code]
    if provider is None:
        provider = rng.choice(_MAINT)[0]
    r = rng.random()
    if r < 0.05:
        amount = -rng.randint(lo // 4, lo) * 100  # an advance paid last month
    elif r < 0.12:
        amount = 0
    else:
        amount = rng.randint(lo * 100, hi * 100)
    if rng.random() < meter_chance:
        return [code, provider, amount, f"{prefix}-{rng.randint(100000, 999999)}", unit,
                rng.randint(rlo * 1000, rhi * 1000)]
    return [code, provider, amount, None, None, None]


def _services(rng: random.Random) -> list:
    codes = {"ELEC", *rng.sample(ORDER[1:], rng.randint(2, 6))}
    return [_service(rng, c) for c in ORDER if c in codes]


def _dump(services: list) -> str:
    return json.dumps(services, ensure_ascii=False, separators=(",", ":"))


def _fixed() -> list[tuple]:
    def svc(code, provider, tiyn, meter=None, unit=None, reading=None):
        return [code, provider, tiyn, meter, unit, reading]
    typical = [svc("ELEC", "AES", 127226, "E-778812", "kWh", 12345000),
               svc("HEAT", "ATS", 252375),
               svc("CWS", "ASU", 84510, "CW-204417", "m³", 312457),
               svc("SEW", "ASU", 51240),
               svc("WASTE", "TBO", 69000)]
    advance = [svc("ELEC", "AES", 341055, "E-310027", "kWh", 40871250),
               svc("GAS", "QGA", -150000, "G-551190", "m³", 2210500),
               svc("WASTE", "TBO", 69000)]
    zero = [svc("ELEC", "AES", 0, "E-640013", "kWh", 7002000), svc("CWS", "ASU", 0),
            svc("WASTE", "TBO", 0)]
    many = [svc("ELEC", "AES", 512080, "E-902211", "kWh", 23800500),
            svc("HEAT", "ATS", 1425000, "T-118804", "Гкал", 412375),
            svc("HWS", "ATS", 312045, "HW-330912", "m³", 1020125),
            svc("CWS", "ASU", 121030, "CW-330913", "m³", 1587250),
            svc("SEW", "ASU", 98015), svc("WASTE", "TBO", 92000),
            svc("MAINT", "OSI-ABY", 640000)]
    short = [svc("ELEC", "AES", 98740, "E-700145", "kWh", 5230125), svc("HEAT", "ATS", 187500),
             svc("CWS", "ASU", 40215, "CW-700146", "m³", 98300)]
    long = [svc("ELEC", "AES", 441020, "E-551903", "kWh", 31002000),
            svc("HEAT", "ATS", 1180000, "T-551904", "Гкал", 280125),
            svc("HWS", "ATS", 250045, "HW-551905", "m³", 800500),
            svc("CWS", "ASU", 99030, "CW-551906", "m³", 1200250),
            svc("SEW", "ASU", 70015)]
    no_meters = [svc("HEAT", "ATS", 987000), svc("SEW", "ASU", 64020),
                 svc("WASTE", "TBO", 69000), svc("MAINT", "KSK-SML", 420000)]
    return [
        ("1002003001", "Ива*** И. И.", "Алматы, пр. Абая 10, кв. 5", typical),
        ("1002003002", "Нур*** А. Б.", "Алматы, ул. Толе би 189/3, кв. 41", advance),
        ("1002003003", "Ки*** В. С.", "Алматы, мкр. Самал-2, д. 58, кв. 12", zero),
        ("1002003004", "Өте*** Ә. Ғ.", "Алматы, пр. Достык 132, кв. 77", many),
        ("1002003005", "Саг*** Д. Е.", "Алматы, ул. Жандосова 140", no_meters),
        ("7001", "Ома*** Р. Т.", "Алматы, мкр. Орбита-1, д. 3, кв. 9", short),
        ("10020030010020030010", "Сул*** М. К.", "Алматы, пр. Аль-Фараби 77/8, кв. 150", long),
    ]


FIXED = _fixed()
DEMO_ACCOUNTS = {
    "typical": "1002003001",      # 5 services, all positive, ELEC and CWS metered
    "advance": "1002003002",      # GAS has amount_due -1500.00 (an advance)
    "zero": "1002003003",         # every amount_due is 0.00
    "many": "1002003004",         # 7 services, 4 meters (HEAT in Гкал)
    "no_meters": "1002003005",    # 4 services, no meter at all; private house address
    "short": "7001",              # the shortest account number the protocol allows
    "long": "10020030010020030010",  # the longest: 20 digits
}


def generated_chunk(chunk_no: int, count: int) -> list[tuple]:
    """Rows (account, holder, address, services_json) for one chunk; pure function of chunk_no."""
    rng = random.Random(SEED * 1_000_003 + chunk_no)
    base = 2_000_000_000 + chunk_no * CHUNK * 10
    rows = []
    for i in range(count):
        # Spread over a decade per account so numbers do not look sequential,
        # yet stay unique and ascending (cheap inserts into the primary key).
        account = str(base + i * 10 + rng.randrange(10))
        rows.append((account, _holder(rng), _address(rng), _dump(_services(rng))))
    return rows


def _rows_for(args: tuple[int, int, int]) -> list[tuple]:
    chunk_no, n, stamp = args
    return [(a, h, ad, store.fold(ad), CURRENCY, PERIOD, s, stamp)
            for a, h, ad, s in generated_chunk(chunk_no, n)]


def _insert_generated(conn: sqlite3.Connection, sql: str, count: int, stamp: int) -> None:
    jobs = [(i, min(CHUNK, count - i * CHUNK), stamp) for i in range((count + CHUNK - 1) // CHUNK)]
    if len(jobs) <= 10:
        chunks = map(_rows_for, jobs)
        pool = None
    else:
        # Generating rows costs more than inserting them: worker processes
        # generate while this one inserts, so the load uses every core.
        pool = multiprocessing.get_context("fork").Pool(max(1, os.cpu_count() or 1))
        chunks = pool.imap(_rows_for, jobs)
    try:
        # About 100k rows per transaction: few commits, flat memory at a million.
        for i, rows in enumerate(chunks):
            if i % 10 == 0:
                conn.execute("BEGIN")
            conn.executemany(sql, rows)
            if i % 10 == 9 or i == len(jobs) - 1:
                conn.execute("COMMIT")
    finally:
        if pool is not None:
            pool.terminate()


def seed(conn: sqlite3.Connection, total: int) -> float:
    """Fill a new database with `total` accounts (at least the fixed ones); returns seconds."""
    started = time.perf_counter()
    stamp = store.now_us()
    # A half-seeded database (a crash during seeding) is simply refilled;
    # durability during a bulk load buys nothing, so fsync is off until done.
    conn.execute("PRAGMA synchronous=OFF")
    sql = "INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    try:
        conn.execute("BEGIN")
        conn.execute("DELETE FROM accounts")
        conn.executemany("INSERT OR REPLACE INTO service_catalog VALUES (?, ?)", SERVICES.items())
        conn.executemany("INSERT OR REPLACE INTO providers VALUES (?, ?)", PROVIDERS.items())
        conn.executemany(sql, [(a, h, ad, store.fold(ad), CURRENCY, PERIOD, _dump(s), stamp)
                               for a, h, ad, s in FIXED])
        conn.execute("COMMIT")
        _insert_generated(conn, sql, max(0, total - len(FIXED)), stamp)
        store.meta_set(conn, "seeded_accounts", str(max(total, len(FIXED))))
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return time.perf_counter() - started
