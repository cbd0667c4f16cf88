from datetime import timedelta

import pyotp
import pytest

from garda.people.rules import AccessRules
from garda.people.sessions import Stage, advance, find_session, open_session, reauthenticated_within
from garda.people.signin import check_code_step, check_password_step, record_success
from garda.people.totp import FactorCipher, finish_enrollment, matching_step, start_enrollment
from garda.people.users import create_user, set_disabled, unlock_user
from garda.store.base import utcnow

PASSWORD = "rivers cross the old mill"
RULES = AccessRules()
CIPHER = FactorCipher(b"k" * 32)


@pytest.fixture
def dana(session):
    return create_user(session, badge="4711", name="Dana Whitfield", email="", password=PASSWORD,
                       temporary_password=False)


def test_right_password(session, dana, trail):
    assert check_password_step(session, "4711", PASSWORD, RULES, trail).user is dana


def test_same_answer_for_unknown_badge_and_wrong_password(session, dana, trail):
    unknown = check_password_step(session, "9999", PASSWORD, RULES, trail).error
    wrong = check_password_step(session, "4711", "not the password", RULES, trail).error
    assert (unknown.message, unknown.code, unknown.status) == (wrong.message, wrong.code, wrong.status)


def test_five_failures_lock_for_ten_minutes_and_an_admin_releases(session, dana, trail, audit):
    now = utcnow()
    errors = [check_password_step(session, "4711", "wrong password!", RULES, trail, now=now).error for _ in range(5)]
    assert [e.code for e in errors] == ["sign_in_failed"] * 4 + ["account_locked"]
    assert "people:account:locked" in audit.tags()
    assert check_password_step(session, "4711", PASSWORD, RULES, trail, now=now).error.code == "account_locked"
    later = now + timedelta(minutes=10, seconds=1)
    assert check_password_step(session, "4711", PASSWORD, RULES, trail, now=later).ok
    for _ in range(5):
        check_password_step(session, "4711", "wrong password!", RULES, trail, now=now)
    unlock_user(session, dana, trail=trail)
    assert check_password_step(session, "4711", PASSWORD, RULES, trail, now=now).ok


def test_unknown_badges_lock_too(session, trail):
    errors = [check_password_step(session, "1234", "whatever it is", RULES, trail).error.code for _ in range(6)]
    assert errors == ["sign_in_failed"] * 4 + ["account_locked"] * 2


def test_address_rate_limit(session, dana, trail):
    for n in range(RULES.signin_per_address.failures):
        check_password_step(session, f"b{n}", "whatever it is", RULES, trail)
    assert check_password_step(session, "4711", PASSWORD, RULES, trail).error.code == "too_many_signins"


def test_disabled_member_cannot_sign_in(session, dana, trail):
    set_disabled(session, dana, True, trail=trail)
    assert check_password_step(session, "4711", PASSWORD, RULES, trail).error.code == "account_disabled"


def test_enrollment_and_codes_accepted_once(session, dana, trail, audit):
    enrollment = start_enrollment("4711")
    assert enrollment.svg.startswith("<svg") and "otpauth://totp/" in enrollment.uri
    totp = pyotp.TOTP(enrollment.secret)
    now = utcnow()
    assert finish_enrollment(session, dana, CIPHER, enrollment.secret, "000000", trail=trail, now=now) is None \
        or totp.at(now) == "000000"
    codes = finish_enrollment(session, dana, CIPHER, enrollment.secret, totp.at(now), trail=trail, now=now)
    assert len(codes) == 10 and "people:factor:enrolled" in audit.tags()
    assert enrollment.secret not in dana.totp_secret
    # the enrollment code itself cannot be replayed
    assert check_code_step(session, dana, totp.at(now), CIPHER, RULES, trail, now=now).error.code == "sign_in_failed"
    later = now + timedelta(seconds=30)
    assert check_code_step(session, dana, totp.at(later), CIPHER, RULES, trail, now=later).ok
    assert not check_code_step(session, dana, totp.at(later), CIPHER, RULES, trail, now=later).ok
    # a recovery code works once
    assert check_code_step(session, dana, codes[0].upper(), CIPHER, RULES, trail, now=later).ok
    assert not check_code_step(session, dana, codes[0], CIPHER, RULES, trail, now=later).ok
    assert "people:recovery_code:used" in audit.tags()


