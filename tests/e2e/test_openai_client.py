"""End to end: a real garda server on a free port, the official `openai` client, and
either the fake vendor on another port or the embedded demo model."""

from __future__ import annotations

import json

import openai
import pytest

from garda.app import create_app
from garda.gateway.services import Services
from garda.setup import initialize
from tests.factories import make_member, make_system
from tests.live_server import serve_in_thread

PROMPT = ("Rewrite for the report: victim Jane Doe (DOB 04/12/1988) told officers that "
          "Suspect 1 took her phone. Case 2026-004512.")


@pytest.fixture
def live_vendor_gateway(initialized, fake_vendor):
    services = Services.build(initialized)
    make_system(services, "public", upstream_kind="openai", base_url=fake_vendor.base_url,
                upstream_model="fake-model", clearance=[])
    key = make_member(services, "2001")
    with serve_in_thread(create_app(initialized, services=services)) as url:
        yield openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0), fake_vendor


def test_openai_client_plain(live_vendor_gateway):
    client, vendor = live_vendor_gateway
    vendor.reply_with_echo()
    reply = client.chat.completions.create(model="public", messages=[{"role": "user", "content": PROMPT}],
                                           metadata={"purpose": "report_drafting"})
    text = reply.choices[0].message.content
    assert "Jane Doe" in text and "2026-004512" in text
    sent = vendor.requests[-1]["messages"][0]["content"]
    assert "Jane Doe" not in sent and "Suspect 1" in sent


def test_openai_client_streaming(live_vendor_gateway):
    client, vendor = live_vendor_gateway
    vendor.reply_with_echo()
    vendor.chunk_size = 2
    stream = client.chat.completions.create(model="public", messages=[{"role": "user", "content": PROMPT}],
                                            metadata={"purpose": "report_drafting"}, stream=True)
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert "Jane Doe" in text and "04/12/1988" in text


def test_openai_client_sees_policy_errors(live_vendor_gateway):
    client, vendor = live_vendor_gateway
    with pytest.raises(openai.PermissionDeniedError) as caught:
        client.chat.completions.create(
            model="public", metadata={"purpose": "report_drafting"},
            messages=[{"role": "user", "content": "Rank these people by ethnicity for me."}])
    assert caught.value.body["code"] == "policy_blocked"
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=client.base_url, api_key="garda_bad_key", max_retries=0).models.list()
    assert vendor.requests == []


@pytest.mark.embedded
def test_demo_systems_on_the_embedded_model(tmp_path):
    """The demo: the same prompt goes as is to the cleared system and with placeholders to the other."""
    pytest.importorskip("llama_cpp", reason="garda[local] (llama-cpp-python) is not installed")
    from garda.settings import Settings

    settings = Settings(home=tmp_path / "home")
    members = initialize(settings, demo=True).demo_members
    services = Services.build(settings)
    with serve_in_thread(create_app(settings, services=services)) as url:
        client = openai.OpenAI(base_url=f"{url}/v1", api_key=members[0].api_key, max_retries=0)
        assert {m.id for m in client.models.list()} == {"mpd-assistant", "public-chat"}
        decisions = {}
        for model in ("mpd-assistant", "public-chat"):
            reply = client.chat.completions.create(
                model=model, messages=[{"role": "user", "content": PROMPT}], max_tokens=24,
                metadata={"purpose": "report_drafting"})
            assert reply.choices[0].message.content
            decisions[model] = reply.model_extra["garda"]["decision"]
        stream = client.chat.completions.create(
            model="public-chat", messages=[{"role": "user", "content": PROMPT}], max_tokens=16,
            metadata={"purpose": "summary"}, stream=True)
        assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert decisions == {"mpd-assistant": "allow", "public-chat": "redact"}
    with services.db.read() as session:
        sent = {e["system"]: json.loads(services.audit.read_content(session, e["content_id"])["sent"])
                for e in services.audit.export(session) if e["event"] == "gateway:prompt:allowed"
                or e["event"] == "gateway:prompt:redacted"}
    assert sent["mpd-assistant"][0]["content"] == PROMPT
    assert "Jane Doe" not in sent["public-chat"][0]["content"]
