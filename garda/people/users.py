"""Members: create, find, change roles and groups, disable, unlock, reset the second factor.

Every change is an audit event (CJIS: account management and privilege changes).
"""

from __future__ import annotations

import re
from typing import Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from garda.audit.events import AuditEvent
from garda.errors import BadRequest, NotFound
from garda.people.models import RecoveryCode, User, WebSession
from garda.people.passwords import PasswordPolicy, check_password, hash_password
from garda.people.permissions import parse_roles
from garda.people.trail import Trail, record
from garda.store.base import utcnow

BADGE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,31}$")
GROUP = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,255}$")


def create_user(session: Session, *, badge: str, name: str, email: str, groups: Iterable[str] = (),
                roles: Iterable[str] = ("member",), rank: str = "", unit: str = "",
                password: str | None = None, temporary_password: bool = True,
                policy: PasswordPolicy | None = None, trail: Trail | None = None) -> User:
    """A new member; a password set here is temporary (changed at first sign-in) unless told otherwise."""
    badge = check_badge(badge)
    if find_user(session, badge) is not None:
        raise BadRequest(f"A member with badge '{badge}' already exists.", code="duplicate_badge")
    user = User(badge=badge, name=_text(name, "name", 200, required=True), email=check_email(email),
                rank=_text(rank, "rank", 100), unit=_text(unit, "unit", 200),
                groups=parse_groups(groups), roles=[r.value for r in _roles(roles)])
    if password is not None:
        check_password(password, policy or PasswordPolicy(), personal=personal_words(user))
        user.password_hash = hash_password(password)
        user.password_changed_at = utcnow()
        user.must_change_password = temporary_password
    session.add(user)
    session.flush()
    record(trail, session, AuditEvent.PEOPLE_USER_CREATED, user=user.badge, roles=user.roles,
           groups=user.groups, with_password=password is not None)
    return user


def find_user(session: Session, badge: str) -> User | None:
    return session.scalar(select(User).where(User.badge == badge.strip()))


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("No such member.", code="user_not_found")
    return user


def user_by_badge(session: Session, badge: str) -> User:
    user = find_user(session, badge)
    if user is None:
        raise NotFound(f"No member with badge '{badge}'.", code="user_not_found")
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.badge)))


def set_roles(session: Session, user: User, roles: Iterable[str], *, trail: Trail | None) -> None:
    new = [r.value for r in _roles(roles)]
    if new == sorted(user.roles or []):
        return
    before = sorted(user.roles or [])
    user.roles = new
    record(trail, session, AuditEvent.PEOPLE_USER_ROLES_CHANGED, user=user.badge, before=before, after=new)


def set_groups(session: Session, user: User, groups: Iterable[str], *, trail: Trail | None) -> None:
    new = parse_groups(groups)
    if new == sorted(user.groups or []):
        return
    before = sorted(user.groups or [])
    user.groups = new
    record(trail, session, AuditEvent.PEOPLE_USER_GROUPS_CHANGED, user=user.badge, before=before, after=new)


def set_disabled(session: Session, user: User, disabled: bool, *, trail: Trail | None) -> None:
    """A disabled member's keys stop at once and their web sessions end at their next request."""
    if user.disabled == disabled:
        return
    user.disabled = disabled
    if disabled:
        end_sessions(session, user.id, reason="disabled")
    record(trail, session, AuditEvent.PEOPLE_USER_DISABLED if disabled else AuditEvent.PEOPLE_USER_ENABLED,
           user=user.badge)


def set_sessions_allowed(session: Session, user: User, allowed: int | None, *, trail: Trail | None) -> None:
    """Let one member hold more web sessions at once than the department default (None: the default)."""
    if allowed is not None and not 1 <= allowed <= 10:
        raise BadRequest("A member may be allowed 1 to 10 sessions.", code="invalid_sessions")
    before, user.sessions_allowed = user.sessions_allowed, allowed
    record(trail, session, AuditEvent.PEOPLE_USER_SESSIONS_CHANGED, user=user.badge, before=before, after=allowed)


def unlock_user(session: Session, user: User, *, trail: Trail | None) -> None:
    """An administrator releases a lockout before it runs out."""
    user.failed_logins = 0
    user.locked_until = None
    record(trail, session, AuditEvent.PEOPLE_ACCOUNT_UNLOCKED, user=user.badge)


def reset_factor(session: Session, user: User, *, trail: Trail | None) -> None:
    """Forget the TOTP secret and recovery codes; the member enrolls again at next sign-in."""
    user.totp_secret = None
    user.totp_enrolled_at = None
    user.totp_last_step = None
    session.execute(update(RecoveryCode).where(RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None))
                    .values(used_at=utcnow()))
    end_sessions(session, user.id, reason="factor_reset")
    record(trail, session, AuditEvent.PEOPLE_FACTOR_RESET, user=user.badge)


def set_password(session: Session, user: User, password: str, *, policy: PasswordPolicy,
                 trail: Trail | None, temporary: bool = False) -> None:
    """Set a new password; a temporary one (set by an administrator) must be changed at sign-in."""
    check_password(password, policy, personal=personal_words(user))
    user.password_hash = hash_password(password)
    user.password_changed_at = utcnow()
    user.must_change_password = temporary
    event = AuditEvent.PEOPLE_PASSWORD_RESET if temporary else AuditEvent.PEOPLE_PASSWORD_CHANGED
    record(trail, session, event, user=user.badge)


def end_sessions(session: Session, user_id: int, *, reason: str, except_id: int | None = None) -> int:
    query = update(WebSession).where(WebSession.user_id == user_id, WebSession.ended_at.is_(None))
    if except_id is not None:
        query = query.where(WebSession.id != except_id)
    return session.execute(query.values(ended_at=utcnow(), end_reason=reason)).rowcount or 0


def personal_words(user: User) -> list[str]:
    return [user.name, user.badge, user.email, user.rank, user.unit]


def check_badge(badge: str) -> str:
    badge = (badge or "").strip()
    if not BADGE.match(badge):
        raise BadRequest("A badge number is 1 to 32 letters, digits or dashes.", code="invalid_badge")
    return badge


def check_email(email: str) -> str:
    email = (email or "").strip()
    if email and not EMAIL.match(email):
        raise BadRequest("That is not an e-mail address.", code="invalid_email")
    return email


def parse_groups(groups: Iterable[str]) -> list[str]:
    cleaned = sorted({g.strip().lower() for g in groups if g and g.strip()})
    for group in cleaned:
        if not GROUP.match(group):
            raise BadRequest(f"Group names are lower-case letters, digits, '_' or '-' (up to 64): '{group[:64]}'.",
                             code="invalid_group")
    return cleaned


def _roles(roles: Iterable[str]):
    try:
        return parse_roles(roles)
    except ValueError as exc:
        raise BadRequest(str(exc), code="invalid_role") from None


def _text(value: str, field: str, limit: int, *, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise BadRequest(f"The {field} is required.", code=f"invalid_{field}")
    if len(value) > limit:
        raise BadRequest(f"The {field} may be at most {limit} characters.", code=f"invalid_{field}")
    return value
