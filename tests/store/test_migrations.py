"""Migrations build the schema (never create_all) and `garda db check` finds drift."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from garda.store.database import Database
from garda.store.migrate import current_revision, head_revision

UPGRADE_WORKER = Path(__file__).with_name("upgrade_worker.py")


def table_names(db: Database) -> set[str]:
    return set(inspect(db.engine).get_table_names())


def test_upgrade_builds_the_core_tables_and_the_chain_head(database):
    assert {"ai_systems", "audit_log", "audit_content", "audit_head", "alembic_version"} <= table_names(database)
    with database.read() as session:
        assert session.execute(text("SELECT id, last_seq FROM audit_head")).all() == [(1, 0)]


def test_upgrade_reaches_head_and_is_idempotent(database):
    database.upgrade()
    assert current_revision(database.engine) == head_revision()


def test_models_and_migrations_agree(database):
    assert database.check() == []


def test_check_reports_drift(database):
    database.write(lambda s: s.execute(text("ALTER TABLE ai_systems ADD COLUMN stray_column INTEGER")))
    differences = database.check()
    assert any("stray_column" in difference for difference in differences)


def test_migrations_run_from_an_empty_file_without_alembic_ini(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no alembic.ini anywhere near
    db = Database(f"sqlite:///{tmp_path / 'fresh.db'}")
    db.upgrade()
    assert "audit_log" in table_names(db)
    db.dispose()


def test_check_reports_a_pending_migration(sqlite_url):
    db = Database(sqlite_url)
    differences = db.check()
    assert differences[0].startswith("database at revision None")
    db.dispose()


@pytest.fixture(params=["sqlite_url", pytest.param("postgres_url", marks=pytest.mark.postgres)])
def empty_database_url(request) -> str:
    return request.getfixturevalue(request.param)


def test_processes_upgrading_at_once_all_succeed(empty_database_url):
    """Several gateway processes may start together; each runs upgrade (SQLite queues, PostgreSQL locks)."""
    runs = [subprocess.Popen([sys.executable, str(UPGRADE_WORKER), empty_database_url], stderr=subprocess.PIPE)
            for _ in range(4)]
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err.decode()[-2000:]
    db = Database(empty_database_url)
    assert current_revision(db.engine) == head_revision()
    assert db.check() == []
    db.dispose()
