"""Test data built through garda's own functions (no fixtures files, no mocks)."""

from __future__ import annotations

from typing import Any

from garda.registry.systems import add_system

SYSTEM_DEFAULTS: dict[str, Any] = {
    "status": "approved", "clearance": [], "purposes": ["report_drafting", "summary"],
    "groups": ["patrol"], "upstream_kind": "echo",
}


def make_system(services, name: str, **fields: Any):
    spec = {**SYSTEM_DEFAULTS, **fields}
    return services.db.write(lambda s: add_system(s, services.audit, actor="test", name=name, **spec))


def make_member(services, badge: str, *, groups=("patrol",), roles=("member",), trained: bool = True,
                key_systems=None, name: str | None = None) -> str:
    """Create a member with an API key; returns the raw key."""
    from garda.people.keys import create_api_key
    from garda.people.training import record_department_training
    from garda.people.trail import Trail
    from garda.people.users import create_user

    trail = Trail(services.audit, "test")

    def write(session):
        user = create_user(session, badge=badge, name=name or f"Test Member {badge}",
                           email=f"m{badge}@example.org", groups=list(groups), roles=list(roles),
                           trail=trail)
        if trained:
            record_department_training(session, user, recorded_by="test", trail=trail)
        return create_api_key(session, user, name="test", systems=key_systems, trail=trail)[1]

    return services.db.write(write)
