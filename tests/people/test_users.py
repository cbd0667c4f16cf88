import pytest

from garda.errors import BadRequest
from garda.people.passwords import verify_password
from garda.people.users import (create_user, find_user, reset_factor, set_disabled, set_groups, set_roles,
                                unlock_user)


def test_create_user(session, trail, audit):
    user = create_user(session, badge="4711", name="Dana Whitfield", email="dana@example.org",
                       groups=["Patrol", "patrol"], roles=["member"], rank="Police Officer", unit="District 3",
                       trail=trail)
    assert user.groups == ["patrol"] and user.roles == ["member"]
    assert user.password_hash is None and not user.enrolled
    assert find_user(session, "4711") is user
    assert audit.tags() == ["people:user:created"]


def test_create_user_with_a_temporary_password(session):
    user = create_user(session, badge="4711", name="Dana Whitfield", email="", password="rivers cross the old mill")
    assert verify_password(user.password_hash, "rivers cross the old mill")
    assert user.must_change_password


@pytest.mark.parametrize("fields", [
    {"badge": ""}, {"badge": "a b"}, {"badge": "x" * 33}, {"name": ""}, {"name": "n" * 201},
    {"email": "not-an-address"}, {"roles": ["sheriff"]}, {"groups": ["Bad Group!"]},
    {"password": "short"}, {"password": "DanaWhitfield4711"},
])
def test_bad_user_input_is_refused(session, fields):
    spec = {"badge": "4711", "name": "Dana Whitfield", "email": "dana@example.org", **fields}
    with pytest.raises(BadRequest):
        create_user(session, **spec)


def test_duplicate_badge(session):
    create_user(session, badge="4711", name="A", email="")
    with pytest.raises(BadRequest):
        create_user(session, badge="4711", name="B", email="")


def test_role_and_group_changes_are_audited(session, trail, audit):
    user = create_user(session, badge="4711", name="Dana Whitfield", email="")
    set_roles(session, user, ["member", "auditor"], trail=trail)
    set_roles(session, user, ["auditor", "member"], trail=trail)     # no change, no event
    set_groups(session, user, ["investigations"], trail=trail)
    assert audit.tags() == ["people:user:roles_changed", "people:user:groups_changed"]
    assert audit.events[0][1]["details"] == {"user": "4711", "before": ["member"], "after": ["auditor", "member"]}


def test_disable_unlock_reset(session, trail, audit):
    user = create_user(session, badge="4711", name="Dana Whitfield", email="")
    user.totp_secret, user.failed_logins = "secret", 5
    set_disabled(session, user, True, trail=trail)
    unlock_user(session, user, trail=trail)
    reset_factor(session, user, trail=trail)
    assert user.disabled and user.failed_logins == 0 and user.totp_secret is None
    assert audit.tags() == ["people:user:disabled", "people:account:unlocked", "people:factor:reset"]
