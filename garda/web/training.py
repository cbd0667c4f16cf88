"""Training pages: modules, every member's status, recording completions, CSV import (SOP 682.40)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from garda.errors import GardaError
from garda.people.permissions import Permission
from garda.people.training import (CSV_MAX_BYTES, add_module, import_completions_csv, list_modules,
                                   module_by_name, record_completion, set_refresher, training_status)
from garda.people.users import list_users, user_by_badge
from garda.web.pages import Pages
from garda.web.security import Viewer, form_error, require, rules_of, trail_of


def add_training_routes(router: APIRouter, pages: Pages) -> None:

    @router.get("/training")
    async def training_page(request: Request,
                            viewer: Viewer = Depends(require(Permission.TRAINING_STATUS_VIEW))) -> Response:
        return await _page(request, pages, viewer)

    @router.post("/training/modules")
    async def module_add(request: Request,
                         viewer: Viewer = Depends(require(Permission.TRAINING_MODULE_MANAGE))) -> Response:
        form = await request.form()
        trail = trail_of(request, viewer.badge)

        def add(session):
            add_module(session, name=str(form.get("name", "")), title=str(form.get("title", "")),
                       system_name=str(form.get("system_name", "")) or None,
                       topics=str(form.get("topics", "")).splitlines(),
                       refresher_months=_int(form.get("refresher_months"), 12),
                       how_to_complete=str(form.get("how_to_complete", "")), trail=trail)

        return await _act(request, pages, viewer, add, "Module added.")

    @router.post("/training/modules/{name}/refresher")
    async def module_refresher(request: Request, name: str,
                               viewer: Viewer = Depends(require(Permission.TRAINING_MODULE_MANAGE))) -> Response:
        form = await request.form()
        trail = trail_of(request, viewer.badge)
        months = _int(form.get("refresher_months"), 0)
        return await _act(request, pages, viewer,
                          lambda s: set_refresher(s, module_by_name(s, name), months, trail=trail),
                          "Refresher interval saved.")

    @router.post("/training/completions")
    async def completion_record(request: Request,
                                viewer: Viewer = Depends(require(Permission.TRAINING_RECORD))) -> Response:
        form = await request.form()
        trail = trail_of(request, viewer.badge)
        try:
            completed_on = date.fromisoformat(str(form.get("completed_on", "")))
        except ValueError:
            raise form_error("Give the completion date as YYYY-MM-DD.") from None

        def record(session):
            record_completion(session, user_by_badge(session, str(form.get("badge", ""))[:32]),
                              module_by_name(session, str(form.get("module", ""))[:100]),
                              completed_on=completed_on, recorded_by=viewer.badge, trail=trail)

        return await _act(request, pages, viewer, record, "Completion recorded.")

    @router.post("/training/import")
    async def completion_import(request: Request,
                                viewer: Viewer = Depends(require(Permission.TRAINING_RECORD))) -> Response:
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise form_error("Choose a CSV file to import.")
        raw = await upload.read(CSV_MAX_BYTES + 1)
        if len(raw) > CSV_MAX_BYTES:
            raise form_error("The CSV file is larger than 5 MB; split it.", code="csv_too_large")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise form_error("The CSV file must be UTF-8 text.", code="csv_not_utf8") from None
        trail = trail_of(request, viewer.badge)
        try:
            report = await request.app.state.db.awrite(
                lambda s: import_completions_csv(s, text, recorded_by=viewer.badge, trail=trail))
        except GardaError as error:
            return await _page(request, pages, viewer, problem=error.message, status=error.status)
        return await _page(request, pages, viewer, report=report,
                           flash=f"Imported {report.recorded} completions ({report.already_recorded} already on file, "
                                 f"{len(report.errors)} rows refused).")


async def _act(request: Request, pages: Pages, viewer: Viewer, change, done: str) -> Response:
    try:
        await request.app.state.db.awrite(change)
    except GardaError as error:
        return await _page(request, pages, viewer, problem=error.message, status=error.status)
    return await _page(request, pages, viewer, flash=done)


async def _page(request: Request, pages: Pages, viewer: Viewer, *, flash: str | None = None,
                problem: str | None = None, status: int = 200, report=None) -> Response:
    warning_days = rules_of(request).warning_days

    def load(session):
        modules = [{"name": m.name, "title": m.title, "system_name": m.system_name, "topics": m.topics,
                    "refresher_months": m.refresher_months, "active": m.active} for m in list_modules(session)]
        members = [(u.badge, u.name, training_status(session, u.id, warning_days=warning_days))
                   for u in list_users(session) if not u.disabled]
        return modules, members

    modules, members = await request.app.state.db.aread(load)
    return pages.render(request, "training.html", viewer=viewer, modules=modules, members=members, report=report,
                        can_manage=viewer.can(Permission.TRAINING_MODULE_MANAGE),
                        can_record=viewer.can(Permission.TRAINING_RECORD),
                        flash=flash, problem=problem, status=status)


def _int(value, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default
