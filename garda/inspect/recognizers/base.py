"""The common shape of a regex recognizer: one combined pattern, a span group, a check."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from garda.inspect import budget
from garda.inspect.spans import Finding, SpanType

FLAGS = regex.IGNORECASE


def compile_words(words: Iterable[str]) -> str:
    """Alternation of literal phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


class PatternRecognizer:
    """Yields the ``span`` group (or the whole match) of every match ``accept`` keeps.

    Subclasses set ``name``, ``span_type``, ``pattern`` and ``explanation``; they
    override ``accept`` for checksums and context rules.
    """

    name: str
    span_type: SpanType
    pattern: regex.Pattern[str]
    explanation: str = ""
    score: float = 0.85
    prefilter: regex.Pattern[str] | None = None

    @property
    def span_types(self) -> tuple[SpanType, ...]:
        return (self.span_type,)

    def find(self, text: str) -> Iterator[Finding]:
        if self.prefilter is not None and budget.search(self.prefilter, text) is None:
            return
        for match in budget.finditer(self.pattern, text):
            score = self.accept(match, text)
            if score is None:
                continue
            group = self.span_group(match)
            start, end = match.span(group)
            yield Finding(self.span_type, start, end, match.group(group), self.name,
                          score=score, explanation=self.explanation)

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        return self.score

    def span_group(self, match: regex.Match[str]) -> int | str:
        """The first named group among ``span``/``after`` that took part, else the whole match."""
        for name in ("span", "after"):
            if name in self.pattern.groupindex and match.group(name) is not None:
                return name
        return 0


def window_before(text: str, start: int, size: int = 40) -> str:
    return text[max(0, start - size):start]


def window_after(text: str, end: int, size: int = 40) -> str:
    return text[end:end + size]
