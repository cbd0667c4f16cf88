"""docs/permissions.md holds exactly: the role table, the route table, and every route for every role."""

import re
from pathlib import Path

import pytest

from garda.people.keys import create_api_key
from garda.people.models import User
from garda.people.permissions import ROLE_PERMISSIONS, Permission, Role
from garda.people.training import ensure_department_module
from garda.web.router import web_router
from garda.web.security import describe, route_requirements
from tests.web.support import add_member, client, csrf_of, signed_in

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


def fill(path: str, targets: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: targets[m.group(1)], path)


@pytest.fixture
def world(app):
    """One signed-in member per role, and a target member with a key and the department module."""
    accounts = {role: add_member(app, f"10{i}", roles=[role.value]) for i, role in enumerate(Role)}
    target = add_member(app, "4711")

    def setup(session):
        ensure_department_module(session)
        key, _ = create_api_key(session, session.get(User, target.user_id), name="target")
        return key.id

    key_id = app.state.db.write(setup)
    return accounts, {"badge": "4711", "key_id": str(key_id), "name": "sop-682-department"}


async def test_every_route_for_every_role(app, world):
    accounts, targets = world
    checked = 0
    for method, path, need in route_requirements(web_router()):
        url = fill(path, {**targets, "name": "garda.css"} if path.startswith("/static") else targets)
        for role, account in accounts.items():
            async with signed_in(app, account) as http:
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


async def test_public_routes_need_no_session(app):
    async with client(app) as http:
        for method, path, need in route_requirements(web_router()):
            if describe(need)[0] != "public" or method != "GET":
                continue
            response = await http.get(fill(path, {"name": "garda.css"}))
            assert response.status_code == 200, path
