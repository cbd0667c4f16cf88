"""Who is calling: the API key checked and every refusal recorded (CJIS audit of access)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from garda.audit.events import AuditEvent
from garda.errors import NotAuthenticated, RateLimited
from garda.registry.systems import SYSTEM_BY_NAME, system_row
from garda.store.statements import DriverStatement

# The registry's own statement, run straight on the driver: every request reads its system.
SYSTEM_NAMED = DriverStatement(SYSTEM_BY_NAME)


@dataclass
class Caller:
    """Who is asking and from where; filled in by the route."""

    api_key: str | None
    purpose_header: str | None
    source_address: str | None
    user_agent: str | None


def member_of(session: Any, caller: Caller) -> Any:
    """The member behind the caller's key, read without writing; NotAuthenticated (or RateLimited) otherwise."""
    from garda.people.keys import check_api_key

    member = check_api_key(session, caller.api_key, source_address=caller.source_address) \
        if caller.api_key else None
    if member is None:
        raise NotAuthenticated("Unknown, revoked or expired API key.")
    return member


def system_named(connection: Any, name: str) -> Any:
    """``garda.registry.systems.system_row``, read the fast way: the system as a plain read-only
    row with AISystem's attribute names, or that function's NotFound."""
    system = SYSTEM_NAMED.first(connection, {"name": name})
    return system if system is not None else system_row(connection, name)


async def authenticate_caller(services: Any, caller: Caller, *, request_id: str | None,
                              system_name: str | None) -> Any:
    """The member behind the key (for /v1/models; the chat path checks the key in its own read)."""
    from garda.people.keys import note_key_use

    try:
        member = await services.db.aread(lambda session: member_of(session, caller))
    except (NotAuthenticated, RateLimited) as exc:
        await record_refusal(services, caller, exc, request_id, system_name)
        raise
    if member.last_used_due:
        await services.db.awrite(lambda s: note_key_use(s, member.key_id))
    return member


async def record_refusal(services: Any, caller: Caller, refusal: NotAuthenticated | RateLimited,
                         request_id: str | None, system_name: str | None) -> None:
    """Record a refused caller; a wrong key also counts towards the brute-force limits."""
    from garda.people.keys import note_key_failure

    code = "invalid_api_key" if isinstance(refusal, NotAuthenticated) else refusal.code

    def write(session):
        if isinstance(refusal, NotAuthenticated) and caller.api_key:
            note_key_failure(session, caller.api_key, source_address=caller.source_address)
        services.audit.append(session, AuditEvent.GATEWAY_ACCESS_DENIED, actor=None, request_id=request_id,
                              system=system_name, details={"code": code},
                              source_address=caller.source_address, user_agent=caller.user_agent)

    await services.db.awrite(write)
