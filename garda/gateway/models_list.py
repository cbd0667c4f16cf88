"""GET /v1/models: the approved systems this caller may use right now."""

from __future__ import annotations

from typing import Any

from garda.gateway.services import Services
from garda.registry.systems import list_systems, may_use


async def usable_systems(services: Services, api_key: str | None,
                         source_address: str | None) -> list[Any] | None:
    from garda.people.keys import authenticate_api_key
    from garda.people.training import training_gaps

    if not api_key:
        return None
    member = await services.db.awrite(
        lambda s: authenticate_api_key(s, api_key, source_address=source_address))
    if member is None:
        return None

    def load(session):
        usable = [system for system in list_systems(session)
                  if may_use(system, groups=member.groups, key_systems=member.key_systems)
                  and not training_gaps(session, member.user_id, system.name)]
        for system in usable:
            session.expunge(system)
        return usable

    return await services.db.aread(load)
