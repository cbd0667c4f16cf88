"""The sign-in pages over HTTP: password, enrollment, code, new password, lockout, CSRF, sign-out."""

import re

import pyotp

from garda.store.base import utcnow
from tests.web.support import PASSWORD, add_member, client, code_for, csrf_of, signed_in


async def start_signin(http, badge: str, password: str = PASSWORD):
    page = await http.get("/signin")
    assert page.status_code == 200
    return await http.post("/signin", data={"badge": badge, "password": password, "csrf": csrf_of(page.text),
                                             "next": "/account"})


async def test_first_sign_in_enrolls_totp_and_shows_recovery_codes_once(app):
    add_member(app, "4711", enrolled=False, temporary=True)
    async with client(app) as http:
        response = await start_signin(http, "4711")
        assert response.status_code == 303 and response.headers["location"].startswith("/signin/enroll")
        page = await http.get("/signin/enroll")
        assert "<svg" in page.text
        secret = re.search(r'id="totp-secret">([A-Z2-7]+)<', page.text).group(1)
        again = await http.get("/signin/enroll")
        assert secret in again.text                   # a reload keeps the same secret
        wrong = await http.post("/signin/enroll", data={"csrf": csrf_of(page.text), "code": "000000"
                                                        if pyotp.TOTP(secret).now() != "000000" else "111111"})
        assert wrong.status_code == 400
        done = await http.post("/signin/enroll", data={"csrf": csrf_of(page.text),
                                                       "code": pyotp.TOTP(secret).now()})
        assert done.status_code == 200
        assert len(re.findall(r"<li><code>[a-z2-9-]{19}</code></li>", done.text)) == 10
        # a temporary password must be replaced before anything else
        account = await http.get("/account")
        assert account.headers["location"] == "/signin/new-password"
        form = await http.get("/signin/new-password")
        weak = await http.post("/signin/new-password", data={"csrf": csrf_of(form.text), "password": "password1234",
                                                             "confirm": "password1234"})
        assert weak.status_code == 400 and "common" in weak.text
        chosen = "amber lanterns over quiet water"
        ok = await http.post("/signin/new-password", data={"csrf": csrf_of(form.text), "password": chosen,
                                                           "confirm": chosen})
        assert ok.status_code == 303
        policy = await http.get("/account")
        assert policy.headers["location"] == "/account/policy"
    tags = app.state.audit.tags()
    assert "people:factor:enrolled" in tags and "people:password:changed" in tags
    assert tags[-1] == "people:login:success"
    success = [fields for tag, fields in app.state.audit.events if tag == "people:login:success"][0]
    assert success["source_address"] == "127.0.0.1" and success["actor"] == "4711"


async def test_enrolled_member_signs_in_with_a_code_that_works_once(app):
    member = add_member(app, "4711")
    async with client(app) as http:
        response = await start_signin(http, "4711")
        assert response.headers["location"].startswith("/signin/code")
        page = await http.get("/signin/code")
        code = code_for(member.secret)
        ok = await http.post("/signin/code", data={"csrf": csrf_of(page.text), "code": code, "next": "/account"})
        assert ok.status_code == 303
    async with client(app) as other:
        await start_signin(other, "4711")
        page = await other.get("/signin/code")
        replay = await other.post("/signin/code", data={"csrf": csrf_of(page.text), "code": code})
        assert replay.status_code == 401 and "already used" in replay.text


async def test_wrong_password_and_unknown_badge_read_the_same(app):
    add_member(app, "4711")
    async with client(app) as http:
        wrong = await start_signin(http, "4711", "not the password at all")
        unknown = await start_signin(http, "9999", "not the password at all")
    assert wrong.status_code == unknown.status_code == 401
    strip = lambda html: re.sub(r'value="[^"]*"', "", html)  # noqa: E731
    assert strip(wrong.text).replace("4711", "X") == strip(unknown.text).replace("9999", "X")


async def test_lockout_after_five_failures_then_admin_release(app):
    add_member(app, "4711")
    admin = add_member(app, "9001", roles=["administrator"])
    async with client(app) as http:
        codes = [(await start_signin(http, "4711", "wrong password again")).status_code for _ in range(5)]
        locked = await start_signin(http, "4711")
        assert "locked for 10 minutes" in locked.text
    assert codes == [401] * 5
    assert "people:account:locked" in app.state.audit.tags()
    async with signed_in(app, admin) as http:
        page = await http.get("/admin/users/4711")
        assert "locked until" in page.text
        released = await http.post("/admin/users/4711/unlock", data={"csrf": csrf_of(page.text)})
        assert released.status_code == 200 and "Lockout released" in released.text
    async with client(app) as http:
        assert (await start_signin(http, "4711")).status_code == 303


