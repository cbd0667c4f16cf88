"""Everything one running garda needs, built once by the app factory and passed down."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from garda.settings import Settings


@dataclass
class UpstreamPool:
    """One adapter per distinct upstream, built on first use.

    Keyed by the upstream's configuration, not the system's name, so two systems on the
    same endpoint (the demo's two systems on the embedded model) share one adapter.
    """

    settings: Settings
    _adapters: dict[tuple, Any] = field(default_factory=dict)

    def get(self, system: Any) -> Any:
        from garda.upstreams.registry import build_upstream

        signature = (system.upstream_kind, system.base_url, system.upstream_model, system.api_key_env)
        if signature not in self._adapters:
            self._adapters[signature] = build_upstream(system, self.settings)
        return self._adapters[signature]

    async def aclose(self) -> None:
        for adapter in self._adapters.values():
            await adapter.aclose()
        self._adapters.clear()


@dataclass
class Services:
    settings: Settings
    db: Any          # garda.store.database.Database
    audit: Any       # garda.audit.log.AuditLog
    pack: Any        # garda.policy.pack.PolicyPack
    inspector: Any   # garda.inspect.engine.Inspector
    upstreams: UpstreamPool

    @classmethod
    def build(cls, settings: Settings) -> "Services":
        from garda.audit.crypto import ContentCipher
        from garda.audit.log import AuditLog
        from garda.inspect.engine import default_inspector
        from garda.policy.pack import load_pack
        from garda.store.database import Database

        return cls(
            settings=settings,
            db=Database.from_settings(settings),
            audit=AuditLog(ContentCipher.from_key_file(settings.resolved_content_key_file)),
            pack=load_pack(settings.policy_pack),
            inspector=default_inspector(settings.inspection_timeout_seconds, learned_uses=settings.learned_uses,
                                        learned_spans=settings.learned_spans),
            upstreams=UpstreamPool(settings),
        )

    async def aclose(self) -> None:
        await self.upstreams.aclose()
        self.db.dispose()