def test_codes_outside_the_drift_window_are_refused():
    secret = pyotp.random_base32()
    now = utcnow()
    assert matching_step(secret, pyotp.TOTP(secret).at(now - timedelta(seconds=90)), after_step=None, now=now) is None
    assert matching_step(secret, "12345", after_step=None, now=now) is None
    assert matching_step(secret, "abcdef", after_step=None, now=now) is None


def test_sessions_idle_out_rotate_and_limit(session, dana, trail):
    now = utcnow()
    web, raw = open_session(session, dana, Stage.SECOND_FACTOR, address="192.0.2.1", user_agent="t", now=now)
    assert find_session(session, raw, RULES, now=now)[0] is web
    active_raw = advance(session, web, dana, Stage.ACTIVE, RULES, second_factor=True, now=now)
    assert find_session(session, raw, RULES, now=now) is None          # the old token is gone
    assert reauthenticated_within(web.second_factor_at, RULES.reauth, now + timedelta(minutes=4))
    assert not reauthenticated_within(web.second_factor_at, RULES.reauth, now + timedelta(minutes=6))
    assert find_session(session, active_raw, RULES, now=now + timedelta(minutes=29)) is not None
    assert find_session(session, active_raw, RULES, now=now + timedelta(minutes=59, seconds=30)) is None
    assert web.end_reason == "idle"


def test_one_session_per_member(session, dana):
    now = utcnow()
    first, _ = open_session(session, dana, Stage.SECOND_FACTOR, address=None, user_agent=None, now=now)
    advance(session, first, dana, Stage.ACTIVE, RULES, now=now)
    second, _ = open_session(session, dana, Stage.SECOND_FACTOR, address=None, user_agent=None, now=now)
    advance(session, second, dana, Stage.ACTIVE, RULES, now=now)
    assert first.end_reason == "replaced" and second.ended_at is None


def test_disabling_ends_the_live_session(session, dana, trail):
    web, raw = open_session(session, dana, Stage.ACTIVE, address=None, user_agent=None)
    set_disabled(session, dana, True, trail=trail)
    assert find_session(session, raw, RULES) is None


def test_success_resets_the_counter(session, dana, trail, audit):
    check_password_step(session, "4711", "wrong password!", RULES, trail)
    record_success(session, dana, trail, method="password+totp")
    assert dana.failed_logins == 0 and audit.tags()[-1] == "people:login:success"


def test_a_member_may_be_allowed_more_sessions(session, dana, trail):
    from garda.people.users import set_sessions_allowed

    set_sessions_allowed(session, dana, 2, trail=trail)
    now = utcnow()
    webs = []
    for _ in range(3):
        web, _ = open_session(session, dana, Stage.SECOND_FACTOR, address=None, user_agent=None, now=now)
        advance(session, web, dana, Stage.ACTIVE, RULES, now=now)
        webs.append(web)
        now += timedelta(seconds=1)
    assert [w.end_reason for w in webs] == ["replaced", None, None]


def test_ended_sessions_are_forgotten_after_a_week(session, dana):
    from garda.people.models import WebSession
    from garda.people.sessions import end_session

    old, _ = open_session(session, dana, Stage.ACTIVE, address=None, user_agent=None,
                          now=utcnow() - timedelta(days=9))
    end_session(session, old, "signout", now=utcnow() - timedelta(days=8))
    open_session(session, dana, Stage.SECOND_FACTOR, address=None, user_agent=None)
    assert session.query(WebSession).count() == 1
