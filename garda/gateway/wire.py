"""OpenAI chat-completion wire format: response bodies and server-sent-event chunks."""

from __future__ import annotations

import json
import time
from typing import Any


def completion_body(*, request_id: str, model: str, content: str, finish_reason: str | None,
                    usage: dict | None, garda: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-{request_id}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": content},
            "finish_reason": finish_reason or "stop",
        }],
        "usage": usage or {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        "garda": garda,
    }


def chunk_event(*, request_id: str, model: str, created: int, content: str | None = None,
                role: str | None = None, finish_reason: str | None = None,
                garda: dict[str, Any] | None = None) -> str:
    delta: dict[str, Any] = {}
    if role:
        delta["role"] = role
    if content:
        delta["content"] = content
    chunk: dict[str, Any] = {
        "id": f"chatcmpl-{request_id}",
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }
    if garda:
        chunk["garda"] = garda
    return sse(chunk)


def error_event(error: dict[str, Any]) -> str:
    return sse(error)


def sse(payload: dict[str, Any]) -> str:
    return f"data: {json.dumps(payload, ensure_ascii=False, separators=(',', ':'))}\n\n"


DONE_EVENT = "data: [DONE]\n\n"


def model_entry(system: Any) -> dict[str, Any]:
    return {
        "id": system.name,
        "object": "model",
        "created": int(system.created_at.timestamp()) if system.created_at else 0,
        "owned_by": "garda",
        "garda": {
            "description": system.description,
            "clearance": sorted(system.clearance or []),
            "purposes": sorted(system.purposes or []),
            "public_facing": system.public_facing,
            "demo_model": system.demo,
        },
    }
