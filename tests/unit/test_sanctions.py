"""The sanctions list: real files in tmp_path, loaded whole or refused whole, screened by IIN
and by name across scripts, and watched for changes (cashier/controls/sanctions.py,
docs/sanctions-list.md)."""

import dataclasses
import os
import threading
import time
from datetime import date

import pytest

from cashier.controls.iin import parse_iin
from cashier.controls.sanctions import (
    Hit,
    ListWatcher,
    SanctionsList,
    SanctionsListError,
)
from cashier.errors import ConfigError

IVANOV = "850101300015"
PETROVA = "900215400043"
CLEAN = "000229500127"

LIST = f"""# Sanctions list of the demo bank, version 1
iin;name;birth_date

{IVANOV};Иванов Иван Иванович;1985-01-01
;Nursultan Abishuly;
{PETROVA};Петрова Анна;
# a comment between entries
;Ким Ли;1970-05-06
"""


def write(path, text: str, encoding: str = "utf-8") -> None:
    path.write_bytes(text.encode(encoding))


def replace_atomically(path, text: str) -> None:
    tmp = path.with_name(path.name + ".new")
    write(tmp, text)
    os.replace(tmp, path)


@pytest.fixture
def list_file(tmp_path):
    path = tmp_path / "sanctions.csv"
    write(path, LIST)
    return path


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_a_list_loads_with_its_entries_and_lines(list_file):
    listed = SanctionsList.load(list_file)
    assert len(listed) == 4
    assert [(e.line, e.iin, e.name, e.birth_date) for e in listed.entries] == [
        (4, IVANOV, "Иванов Иван Иванович", date(1985, 1, 1)),
        (5, None, "Nursultan Abishuly", None),
        (6, PETROVA, "Петрова Анна", None),
        (8, None, "Ким Ли", date(1970, 5, 6)),
    ]
    assert set(listed.by_iin) == {IVANOV, PETROVA}
    assert listed.source == str(list_file)
    assert len(listed.digest) == 64


def test_a_hit_by_iin_carries_the_entry_and_both_birth_dates(list_file):
    listed = SanctionsList.load(list_file)
    customer = parse_iin("8501-0130-0015", date(2026, 11, 27))
    for iin in (customer, IVANOV, "8501 0130 0015"):
        [hit] = listed.check(iin, "Someone Else", customer.birth_date)
        assert hit.reason == "iin"
        assert hit.entry.line == 4 and hit.entry.name == "Иванов Иван Иванович"
        assert hit.birth_date == date(1985, 1, 1)
        assert hit.customer_birth_date == date(1985, 1, 1)


@pytest.mark.parametrize("typed", ["Нұрсұлтан Әбішұлы", "Абишулы Нурсултан", "NURSULTAN abishuly",
                                   "Abishuly-Nursultan"])
def test_a_hit_by_name_in_either_script_and_order(list_file, typed):
    listed = SanctionsList.load(list_file)
    [hit] = listed.check(None, typed)
    assert hit.reason == "name" and hit.entry.line == 5
    assert hit.birth_date is None and hit.customer_birth_date is None


def test_a_person_listed_by_iin_and_name_is_one_hit_for_the_iin(list_file):
    listed = SanctionsList.load(list_file)
    assert listed.check(PETROVA, "Anna Petrova") == [Hit("iin", listed.by_iin[PETROVA][0])]
    assert [h.reason for h in listed.check(CLEAN, "Petrova Anna")] == ["name"]


def test_a_customer_not_listed_is_no_hit(list_file):
    listed = SanctionsList.load(list_file)
    assert listed.check(CLEAN, "Иванов Иван") == []       # words are never dropped
    assert listed.check(None, "") == []
    assert listed.check("", None) == []
    assert listed.check("not an iin", "Ким") == []


def test_two_hits_when_iin_and_name_point_at_different_entries(list_file):
    listed = SanctionsList.load(list_file)
    hits = listed.check(IVANOV, "Li Kim")
    assert [(h.reason, h.entry.line) for h in hits] == [("iin", 4), ("name", 8)]


def test_a_loaded_list_cannot_be_changed(list_file):
    listed = SanctionsList.load(list_file)
    with pytest.raises(TypeError):
        listed.by_iin["111111111111"] = ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        listed.entries = ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        listed.entries[0].name = "x"


def test_bom_crlf_quotes_and_header_case_are_read(tmp_path):
    path = tmp_path / "excel.csv"
    write(path, "\ufeff IIN ; Name ; Birth_Date \r\n"
                f"\"{IVANOV}\";\"Иванов; Иван\";\"1985-01-01\"\r\n"
                ";\"O'Brien \"\"Jack\"\"\";\r\n")
    listed = SanctionsList.load(path)
    assert [(e.iin, e.name, e.line) for e in listed.entries] == [
        (IVANOV, "Иванов; Иван", 2), (None, "O'Brien \"Jack\"", 3)]
    assert listed.check(None, "Jack OBrien")[0].entry.line == 3


def test_a_header_alone_is_an_empty_list(tmp_path):
    path = tmp_path / "empty.csv"
    write(path, "# nobody listed today\niin;name;birth_date\n")
    assert len(SanctionsList.load(path)) == 0


