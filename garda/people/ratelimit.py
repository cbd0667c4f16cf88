"""Failed sign-in and API-key attempts, counted per account and per address in the database,
so that every gateway process sees the same counts and a restart forgets nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from garda.people.models import AuthAttempt
from garda.store.base import utcnow


class AttemptKind(StrEnum):
    API_KEY = "api_key"
    SIGN_IN = "sign_in"
    SECOND_FACTOR = "second_factor"


@dataclass(frozen=True)
class Limit:
    failures: int
    window: timedelta


def note_failure(session: Session, kind: AttemptKind, *, account: str | None, address: str | None,
                 now: datetime | None = None) -> None:
    now = now or utcnow()
    session.add(AuthAttempt(kind=kind.value, account=_cut(account), address=_cut(address), at=now))
    # Keep the table small: anything older than a day no longer counts for any limit.
    session.execute(delete(AuthAttempt).where(AuthAttempt.at < now - timedelta(days=1)))


def recent_failures(session: Session, kind: AttemptKind, limit: Limit, *, account: str | None = None,
                    address: str | None = None, now: datetime | None = None) -> int:
    now = now or utcnow()
    query = select(func.count(AuthAttempt.id)).where(AuthAttempt.kind == kind.value,
                                                     AuthAttempt.at > now - limit.window)
    if account is not None:
        query = query.where(AuthAttempt.account == _cut(account))
    if address is not None:
        query = query.where(AuthAttempt.address == _cut(address))
    return session.scalar(query) or 0


def over_limit(session: Session, kind: AttemptKind, limit: Limit, *, account: str | None = None,
               address: str | None = None, now: datetime | None = None) -> bool:
    if account is None and address is None:
        return False
    return recent_failures(session, kind, limit, account=account, address=address, now=now) >= limit.failures


def clear_failures(session: Session, kind: AttemptKind, *, account: str) -> None:
    session.execute(delete(AuthAttempt).where(AuthAttempt.kind == kind.value,
                                              AuthAttempt.account == _cut(account)))


def _cut(value: str | None) -> str | None:
    return value[:64] if value else value
