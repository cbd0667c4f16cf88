"""Account, keys, admin and training pages over HTTP."""

from datetime import date, timedelta

from garda.people.keys import authenticate_api_key
from garda.people.models import ApiKey, User
from garda.people.training import DEPARTMENT_MODULE, ensure_department_module, record_department_training
from garda.store.base import utcnow
from tests.web.support import add_member, csrf_of, signed_in


async def test_a_member_creates_and_revokes_their_own_key(app):
    member = add_member(app, "4711")
    async with signed_in(app, member) as http:
        page = await http.get("/account/keys")
        created = await http.post("/account/keys", data={"csrf": csrf_of(page.text), "name": "laptop",
                                                         "lifetime": "30"})
        raw = created.text.split('id="new-key">', 1)[1].split("<", 1)[0]
        found = app.state.db.write(lambda s: authenticate_api_key(s, raw))
        assert found.badge == "4711"
        key = app.state.db.write(lambda s: s.query(ApiKey).one().expires_at)
        assert timedelta(days=29) < key.replace(tzinfo=None) - utcnow().replace(tzinfo=None) <= timedelta(days=30)
        listing = await http.get("/account/keys")
        assert raw not in listing.text and "laptop" in listing.text
        key_id = app.state.db.write(lambda s: s.query(ApiKey).one().id)
        revoked = await http.post(f"/account/keys/{key_id}/revoke", data={"csrf": csrf_of(page.text)})
        assert revoked.status_code == 303
        assert app.state.db.write(lambda s: authenticate_api_key(s, raw)) is None
    assert app.state.audit.tags().count("people:key:created") == 1
    assert "people:key:revoked" in app.state.audit.tags()


async def test_a_member_cannot_revoke_someone_elses_key(app):
    owner, other = add_member(app, "4711"), add_member(app, "5123")
    async with signed_in(app, owner) as http:
        page = await http.get("/account/keys")
        await http.post("/account/keys", data={"csrf": csrf_of(page.text), "name": "mine"})
    key_id = app.state.db.write(lambda s: s.query(ApiKey).one().id)
    async with signed_in(app, other) as http:
        page = await http.get("/account")
        response = await http.post(f"/account/keys/{key_id}/revoke", data={"csrf": csrf_of(page.text)})
        assert response.status_code == 404


async def test_an_administrator_adds_a_member_and_changes_roles(app):
    admin = add_member(app, "9001", roles=["administrator"])
    async with signed_in(app, admin) as http:
        page = await http.get("/admin/users")
        created = await http.post("/admin/users", data={
            "csrf": csrf_of(page.text), "badge": "7001", "name": "Marcus Hale", "email": "marcus@example.org",
            "groups": "ai_committee, patrol", "roles": ["member", "ai_coordinator"]})
        assert created.status_code == 200 and 'id="shown-once"' in created.text
        duplicate = await http.post("/admin/users", data={"csrf": csrf_of(page.text), "badge": "7001", "name": "X"})
        assert duplicate.status_code == 400 and "already exists" in duplicate.text
        changed = await http.post("/admin/users/7001/access", data={"csrf": csrf_of(page.text),
                                                                    "roles": ["member"], "groups": "patrol"})
        assert changed.status_code == 200
        own = await http.post("/admin/users/9001/access", data={"csrf": csrf_of(page.text),
                                                                "roles": ["chief_designee"]})
        assert own.status_code == 403
        missing = await http.get("/admin/users/0000")
        assert missing.status_code == 404
    user = app.state.db.write(lambda s: (lambda u: (u.roles, u.groups, u.must_change_password))(
        s.query(User).filter_by(badge="7001").one()))
    assert user == (["member"], ["patrol"], True)
    assert {"people:user:created", "people:user:roles_changed", "people:user:groups_changed"} <= set(
        app.state.audit.tags())


async def test_reset_factor_and_temporary_password(app):
    admin, member = add_member(app, "9001", roles=["administrator"]), add_member(app, "4711")
    async with signed_in(app, member) as dana, signed_in(app, admin) as http:
        page = await http.get("/admin/users/4711")
        await http.post("/admin/users/4711/reset-factor", data={"csrf": csrf_of(page.text)})
        assert (await dana.get("/account")).status_code == 303          # the member's session ended
        reset = await http.post("/admin/users/4711/password", data={"csrf": csrf_of(page.text)})
        assert 'id="shown-once"' in reset.text
    state = app.state.db.write(lambda s: (lambda u: (u.totp_secret, u.must_change_password))(
        s.query(User).filter_by(badge="4711").one()))
    assert state == (None, True)


