"""Alembic, configured in code: no alembic.ini is needed at run time.

Several gateway processes may start, and upgrade, at once. PostgreSQL migrations run
under a session advisory lock, each in its own transaction, with lock and statement
timeouts so a migration waiting on a busy table fails fast instead of stalling every
request behind it. SQLite runs the whole upgrade in one BEGIN IMMEDIATE transaction
(its DDL is transactional), with foreign keys off because batch mode rebuilds tables
by copy and rename.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from garda.store.database import SQLITE_BEGIN_OPTION
from garda.store.schema import load_models

MIGRATIONS = Path(__file__).parent / "migrations"
# Any constant works; it only has to be the same for every garda process.
MIGRATION_LOCK_KEY = 682_000_001
POSTGRES_LOCK_TIMEOUT = "4s"
POSTGRES_STATEMENT_TIMEOUT = "60s"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade_head(engine: Engine) -> None:
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            _upgrade_postgres(connection)
        elif connection.dialect.name == "sqlite":
            _upgrade_sqlite(connection)
        else:
            command.upgrade(alembic_config(connection), "head")


def head_revision() -> str | None:
    """The newest migration shipped with this version of garda."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def schema_differences(engine: Engine) -> list[str]:
    """What separates the database from this code: a pending migration, then model drift."""
    metadata = load_models()
    expected = head_revision()
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        current = context.get_current_revision()
        pending = [] if current == expected else [f"database at revision {current}, migrations end at {expected}"]
        return pending + [_describe(diff) for diff in compare_metadata(context, metadata)]


def _upgrade_postgres(connection: Connection) -> None:
    """One migration at a time across processes, each in its own transaction, with timeouts."""
    connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
    connection.execute(text(f"SET lock_timeout = '{POSTGRES_LOCK_TIMEOUT}'"))
    connection.execute(text(f"SET statement_timeout = '{POSTGRES_STATEMENT_TIMEOUT}'"))
    connection.commit()
    try:
        command.upgrade(alembic_config(connection), "head")
    finally:
        connection.rollback()
        connection.execute(text("RESET lock_timeout"))
        connection.execute(text("RESET statement_timeout"))
        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})
        connection.commit()


def _upgrade_sqlite(connection: Connection) -> None:
    """The whole upgrade in one BEGIN IMMEDIATE transaction, so processes starting at once queue up.

    Foreign keys are off meanwhile (batch mode rebuilds tables by copy and rename; the
    pragma is a no-op inside a transaction, hence the driver connection) and checked after.
    """
    raw = connection.connection.driver_connection
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        immediate = connection.execution_options(**{SQLITE_BEGIN_OPTION: "IMMEDIATE"})
        with immediate.begin():
            command.upgrade(alembic_config(immediate), "head")
            violations = immediate.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if violations:
                raise RuntimeError(f"migration left {len(violations)} rows violating foreign keys")
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def _describe(diff: Any) -> str:
    if isinstance(diff, list):  # column modifications come grouped
        return "; ".join(_describe(item) for item in diff)
    operation, *rest = diff
    subjects = []
    for item in rest:
        name = getattr(item, "name", None)
        table = getattr(getattr(item, "table", None), "name", None)
        subjects.append(f"{table}.{name}" if table and name else str(name if name is not None else item))
    return f"{operation}: " + ", ".join(subjects)
