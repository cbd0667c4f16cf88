"""Another package's pages built with page_router get the same sign-in, redirects and errors."""

from fastapi import Depends, Request

from garda.people.permissions import Permission
from garda.web.pages import Pages
from garda.web.router import page_router
from garda.web.security import Viewer, require
from tests.web.support import add_member, client, signed_in


async def test_a_page_router_of_another_package(app):
    pages = Pages()
    router = page_router(pages, prefix="/elsewhere")

    @router.get("/approve")
    async def approve(request: Request,
                      viewer: Viewer = Depends(require(Permission.REGISTRY_SYSTEM_APPROVE, reauth_minutes=5))):
        return pages.render(request, "message.html", viewer=viewer, heading="Approved")

    app.include_router(router)
    chief, member = add_member(app, "1001", roles=["chief_designee"]), add_member(app, "4711")
    async with client(app) as http:
        assert (await http.get("/elsewhere/approve")).headers["location"] == "/signin?next=/elsewhere/approve"
    async with signed_in(app, member) as http:
        refused = await http.get("/elsewhere/approve")
        assert refused.status_code == 403 and "registry:system:approve" in refused.text
    async with signed_in(app, chief) as http:
        page = await http.get("/elsewhere/approve")
        assert page.status_code == 200 and "Approved" in page.text
        assert page.headers["x-frame-options"] == "DENY"
