"""The one place errors become responses: OpenAI's JSON error shape under /v1, HTML elsewhere."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from garda.errors import BadRequest, GardaError, NotFound

log = logging.getLogger("garda")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(GardaError, _garda_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected_error)


def render_error(request: Request, exc: GardaError) -> Response:
    headers = {"Cache-Control": "no-store"}
    if _wants_json(request):
        return JSONResponse(exc.to_dict(), status_code=exc.status, headers=headers)
    html = (f"<!doctype html><title>{exc.status}</title><main><h1>{_escape(exc.message)}</h1>"
            f"<p>{_escape(exc.hint)}</p></main>")
    return HTMLResponse(html, status_code=exc.status, headers=headers)


async def _garda_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, GardaError)
    return render_error(request, exc)


async def _validation_error(request: Request, exc: Exception) -> Response:
    return render_error(request, BadRequest("The request is not in the expected shape."))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404:
        return render_error(request, NotFound(f"No such path: {request.url.path}"))
    error = GardaError(str(exc.detail), code=f"http_{exc.status_code}", hint="Check the method and path.")
    error.status = exc.status_code
    error.error_type = "invalid_request_error" if exc.status_code < 500 else "server_error"
    return render_error(request, error)


async def _unexpected_error(request: Request, exc: Exception) -> Response:
    # Only the exception type is logged: its message could quote prompt text.
    log.error("unexpected error on %s %s: %s", request.method, request.url.path, type(exc).__name__)
    return render_error(request, GardaError("garda hit an unexpected error; nothing was forwarded."))


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/v1") or "application/json" in request.headers.get("accept", "")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
