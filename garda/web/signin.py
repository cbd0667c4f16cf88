"""Sign-in pages: password, second factor (or first enrollment), new password, re-authentication, sign-out."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from garda.audit.events import AuditEvent
from garda.errors import GardaError
from garda.people.models import User, WebSession
from garda.people.permissions import Permission
from garda.people.sessions import Stage, advance, end_session, open_session
from garda.people.signin import check_code_step, check_password_step, record_success
from garda.people.totp import FactorCipher, finish_enrollment, provisioning_uri, qr_svg, new_secret
from garda.people.users import set_password
from garda.store.base import utcnow
from garda.web.pages import Pages
from garda.web.security import (PRE_CSRF_COOKIE, SESSION_COOKIE, STAGE_PAGES, Viewer, any_session, client_address, in_stage,
                                new_pre_csrf, public, require, rules_of, safe_next, trail_of)

ISSUER = "garda"


def add_signin_routes(router: APIRouter, pages: Pages) -> None:

    @router.get("/signin")
    async def signin_page(request: Request, next: str = "/account", ended: int = 0,
                          _: None = Depends(public)) -> Response:
        return _signin_form(request, pages, next=next,
                            flash="Your session has ended. Please sign in again." if ended else None)

    @router.post("/signin")
    async def signin(request: Request, _: None = Depends(public)) -> Response:
        form = await request.form()
        badge, password = str(form.get("badge", ""))[:64], str(form.get("password", ""))
        rules, trail = rules_of(request), trail_of(request, None)

        def step(session):
            outcome = check_password_step(session, badge, password, rules, trail)
            if not outcome.ok:
                return outcome.error, None, None
            stage = Stage.SECOND_FACTOR if outcome.user.enrolled else Stage.ENROLL
            _, raw = open_session(session, outcome.user, stage, address=client_address(request),
                                  user_agent=request.headers.get("user-agent"))
            return None, raw, stage

        error, raw, stage = await request.app.state.db.awrite(step)
        if error is not None:
            return _signin_form(request, pages, next=str(form.get("next", "")), badge=badge, error=error)
        first = STAGE_PAGES[stage]
        response = RedirectResponse(f"{first}?next={quote(safe_next(str(form.get('next', ''))))}",
                                    status_code=303)
        set_session_cookie(request, response, raw)
        response.delete_cookie(PRE_CSRF_COOKIE, path="/")
        return response

    @router.get("/signin/code")
    async def code_page(request: Request, next: str = "/account",
                        viewer: Viewer = Depends(in_stage(Stage.SECOND_FACTOR))) -> Response:
        return _code_form(request, pages, viewer, next=next)

    @router.post("/signin/code")
    async def code(request: Request, viewer: Viewer = Depends(in_stage(Stage.SECOND_FACTOR))) -> Response:
        form = await request.form()
        rules, trail, cipher = rules_of(request), trail_of(request, viewer.badge), _cipher(request)

        def step(session):
            user, web = session.get(User, viewer.user_id), session.get(WebSession, viewer.session_id)
            outcome = check_code_step(session, user, str(form.get("code", "")), cipher, rules, trail)
            if not outcome.ok:
                if outcome.error.code == "account_locked":
                    end_session(session, web, "locked", trail=trail)
                return outcome.error, None
            return None, _finish_factor(session, user, web, rules, trail, method="password+totp")

        error, raw = await request.app.state.db.awrite(step)
        if error is not None:
            if error.code == "account_locked":
                return _signin_form(request, pages, error=error, clear_session=True)
            return _code_form(request, pages, viewer, next=str(form.get("next", "")), error=error)
        response = RedirectResponse(safe_next(str(form.get("next", ""))), status_code=303)
        set_session_cookie(request, response, raw)
        return response

    @router.get("/signin/enroll")
    async def enroll_page(request: Request, viewer: Viewer = Depends(in_stage(Stage.ENROLL))) -> Response:
        cipher = _cipher(request)

        def pending(session):
            web = session.get(WebSession, viewer.session_id)
            if not web.pending_secret:
                web.pending_secret = cipher.encrypt(new_secret())
            return cipher.decrypt(web.pending_secret)

        secret = await request.app.state.db.awrite(pending)
        return _enroll_form(request, pages, viewer, secret)

    @router.post("/signin/enroll")
    async def enroll(request: Request, viewer: Viewer = Depends(in_stage(Stage.ENROLL))) -> Response:
        form = await request.form()
        rules, trail, cipher = rules_of(request), trail_of(request, viewer.badge), _cipher(request)

        def step(session):
            user, web = session.get(User, viewer.user_id), session.get(WebSession, viewer.session_id)
            secret = cipher.decrypt(web.pending_secret) if web.pending_secret else None
            codes = finish_enrollment(session, user, cipher, secret, str(form.get("code", ""))[:16],
                                      trail=trail) if secret else None
            if codes is None:
                return secret, None, None
            web.pending_secret = None
            return secret, codes, _finish_factor(session, user, web, rules, trail, method="password+totp enrollment")

        secret, codes, raw = await request.app.state.db.awrite(step)
        if codes is None:
            problem = "That code does not match. Check the time on your phone and enter the newest code."
            return _enroll_form(request, pages, viewer, secret or "", problem=problem, status=400)
        response = pages.render(request, "recovery_codes.html", codes=codes, next="/account")
        set_session_cookie(request, response, raw)
        return response

    @router.get("/signin/new-password")
    async def new_password_page(request: Request,
                                viewer: Viewer = Depends(in_stage(Stage.CHANGE_PASSWORD))) -> Response:
        return _password_form(request, pages, viewer)

    @router.post("/signin/new-password")
    async def new_password(request: Request,
                           viewer: Viewer = Depends(in_stage(Stage.CHANGE_PASSWORD))) -> Response:
        form = await request.form()
        password, confirm = str(form.get("password", "")), str(form.get("confirm", ""))
        rules, trail = rules_of(request), trail_of(request, viewer.badge)
        if password != confirm:
            return _password_form(request, pages, viewer, problem="The two passwords differ.")

        def step(session):
            user, web = session.get(User, viewer.user_id), session.get(WebSession, viewer.session_id)
            set_password(session, user, password, policy=rules.password, trail=trail)
            raw = advance(session, web, user, Stage.ACTIVE, rules)
            record_success(session, user, trail, method="password+totp, new password")
            return raw

        try:
            raw = await request.app.state.db.awrite(step)
        except GardaError as error:
            return _password_form(request, pages, viewer, problem=error.message)
        response = RedirectResponse("/account", status_code=303)
        set_session_cookie(request, response, raw)
        return response

    @router.get("/reauth")
    async def reauth_page(request: Request, next: str = "/account",
                          viewer: Viewer = Depends(require(Permission.PEOPLE_ACCOUNT_VIEW))) -> Response:
        return _code_form(request, pages, viewer, next=next, reauth=True)

    @router.post("/reauth")
    async def reauth(request: Request, viewer: Viewer = Depends(require(Permission.PEOPLE_ACCOUNT_VIEW))) -> Response:
        form = await request.form()
        rules, trail, cipher = rules_of(request), trail_of(request, viewer.badge), _cipher(request)

        def step(session):
            user, web = session.get(User, viewer.user_id), session.get(WebSession, viewer.session_id)
            outcome = check_code_step(session, user, str(form.get("code", "")), cipher, rules, trail, step="reauth")
            if not outcome.ok:
                if outcome.error.code == "account_locked":
                    end_session(session, web, "locked", trail=trail)
                return outcome.error
            web.second_factor_at = utcnow()
            trail.record(session, AuditEvent.PEOPLE_REAUTH_SUCCESS, session_id=web.id)
            return None

        error = await request.app.state.db.awrite(step)
        if error is not None:
            if error.code == "account_locked":
                return _signin_form(request, pages, error=error, clear_session=True)
            return _code_form(request, pages, viewer, next=str(form.get("next", "")), reauth=True, error=error)
        return RedirectResponse(safe_next(str(form.get("next", ""))), status_code=303)

    @router.post("/signout")
    async def signout(request: Request, viewer: Viewer | None = Depends(any_session())) -> Response:
        if viewer is not None:
            trail = trail_of(request, viewer.badge)

            def step(session):
                end_session(session, session.get(WebSession, viewer.session_id), "signout", trail=trail)

            await request.app.state.db.awrite(step)
        response = RedirectResponse("/signin", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response


def set_session_cookie(request: Request, response: Response, raw: str) -> None:
    response.set_cookie(SESSION_COOKIE, raw, httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https")


def _finish_factor(session, user: User, web: WebSession, rules, trail, *, method: str) -> str:
    if user.must_change_password:
        return advance(session, web, user, Stage.CHANGE_PASSWORD, rules, second_factor=True)
    raw = advance(session, web, user, Stage.ACTIVE, rules, second_factor=True)
    record_success(session, user, trail, method=method)
    return raw


def _cipher(request: Request) -> FactorCipher:
    return FactorCipher.from_key_file(request.app.state.settings.resolved_content_key_file)


def _signin_form(request: Request, pages: Pages, *, next: str = "/account", badge: str = "",
                 error: GardaError | None = None, clear_session: bool = False,
                 flash: str | None = None) -> Response:
    token = new_pre_csrf()
    response = pages.render(request, "signin.html", csrf=token, next=safe_next(next), badge=badge, flash=flash,
                            problem=error.message if error else None, status=error.status if error else 200)
    response.set_cookie(PRE_CSRF_COOKIE, token, httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https")
    if clear_session:
        response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def _code_form(request: Request, pages: Pages, viewer: Viewer, *, next: str, reauth: bool = False,
               error: GardaError | None = None) -> Response:
    heading = "Confirm it is you" if reauth else "Enter your code"
    explanation = ("This action needs your second factor again (within the last few minutes)." if reauth
                   else "Enter the six-digit code your authenticator app shows now.")
    return pages.render(request, "code.html", viewer=viewer, heading=heading, explanation=explanation,
                        action="/reauth" if reauth else "/signin/code", next=safe_next(next),
                        problem=error.message if error else None, status=error.status if error else 200)


def _enroll_form(request: Request, pages: Pages, viewer: Viewer, secret: str, *, problem: str | None = None,
                 status: int = 200) -> Response:
    uri = provisioning_uri(secret, viewer.badge, ISSUER)
    return pages.render(request, "enroll.html", viewer=viewer, secret=secret, svg=qr_svg(uri),
                        problem=problem, status=status)


def _password_form(request: Request, pages: Pages, viewer: Viewer, *, problem: str | None = None) -> Response:
    return pages.render(request, "new_password.html", viewer=viewer, heading="Choose your own password",
                        action="/signin/new-password", ask_current=False,
                        min_length=rules_of(request).password.min_length,
                        problem=problem, status=400 if problem else 200)
