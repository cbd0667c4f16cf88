"""SQLite's single writer commits queued writes together; each caller still gets its own outcome."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import event, select

from garda.errors import StorageUnavailable
from garda.audit.models import AuditEntry
from garda.registry.models import AISystem


def wait_until(condition, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached")
        time.sleep(0.005)


def count_commits(db) -> list[int]:
    commits: list[int] = []
    event.listen(db.engine, "commit", lambda connection: commits.append(1))
    return commits


def run_in_threads(db, fns: dict[str, callable], first_blocks: threading.Event):
    """Start a blocking first writer, queue the others behind it, then let them go."""
    outcomes: dict[str, object] = {}

    def call(name, fn):
        try:
            outcomes[name] = db.write(fn)
        except Exception as exc:  # noqa: BLE001 - the test inspects it
            outcomes[name] = exc

    def blocker(session):
        first_blocks.wait(30)
        session.add(AISystem(name="first"))

    threads = [threading.Thread(target=call, args=("first", blocker))]
    threads[0].start()
    wait_until(lambda: not db._single_writer._pending)  # the blocker is running
    for name, fn in fns.items():
        threads.append(threading.Thread(target=call, args=(name, fn)))
        threads[-1].start()
    wait_until(lambda: len(db._single_writer._pending) == len(fns))
    first_blocks.set()
    for thread in threads:
        thread.join(60)
    return outcomes


def adder(name: str):
    def fn(session):
        session.add(AISystem(name=name))
        session.flush()
        return name
    return fn


def failing(session):
    session.add(AISystem(name="never"))
    session.flush()
    raise ValueError("this caller's own mistake")


def test_queued_writes_share_one_commit_and_keep_their_own_outcomes(sqlite_database):
    commits = count_commits(sqlite_database)
    outcomes = run_in_threads(sqlite_database, {"a": adder("a"), "bad": failing, "b": adder("b")},
                              threading.Event())
    assert outcomes["a"] == "a" and outcomes["b"] == "b" and outcomes["first"] is None
    assert isinstance(outcomes["bad"], ValueError)
    assert len(commits) == 2  # the blocker's, then one for the three queued writes
    with sqlite_database.read() as session:
        assert sorted(session.scalars(select(AISystem.name))) == ["a", "b", "first"]


def test_a_constraint_error_in_a_batch_fails_only_its_caller(sqlite_database):
    outcomes = run_in_threads(sqlite_database, {"a": adder("a"), "dup": adder("first"), "b": adder("b")},
                              threading.Event())
    assert isinstance(outcomes["dup"], StorageUnavailable)
    assert outcomes["a"] == "a" and outcomes["b"] == "b"


def test_a_failed_commit_fails_every_caller_in_the_batch(sqlite_database, monkeypatch):
    import sqlite3

    dialect = sqlite_database.engine.dialect
    real_commit = dialect.do_commit
    armed = threading.Event()

    def do_commit(dbapi_connection):
        if armed.is_set():
            raise sqlite3.OperationalError("disk I/O error")  # stands for a failed fsync
        real_commit(dbapi_connection)

    monkeypatch.setattr(dialect, "do_commit", do_commit)

    def arm(session):
        armed.set()  # runs inside the batch, before its commit

    outcomes = run_in_threads(sqlite_database, {"a": adder("a"), "arm": arm}, threading.Event())
    armed.clear()
    assert outcomes["first"] is None
    assert isinstance(outcomes["a"], StorageUnavailable) and isinstance(outcomes["arm"], StorageUnavailable)
    with sqlite_database.read() as session:
        assert list(session.scalars(select(AISystem.name))) == ["first"]


def test_audit_appends_in_one_batch_keep_one_chain_when_one_of_them_fails(sqlite_database, audit_log):
    from garda.audit.events import AuditEvent

    def append(actor, fail=False):
        def fn(session):
            entry = audit_log.append(session, AuditEvent.GATEWAY_PROMPT_ALLOWED, actor=actor,
                                     contents={"prompt": f"from {actor}"})
            if fail:
                raise ValueError("rolled back after appending")
            return entry.seq
        return fn

    outcomes = run_in_threads(sqlite_database, {"a": append("a"), "bad": append("bad", fail=True),
                                                "b": append("b")}, threading.Event())
    assert isinstance(outcomes["bad"], ValueError)
    assert sorted([outcomes["a"], outcomes["b"]]) == [1, 2]
    with sqlite_database.read() as session:
        report = audit_log.verify(session)
        actors = list(session.scalars(select(AuditEntry.actor).order_by(AuditEntry.seq)))
    assert report.ok and report.rows_checked == 2, report
    assert sorted(actors) == ["a", "b"]


def test_objects_returned_from_a_batch_are_the_callers_own(sqlite_database):
    system = sqlite_database.write(adder("shared"))

    def load(session):
        return session.get(AISystem, session.scalar(select(AISystem.id).where(AISystem.name == "shared")))

    def change_then_fail(session):
        row = session.scalar(select(AISystem).where(AISystem.name == "shared"))
        row.vendor = "changed by a write that then failed"
        session.flush()
        raise ValueError("rolled back")

    outcomes = run_in_threads(sqlite_database, {"load": load, "bad": change_then_fail}, threading.Event())
    assert isinstance(outcomes["bad"], ValueError)
    assert outcomes["load"].vendor == ""  # readable after commit, and untouched by the failed write
    assert system == "shared"
