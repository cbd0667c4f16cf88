"""GET /v1/models: the approved systems this caller may use right now."""

from __future__ import annotations

from typing import Any

from garda.gateway.access import Caller, authenticate_caller
from garda.gateway.services import Services
from garda.registry.systems import list_systems, may_use


async def usable_systems(services: Services, caller: Caller) -> list[Any]:
    from garda.people.training import training_gaps

    member = await authenticate_caller(services, caller, request_id=None, system_name=None)

    def load(session):
        usable = [system for system in list_systems(session)
                  if may_use(system, groups=member.groups, key_systems=member.key_systems)
                  and not training_gaps(session, member.user_id, system.name)]
        for system in usable:
            session.expunge(system)
        return usable

    return await services.db.aread(load)
