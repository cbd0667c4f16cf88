"""The deterministic echo upstream."""

from __future__ import annotations

import pytest

from garda.upstreams.base import ChatRequest
from garda.upstreams.echo import EchoUpstream

REQUEST = ChatRequest(messages=[{"role": "user", "content": "first"},
                                {"role": "assistant", "content": "ok"},
                                {"role": "user", "content": "Rewrite: [DOB-1] for the victim."}],
                      model="echo")


async def test_answers_with_the_last_user_message():
    result = await EchoUpstream().complete(REQUEST)
    assert result.content == "Draft: Rewrite: [DOB-1] for the victim."
    assert result.finish_reason == "stop" and result.model_version == "echo-1"
    assert result.usage["completion_tokens"] == 6


async def test_streams_in_chunks_of_the_configured_size():
    deltas = [d async for d in EchoUpstream(chunk_size=3).stream(REQUEST)]
    assert "".join(d.content for d in deltas) == "Draft: Rewrite: [DOB-1] for the victim."
    assert {len(d.content) for d in deltas[:-2]} == {3}
    assert "[DOB-1]" not in [d.content for d in deltas]  # the placeholder is split across chunks
    assert deltas[-1].finish_reason == "stop"


async def test_no_user_message_answers_the_prefix():
    result = await EchoUpstream(prefix="> ").complete(ChatRequest(messages=[], model="echo"))
    assert result.content == "> "


def test_chunk_size_must_be_positive():
    with pytest.raises(ValueError):
        EchoUpstream(chunk_size=0)
