"""What every web route states in one line, and where it is enforced.

    viewer: Viewer = Depends(require(Permission.PEOPLE_KEY_CREATE_OWN, reauth_minutes=5))

``require`` finds the server-side session behind the cookie (ending it if it idled out
or its member was disabled), sends a half-signed-in member on to the next sign-in step,
checks the permission, checks the CSRF token on every form post, sends the member to
acknowledge the policy in force, and asks for the second factor again when the last one
is older than ``reauth_minutes``. ``public`` and ``in_stage`` mark the sign-in pages.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Awaitable, Callable
from urllib.parse import quote, urlsplit

from fastapi import Request
from fastapi.routing import APIRoute
from starlette.responses import RedirectResponse, Response

from garda.audit.events import AuditEvent
from garda.errors import BadRequest, GardaError, NotAuthorized
from garda.people.acknowledgements import has_acknowledged
from garda.people.models import User, WebSession
from garda.people.permissions import Permission, permissions_of
from garda.people.rules import AccessRules
from garda.people.sessions import Stage, find_session, reauthenticated_within
from garda.people.trail import Trail

SESSION_COOKIE = "garda_session"
PRE_CSRF_COOKIE = "garda_signin_csrf"
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
ACKNOWLEDGE_PATH = "/account/policy"
STAGE_PAGES = {Stage.SECOND_FACTOR: "/signin/code", Stage.ENROLL: "/signin/enroll",
               Stage.CHANGE_PASSWORD: "/signin/new-password"}
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


class Redirect(Exception):
    """Raised by a dependency to send the browser elsewhere (303); WebRoute turns it into a response."""

    def __init__(self, location: str, *, clear_session: bool = False) -> None:
        super().__init__(location)
        self.location = location
        self.clear_session = clear_session


@dataclass(frozen=True)
class Viewer:
    """The signed-in member behind a request (a snapshot; no ORM object leaves the session)."""

    user_id: int
    badge: str
    name: str
    roles: frozenset[str]
    groups: frozenset[str]
    session_id: int
    stage: str
    csrf_token: str
    second_factor_at: datetime | None
    permissions: frozenset[Permission]

    def can(self, permission: Permission | str) -> bool:
        return permission in self.permissions


@dataclass(frozen=True)
class Requirement:
    """What a route needs; kept on the dependency so tests and docs can read the route table."""

    permission: Permission | None
    reauth_minutes: int | None = None
    stage: Stage | None = None          # a sign-in page for a half-signed-in session
    any_session: bool = False           # sign-out: any live session


def require(permission: Permission, *, reauth_minutes: int | None = None) -> Callable[[Request], Awaitable[Viewer]]:
    async def dependency(request: Request) -> Viewer:
        return await _check(request, dependency.requirement)

    dependency.requirement = Requirement(permission, reauth_minutes)  # type: ignore[attr-defined]
    return dependency


def in_stage(stage: Stage) -> Callable[[Request], Awaitable[Viewer]]:
    async def dependency(request: Request) -> Viewer:
        return await _check(request, dependency.requirement)

    dependency.requirement = Requirement(None, stage=stage)  # type: ignore[attr-defined]
    return dependency


def any_session() -> Callable[[Request], Awaitable[Viewer | None]]:
    async def dependency(request: Request) -> Viewer | None:
        return await _check(request, dependency.requirement)

    dependency.requirement = Requirement(None, any_session=True)  # type: ignore[attr-defined]
    return dependency


async def public(request: Request) -> None:
    """No sign-in needed (the sign-in page, static files). Form posts still carry a CSRF token."""
    if request.method in UNSAFE:
        form = await request.form()
        cookie = request.cookies.get(PRE_CSRF_COOKIE, "")
        if not cookie or not hmac.compare_digest(str(form.get("csrf", "")), cookie):
            await _refuse_form(request, None)


public.requirement = Requirement(None)  # type: ignore[attr-defined]


def csrf_error() -> NotAuthorized:
    return NotAuthorized("This form has expired or did not come from garda. Reload the page and try again.",
                         code="csrf_failed", hint="Reload the page and submit the form again.")


def rules_of(request: Request) -> AccessRules:
    return AccessRules.from_settings(request.app.state.settings)


def trail_of(request: Request, actor: str | None) -> Trail:
    return Trail(request.app.state.audit, actor, source_address=client_address(request),
                 user_agent=(request.headers.get("user-agent") or "")[:300] or None)


def client_address(request: Request) -> str | None:
    return request.client.host if request.client else None


def policy_version(request: Request) -> str:
    pack = getattr(getattr(request.app.state, "services", None), "pack", None)
    return str(getattr(pack, "version", None) or "unversioned")


def new_pre_csrf() -> str:
    return secrets.token_urlsafe(32)


async def _check(request: Request, need: Requirement) -> Any:
    rules = rules_of(request)
    token = request.cookies.get(SESSION_COOKIE)
    version = policy_version(request)
    trail = trail_of(request, None)

    def load(session):
        found = find_session(session, token, rules, trail=trail)
        if found is None:
            return None
        web, user = found
        acknowledged = has_acknowledged(session, user.id, version) if web.stage == Stage.ACTIVE else True
        return _snapshot(web, user), acknowledged

    loaded = await request.app.state.db.awrite(load) if token else None
    if loaded is None:
        if need.any_session:
            return None
        ended = "&ended=1" if token else ""
        raise Redirect(f"/signin?next={quote(_next_path(request))}{ended}", clear_session=bool(token))
    viewer, acknowledged = loaded
    if need.any_session:
        await _check_csrf(request, viewer)
        return viewer
    if need.stage is not None or viewer.stage != Stage.ACTIVE:
        if viewer.stage != (need.stage or Stage.ACTIVE):
            raise Redirect(STAGE_PAGES.get(Stage(viewer.stage), "/account"))
        await _check_csrf(request, viewer)
        return viewer
    if need.permission is not None and not viewer.can(need.permission):
        await _record(request, viewer.badge, AuditEvent.PEOPLE_ACCESS_DENIED, permission=need.permission.value)
        raise NotAuthorized(f"Your role does not allow this page (it needs '{need.permission.value}').",
                            code="permission_denied",
                            hint="Ask an administrator if your duties need this permission.")
    await _check_csrf(request, viewer)
    if not acknowledged and request.url.path != ACKNOWLEDGE_PATH:
        raise Redirect(ACKNOWLEDGE_PATH)
    window = min(timedelta(minutes=need.reauth_minutes or 0), rules.reauth)   # the setting may only shorten it
    if need.reauth_minutes and not reauthenticated_within(viewer.second_factor_at, window):
        raise Redirect(f"/reauth?next={quote(_next_path(request))}")
    return viewer


async def _check_csrf(request: Request, viewer: Viewer) -> None:
    if request.method not in UNSAFE:
        return
    form = await request.form()
    if not hmac.compare_digest(str(form.get("csrf", "")), viewer.csrf_token):
        await _refuse_form(request, viewer.badge)


async def _refuse_form(request: Request, actor: str | None) -> None:
    await _record(request, actor, AuditEvent.PEOPLE_FORM_REFUSED, reason="csrf")
    raise csrf_error()


async def _record(request: Request, actor: str | None, event: AuditEvent, **details: Any) -> None:
    trail = trail_of(request, actor)
    await request.app.state.db.awrite(lambda session: trail.record(session, event, path=request.url.path,
                                                                   method=request.method, **details))


def _snapshot(web: WebSession, user: User) -> Viewer:
    roles = frozenset(user.roles or [])
    return Viewer(user_id=user.id, badge=user.badge, name=user.name, roles=roles,
                  groups=frozenset(user.groups or []), session_id=web.id, stage=web.stage,
                  csrf_token=web.csrf_token, second_factor_at=web.second_factor_at,
                  permissions=permissions_of(roles))


def _next_path(request: Request) -> str:
    """Where to come back to: the page itself, or for a form post the page the form was on."""
    if request.method not in UNSAFE:
        return request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return safe_next(urlsplit(request.headers.get("referer", "")).path or "/account")


def safe_next(value: str | None) -> str:
    """Only a local path: never another site (open redirect)."""
    value = value or "/account"
    if not value.startswith("/") or value.startswith("//") or "\\" in value or len(value) > 500:
        return "/account"
    return value


class WebRoute(APIRoute):
    """Turns Redirect into a 303 and GardaError into the HTML error page; adds security headers.

    ``web_router`` makes a subclass with ``pages`` set (garda.web.pages.Pages).
    """

    pages: Any = None

    def get_route_handler(self) -> Callable[[Request], Awaitable[Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                response = await handler(request)
            except Redirect as redirect:
                response = RedirectResponse(redirect.location, status_code=303)
                if redirect.clear_session:
                    response.delete_cookie(SESSION_COOKIE, path="/")
            except GardaError as error:
                response = self.pages.error(request, error)
            for name, value in SECURITY_HEADERS.items():
                response.headers.setdefault(name, value)
            return response

        return route


def form_error(message: str, code: str = "invalid_form") -> BadRequest:
    return BadRequest(message, code=code, hint="Correct the form and submit it again.")


def route_requirements(router) -> list[tuple[str, str, Requirement]]:
    """(method, path, requirement) for every route; a route with no stated requirement raises."""
    table = []
    for route in router.routes:
        found = [d.call.requirement for d in route.dependant.dependencies if hasattr(d.call, "requirement")]
        if len(found) != 1:
            raise AssertionError(f"{route.path} states {len(found)} requirements; it must state exactly one")
        for method in sorted(route.methods):
            table.append((method, route.path, found[0]))
    return table


def describe(requirement: Requirement) -> tuple[str, str]:
    """How docs/permissions.md writes a requirement: (needs, re-auth)."""
    if requirement.permission is not None:
        needs = f"`{requirement.permission.value}`"
    elif requirement.stage is not None:
        needs = f"sign-in step `{requirement.stage.value}`"
    elif requirement.any_session:
        needs = "any session"
    else:
        needs = "public"
    return needs, f"{requirement.reauth_minutes} min" if requirement.reauth_minutes else ""
