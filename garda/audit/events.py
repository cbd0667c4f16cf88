"""The closed vocabulary of audit events, as ``source:subject:action`` tags.

The hash chain covers the tag string: renaming a tag is a migration, not a refactor.
Keep each group alphabetized.
"""

from __future__ import annotations

from enum import StrEnum


class AuditEvent(StrEnum):
    # audit
    AUDIT_CONTENT_PURGED = "audit:content:purged"
    AUDIT_LOG_EXPORTED = "audit:log:exported"
    # gateway
    GATEWAY_ACCESS_DENIED = "gateway:access:denied"
    GATEWAY_PROMPT_ALLOWED = "gateway:prompt:allowed"
    GATEWAY_PROMPT_BLOCKED = "gateway:prompt:blocked"
    GATEWAY_PROMPT_REDACTED = "gateway:prompt:redacted"
    GATEWAY_RESPONSE_COMPLETED = "gateway:response:completed"
    GATEWAY_RESPONSE_FAILED = "gateway:response:failed"
    # people
    PEOPLE_ACCESS_DENIED = "people:access:denied"
    PEOPLE_ACCOUNT_LOCKED = "people:account:locked"
    PEOPLE_ACCOUNT_UNLOCKED = "people:account:unlocked"
    PEOPLE_FACTOR_ENROLLED = "people:factor:enrolled"
    PEOPLE_FACTOR_FAILURE = "people:factor:failure"
    PEOPLE_FACTOR_RESET = "people:factor:reset"
    PEOPLE_FORM_REFUSED = "people:form:refused"
    PEOPLE_KEY_CREATED = "people:key:created"
    PEOPLE_KEY_REVOKED = "people:key:revoked"
    PEOPLE_LOGIN_FAILURE = "people:login:failure"
    PEOPLE_LOGIN_RATE_LIMITED = "people:login:rate_limited"
    PEOPLE_LOGIN_SUCCESS = "people:login:success"
    PEOPLE_PASSWORD_CHANGED = "people:password:changed"
    PEOPLE_PASSWORD_RESET = "people:password:reset"
    PEOPLE_POLICY_ACKNOWLEDGED = "people:policy:acknowledged"
    PEOPLE_REAUTH_FAILURE = "people:reauth:failure"
    PEOPLE_REAUTH_SUCCESS = "people:reauth:success"
    PEOPLE_RECOVERY_CODE_USED = "people:recovery_code:used"
    PEOPLE_SESSION_ENDED = "people:session:ended"
    PEOPLE_USER_CREATED = "people:user:created"
    PEOPLE_USER_DISABLED = "people:user:disabled"
    PEOPLE_USER_ENABLED = "people:user:enabled"
    PEOPLE_USER_GROUPS_CHANGED = "people:user:groups_changed"
    PEOPLE_USER_ROLES_CHANGED = "people:user:roles_changed"
    PEOPLE_USER_SESSIONS_CHANGED = "people:user:sessions_changed"
    # policy
    POLICY_PACK_LOADED = "policy:pack:loaded"
    # registry
    REGISTRY_MODEL_VERSION_CHANGED = "registry:model:version_changed"
    REGISTRY_SYSTEM_ADDED = "registry:system:added"
    REGISTRY_SYSTEM_UPDATED = "registry:system:updated"
    # training
    TRAINING_COMPLETION_IMPORTED = "training:completion:imported"
    TRAINING_COMPLETION_RECORDED = "training:completion:recorded"
    TRAINING_MODULE_ADDED = "training:module:added"
    TRAINING_MODULE_UPDATED = "training:module:updated"

    @property
    def source(self) -> str:
        return self.value.split(":")[0]
