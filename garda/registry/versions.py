"""Model versions reported by upstreams (SOP 682.15 B.3.j): a change flags the system for re-evaluation."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from garda.audit.events import AuditEvent
from garda.registry.models import AISystem


def note_model_version(session: Session, audit: Any, system_name: str, reported: str | None) -> None:
    if not reported:
        return
    system = session.scalar(select(AISystem).where(AISystem.name == system_name))
    if system is None or system.last_model_version == reported:
        return
    previous = system.last_model_version
    system.last_model_version = reported
    if previous is not None:
        system.needs_reevaluation = True
        audit.append(session, AuditEvent.REGISTRY_MODEL_VERSION_CHANGED, actor=None, system=system_name,
                     details={"previous": previous, "reported": reported})
