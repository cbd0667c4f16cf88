"""Reading a chat-completion request body: size, encoding, nesting, then shape.

Every way a body can be wrong ends in BadRequest or PayloadTooLarge, never a 500.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from garda.errors import BadRequest, PayloadTooLarge

MAX_MESSAGES = 256


class TextPart(BaseModel):
    model_config = ConfigDict(extra="ignore")
    type: Literal["text"]
    text: str


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    role: Literal["system", "developer", "user", "assistant"]
    content: str | list[TextPart] | None = None

    @property
    def text(self) -> str:
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        return "\n".join(part.text for part in self.content)


class ChatCompletionBody(BaseModel):
    """The subset of OpenAI's chat-completion request that garda forwards; other fields are ignored."""

    model_config = ConfigDict(extra="ignore")
    model: str = Field(min_length=1, max_length=200)
    messages: list[ChatMessage] = Field(min_length=1, max_length=MAX_MESSAGES)
    stream: bool = False
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, ge=0, le=1)
    max_tokens: int | None = Field(default=None, ge=1, le=32_768)
    max_completion_tokens: int | None = Field(default=None, ge=1, le=32_768)
    stop: str | list[str] | None = None
    seed: int | None = None
    n: int = Field(default=1, ge=1, le=1)
    metadata: dict[str, str] | None = None

    @field_validator("stop")
    @classmethod
    def _stop_as_list(cls, value: str | list[str] | None) -> list[str] | None:
        if isinstance(value, str):
            return [value]
        if value is not None and len(value) > 4:
            raise ValueError("at most 4 stop sequences")
        return value

    @property
    def token_limit(self) -> int | None:
        return self.max_completion_tokens or self.max_tokens


def parse_chat_body(raw: bytes, *, max_bytes: int, max_depth: int) -> ChatCompletionBody:
    if len(raw) > max_bytes:
        raise PayloadTooLarge(f"Request body is {len(raw)} bytes; the limit is {max_bytes}.")
    data = _decode_json(raw)
    if _depth(data, max_depth) > max_depth:
        raise BadRequest(f"Request body is nested deeper than {max_depth} levels.", code="too_deep")
    if not isinstance(data, dict):
        raise BadRequest("Request body must be a JSON object.")
    try:
        return ChatCompletionBody.model_validate(data)
    except ValidationError as exc:
        raise BadRequest(_describe(exc), code="invalid_body") from None


def _decode_json(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("Request body is not valid UTF-8.", code="invalid_encoding") from None
    try:
        return json.loads(text)
    except RecursionError:
        raise BadRequest("Request body is nested too deeply.", code="too_deep") from None
    except ValueError:
        raise BadRequest("Request body is not valid JSON.", code="invalid_json") from None


def _depth(value: Any, limit: int) -> int:
    """Nesting depth, iteratively, stopping early once past ``limit``."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                return deepest
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return deepest


def _describe(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "body"
    return f"Invalid request body at '{where}': {first['msg']}."
