"""The inventory of AI systems: add, look up, and the gateway's access checks (SOP 682.15 A, 682.25 A)."""

from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from garda.audit.events import AuditEvent
from garda.errors import BadRequest, NotAuthorized, NotFound, PurposeNotAllowed, SystemNotApproved
from garda.inspect.spans import DataCategory
from garda.registry.models import AISystem, SystemStatus, UpstreamKind


def list_systems(session: Session) -> list[AISystem]:
    return list(session.scalars(select(AISystem).order_by(AISystem.name)))


def get_system(session: Session, name: str) -> AISystem:
    system = session.scalar(select(AISystem).where(AISystem.name == name))
    if system is None:
        raise NotFound(f"No AI system named '{name}' is in the department's inventory.", code="model_not_found")
    return system


SYSTEM_BY_NAME = select(AISystem.__table__).where(AISystem.__table__.c.name == bindparam("name"))


def system_row(session: Session, name: str) -> Any:
    """The system as a plain read-only row with AISystem's attribute names (read on every request)."""
    system = session.execute(SYSTEM_BY_NAME, {"name": name}).first()
    if system is None:
        raise NotFound(f"No AI system named '{name}' is in the department's inventory.", code="model_not_found")
    return system


def add_system(session: Session, audit: Any, *, actor: str | None, name: str, **fields: Any) -> AISystem:
    _check_fields(fields)
    if session.scalar(select(AISystem.id).where(AISystem.name == name)) is not None:
        raise BadRequest(f"An AI system named '{name}' already exists.", code="duplicate_system")
    system = AISystem(name=name, **fields)
    session.add(system)
    session.flush()
    audit.append(session, AuditEvent.REGISTRY_SYSTEM_ADDED, actor=actor, system=name,
                 details={"status": system.status, "clearance": system.clearance,
                          "purposes": system.purposes, "groups": system.groups,
                          "upstream_kind": system.upstream_kind, "public_facing": system.public_facing})
    return system


def _check_fields(fields: dict[str, Any]) -> None:
    unknown = set(fields.get("clearance", [])) - {c.value for c in DataCategory}
    if unknown:
        raise BadRequest(f"Unknown data categories: {', '.join(sorted(unknown))}.", code="invalid_clearance")
    if fields.get("status", SystemStatus.PROPOSED) not in {s.value for s in SystemStatus}:
        raise BadRequest(f"Unknown status '{fields['status']}'.", code="invalid_status")
    kind = fields.get("upstream_kind", UpstreamKind.EMBEDDED)
    if kind not in {k.value for k in UpstreamKind}:
        raise BadRequest(f"Unknown upstream kind '{kind}'.", code="invalid_upstream")
    if kind == UpstreamKind.OPENAI and not (fields.get("base_url") and fields.get("upstream_model")):
        raise BadRequest("An OpenAI-compatible system needs a base URL and a model name.", code="invalid_upstream")


def check_access(system: AISystem, *, groups: Iterable[str], key_systems: Iterable[str] | None,
                 purpose: str | None) -> None:
    """Raise unless this caller may use this system for this purpose now."""
    if system.status != SystemStatus.APPROVED:
        raise SystemNotApproved(f"AI system '{system.name}' is {system.status}, not approved for use.")
    if not set(system.groups or []) & set(groups):
        raise NotAuthorized(f"You are not in the authorized user group of AI system '{system.name}'.")
    if key_systems is not None and system.name not in set(key_systems):
        raise NotAuthorized(f"This API key is limited to other systems than '{system.name}'.",
                            code="key_not_valid_for_system", hint="Use a key created for this system, or create one.")
    if not purpose:
        raise PurposeNotAllowed(
            "Every request must declare its purpose.", code="purpose_missing",
            details={"acceptable_purposes": sorted(system.purposes or [])})
    if purpose not in set(system.purposes or []):
        raise PurposeNotAllowed(
            f"'{purpose}' is not an acceptable use of AI system '{system.name}'.",
            details={"acceptable_purposes": sorted(system.purposes or [])})


def may_use(system: AISystem, *, groups: Iterable[str], key_systems: Iterable[str] | None) -> bool:
    return (system.status == SystemStatus.APPROVED
            and bool(set(system.groups or []) & set(groups))
            and (key_systems is None or system.name in set(key_systems)))


def clearance_of(system: AISystem) -> frozenset[DataCategory]:
    return frozenset(DataCategory(c) for c in system.clearance or [])


def clearance_by_name(settings: Any, name: str) -> frozenset[DataCategory]:
    """A system's clearance read from the deployment's database (for `garda scan` and `garda eval`)."""
    from garda.store.database import Database

    db = Database.from_settings(settings)
    try:
        with db.read() as session:
            return clearance_of(get_system(session, name))
    finally:
        db.dispose()
