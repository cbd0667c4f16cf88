"""The database: one engine, read sessions, and the one door for writes.

Every write goes through :meth:`Database.write` (or :meth:`Database.awrite`): one
transaction, committed before it returns, so an audit record is durable when the call
comes back (:meth:`Database.write_statements` is the same door for work that needs only a
Core connection, such as the gateway's audit appends). Any SQLAlchemy or driver error
becomes :class:`garda.errors.StorageUnavailable`, so the gateway fails closed with a 503
instead of forwarding unaudited text.

SQLite (the default) gets one writer at a time: a queue in this process whose head
commits the queued writes together (group commit, garda.store.writer), ``BEGIN
IMMEDIATE`` against other processes, WAL, ``synchronous=FULL`` and a busy timeout.
PostgreSQL gets a connection pool and concurrent writers; the audit log takes its own
row lock on the chain head.
"""

from __future__ import annotations

import os
import random
import threading
import time
import weakref
from contextlib import contextmanager
from typing import Any, Callable, Iterator, TypeVar

import anyio.to_thread
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from garda.errors import ConfigurationError, GardaError, StorageUnavailable
from garda.store.writer import SingleWriter

T = TypeVar("T")

SQLITE_BUSY_TIMEOUT_MS = 10_000
# Execution option read by the SQLite "begin" listener: writers take the write lock up front.
SQLITE_BEGIN_OPTION = "garda_sqlite_begin"
# PostgreSQL: a deadlock or serialization failure aborts one transaction; run it again.
RETRYABLE_SQLSTATES = {"40001", "40P01"}
WRITE_ATTEMPTS = 3
# PostgreSQL: waiting longer than this for a lock (e.g. the audit chain head held by a stuck
# transaction) fails the request with a 503 instead of hanging it.
POSTGRES_LOCK_TIMEOUT = "10s"
POSTGRES_CONNECT_TIMEOUT_SECONDS = 10


