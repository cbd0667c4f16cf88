"""A small OpenAI-compatible vendor for tests: a real HTTP server on a free local port.

    with FakeVendor(reply="Noted.", chunk_size=3) as vendor:
        system.base_url = vendor.base_url          # http://127.0.0.1:<port>/v1
        ...
        vendor.requests[-1]["messages"]            # exactly what left garda
        vendor.headers[-1]["authorization"]

Replies: a fixed text (``reply_with_text``), the last user message (``reply_with_echo``)
or any ``callable(request_body) -> str`` (``reply_with``). Streams are OpenAI chunk
events, ``chunk_size`` characters each, ``stream_delay`` seconds apart (``slow_down``);
with a delay, plain answers trickle in ten pieces too.
Faults: ``fail_with_status(500)``, ``hang()`` (never answers), ``drop_connection()``
(declares a body, sends part of it and closes), ``close_before_answer()`` (closes the
socket without a status line), ``send_malformed()`` (not JSON), and
``slow_down(seconds)``. ``reset()`` restores the defaults.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from enum import StrEnum
from typing import Any, Callable

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.live_server import free_port

FAKE_MODEL = "fake-vendor-1"
FAKE_FINGERPRINT = "fp_fake_0001"
DEFAULT_REPLY = "This is the vendor's answer."

Reply = str | Callable[[dict], str]


class Fault(StrEnum):
    STATUS = "status"
    HANG = "hang"
    DROP = "drop"
    CLOSE = "close"
    MALFORMED = "malformed"


def echo_last_user(body: dict) -> str:
    messages = body.get("messages") or []
    return next((m.get("content") or "" for m in reversed(messages) if m.get("role") == "user"), "")


class FakeVendor:
    def __init__(self, reply: Reply = DEFAULT_REPLY, *, chunk_size: int = 3, stream_delay: float = 0.0,
                 port: int | None = None) -> None:
        self.port = port or free_port()
        self._defaults = {"reply": reply, "chunk_size": chunk_size, "stream_delay": stream_delay}
        self.requests: list[dict] = []
        self.headers: list[dict[str, str]] = []
        self._released = threading.Event()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.reset()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # --- what the test asks for -------------------------------------------------

    def reset(self) -> None:
        self.reply: Reply = self._defaults["reply"]
        self.chunk_size: int = self._defaults["chunk_size"]
        self.stream_delay: float = self._defaults["stream_delay"]
        self.fault: Fault | None = None
        self.fault_status = 500
        self.fault_message = "The fake vendor failed on purpose."
        self.requests.clear()
        self.headers.clear()
        self._release_hung()

    def reply_with_text(self, text: str) -> None:
        self.reply, self.fault = text, None

    def reply_with_echo(self) -> None:
        self.reply, self.fault = echo_last_user, None

    def reply_with(self, make_reply: Callable[[dict], str]) -> None:
        self.reply, self.fault = make_reply, None

    def fail_with_status(self, status: int = 500, message: str = "The fake vendor failed on purpose.") -> None:
        self.fault, self.fault_status, self.fault_message = Fault.STATUS, status, message

    def hang(self) -> None:
        self.fault = Fault.HANG

    def drop_connection(self) -> None:
        self.fault = Fault.DROP

    def close_before_answer(self) -> None:
        self.fault = Fault.CLOSE

    def send_malformed(self) -> None:
        self.fault = Fault.MALFORMED

    def slow_down(self, seconds: float) -> None:
        """Pause this long before each streamed chunk (and each tenth of a plain answer)."""
        self.stream_delay = seconds

    def answer_for(self, body: dict) -> str:
        return self.reply(body) if callable(self.reply) else self.reply

    # --- lifecycle ----------------------------------------------------------------

    def start(self) -> "FakeVendor":
        config = uvicorn.Config(self._app(), host="127.0.0.1", port=self.port, log_level="critical",
                                access_log=False, lifespan="off", timeout_graceful_shutdown=2)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="fake-vendor", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the fake vendor did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._release_hung()
        if self._server:
            self._server.should_exit = True
        if self._thread:
            self._thread.join(timeout=10)

    def __enter__(self) -> "FakeVendor":
        return self.start()

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()

    def _release_hung(self) -> None:
        """Let hung requests finish (so the server can stop), then arm a fresh gate."""
        self._released.set()
        self._released = threading.Event()

    # --- the server -----------------------------------------------------------------

    def _app(self) -> Starlette:
        return Starlette(routes=[
            Route("/v1/chat/completions", self._chat, methods=["POST"]),
            Route("/v1/models", self._models, methods=["GET"]),
        ])

    async def _models(self, request: Request) -> Response:
        return JSONResponse({"object": "list",
                             "data": [{"id": FAKE_MODEL, "object": "model", "created": 0, "owned_by": "fake"}]})

    async def _chat(self, request: Request) -> Response:
        raw = await request.body()
        body = json.loads(raw)
        self.requests.append(body)
        self.headers.append({k.lower(): v for k, v in request.headers.items()})
        if self.fault is not None:
            return await self._fail(self.fault)
        text = self.answer_for(body)
        if body.get("stream"):
            return _RawStream(self._events(text), media_type="text/event-stream")
        if self.stream_delay:
            return _RawStream(self._trickle(json.dumps(completion(text, len(self.requests))).encode()),
                              media_type="application/json")
        return JSONResponse(completion(text, len(self.requests)))

    async def _fail(self, fault: Fault) -> Response:
        if fault is Fault.STATUS:
            return JSONResponse({"error": {"message": self.fault_message, "type": "server_error",
                                           "code": "fake_failure", "param": None}},
                                status_code=self.fault_status)
        if fault is Fault.HANG:
            gate = self._released
            while not gate.is_set():
                await asyncio.sleep(0.02)
            return JSONResponse({"error": {"message": "released"}}, status_code=503)
        if fault is Fault.CLOSE:
            return _Closed()
        if fault is Fault.MALFORMED:
            return Response(b'{"choices": [ this is not json', media_type="application/json")
        return _Dropped()

    async def _trickle(self, body: bytes, pieces: int = 10):
        """A plain answer sent in pieces, ``stream_delay`` seconds apart."""
        size = max(1, -(-len(body) // pieces))
        for start in range(0, len(body), size):
            await asyncio.sleep(self.stream_delay)
            yield body[start:start + size]

    async def _events(self, text: str):
        number = len(self.requests)
        yield chunk_event(number, {"role": "assistant", "content": ""})
        for start in range(0, len(text), self.chunk_size):
            if self.stream_delay:
                await asyncio.sleep(self.stream_delay)
            yield chunk_event(number, {"content": text[start:start + self.chunk_size]})
        yield chunk_event(number, {}, finish_reason="stop")
        yield b"data: [DONE]\n\n"


def completion(text: str, number: int) -> dict:
    words = len(text.split())
    return {
        "id": f"chatcmpl-fake-{number}", "object": "chat.completion", "created": int(time.time()),
        "model": FAKE_MODEL, "system_fingerprint": FAKE_FINGERPRINT,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                     "finish_reason": "stop", "logprobs": None}],
        "usage": {"prompt_tokens": 10, "completion_tokens": words, "total_tokens": 10 + words},
    }


def chunk_event(number: int, delta: dict, finish_reason: str | None = None) -> bytes:
    event = {"id": f"chatcmpl-fake-{number}", "object": "chat.completion.chunk", "created": int(time.time()),
             "model": FAKE_MODEL, "system_fingerprint": FAKE_FINGERPRINT,
             "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason, "logprobs": None}]}
    return f"data: {json.dumps(event)}\n\n".encode()


class _RawStream(Response):
    """A body written piece by piece as it comes (server-sent events, trickled answers)."""

    def __init__(self, events, media_type: str) -> None:
        super().__init__(media_type=media_type)
        self.events = events

    async def __call__(self, scope, receive, send) -> None:
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", self.media_type.encode()), (b"cache-control", b"no-cache")]})
        async for event in self.events:
            await send({"type": "http.response.body", "body": event, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})


class _Dropped(Response):
    """Promise a body, send a piece of it, then let the server close the connection."""

    async def __call__(self, scope, receive, send) -> None:
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", b"500")]})
        await send({"type": "http.response.body", "body": b'{"choices": [', "more_body": True})
        raise ConnectionAbortedError("the fake vendor drops the connection on purpose")


class _Closed(Response):
    """Close the socket before any status line, as a crashed vendor would.

    ASGI has no way to say this; uvicorn's ``receive`` is a method of its request cycle,
    which holds the transport.
    """

    async def __call__(self, scope, receive, send) -> None:
        receive.__self__.transport.close()
