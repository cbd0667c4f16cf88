"""Rendering: Jinja2 templates and static files shipped inside the package (no CDN)."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape

from garda.errors import GardaError
from garda.people.permissions import Permission
from garda.web.security import Viewer

STATIC_FILES = {"garda.css": "text/css; charset=utf-8"}

# The navigation: (label, path, permission needed to see the link).
NAVIGATION = [
    ("My account", "/account", Permission.PEOPLE_ACCOUNT_VIEW),
    ("My API keys", "/account/keys", Permission.PEOPLE_ACCOUNT_VIEW),
    ("Members", "/admin/users", Permission.PEOPLE_USER_LIST),
    ("All API keys", "/admin/keys", Permission.PEOPLE_KEY_LIST_ANY),
    ("Training", "/training", Permission.TRAINING_STATUS_VIEW),
]


class Pages:
    """Templates from garda/web/templates, then from each package in ``template_packages``
    (its own ``templates`` folder), so other packages' pages can extend ``base.html``."""

    def __init__(self, template_packages: tuple[str, ...] = ()) -> None:
        loaders = [PackageLoader(package, "templates") for package in ("garda.web", *template_packages)]
        self.env = Environment(loader=ChoiceLoader(loaders),
                               autoescape=select_autoescape(default=True, default_for_string=True))

    def render(self, request: Request, template: str, *, viewer: Viewer | None = None, status: int = 200,
               **context: Any) -> HTMLResponse:
        settings = request.app.state.settings
        html = self.env.get_template(template).render(
            request=request, viewer=viewer, department=settings.department_name,
            navigation=[(label, path) for label, path, need in NAVIGATION if viewer and viewer.stage == "active" and viewer.can(need)],
            csrf=viewer.csrf_token if viewer else context.pop("csrf", ""), **context)
        return HTMLResponse(html, status_code=status)

    def error(self, request: Request, error: GardaError) -> Response:
        if "application/json" in request.headers.get("accept", ""):
            return JSONResponse(error.to_dict(), status_code=error.status)
        return self.render(request, "error.html", status=error.status, error=error)


def static_file(name: str) -> tuple[bytes, str] | None:
    if name not in STATIC_FILES:
        return None
    return files("garda.web").joinpath("static", name).read_bytes(), STATIC_FILES[name]