async def test_forms_without_the_csrf_token_are_refused(app):
    member = add_member(app, "4711")
    async with client(app) as http:
        await http.get("/signin")
        response = await http.post("/signin", data={"badge": "4711", "password": PASSWORD})
        assert response.status_code == 403 and "csrf_failed" in response.text
    async with signed_in(app, member) as http:
        for path in ("/account/keys", "/account/policy", "/signout", "/account/password"):
            response = await http.post(path, data={"name": "k", "csrf": "forged"})
            assert response.status_code == 403, path
    refused = [fields for tag, fields in app.state.audit.events if tag == "people:form:refused"]
    assert len(refused) == 5 and refused[-1]["actor"] == "4711"


async def test_signed_out_pages_redirect_to_sign_in(app):
    async with client(app) as http:
        response = await http.get("/account/keys")
        assert response.status_code == 303 and response.headers["location"] == "/signin?next=/account/keys"
        forged = await http.get("/account", cookies={"garda_session": "made-up"})
        assert forged.headers["location"] == "/signin?next=/account&ended=1"
        page = await http.get(forged.headers["location"])
        assert "Your session has ended" in page.text


async def test_sign_out_ends_the_session(app):
    member = add_member(app, "4711")
    async with signed_in(app, member) as http:
        page = await http.get("/account")
        out = await http.post("/signout", data={"csrf": csrf_of(page.text)})
        assert out.headers["location"] == "/signin"
        assert (await http.get("/account")).status_code == 303
    assert "people:session:ended" in app.state.audit.tags()


async def test_a_disabled_member_is_signed_out_at_the_next_request(app):
    member = add_member(app, "4711")
    admin = add_member(app, "9001", roles=["administrator"])
    async with signed_in(app, member) as dana, signed_in(app, admin) as boss:
        assert (await dana.get("/account")).status_code == 200
        page = await boss.get("/admin/users/4711")
        await boss.post("/admin/users/4711/disable", data={"csrf": csrf_of(page.text)})
        response = await dana.get("/account")
        assert response.status_code == 303 and response.headers["location"].startswith("/signin")


async def test_idle_sessions_end(app):
    from datetime import timedelta

    from garda.people.models import WebSession

    member = add_member(app, "4711")
    async with signed_in(app, member) as http:
        def age(session):
            for web in session.query(WebSession):
                web.last_seen_at = utcnow() - timedelta(minutes=31)
        app.state.db.write(age)
        assert (await http.get("/account")).status_code == 303


async def test_sensitive_actions_ask_for_the_second_factor_again(app):
    from datetime import timedelta

    member = add_member(app, "4711")
    async with signed_in(app, member, second_factor_at=utcnow() - timedelta(minutes=6)) as http:
        page = await http.get("/account/keys")
        response = await http.post("/account/keys", data={"csrf": csrf_of(page.text), "name": "laptop"},
                                   headers={"referer": "http://testserver/account/keys"})
        assert response.headers["location"] == "/reauth?next=/account/keys"
        form = await http.get("/reauth?next=/account/keys")
        done = await http.post("/reauth", data={"csrf": csrf_of(form.text), "code": code_for(member.secret),
                                                "next": "/account/keys"})
        assert done.headers["location"] == "/account/keys"
        created = await http.post("/account/keys", data={"csrf": csrf_of(page.text), "name": "laptop"})
        assert created.status_code == 200 and 'id="new-key">garda_' in created.text
    assert "people:reauth:success" in app.state.audit.tags()


async def test_open_redirects_are_refused(app):
    member = add_member(app, "4711")
    async with client(app) as http:
        await start_signin(http, "4711")
        page = await http.get("/signin/code")
        done = await http.post("/signin/code", data={"csrf": csrf_of(page.text), "code": code_for(member.secret),
                                                     "next": "//evil.example.org/"})
        assert done.headers["location"] == "/account"


async def test_over_long_input_is_refused_plainly(app):
    add_member(app, "4711")
    async with client(app) as http:
        response = await start_signin(http, "4" * 5000, "p" * 100_000)
        assert response.status_code == 401


async def test_pages_carry_security_headers_and_cookie_flags(app):
    member = add_member(app, "4711")
    async with client(app) as http:
        page = await http.get("/signin")
        assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
        response = await start_signin(http, "4711")
        cookie = response.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert member


async def test_five_wrong_codes_lock_the_account_and_end_the_half_session(app):
    member = add_member(app, "4711")
    async with client(app) as http:
        await start_signin(http, "4711")
        page = await http.get("/signin/code")
        statuses = []
        for _ in range(5):
            response = await http.post("/signin/code", data={"csrf": csrf_of(page.text), "code": "abcdef"})
            statuses.append(response.status_code)
        assert statuses == [401] * 5 and "locked for 10 minutes" in response.text
        assert (await http.get("/signin/code")).headers["location"].startswith("/signin")
        assert "locked" in (await start_signin(http, "4711")).text
    tags = app.state.audit.tags()
    assert tags.count("people:factor:failure") == 5 and "people:account:locked" in tags
    assert member
