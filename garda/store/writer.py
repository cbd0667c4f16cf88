"""SQLite's single writer, with group commit.

SQLite admits one writer at a time, and a durable commit costs an fsync (milliseconds on
most disks). Writers in this process therefore queue: whoever holds the write lock runs
every queued write function in one ``BEGIN IMMEDIATE`` transaction, each inside its own
SAVEPOINT, and commits once. A function that raises is rolled back to its savepoint and
its caller gets the exception; the others still commit. Every caller returns only after
the commit that holds its work, so "durable when write() returns" still holds, and under
load many writes share one fsync.

A job either wants an ORM session or only a Core connection (plain table statements, as
the audit log's appends). A batch of connection-only jobs runs without a session at all:
the session's bookkeeping costs more than the statements of an append.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, TypeVar

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")

MAX_BATCH = 64


@dataclass
class _Job:
    fn: Callable[[Any], Any]
    wants_session: bool = True
    done: bool = False
    result: Any = None
    error: BaseException | None = None


class SingleWriter:
    def __init__(self, engine: Engine, sessions: sessionmaker, *, begin_options: dict[str, str],
                 storage_error: Callable[[SQLAlchemyError], BaseException]) -> None:
        self._engine = engine
        self._sessions = sessions
        self._begin_options = begin_options
        self._storage_error = storage_error
        self._lock = threading.Lock()          # held by the thread committing a batch
        self._queue_lock = threading.Lock()    # guards _pending only, held for microseconds
        self._pending: deque[_Job] = deque()

    def submit(self, fn: Callable[[Any], T], *, wants_session: bool = True) -> T:
        """Run ``fn`` in the next committed batch: with a Session, or else with a Core Connection."""
        job = _Job(fn, wants_session)
        with self._queue_lock:
            self._pending.append(job)
        while not job.done:
            with self._lock:
                if not job.done:  # nobody served it while we waited: serve the queue ourselves
                    self._run(self._take_batch())
        if job.error is not None:
            raise job.error
        return job.result

    def _take_batch(self) -> list[_Job]:
        with self._queue_lock:
            return [self._pending.popleft() for _ in range(min(MAX_BATCH, len(self._pending)))]

    def _run(self, batch: list[_Job]) -> None:
        try:
            if any(job.wants_session for job in batch):
                self._run_with_session(batch)
            else:
                self._run_on_connection(batch)
        except SQLAlchemyError as exc:
            self._fail_all(batch, self._storage_error(exc), exc)
        except BaseException as exc:  # a lone job's own error (the transaction is rolled back)
            self._fail_all(batch, exc, None)
        finally:
            for job in batch:
                job.done = True

    def _run_with_session(self, batch: list[_Job]) -> None:
        with self._sessions() as session, session.begin():
            connection = session.connection(execution_options=self._begin_options)
            if len(batch) == 1:
                batch[0].result = batch[0].fn(session if batch[0].wants_session else connection)
            else:
                for job in batch:
                    self._run_in_savepoint(session.begin_nested, job,
                                           session if job.wants_session else connection,
                                           after=session.expunge_all)

    def _run_on_connection(self, batch: list[_Job]) -> None:
        with self._engine.connect() as connection:
            connection.execution_options(**self._begin_options)
            with connection.begin():
                if len(batch) == 1:
                    batch[0].result = batch[0].fn(connection)
                else:
                    for job in batch:
                        self._run_in_savepoint(connection.begin_nested, job, connection)

    def _run_in_savepoint(self, savepoint: Callable[[], Any], job: _Job, target: Session | Connection,
                          after: Callable[[], None] | None = None) -> None:
        try:
            with savepoint():
                job.result = job.fn(target)
        except SQLAlchemyError as exc:
            job.error = self._storage_error(exc)
            job.error.__cause__ = exc
        except Exception as exc:
            job.error = exc
        finally:
            # Each job gets its own objects, as if it had run alone: a later job's changes
            # (or its rollback expiring them) never reach objects an earlier job returned.
            if after is not None:
                after()

    @staticmethod
    def _fail_all(batch: list[_Job], error: BaseException, cause: BaseException | None) -> None:
        if cause is not None:
            error.__cause__ = cause
        for job in batch:
            if job.error is None:
                job.error, job.result = error, None
