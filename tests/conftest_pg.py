"""Database fixtures (a pytest plugin: tests/conftest.py lists "tests.conftest_pg" in pytest_plugins).

- ``sqlite_database``: a migrated SQLite file in tmp_path.
- ``postgres_server_url``: GARDA_TEST_POSTGRES_URL (a SQLAlchemy URL,
  ``postgresql+psycopg://user:password@host:port/dbname``), or the test is skipped.
- ``postgres_url``: a fresh, empty database created on that server for one test, dropped after.
- ``postgres_database``: a migrated :class:`Database` on such a fresh database.
- ``database``: each test runs twice, on SQLite and on PostgreSQL.
- ``content_key_file``, ``content_cipher``, ``audit_log``: the audit log with a new key.

Every test that touches PostgreSQL is marked ``postgres`` by these fixtures, so in CI
(GARDA_REQUIRE_ALL_TESTS=1) a missing server fails the run instead of skipping.
"""

from __future__ import annotations

import os
import secrets

import pytest
from sqlalchemy.engine import make_url

from garda.audit.crypto import ContentCipher, ensure_key_file
from garda.audit.log import AuditLog
from garda.store.database import Database

POSTGRES_URL_VARIABLE = "GARDA_TEST_POSTGRES_URL"


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        pytest.skip(f"PostgreSQL tests need {POSTGRES_URL_VARIABLE}, e.g. "
                    "postgresql+psycopg://garda:garda@127.0.0.1:5432/garda_test")
    return url


@pytest.fixture
def postgres_url(request, postgres_server_url) -> str:
    """A new database on the test server, for this test only."""
    request.node.add_marker(pytest.mark.postgres)
    import psycopg

    server = make_url(postgres_server_url)
    name = f"garda_t_{secrets.token_hex(6)}"
    admin = server.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_database(postgres_url) -> Database:
    db = Database(postgres_url)
    db.upgrade()
    yield db
    db.dispose()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'garda.db'}"


@pytest.fixture
def sqlite_database(sqlite_url) -> Database:
    db = Database(sqlite_url)
    db.upgrade()
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request) -> Database:
    """A migrated database: the test runs once on SQLite and once on PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_database")


@pytest.fixture
def content_key_file(tmp_path):
    return ensure_key_file(tmp_path / "content.key")


@pytest.fixture
def content_cipher(content_key_file) -> ContentCipher:
    return ContentCipher.from_key_file(content_key_file)


@pytest.fixture
def audit_log(content_cipher) -> AuditLog:
    return AuditLog(content_cipher)
