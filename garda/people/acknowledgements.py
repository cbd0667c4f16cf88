"""Members acknowledge the policy in force, recorded with its version (SOP 682.40 A, 682.25)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from garda.audit.events import AuditEvent
from garda.people.models import PolicyAcknowledgement, User
from garda.people.trail import Trail, record
from garda.store.base import utcnow


def has_acknowledged(session: Session, user_id: int, policy_version: str) -> bool:
    return session.scalar(select(PolicyAcknowledgement.id).where(
        PolicyAcknowledgement.user_id == user_id, PolicyAcknowledgement.policy_version == policy_version)) is not None


def acknowledge(session: Session, user: User, policy_version: str, *, trail: Trail | None) -> None:
    if has_acknowledged(session, user.id, policy_version):
        return
    session.add(PolicyAcknowledgement(user_id=user.id, policy_version=policy_version[:64], acknowledged_at=utcnow(),
                                      source_address=trail.source_address if trail else None))
    session.flush()
    record(trail, session, AuditEvent.PEOPLE_POLICY_ACKNOWLEDGED, user=user.badge, policy_version=policy_version)


def acknowledgements_of(session: Session, user_id: int) -> list[PolicyAcknowledgement]:
    return list(session.scalars(select(PolicyAcknowledgement).where(PolicyAcknowledgement.user_id == user_id)
                                .order_by(PolicyAcknowledgement.acknowledged_at.desc())))
