"""Who is calling: the API key checked and every refusal recorded (CJIS audit of access)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from garda.audit.events import AuditEvent
from garda.errors import NotAuthenticated, RateLimited


@dataclass
class Caller:
    """Who is asking and from where; filled in by the route."""

    api_key: str | None
    purpose_header: str | None
    source_address: str | None
    user_agent: str | None


async def authenticate_caller(services: Any, caller: Caller, *, request_id: str | None,
                              system_name: str | None) -> Any:
    """The member behind the key; an unknown key, or brute force against keys, is refused and recorded."""
    from garda.people.keys import authenticate_api_key

    key, address = caller.api_key, caller.source_address
    try:
        member = (await services.db.awrite(lambda s: authenticate_api_key(s, key, source_address=address))
                  if key else None)
    except RateLimited as exc:
        await _record_refusal(services, caller, exc.code, request_id, system_name)
        raise
    if member is None:
        await _record_refusal(services, caller, "invalid_api_key", request_id, system_name)
        raise NotAuthenticated("Unknown, revoked or expired API key.")
    return member


async def _record_refusal(services: Any, caller: Caller, code: str, request_id: str | None,
                          system_name: str | None) -> None:
    def write(session):
        services.audit.append(session, AuditEvent.GATEWAY_ACCESS_DENIED, actor=None, request_id=request_id,
                              system=system_name, details={"code": code},
                              source_address=caller.source_address, user_agent=caller.user_agent)

    await services.db.awrite(write)