async def test_account_page_warns_before_training_expires(app):
    member = add_member(app, "4711")
    app.state.db.write(lambda s: record_department_training(
        s, s.get(User, member.user_id), recorded_by="t", completed_on=utcnow().date() - timedelta(days=350)))
    async with signed_in(app, member) as http:
        page = await http.get("/account")
        assert 'id="training-warning"' in page.text and "expiring" in page.text


async def test_training_pages_record_import_and_add_modules(app):
    coordinator = add_member(app, "7001", roles=["ai_coordinator"])
    add_member(app, "4711")
    app.state.db.write(ensure_department_module)
    async with signed_in(app, coordinator) as http:
        page = await http.get("/training")
        assert "Checking generative AI output for bias or protected information" in page.text
        csrf = csrf_of(page.text)
        recorded = await http.post("/training/completions", data={
            "csrf": csrf, "badge": "4711", "module": DEPARTMENT_MODULE, "completed_on": "2026-01-15"})
        assert recorded.status_code == 200 and "Completion recorded" in recorded.text
        future = await http.post("/training/completions", data={
            "csrf": csrf, "badge": "4711", "module": DEPARTMENT_MODULE,
            "completed_on": (date.today() + timedelta(days=3)).isoformat()})
        assert future.status_code == 400
        added = await http.post("/training/modules", data={
            "csrf": csrf, "name": "mpd-assistant-basics", "title": "Using the MPD assistant",
            "system_name": "mpd-assistant", "refresher_months": "6"})
        assert "Module added" in added.text
        csv_text = f"badge,course,completion date\n4711,mpd-assistant-basics,2026-02-01\n9999,{DEPARTMENT_MODULE},2026-02-01\n"
        imported = await http.post("/training/import", data={"csrf": csrf},
                                   files={"file": ("export.csv", csv_text.encode(), "text/csv")})
        assert "Imported 1 completions" in imported.text and "Line 3" in imported.text
        refresher = await http.post("/training/modules/mpd-assistant-basics/refresher",
                                    data={"csrf": csrf, "refresher_months": "99"})
        assert refresher.status_code == 400
    assert "training:completion:imported" in app.state.audit.tags()


async def test_policy_must_be_acknowledged_first(app):
    member = add_member(app, "4711")
    async with signed_in(app, member, acknowledged=False) as http:
        assert (await http.get("/account/keys")).headers["location"] == "/account/policy"
        page = await http.get("/account/policy")
        refused = await http.post("/account/policy", data={"csrf": csrf_of(page.text)})
        assert refused.status_code == 400
        done = await http.post("/account/policy", data={"csrf": csrf_of(page.text), "acknowledge": "yes"})
        assert done.headers["location"] == "/account"
        assert (await http.get("/account/keys")).status_code == 200
    assert "people:policy:acknowledged" in app.state.audit.tags()


async def test_password_change(app):
    member = add_member(app, "4711")
    async with signed_in(app, member) as http:
        page = await http.get("/account/password")
        wrong = await http.post("/account/password", data={"csrf": csrf_of(page.text), "current": "nope",
                                                           "password": "amber lanterns over quiet water",
                                                           "confirm": "amber lanterns over quiet water"})
        assert wrong.status_code == 400 and "not right" in wrong.text
        ok = await http.post("/account/password", data={"csrf": csrf_of(page.text),
                                                        "current": "rivers cross the old mill",
                                                        "password": "amber lanterns over quiet water",
                                                        "confirm": "amber lanterns over quiet water"})
        assert ok.status_code == 200 and "Password changed" in ok.text
    assert "people:password:changed" in app.state.audit.tags()


async def test_a_refused_page_is_an_audit_event(app):
    member = add_member(app, "4711")
    async with signed_in(app, member) as http:
        assert (await http.get("/admin/users")).status_code == 403
        assert (await http.get("/admin/users", headers={"accept": "application/json"})).json()["error"]["code"] \
            == "permission_denied"
    denied = [fields for tag, fields in app.state.audit.events if tag == "people:access:denied"]
    assert denied[0]["details"] == {"path": "/admin/users", "method": "GET", "permission": "people:user:list"}


async def test_an_administrator_ends_a_members_sessions(app):
    admin, member = add_member(app, "9001", roles=["administrator"]), add_member(app, "4711")
    async with signed_in(app, member) as dana, signed_in(app, admin) as http:
        assert (await dana.get("/account")).status_code == 200
        page = await http.get("/admin/users/4711")
        assert "127.0.0.1" in page.text and 'id="action-end-sessions"' in page.text
        done = await http.post("/admin/users/4711/end-sessions", data={"csrf": csrf_of(page.text)})
        assert "No open sessions" in done.text
        assert (await dana.get("/account")).status_code == 303
        assert (await http.get("/account")).status_code == 200
