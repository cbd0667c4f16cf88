"""The real audit log, watched: tests assert on what people/ appended through it."""

from __future__ import annotations

from typing import Any

from garda.audit.crypto import ContentCipher
from garda.audit.log import AuditLog


class WatchedAuditLog(AuditLog):
    """The real audit log, also keeping the tags and fields appended through it for assertions."""

    def __init__(self, cipher: ContentCipher) -> None:
        super().__init__(cipher)
        self.events: list[tuple[str, dict[str, Any]]] = []

    def append(self, session, event, **fields: Any):
        entry = super().append(session, event, **fields)
        self.events.append((str(event), fields))
        return entry

    def tags(self) -> list[str]:
        return [tag for tag, _ in self.events]
