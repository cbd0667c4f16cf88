"""A member's own pages: account and training status, policy acknowledgement, password, API keys."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from garda.errors import GardaError, NotFound
from garda.people.acknowledgements import acknowledge, acknowledgements_of, has_acknowledged
from garda.people.keys import create_api_key, key_state, list_keys, revoke_api_key
from garda.people.models import ApiKey, User
from garda.people.passwords import verify_password
from garda.people.permissions import Permission
from garda.people.training import training_status
from garda.people.users import end_sessions, set_password
from garda.store.base import utcnow
from garda.web.pages import Pages
from garda.web.security import Viewer, form_error, policy_version, require, rules_of, trail_of

KEY_LIFETIMES = {"30": 30, "90": 90, "180": 180, "365": 365}


def add_account_routes(router: APIRouter, pages: Pages) -> None:

    @router.get("/account")
    async def account(request: Request, viewer: Viewer = Depends(require(Permission.PEOPLE_ACCOUNT_VIEW))) -> Response:
        rules = rules_of(request)

        def load(session):
            user = session.get(User, viewer.user_id)
            return {"user": _user_view(user),
                    "training": training_status(session, user.id, warning_days=rules.warning_days),
                    "acknowledgements": [(a.policy_version, a.acknowledged_at) for a in
                                         acknowledgements_of(session, user.id)],
                    "active_keys": sum(1 for k in list_keys(session, user.id) if key_state(k) == "active")}

        data = await request.app.state.db.aread(load)
        return pages.render(request, "account.html", viewer=viewer, **data)

    @router.get("/account/policy")
    async def policy_page(request: Request,
                          viewer: Viewer = Depends(require(Permission.PEOPLE_POLICY_ACKNOWLEDGE))) -> Response:
        version = policy_version(request)
        done = await request.app.state.db.aread(lambda s: has_acknowledged(s, viewer.user_id, version))
        return pages.render(request, "policy.html", viewer=viewer, version=version, done=done,
                            rules=_policy_rules(request))

    @router.post("/account/policy")
    async def policy_acknowledge(request: Request,
                                 viewer: Viewer = Depends(require(Permission.PEOPLE_POLICY_ACKNOWLEDGE))) -> Response:
        form = await request.form()
        version = policy_version(request)
        if form.get("acknowledge") != "yes":
            raise form_error("Tick the box to acknowledge the policy.")
        trail = trail_of(request, viewer.badge)
        await request.app.state.db.awrite(
            lambda s: acknowledge(s, s.get(User, viewer.user_id), version, trail=trail))
        return RedirectResponse("/account", status_code=303)

    @router.get("/account/password")
    async def password_page(request: Request,
                            viewer: Viewer = Depends(require(Permission.PEOPLE_PASSWORD_CHANGE_OWN))) -> Response:
        return _password_form(request, pages, viewer)

    @router.post("/account/password")
    async def password_change(request: Request,
                              viewer: Viewer = Depends(require(Permission.PEOPLE_PASSWORD_CHANGE_OWN))) -> Response:
        form = await request.form()
        current, password = str(form.get("current", "")), str(form.get("password", ""))
        if password != str(form.get("confirm", "")):
            return _password_form(request, pages, viewer, problem="The two new passwords differ.")
        rules, trail = rules_of(request), trail_of(request, viewer.badge)

        def change(session):
            user = session.get(User, viewer.user_id)
            if not verify_password(user.password_hash, current[:256]):
                raise form_error("The current password is not right.", code="wrong_password")
            set_password(session, user, password, policy=rules.password, trail=trail)
            end_sessions(session, user.id, reason="password_changed", except_id=viewer.session_id)

        try:
            await request.app.state.db.awrite(change)
        except GardaError as error:
            return _password_form(request, pages, viewer, problem=error.message)
        return pages.render(request, "message.html", viewer=viewer, heading="Password changed",
                            flash="Your password is changed. Your other sessions were signed out.")

    @router.get("/account/keys")
    async def keys_page(request: Request, viewer: Viewer = Depends(require(Permission.PEOPLE_ACCOUNT_VIEW))) -> Response:
        return await _keys_page(request, pages, viewer)

    @router.post("/account/keys")
    async def key_create(request: Request,
                         viewer: Viewer = Depends(require(Permission.PEOPLE_KEY_CREATE_OWN, reauth_minutes=5))) -> Response:
        form = await request.form()
        days = KEY_LIFETIMES.get(str(form.get("lifetime", "90")))
        if days is None:
            raise form_error("Choose a lifetime for the key.")
        chosen = [str(v) for v in form.getlist("systems")] or None
        trail = trail_of(request, viewer.badge)

        def create(session):
            user = session.get(User, viewer.user_id)
            key, raw = create_api_key(session, user, name=str(form.get("name", ""))[:200],
                                      expires_at=utcnow() + timedelta(days=days), systems=chosen, trail=trail)
            return key.name, raw

        try:
            name, raw = await request.app.state.db.awrite(create)
        except GardaError as error:
            return await _keys_page(request, pages, viewer, problem=error.message, status=error.status)
        return await _keys_page(request, pages, viewer, new_key=raw, new_key_name=name)

    @router.post("/account/keys/{key_id}/revoke")
    async def key_revoke(request: Request, key_id: int,
                         viewer: Viewer = Depends(require(Permission.PEOPLE_KEY_REVOKE_OWN))) -> Response:
        trail = trail_of(request, viewer.badge)

        def revoke(session):
            key = session.get(ApiKey, key_id)
            if key is None or key.user_id != viewer.user_id:
                raise NotFound("No such API key.", code="key_not_found")
            revoke_api_key(session, key_id, by_user=session.get(User, viewer.user_id), trail=trail)

        await request.app.state.db.awrite(revoke)
        return RedirectResponse("/account/keys", status_code=303)


async def _keys_page(request: Request, pages: Pages, viewer: Viewer, *, new_key: str | None = None,
                     new_key_name: str | None = None, problem: str | None = None, status: int = 200) -> Response:
    def load(session):
        from garda.registry.systems import list_systems, may_use

        keys = [key_view(k) for k in list_keys(session, viewer.user_id)]
        systems = [s.name for s in list_systems(session)
                   if may_use(s, groups=viewer.groups, key_systems=None)]
        return keys, systems

    keys, systems = await request.app.state.db.aread(load)
    return pages.render(request, "keys.html", viewer=viewer, keys=keys, systems=systems, new_key=new_key,
                        new_key_name=new_key_name, lifetimes=list(KEY_LIFETIMES), problem=problem, status=status,
                        can_create=viewer.can(Permission.PEOPLE_KEY_CREATE_OWN))


def key_view(key: ApiKey, owner: str | None = None) -> dict:
    return {"id": key.id, "name": key.name, "prefix": key.prefix, "systems": key.systems, "owner": owner,
            "created_at": key.created_at, "expires_at": key.expires_at, "last_used_at": key.last_used_at,
            "state": key_state(key)}


def _user_view(user: User) -> dict:
    return {"badge": user.badge, "name": user.name, "rank": user.rank, "unit": user.unit, "email": user.email,
            "roles": sorted(user.roles or []), "groups": sorted(user.groups or []),
            "enrolled": user.enrolled, "password_changed_at": user.password_changed_at}


def _policy_rules(request: Request) -> list[tuple[str, str, str]]:
    pack = getattr(getattr(request.app.state, "services", None), "pack", None)
    return [(str(getattr(r, "id", "")), str(getattr(r, "section", "")), str(getattr(r, "title", "")))
            for r in getattr(pack, "rules", []) or []]


def _password_form(request: Request, pages: Pages, viewer: Viewer, *, problem: str | None = None) -> Response:
    return pages.render(request, "new_password.html", viewer=viewer, heading="Change your password",
                        action="/account/password", ask_current=True,
                        min_length=rules_of(request).password.min_length,
                        problem=problem, status=400 if problem else 200)
