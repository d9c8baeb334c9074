"""Sanctions screening: loading a 100,000-entry list, and one check() against it.

Generates a list of N people (Kazakh and Russian names in Cyrillic, with Kazakh
letters, patronymics and "-ұлы/-қызы"; a valid IIN for most, a birth date for
some), writes it in the format of docs/sanctions-list.md and measures:

  load     SanctionsList.load of the whole file (read, check every line, index),
           and ListWatcher's first current() (the same, plus a stat)
  check    SanctionsList.check(iin, name, birth_date), median and p95 over --n calls:
           - a hit by IIN (the name typed is someone else's),
           - a hit by name typed in the other script (the listed Cyrillic name
             spelled in Latin as a passport would, ICAO 9303, words shuffled) with an
             IIN that is not listed,
           - a miss (an IIN and a name nobody listed).
      baseline: a plain dict lookup of an IIN among the same N, in the same run.

The goal: a check in 5 ms or less. Figures only, no asserts.

    .venv/bin/python benchmarks/bench_screening.py [--entries 100000] [--n 2000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cashier.controls.iin import Sex, valid_iin_for
from cashier.controls.sanctions import ListWatcher, SanctionsList

KZ_SURNAMES = [
    "Ахметов", "Жұмабаев", "Нұрланов", "Серікбаев", "Қасымов", "Оспанов", "Әбенов", "Төлеуов",
    "Бекмұхамедов", "Сәрсенбаев", "Омаров", "Искаков", "Байжанов", "Мұхамеджанов", "Есенов",
    "Құдайбергенов", "Тоқтаров", "Ғабдуллин", "Шәріпов", "Қайратов", "Әбдірахманов", "Сейітов",
    "Жақсылықов", "Тұрсынов", "Нұрпейісов", "Мұқанов", "Әлімжанов", "Сүлейменов", "Қожахметов",
    "Бейсенов", "Дүйсенов", "Жүнісов", "Ермеков", "Өтегенов", "Ыбыраев", "Ізбасаров",
    "Тілеубаев", "Үсенов", "Һашимов", "Рахымжанов"
]
RU_SURNAMES = [
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
    "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
    "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
    "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв",
    "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв",
    "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев",
    "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев",
    "Щербаков", "Цветков", "Хохлов", "Чернышёв", "Журавлёв", "Юдин"
]
KZ_MALE = [
    "Нұрсұлтан", "Ерлан", "Асхат", "Қайрат", "Дәурен", "Бауыржан", "Ержан", "Мұрат", "Серік",
    "Талғат", "Ғалым", "Әлихан", "Арман", "Айдос", "Ерболат", "Жандос", "Нұрлан", "Болат",
    "Дархан", "Санжар", "Темірлан", "Рахат", "Алмас", "Бекзат", "Данияр"
]
KZ_FEMALE = [
    "Айгүл", "Әлия", "Гүлнар", "Динара", "Жанар", "Меруерт", "Айгерім", "Сәуле", "Ақмарал",
    "Аружан", "Мәдина", "Гүлнұр", "Ботагөз", "Жұлдыз", "Назерке", "Аяулым", "Үміт", "Индира",
    "Салтанат", "Дана"
]
RU_MALE = [
    "Иван", "Алексей", "Сергей", "Дмитрий", "Андрей", "Михаил", "Николай", "Владимир", "Павел",
    "Юрий", "Фёдор", "Пётр", "Артём", "Евгений", "Максим", "Константин", "Виктор", "Олег",
    "Игорь", "Вячеслав"
]
RU_FEMALE = [
    "Анна", "Елена", "Ольга", "Наталья", "Мария", "Юлия", "Татьяна", "Ирина", "Светлана",
    "Ксения", "Екатерина", "Алёна", "Дарья", "Людмила", "Виктория", "Галина"
]
RU_PATRONYMIC_STEMS = [
    "Иванов", "Сергеев", "Алексеев", "Петров", "Николаев", "Владимиров", "Юрьев", "Фёдоров",
    "Михайлов", "Андреев", "Викторов", "Олегов"
]

# A passport's Latin spelling of a Cyrillic name (ICAO 9303, as Kazakhstan's passports),
# written here apart from cashier/controls/names.py on purpose.
ICAO = str.maketrans({
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "i", "і": "i", "к": "k", "қ": "k", "л": "l", "м": "m",
    "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
})


def to_latin(name: str, rng: random.Random) -> str:
    words = [w.lower().translate(ICAO).capitalize() for w in name.split()]
    rng.shuffle(words)
    return " ".join(words)


def person(rng: random.Random) -> tuple[str, Sex]:
    sex = rng.choice((Sex.MALE, Sex.FEMALE))
    male = sex is Sex.MALE
    if rng.random() < 0.55:
        surname = rng.choice(KZ_SURNAMES)
        first = rng.choice(KZ_MALE if male else KZ_FEMALE)
        roll = rng.random()
        if roll < 0.4:
            father = rng.choice(KZ_MALE)
            patronymic = father + ("ұлы" if male else "қызы")
        elif roll < 0.7:
            patronymic = rng.choice(KZ_MALE) + ("ович" if male else "овна")
        else:
            patronymic = ""
    else:
        surname = rng.choice(RU_SURNAMES)
        first = rng.choice(RU_MALE if male else RU_FEMALE)
        stem = rng.choice(RU_PATRONYMIC_STEMS)
        patronymic = stem[:-2] + ("ович" if male else "овна") if rng.random() < 0.8 else ""
    if not male:
        surname += "а"
    return " ".join(w for w in (surname, first, patronymic) if w), sex


def random_iin(rng: random.Random, sex: Sex, taken: set[str]) -> tuple[str, date]:
    while True:
        born = date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 66))
        try:
            iin = valid_iin_for(born, sex, rng.randrange(10000))
        except ValueError:
            continue
        if iin not in taken:
            taken.add(iin)
            return iin, born


def write_list(path: Path, entries: int, rng: random.Random) -> tuple[list[tuple], set[str]]:
    rows, taken = [], set()
    lines = ["# bench_screening.py: a generated list", "iin;name;birth_date"]
    for _ in range(entries):
        name, sex = person(rng)
        iin, born = random_iin(rng, sex, taken)
        iin_field = iin if rng.random() < 0.85 else ""
        born_field = born.isoformat() if rng.random() < 0.6 else ""
        rows.append((iin_field, name, born))
        lines.append(f"{iin_field};{name};{born_field}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return rows, taken


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return (statistics.median(ordered) * 1000,
            ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000)


def line(name: str, samples: list[float], base: tuple[float, float] | None = None) -> str:
    med, p95 = summary(samples)
    text = f"{name}: median {med:.4f} ms, p95 {p95:.4f} ms (n={len(samples)})"
    if base:
        text += f", {med / base[0]:.0f}x / {p95 / base[1]:.0f}x the baseline's median / p95"
    return text


def timed(calls: list[tuple], fn) -> tuple[list[float], list]:
    times, results = [], []
    for args in calls:
        t0 = time.perf_counter()
        result = fn(*args)
        times.append(time.perf_counter() - t0)
        results.append(result)
    return times, results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=100_000, help="people on the list")
    ap.add_argument("--n", type=int, default=2000, help="checks of each kind (default 2000)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        path = Path(tmp) / "sanctions.csv"
        t0 = time.perf_counter()
        rows, taken = write_list(path, args.entries, rng)
        print(f"bench_screening: {args.entries:,} entries generated and written in "
              f"{time.perf_counter() - t0:.1f} s, {path.stat().st_size / 1e6:.1f} MB")
        loads = []
        for _ in range(3):
            t0 = time.perf_counter()
            listed = SanctionsList.load(path)
            loads.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        ListWatcher(path).current()
        watcher_s = time.perf_counter() - t0
        print(f"load: SanctionsList.load median {statistics.median(loads):.2f} s "
              f"(runs {', '.join(f'{s:.2f}' for s in loads)}); ListWatcher first current() "
              f"{watcher_s:.2f} s; {len(listed.by_iin):,} IINs, {len(listed.by_name):,} name keys")

        listed_iins = [r for r in rows if r[0]]
        unlisted = []
        while len(unlisted) < args.n:
            iin, _ = random_iin(rng, rng.choice((Sex.MALE, Sex.FEMALE)), taken)
            unlisted.append(iin)
        by_iin = [(r[0], "Посторонний Человек", r[2])
                  for r in rng.sample(listed_iins, args.n)]
        by_name = [(unlisted[i], to_latin(r[1], rng), None)
                   for i, r in enumerate(rng.sample(rows, args.n))]
        misses = []
        while len(misses) < args.n:
            name = f"{rng.choice(RU_SURNAMES)}ский {rng.choice(KZ_MALE)} {rng.choice(RU_MALE)}"
            misses.append((unlisted[len(misses)], name, None))

        baseline = {r[0]: r for r in listed_iins}
        base_calls = [(r[0],) for r in by_iin]
        timed(base_calls, baseline.get)                      # warm up
        base_t, _ = timed(base_calls, baseline.get)
        base = summary(base_t)
        print(line("baseline dict.get(iin)", base_t))
        for label, calls in (("check, hit by IIN", by_iin),
                             ("check, hit by name in Latin", by_name),
                             ("check, miss", misses)):
            times, results = timed(calls, listed.check)
            found = sum(1 for r in results if r)
            print(line(label, times, base) + f"; {found}/{len(calls)} with a hit")
        worst = max(summary(timed(c, listed.check)[0])[1] for c in (by_iin, by_name, misses))
        print(f"goal: a check in 5 ms or less: p95 of the slowest kind {worst:.4f} ms "
              f"({'met' if worst <= 5 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
