"""Server-side web sessions: random tokens in an HttpOnly cookie, digests in the table,
an idle timeout, a limit on sessions per member, and the time of the last second factor
(for re-authentication before sensitive actions).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from garda.audit.events import AuditEvent
from garda.people.clock import as_utc
from garda.people.models import User, WebSession
from garda.people.rules import PARTIAL_SESSION_LIFETIME, AccessRules
from garda.people.trail import Trail, record
from garda.store.base import utcnow

TOUCH_GRANULARITY = timedelta(seconds=30)
ENDED_SESSIONS_KEPT = timedelta(days=7)


class Stage(StrEnum):
    ACTIVE = "active"                      # fully signed in
    CHANGE_PASSWORD = "change_password"    # both factors done; a temporary password must be replaced
    ENROLL = "enroll"                      # password right; no second factor enrolled yet
    SECOND_FACTOR = "second_factor"        # password right; the code is still to come


def open_session(session: Session, user: User, stage: Stage, *, address: str | None,
                 user_agent: str | None, now: datetime | None = None) -> tuple[WebSession, str]:
    now = now or utcnow()
    raw = secrets.token_urlsafe(32)
    web = WebSession(token_hash=token_digest(raw), user_id=user.id, stage=stage.value,
                     csrf_token=secrets.token_urlsafe(32), created_at=now, last_seen_at=now,
                     source_address=(address or "")[:64] or None, user_agent=(user_agent or "")[:300] or None)
    session.add(web)
    session.flush()
    _forget_old_sessions(session, now)
    return web, raw


def find_session(session: Session, raw: str | None, rules: AccessRules, *,
                 now: datetime | None = None, trail: Trail | None = None) -> tuple[WebSession, User] | None:
    """The live session for a cookie token, ending it first if it idled out or its member was disabled."""
    if not raw or len(raw) > 100:
        return None
    now = now or utcnow()
    web = session.scalar(select(WebSession).where(WebSession.token_hash == token_digest(raw)))
    if web is None or web.ended_at is not None:
        return None
    user = session.get(User, web.user_id)
    reason = _end_reason(web, user, rules, now)
    if reason:
        end_session(session, web, reason, trail=trail.as_actor(user.badge) if trail and user else trail, now=now)
        return None
    if now - as_utc(web.last_seen_at) >= TOUCH_GRANULARITY:
        web.last_seen_at = now
    return web, user


def advance(session: Session, web: WebSession, user: User, stage: Stage, rules: AccessRules, *,
            second_factor: bool = False, now: datetime | None = None) -> str:
    """Move the session on a stage; a new token (and CSRF token) each time, against session fixation."""
    now = now or utcnow()
    raw = secrets.token_urlsafe(32)
    web.token_hash = token_digest(raw)
    web.csrf_token = secrets.token_urlsafe(32)
    web.stage = stage.value
    web.last_seen_at = now
    if second_factor:
        web.second_factor_at = now
    if stage == Stage.ACTIVE:
        _keep_newest_sessions(session, user, web, rules, now)
    return raw


def live_sessions(session: Session, user_id: int) -> list[WebSession]:
    return list(session.scalars(select(WebSession).where(WebSession.user_id == user_id, WebSession.ended_at.is_(None))
                                .order_by(WebSession.last_seen_at.desc())))


def reauthenticated_within(second_factor_at: datetime | None, window: timedelta,
                           now: datetime | None = None) -> bool:
    """Was the second factor entered within ``window`` (for re-authentication before sensitive actions)?"""
    at = as_utc(second_factor_at)
    return at is not None and (now or utcnow()) - at <= window


def end_session(session: Session, web: WebSession, reason: str, *, trail: Trail | None = None,
                now: datetime | None = None) -> None:
    if web.ended_at is not None:
        return
    web.ended_at = now or utcnow()
    web.end_reason = reason
    record(trail, session, AuditEvent.PEOPLE_SESSION_ENDED, session_id=web.id, reason=reason)


def token_digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def _end_reason(web: WebSession, user: User | None, rules: AccessRules, now: datetime) -> str | None:
    if user is None or user.disabled:
        return "disabled"
    idle = rules.idle if web.stage == Stage.ACTIVE else min(rules.idle, PARTIAL_SESSION_LIFETIME)
    if now - as_utc(web.last_seen_at) > idle:
        return "idle"
    return None


def _forget_old_sessions(session: Session, now: datetime) -> None:
    """Ended sessions are kept a week (the audit log keeps their story for good)."""
    session.execute(delete(WebSession).where(WebSession.ended_at.is_not(None),
                                             WebSession.ended_at < now - ENDED_SESSIONS_KEPT))


def _keep_newest_sessions(session: Session, user: User, current: WebSession, rules: AccessRules,
                          now: datetime) -> None:
    allowed = user.sessions_allowed or rules.sessions_per_member
    others = list(session.scalars(select(WebSession).where(
        WebSession.user_id == user.id, WebSession.ended_at.is_(None), WebSession.id != current.id,
        WebSession.stage == Stage.ACTIVE.value).order_by(WebSession.last_seen_at.desc())))
    for old in others[max(allowed - 1, 0):]:
        old.ended_at, old.end_reason = now, "replaced"
