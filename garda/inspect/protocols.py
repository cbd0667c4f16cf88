"""What a recognizer and a classifier look like; third-party ones implement the same."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from garda.inspect.spans import Finding, SpanType, UseFinding, UseKind


@runtime_checkable
class Recognizer(Protocol):
    """Finds sensitive spans. ``find`` gets the normalized text; offsets are into it.

    The engine maps offsets back to the original and fills ``Finding.text`` from it,
    so a recognizer may leave ``text`` as whatever it matched.
    """

    name: str
    span_types: tuple[SpanType, ...]

    def find(self, text: str) -> Iterable[Finding]: ...


@runtime_checkable
class Classifier(Protocol):
    """Finds what a text asks the AI to do, when that use matters to the policy."""

    name: str
    kinds: tuple[UseKind, ...]

    def find(self, text: str) -> Iterable[UseFinding]: ...
