"""Roles and permissions: two closed vocabularies and the one table that joins them.

A permission is ``<scope>:<resource>:<action>``. Keep both lists alphabetized by value.
docs/permissions.md shows the same table; tests/web/test_permission_matrix.py checks
that every route enforces exactly what the document says.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Iterable


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    AI_COORDINATOR = "ai_coordinator"
    AUDITOR = "auditor"
    CHIEF_DESIGNEE = "chief_designee"
    COMMITTEE_MEMBER = "committee_member"
    MEMBER = "member"
    RISK_MANAGER = "risk_manager"


class Permission(StrEnum):
    AUDIT_LOG_EXPORT = "audit:log:export"
    AUDIT_LOG_VERIFY = "audit:log:verify"
    AUDIT_LOG_VIEW = "audit:log:view"
    GATEWAY_CHAT_CREATE = "gateway:chat:create"
    GATEWAY_MODELS_LIST = "gateway:models:list"
    PEOPLE_ACCOUNT_VIEW = "people:account:view"
    PEOPLE_KEY_CREATE_OWN = "people:key:create_own"
    PEOPLE_KEY_LIST_ANY = "people:key:list_any"
    PEOPLE_KEY_REVOKE_ANY = "people:key:revoke_any"
    PEOPLE_KEY_REVOKE_OWN = "people:key:revoke_own"
    PEOPLE_PASSWORD_CHANGE_OWN = "people:password:change_own"
    PEOPLE_POLICY_ACKNOWLEDGE = "people:policy:acknowledge"
    PEOPLE_ROLE_ASSIGN = "people:role:assign"
    PEOPLE_USER_LIST = "people:user:list"
    PEOPLE_USER_MANAGE = "people:user:manage"
    REGISTRY_COMMITTEE_MANAGE = "registry:committee:manage"
    REGISTRY_EVALUATION_RECORD = "registry:evaluation:record"
    REGISTRY_LEGAL_REVIEW = "registry:legal:review"
    REGISTRY_SYSTEM_APPROVE = "registry:system:approve"
    REGISTRY_SYSTEM_EDIT = "registry:system:edit"
    REGISTRY_SYSTEM_VIEW = "registry:system:view"
    TRAINING_RECORD = "training:completion:record"
    TRAINING_MODULE_MANAGE = "training:module:manage"
    TRAINING_STATUS_VIEW = "training:status:view"


P = Permission

# Everyone who can sign in may look after their own account.
SIGNED_IN: frozenset[Permission] = frozenset({
    P.PEOPLE_ACCOUNT_VIEW, P.PEOPLE_KEY_REVOKE_OWN, P.PEOPLE_PASSWORD_CHANGE_OWN,
    P.PEOPLE_POLICY_ACKNOWLEDGE,
})

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: SIGNED_IN | {
        P.AUDIT_LOG_VERIFY, P.PEOPLE_KEY_LIST_ANY, P.PEOPLE_KEY_REVOKE_ANY, P.PEOPLE_ROLE_ASSIGN,
        P.PEOPLE_USER_LIST, P.PEOPLE_USER_MANAGE, P.TRAINING_RECORD, P.TRAINING_STATUS_VIEW,
    },
    Role.AI_COORDINATOR: SIGNED_IN | {
        P.AUDIT_LOG_VIEW, P.PEOPLE_USER_LIST, P.REGISTRY_COMMITTEE_MANAGE,
        P.REGISTRY_EVALUATION_RECORD, P.REGISTRY_SYSTEM_EDIT, P.REGISTRY_SYSTEM_VIEW,
        P.TRAINING_MODULE_MANAGE, P.TRAINING_RECORD, P.TRAINING_STATUS_VIEW,
    },
    Role.AUDITOR: SIGNED_IN | {
        P.AUDIT_LOG_EXPORT, P.AUDIT_LOG_VERIFY, P.AUDIT_LOG_VIEW, P.PEOPLE_KEY_LIST_ANY,
        P.PEOPLE_USER_LIST, P.REGISTRY_SYSTEM_VIEW, P.TRAINING_STATUS_VIEW,
    },
    Role.CHIEF_DESIGNEE: SIGNED_IN | {P.REGISTRY_SYSTEM_APPROVE, P.REGISTRY_SYSTEM_VIEW},
    Role.COMMITTEE_MEMBER: SIGNED_IN | {
        P.REGISTRY_EVALUATION_RECORD, P.REGISTRY_SYSTEM_VIEW, P.TRAINING_STATUS_VIEW,
    },
    Role.MEMBER: SIGNED_IN | {
        P.GATEWAY_CHAT_CREATE, P.GATEWAY_MODELS_LIST, P.PEOPLE_KEY_CREATE_OWN, P.REGISTRY_SYSTEM_VIEW,
    },
    Role.RISK_MANAGER: SIGNED_IN | {P.REGISTRY_LEGAL_REVIEW, P.REGISTRY_SYSTEM_VIEW},
}


def parse_roles(values: Iterable[str]) -> list[Role]:
    """Roles from strings; an unknown role is a ValueError naming it (a closed vocabulary)."""
    roles = []
    for value in values:
        value = value.strip()
        if not value:
            continue
        try:
            roles.append(Role(value))
        except ValueError:
            raise ValueError(f"Unknown role '{value}'; known roles: "
                             + ", ".join(r.value for r in Role)) from None
    return sorted(set(roles))


def permissions_of(roles: Iterable[str]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for value in roles:
        if value in Role._value2member_map_:
            granted |= ROLE_PERMISSIONS[Role(value)]
    return frozenset(granted)


def has_permission(roles: Iterable[str], permission: Permission) -> bool:
    return permission in permissions_of(roles)