MALFORMED = [
    ("", 1, "no header"),
    ("# only a comment\n\n", 1, "no header"),
    ("name;iin;birth_date\n", 1, "header"),
    ("iin;name\n", 1, "header"),
    (f"iin;name;birth_date\n{IVANOV};Иванов\n", 2, "found 2"),
    (f"iin;name;birth_date\n{IVANOV};Иванов;1985-01-01;extra\n", 2, "found 4"),
    (f"iin;name;birth_date\n{IVANOV};Иванов;\n850101300016;Петров;\n", 3, "iin_check_digit"),
    ("iin;name;birth_date\n85010130001;Петров;\n", 2, "iin_format"),
    ("iin;name;birth_date\n# ok\n\n851301300012;Петров;\n", 4, "iin_"),
    ("iin;name;birth_date\n;  ;\n", 2, "name is empty"),
    ("iin;name;birth_date\n;--;\n", 2, "name is empty"),
    ("iin;name;birth_date\n;Петров;01.02.1985\n", 2, "YYYY-MM-DD"),
    ("iin;name;birth_date\n;Петров;1985-02-30\n", 2, "YYYY-MM-DD"),
    ("iin;name;birth_date\n;Петров;19850201\n", 2, "YYYY-MM-DD"),
    ("iin;name;birth_date\n;\"Петров;\n", 2, "quotes"),
]


@pytest.mark.parametrize("text,line,says", MALFORMED)
def test_one_malformed_line_refuses_the_whole_file_naming_the_line(tmp_path, text, line, says):
    path = tmp_path / "bad.csv"
    write(path, text)
    with pytest.raises(SanctionsListError) as info:
        SanctionsList.load(path)
    err = info.value
    assert isinstance(err, ConfigError)
    assert err.code == "sanctions_list_malformed"
    assert err.field == "sanctions_list"
    assert err.params["line"] == line and err.params["path"] == str(path)
    assert f"line {line}:" in err.message and says in err.message
    assert "stays as it was" in err.message


def test_a_list_saved_in_cp1251_is_refused_at_the_first_bad_line(tmp_path):
    path = tmp_path / "cp1251.csv"
    write(path, f"iin;name;birth_date\n{IVANOV};Ivanov Ivan;\n;Петров;\n", encoding="cp1251")
    with pytest.raises(SanctionsListError) as info:
        SanctionsList.load(path)
    assert info.value.params["line"] == 3 and "UTF-8" in info.value.message


def test_the_iin_of_a_refused_line_is_masked_in_the_message(tmp_path):
    path = tmp_path / "bad.csv"
    write(path, "iin;name;birth_date\n850101300016;Петров;\n")
    with pytest.raises(SanctionsListError) as info:
        SanctionsList.load(path)
    assert "8501******16" in info.value.message and "850101300016" not in info.value.message


def test_a_missing_file_says_which_setting_and_what_to_do(tmp_path):
    path = tmp_path / "nowhere" / "sanctions.csv"
    with pytest.raises(SanctionsListError) as info:
        SanctionsList.load(path)
    err = info.value
    assert err.code == "sanctions_list_missing" and err.field == "sanctions_list"
    assert str(path) in err.message
    assert "`sanctions_list` in config.toml" in err.message
    assert "docs/sanctions-list.md" in err.message


def test_a_folder_instead_of_a_file_is_unreadable(tmp_path):
    with pytest.raises(SanctionsListError) as info:
        SanctionsList.load(tmp_path)
    assert info.value.code == "sanctions_list_unreadable"
    assert "`sanctions_list` in config.toml" in info.value.message


# --- the watcher ----------------------------------------------------------------------------

def test_the_watcher_sees_an_atomic_replace_after_at_most_a_second(list_file):
    clock = Clock()
    watcher = ListWatcher(list_file, clock=clock)
    first = watcher.current()
    assert len(first) == 4 and watcher.last_error is None
    replace_atomically(list_file, "iin;name;birth_date\n;Новый Человек;\n")
    clock.now += 0.5
    assert watcher.current() is first              # not looked at yet
    clock.now += 0.5
    second = watcher.current()
    assert [e.name for e in second.entries] == ["Новый Человек"]
    assert len(first) == 4 and first.check(IVANOV, "")  # the old version is untouched
    clock.now += 1
    assert watcher.current() is second             # unchanged file: not read again


def test_the_watcher_sees_an_edit_in_place(list_file):
    clock = Clock()
    watcher = ListWatcher(list_file, clock=clock)
    assert len(watcher.current()) == 4
    inode = list_file.stat().st_ino
    with open(list_file, "a", encoding="utf-8") as f:
        f.write(";Added Later;\n")
    assert list_file.stat().st_ino == inode
    clock.now += 1
    assert watcher.current().check(None, "Later Added")


