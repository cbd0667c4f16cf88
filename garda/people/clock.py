"""Time values from the database: SQLite returns naive datetimes, garda compares in UTC."""

from __future__ import annotations

from datetime import datetime, timezone


def as_utc(moment: datetime | None) -> datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=timezone.utc)
