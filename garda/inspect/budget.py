"""The time budget of one inspection, visible to every regex a recognizer runs.

The engine opens a budget around an inspection. :func:`finditer`, :func:`search`
and :func:`match` raise ``TimeoutError`` once it is spent, and pass what is left of
it to the ``regex`` module, which stops a runaway match with ``TimeoutError``. The
engine turns either into ``InspectionFailed`` (fail closed).

Passing a timeout costs about 3 microseconds per call, more than a short match
itself. A built-in detector that tries a pattern it knows to be linear (bounded
repetitions, no nested ambiguity) at many anchors or over short windows may say so
with ``linear=True`` (to :func:`match` or :func:`finditer`); a call over at most
``LINEAR_WINDOW`` characters then skips the ``regex`` timeout but still fails once
the budget is spent, and the engine still checks the clock after each detector.
Anything else, and every third-party detector by default, is timed.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import regex

DEFAULT_REGEX_SECONDS = 2.0
LINEAR_WINDOW = 400   # the longest stretch a linear=True call may cover
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
             endpos: int | None = None, *, linear: bool = False) -> Iterator[regex.Match[str]]:
    if endpos is None:
        endpos = len(text)
    left = remaining()
    if linear and endpos - pos <= LINEAR_WINDOW:
        return pattern.finditer(text, pos, endpos)
    return pattern.finditer(text, pos, endpos, timeout=left)


def search(pattern: regex.Pattern[str], text: str, pos: int = 0,
           endpos: int | None = None) -> regex.Match[str] | None:
    if endpos is None:
        endpos = len(text)
    return pattern.search(text, pos, endpos, timeout=remaining())


def match(pattern: regex.Pattern[str], text: str, pos: int, endpos: int, *,
          linear: bool = False) -> regex.Match[str] | None:
    left = remaining()
    if linear and endpos - pos <= LINEAR_WINDOW:
        return pattern.match(text, pos, endpos)
    return pattern.match(text, pos, endpos, timeout=left)
