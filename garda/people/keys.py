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
from typing import Any, Iterable

from sqlalchemy import and_, bindparam, case, func, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from garda.audit.events import AuditEvent
from garda.errors import BadRequest, NotAuthorized, NotFound, RateLimited
from garda.people.clock import as_utc
from garda.people.models import ApiKey, AuthAttempt, Member, User
from garda.people.permissions import Permission, has_permission
from garda.people.ratelimit import AttemptKind, Limit, note_failure
from garda.people.trail import Trail, record
from garda.store.base import utcnow
from garda.store.statements import DriverStatement

KEY_SCHEME = "garda"
KEY_SHAPE = re.compile(r"^garda_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$")
FAILURES_PER_ADDRESS = Limit(failures=20, window=timedelta(minutes=10))
FAILURES_PER_KEY = Limit(failures=10, window=timedelta(minutes=10))   # right prefix, wrong secret
LAST_USED_GRANULARITY = timedelta(minutes=1)

# Built once, as plain table statements: these run on every gateway request.
_KEYS, _USERS, _ATTEMPTS = ApiKey.__table__, User.__table__, AuthAttempt.__table__
KEY_WITH_OWNER = DriverStatement(
    select(_KEYS.c.id.label("key_id"), _KEYS.c.user_id, _KEYS.c.key_hash, _KEYS.c.systems, _KEYS.c.expires_at,
           _KEYS.c.revoked_at, _KEYS.c.last_used_at, _USERS.c.badge, _USERS.c.name.label("user_name"),
           _USERS.c.groups, _USERS.c.roles, _USERS.c.disabled)
    .join(_USERS, _USERS.c.id == _KEYS.c.user_id)
    .where(_KEYS.c.prefix == bindparam("prefix")))
RECENT_KEY_FAILURES = DriverStatement(select(
    func.sum(case((and_(_ATTEMPTS.c.address == bindparam("address"),
                        _ATTEMPTS.c.at > bindparam("address_since")), 1), else_=0)).label("by_address"),
    func.sum(case((and_(_ATTEMPTS.c.account == bindparam("account"),
                        _ATTEMPTS.c.at > bindparam("account_since")), 1), else_=0)).label("by_account"),
).where(_ATTEMPTS.c.kind == bindparam("kind"), _ATTEMPTS.c.at > bindparam("since")))


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
    (The gateway reads with :func:`check_api_key` and writes these with its own record.)
    """
    now = now or utcnow()
    member = check_api_key(session, raw_key, source_address=source_address, now=now)
    if member is None:
        note_key_failure(session, raw_key, source_address=source_address, now=now)
    elif member.last_used_due:
        note_key_use(session, member.key_id, now=now)
    return member


def check_api_key(session: Session, raw_key: str, *, source_address: str | None = None,
                  now: datetime | None = None) -> Member | None:
    """:func:`authenticate_api_key` without writing anything: for a read transaction."""
    now = now or utcnow()
    shape = KEY_SHAPE.match((raw_key or "").strip())
    account = f"key:{shape.group(1)}" if shape else None
    address_failures, key_failures = recent_key_failures(session, address=source_address, account=account, now=now)
    if address_failures >= FAILURES_PER_ADDRESS.failures:
        raise RateLimited("Too many failed API-key attempts from this address; wait ten minutes.",
                          code="too_many_key_failures")
    if key_failures >= FAILURES_PER_KEY.failures:
        raise RateLimited("Too many failed attempts with this API key; wait ten minutes.",
                          code="too_many_key_failures")
    found = _lookup(session, raw_key or "", now)
    if found is None:
        return None
    last = as_utc(found.last_used_at)
    return Member(user_id=found.user_id, badge=found.badge, name=found.user_name,
                  groups=frozenset(found.groups or []), roles=frozenset(found.roles or []), key_id=found.key_id,
                  key_systems=frozenset(found.systems) if found.systems is not None else None,
                  last_used_due=last is None or now - last >= LAST_USED_GRANULARITY)


def recent_key_failures(session: Session, *, address: str | None, account: str | None,
                        now: datetime) -> tuple[int, int]:
    """Failed key attempts in their windows: (from this address, with this key's prefix)."""
    if address is None and account is None:
        return 0, 0
    by_address, by_account = RECENT_KEY_FAILURES.first(session, {
        "kind": AttemptKind.API_KEY.value, "address": address and address[:64], "account": account,
        "address_since": now - FAILURES_PER_ADDRESS.window, "account_since": now - FAILURES_PER_KEY.window,
        "since": now - max(FAILURES_PER_ADDRESS.window, FAILURES_PER_KEY.window)})
    return int(by_address or 0), int(by_account or 0)


def note_key_failure(session: Session, raw_key: str | None, *, source_address: str | None,
                     now: datetime | None = None) -> None:
    shape = KEY_SHAPE.match((raw_key or "").strip())
    note_failure(session, AttemptKind.API_KEY, account=f"key:{shape.group(1)}" if shape else None,
                 address=source_address, now=now)


def note_key_use(session: Session | Connection, key_id: int, *, now: datetime | None = None) -> None:
    """On a Core connection (the gateway's audit write) one UPDATE statement; in a session the
    loaded key object is changed too."""
    if isinstance(session, Connection):
        session.execute(update(_KEYS).where(_KEYS.c.id == key_id).values(last_used_at=now or utcnow()))
        return
    key = session.get(ApiKey, key_id)
    if key is not None:
        key.last_used_at = now or utcnow()


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


def _lookup(session: Session, raw_key: str, now: datetime) -> Any | None:
    """The key joined with its owner (a plain row), if the key is genuine, live and its owner may use AI."""
    shape = KEY_SHAPE.match(raw_key.strip())
    if shape is None:
        return None
    found = KEY_WITH_OWNER.first(session, {"prefix": shape.group(1)})
    # Compare digests even when no row matched, so both paths cost the same.
    stored = found.key_hash if found is not None else "0" * 64
    if not hmac.compare_digest(stored, digest(raw_key.strip())) or found is None:
        return None
    if key_state(found, now) != "active":
        return None
    if found.disabled or not has_permission(found.roles or [], Permission.GATEWAY_CHAT_CREATE):
        return None
    return found


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
