"""The OpenAI-compatible adapter against the fake vendor on a real local port."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from garda.errors import UpstreamError, UpstreamTimeout
from garda.upstreams.base import ChatRequest
from garda.upstreams.openai_compatible import OpenAICompatibleUpstream, quotes
from garda.upstreams.registry import build_upstream
from tests.fakes.openai_upstream import FAKE_FINGERPRINT, FAKE_MODEL
from tests.live_server import free_port

REQUEST = ChatRequest(messages=[{"role": "system", "content": "Be brief."},
                                {"role": "user", "content": "Summarize: the victim called at 21:40."}],
                      model="vendor-model", temperature=0.2, max_tokens=50)


@pytest.fixture
async def adapter(fake_vendor):
    upstream = OpenAICompatibleUpstream(fake_vendor.base_url, timeout_seconds=5.0)
    yield upstream
    await upstream.aclose()


async def collect(stream):
    return [delta async for delta in stream]


async def test_plain_completion(adapter, fake_vendor):
    fake_vendor.reply_with_text("The victim called at 21:40.")
    result = await adapter.complete(REQUEST)
    assert result.content == "The victim called at 21:40."
    assert result.finish_reason == "stop"
    assert result.model_version == f"{FAKE_MODEL} ({FAKE_FINGERPRINT})"
    assert result.usage["total_tokens"] > 0


async def test_request_body_carries_messages_parameters_and_no_storage_flag(adapter, fake_vendor):
    await adapter.complete(REQUEST)
    sent = fake_vendor.requests[-1]
    assert sent["model"] == "vendor-model"
    assert sent["messages"] == REQUEST.messages
    assert sent["temperature"] == 0.2 and sent["max_tokens"] == 50
    assert "top_p" not in sent and "seed" not in sent
    assert sent["store"] is False
    assert "stream" not in sent


async def test_streaming_in_chunks(adapter, fake_vendor):
    fake_vendor.reply_with_echo()
    fake_vendor.chunk_size = 2
    deltas = await collect(adapter.stream(REQUEST))
    assert "".join(d.content for d in deltas) == REQUEST.messages[-1]["content"]
    assert max(len(d.content) for d in deltas) == 2
    assert deltas[-1].finish_reason == "stop"
    assert deltas[-1].model_version == f"{FAKE_MODEL} ({FAKE_FINGERPRINT})"
    assert fake_vendor.requests[-1]["stream"] is True
    assert fake_vendor.requests[-1]["store"] is False


async def test_api_key_comes_from_the_named_environment_variable(fake_vendor, settings, monkeypatch):
    monkeypatch.setenv("GARDA_TEST_VENDOR_KEY", "sk-test-0001")
    system = _system(fake_vendor.base_url, api_key_env="GARDA_TEST_VENDOR_KEY")
    upstream = build_upstream(system, settings)
    try:
        await upstream.complete(REQUEST)
    finally:
        await upstream.aclose()
    assert fake_vendor.headers[-1]["authorization"] == "Bearer sk-test-0001"


async def test_no_key_reference_sends_no_authorization(adapter, fake_vendor):
    await adapter.complete(REQUEST)
    assert "authorization" not in fake_vendor.headers[-1]


async def test_missing_key_variable_fails_before_sending(fake_vendor, settings, monkeypatch):
    monkeypatch.delenv("GARDA_TEST_UNSET_KEY", raising=False)
    upstream = build_upstream(_system(fake_vendor.base_url, api_key_env="GARDA_TEST_UNSET_KEY"), settings)
    try:
        with pytest.raises(UpstreamError) as caught:
            await upstream.complete(REQUEST)
    finally:
        await upstream.aclose()
    assert caught.value.code == "upstream_key_missing"
    assert "GARDA_TEST_UNSET_KEY" in caught.value.message
    assert fake_vendor.requests == []


async def test_server_error_is_upstream_error(adapter, fake_vendor):
    fake_vendor.fail_with_status(500)
    with pytest.raises(UpstreamError) as caught:
        await adapter.complete(REQUEST)
    assert caught.value.status == 502 and caught.value.code == "upstream_unavailable"
    assert len(fake_vendor.requests) == 1  # a request that reached the vendor is never resent


async def test_server_error_before_a_stream_is_upstream_error(adapter, fake_vendor):
    fake_vendor.fail_with_status(503)
    with pytest.raises(UpstreamError):
        await collect(adapter.stream(REQUEST))


async def test_client_error_summarizes_the_vendor_message(adapter, fake_vendor):
    fake_vendor.fail_with_status(400, "This model's maximum context length is 4096 tokens.")
    with pytest.raises(UpstreamError) as caught:
        await adapter.complete(REQUEST)
    assert caught.value.code == "upstream_rejected"
    assert "maximum context length is 4096" in caught.value.message
    assert caught.value.details == {"upstream_status": 400}


async def test_client_error_that_quotes_the_prompt_is_not_repeated(adapter, fake_vendor):
    fake_vendor.fail_with_status(422, "Invalid content: 'Summarize: the victim called at 21:40.'")
    with pytest.raises(UpstreamError) as caught:
        await adapter.complete(REQUEST)
    assert "victim" not in caught.value.message
    assert caught.value.message == "The AI system refused the request (HTTP 422)."


async def test_rejected_credentials_are_not_quoted(adapter, fake_vendor):
    fake_vendor.fail_with_status(401, "Incorrect API key provided: sk-te**********0001.")
    with pytest.raises(UpstreamError) as caught:
        await adapter.complete(REQUEST)
    assert caught.value.code == "upstream_auth_failed"
    assert "sk-" not in caught.value.message and "sk-" not in str(caught.value.to_dict())


async def test_extra_body_fields_never_replace_the_request(fake_vendor):
    upstream = OpenAICompatibleUpstream(fake_vendor.base_url, timeout_seconds=5.0,
                                        extra_body={"messages": [], "model": "other", "user_tier": "x"})
    try:
        await upstream.complete(REQUEST)
    finally:
        await upstream.aclose()
    sent = fake_vendor.requests[-1]
    assert sent["messages"] == REQUEST.messages and sent["model"] == "vendor-model"
    assert sent["user_tier"] == "x" and "store" not in sent


async def test_hang_is_upstream_timeout(fake_vendor):
    fake_vendor.hang()
    upstream = OpenAICompatibleUpstream(fake_vendor.base_url, timeout_seconds=0.5)
    try:
        with pytest.raises(UpstreamTimeout) as caught:
            await upstream.complete(REQUEST)
        with pytest.raises(UpstreamTimeout):
            await collect(upstream.stream(REQUEST))
    finally:
        await upstream.aclose()
    assert caught.value.status == 504
    assert len(fake_vendor.requests) == 2  # one each; a timed-out request is not retried


async def test_slow_stream_beyond_the_timeout_is_upstream_timeout(fake_vendor):
    fake_vendor.reply_with_text("one two three four")
    fake_vendor.slow_down(1.0)
    upstream = OpenAICompatibleUpstream(fake_vendor.base_url, timeout_seconds=0.3)
    try:
        with pytest.raises(UpstreamTimeout):
            await collect(upstream.stream(REQUEST))
    finally:
        await upstream.aclose()


async def test_plain_answer_trickling_past_the_timeout_is_upstream_timeout(fake_vendor):
    """Every piece arrives within the read timeout, but the whole answer does not."""
    fake_vendor.slow_down(0.15)
    upstream = OpenAICompatibleUpstream(fake_vendor.base_url, timeout_seconds=0.5)
    try:
        with pytest.raises(UpstreamTimeout):
            await upstream.complete(REQUEST)
    finally:
        await upstream.aclose()


async def test_slow_plain_answer_within_the_timeout_arrives(adapter, fake_vendor):
    fake_vendor.reply_with_text("slow but whole")
    fake_vendor.slow_down(0.01)
    assert (await adapter.complete(REQUEST)).content == "slow but whole"


async def test_slow_stream_within_the_timeout_arrives_whole(adapter, fake_vendor):
    fake_vendor.reply_with_text("one two three")
    fake_vendor.stream_delay = 0.02
    deltas = await collect(adapter.stream(REQUEST))
    assert "".join(d.content for d in deltas) == "one two three"


async def test_connection_refused_is_upstream_error():
    upstream = OpenAICompatibleUpstream(f"http://127.0.0.1:{free_port()}/v1", timeout_seconds=2.0,
                                        retry_backoff=0.01)
    try:
        with pytest.raises(UpstreamError) as caught:
            await upstream.complete(REQUEST)
    finally:
        await upstream.aclose()
    assert caught.value.code == "upstream_unreachable" and caught.value.status == 502


async def test_connect_errors_are_retried_twice_then_given_up():
    attempts = []

    def refuse(request):
        attempts.append(request.url.path)
        raise httpx.ConnectError("refused", request=request)

    upstream = OpenAICompatibleUpstream("http://vendor.invalid/v1", timeout_seconds=2.0, retry_backoff=0.01,
                                        transport=httpx.MockTransport(refuse))
    try:
        with pytest.raises(UpstreamError):
            await collect(upstream.stream(REQUEST))
    finally:
        await upstream.aclose()
    assert attempts == ["/v1/chat/completions"] * 3


async def test_errors_after_sending_are_never_retried():
    attempts = []

    def broken(request):
        attempts.append(1)
        raise httpx.ReadError("reset by peer", request=request)

    upstream = OpenAICompatibleUpstream("http://vendor.invalid/v1", timeout_seconds=2.0, retry_backoff=0.01,
                                        transport=httpx.MockTransport(broken))
    try:
        with pytest.raises(UpstreamError):
            await upstream.complete(REQUEST)
    finally:
        await upstream.aclose()
    assert attempts == [1]


async def test_connection_refused_retries_until_the_vendor_is_up(fake_vendor):
    """The retry is real: a vendor that starts during the backoff gets the request once."""
    from tests.fakes.openai_upstream import FakeVendor

    late = FakeVendor(reply="late but here")
    upstream = OpenAICompatibleUpstream(late.base_url, timeout_seconds=5.0, retry_backoff=0.3)
    loop = asyncio.get_running_loop()
    starting = loop.run_in_executor(None, _start_after, late, 0.1)
    try:
        result = await upstream.complete(REQUEST)
        assert result.content == "late but here"
        assert len(late.requests) == 1
    finally:
        await starting
        late.stop()
        await upstream.aclose()


def _start_after(vendor, seconds):
    import time

    time.sleep(seconds)
    vendor.start()


async def test_dropped_connection_is_upstream_error(adapter, fake_vendor):
    fake_vendor.drop_connection()
    with pytest.raises(UpstreamError) as caught:
        await adapter.complete(REQUEST)
    assert not isinstance(caught.value, UpstreamTimeout)
    with pytest.raises(UpstreamError):
        await collect(adapter.stream(REQUEST))
    assert len(fake_vendor.requests) == 2


async def test_connection_closed_before_an_answer_is_upstream_error(adapter, fake_vendor):
    fake_vendor.close_before_answer()
    with pytest.raises(UpstreamError) as caught:
        await adapter.complete(REQUEST)
    assert caught.value.code == "upstream_unavailable"
    with pytest.raises(UpstreamError):
        await collect(adapter.stream(REQUEST))
    assert len(fake_vendor.requests) == 2  # sent once each: the request may have been read


async def test_malformed_json_is_upstream_error(adapter, fake_vendor):
    fake_vendor.send_malformed()
    with pytest.raises(UpstreamError) as caught:
        await adapter.complete(REQUEST)
    assert caught.value.code == "upstream_bad_response"


async def test_unexpected_shape_is_upstream_error(adapter, fake_vendor):
    fake_vendor.reply_with_text("fine")
    from garda.upstreams.openai_compatible import parse_completion

    for payload in ({}, {"choices": []}, {"choices": [{"message": {"content": 5}}]}, [1, 2], "text"):
        with pytest.raises(UpstreamError):
            parse_completion(payload)


async def test_stream_without_an_ending_is_upstream_error():
    from garda.upstreams.openai_compatible import parse_event_stream

    async def lines():
        yield 'data: {"model": "m", "choices": [{"delta": {"content": "half"}, "finish_reason": null}]}'
        yield ""

    with pytest.raises(UpstreamError) as caught:
        await collect(parse_event_stream(lines()))
    assert caught.value.code == "upstream_truncated"


async def test_stream_skips_comments_and_usage_chunks():
    from garda.upstreams.openai_compatible import parse_event_stream

    async def lines():
        yield ": keep-alive"
        yield 'data: {"model": "m", "choices": [{"delta": {"content": "hi"}, "finish_reason": null}]}'
        yield 'data: {"model": "m", "choices": [{"delta": {}, "finish_reason": "stop"}]}'
        yield 'data: {"model": "m", "choices": [], "usage": {"total_tokens": 3}}'
        yield "data: [DONE]"

    deltas = await collect(parse_event_stream(lines()))
    assert [d.content for d in deltas] == ["hi", ""]
    assert deltas[-1].finish_reason == "stop"


def test_quotes():
    assert quotes("said: the victim called at 21:40 today", "Summarize: the victim called at 21:40.")
    assert not quotes("maximum context length exceeded", "Summarize: the victim called at 21:40.")


def _system(base_url, **fields):
    from garda.registry.models import AISystem

    return AISystem(name="vendor", upstream_kind="openai", base_url=base_url, upstream_model="vendor-model",
                    **fields)


@pytest.mark.parametrize("stream", [False, True])
async def test_the_httpx_client_itself_is_used_when_its_transport_cannot_be_picked(adapter, fake_vendor, stream):
    """garda sends straight to the transport httpx would pick (a private httpx method); without
    it, the plain client send gives the same answers."""
    adapter._transport = None
    fake_vendor.reply_with_text("The victim called at 21:40.")
    if stream:
        chunks = [chunk async for chunk in adapter.stream(REQUEST)]
        assert "".join(c.content for c in chunks if c.content) == "The victim called at 21:40."
    else:
        assert (await adapter.complete(REQUEST)).content == "The victim called at 21:40."
