"""people/ tests: a real database migrated to head (a SQLite file, and PostgreSQL when
GARDA_TEST_POSTGRES_URL is set), and the real hash-chained audit log."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from garda.audit.crypto import ContentCipher, ensure_key_file
from garda.people.trail import Trail
from garda.store.database import Database
from tests.people.audit_watch import WatchedAuditLog


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request, tmp_path):
    url = (f"sqlite:///{tmp_path / 'people.db'}" if request.param == "sqlite"
           else request.getfixturevalue("postgres_url"))
    db = Database(url)
    db.upgrade()
    yield db
    db.dispose()


@pytest.fixture
def session(database):
    with Session(database.engine) as session:
        yield session


@pytest.fixture
def audit(tmp_path) -> WatchedAuditLog:
    return WatchedAuditLog(ContentCipher.from_key_file(ensure_key_file(tmp_path / "content.key")))


@pytest.fixture
def trail(audit) -> Trail:
    return Trail(audit, "9001", source_address="192.0.2.10", user_agent="pytest")