class Database:
    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite and self.url.database in (None, "", ":memory:"):
            raise ConfigurationError("garda needs a SQLite file (sqlite:///path/garda.db), not an in-memory database.")
        self.engine = _sqlite_engine(url, echo) if self.is_sqlite else _server_engine(url, echo)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)
        self._writing = threading.local()
        self._single_writer = self._new_single_writer()
        _forget_connections_after_fork(self)

    def _new_single_writer(self) -> SingleWriter | None:
        if not self.is_sqlite:
            return None
        return SingleWriter(self.engine, self._sessions, begin_options={SQLITE_BEGIN_OPTION: "IMMEDIATE"},
                            storage_error=_unavailable)

    def _after_fork_in_child(self) -> None:
        # The parent's pooled connections and locks must not be used by a forked worker.
        self.engine.dispose(close=False)
        self._writing = threading.local()
        self._single_writer = self._new_single_writer()

    @classmethod
    def from_settings(cls, settings) -> "Database":
        return cls(settings.resolved_database_url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # -- schema ---------------------------------------------------------------------------

    def upgrade(self) -> None:
        """Apply every migration shipped in garda/store/migrations up to head."""
        from garda.store.migrate import upgrade_head

        self._guarded(lambda: upgrade_head(self.engine))

    def check(self) -> list[str]:
        """Differences between the models and the migrated schema; [] when in sync."""
        from garda.store.migrate import schema_differences

        return self._guarded(lambda: schema_differences(self.engine))

    # -- sessions -------------------------------------------------------------------------

    @contextmanager
    def read(self, *, snapshot: bool = False) -> Iterator[Session]:
        """A session for reading; rolled back at the end (writes belong in :meth:`write`).

        ``snapshot``: every query sees the same committed state (PostgreSQL REPEATABLE READ;
        a SQLite read transaction already is one), for long reads such as verifying the log.
        """
        try:
            with self._sessions() as session:
                if snapshot and not self.is_sqlite:
                    session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
                try:
                    yield session
                finally:
                    session.rollback()
        except SQLAlchemyError as exc:
            raise _unavailable(exc) from exc

    def write(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in one transaction and commit; return its result.

        Nothing of ``fn``'s is committed if it raises. SQLite writers queue for the single
        writer, which commits queued writes together (garda.store.writer). On PostgreSQL
        ``fn`` runs again (up to three times) after a deadlock or serialization failure,
        so it must only touch the session: no side effects outside the database.
        """
        return self._write(fn, wants_session=True)

    def write_statements(self, fn: Callable[[Connection], T]) -> T:
        """:meth:`write` for work that needs only plain table statements: ``fn`` gets a Core
        connection inside the transaction, and no ORM session is built for it."""
        return self._write(fn, wants_session=False)

    def _write(self, fn: Callable[[Any], T], *, wants_session: bool) -> T:
        if getattr(self._writing, "active", False):
            raise RuntimeError("Database.write called inside another write on the same thread; "
                               "do all the work in the outer fn")
        self._writing.active = True
        try:
            if self._single_writer is not None:
                return self._single_writer.submit(fn, wants_session=wants_session)
            return self._transaction(fn, wants_session=wants_session)
        finally:
            self._writing.active = False

    async def aread(self, fn: Callable[[Session], T]) -> T:
        def run() -> T:
            with self.read() as session:
                return fn(session)

        return await anyio.to_thread.run_sync(run)

    def read_statements(self, fn: Callable[[Connection], T]) -> T:
        """:meth:`read` for plain table statements: ``fn`` gets a Core connection in a read
        transaction (rolled back at the end), and no ORM session is built for it."""
        try:
            with self.engine.connect() as connection:
                try:
                    return fn(connection)
                finally:
                    connection.rollback()
        except SQLAlchemyError as exc:
            raise _unavailable(exc) from exc

    async def aread_statements(self, fn: Callable[[Connection], T]) -> T:
        """:meth:`read_statements` for a read of a few rows by index, such as the gateway's
        per-request read.

        On SQLite it runs right here on the event loop: a WAL reader does not wait for the
        writer, and handing the read to a thread and back costs more than the read itself.
        A server database is a network round trip away, so there it goes to a thread.
        """
        if not self.is_sqlite:
            return await anyio.to_thread.run_sync(self.read_statements, fn)
        return self.read_statements(fn)

    async def awrite(self, fn: Callable[[Session], T]) -> T:
        # Not abandoned on cancellation: the thread runs the transaction to its end.
        return await anyio.to_thread.run_sync(self.write, fn)

    async def awrite_statements(self, fn: Callable[[Connection], T]) -> T:
        return await anyio.to_thread.run_sync(self.write_statements, fn)

    def checkpoint(self) -> None:
        """SQLite: copy the write-ahead log into the database file and truncate it (after erasing)."""
        if self.is_sqlite:
            self._guarded(self._truncate_wal)

    def _truncate_wal(self) -> None:
        with self.engine.connect() as connection:
            connection.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def dispose(self) -> None:
        self.engine.dispose()

    # -- internals ------------------------------------------------------------------------

    def _transaction(self, fn: Callable[[Any], T], *, wants_session: bool) -> T:
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                if not wants_session:
                    with self.engine.begin() as connection:
                        return fn(connection)
                with self._sessions() as session, session.begin():
                    return fn(session)
            except DBAPIError as exc:
                if attempt < WRITE_ATTEMPTS and _sqlstate(exc) in RETRYABLE_SQLSTATES:
                    # A short random pause lets the transaction that won go first.
                    time.sleep(random.uniform(0.01, 0.05) * attempt)
                    continue
                raise _unavailable(exc) from exc
            except SQLAlchemyError as exc:
                raise _unavailable(exc) from exc
        raise AssertionError("unreachable")

    def _guarded(self, fn: Callable[[], T]) -> T:
        try:
            return fn()
        except SQLAlchemyError as exc:
            raise _unavailable(exc) from exc


def _forget_connections_after_fork(db: Database) -> None:
    reference = weakref.ref(db)

    def after_fork() -> None:
        alive = reference()
        if alive is not None:
            alive._after_fork_in_child()

    os.register_at_fork(after_in_child=after_fork)


def _sqlstate(exc: DBAPIError) -> str | None:
    return getattr(exc.orig, "sqlstate", None)


def _unavailable(exc: SQLAlchemyError) -> GardaError:
    # The driver's message can quote parameters (possibly personal data): name only its class.
    kind = type(getattr(exc, "orig", None) or exc).__name__
    return StorageUnavailable(f"The database could not be used ({kind}); nothing was sent.")


def _sqlite_engine(url: str, echo: bool) -> Engine:
    # Connections are cheap; enough that the request threads rarely wait for one.
    engine = create_engine(url, echo=echo, pool_size=10, max_overflow=30,
                           connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def configure(dbapi_connection, _record) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite's own is broken for DDL).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # secure_delete: erased content (audit retention) is zeroed on disk, not left in free pages.
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "secure_delete=ON",
                       f"busy_timeout={SQLITE_BUSY_TIMEOUT_MS}"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def begin(connection) -> None:
        mode = connection.get_execution_options().get(SQLITE_BEGIN_OPTION, "DEFERRED")
        _begin_on_driver(connection, f"BEGIN {mode}")

    return engine


def _begin_on_driver(connection: Connection, statement: str) -> None:
    """BEGIN straight on the driver: every request begins three transactions, and SQLAlchemy's
    statement path (``exec_driver_sql``) costs several times what SQLite spends on a BEGIN.
    A driver error comes back as SQLAlchemy's ``DBAPIError`` subclass, as from that path."""
    dialect = connection.dialect
    try:
        connection.connection.driver_connection.execute(statement)
    except dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(statement, None, exc, dialect.loaded_dbapi.Error,
                                  hide_parameters=True, dialect=dialect) from exc


def _server_engine(url: str, echo: bool) -> Engine:
    connect_args = {"connect_timeout": POSTGRES_CONNECT_TIMEOUT_SECONDS,
                    "options": f"-c lock_timeout={POSTGRES_LOCK_TIMEOUT}"}
    return create_engine(url, echo=echo, pool_pre_ping=True, pool_size=10, max_overflow=20,
                         pool_timeout=10, connect_args=connect_args)
