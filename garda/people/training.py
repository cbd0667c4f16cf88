"""Training (SOP 682.40, 682.15 B.3.g): modules, completions, refreshers, and the gaps that
keep a member away from a system until their required training is current.

A system requires every active department-wide module plus its own modules. If the
department-wide module is missing from the database, it is still required (fail closed).
"""

from __future__ import annotations

import calendar
import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Iterable

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from garda.audit.events import AuditEvent
from garda.errors import BadRequest, NotFound
from garda.people.models import TrainingCompletion, TrainingModule, User
from garda.people.trail import Trail, record
from garda.store.base import utcnow
from garda.store.statements import DriverStatement

DEPARTMENT_MODULE = "sop-682-department"
SOP_682_40_B_TOPICS = [
    "A review of SOP 682, Generative Artificial Intelligence",
    "The need for human oversight of generative AI outputs",
    "The interpretation, review and verification of generative AI output",
    "Checking generative AI output for bias or protected information",
    "Ethical use of generative AI technology",
    "Data security and privacy concerns",
]
DEPARTMENT_MODULE_SPEC = {
    "name": DEPARTMENT_MODULE,
    "title": "Generative AI: department-wide training (SOP 682.40)",
    "topics": SOP_682_40_B_TOPICS,
    "refresher_months": 12,
    "how_to_complete": ("Attend the department's generative-AI in-service training or read the roll-call "
                        "memorandum covering SOP 682.40 B, then ask the AI coordinator or the training unit "
                        "to record your completion in garda."),
}
WARNING_DAYS = 30
MODULE_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
CSV_MAX_BYTES = 5_000_000
CSV_COLUMNS = {
    "badge": ("badge", "badge_number", "badge number", "employee_id", "employee id"),
    "module": ("module", "course", "course_code", "course code", "course_id"),
    "completed_on": ("completed_on", "completed", "completion_date", "completion date", "date"),
}


# The modules a system requires, each with this member's latest completion (built once and run
# straight on the driver: it runs on every gateway request).
_MODULES, _COMPLETIONS = TrainingModule.__table__, TrainingCompletion.__table__
REQUIRED_WITH_LATEST = DriverStatement(
    select(_MODULES.c.id, _MODULES.c.name, _MODULES.c.title, _MODULES.c.system_name, _MODULES.c.refresher_months,
           _MODULES.c.how_to_complete, func.max(_COMPLETIONS.c.completed_on).label("latest"))
    .select_from(_MODULES.outerjoin(_COMPLETIONS, (_COMPLETIONS.c.module_id == _MODULES.c.id)
                                    & (_COMPLETIONS.c.user_id == bindparam("user_id"))))
    .where(_MODULES.c.active.is_(True),
           _MODULES.c.system_name.is_(None) | (_MODULES.c.system_name == bindparam("system_name")))
    .group_by(_MODULES.c.id)
    .order_by(_MODULES.c.system_name.is_not(None), _MODULES.c.name))


@dataclass(frozen=True)
class TrainingGap:
    """A required module that is missing or expired; ``module`` is its title, for the member."""

    module: str
    name: str
    how_to_complete: str
    reason: str                     # "missing" or "expired"
    expired_on: date | None = None


@dataclass(frozen=True)
class ModuleStatus:
    name: str
    title: str
    system_name: str | None
    state: str                      # "current", "expiring", "expired" or "missing"
    completed_on: date | None
    expires_on: date | None
    how_to_complete: str


@dataclass
class ImportReport:
    recorded: int = 0
    already_recorded: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)


def ensure_department_module(session: Session, *, trail: Trail | None = None) -> TrainingModule:
    """The department-wide module with the six SOP 682.40 B topics, created once."""
    module = session.scalar(select(TrainingModule).where(TrainingModule.name == DEPARTMENT_MODULE))
    if module is None:
        module = TrainingModule(**DEPARTMENT_MODULE_SPEC)
        session.add(module)
        session.flush()
        record(trail, session, AuditEvent.TRAINING_MODULE_ADDED, module=module.name, system=None)
    return module


def add_module(session: Session, *, name: str, title: str, system_name: str | None = None,
               topics: Iterable[str] = (), refresher_months: int = 12, how_to_complete: str = "",
               trail: Trail | None = None) -> TrainingModule:
    name = (name or "").strip().lower()
    if not MODULE_NAME.match(name):
        raise BadRequest("A module name is 1 to 100 lower-case letters, digits, '.', '_' or '-'.",
                         code="invalid_module")
    if find_module(session, name) is not None:
        raise BadRequest(f"A training module named '{name}' already exists.", code="duplicate_module")
    title = (title or "").strip()
    if not title or len(title) > 200:
        raise BadRequest("A module needs a title of 1 to 200 characters.", code="invalid_module")
    module = TrainingModule(name=name, title=title, system_name=(system_name or "").strip() or None,
                            topics=[t.strip() for t in topics if t.strip()],
                            refresher_months=check_refresher(refresher_months),
                            how_to_complete=(how_to_complete or "").strip()[:2000]
                            or "Ask the AI coordinator how to take this training and have it recorded.")
    session.add(module)
    session.flush()
    record(trail, session, AuditEvent.TRAINING_MODULE_ADDED, module=name, system=module.system_name,
           refresher_months=module.refresher_months)
    return module


