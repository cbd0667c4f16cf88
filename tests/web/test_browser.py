"""The sign-in pages in a real headless Chromium against a real uvicorn server."""

import os
import re

import pyotp
import pytest

from garda.settings import Settings
from tests.live_server import serve_in_thread
from tests.web.support import PASSWORD, add_member, build_app

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs Debian's chromium at /usr/bin/chromium")]


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def live(tmp_path):
    app = build_app(Settings(home=tmp_path / "garda-home"))
    with serve_in_thread(app) as url:
        yield app, url
    app.state.db.dispose()


def sign_in(page, url: str, badge: str, password: str) -> None:
    page.goto(f"{url}/signin")
    page.fill("#badge", badge)
    page.fill("#password", password)
    page.click("#signin")


def test_first_sign_in_enrollment_and_a_key(browser, live):
    app, url = live
    add_member(app, "4711", enrolled=False, temporary=True)
    page = browser.new_page()
    sign_in(page, url, "4711", PASSWORD)
    assert page.url.startswith(f"{url}/signin/enroll")
    assert page.locator("figure.qr svg").count() == 1
    secret = page.inner_text("#totp-secret").strip()
    page.fill("#code", pyotp.TOTP(secret).now())
    page.click("#enroll")
    codes = page.locator("#recovery-codes li").all_inner_texts()
    assert len(codes) == 10
    page.click("#continue")
    assert page.url.startswith(f"{url}/signin/new-password")
    page.fill("#new-password", "amber lanterns over quiet water")
    page.fill("#confirm-password", "amber lanterns over quiet water")
    page.click("#save-password")
    assert page.url == f"{url}/account/policy"
    page.check("#acknowledge")
    page.click("#acknowledge-submit")
    assert page.url == f"{url}/account"
    page.goto(f"{url}/account/keys")
    page.fill("#key-name", "report laptop")
    page.click("#create-key")
    key = page.inner_text("#new-key").strip()
    assert re.fullmatch(r"garda_[0-9a-f]{12}_[A-Za-z0-9_-]{43}", key)
    page.goto(f"{url}/account/keys")
    assert key not in page.content()                   # shown once only
    assert "report laptop" in page.content()


def test_enrolled_member_signs_in_with_totp(browser, live):
    app, url = live
    member = add_member(app, "5123")
    page = browser.new_page()
    sign_in(page, url, "5123", PASSWORD)
    assert page.url.startswith(f"{url}/signin/code")
    page.fill("#code", pyotp.TOTP(member.secret).now())
    page.click("#verify")
    assert page.url == f"{url}/account/policy"
    cookie = next(c for c in page.context.cookies() if c["name"] == "garda_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"


def test_lockout_in_the_browser(browser, live):
    app, url = live
    add_member(app, "6020")
    page = browser.new_page()
    for _ in range(5):
        sign_in(page, url, "6020", "a wrong password here")
    assert "locked for 10 minutes" in page.inner_text("#problem")
    sign_in(page, url, "6020", PASSWORD)
    assert "locked" in page.inner_text("#problem")
    assert "people:account:locked" in app.state.audit.tags()
