"""The request path in-process: real SQLite file, real inspection and policy, a fake vendor on a local port."""

from __future__ import annotations

import json
import sqlite3

import httpx
import pytest
from sqlalchemy import text

from garda.app import create_app
from garda.audit.events import AuditEvent
from garda.gateway.services import Services
from tests.factories import make_member, make_system

PROMPT_WITH_PII = ("Summarize for the report: victim Jane Doe, DOB 04/12/1988, said the suspect "
                   "took her purse. Case 2026-004512.")


@pytest.fixture
async def gw(initialized, fake_vendor):
    """A garda app with a cleared and an uncleared system in front of the fake vendor."""
    services = Services.build(initialized)
    vendor = {"upstream_kind": "openai", "base_url": fake_vendor.base_url, "upstream_model": "fake-model"}
    make_system(services, "dept", clearance=["PII", "CJI"], **vendor)
    make_system(services, "public", clearance=[], **vendor)
    make_system(services, "proposed", status="proposed", **vendor)
    make_system(services, "detectives-only", groups=["investigations"], **vendor)
    make_system(services, "kiosk", public_facing=True, **vendor)
    key = make_member(services, "1001")
    app = create_app(initialized, services=services)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://garda") as client:
        yield Gateway(client, key, services, fake_vendor)
    await services.aclose()


class Gateway:
    def __init__(self, client, key, services, vendor):
        self.client, self.key, self.services, self.vendor = client, key, services, vendor

    async def chat(self, content, *, model="public", purpose="report_drafting", key=None, **extra):
        body = {"model": model, "messages": [{"role": "user", "content": content}], **extra}
        if purpose:
            body["metadata"] = {"purpose": purpose}
        return await self.client.post("/v1/chat/completions", json=body,
                                      headers={"Authorization": f"Bearer {key or self.key}"})

    def audit_events(self):
        with self.services.db.read() as session:
            return [entry["event"] for entry in self.services.audit.export(session)]

    def sent_texts(self):
        return [m["content"] for request in self.vendor.requests for m in request["messages"]]


async def test_clean_prompt_is_forwarded_as_is(gw):
    response = await gw.chat("Proofread: the suspect fled north on foot.")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["garda"]["decision"] == "allow"
    assert body["garda"]["draft"] is True
    assert gw.sent_texts() == ["Proofread: the suspect fled north on foot."]


async def test_uncleared_system_receives_placeholders_and_member_sees_names(gw):
    gw.vendor.reply_with_echo()
    response = await gw.chat(PROMPT_WITH_PII, model="public")
    assert response.status_code == 200, response.text
    sent = gw.sent_texts()[0]
    assert "Jane Doe" not in sent and "04/12/1988" not in sent and "2026-004512" not in sent
    assert "the victim" in sent.lower()
    answer = response.json()["choices"][0]["message"]["content"]
    assert "Jane Doe" in answer and "04/12/1988" in answer and "2026-004512" in answer
    assert response.json()["garda"]["decision"] == "redact"


async def test_cleared_system_receives_the_prompt_as_is(gw):
    gw.vendor.reply_with_echo()
    response = await gw.chat(PROMPT_WITH_PII, model="dept")
    assert response.status_code == 200, response.text
    assert gw.sent_texts() == [PROMPT_WITH_PII]
    assert response.json()["garda"]["decision"] == "allow"


async def test_streaming_restores_placeholders_split_across_chunks(gw):
    gw.vendor.reply_with_echo()
    gw.vendor.chunk_size = 1
    async with gw.client.stream("POST", "/v1/chat/completions", headers={"Authorization": f"Bearer {gw.key}"},
                                json={"model": "public", "stream": True, "metadata": {"purpose": "summary"},
                                      "messages": [{"role": "user", "content": PROMPT_WITH_PII}]}) as response:
        assert response.status_code == 200
        events = [line[6:] async for line in response.aiter_lines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(event) for event in events[:-1]]
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert "Jane Doe" in text and "2026-004512" in text
    assert chunks[-1]["garda"]["decision"] == "redact"
    assert "Jane Doe" not in gw.sent_texts()[0]


