"""Core statements run straight on the driver's cursor, for the few that run on every request.

SQLAlchemy's execution path (compiled-cache lookup, execution context, result wrapping)
costs several times what SQLite itself spends on a one-row insert. A
:class:`DriverStatement` is compiled once per dialect; each call converts the parameters
with the column types' own bind processors (so values are stored exactly as SQLAlchemy
would store them, and read back by it unchanged) and hands them to the driver. Driver
errors come back as SQLAlchemy's ``DBAPIError`` subclasses, so callers and
:class:`garda.store.database.Database` treat them like any other statement's.

Only for statements whose result, if any, needs no type conversion (integers, strings).
"""

from __future__ import annotations

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


class DriverStatement:
    def __init__(self, statement: ClauseElement, *, keys: tuple[str, ...] = ()) -> None:
        """``keys``: the parameter names every call passes (an INSERT's columns)."""
        self._statement = statement
        self._keys = list(keys)
        self._plans: WeakKeyDictionary[Dialect, _Plan] = WeakKeyDictionary()

    def execute(self, target: Connection | Session, params: dict[str, Any] | None = None) -> None:
        """Run in ``target``'s transaction (a Core connection's, or a session's)."""
        self._run(target, params).close()

    def first(self, target: Connection | Session, params: dict[str, Any] | None = None) -> tuple | None:
        """The first row, as the driver's tuple, or None."""
        cursor = self._run(target, params)
        try:
            return cursor.fetchone()
        finally:
            cursor.close()

    def _run(self, target: Connection | Session, params: dict[str, Any] | None) -> Any:
        connection = target if isinstance(target, Connection) else target.connection()
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
        return cursor

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
        plan = _Plan(compiled.string, tuple(compiled.positiontup) if positional else None, defaults,
                     tuple(processors))
        self._plans[dialect] = plan
        return plan
