"""Migrations build the schema (never create_all) and `garda db check` finds drift."""

from __future__ import annotations

from sqlalchemy import inspect, text

from garda.store.database import Database
from garda.store.migrate import current_revision, head_revision


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
