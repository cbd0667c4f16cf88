"""The app factory: build garda from explicit settings, with no import-time state."""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI

from garda import __version__
from garda.gateway.errors import install_error_handlers
from garda.gateway.routes import router as gateway_router
from garda.gateway.services import Services
from garda.settings import Settings, load_settings
from garda.web.router import web_router


def create_app(settings: Settings | None = None, *, services: Services | None = None) -> FastAPI:
    settings = settings or load_settings()
    services = services or Services.build(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        await services.aclose()

    app = FastAPI(title="garda", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.services = services
    app.state.settings = settings
    app.state.db = services.db
    app.state.audit = services.audit
    install_error_handlers(app)
    app.include_router(gateway_router)
    app.include_router(web_router())

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict:  # Permission: none (liveness only; reveals nothing)
        return {"status": "ok", "version": __version__}

    return app
