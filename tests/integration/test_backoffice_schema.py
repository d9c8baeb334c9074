"""The back office's schema: numbered migrations that build the same tables on SQLite and
on PostgreSQL, once, even with two servers starting at once; and the package stands alone."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
import sqlalchemy as sa

from backoffice import db, schema
from backoffice.migrations import LATEST, STEPS, SchemaTooNew, migrate
from tests.support import backoffice_server
from tests.support.backoffice_server import ROOT

backoffice_url = backoffice_server.backoffice_url     # the fixture, found by its name


def _columns(table: sa.Table) -> dict[str, tuple]:
    return {c.name: (c.nullable, c.primary_key) for c in table.columns}


def test_a_new_database_gets_every_step_and_exactly_the_tables_of_schema_py(backoffice_url):
    engine = db.create_engine(backoffice_url, pool_size=2)
    assert migrate(engine) == LATEST
    with engine.connect() as conn:
        v = schema.schema_version.c
        steps = conn.execute(sa.select(v.version, v.name).order_by(v.version)).all()
        assert [tuple(s) for s in steps] == [(n, name) for n, name, _ in STEPS]
        found = sa.MetaData()
        found.reflect(conn)
        counters = dict(conn.execute(sa.select(schema.counters.c.name,
                                               schema.counters.c.value)).all())
    assert set(found.tables) == set(schema.metadata.tables)
    for name, table in schema.metadata.tables.items():
        assert _columns(found.tables[name]) == _columns(table), name
        wanted = {i.name for i in table.indexes}
        assert wanted <= {i.name for i in found.tables[name].indexes}, name
    # Ready for people and settings (issue 12): their versions start at 0.
    assert counters == {"users": 0, "settings": 0}
    # Again: nothing to do, nothing done twice.
    assert migrate(engine) == LATEST
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.schema_version)
                            ).scalar_one() == len(STEPS)
    engine.dispose()


def test_two_servers_starting_on_one_new_database_apply_each_step_once(backoffice_url):
    engines = [db.create_engine(backoffice_url, pool_size=2) for _ in range(3)]
    results, errors = [], []

    def run(engine):
        try:
            results.append(migrate(engine))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
    threads = [threading.Thread(target=run, args=(e,)) for e in engines]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors and results == [LATEST] * 3
    with engines[0].connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.schema_version)
                            ).scalar_one() == len(STEPS)
    for e in engines:
        e.dispose()


def test_a_database_from_a_newer_back_office_is_refused(backoffice_url):
    engine = db.create_engine(backoffice_url, pool_size=2)
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(schema.schema_version.insert().values(version=LATEST + 1, name="future",
                                                           applied_at="2030-01-01T00:00:00Z"))
    with pytest.raises(SchemaTooNew):
        migrate(engine)
    engine.dispose()


@pytest.mark.parametrize("url", ["mysql://x@y/z", "sqlite://", "sqlite:///:memory:",
                                 "postgresql+psycopg2://x@y/z", "not a url"])
def test_only_postgresql_and_a_sqlite_file_are_taken(url):
    with pytest.raises(db.BadUrl):
        db.parse_url(url)


def test_the_back_office_imports_neither_the_desk_nor_the_spc():
    code = ("import sys, backoffice.app, backoffice.__main__, backoffice.migrations; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'cashier', 'spc', 'ui', "
            "'PySide6'}))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
