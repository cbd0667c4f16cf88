"""Alembic environment: configured from code (garda.store.migrate), never from alembic.ini."""

from __future__ import annotations

from alembic import context

from garda.store.schema import load_models

target_metadata = load_models()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("garda migrations run through garda.store.Database.upgrade(), "
                           "which passes a connection")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        # PostgreSQL: one transaction per migration. SQLite arrives inside one outer
        # BEGIN IMMEDIATE transaction (garda.store.migrate), which alembic then leaves alone.
        transaction_per_migration=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("garda does not generate offline SQL scripts")
run_migrations_online()