def test_the_watcher_sees_a_same_size_edit_by_its_mtime(list_file):
    clock = Clock()
    watcher = ListWatcher(list_file, clock=clock)
    before = list_file.stat()
    write(list_file, LIST.replace("Ким Ли", "Ким Ан"))
    os.utime(list_file, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
    assert list_file.stat().st_size == before.st_size
    clock.now += 1
    assert watcher.current().check(None, "Ан Ким")


def test_a_malformed_new_version_keeps_the_last_good_list_and_says_why(list_file):
    clock = Clock()
    watcher = ListWatcher(list_file, clock=clock)
    good = watcher.current()
    replace_atomically(list_file, LIST + "850101300016;Петров;\n")
    clock.now += 1
    assert watcher.current() is good
    err = watcher.last_error
    assert err.code == "sanctions_list_malformed" and err.params["line"] == 9
    clock.now += 1
    assert watcher.current() is good and watcher.last_error is err   # not parsed again
    replace_atomically(list_file, LIST + f"{CLEAN};Петров;\n")
    clock.now += 1
    fixed = watcher.current()
    assert len(fixed) == 5 and watcher.last_error is None


def test_a_file_that_disappears_keeps_the_list_until_it_is_back(list_file):
    clock = Clock()
    watcher = ListWatcher(list_file, clock=clock)
    good = watcher.current()
    kept = list_file.with_name("kept.csv")
    os.replace(list_file, kept)
    clock.now += 1
    assert watcher.current() is good
    assert watcher.last_error.code == "sanctions_list_missing"
    os.replace(kept, list_file)
    clock.now += 1
    back = watcher.current()
    assert len(back) == 4 and watcher.last_error is None


def test_with_no_good_list_ever_current_raises_until_one_arrives(tmp_path):
    clock = Clock()
    path = tmp_path / "sanctions.csv"
    watcher = ListWatcher(path, clock=clock)
    with pytest.raises(SanctionsListError) as info:
        watcher.current()
    assert info.value.code == "sanctions_list_missing"
    assert "`sanctions_list` in config.toml" in info.value.message
    write(path, "iin;name;oops\n")
    clock.now += 1
    with pytest.raises(SanctionsListError) as info:
        watcher.current()
    assert info.value.code == "sanctions_list_malformed"
    write(path, LIST)
    clock.now += 0.5
    with pytest.raises(SanctionsListError):
        watcher.current()                          # not looked at again yet
    clock.now += 0.5
    assert len(watcher.current()) == 4


def test_the_real_clock_and_threads_never_see_half_a_list(list_file):
    """Readers on several threads while a writer replaces the file atomically, again and again:
    every list they get is one of the versions written, whole."""
    versions = {}
    for n in (50, 80):
        lines = [f";Человек {n} {i};{date(1960, 1, 1 + i % 28)}" for i in range(n)]
        versions[len(lines)] = "iin;name;birth_date\n" + "\n".join(lines) + "\n"
    sizes = sorted(versions)
    replace_atomically(list_file, versions[sizes[0]])
    watcher = ListWatcher(list_file, interval=0.001)
    seen, errors, stop = set(), [], threading.Event()

    def read():
        while not stop.is_set():
            try:
                seen.add(len(watcher.current()))
            except Exception as exc:  # noqa: BLE001 - any failure is the test's finding
                errors.append(exc)
            time.sleep(0.0002)

    readers = [threading.Thread(target=read) for _ in range(4)]
    for t in readers:
        t.start()
    try:
        for i in range(40):
            replace_atomically(list_file, versions[sizes[i % 2]])
            time.sleep(0.002)
    finally:
        stop.set()
        for t in readers:
            t.join(timeout=30)
    assert errors == []
    assert seen <= set(sizes) and seen
    assert watcher.last_error is None


def test_threads_asking_while_the_first_list_loads_wait_for_it(tmp_path):
    path = tmp_path / "big.csv"
    write(path, "iin;name;birth_date\n" + "".join(f";Человек Номер {i};\n" for i in range(20000)))
    watcher = ListWatcher(path)
    start = threading.Barrier(6)
    got, errors = [], []

    def ask():
        start.wait()
        try:
            got.append(watcher.current())
        except Exception as exc:  # noqa: BLE001 - any failure is the test's finding
            errors.append(exc)

    askers = [threading.Thread(target=ask) for _ in range(6)]
    for t in askers:
        t.start()
    for t in askers:
        t.join(timeout=60)
    assert errors == []
    assert len(got) == 6 and all(g is got[0] for g in got) and len(got[0]) == 20000


def test_the_screening_modules_import_nothing_but_the_kernel_and_plain_python():
    import grimp
    graph = grimp.build_graph("cashier", include_external_packages=True, cache_dir=None)
    allowed_core = {"cashier.errors", "cashier.controls.iin", "cashier.controls.names"}
    forbidden = {"sqlite3", "socket", "requests", "urllib", "http", "PySide6", "shiboken6"}
    for module in ("cashier.controls.iin", "cashier.controls.names", "cashier.controls.sanctions"):
        imported = graph.find_modules_directly_imported_by(module)
        core = {m for m in imported if m.startswith("cashier")}
        assert core <= allowed_core, (module, core)
        assert not {m.split(".")[0] for m in imported} & forbidden, (module, imported)
