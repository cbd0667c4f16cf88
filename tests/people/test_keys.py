from datetime import timedelta

import pytest

from garda.errors import BadRequest, NotAuthorized, NotFound, RateLimited
from garda.people.keys import (FAILURES_PER_ADDRESS, FAILURES_PER_KEY, authenticate_api_key, create_api_key, key_state, list_keys,
                               revoke_api_key)
from garda.people.models import ApiKey, Member
from garda.people.users import create_user, set_disabled
from garda.store.base import utcnow


def member(session, badge="4711", **kw):
    return create_user(session, badge=badge, name="Dana Whitfield", email="dana@example.org",
                       groups=kw.pop("groups", ["patrol"]), **kw)


def test_key_is_shown_once_and_stored_hashed(session, trail, audit):
    user = member(session)
    key, raw = create_api_key(session, user, name="laptop", trail=trail)
    assert raw.startswith(f"garda_{key.prefix}_")
    assert len(raw.split("_", 2)[2]) == 43          # 256 bits of secret
    assert raw not in key.key_hash and len(key.key_hash) == 64
    assert audit.tags() == ["people:key:created"]
    assert raw not in repr(audit.events)


def test_authenticate_returns_the_member(session):
    user = member(session, roles=["member", "ai_coordinator"])
    key, raw = create_api_key(session, user, name="laptop", systems=["mpd-assistant"])
    found = authenticate_api_key(session, raw)
    assert found == Member(user_id=user.id, badge="4711", name="Dana Whitfield", groups=frozenset({"patrol"}),
                           roles=frozenset({"member", "ai_coordinator"}), key_id=key.id,
                           key_systems=frozenset({"mpd-assistant"}))
    assert key.last_used_at is not None


@pytest.mark.parametrize("raw", ["", "garda", "sk-123", "garda_000000000000_" + "A" * 43, "x" * 10_000])
def test_unknown_keys_are_refused(session, raw):
    member(session)
    assert authenticate_api_key(session, raw) is None


def test_a_tampered_secret_is_refused(session):
    _, raw = create_api_key(session, member(session), name="k")
    assert authenticate_api_key(session, raw[:-1] + ("A" if raw[-1] != "A" else "B")) is None


def test_revoked_expired_and_disabled_keys_stop(session, trail, audit):
    user = member(session)
    revoked, raw_revoked = create_api_key(session, user, name="a")
    revoke_api_key(session, revoked.id, by_user=user, trail=trail)
    assert authenticate_api_key(session, raw_revoked) is None
    assert key_state(revoked) == "revoked"
    assert "people:key:revoked" in audit.tags()

    expiring, raw_expiring = create_api_key(session, user, name="b", expires_at=utcnow() + timedelta(hours=1))
    assert authenticate_api_key(session, raw_expiring) is not None
    assert authenticate_api_key(session, raw_expiring, now=utcnow() + timedelta(hours=2)) is None

    _, raw_live = create_api_key(session, user, name="c")
    user.roles = ["auditor"]                  # no longer a role that uses AI systems
    assert authenticate_api_key(session, raw_live) is None
    user.roles = ["member"]
    assert authenticate_api_key(session, raw_live) is not None
    set_disabled(session, user, True, trail=trail)
    assert authenticate_api_key(session, raw_live) is None


def test_only_the_owner_or_an_administrator_revokes(session):
    owner, other = member(session), member(session, badge="5123")
    admin = member(session, badge="9001", roles=["administrator"])
    key, _ = create_api_key(session, owner, name="k")
    with pytest.raises(NotFound):
        revoke_api_key(session, key.id, by_user=other)
    revoke_api_key(session, key.id, by_user=admin)
    assert session.get(ApiKey, key.id).revoked_by == "9001"
    with pytest.raises(NotFound):
        revoke_api_key(session, 999, by_user=admin)


def test_bad_key_requests(session):
    user = member(session)
    with pytest.raises(BadRequest):
        create_api_key(session, user, name="")
    with pytest.raises(BadRequest):
        create_api_key(session, user, name="x" * 101)
    with pytest.raises(BadRequest):
        create_api_key(session, user, name="k", expires_at=utcnow() - timedelta(seconds=1))
    with pytest.raises(BadRequest):
        create_api_key(session, user, name="k", systems=[])
    with pytest.raises(NotAuthorized):
        create_api_key(session, member(session, badge="8002", roles=["auditor"]), name="k")
    user.disabled = True
    with pytest.raises(NotAuthorized):
        create_api_key(session, user, name="k")


def test_brute_force_from_one_address_is_rate_limited(session):
    _, raw = create_api_key(session, member(session), name="k")
    for _ in range(FAILURES_PER_ADDRESS.failures):
        assert authenticate_api_key(session, "garda_nope", source_address="198.51.100.7") is None
    with pytest.raises(RateLimited):
        authenticate_api_key(session, raw, source_address="198.51.100.7")
    assert authenticate_api_key(session, raw, source_address="198.51.100.8") is not None


def test_list_keys(session):
    a, b = member(session), member(session, badge="5123")
    create_api_key(session, a, name="one")
    create_api_key(session, b, name="two")
    assert [k.name for k in list_keys(session, a.id)] == ["one"]
    assert len(list_keys(session)) == 2


def test_guessing_one_keys_secret_is_rate_limited(session):
    _, raw = create_api_key(session, member(session), name="k")
    prefix = raw.split("_")[1]
    for n in range(FAILURES_PER_KEY.failures):
        assert authenticate_api_key(session, f"garda_{prefix}_" + "B" * 43, source_address=f"203.0.113.{n}") is None
    with pytest.raises(RateLimited):
        authenticate_api_key(session, raw, source_address="203.0.113.99")
