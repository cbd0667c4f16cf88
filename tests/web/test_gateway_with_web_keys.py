"""End to end through the whole garda app: a member signs in in Chromium, creates a key on the
web page, uses it with the official openai client, and is refused once their training lapses."""

from __future__ import annotations

import os
from datetime import timedelta

import openai
import pyotp
import pytest

from garda.people.models import TrainingCompletion, User
from garda.people.training import record_department_training
from garda.people.users import create_user
from garda.store.base import utcnow
from tests.web.test_browser import CHROMIUM, CHROMIUM_ARGS

PASSWORD = "rivers cross the old mill"

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs Debian's chromium at /usr/bin/chromium")]


@pytest.fixture
def live_garda(initialized):
    from garda.app import create_app
    from garda.gateway.services import Services
    from tests.factories import make_system
    from tests.live_server import serve_in_thread

    services = Services.build(initialized)
    make_system(services, "public", upstream_kind="echo", clearance=[])

    def member(session):
        user = create_user(session, badge="4711", name="Dana Whitfield", email="dana@example.org",
                           groups=["patrol"], password=PASSWORD, temporary_password=False)
        record_department_training(session, user, recorded_by="test")
        return user.id

    user_id = services.db.write(member)
    with serve_in_thread(create_app(initialized, services=services)) as url:
        yield url, services, user_id


def test_key_from_the_web_page_works_with_openai_until_training_lapses(live_garda):
    from playwright.sync_api import sync_playwright

    url, services, user_id = live_garda
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(f"{url}/signin")
        page.fill("#badge", "4711")
        page.fill("#password", PASSWORD)
        page.click("#signin")
        secret = page.inner_text("#totp-secret").strip()
        page.fill("#code", pyotp.TOTP(secret).now())
        page.click("#enroll")
        page.click("#continue")
        page.check("#acknowledge")
        page.click("#acknowledge-submit")
        page.goto(f"{url}/account/keys")
        page.fill("#key-name", "report laptop")
        page.click("#create-key")
        key = page.inner_text("#new-key").strip()
        browser.close()

    client = openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0)
    reply = client.chat.completions.create(model="public", messages=[{"role": "user", "content": "Proofread: the the car."}],
                                           metadata={"purpose": "report_drafting"})
    assert reply.choices[0].message.content
    assert [m.id for m in client.models.list()] == ["public"]

    def lapse(session):
        for completion in session.query(TrainingCompletion).filter_by(user_id=user_id):
            completion.completed_on = utcnow().date() - timedelta(days=400)

    services.db.write(lapse)
    with pytest.raises(openai.PermissionDeniedError) as refused:
        client.chat.completions.create(model="public", messages=[{"role": "user", "content": "Proofread: hello."}],
                                       metadata={"purpose": "report_drafting"})
    assert refused.value.body["code"] == "training_required"
    assert "SOP 682.40" in refused.value.body["message"]
    assert client.models.list().data == []

    services.db.write(lambda s: setattr(s.get(User, user_id), "disabled", True))
    with pytest.raises(openai.AuthenticationError):
        client.models.list()
