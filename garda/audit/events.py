"""The closed vocabulary of audit events, as ``source:subject:action`` tags.

The hash chain covers the tag string: renaming a tag is a migration, not a refactor.
Keep each group alphabetized.
"""

from __future__ import annotations

from enum import StrEnum


class AuditEvent(StrEnum):
    # audit
    AUDIT_LOG_EXPORTED = "audit:log:exported"
    # gateway
    GATEWAY_ACCESS_DENIED = "gateway:access:denied"
    GATEWAY_PROMPT_ALLOWED = "gateway:prompt:allowed"
    GATEWAY_PROMPT_BLOCKED = "gateway:prompt:blocked"
    GATEWAY_PROMPT_REDACTED = "gateway:prompt:redacted"
    GATEWAY_RESPONSE_COMPLETED = "gateway:response:completed"
    GATEWAY_RESPONSE_FAILED = "gateway:response:failed"
    # people
    PEOPLE_KEY_CREATED = "people:key:created"
    PEOPLE_KEY_REVOKED = "people:key:revoked"
    PEOPLE_USER_CREATED = "people:user:created"
    # policy
    POLICY_PACK_LOADED = "policy:pack:loaded"
    # registry
    REGISTRY_MODEL_VERSION_CHANGED = "registry:model:version_changed"
    REGISTRY_SYSTEM_ADDED = "registry:system:added"
    REGISTRY_SYSTEM_UPDATED = "registry:system:updated"

    @property
    def source(self) -> str:
        return self.value.split(":")[0]