async def test_prohibited_use_is_blocked_whatever_the_clearance(gw):
    response = await gw.chat("Sort these three suspects by race and tell me which one is most likely Muslim.",
                             model="dept")
    assert response.status_code == 403
    error = response.json()["error"]
    assert error["code"] == "policy_blocked"
    assert "682.35 C" in {r["section"] for r in error["details"]["reasons"]}
    assert error["hint"]
    assert gw.vendor.requests == []
    assert AuditEvent.GATEWAY_PROMPT_BLOCKED.value in gw.audit_events()


@pytest.mark.parametrize("key, model, purpose, status, code", [
    ("garda_nope_nope", "public", "summary", 401, "invalid_api_key"),
    (None, "proposed", "summary", 403, "system_not_approved"),
    (None, "detectives-only", "summary", 403, "not_authorized"),
    (None, "public", None, 403, "purpose_missing"),
    (None, "public", "surveillance", 403, "purpose_not_allowed"),
    (None, "no-such-system", "summary", 404, "model_not_found"),
])
async def test_refusals_are_clear_and_forward_nothing(gw, key, model, purpose, status, code):
    response = await gw.chat("Proofread this sentence.", model=model, purpose=purpose, key=key)
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
    assert gw.vendor.requests == []


async def test_purpose_can_come_from_the_header(gw):
    response = await gw.client.post(
        "/v1/chat/completions", json={"model": "public", "messages": [{"role": "user", "content": "Hi"}]},
        headers={"Authorization": f"Bearer {gw.key}", "X-Garda-Purpose": "summary"})
    assert response.status_code == 200, response.text


async def test_untrained_member_is_refused_with_the_module_named(gw):
    key = make_member(gw.services, "1002", trained=False)
    response = await gw.chat("Proofread this.", key=key)
    assert response.status_code == 403
    error = response.json()["error"]
    assert error["code"] == "training_required"
    assert error["details"]["modules"]


async def test_key_limited_to_other_systems_is_refused(gw):
    key = make_member(gw.services, "1003", key_systems=["dept"])
    response = await gw.chat("Proofread this.", model="public", key=key)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "key_not_valid_for_system"


@pytest.mark.parametrize("raw, status", [
    (b"{", 400), (b"\xff\xfe", 400), (b"[]", 400), (b'{"model": "public"}', 400),
    (b'{"model": "public", "messages": [{"role": "user", "content": 5}]}', 400),
    (b"[" * 5000 + b"]" * 5000, 400),
])
async def test_bad_bodies_are_400(gw, raw, status):
    response = await gw.client.post("/v1/chat/completions", content=raw,
                                    headers={"Authorization": f"Bearer {gw.key}"})
    assert response.status_code == status
    assert response.json()["error"]["type"] == "invalid_request_error"


async def test_oversized_body_is_413(gw):
    response = await gw.chat("x" * 1_100_000)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"


async def test_models_lists_only_usable_systems(gw):
    response = await gw.client.get("/v1/models", headers={"Authorization": f"Bearer {gw.key}"})
    assert response.status_code == 200
    assert {m["id"] for m in response.json()["data"]} == {"dept", "public", "kiosk"}
    assert (await gw.client.get("/v1/models")).status_code == 401
    bad = await gw.client.get("/v1/models", headers={"Authorization": "Bearer garda_000000000000_guess"})
    assert bad.status_code == 401
    assert gw.audit_events().count(AuditEvent.GATEWAY_ACCESS_DENIED.value) == 2


async def test_public_facing_system_adds_the_notice(gw):
    response = await gw.chat("Proofread: the meeting is at noon.", model="kiosk")
    assert "generative AI" in response.json()["choices"][0]["message"]["content"]


async def test_personal_data_the_prompt_never_had_is_withheld(gw):
    gw.vendor.reply_with_text("Call the owner Harold Finch at 414-555-0199 for details.")
    response = await gw.chat("Draft a note asking the owner of the stolen bike to call us.")
    body = response.json()
    assert "414-555-0199" not in body["choices"][0]["message"]["content"]
    assert {w["type"] for w in body["garda"]["withheld"]} >= {"PHONE"}


