"""Administrators' pages: members (create, roles and groups, disable, unlock, reset factor,
temporary password) and every API key."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from garda.audit.events import AuditEvent
from garda.errors import GardaError, NotAuthorized
from garda.people.clock import as_utc
from garda.people.keys import list_keys, revoke_api_key
from garda.people.models import User
from garda.people.passwords import temporary_password
from garda.people.permissions import Permission, Role
from garda.people.sessions import live_sessions
from garda.people.training import training_status
from garda.people.users import (create_user, end_sessions, list_users, reset_factor, set_disabled, set_groups,
                                set_password, set_roles, unlock_user, user_by_badge)
from garda.store.base import utcnow
from garda.web.account import key_view
from garda.web.pages import Pages
from garda.web.security import Viewer, require, rules_of, trail_of


def add_admin_routes(router: APIRouter, pages: Pages) -> None:

    @router.get("/admin/users")
    async def users_page(request: Request, viewer: Viewer = Depends(require(Permission.PEOPLE_USER_LIST))) -> Response:
        return await _users_page(request, pages, viewer)

    @router.post("/admin/users")
    async def user_create(request: Request,
                          viewer: Viewer = Depends(require(Permission.PEOPLE_USER_MANAGE, reauth_minutes=5))) -> Response:
        form = await request.form()
        temporary = temporary_password()
        rules, trail = rules_of(request), trail_of(request, viewer.badge)

        def create(session):
            user = create_user(session, badge=str(form.get("badge", "")), name=str(form.get("name", "")),
                               email=str(form.get("email", "")), rank=str(form.get("rank", "")),
                               unit=str(form.get("unit", "")), groups=_split(form.get("groups")),
                               roles=[str(r) for r in form.getlist("roles")] or ["member"],
                               password=temporary, policy=rules.password, trail=trail)
            return user.badge

        try:
            badge = await request.app.state.db.awrite(create)
        except GardaError as error:
            return await _users_page(request, pages, viewer, problem=error.message, status=error.status)
        return pages.render(request, "message.html", viewer=viewer, heading=f"Member {badge} created",
                            secret=temporary, back=f"/admin/users/{badge}",
                            flash="Give the member this temporary password in person. At first sign-in they "
                                  "choose their own and enroll their authenticator app.")

    @router.get("/admin/users/{badge}")
    async def user_page(request: Request, badge: str,
                        viewer: Viewer = Depends(require(Permission.PEOPLE_USER_LIST))) -> Response:
        return await _user_page(request, pages, viewer, badge)

    @router.post("/admin/users/{badge}/access")
    async def user_access(request: Request, badge: str,
                          viewer: Viewer = Depends(require(Permission.PEOPLE_ROLE_ASSIGN, reauth_minutes=5))) -> Response:
        form = await request.form()
        trail = trail_of(request, viewer.badge)

        def change(session):
            user = user_by_badge(session, badge)
            if user.id == viewer.user_id:
                raise NotAuthorized("Another administrator must change your own roles and groups.",
                                    code="own_roles")
            set_roles(session, user, [str(r) for r in form.getlist("roles")], trail=trail)
            set_groups(session, user, _split(form.get("groups")), trail=trail)

        return await _act(request, pages, viewer, badge, change, "Roles and groups saved.")

    @router.post("/admin/users/{badge}/disable")
    async def user_disable(request: Request, badge: str,
                           viewer: Viewer = Depends(require(Permission.PEOPLE_USER_MANAGE, reauth_minutes=5))) -> Response:
        trail = trail_of(request, viewer.badge)

        def disable(session):
            user = user_by_badge(session, badge)
            if user.id == viewer.user_id:
                raise NotAuthorized("You cannot disable your own account.", code="own_account")
            set_disabled(session, user, True, trail=trail)

        return await _act(request, pages, viewer, badge, disable, "Member disabled; their keys and sessions stopped.")

    @router.post("/admin/users/{badge}/enable")
    async def user_enable(request: Request, badge: str,
                          viewer: Viewer = Depends(require(Permission.PEOPLE_USER_MANAGE, reauth_minutes=5))) -> Response:
        trail = trail_of(request, viewer.badge)
        return await _act(request, pages, viewer, badge,
                          lambda s: set_disabled(s, user_by_badge(s, badge), False, trail=trail), "Member enabled.")

    @router.post("/admin/users/{badge}/unlock")
    async def user_unlock(request: Request, badge: str,
                          viewer: Viewer = Depends(require(Permission.PEOPLE_USER_MANAGE))) -> Response:
        trail = trail_of(request, viewer.badge)
        return await _act(request, pages, viewer, badge,
                          lambda s: unlock_user(s, user_by_badge(s, badge), trail=trail), "Lockout released.")

    @router.post("/admin/users/{badge}/reset-factor")
    async def user_reset_factor(request: Request, badge: str,
                                viewer: Viewer = Depends(require(Permission.PEOPLE_USER_MANAGE, reauth_minutes=5))) -> Response:
        trail = trail_of(request, viewer.badge)
        return await _act(request, pages, viewer, badge,
                          lambda s: reset_factor(s, user_by_badge(s, badge), trail=trail),
                          "Second factor reset: the member enrolls again at next sign-in.")

    @router.post("/admin/users/{badge}/end-sessions")
    async def user_end_sessions(request: Request, badge: str,
                                viewer: Viewer = Depends(require(Permission.PEOPLE_USER_MANAGE))) -> Response:
        trail = trail_of(request, viewer.badge)

        def end(session):
            user = user_by_badge(session, badge)
            ended = end_sessions(session, user.id, reason="ended_by_administrator",
                                 except_id=viewer.session_id)
            trail.record(session, AuditEvent.PEOPLE_SESSION_ENDED, user=user.badge, sessions=ended,
                         reason="ended_by_administrator")

        return await _act(request, pages, viewer, badge, end, "The member's web sessions were ended.")

    @router.post("/admin/users/{badge}/password")
    async def user_password(request: Request, badge: str,
                            viewer: Viewer = Depends(require(Permission.PEOPLE_USER_MANAGE, reauth_minutes=5))) -> Response:
        temporary = temporary_password()
        rules, trail = rules_of(request), trail_of(request, viewer.badge)

        def reset(session):
            user = user_by_badge(session, badge)
            set_password(session, user, temporary, policy=rules.password, trail=trail, temporary=True)
            end_sessions(session, user.id, reason="password_reset")

        await request.app.state.db.awrite(reset)
        return pages.render(request, "message.html", viewer=viewer, heading=f"Temporary password for {badge}",
                            secret=temporary, back=f"/admin/users/{badge}",
                            flash="Give it to the member in person; they must choose their own at next sign-in.")

    @router.get("/admin/keys")
    async def keys_page(request: Request, viewer: Viewer = Depends(require(Permission.PEOPLE_KEY_LIST_ANY))) -> Response:
        def load(session):
            owners = {u.id: u.badge for u in list_users(session)}
            return [key_view(k, owners.get(k.user_id)) for k in list_keys(session)]

        keys = await request.app.state.db.aread(load)
        return pages.render(request, "admin_keys.html", viewer=viewer, keys=keys,
                            can_revoke=viewer.can(Permission.PEOPLE_KEY_REVOKE_ANY))

    @router.post("/admin/keys/{key_id}/revoke")
    async def key_revoke_any(request: Request, key_id: int,
                             viewer: Viewer = Depends(require(Permission.PEOPLE_KEY_REVOKE_ANY, reauth_minutes=5))) -> Response:
        trail = trail_of(request, viewer.badge)
        await request.app.state.db.awrite(
            lambda s: revoke_api_key(s, key_id, by_user=s.get(User, viewer.user_id), trail=trail))
        return RedirectResponse("/admin/keys", status_code=303)


async def _act(request: Request, pages: Pages, viewer: Viewer, badge: str, change, done: str) -> Response:
    try:
        await request.app.state.db.awrite(change)
    except GardaError as error:
        if error.status == 404:
            raise
        return await _user_page(request, pages, viewer, badge, problem=error.message, status=error.status)
    return await _user_page(request, pages, viewer, badge, flash=done)


async def _users_page(request: Request, pages: Pages, viewer: Viewer, *, problem: str | None = None,
                      status: int = 200) -> Response:
    now = utcnow()

    def load(session):
        return [{"badge": u.badge, "name": u.name, "rank": u.rank, "unit": u.unit, "roles": u.roles,
                 "groups": u.groups, "enrolled": u.enrolled, "disabled": u.disabled,
                 "locked": bool(u.locked_until and as_utc(u.locked_until) > now)} for u in list_users(session)]

    users = await request.app.state.db.aread(load)
    return pages.render(request, "admin_users.html", viewer=viewer, users=users, roles=[r.value for r in Role],
                        can_manage=viewer.can(Permission.PEOPLE_USER_MANAGE), problem=problem, status=status)


async def _user_page(request: Request, pages: Pages, viewer: Viewer, badge: str, *, flash: str | None = None,
                     problem: str | None = None, status: int = 200) -> Response:
    now = utcnow()

    def load(session):
        user = user_by_badge(session, badge)
        return {"user": {"badge": user.badge, "name": user.name, "rank": user.rank, "unit": user.unit,
                         "email": user.email, "roles": sorted(user.roles or []), "groups": sorted(user.groups or []),
                         "enrolled": user.enrolled, "disabled": user.disabled, "failed_logins": user.failed_logins,
                         "locked_until": as_utc(user.locked_until) if user.locked_until and
                         as_utc(user.locked_until) > now else None},
                "keys": [key_view(k) for k in list_keys(session, user.id)],
                "sessions": [{"created_at": w.created_at, "last_seen_at": w.last_seen_at, "stage": w.stage,
                              "address": w.source_address, "user_agent": w.user_agent}
                             for w in live_sessions(session, user.id)],
                "training": training_status(session, user.id)}

    data = await request.app.state.db.aread(load)
    return pages.render(request, "admin_user.html", viewer=viewer, roles=[r.value for r in Role],
                        can_manage=viewer.can(Permission.PEOPLE_USER_MANAGE),
                        can_assign=viewer.can(Permission.PEOPLE_ROLE_ASSIGN),
                        can_revoke=viewer.can(Permission.PEOPLE_KEY_REVOKE_ANY),
                        flash=flash, problem=problem, status=status, **data)


def _split(value) -> list[str]:
    return [part.strip() for part in str(value or "").replace(";", ",").split(",") if part.strip()]
