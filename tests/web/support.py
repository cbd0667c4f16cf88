"""Helpers for web tests: a garda web app on a real SQLite file, members, signed-in clients."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

import httpx
import pyotp
from fastapi import FastAPI

from garda.audit.crypto import ContentCipher, ensure_key_file
from garda.people.acknowledgements import acknowledge
from garda.people.models import User
from garda.people.sessions import Stage, advance, open_session
from garda.people.rules import AccessRules
from garda.people.totp import FactorCipher, new_secret
from garda.people.users import create_user
from garda.settings import Settings
from garda.store.base import utcnow
from garda.store.database import Database
from garda.web.router import web_router
from tests.people.audit_watch import WatchedAuditLog

PASSWORD = "rivers cross the old mill"


def build_app(settings: Settings) -> FastAPI:
    """The web pages alone on a real, migrated SQLite file with the real audit log."""
    settings.home.mkdir(parents=True, exist_ok=True)
    ensure_key_file(settings.resolved_content_key_file)
    db = Database.from_settings(settings)
    db.upgrade()
    app = FastAPI()
    app.state.settings = settings
    app.state.db = db
    app.state.audit = WatchedAuditLog(ContentCipher.from_key_file(settings.resolved_content_key_file))
    app.include_router(web_router())
    return app


@dataclass
class Account:
    user_id: int
    badge: str
    secret: str | None


def add_member(app: FastAPI, badge: str, *, roles=("member",), groups=("patrol",), password: str = PASSWORD,
               enrolled: bool = True, temporary: bool = False) -> Account:
    cipher = FactorCipher.from_key_file(app.state.settings.resolved_content_key_file)
    secret = new_secret() if enrolled else None

    def write(session):
        user = create_user(session, badge=badge, name=f"Test Member {badge}", email=f"m{badge}@example.org",
                           roles=list(roles), groups=list(groups), password=password, temporary_password=temporary)
        if secret:
            user.totp_secret = cipher.encrypt(secret)
            user.totp_enrolled_at = utcnow()
        return user.id

    return Account(app.state.db.write(write), badge, secret)


def signed_in(app: FastAPI, account: Account, *, acknowledged: bool = True,
              second_factor_at: datetime | None = None, policy_version: str = "unversioned") -> httpx.AsyncClient:
    """A client holding a fully signed-in session (made directly, without the sign-in pages)."""
    rules = AccessRules.from_settings(app.state.settings)

    def write(session):
        user = session.get(User, account.user_id)
        web, _ = open_session(session, user, Stage.SECOND_FACTOR, address="127.0.0.1", user_agent="test")
        raw = advance(session, web, user, Stage.ACTIVE, rules, second_factor=True)
        if second_factor_at is not None:
            web.second_factor_at = second_factor_at
        if acknowledged:
            acknowledge(session, user, policy_version, trail=None)
        return raw

    raw = app.state.db.write(write)
    return client(app, cookies={"garda_session": raw})


def client(app: FastAPI, **kwargs) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver",
                             follow_redirects=False, **kwargs)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF field on the page"
    return found.group(1)


def code_for(secret: str, offset_steps: int = 0) -> str:
    return pyotp.TOTP(secret).at(utcnow().timestamp() + 30 * offset_steps)
