"""The web pages as one APIRouter, for the app factory to include.

    app.include_router(web_router())

It needs on ``app.state``: ``db`` (garda.store.database.Database: ``awrite``/``aread``),
``audit`` (garda.audit.log.AuditLog), ``settings`` (garda.settings.Settings), and, if
present, ``services.pack`` (the policy pack, whose version members acknowledge).
Every route states its requirement in one line: ``Depends(require(...))``, ``Depends(public)``,
``Depends(in_stage(...))`` or ``Depends(any_session())``; docs/permissions.md lists them.

Another package's pages: ``router = page_router(Pages(("garda.registry",)), prefix="/systems")``,
routes with ``viewer: Viewer = Depends(require(Permission.REGISTRY_SYSTEM_APPROVE, reauth_minutes=5))``,
templates that ``{% extends "base.html" %}``, and a row per route in docs/permissions.md.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from fastapi.responses import Response

from garda.errors import NotFound
from garda.web.account import add_account_routes
from garda.web.admin import add_admin_routes
from garda.web.pages import Pages, static_file
from garda.web.security import WebRoute, public
from garda.web.signin import add_signin_routes
from garda.web.training import add_training_routes


def page_router(pages: Pages, **kwargs: Any) -> APIRouter:
    """An APIRouter for server-rendered pages: ``require`` redirects (sign-in, re-authentication,
    policy acknowledgement) become 303s, GardaErrors become the HTML error page, and every
    response gets the security headers. Other packages build their page routers with this."""
    route_class = type("GardaWebRoute", (WebRoute,), {"pages": pages})
    return APIRouter(route_class=route_class, include_in_schema=False, **kwargs)


def web_router(pages: Pages | None = None) -> APIRouter:
    pages = pages or Pages()
    router = page_router(pages)
    add_signin_routes(router, pages)
    add_account_routes(router, pages)
    add_admin_routes(router, pages)
    add_training_routes(router, pages)

    @router.get("/static/garda/{name}")
    async def static(name: str, _: None = Depends(public)) -> Response:
        found = static_file(name)
        if found is None:
            raise NotFound("No such file.")
        body, media_type = found
        return Response(body, media_type=media_type, headers={"Cache-Control": "public, max-age=3600"})

    return router
