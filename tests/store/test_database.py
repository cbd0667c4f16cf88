"""The one write door, read sessions, and the fail-closed mapping of storage errors."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select, text

from garda.errors import NotFound, StorageUnavailable
from garda.registry.models import AISystem
from garda.store.database import Database


def add_system(name: str):
    def fn(session):
        system = AISystem(name=name)
        session.add(system)
        session.flush()
        return system
    return fn


def system_names(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(AISystem.name).order_by(AISystem.name)))


def test_write_commits_and_returns_the_result_usable_after_commit(database):
    system = database.write(add_system("alpha"))
    assert system.name == "alpha" and system.id is not None
    assert system_names(database) == ["alpha"]


def test_write_rolls_back_everything_when_fn_raises(database):
    def fn(session):
        add_system("beta")(session)
        raise NotFound("no such thing")

    with pytest.raises(NotFound):  # garda's own errors pass through unchanged
        database.write(fn)
    assert system_names(database) == []


def test_read_never_commits(database):
    with database.read() as session:
        session.add(AISystem(name="gamma"))
        session.flush()
    assert system_names(database) == []


def test_write_inside_write_is_refused(database):
    with pytest.raises(RuntimeError, match="inside another write"):
        database.write(lambda session: database.write(add_system("delta")))
    database.write(add_system("epsilon"))  # the door is open again afterwards
    assert system_names(database) == ["epsilon"]


async def test_async_twins(database):
    await database.awrite(add_system("zeta"))
    names = await database.aread(lambda s: list(s.scalars(select(AISystem.name))))
    assert names == ["zeta"]


def test_constraint_violation_is_storage_unavailable(database):
    database.write(add_system("eta"))
    with pytest.raises(StorageUnavailable) as caught:
        database.write(add_system("eta"))
    assert caught.value.status == 503
    assert isinstance(caught.value.__cause__, Exception)


def test_concurrent_read_modify_write_loses_no_update(database):
    """Many threads increment one counter; the single-writer door (or row locks) keep every increment."""
    system = database.write(add_system("counter"))

    def bump(session):
        row = session.execute(select(AISystem).where(AISystem.id == system.id).with_for_update()).scalar_one()
        row.vendor = str(int(row.vendor or "0") + 1)

    def worker():
        for _ in range(20):
            database.write(bump)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with database.read() as session:
        assert session.get(AISystem, system.id).vendor == "160"


def test_sqlite_is_durable_and_checks_foreign_keys(sqlite_database):
    with sqlite_database.read() as session:
        pragma = {name: session.execute(text(f"PRAGMA {name}")).scalar()
                  for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
    assert pragma["journal_mode"] == "wal"
    assert pragma["synchronous"] == 2  # FULL
    assert pragma["foreign_keys"] == 1
    assert pragma["busy_timeout"] >= 1000


def test_missing_database_folder_is_storage_unavailable(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'gone' / 'garda.db'}")
    with pytest.raises(StorageUnavailable):
        db.write(add_system("theta"))
    with pytest.raises(StorageUnavailable):
        with db.read() as session:
            session.execute(select(AISystem)).all()
    db.dispose()


def test_corrupt_file_is_storage_unavailable(tmp_path):
    path = tmp_path / "garda.db"
    path.write_bytes(b"this is not a database at all" * 200)
    db = Database(f"sqlite:///{path}")
    with pytest.raises(StorageUnavailable):
        db.upgrade()
    with pytest.raises(StorageUnavailable):
        db.write(add_system("iota"))
    db.dispose()


def test_dropped_table_is_storage_unavailable(database):
    database.write(lambda s: s.execute(text("DROP TABLE audit_head")))
    with pytest.raises(StorageUnavailable):
        with database.read() as session:
            session.execute(text("SELECT * FROM audit_head")).all()


def test_unreachable_postgres_is_storage_unavailable():
    db = Database("postgresql+psycopg://nobody:nothing@127.0.0.1:9/none?connect_timeout=2")
    with pytest.raises(StorageUnavailable):
        db.write(add_system("kappa"))
    db.dispose()


def test_storage_error_message_quotes_no_parameters(database):
    database.write(add_system("Jane Doe-Fictitious"))
    with pytest.raises(StorageUnavailable) as caught:
        database.write(add_system("Jane Doe-Fictitious"))
    assert "Jane" not in caught.value.message


def test_in_memory_sqlite_is_refused():
    from garda.errors import ConfigurationError

    with pytest.raises(ConfigurationError):
        Database("sqlite://")


def test_a_forked_child_opens_its_own_connections(sqlite_database):
    import os

    sqlite_database.write(add_system("before-fork"))
    pid = os.fork()
    if pid == 0:  # child: write through the inherited Database, then report by exit code
        try:
            sqlite_database.write(add_system("from-child"))
            os._exit(0)
        except BaseException:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert system_names(sqlite_database) == ["before-fork", "from-child"]


def test_postgres_deadlock_is_retried(postgres_database):
    """Two writers take two rows in opposite order; PostgreSQL aborts one, write() runs it again."""
    from sqlalchemy import update

    from garda.audit.models import AuditHead

    system = postgres_database.write(add_system("lock-order"))
    both_hold_one = threading.Barrier(2, timeout=30)
    attempts = {"system-first": 0, "head-first": 0}

    def take(session, first, second, name):
        attempts[name] += 1
        session.execute(first)
        if attempts[name] == 1:
            both_hold_one.wait()
        session.execute(second)
        return name

    lock_system = update(AISystem).where(AISystem.id == system.id).values(vendor="x")
    lock_head = update(AuditHead).where(AuditHead.id == 1).values(last_seq=AuditHead.last_seq)
    results, errors = [], []

    def run(name, first, second):
        try:
            results.append(postgres_database.write(lambda s: take(s, first, second, name)))
        except Exception as exc:  # noqa: BLE001 - asserted below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=("system-first", lock_system, lock_head)),
               threading.Thread(target=run, args=("head-first", lock_head, lock_system))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert sorted(results) == ["head-first", "system-first"]
    assert min(attempts.values()) == 1 and max(attempts.values()) >= 2  # the loser ran again


def test_checkpoint_truncates_the_write_ahead_log(sqlite_database, tmp_path):
    sqlite_database.write(add_system("lambda"))
    assert (tmp_path / "garda.db-wal").stat().st_size > 0
    sqlite_database.checkpoint()
    assert (tmp_path / "garda.db-wal").stat().st_size == 0
    assert system_names(sqlite_database) == ["lambda"]
