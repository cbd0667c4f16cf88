"""The fake vendor itself, seen through the official openai client."""

from __future__ import annotations

import openai
import pytest

from tests.fakes.openai_upstream import FAKE_FINGERPRINT, FAKE_MODEL, FakeVendor


@pytest.fixture
def client(fake_vendor):
    with openai.OpenAI(base_url=fake_vendor.base_url, api_key="sk-fake", max_retries=0, timeout=5) as client:
        yield client


def ask(client, **extra):
    return client.chat.completions.create(model="anything", messages=[{"role": "user", "content": "Hello there"}],
                                          **extra)


def test_plain_reply_modes(client, fake_vendor):
    reply = ask(client)
    assert reply.choices[0].message.content == "This is the vendor's answer."
    assert reply.model == FAKE_MODEL and reply.system_fingerprint == FAKE_FINGERPRINT
    fake_vendor.reply_with_echo()
    assert ask(client).choices[0].message.content == "Hello there"
    fake_vendor.reply_with(lambda body: str(len(body["messages"])))
    assert ask(client).choices[0].message.content == "1"
    assert [r["messages"][0]["content"] for r in fake_vendor.requests] == ["Hello there"] * 3
    assert fake_vendor.headers[0]["authorization"] == "Bearer sk-fake"


def test_streams_in_chunks(client, fake_vendor):
    fake_vendor.reply_with_text("abcdefgh")
    fake_vendor.chunk_size = 3
    pieces = [c.choices[0].delta.content for c in ask(client, stream=True) if c.choices[0].delta.content]
    assert pieces == ["abc", "def", "gh"]


def test_models(client):
    assert [m.id for m in client.models.list()] == [FAKE_MODEL]


def test_faults(client, fake_vendor):
    fake_vendor.fail_with_status(429, "slow down")
    with pytest.raises(openai.RateLimitError):
        ask(client)
    fake_vendor.send_malformed()
    with pytest.raises(Exception):
        ask(client)
    fake_vendor.drop_connection()
    with pytest.raises(openai.APIConnectionError):
        ask(client)
    fake_vendor.close_before_answer()
    with pytest.raises(openai.APIConnectionError):
        ask(client)
    fake_vendor.hang()
    with pytest.raises(openai.APITimeoutError):
        client.with_options(timeout=0.3).chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}])


def test_reset_restores_defaults(fake_vendor):
    fake_vendor.hang()
    fake_vendor.chunk_size = 1
    fake_vendor.reset()
    assert fake_vendor.fault is None and fake_vendor.chunk_size == 3 and fake_vendor.requests == []


def test_a_private_vendor_as_a_context_manager():
    with FakeVendor(reply="own", chunk_size=1) as vendor:
        with openai.OpenAI(base_url=vendor.base_url, api_key="k", max_retries=0) as client:
            assert ask(client).choices[0].message.content == "own"
    assert len(vendor.requests) == 1
