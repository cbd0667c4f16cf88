"""Core statements run straight on the driver's cursor, for the few that run on every request.

SQLAlchemy's execution path (compiled-cache lookup, execution context, result wrapping)
costs several times what SQLite itself spends on a one-row insert. A
:class:`DriverStatement` is compiled once per dialect; each call converts the parameters
with the column types' own bind processors (so values are stored exactly as SQLAlchemy
would store them, and read back by it unchanged) and hands them to the driver. Driver
errors come back as SQLAlchemy's ``DBAPIError`` subclasses, so callers and
:class:`garda.store.database.Database` treat them like any other statement's.

A SELECT's rows come back as named tuples, each value converted by its column type's own
result processor (JSON text parsed, SQLite's datetime text read back), as SQLAlchemy would.
Like a Core connection, the first statement on a connection outside a transaction begins one;
given a session, it flushes first (when the session autoflushes), as ``session.execute`` would.
"""

from __future__ import annotations

from collections import namedtuple
from dataclasses import dataclass
from typing import Any, Callable
from weakref import WeakKeyDictionary

from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement


@dataclass(frozen=True)
class _Plan:
    sql: str
    positions: tuple[str, ...] | None        # bind names in order, for positional paramstyles
    defaults: dict[str, Any]                 # binds fixed in the statement itself (WHERE id = 1)
    processors: tuple[tuple[str, Callable[[Any], Any]], ...]
    row: Callable[..., tuple] | None = None                              # a SELECT's named tuple
    results: tuple[Callable[[Any], Any] | None, ...] = ()                 # per selected column


class DriverStatement:
    def __init__(self, statement: ClauseElement, *, keys: tuple[str, ...] = ()) -> None:
        """``keys``: the parameter names every call passes (an INSERT's columns). Column defaults
        are not run: an INSERT passes a value for every column it compiles."""
        self._statement = statement
        self._keys = list(keys)
        self._plans: WeakKeyDictionary[Dialect, _Plan] = WeakKeyDictionary()

    def execute(self, target: Connection | Session, params: dict[str, Any] | None = None) -> None:
        """Run in ``target``'s transaction (a Core connection's, or a session's)."""
        self._run(target, params)[1].close()

    def first(self, target: Connection | Session, params: dict[str, Any] | None = None) -> tuple | None:
        """The first row (a named tuple of the selected columns), or None."""
        plan, cursor = self._run(target, params)
        try:
            values = cursor.fetchone()
        finally:
            cursor.close()
        if values is None:
            return None
        return _row(plan, values)

    def all(self, target: Connection | Session, params: dict[str, Any] | None = None) -> list[tuple]:
        """Every row (named tuples of the selected columns), in the statement's order."""
        plan, cursor = self._run(target, params)
        try:
            rows = cursor.fetchall()
        finally:
            cursor.close()
        return [_row(plan, values) for values in rows]

    def _run(self, target: Connection | Session, params: dict[str, Any] | None) -> tuple[_Plan, Any]:
        if isinstance(target, Session):
            if target.autoflush:
                target.flush()   # as the session's own execute would: the statement sees pending changes
            connection = target.connection()
        else:
            connection = target
        if not connection.in_transaction():
            connection.begin()   # as SQLAlchemy's own autobegin would
        dialect = connection.dialect
        plan = self._plans.get(dialect) or self._compile(dialect)
        values = {**plan.defaults, **params} if params else dict(plan.defaults)
        for name, process in plan.processors:
            if name in values:
                values[name] = process(values[name])
        arguments = tuple(values[name] for name in plan.positions) if plan.positions is not None else values
        cursor = connection.connection.cursor()
        try:
            cursor.execute(plan.sql, arguments)
        except dialect.loaded_dbapi.Error as exc:
            raise DBAPIError.instance(plan.sql, None, exc, dialect.loaded_dbapi.Error,
                                      hide_parameters=True, dialect=dialect) from exc
        return plan, cursor

    def _compile(self, dialect: Dialect) -> _Plan:
        compiled = self._statement.compile(dialect=dialect, column_keys=self._keys or None)
        processors = []
        for name, bind in compiled.binds.items():
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                processors.append((name, process))
        defaults = {name: value for name, value in compiled.construct_params(_check=False).items()
                    if name not in self._keys and value is not None}
        positional = dialect.paramstyle in ("qmark", "numeric", "format")
        row, results = None, ()
        selected = getattr(self._statement, "selected_columns", None)
        if selected is not None:
            row = namedtuple("Row", [column.key for column in selected])
            results = tuple(column.type.dialect_impl(dialect).result_processor(dialect, None)
                            for column in selected)
        plan = _Plan(compiled.string, tuple(compiled.positiontup) if positional else None, defaults,
                     tuple(processors), row, results)
        self._plans[dialect] = plan
        return plan


def _row(plan: _Plan, values: tuple) -> tuple:
    return plan.row(*(value if process is None else process(value)
                      for process, value in zip(plan.results, values)))
