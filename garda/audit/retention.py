"""Erasing stored prompts and answers once they are past retention, without breaking the chain.

The log entries stay forever; only their encrypted content is erased (nonce and
ciphertext emptied, digest kept), and the purge itself is a sealed entry
(``audit:content:purged``) naming its cut-off. :meth:`AuditLog.verify` accepts erased
content only for entries older than a recorded purge's cut-off; any other erasure is
reported as tampering.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from garda.audit.events import AuditEvent
from garda.audit.models import AuditContent, AuditEntry
from garda.errors import BadRequest

# CJIS keeps audit records at least a year; garda never erases content younger than that.
MIN_RETENTION_DAYS = 365


def purge_content(session: Session, audit: Any, *, before: datetime, actor: str | None) -> int:
    """Erase the content of entries older than ``before``; return how many were erased."""
    before = before.astimezone(timezone.utc) if before.tzinfo else before.replace(tzinfo=timezone.utc)
    if before > datetime.now(timezone.utc) - timedelta(days=MIN_RETENTION_DAYS):
        raise BadRequest(f"Content younger than {MIN_RETENTION_DAYS} days is kept; choose an earlier date.",
                         code="retention_too_short")
    old = select(AuditEntry.content_id).where(AuditEntry.at < before, AuditEntry.content_id.is_not(None))
    erased = session.execute(
        update(AuditContent).where(AuditContent.id.in_(old), AuditContent.ciphertext != b"")
        .values(nonce=b"", ciphertext=b"").execution_options(synchronize_session=False)
    ).rowcount
    audit.append(session, AuditEvent.AUDIT_CONTENT_PURGED, actor=actor,
                 details={"before": before, "erased": erased})
    return erased


def is_erased(content: AuditContent) -> bool:
    return not content.ciphertext


def purge_cutoffs(session: Session, last_seq: int) -> list[tuple[int, datetime]]:
    """(entry number, cut-off) of every recorded purge up to the head."""
    rows = session.execute(select(AuditEntry.seq, AuditEntry.details)
                           .where(AuditEntry.event == AuditEvent.AUDIT_CONTENT_PURGED.value,
                                  AuditEntry.seq <= last_seq))
    return [(seq, datetime.fromisoformat(details["before"])) for seq, details in rows]


def erasure_recorded(entry: AuditEntry, cutoffs: list[tuple[int, datetime]]) -> bool:
    at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=timezone.utc)
    return any(entry.seq < seq and at < before for seq, before in cutoffs)
