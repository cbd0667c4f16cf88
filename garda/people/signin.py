"""Signing in, step by step: password, then the TOTP code (or a recovery code), with lockout,
rate limiting per account and per address, and answers that never tell whether an account
exists (unknown badges are refused, slowed and locked exactly like real ones).

Each step returns an outcome instead of raising, so that the failure it records (the
counter, the lockout, the audit event) commits; the web layer raises the outcome's error
after the write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from garda.audit.events import AuditEvent
from garda.errors import GardaError, NotAuthenticated, RateLimited
from garda.people.clock import as_utc
from garda.people.models import User
from garda.people.passwords import MAX_LENGTH, DEFAULT_HASHER
from garda.people.ratelimit import AttemptKind, Limit, clear_failures, note_failure, over_limit
from garda.people.rules import AccessRules
from garda.people.totp import FactorCipher, looks_like_recovery_code, use_recovery_code, verify_user_code
from garda.people.trail import Trail
from garda.people.users import BADGE, find_user
from garda.store.base import utcnow

WRONG = "The badge number or password is not right."
WRONG_CODE = "That code is not right, or it was already used. Wait for the next code and try again."
DISABLED = "This account cannot sign in. Ask an administrator."


@dataclass
class Outcome:
    user: User | None = None
    error: GardaError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def locked_error(rules: AccessRules) -> NotAuthenticated:
    minutes = int(rules.lockout.total_seconds() // 60)
    return NotAuthenticated(
        f"Too many failed attempts: this account is locked for {minutes} minutes, "
        "or until an administrator releases it.", code="account_locked",
        hint="Wait, or ask an administrator to release the lock.")


def check_password_step(session: Session, badge: str, password: str, rules: AccessRules, trail: Trail, *,
                        now: datetime | None = None) -> Outcome:
    """Step one. Every refusal costs one argon2 verification, account or no account."""
    now = now or utcnow()
    badge = (badge or "").strip()[:64]
    trail = trail.as_actor(badge if BADGE.match(badge) else "(invalid badge)")
    if over_limit(session, AttemptKind.SIGN_IN, rules.signin_per_address, address=trail.source_address, now=now):
        DEFAULT_HASHER.verify(None, password[:MAX_LENGTH])
        trail.record(session, AuditEvent.PEOPLE_LOGIN_RATE_LIMITED, step="password")
        return Outcome(error=RateLimited("Too many failed sign-ins from this address; wait ten minutes.",
                                         code="too_many_signins"))
    user = find_user(session, badge) if BADGE.match(badge) else None
    if _locked(session, user, badge, rules, now):
        DEFAULT_HASHER.verify(None, password[:MAX_LENGTH])
        trail.record(session, AuditEvent.PEOPLE_LOGIN_FAILURE, step="password", reason="locked")
        return Outcome(error=locked_error(rules))
    if not DEFAULT_HASHER.verify(user.password_hash if user else None, password[:MAX_LENGTH]) \
            or len(password) > MAX_LENGTH:
        return Outcome(error=count_failure(session, user, badge, rules, trail, step="password", now=now))
    if user.disabled:
        trail.record(session, AuditEvent.PEOPLE_LOGIN_FAILURE, step="password", reason="disabled")
        return Outcome(error=NotAuthenticated(DISABLED, code="account_disabled"))
    if DEFAULT_HASHER.needs_rehash(user.password_hash):
        user.password_hash = DEFAULT_HASHER.hash(password)
    return Outcome(user=user)


def check_code_step(session: Session, user: User, code: str, cipher: FactorCipher, rules: AccessRules,
                    trail: Trail, *, step: str = "second_factor", now: datetime | None = None) -> Outcome:
    """Step two (and re-authentication): a TOTP code, accepted once, or an unused recovery code."""
    now = now or utcnow()
    trail = trail.as_actor(user.badge)
    if _locked(session, user, user.badge, rules, now):
        trail.record(session, AuditEvent.PEOPLE_FACTOR_FAILURE, step=step, reason="locked")
        return Outcome(error=locked_error(rules))
    code = (code or "")[:64]
    if looks_like_recovery_code(code):
        accepted = use_recovery_code(session, user, code, trail=trail)
    else:
        accepted = verify_user_code(user, cipher, code, now=now)
    if not accepted:
        return Outcome(error=count_failure(session, user, user.badge, rules, trail, step=step, now=now,
                                           message=WRONG_CODE))
    return Outcome(user=user)


def record_success(session: Session, user: User, trail: Trail, *, method: str) -> None:
    user.failed_logins = 0
    user.locked_until = None
    clear_failures(session, AttemptKind.SIGN_IN, account=user.badge)
    trail.as_actor(user.badge).record(session, AuditEvent.PEOPLE_LOGIN_SUCCESS, method=method)


def count_failure(session: Session, user: User | None, badge: str, rules: AccessRules, trail: Trail, *,
                  step: str, now: datetime, message: str = WRONG) -> GardaError:
    """One more consecutive failure: for a real member the counter and lockout, for anyone the window."""
    note_failure(session, AttemptKind.SIGN_IN, account=badge, address=trail.source_address, now=now)
    event = AuditEvent.PEOPLE_LOGIN_FAILURE if step == "password" else (
        AuditEvent.PEOPLE_REAUTH_FAILURE if step == "reauth" else AuditEvent.PEOPLE_FACTOR_FAILURE)
    trail.record(session, event, step=step, reason="wrong")
    if user is not None:
        user.failed_logins = (user.failed_logins or 0) + 1
        if user.failed_logins >= rules.lockout_threshold:
            user.locked_until = now + rules.lockout
            trail.record(session, AuditEvent.PEOPLE_ACCOUNT_LOCKED, user=user.badge,
                         until=user.locked_until.isoformat(), failures=user.failed_logins)
            return locked_error(rules)
    elif _unknown_locked(session, badge, rules, now):
        return locked_error(rules)
    return NotAuthenticated(message, code="sign_in_failed", hint="Check your badge number and password.")


def _locked(session: Session, user: User | None, badge: str, rules: AccessRules, now: datetime) -> bool:
    if user is None:
        return _unknown_locked(session, badge, rules, now)
    until = as_utc(user.locked_until)
    if until is None:
        return False
    if until > now:
        return True
    user.locked_until, user.failed_logins = None, 0       # the lock ran out
    return False


def _unknown_locked(session: Session, badge: str, rules: AccessRules, now: datetime) -> bool:
    window = Limit(rules.lockout_threshold, rules.lockout)
    return over_limit(session, AttemptKind.SIGN_IN, window, account=badge, now=now)