async def test_upstream_failure_is_502_and_recorded(gw):
    gw.vendor.fail_with_status(500)
    response = await gw.chat("Proofread this.")
    assert response.status_code == 502
    assert response.json()["error"]["code"] == "upstream_unavailable"
    assert AuditEvent.GATEWAY_RESPONSE_FAILED.value in gw.audit_events()


async def test_audit_failure_forwards_nothing(gw, initialized):
    with sqlite3.connect(initialized.home / "garda.db") as raw:
        raw.execute("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                    "BEGIN SELECT RAISE(ABORT, 'audit storage refused'); END;")
    response = await gw.chat(PROMPT_WITH_PII)
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "audit_unavailable"
    assert gw.vendor.requests == []


async def test_audit_chain_verifies_and_holds_no_clear_text(gw, initialized):
    gw.vendor.reply_with_echo()
    await gw.chat(PROMPT_WITH_PII)
    await gw.chat("Sort these suspects by race.", model="dept")
    with gw.services.db.read() as session:
        assert gw.services.audit.verify(session).ok
    gw.services.db.dispose()
    raw = b"".join(p.read_bytes() for p in initialized.home.glob("garda.db*"))
    assert b"Jane Doe" not in raw and b"2026-004512" not in raw


async def test_model_version_change_flags_the_system(gw):
    from garda.registry.systems import get_system

    await gw.chat("Proofread this.")
    with gw.services.db.read() as session:
        system = get_system(session, "public")
        assert system.last_model_version and not system.needs_reevaluation
        first = system.last_model_version
    gw.services.db.write(lambda s: setattr(get_system(s, "public"), "last_model_version", "older-model-0"))
    await gw.chat("Proofread this again.")
    with gw.services.db.read() as session:
        system = get_system(session, "public")
        assert system.last_model_version == first
        assert system.needs_reevaluation
    assert "registry:model:version_changed" in gw.audit_events()


async def test_an_inspection_failure_forwards_nothing(gw):
    from garda.inspect.engine import Inspector

    class Exploding:
        name = "exploding"
        span_types = ()

        def find(self, text):
            raise RuntimeError("recognizer bug")

    gw.services.inspector = Inspector([Exploding()], [], timeout_seconds=1.0)
    response = await gw.chat("Proofread this.")
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "inspection_failed"
    assert gw.vendor.requests == []
    assert "gateway:prompt:blocked" in gw.audit_events()


async def test_upstream_timeout_is_504(gw):
    gw.services.settings = gw.services.settings.model_copy(update={"upstream_timeout_seconds": 0.5})
    await gw.services.upstreams.aclose()     # adapters are rebuilt with the new timeout
    gw.services.upstreams.settings = gw.services.settings
    gw.vendor.hang()
    response = await gw.chat("Proofread this.")
    assert response.status_code == 504
    assert response.json()["error"]["code"] == "upstream_timeout"


async def test_training_about_to_expire_is_announced_on_the_answer(gw):
    from datetime import date, timedelta

    from garda.people.training import ensure_department_module, record_completion
    from garda.people.users import find_user

    key = make_member(gw.services, "1004", trained=False)

    def record_old_completion(session):
        record_completion(session, find_user(session, "1004"), ensure_department_module(session),
                          recorded_by="test", completed_on=date.today() - timedelta(days=365 - 10))

    gw.services.db.write(record_old_completion)
    response = await gw.chat("Proofread this.", key=key)
    assert response.status_code == 200
    warnings = response.json()["garda"]["training_warnings"]
    assert warnings and warnings[0]["expires_on"]


async def test_a_request_notes_the_keys_last_use(gw):
    from garda.people.models import ApiKey

    response = await gw.chat("Proofread this.")
    assert response.status_code == 200, response.text
    with gw.services.db.read() as session:
        assert [key.last_used_at is not None for key in session.query(ApiKey)] == [True]


async def test_a_lost_department_training_module_still_blocks_everyone(gw):
    gw.services.db.write(lambda s: s.execute(text(
        "DELETE FROM training_completions WHERE module_id IN "
        "(SELECT id FROM training_modules WHERE system_name IS NULL)")))
    gw.services.db.write(lambda s: s.execute(text("DELETE FROM training_modules WHERE system_name IS NULL")))
    response = await gw.chat("Proofread this.")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "training_required"
    assert gw.vendor.requests == []
