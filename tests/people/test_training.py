from datetime import date, timedelta

import pytest

from garda.errors import BadRequest
from garda.people.training import (DEPARTMENT_MODULE, SOP_682_40_B_TOPICS, add_module, ensure_department_module,
                                   expires_on, import_completions_csv, record_completion,
                                   record_department_training, system_standing, training_gaps, training_status,
                                   training_warnings)
from garda.people.users import create_user
from garda.store.base import utcnow


@pytest.fixture
def user(session):
    return create_user(session, badge="4711", name="Dana Whitfield", email="")


def test_without_any_module_on_file_the_department_module_is_still_required(session, user):
    gaps = training_gaps(session, user.id, "mpd-assistant")
    assert [(g.name, g.reason) for g in gaps] == [(DEPARTMENT_MODULE, "missing")]
    assert "SOP 682.40" in gaps[0].module and gaps[0].how_to_complete


def test_department_module_has_the_six_topics(session):
    module = ensure_department_module(session)
    assert module.topics == SOP_682_40_B_TOPICS and len(module.topics) == 6
    assert module.refresher_months == 12
    assert ensure_department_module(session) is module


def test_completion_clears_the_gap_until_the_refresher_is_due(session, user, trail, audit):
    record_department_training(session, user, recorded_by="9001", completed_on=date(2026, 1, 15), trail=trail)
    assert training_gaps(session, user.id, "x", now=date(2026, 6, 1)) == []
    gaps = training_gaps(session, user.id, "x", now=date(2027, 1, 15))
    assert [(g.reason, g.expired_on) for g in gaps] == [("expired", date(2027, 1, 15))]
    assert "training:completion:recorded" in audit.tags()


def test_system_modules_are_required_only_for_their_system(session, user):
    record_department_training(session, user, recorded_by="t")
    module = add_module(session, name="mpd-assistant-basics", title="Using the MPD assistant",
                        system_name="mpd-assistant", refresher_months=6)
    assert [g.name for g in training_gaps(session, user.id, "mpd-assistant")] == ["mpd-assistant-basics"]
    assert training_gaps(session, user.id, "public-chat") == []
    record_completion(session, user, module, recorded_by="t")
    assert training_gaps(session, user.id, "mpd-assistant") == []


def test_warning_thirty_days_before_expiry(session, user):
    record_department_training(session, user, recorded_by="t", completed_on=date(2025, 6, 10))
    assert training_warnings(session, user.id, now=date(2026, 5, 10)) == []
    warned = training_warnings(session, user.id, now=date(2026, 5, 12))
    assert [w.name for w in warned] == [DEPARTMENT_MODULE]
    states = {s.name: s.state for s in training_status(session, user.id, now=date(2026, 6, 10))}
    assert states[DEPARTMENT_MODULE] == "expired"


def test_system_standing_agrees_with_gaps_and_warnings(session, user):
    record_department_training(session, user, recorded_by="t", completed_on=date(2025, 6, 10))
    module = add_module(session, name="mpd-assistant-basics", title="Using the MPD assistant",
                        system_name="mpd-assistant", refresher_months=6)
    record_completion(session, user, module, recorded_by="t", completed_on=date(2025, 11, 20))
    for day in (date(2026, 4, 1), date(2026, 5, 12), date(2026, 5, 25), date(2026, 6, 10), date(2027, 1, 1)):
        for system in ("mpd-assistant", "public-chat"):
            standing = system_standing(session, user.id, system, now=day)
            assert standing.gaps == training_gaps(session, user.id, system, now=day)
            assert standing.warnings == training_warnings(session, user.id, system_name=system, now=day)
    in_may = system_standing(session, user.id, "mpd-assistant", now=date(2026, 5, 12))
    assert in_may.gaps == [] and {w.name for w in in_may.warnings} == {DEPARTMENT_MODULE, "mpd-assistant-basics"}
    in_june = system_standing(session, user.id, "mpd-assistant", now=date(2026, 6, 10))
    assert [(g.name, g.reason) for g in in_june.gaps] == [(DEPARTMENT_MODULE, "expired"),
                                                         ("mpd-assistant-basics", "expired")]


def test_expiry_arithmetic():
    assert expires_on(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert expires_on(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert expires_on(date(2025, 11, 5), 3) == date(2026, 2, 5)


def test_completion_in_the_future_is_refused(session, user):
    with pytest.raises(BadRequest):
        record_department_training(session, user, recorded_by="t", completed_on=utcnow().date() + timedelta(days=1))


def test_csv_import(session, user, trail, audit):
    ensure_department_module(session)
    create_user(session, badge="5123", name="Luis Ortega", email="")
    text = ("\ufeffBadge Number,Course Code,Completion Date,Score\n"
            f"4711,{DEPARTMENT_MODULE},2026-01-15,95\n"
            f"5123,{DEPARTMENT_MODULE},01/20/2026,88\n"
            f"4711,{DEPARTMENT_MODULE},2026-01-15,95\n"
            f"9999,{DEPARTMENT_MODULE},2026-01-15,70\n"
            "4711,no-such-course,2026-01-15,70\n"
            f"4711,{DEPARTMENT_MODULE},yesterday,70\n")
    report = import_completions_csv(session, text, recorded_by="9001", trail=trail)
    assert (report.recorded, report.already_recorded) == (2, 1)
    assert [line for line, _ in report.errors] == [5, 6, 7]
    assert audit.tags()[-1] == "training:completion:imported"


def test_csv_without_the_columns(session):
    with pytest.raises(BadRequest):
        import_completions_csv(session, "name,date\nx,2026-01-01\n", recorded_by="t")


def test_if_the_department_module_row_is_deleted_it_is_still_required(session, user):
    from sqlalchemy import delete

    from garda.people.models import TrainingModule

    session.execute(delete(TrainingModule))
    gaps = training_gaps(session, user.id, "mpd-assistant")
    assert [(g.name, g.reason) for g in gaps] == [(DEPARTMENT_MODULE, "missing")]


def test_warnings_for_one_system(session, user):
    record_department_training(session, user, recorded_by="t", completed_on=date(2025, 6, 10))
    module = add_module(session, name="other-basics", title="Other", system_name="other", refresher_months=12)
    record_completion(session, user, module, recorded_by="t", completed_on=date(2025, 6, 10))
    names = lambda ws: sorted(w.name for w in ws)  # noqa: E731
    assert names(training_warnings(session, user.id, now=date(2026, 5, 20))) == ["other-basics", DEPARTMENT_MODULE]
    assert names(training_warnings(session, user.id, system_name="mpd-assistant", now=date(2026, 5, 20))) \
        == [DEPARTMENT_MODULE]
