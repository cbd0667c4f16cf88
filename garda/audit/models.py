"""Tables of the audit log: the hash-chained entries, their encrypted content, the chain head.

``audit_log`` never holds prompt or answer text: only the id of an ``audit_content`` row
(AES-256-GCM ciphertext) and a keyed digest (HMAC-SHA256) of its plaintext. Each entry
carries its chain ``hash`` (plain SHA-256: anyone can recompute it) and a ``seal``
(HMAC of that hash under the deployment's key: only garda can make one). ``audit_head`` is one row
(id 1) that every append locks, so concurrent writers line up on one chain.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from garda.store.base import Base

GENESIS_HASH = "0" * 64
HEAD_ID = 1


class AuditEntry(Base):
    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    event: Mapped[str] = mapped_column(String(64), index=True)
    actor: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    request_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    system: Mapped[str | None] = mapped_column(String(64), nullable=True)
    purpose: Mapped[str | None] = mapped_column(String(200), nullable=True)
    source_address: Mapped[str | None] = mapped_column(String(64), nullable=True)
    user_agent: Mapped[str | None] = mapped_column(Text, nullable=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    content_id: Mapped[str | None] = mapped_column(ForeignKey("audit_content.id"), nullable=True)
    content_digest: Mapped[str | None] = mapped_column(String(64), nullable=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    seal: Mapped[str] = mapped_column(String(64))


class AuditContent(Base):
    __tablename__ = "audit_content"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)   # random hex, also the cipher's AAD
    digest: Mapped[str] = mapped_column(String(64))   # HMAC-SHA256 of the plaintext
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)


class AuditHead(Base):
    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default=GENESIS_HASH)
