"""Any OpenAI-compatible chat-completions endpoint, over httpx.

No-storage / no-training options (SOP 682.25 E)
-----------------------------------------------
What a vendor keeps is settled by its contract first; where the API has a per-request
switch, garda sets it in every request body (``PRIVACY_FIELDS``):

- OpenAI: ``"store": false`` — the completion is not kept for the dashboard, evals
  or distillation. (API data is not used for training by default; Zero Data
  Retention is a contract setting, not a request field.)
- Azure OpenAI, vLLM, llama.cpp's server, Ollama's OpenAI endpoint: no such field;
  they ignore ``store``. Retention is configured on the deployment.
- Other vendors with their own flag can be given different fields through the
  ``extra_body`` argument (per adapter; not yet a registry setting).

Faults
------
- Connection refused / DNS / TLS failure (nothing was sent): retried up to
  ``connect_retries`` times with a short backoff, then ``UpstreamError``.
- Once the request may have left, nothing is retried: a prompt is never sent twice.
- Timeouts -> ``UpstreamTimeout`` (504): connecting (at most 5 s), each read, and for a
  plain completion the whole answer. A stream may run longer than the timeout as long
  as no gap between two pieces exceeds it.
- 5xx, dropped connections, malformed JSON, an unexpected shape -> ``UpstreamError`` (502).
- 401/403 -> ``UpstreamError`` (``upstream_auth_failed``) without the vendor's message,
  which may quote part of the key.
- Other 4xx -> ``UpstreamError`` with the vendor's own message, shortened, and left out
  entirely if it quotes the prompt.

The API key is read from the environment variable the system names; it is never
stored in the database and never logged. Neither is any prompt or answer text.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from typing import Any, AsyncIterator

import httpx

from garda.errors import UpstreamError, UpstreamTimeout
from garda.upstreams.base import ChatRequest, ChatResult, StreamDelta

log = logging.getLogger(__name__)

PRIVACY_FIELDS: dict[str, Any] = {"store": False}
CONNECT_TIMEOUT_SECONDS = 5.0
CONNECT_RETRIES = 2
RETRY_BACKOFF_SECONDS = 0.25
VENDOR_MESSAGE_LIMIT = 200
JSON_CONTENT = {"Content-Type": "application/json"}


class OpenAICompatibleUpstream:
    """POST {base_url}/chat/completions, plain or as server-sent events."""

    name = "openai"

    def __init__(self, base_url: str, *, timeout_seconds: float, api_key: str | None = None,
                 missing_key_env: str | None = None, extra_body: dict[str, Any] | None = None,
                 connect_retries: int = CONNECT_RETRIES, retry_backoff: float = RETRY_BACKOFF_SECONDS,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout_seconds = timeout_seconds
        self.extra_body = dict(PRIVACY_FIELDS if extra_body is None else extra_body)
        self.connect_retries = connect_retries
        self.retry_backoff = retry_backoff
        self._missing_key_env = missing_key_env
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        timeout = httpx.Timeout(timeout_seconds, connect=min(CONNECT_TIMEOUT_SECONDS, timeout_seconds))
        self._client = httpx.AsyncClient(headers=headers, timeout=timeout, transport=transport)
        self._url = httpx.URL(f"{self.base_url}/chat/completions")
        # The transport the client itself would pick for this URL (its pool, or a proxy from the
        # environment). Requests go straight to it: the client's cookie jar, redirect and auth
        # handling cost more than the rest of the call and garda uses none of them (a vendor's
        # cookies must not be kept and sent back on other members' requests anyway).
        pick = getattr(self._client, "_transport_for_url", None)   # private in httpx 0.27/0.28: may go away
        self._transport = pick(self._url) if pick else None

    @classmethod
    def from_system(cls, system: Any, settings: Any, **options: Any) -> "OpenAICompatibleUpstream":
        if not system.base_url:
            raise UpstreamError(f"The system '{system.name}' has no upstream base URL.",
                                code="upstream_misconfigured")
        key_env = system.api_key_env
        api_key = os.environ.get(key_env) if key_env else None
        return cls(system.base_url, timeout_seconds=settings.upstream_timeout_seconds, api_key=api_key,
                   missing_key_env=key_env if key_env and not api_key else None, **options)

    async def complete(self, request: ChatRequest) -> ChatResult:
        """The whole answer within ``timeout_seconds`` overall, however slowly the bytes trickle in."""
        try:
            async with asyncio.timeout(self.timeout_seconds):
                return await self._complete(request)
        except TimeoutError:
            raise UpstreamTimeout("The AI system did not answer in time.") from None

    async def _complete(self, request: ChatRequest) -> ChatResult:
        response = await self._send(self._body(request, stream=False))
        try:
            try:
                await response.aread()
            finally:
                await response.aclose()
            self._raise_for_status(response, request)
            return parse_completion(_json(response))
        except httpx.TimeoutException as exc:
            raise _timeout(exc) from exc
        except httpx.TransportError as exc:
            raise _broken(exc) from exc

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamDelta]:
        response = await self._send(self._body(request, stream=True))
        try:
            if response.is_error:
                await response.aread()
                self._raise_for_status(response, request)
            async for delta in parse_event_stream(response.aiter_lines()):
                yield delta
        except httpx.TimeoutException as exc:
            raise _timeout(exc) from exc
        except httpx.TransportError as exc:
            raise _broken(exc) from exc
        finally:
            await response.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    def _body(self, request: ChatRequest, *, stream: bool) -> dict[str, Any]:
        body: dict[str, Any] = {"model": request.model, "messages": request.messages, **request.sampling()}
        if stream:
            body["stream"] = True
        return {**self.extra_body, **body}  # extra fields never replace the messages or parameters

    async def _send(self, body: dict[str, Any]) -> httpx.Response:
        """Send once; resend only when the connection could not even be opened. The response's
        body is not read yet."""
        if self._missing_key_env:
            raise UpstreamError(f"The API key variable {self._missing_key_env} is not set on the garda server.",
                                code="upstream_key_missing",
                                hint="The administrator must set the variable named in the system's key reference.")
        request = self._client.build_request("POST", self._url, content=_json_bytes(body), headers=JSON_CONTENT)
        for attempt in range(self.connect_retries + 1):
            try:
                if self._transport is None:
                    return await self._client.send(request, stream=True)
                return await self._transport.handle_async_request(request)
            except httpx.ConnectError as exc:
                if attempt == self.connect_retries:
                    raise UpstreamError("Could not connect to the AI system.", code="upstream_unreachable") from exc
                log.warning("upstream %s refused the connection; retry %d", request.url.host, attempt + 1)
                await asyncio.sleep(self.retry_backoff * (attempt + 1))
            except httpx.TimeoutException as exc:
                raise _timeout(exc) from exc
            except httpx.TransportError as exc:
                raise _broken(exc) from exc
        raise AssertionError("unreachable")

    def _raise_for_status(self, response: httpx.Response, request: ChatRequest) -> None:
        if response.status_code < 400:
            return
        log.warning("upstream answered HTTP %d", response.status_code)
        if response.status_code >= 500:
            raise UpstreamError(f"The AI system failed (HTTP {response.status_code}).",
                                details={"upstream_status": response.status_code})
        if response.status_code in (401, 403):
            # Vendors quote part of the key back ("Incorrect API key provided: sk-ab***yz"): say nothing of it.
            raise UpstreamError(f"The AI system refused garda's credentials (HTTP {response.status_code}).",
                                code="upstream_auth_failed", details={"upstream_status": response.status_code},
                                hint="The administrator must check the system's API key variable and the vendor account.")
        said = vendor_message(response, request)
        raise UpstreamError(f"The AI system refused the request (HTTP {response.status_code})"
                            + (f": {said}" if said else "."),
                            code="upstream_rejected", details={"upstream_status": response.status_code},
                            hint="Shorten or change the request; if it keeps failing, tell the AI coordinator.")


def parse_completion(payload: Any) -> ChatResult:
    try:
        choice = payload["choices"][0]
        content = choice["message"].get("content") or ""
        if not isinstance(content, str):
            raise TypeError("content is not text")
        return ChatResult(content=content, finish_reason=choice.get("finish_reason"),
                          model_version=model_version_of(payload), usage=payload.get("usage"))
    except (KeyError, IndexError, TypeError, AttributeError) as exc:
        raise _unexpected() from exc


async def parse_event_stream(lines: AsyncIterator[str]) -> AsyncIterator[StreamDelta]:
    """OpenAI chunk events (``data: {...}`` lines) up to ``data: [DONE]``."""
    finished = False
    async for line in lines:
        if not line.startswith("data:"):
            continue  # blank separators, comments (": ping"), "event:" lines
        data = line[len("data:"):].strip()
        if data == "[DONE]":
            return
        try:
            event = json.loads(data)
        except ValueError as exc:
            raise _unexpected() from exc
        delta = parse_chunk(event)
        if delta is not None:
            finished = finished or delta.finish_reason is not None
            yield delta
    if not finished:
        raise UpstreamError("The AI system's answer stopped before it was complete.", code="upstream_truncated")


def parse_chunk(event: Any) -> StreamDelta | None:
    if isinstance(event, dict) and "error" in event:
        raise UpstreamError("The AI system reported an error in the middle of its answer.")
    try:
        choices = event["choices"]
        if not choices:
            return None  # e.g. the usage-only chunk
        choice = choices[0]
        content = (choice.get("delta") or {}).get("content") or ""
        if not isinstance(content, str):
            raise TypeError("content is not text")
        return StreamDelta(content=content, finish_reason=choice.get("finish_reason"),
                           model_version=model_version_of(event))
    except (KeyError, IndexError, TypeError, AttributeError) as exc:
        raise _unexpected() from exc


def model_version_of(payload: dict) -> str | None:
    model, fingerprint = payload.get("model"), payload.get("system_fingerprint")
    if model and fingerprint:
        return f"{model} ({fingerprint})"
    return model or fingerprint or None


def vendor_message(response: httpx.Response, request: ChatRequest) -> str:
    """The vendor's error message, shortened; empty if it is missing or quotes the prompt."""
    try:
        error = response.json().get("error")
        said = error.get("message") if isinstance(error, dict) else error
    except (ValueError, AttributeError):
        return ""
    if not isinstance(said, str):
        return ""
    said = " ".join(said.split())[:VENDOR_MESSAGE_LIMIT]
    prompt = " ".join(" ".join(str(m.get("content", "")) for m in request.messages).split())
    return "" if quotes(said, prompt) else said


def quotes(text: str, source: str, window: int = 16) -> bool:
    """True if ``text`` repeats any ``window`` characters of ``source``."""
    if len(text) < window:
        return bool(text) and text in source
    return any(text[i:i + window] in source for i in range(len(text) - window + 1))


def _json_bytes(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError as exc:
        raise _unexpected() from exc


def _unexpected() -> UpstreamError:
    return UpstreamError("The AI system sent an answer garda could not read.", code="upstream_bad_response")


def _timeout(exc: httpx.TimeoutException) -> UpstreamTimeout:
    phase = "connect" if isinstance(exc, httpx.ConnectTimeout) else "answer"
    return UpstreamTimeout(f"The AI system did not {phase} in time.")


def _broken(exc: httpx.TransportError) -> UpstreamError:
    return UpstreamError(f"The connection to the AI system failed ({type(exc).__name__}).")