def set_refresher(session: Session, module: TrainingModule, months: int, *, trail: Trail | None) -> None:
    before = module.refresher_months
    module.refresher_months = check_refresher(months)
    record(trail, session, AuditEvent.TRAINING_MODULE_UPDATED, module=module.name,
           refresher_months={"before": before, "after": module.refresher_months})


def check_refresher(months: int) -> int:
    if not 1 <= int(months) <= 60:
        raise BadRequest("The refresher interval is 1 to 60 months.", code="invalid_refresher")
    return int(months)


def find_module(session: Session, name: str) -> TrainingModule | None:
    return session.scalar(select(TrainingModule).where(TrainingModule.name == name.strip().lower()))


def module_by_name(session: Session, name: str) -> TrainingModule:
    module = find_module(session, name)
    if module is None:
        raise NotFound(f"No training module named '{name}'.", code="module_not_found")
    return module


def list_modules(session: Session) -> list[TrainingModule]:
    return list(session.scalars(select(TrainingModule).order_by(TrainingModule.system_name.is_not(None),
                                                                TrainingModule.system_name,
                                                                TrainingModule.name)))


def record_completion(session: Session, user: User, module: TrainingModule, *, completed_on: date | None = None,
                      recorded_by: str, source: str = "manual", trail: Trail | None = None) -> bool:
    """Record that ``user`` completed ``module``; False if that very completion is already on file."""
    completed_on = completed_on or utcnow().date()
    if completed_on > utcnow().date():
        raise BadRequest("A completion date cannot be in the future.", code="invalid_completion_date")
    exists = session.scalar(select(TrainingCompletion.id).where(
        TrainingCompletion.user_id == user.id, TrainingCompletion.module_id == module.id,
        TrainingCompletion.completed_on == completed_on))
    if exists is not None:
        return False
    session.add(TrainingCompletion(user_id=user.id, module_id=module.id, completed_on=completed_on,
                                   recorded_by=recorded_by[:64], source=source))
    session.flush()
    record(trail, session, AuditEvent.TRAINING_COMPLETION_RECORDED, user=user.badge, module=module.name,
           completed_on=completed_on.isoformat(), source=source)
    return True


def record_department_training(session: Session, user: User, *, recorded_by: str,
                               completed_on: date | None = None, trail: Trail | None = None) -> None:
    """Record the department-wide module for ``user`` (demo data and tests use this)."""
    module = ensure_department_module(session, trail=trail)
    record_completion(session, user, module, completed_on=completed_on, recorded_by=recorded_by, trail=trail)


def training_gaps(session: Session, user_id: int, system_name: str, *,
                  now: datetime | date | None = None) -> list[TrainingGap]:
    """The required modules this member lacks or has let expire, for this system."""
    return system_standing(session, user_id, system_name, now=now).gaps


@dataclass(frozen=True)
class Standing:
    """A member's training for one system: what keeps them out, and what runs out soon."""

    gaps: list[TrainingGap]
    warnings: list[ModuleStatus]


def system_standing(session: Session, user_id: int, system_name: str, *, now: datetime | date | None = None,
                    warning_days: int = WARNING_DAYS) -> Standing:
    """``training_gaps`` and ``training_warnings(system_name=...)`` together, in one query:
    the gateway asks this on every request."""
    today = _today(now)
    modules = _with_department_module(session, REQUIRED_WITH_LATEST.all(
        session, {"user_id": user_id, "system_name": system_name}))
    gaps, warnings = [], []
    for module in modules:
        done = getattr(module, "latest", None)
        if done is None:
            gaps.append(_gap(module, "missing"))
            continue
        expires = expires_on(done, module.refresher_months)
        if expires <= today:
            gaps.append(_gap(module, "expired", expires))
        elif expires - today <= timedelta(days=warning_days):
            warnings.append(ModuleStatus(module.name, module.title, module.system_name, "expiring", done,
                                         expires, module.how_to_complete))
    return Standing(gaps, warnings)


def required_modules(session: Session, system_name: str) -> list[TrainingModule]:
    modules = list(session.scalars(select(TrainingModule).where(
        TrainingModule.active.is_(True),
        (TrainingModule.system_name.is_(None)) | (TrainingModule.system_name == system_name))
        .order_by(TrainingModule.system_name.is_not(None), TrainingModule.name)))
    return _with_department_module(session, modules)


