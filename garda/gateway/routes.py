"""The OpenAI-compatible API: POST /v1/chat/completions and GET /v1/models."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, StreamingResponse

from garda.gateway import wire
from garda.gateway.access import Caller
from garda.gateway.pipeline import chat_completion
from garda.gateway.services import Services

router = APIRouter(prefix="/v1")


def _services(request: Request) -> Services:
    return request.app.state.services


def _caller(request: Request) -> Caller:
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    return Caller(api_key=token.strip() if scheme.lower() == "bearer" and token.strip() else None,
                  purpose_header=request.headers.get("x-garda-purpose"),
                  source_address=request.client.host if request.client else None,
                  user_agent=request.headers.get("user-agent"))


# Permission: gateway:chat:create (a valid API key of an authorized, trained member; checked in the pipeline)
@router.post("/chat/completions")
async def chat_completions(request: Request):
    raw = await _read_limited(request, _services(request).settings.max_body_bytes)
    outcome = await chat_completion(_services(request), raw, _caller(request))
    if isinstance(outcome, dict):
        return JSONResponse(outcome, headers={"X-Garda-Request-Id": outcome["garda"]["request_id"],
                                              "Cache-Control": "no-store"})
    return StreamingResponse(outcome, media_type="text/event-stream",
                             headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})


# Permission: gateway:models:list (a valid API key; lists only the systems the caller may use now)
@router.get("/models")
async def list_models(request: Request):
    from garda.gateway.models_list import usable_systems

    systems = await usable_systems(_services(request), _caller(request))
    return {"object": "list", "data": [wire.model_entry(s) for s in systems]}


async def _read_limited(request: Request, limit: int) -> bytes:
    """Read at most limit+1 bytes, so an oversized body is refused without buffering all of it."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        chunks.append(chunk)
        if size > limit:
            break
    return b"".join(chunks)
