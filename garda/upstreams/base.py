"""What every upstream adapter takes, returns and promises.

An adapter is the last step of the request path: it receives messages garda has
already inspected and redacted, sends them to one AI system and hands back the
answer. Adapters raise ``garda.errors.UpstreamError`` (502) or ``UpstreamTimeout``
(504) and nothing else; they never log prompt or answer text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import AsyncIterator, Protocol, runtime_checkable


@dataclass
class ChatRequest:
    messages: list[dict]          # [{"role": "system"|"user"|"assistant", "content": str}], already redacted
    model: str                    # the upstream's model name, as configured for the system
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    stop: list[str] | None = None
    seed: int | None = None

    def sampling(self) -> dict:
        """The optional sampling parameters that were set, by their OpenAI names."""
        fields = {"temperature": self.temperature, "top_p": self.top_p, "max_tokens": self.max_tokens,
                  "stop": self.stop, "seed": self.seed}
        return {name: value for name, value in fields.items() if value is not None}


@dataclass
class ChatResult:
    content: str
    finish_reason: str | None
    model_version: str | None     # what the upstream reports: its model name and fingerprint (SOP 682.15 B.3.j)
    usage: dict | None


@dataclass
class StreamDelta:
    content: str
    finish_reason: str | None = None
    model_version: str | None = None


@runtime_checkable
class Upstream(Protocol):
    """One AI system garda forwards to. Built by ``garda.upstreams.registry.build_upstream``."""

    name: str

    async def complete(self, request: ChatRequest) -> ChatResult:
        """The whole answer at once."""
        ...

    def stream(self, request: ChatRequest) -> AsyncIterator[StreamDelta]:
        """The answer piece by piece (an async generator). Errors before the first
        piece are raised at the first ``anext``, so the gateway can still answer 502/504."""
        ...

    async def aclose(self) -> None:
        """Release connections, threads or child processes."""
        ...
