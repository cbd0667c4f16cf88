"""Several gateway processes on one PostgreSQL database: one audit chain, never forked.

Two real `garda serve` processes share a database and a content key; clients hit both
at once through the official `openai` client; afterwards `garda audit verify` passes and
every request left its records.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import openai
import pytest

from garda.gateway.services import Services
from garda.settings import Settings
from garda.setup import initialize
from tests.factories import make_member, make_system
from tests.live_server import free_port

pytestmark = pytest.mark.postgres
REQUESTS_PER_SERVER = 12


def start_server(env: dict, port: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "garda.cli", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_until_up(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(process.stderr.read().decode()[-2000:])
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("garda serve did not start")


def test_two_gateway_processes_keep_one_chain(tmp_path, postgres_url):
    settings = Settings(home=tmp_path / "home", database_url=postgres_url)
    initialize(settings, demo=False)
    services = Services.build(settings)
    make_system(services, "drafting", upstream_kind="echo")
    key = make_member(services, "3001")
    env = {**os.environ, "GARDA_HOME": str(settings.home), "GARDA_DATABASE_URL": postgres_url}
    ports = [free_port(), free_port()]
    servers = [start_server(env, port) for port in ports]
    try:
        urls = [f"http://127.0.0.1:{port}" for port in ports]
        for url, server in zip(urls, servers):
            wait_until_up(url, server)

        def ask(number: int) -> str:
            client = openai.OpenAI(base_url=f"{urls[number % 2]}/v1", api_key=key, max_retries=0)
            reply = client.chat.completions.create(
                model="drafting", metadata={"purpose": "summary"},
                messages=[{"role": "user", "content": f"Summarize: victim Jane Doe called, note {number}."}])
            return reply.choices[0].message.content

        with ThreadPoolExecutor(max_workers=8) as pool:
            answers = list(pool.map(ask, range(2 * REQUESTS_PER_SERVER)))
        assert all("Jane Doe" in answer for answer in answers)
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)
    with services.db.read() as session:
        report = services.audit.verify(session)
        events = [entry["event"] for entry in services.audit.export(session)]
    services.db.dispose()
    assert report.ok, report
    assert events.count("gateway:prompt:redacted") == 2 * REQUESTS_PER_SERVER
    assert events.count("gateway:response:completed") == 2 * REQUESTS_PER_SERVER
