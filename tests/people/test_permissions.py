import pytest

from garda.people.permissions import ROLE_PERMISSIONS, Permission, Role, has_permission, parse_roles


def test_vocabularies_are_alphabetized_and_well_formed():
    assert [p.value for p in Permission] == sorted(p.value for p in Permission)
    assert [r.value for r in Role] == sorted(r.value for r in Role)
    for permission in Permission:
        assert len(permission.value.split(":")) == 3, permission


def test_every_role_has_permissions():
    assert set(ROLE_PERMISSIONS) == set(Role)


def test_separation_of_duties():
    assert has_permission(["chief_designee"], Permission.REGISTRY_SYSTEM_APPROVE)
    assert not has_permission(["administrator"], Permission.REGISTRY_SYSTEM_APPROVE)
    assert not has_permission(["administrator"], Permission.AUDIT_LOG_EXPORT)
    assert has_permission(["auditor"], Permission.AUDIT_LOG_EXPORT)
    assert has_permission(["risk_manager"], Permission.REGISTRY_LEGAL_REVIEW)
    assert not has_permission(["unknown"], Permission.PEOPLE_ACCOUNT_VIEW)


def test_parse_roles():
    assert parse_roles([" member", "auditor", "member", ""]) == [Role.AUDITOR, Role.MEMBER]
    with pytest.raises(ValueError, match="sheriff"):
        parse_roles(["sheriff"])
