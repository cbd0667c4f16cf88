"""people/ tests: a real SQLite file per test; the audit log records what people/ appends."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

import garda.people.models  # noqa: F401  (registers the tables)
import garda.registry.models  # noqa: F401
from garda.people.trail import Trail
from garda.store.base import Base


@dataclass
class RecordingAudit:
    """Stands in for garda.audit.log.AuditLog where only the appended events matter."""

    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def append(self, session, event, **fields: Any) -> None:
        self.events.append((str(event), fields))

    def tags(self) -> list[str]:
        return [tag for tag, _ in self.events]


@pytest.fixture
def session(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'people.db'}")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        yield session
    engine.dispose()


@pytest.fixture
def audit() -> RecordingAudit:
    return RecordingAudit()


@pytest.fixture
def trail(audit) -> Trail:
    return Trail(audit, "9001", source_address="192.0.2.10", user_agent="pytest")
