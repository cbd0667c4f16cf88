"""The one place upstream adapters are declared, keyed by the system's ``upstream_kind``.

garda's own adapters are listed here exactly as a new one would be: a factory
``(system, settings) -> Upstream``. docs/architecture.md names each kind.
"""

from __future__ import annotations

from typing import Any, Callable

from garda.errors import UpstreamError
from garda.registry.models import UpstreamKind
from garda.upstreams.base import Upstream
from garda.upstreams.echo import EchoUpstream
from garda.upstreams.openai_compatible import OpenAICompatibleUpstream

UpstreamFactory = Callable[[Any, Any], Upstream]


def _embedded(system: Any, settings: Any) -> Upstream:
    from garda.upstreams.embedded import build_embedded

    return build_embedded(system, settings)


ADAPTERS: dict[UpstreamKind, UpstreamFactory] = {
    UpstreamKind.ECHO: EchoUpstream.from_system,
    UpstreamKind.EMBEDDED: _embedded,
    UpstreamKind.OPENAI: OpenAICompatibleUpstream.from_system,
}


def build_upstream(system: Any, settings: Any) -> Upstream:
    """The adapter for one AI system (``garda.registry.models.AISystem``)."""
    try:
        factory = ADAPTERS[UpstreamKind(system.upstream_kind)]
    except ValueError:
        raise UpstreamError(f"The system '{system.name}' has an unknown upstream kind.",
                            code="upstream_misconfigured") from None
    return factory(system, settings)
