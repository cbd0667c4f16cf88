"""docs/permissions.md holds exactly: the role table, the route tables, and every route of the
whole garda app (create_app) for every role."""

import re
import secrets
from pathlib import Path

import pytest
from fastapi.routing import APIRoute

from garda.app import create_app
from garda.people.keys import create_api_key, digest
from garda.people.models import ApiKey, User
from garda.people.permissions import ROLE_PERMISSIONS, Permission, Role
from garda.people.training import ensure_department_module
from garda.web.router import web_router
from garda.web.security import describe, route_requirements
from tests.web.support import add_member, client, csrf_of, signed_in

API_PERMISSIONS = {"API key: `gateway:chat:create`": Permission.GATEWAY_CHAT_CREATE,
                   "API key: `gateway:models:list`": Permission.GATEWAY_MODELS_LIST}

DOC = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"


def doc_rows(heading: str) -> list[list[str]]:
    section = DOC.read_text().split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[2:]]


def test_the_role_table_is_role_permissions():
    header = DOC.read_text().split("## Permissions by role\n", 1)[1].strip().splitlines()[0]
    roles = [cell.strip() for cell in header.strip("|").split("|")][1:]
    assert sorted(roles) == sorted(r.value for r in Role)
    documented = {Role(role): frozenset(Permission(row[0].strip("`")) for row in doc_rows("Permissions by role")
                                        if row[1 + i] == "✓")
                  for i, role in enumerate(roles)}
    assert documented == ROLE_PERMISSIONS
    assert {row[0].strip("`") for row in doc_rows("Permissions by role")} == {p.value for p in Permission}


def test_the_route_table_is_what_the_routes_state():
    stated = {(method, f"`{path}`", *describe(need)) for method, path, need in route_requirements(web_router())}
    documented = {tuple(row) for row in doc_rows("Web routes")}
    assert documented == stated


def app_routes(routes) -> list[tuple[str, str, object]]:
    """(method, path, route) for every route of an app, looking inside included routers."""
    found = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            found += app_routes(inner.routes)
        elif isinstance(route, APIRoute):
            found += [(method, route.path, route) for method in sorted(route.methods)]
        else:
            found += [(method, route.path, route) for method in sorted(getattr(route, "methods", None) or [])
                      if method != "HEAD"]
    return found


@pytest.fixture
def full_app(initialized):
    app = create_app(initialized)
    yield app
    app.state.db.dispose()


def test_every_route_of_the_app_is_in_one_of_the_tables(full_app):
    web = {(m, p) for m, p, _ in route_requirements(web_router())}
    other = {(row[0], row[1].strip("`")) for row in doc_rows("Other routes")}
    assert {(m, p) for m, p, _ in app_routes(full_app.routes)} == web | other
    assert not web & other


def fill(path: str, targets: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: targets[m.group(1)], path)


@pytest.fixture
def world(full_app):
    """One signed-in member per role, and a target member with a key and the department module."""
    app = full_app
    accounts = {role: add_member(app, f"10{i}", roles=[role.value]) for i, role in enumerate(Role)}
    target = add_member(app, "4711")

    def setup(session):
        ensure_department_module(session)
        key, _ = create_api_key(session, session.get(User, target.user_id), name="target")
        return key.id

    key_id = app.state.db.write(setup)
    return accounts, {"badge": "4711", "key_id": str(key_id), "name": "sop-682-department"}


async def test_every_web_route_for_every_role(full_app, world):
    app = full_app
    accounts, targets = world
    checked = 0
    for method, path, need in route_requirements(web_router()):
        url = fill(path, {**targets, "name": "garda.css"} if path.startswith("/static") else targets)
        for role, account in accounts.items():
            async with signed_in(app, account, policy_version=version_of(app)) as http:
                form_page = "/signin" if describe(need)[0] == "public" else "/account"
                csrf = csrf_of((await http.get(form_page)).text)
                response = await http.request(method, url, data={"csrf": csrf} if method == "POST" else None)
            if need.permission is None:
                allowed = True
            else:
                allowed = need.permission in ROLE_PERMISSIONS[role]
            assert (response.status_code != 403) == allowed, (method, path, role.value, response.status_code)
            checked += 1
    assert checked == len(route_requirements(web_router())) * len(Role)


async def test_the_api_routes_for_every_role(full_app):
    app = full_app
    rows = {(row[0], row[1].strip("`")): row[2] for row in doc_rows("Other routes")}

    def key_for(role):
        """A key stored directly, because create_api_key refuses roles that may not hold one."""
        user_id = add_member(app, f"20{list(Role).index(role)}", roles=[role.value]).user_id
        raw = f"garda_{secrets.token_hex(6)}_{secrets.token_urlsafe(32)}"
        app.state.db.write(lambda s: s.add(ApiKey(user_id=user_id, name="matrix", prefix=raw.split("_")[1],
                                                  key_hash=digest(raw))))
        return raw

    keys = {role: key_for(role) for role in Role}
    async with client(app) as http:
        for (method, path), needs in rows.items():
            if needs == "public":
                assert (await http.request(method, path)).status_code == 200, path
                continue
            for role, raw in keys.items():
                response = await http.request(method, path, headers={"authorization": f"Bearer {raw}"},
                                              json={"model": "none", "messages": [{"role": "user", "content": "hi"}]}
                                              if method == "POST" else None)
                allowed = API_PERMISSIONS[needs] in ROLE_PERMISSIONS[role]
                assert (response.status_code not in (401, 403)) == allowed, (path, role.value, response.status_code)


def version_of(app) -> str:
    return str(app.state.services.pack.version)


async def test_public_routes_need_no_session(app):
    async with client(app) as http:
        for method, path, need in route_requirements(web_router()):
            if describe(need)[0] != "public" or method != "GET":
                continue
            response = await http.get(fill(path, {"name": "garda.css"}))
            assert response.status_code == 200, path
