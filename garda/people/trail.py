"""Who is acting, from where: what every people/ change writes into the audit chain (CJIS events)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from garda.audit.events import AuditEvent


@dataclass(frozen=True)
class Trail:
    """The audit log plus the acting person (a badge, or "cli"/"demo") and their address and browser."""

    audit: Any                      # garda.audit.log.AuditLog
    actor: str | None
    source_address: str | None = None
    user_agent: str | None = None

    def record(self, session: Session, event: AuditEvent, **details: Any) -> None:
        self.audit.append(session, event, actor=self.actor, details=details,
                          source_address=self.source_address, user_agent=self.user_agent)

    def as_actor(self, actor: str | None) -> "Trail":
        return Trail(self.audit, actor, self.source_address, self.user_agent)


def record(trail: Trail | None, session: Session, event: AuditEvent, **details: Any) -> None:
    """Append the event when a trail is given (library callers without an audit log pass None)."""
    if trail is not None:
        trail.record(session, event, **details)
