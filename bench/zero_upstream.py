"""A zero-latency OpenAI-compatible upstream for the gateway benchmark: raw ASGI, fixed answer.

    python bench/zero_upstream.py PORT

Answers every POST .../chat/completions with the same completion and GET .../models
with one model, reading (and discarding) the request body. Listens on 127.0.0.1 only.
"""

from __future__ import annotations

import json
import sys

COMPLETION = json.dumps({
    "id": "chatcmpl-bench", "object": "chat.completion", "created": 1767225600, "model": "x",
    "choices": [{"index": 0, "finish_reason": "stop",
                 "message": {"role": "assistant", "content": "Here is the rewritten paragraph, in plain words."}}],
    "usage": {"prompt_tokens": 1, "completion_tokens": 9, "total_tokens": 10},
}).encode()
MODELS = json.dumps({"object": "list", "data": [{"id": "x", "object": "model", "owned_by": "bench"}]}).encode()
HEADERS = [(b"content-type", b"application/json")]


async def app(scope, receive, send):  # noqa: ANN001 - the ASGI callable signature
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    more = True
    while more:
        more = (await receive()).get("more_body", False)
    body, status = (MODELS, 200) if scope["path"].endswith("/models") else (COMPLETION, 200)
    if scope["method"] == "POST" and not scope["path"].endswith("/chat/completions"):
        body, status = b'{"error": {"message": "not found"}}', 404
    await send({"type": "http.response.start", "status": status,
                "headers": HEADERS + [(b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def main() -> None:
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
