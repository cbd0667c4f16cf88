"""Demo data for `garda init --demo`: two approved systems on the embedded model, five members.

Everyone here is fictitious. Both systems answer with the tiny embedded demo model,
which invents facts; they differ only in clearance, to show redaction at work.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from garda.registry.models import AISystem, SystemStatus, UpstreamKind
from garda.registry.systems import add_system

DEMO_PURPOSES = ["report_drafting", "summary", "research", "press_release", "translation"]
DEMO_GROUPS = ["patrol", "investigations", "public_information", "ai_committee"]
DEMO_MODEL_NOTE = "DEMO model (SmolLM2-135M, runs locally; tiny, invents facts)."

DEMO_SYSTEMS = [
    {"name": "mpd-assistant",
     "description": "Department-hosted assistant with agreements on file, cleared for PII and CJI. " + DEMO_MODEL_NOTE,
     "vendor": "Department IT (demo)", "clearance": ["CJI", "PII"]},
    {"name": "public-chat",
     "description": "Stands for a public vendor platform, cleared for nothing protected. " + DEMO_MODEL_NOTE,
     "vendor": "Public platform (demo)", "clearance": []},
]

DEMO_MEMBERS = [
    {"badge": "4711", "name": "Dana Whitfield", "rank": "Police Officer", "unit": "District 3",
     "email": "dana.whitfield@example.org", "groups": ["patrol"], "roles": ["member"]},
    {"badge": "5123", "name": "Luis Ortega", "rank": "Detective", "unit": "Violent Crimes",
     "email": "luis.ortega@example.org", "groups": ["investigations"], "roles": ["member"]},
    {"badge": "6020", "name": "Renee Castillo", "rank": "Public Information Officer", "unit": "Office of the Chief",
     "email": "renee.castillo@example.org", "groups": ["public_information"], "roles": ["member"]},
    {"badge": "7001", "name": "Marcus Hale", "rank": "Lieutenant", "unit": "Administration Bureau",
     "email": "marcus.hale@example.org", "groups": ["ai_committee"], "roles": ["member", "ai_coordinator"]},
    {"badge": "8002", "name": "Priya Natarajan", "rank": "Auditor", "unit": "Internal Affairs",
     "email": "priya.natarajan@example.org", "groups": [], "roles": ["auditor"]},
]


@dataclass(frozen=True)
class DemoMember:
    """A demo member's credentials, shown once: an API key (for members of a group) and a
    temporary web password that must be changed at the first sign-in."""

    badge: str
    name: str
    api_key: str | None
    password: str


def load_demo(session: Session, audit: Any) -> list[DemoMember]:
    """Add the demo systems and members once; returns the credentials of the members it added."""
    from garda.people.keys import create_api_key
    from garda.people.training import record_department_training
    from garda.people.trail import Trail
    from garda.people.users import create_user, find_user

    trail = Trail(audit, "demo")
    for spec in DEMO_SYSTEMS:
        if session.scalar(select(AISystem.id).where(AISystem.name == spec["name"])) is None:
            add_system(session, audit, actor="demo", upstream_kind=UpstreamKind.EMBEDDED.value,
                       upstream_model="smollm2-135m-instruct", status=SystemStatus.APPROVED.value,
                       purposes=list(DEMO_PURPOSES), groups=list(DEMO_GROUPS), demo=True, **spec)
    keys = []
    for spec in DEMO_MEMBERS:
        if find_user(session, spec["badge"]) is not None:
            continue
        password = f"demo-{secrets.token_urlsafe(9)}"
        user = create_user(session, **spec, password=password, temporary_password=True, trail=trail)
        record_department_training(session, user, recorded_by="demo", trail=trail)
        raw = create_api_key(session, user, name="demo key", trail=trail)[1] if spec["groups"] else None
        keys.append(DemoMember(spec["badge"], f"{spec['rank']} {spec['name']}", raw, password))
    return keys
