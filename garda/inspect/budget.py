"""The time budget of one inspection, visible to every regex a recognizer runs.

The engine opens a budget around an inspection; :func:`finditer` and :func:`search`
pass what is left of it to the ``regex`` module, which raises ``TimeoutError``
when it runs out. The engine turns that into ``InspectionFailed`` (fail closed).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import regex

DEFAULT_REGEX_SECONDS = 2.0
_deadline: ContextVar[float | None] = ContextVar("garda_inspect_deadline", default=None)


@contextmanager
def budget(seconds: float) -> Iterator[None]:
    token = _deadline.set(time.perf_counter() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def remaining() -> float:
    deadline = _deadline.get()
    if deadline is None:
        return DEFAULT_REGEX_SECONDS
    left = deadline - time.perf_counter()
    if left <= 0:
        raise TimeoutError("inspection budget exhausted")
    return left


def finditer(pattern: regex.Pattern[str], text: str, pos: int = 0,
             endpos: int | None = None) -> Iterator[regex.Match[str]]:
    if endpos is None:
        endpos = len(text)
    return pattern.finditer(text, pos, endpos, timeout=remaining())


def search(pattern: regex.Pattern[str], text: str, pos: int = 0,
           endpos: int | None = None) -> regex.Match[str] | None:
    if endpos is None:
        endpos = len(text)
    return pattern.search(text, pos, endpos, timeout=remaining())
