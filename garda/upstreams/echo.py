"""A deterministic upstream for development and tests: no model, no network.

It answers "Draft: " followed by the last user message, so a test can see exactly
what garda forwarded (placeholders and all) and what garda restored on the way back.
Streams come in chunks of ``chunk_size`` characters, small enough to split a
placeholder such as "[DOB-1]" across chunks.
"""

from __future__ import annotations

from typing import Any, AsyncIterator

from garda.upstreams.base import ChatRequest, ChatResult, StreamDelta

ECHO_PREFIX = "Draft: "
ECHO_MODEL_VERSION = "echo-1"


class EchoUpstream:
    name = "echo"

    def __init__(self, *, prefix: str = ECHO_PREFIX, chunk_size: int = 4) -> None:
        if chunk_size < 1:
            raise ValueError("chunk_size must be at least 1")
        self.prefix = prefix
        self.chunk_size = chunk_size

    @classmethod
    def from_system(cls, system: Any, settings: Any) -> "EchoUpstream":
        return cls()

    def answer_to(self, request: ChatRequest) -> str:
        last_user = next((m.get("content") or "" for m in reversed(request.messages)
                          if m.get("role") == "user"), "")
        return self.prefix + last_user

    async def complete(self, request: ChatRequest) -> ChatResult:
        text = self.answer_to(request)
        return ChatResult(content=text, finish_reason="stop", model_version=ECHO_MODEL_VERSION,
                          usage=word_usage(request, text))

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamDelta]:
        text = self.answer_to(request)
        for start in range(0, len(text), self.chunk_size):
            yield StreamDelta(content=text[start:start + self.chunk_size], model_version=ECHO_MODEL_VERSION)
        yield StreamDelta(content="", finish_reason="stop", model_version=ECHO_MODEL_VERSION)

    async def aclose(self) -> None:
        return None


def word_usage(request: ChatRequest, answer: str) -> dict:
    """Word counts standing in for token counts."""
    prompt = sum(len(str(m.get("content") or "").split()) for m in request.messages)
    completion = len(answer.split())
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}
