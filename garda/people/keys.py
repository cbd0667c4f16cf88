"""Per-member API keys: shown once, stored as SHA-256 digests, revocable, optionally limited
to named systems and given an expiry (SOP 682.15 B.3.h).

A key is ``garda_<prefix>_<secret>``: the prefix (48 random bits, unique) finds the row,
the secret (256 random bits) makes it unguessable. Because the whole key is high-entropy,
a fast digest is the right storage (argon2 is for passwords, where guessing is the threat).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import datetime, timedelta
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from garda.audit.events import AuditEvent
from garda.errors import BadRequest, NotAuthorized, NotFound, RateLimited
from garda.people.clock import as_utc
from garda.people.models import ApiKey, Member, User
from garda.people.permissions import Permission, has_permission
from garda.people.ratelimit import AttemptKind, Limit, note_failure, over_limit
from garda.people.trail import Trail, record
from garda.store.base import utcnow

KEY_SCHEME = "garda"
KEY_SHAPE = re.compile(r"^garda_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$")
FAILURES_PER_ADDRESS = Limit(failures=20, window=timedelta(minutes=10))
FAILURES_PER_KEY = Limit(failures=10, window=timedelta(minutes=10))   # right prefix, wrong secret
LAST_USED_GRANULARITY = timedelta(minutes=1)


def create_api_key(session: Session, user: User, *, name: str, expires_at: datetime | None = None,
                   systems: Iterable[str] | None = None, trail: Trail | None = None) -> tuple[ApiKey, str]:
    """A new key for ``user``; the raw key is returned here once and never again."""
    name = (name or "").strip()
    if not name or len(name) > 100:
        raise BadRequest("A key needs a name of 1 to 100 characters.", code="invalid_key_name")
    if user.disabled:
        raise NotAuthorized("A disabled member cannot be given an API key.", code="user_disabled")
    if not has_permission(user.roles or [], Permission.GATEWAY_CHAT_CREATE):
        raise NotAuthorized("Only members whose role lets them use AI systems can hold an API key.",
                            code="role_cannot_hold_keys")
    expires_at = as_utc(expires_at)
    if expires_at is not None and expires_at <= utcnow():
        raise BadRequest("The expiry must be in the future.", code="invalid_expiry")
    limited = _systems(systems)
    prefix = _unused_prefix(session)
    raw = f"{KEY_SCHEME}_{prefix}_{secrets.token_urlsafe(32)}"
    key = ApiKey(user_id=user.id, name=name, prefix=prefix, key_hash=digest(raw), systems=limited,
                 expires_at=expires_at, created_at=utcnow())
    session.add(key)
    session.flush()
    record(trail, session, AuditEvent.PEOPLE_KEY_CREATED, user=user.badge, key_id=key.id, prefix=prefix,
           name=name, systems=limited, expires_at=expires_at.isoformat() if expires_at else None)
    return key, raw


def revoke_api_key(session: Session, key_id: int, *, by_user: User | None, trail: Trail | None = None) -> None:
    """The owner may revoke their own key; a holder of people:key:revoke_any may revoke any key.

    ``by_user=None`` is the operator at the command line (who holds the deployment itself).
    """
    key = session.get(ApiKey, key_id)
    own = key is not None and by_user is not None and key.user_id == by_user.id
    allowed = by_user is None or own or has_permission(by_user.roles, Permission.PEOPLE_KEY_REVOKE_ANY)
    if key is None or not allowed:
        raise NotFound("No such API key.", code="key_not_found")  # the same answer: no key ids leak
    if key.revoked_at is not None:
        return
    key.revoked_at = utcnow()
    key.revoked_by = by_user.badge if by_user else (trail.actor if trail else "cli")
    owner = session.get(User, key.user_id)
    record(trail, session, AuditEvent.PEOPLE_KEY_REVOKED, user=owner.badge if owner else None,
           key_id=key.id, prefix=key.prefix, by=key.revoked_by)


def authenticate_api_key(session: Session, raw_key: str, *, source_address: str | None = None,
                         now: datetime | None = None) -> Member | None:
    """The member behind a key, or None for an unknown, revoked or expired key, or an owner who is
    disabled or no longer holds a role that may use AI systems (gateway:chat:create).

    Raises RateLimited when this address, or this key's prefix, has failed too often lately.
    Call inside a write: it notes failures and, at most once a minute, the key's last use.
    """
    now = now or utcnow()
    if over_limit(session, AttemptKind.API_KEY, FAILURES_PER_ADDRESS, address=source_address, now=now):
        raise RateLimited("Too many failed API-key attempts from this address; wait ten minutes.",
                          code="too_many_key_failures")
    shape = KEY_SHAPE.match((raw_key or "").strip())
    account = f"key:{shape.group(1)}" if shape else None
    if account and over_limit(session, AttemptKind.API_KEY, FAILURES_PER_KEY, account=account, now=now):
        raise RateLimited("Too many failed attempts with this API key; wait ten minutes.",
                          code="too_many_key_failures")
    found = _lookup(session, raw_key or "", now)
    if found is None:
        note_failure(session, AttemptKind.API_KEY, account=account, address=source_address, now=now)
        return None
    key, user = found
    last = as_utc(key.last_used_at)
    if last is None or now - last >= LAST_USED_GRANULARITY:
        key.last_used_at = now
    return Member(user_id=user.id, badge=user.badge, name=user.name, groups=frozenset(user.groups or []),
                  roles=frozenset(user.roles or []), key_id=key.id,
                  key_systems=frozenset(key.systems) if key.systems is not None else None)


def list_keys(session: Session, user_id: int | None = None) -> list[ApiKey]:
    query = select(ApiKey).order_by(ApiKey.created_at.desc(), ApiKey.id.desc())
    if user_id is not None:
        query = query.where(ApiKey.user_id == user_id)
    return list(session.scalars(query))


def key_state(key: ApiKey, now: datetime | None = None) -> str:
    now = now or utcnow()
    if key.revoked_at is not None:
        return "revoked"
    expires = as_utc(key.expires_at)
    if expires is not None and expires <= now:
        return "expired"
    return "active"


def digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


def _lookup(session: Session, raw_key: str, now: datetime) -> tuple[ApiKey, User] | None:
    shape = KEY_SHAPE.match(raw_key.strip())
    if shape is None:
        return None
    key = session.scalar(select(ApiKey).where(ApiKey.prefix == shape.group(1)))
    # Compare digests even when no row matched, so both paths cost the same.
    stored = key.key_hash if key is not None else "0" * 64
    if not hmac.compare_digest(stored, digest(raw_key.strip())) or key is None:
        return None
    if key_state(key, now) != "active":
        return None
    user = session.get(User, key.user_id)
    if user is None or user.disabled or not has_permission(user.roles or [], Permission.GATEWAY_CHAT_CREATE):
        return None
    return key, user


def _unused_prefix(session: Session) -> str:
    while True:
        prefix = secrets.token_hex(6)
        if session.scalar(select(ApiKey.id).where(ApiKey.prefix == prefix)) is None:
            return prefix


def _systems(systems: Iterable[str] | None) -> list[str] | None:
    if systems is None:
        return None
    names = sorted({s.strip() for s in systems if s and s.strip()})
    if not names:
        raise BadRequest("A key limited to systems must name at least one.", code="invalid_key_systems")
    if any(len(n) > 64 for n in names):
        raise BadRequest("System names are at most 64 characters.", code="invalid_key_systems")
    return names
