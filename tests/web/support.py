"""Helpers for web tests: a garda web app on a real SQLite file, members, signed-in clients."""

from __future__ import annotations

import base64
import os
import re
from dataclasses import dataclass
from datetime import datetime

import anyio
import httpx
import pyotp
from fastapi import FastAPI
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

import garda.people.models  # noqa: F401
import garda.registry.models  # noqa: F401
from garda.people.acknowledgements import acknowledge
from garda.people.models import User
from garda.people.sessions import Stage, advance, open_session
from garda.people.rules import AccessRules
from garda.people.totp import FactorCipher, new_secret
from garda.people.users import create_user
from garda.settings import Settings
from garda.store.base import Base, utcnow
from garda.web.router import web_router

PASSWORD = "rivers cross the old mill"


class SqliteDatabase:
    """The write door the store package provides, reduced to what the web pages use."""

    def __init__(self, url: str) -> None:
        self.engine = create_engine(url)
        Base.metadata.create_all(self.engine)

    def write(self, fn):
        with Session(self.engine) as session:
            result = fn(session)
            session.commit()
            return result

    def read_fn(self, fn):
        with Session(self.engine) as session:
            return fn(session)

    async def awrite(self, fn):
        return await anyio.to_thread.run_sync(self.write, fn)

    async def aread(self, fn):
        return await anyio.to_thread.run_sync(self.read_fn, fn)

    def dispose(self) -> None:
        self.engine.dispose()


class RecordingAudit:
    def __init__(self) -> None:
        self.events: list[tuple[str, dict]] = []

    def append(self, session, event, **fields) -> None:
        self.events.append((str(event), fields))

    def tags(self) -> list[str]:
        return [tag for tag, _ in self.events]


def build_app(settings: Settings) -> FastAPI:
    settings.home.mkdir(parents=True, exist_ok=True)
    key_file = settings.resolved_content_key_file
    if not key_file.exists():
        key_file.write_text(base64.b64encode(os.urandom(32)).decode())
    app = FastAPI()
    app.state.settings = settings
    app.state.db = SqliteDatabase(settings.resolved_database_url)
    app.state.audit = RecordingAudit()
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
              second_factor_at: datetime | None = None) -> httpx.AsyncClient:
    """A client holding a fully signed-in session (made directly, without the sign-in pages)."""
    rules = AccessRules.from_settings(app.state.settings)

    def write(session):
        user = session.get(User, account.user_id)
        web, _ = open_session(session, user, Stage.SECOND_FACTOR, address="127.0.0.1", user_agent="test")
        raw = advance(session, web, user, Stage.ACTIVE, rules, second_factor=True)
        if second_factor_at is not None:
            web.second_factor_at = second_factor_at
        if acknowledged:
            acknowledge(session, user, "unversioned", trail=None)
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
