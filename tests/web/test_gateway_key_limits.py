"""Brute force against API keys through the real app: refused with 429 and recorded."""

import httpx

from garda.app import create_app
from garda.people.keys import FAILURES_PER_ADDRESS


async def test_guessing_keys_from_one_address_is_refused_and_audited(initialized):
    app = create_app(initialized)
    transport = httpx.ASGITransport(app=app, client=("198.51.100.7", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        for n in range(FAILURES_PER_ADDRESS.failures):
            bad = await http.get("/v1/models", headers={"authorization": f"Bearer garda_{n:012x}_{'A' * 43}"})
            assert bad.status_code == 401
        body = {"model": "public", "messages": [{"role": "user", "content": "hi"}]}
        refused = await http.post("/v1/chat/completions", json=body, headers={"authorization": "Bearer garda_x"})
        assert refused.status_code == 429 and refused.json()["error"]["code"] == "too_many_key_failures"
    with app.state.db.read() as session:
        denied = [e for e in app.state.audit.export(session) if e["event"] == "gateway:access:denied"]
    assert denied[-1]["details"]["code"] == "too_many_key_failures"
    assert denied[-1]["source_address"] == "198.51.100.7"
    app.state.db.dispose()
