"""The people/ tables come from migration 0002_people, and their audit events form a valid chain."""

import importlib.util
from pathlib import Path

from sqlalchemy import select

import garda.store
from garda.people.keys import create_api_key, revoke_api_key
from garda.people.models import TrainingModule
from garda.people.training import DEPARTMENT_MODULE, DEPARTMENT_MODULE_SPEC, record_department_training
from garda.people.users import create_user, set_roles


def test_migrations_match_the_models(database):
    assert database.check() == []


def test_the_migration_seeds_the_department_module(session):
    module = session.scalar(select(TrainingModule).where(TrainingModule.name == DEPARTMENT_MODULE))
    assert module.topics == DEPARTMENT_MODULE_SPEC["topics"] and module.system_name is None
    path = Path(garda.store.__file__).parent / "migrations" / "versions" / "0002_people.py"
    spec = importlib.util.spec_from_file_location("migration_0002", path)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    frozen = {k: v for k, v in migration.DEPARTMENT_MODULE.items() if k in DEPARTMENT_MODULE_SPEC}
    assert frozen == DEPARTMENT_MODULE_SPEC


def test_people_events_extend_one_valid_chain(session, audit, trail):
    user = create_user(session, badge="4711", name="Dana Whitfield", email="", groups=["patrol"], trail=trail)
    set_roles(session, user, ["member", "committee_member"], trail=trail)
    record_department_training(session, user, recorded_by="9001", trail=trail)
    key, raw = create_api_key(session, user, name="k", trail=trail)
    revoke_api_key(session, key.id, by_user=user, trail=trail)
    session.commit()
    report = audit.verify(session)
    assert report.ok and report.rows_checked == len(audit.events) == 5
    exported = list(audit.export(session))
    assert [e["event"] for e in exported] == audit.tags()
    assert all(e["source_address"] == "192.0.2.10" and e["user_agent"] == "pytest" for e in exported)
    assert raw not in repr(exported)
