"""AI systems in the department's inventory (SOP 682.15 A, B.3.d)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from garda.store.base import Base, utcnow


class SystemStatus(StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    SUSPENDED = "suspended"
    RETIRED = "retired"


class UpstreamKind(StrEnum):
    OPENAI = "openai"        # any OpenAI-compatible HTTP endpoint
    EMBEDDED = "embedded"    # the local llama.cpp model shipped for demos
    ECHO = "echo"            # deterministic, for development and tests


class AISystem(Base):
    __tablename__ = "ai_systems"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    vendor: Mapped[str] = mapped_column(String(200), default="")
    upstream_kind: Mapped[str] = mapped_column(String(16), default=UpstreamKind.EMBEDDED.value)
    base_url: Mapped[str | None] = mapped_column(String(500), nullable=True)
    upstream_model: Mapped[str | None] = mapped_column(String(200), nullable=True)
    api_key_env: Mapped[str | None] = mapped_column(String(200), nullable=True)  # a reference, never the key
    status: Mapped[str] = mapped_column(String(16), default=SystemStatus.PROPOSED.value)
    clearance: Mapped[list[str]] = mapped_column(JSON, default=list)        # DataCategory values
    purposes: Mapped[list[str]] = mapped_column(JSON, default=list)         # acceptable uses
    groups: Mapped[list[str]] = mapped_column(JSON, default=list)           # authorized user groups
    public_facing: Mapped[bool] = mapped_column(Boolean, default=False)
    surveillance_approved: Mapped[bool] = mapped_column(Boolean, default=False)
    vendor_no_training: Mapped[bool] = mapped_column(Boolean, default=True)
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    last_model_version: Mapped[str | None] = mapped_column(String(200), nullable=True)
    needs_reevaluation: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
