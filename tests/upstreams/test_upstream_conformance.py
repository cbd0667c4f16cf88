"""Every declared adapter satisfies the Upstream protocol, by shape and by signature."""

from __future__ import annotations

import inspect

import pytest

from garda.errors import UpstreamError
from garda.registry.models import AISystem, UpstreamKind
from garda.upstreams.base import Upstream
from garda.upstreams.echo import EchoUpstream
from garda.upstreams.embedded import EmbeddedUpstream, LlamaServerUpstream
from garda.upstreams.openai_compatible import OpenAICompatibleUpstream
from garda.upstreams.registry import ADAPTERS, build_upstream

ADAPTER_CLASSES = [EchoUpstream, OpenAICompatibleUpstream, EmbeddedUpstream, LlamaServerUpstream]


def test_every_kind_has_an_adapter():
    assert set(ADAPTERS) == set(UpstreamKind)


@pytest.mark.parametrize("cls", ADAPTER_CLASSES, ids=lambda c: c.__name__)
def test_signatures_match_the_protocol(cls):
    for method in ("complete", "stream", "aclose"):
        expected = inspect.signature(getattr(Upstream, method))
        actual = inspect.signature(getattr(cls, method))
        assert list(actual.parameters) == list(expected.parameters), method
    assert inspect.iscoroutinefunction(cls.complete)
    assert inspect.isasyncgenfunction(cls.stream)
    assert inspect.iscoroutinefunction(cls.aclose)
    assert isinstance(cls.name, str)


@pytest.mark.parametrize("kind", ["echo", "openai"])
async def test_built_adapters_are_upstreams(kind, settings):
    system = AISystem(name="s", upstream_kind=kind, base_url="http://127.0.0.1:9/v1", upstream_model="m")
    adapter = build_upstream(system, settings)
    try:
        assert isinstance(adapter, Upstream)
    finally:
        await adapter.aclose()


async def test_embedded_adapters_are_upstreams(settings, tmp_path):
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF")
    for adapter in (EmbeddedUpstream(model, threads=1), LlamaServerUpstream(model, threads=1, model="m")):
        assert isinstance(adapter, Upstream)
        await adapter.aclose()


def test_unknown_kind_is_refused(settings):
    with pytest.raises(UpstreamError) as caught:
        build_upstream(AISystem(name="s", upstream_kind="carrier-pigeon"), settings)
    assert caught.value.code == "upstream_misconfigured"


def test_openai_kind_needs_a_base_url(settings):
    with pytest.raises(UpstreamError):
        build_upstream(AISystem(name="s", upstream_kind="openai", upstream_model="m"), settings)
