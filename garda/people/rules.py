"""The department's access rules, built once from Settings and passed down."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from garda.people.passwords import PasswordPolicy
from garda.people.ratelimit import Limit
from garda.settings import Settings

PARTIAL_SESSION_LIFETIME = timedelta(minutes=10)   # between the password and the second factor


@dataclass(frozen=True)
class AccessRules:
    password: PasswordPolicy = field(default_factory=PasswordPolicy)
    lockout_threshold: int = 5
    lockout: timedelta = timedelta(minutes=10)
    idle: timedelta = timedelta(minutes=30)
    sessions_per_member: int = 1
    reauth: timedelta = timedelta(minutes=5)
    signin_per_address: Limit = Limit(failures=20, window=timedelta(minutes=10))
    warning_days: int = 30
    department_name: str = ""

    @classmethod
    def from_settings(cls, settings: Settings) -> "AccessRules":
        return cls(password=PasswordPolicy(min_length=settings.password_min_length,
                                           department_name=settings.department_name,
                                           banned_file=settings.banned_passwords_file),
                   lockout_threshold=settings.lockout_threshold,
                   lockout=timedelta(minutes=settings.lockout_minutes),
                   idle=timedelta(minutes=settings.session_idle_minutes),
                   sessions_per_member=settings.sessions_per_member,
                   reauth=timedelta(minutes=settings.reauth_minutes),
                   signin_per_address=Limit(settings.signin_failures_per_address, timedelta(minutes=10)),
                   warning_days=settings.training_warning_days,
                   department_name=settings.department_name)