def _with_department_module(session: Session, modules: list) -> list:
    """``modules`` (rows or objects), led by the department-wide module when the database has lost
    it: still required (fail closed), and never completed."""
    if not any(m.system_name is None and m.name == DEPARTMENT_MODULE for m in modules):
        if find_module(session, DEPARTMENT_MODULE) is None:
            modules.insert(0, TrainingModule(id=-1, active=True, **DEPARTMENT_MODULE_SPEC))
    return modules


def training_status(session: Session, user_id: int, *, now: datetime | date | None = None,
                    warning_days: int = WARNING_DAYS) -> list[ModuleStatus]:
    """Every active module, with this member's state: current, expiring (within the warning), expired, missing."""
    today = _today(now)
    statuses = []
    modules = [m for m in list_modules(session) if m.active] or required_modules(session, "")
    for module in modules:
        completed = _latest_completion(session, user_id, module)
        expires = expires_on(completed, module.refresher_months) if completed else None
        if completed is None:
            state = "missing"
        elif expires <= today:
            state = "expired"
        elif expires - today <= timedelta(days=warning_days):
            state = "expiring"
        else:
            state = "current"
        statuses.append(ModuleStatus(module.name, module.title, module.system_name, state, completed, expires,
                                     module.how_to_complete))
    return statuses


def training_warnings(session: Session, user_id: int, *, system_name: str | None = None,
                      now: datetime | date | None = None, warning_days: int = WARNING_DAYS) -> list[ModuleStatus]:
    """Modules whose completion runs out within ``warning_days`` (30 by default); with
    ``system_name``, only the modules that system requires (for a notice on the gateway's answer)."""
    required = {m.name for m in required_modules(session, system_name)} if system_name else None
    return [s for s in training_status(session, user_id, now=now, warning_days=warning_days)
            if s.state == "expiring" and (required is None or s.name in required)]


def import_completions_csv(session: Session, text: str, *, recorded_by: str,
                           trail: Trail | None = None) -> ImportReport:
    """Completions from a learning system's CSV export: badge, module (or course), completion date."""
    if len(text) > CSV_MAX_BYTES:
        raise BadRequest("The CSV file is larger than 5 MB; split it.", code="csv_too_large")
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    columns = _csv_columns(reader.fieldnames or [])
    report = ImportReport()
    from garda.people.users import find_user

    for line, row in enumerate(reader, start=2):
        try:
            badge, module_name, when = (str(row.get(columns[c]) or "").strip()
                                        for c in ("badge", "module", "completed_on"))
            user = find_user(session, badge) if badge else None
            if user is None:
                raise ValueError(f"no member with badge '{badge[:32]}'")
            module = find_module(session, module_name) if module_name else None
            if module is None:
                raise ValueError(f"no training module named '{module_name[:100]}'")
            completed_on = _parse_date(when)
            if record_completion(session, user, module, completed_on=completed_on, recorded_by=recorded_by,
                                 source="csv", trail=trail):
                report.recorded += 1
            else:
                report.already_recorded += 1
        except (ValueError, BadRequest) as exc:
            report.errors.append((line, getattr(exc, "message", str(exc))))
    record(trail, session, AuditEvent.TRAINING_COMPLETION_IMPORTED, recorded=report.recorded,
           already_recorded=report.already_recorded, errors=len(report.errors))
    return report


def expires_on(completed_on: date, refresher_months: int) -> date:
    month = completed_on.month - 1 + refresher_months
    year, month = completed_on.year + month // 12, month % 12 + 1
    return date(year, month, min(completed_on.day, calendar.monthrange(year, month)[1]))


def _latest_completion(session: Session, user_id: int, module: TrainingModule) -> date | None:
    if module.id is None or module.id < 0:
        return None
    return session.scalar(select(func.max(TrainingCompletion.completed_on)).where(
        TrainingCompletion.user_id == user_id, TrainingCompletion.module_id == module.id))


def _gap(module: TrainingModule, reason: str, expired: date | None = None) -> TrainingGap:
    return TrainingGap(module=module.title, name=module.name, how_to_complete=module.how_to_complete,
                       reason=reason, expired_on=expired)


def _today(now: datetime | date | None) -> date:
    if now is None:
        return utcnow().date()
    return now.date() if isinstance(now, datetime) else now


def _csv_columns(fieldnames: list[str]) -> dict[str, str]:
    lowered = {name.strip().lower(): name for name in fieldnames if name}
    columns = {}
    for column, aliases in CSV_COLUMNS.items():
        match = next((lowered[a] for a in aliases if a in lowered), None)
        if match is None:
            raise BadRequest(f"The CSV file needs a '{column}' column (or one of: {', '.join(aliases)}).",
                             code="csv_missing_column")
        columns[column] = match
    return columns


def _parse_date(value: str) -> date:
    for pattern in ("%Y-%m-%d", "%m/%d/%Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"'{value[:30]}' is not a date (use YYYY-MM-DD)")
