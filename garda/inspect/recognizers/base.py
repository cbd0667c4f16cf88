"""The common shape of a regex recognizer: one pattern, a span group, a check, and where to look.

Where to look keeps inspection fast: a recognizer with ``cues`` runs its pattern only
in windows around those words (found in the shared word index); one with
``around_digits`` only around runs of digits of at least ``min_digits``; one with
neither scans the whole text. One whose every match opens with ``\b`` and a word may set
``leads_after_boundary``: inside its regions it then tries the pattern only where its
lead (leads.py) says a match can begin, with the same results.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property, lru_cache

import re

import regex

from garda.inspect import budget
from garda.inspect.spans import Finding, SpanType
from garda.inspect.recognizers.leads import lead_scan
from garda.inspect.windows import TextIndex, index_of, merged, windows_around, word_end

FLAGS = regex.IGNORECASE
DIGIT = re.compile(r"\d")


def compile_words(words: Iterable[str]) -> str:
    """Alternation of literal phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The lowercase first word of each phrase: the cues that announce it."""
    return frozenset(regex.findall(r"[^\W_]+", p.lower())[0] for p in phrases)


class PatternRecognizer:
    """Yields the ``span`` group (or the whole match) of every match ``accept`` keeps.

    Subclasses set ``name``, ``span_type``, ``pattern`` and ``explanation``, and where
    to look (``cues`` + ``window``, or ``around_digits``); they override ``accept``
    for checksums and context rules.
    """

    name: str
    span_type: SpanType
    pattern: regex.Pattern[str]
    explanation: str = ""
    score: float = 0.85
    cues: frozenset[str] = frozenset()
    window: tuple[int, int] = (40, 80)      # characters before and after a cue or digit run
    around_digits: bool = False
    min_digits: int = 1
    anchored: bool = False                  # the pattern starts with the cue (or digit run): try it only there
    digit_within: int | None = None         # an anchored match needs a digit this close after its cue
    linear: bool = False                    # the pattern is linear: short windows may skip the regex timeout
    # Scan only where a match can begin (see leads.py); True promises that every match starts with
    # \b before a word character.
    leads_after_boundary: bool = False

    @property
    def span_types(self) -> tuple[SpanType, ...]:
        return (self.span_type,)

    def prepare(self) -> None:
        """Work out once, before the first text, what scanning needs (the lead takes ~0.1 s)."""
        if self.leads_after_boundary:
            lead_scan(self.pattern, True)

    def find(self, text: str) -> Iterator[Finding]:
        for match in self._matches(text):
            score = self.accept(match, text)
            if score is None:
                continue
            group = self.span_group(match)
            span_start, span_end = match.span(group)
            yield Finding(self.span_type, span_start, span_end, match.group(group), self.name,
                          score=score, explanation=self.explanation)

    def _matches(self, text: str) -> Iterator[regex.Match[str]]:
        if self.anchored:
            yield from self._anchored_matches(text)
            return
        lead = lead_scan(self.pattern, True) if self.leads_after_boundary else None
        if lead is not None:
            yield from self._led_matches(text, lead)
            return
        for start, end in merged(sorted(self.regions(text))):
            yield from budget.finditer(self.pattern, text, start, end, linear=self.linear)

    def _led_matches(self, text: str, lead: re.Pattern[str]) -> Iterator[regex.Match[str]]:
        """What ``finditer`` over each region yields, trying the pattern only where its lead matches."""
        regions = list(merged(sorted(self.regions(text))))
        if not regions:
            return
        beginnings = [found.start() for found in lead.finditer(text, regions[0][0], regions[-1][1])]
        index = 0
        for start, end in regions:
            index = bisect_left(beginnings, start, index)
            position = start
            while index < len(beginnings) and beginnings[index] < end:
                beginning = beginnings[index]
                index += 1
                if beginning < position:
                    continue
                match = budget.match(self.pattern, text, beginning, end)
                if match:
                    yield match
                    position = max(match.end(), beginning + 1)

    def _anchored_matches(self, text: str) -> Iterator[regex.Match[str]]:
        limit = len(text)
        for position in self.anchors(text):
            if self.digit_within and DIGIT.search(text, position, position + self.digit_within) is None:
                continue
            end = word_end(text, min(limit, position + self.window[1]))
            match = budget.match(self.pattern, text, position, end, linear=self.linear)
            if match:
                yield match

    def anchors(self, text: str) -> Iterable[int]:
        """Where an anchored pattern is tried: at each cue, or at the start of each kept digit run."""
        index = index_of(text)
        if self.cues:
            return cue_positions(index, self.cues)
        return [start for start, end, digits in index.digit_runs
                if digits >= self.min_digits and self.keep_run(text, start, end)]

    def regions(self, text: str) -> Iterable[tuple[int, int]]:
        if self.cues:
            return cue_regions(text, self.cues, self.window)
        if self.around_digits:
            return digit_regions(text, self.min_digits, self.window, self.keep_run)
        return ((0, len(text)),)

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        return self.score

    def keep_run(self, text: str, start: int, end: int) -> bool:
        """Whether a run of digits can be part of a match (after the ``min_digits`` test)."""
        return True

    def span_group(self, match: regex.Match[str]) -> int | str:
        """The first named group among ``span``/``after`` that took part, else the whole match."""
        for name in self._span_names:
            if match.group(name) is not None:
                return name
        return 0

    @cached_property
    def _span_names(self) -> tuple[str, ...]:
        """Which of ``span``/``after`` the pattern has (``groupindex`` builds a dict at every call)."""
        return tuple(name for name in ("span", "after") if name in self.pattern.groupindex)


def cue_regions(text: str, cues: frozenset[str], window: tuple[int, int]) -> Iterator[tuple[int, int]]:
    index = index_of(text)
    return index.windows_at(cue_positions(index, cues), *window)


def cue_positions(index: TextIndex, cues: frozenset[str]) -> list[int]:
    """``index.positions(cues)``, one-letter cues ("d" of "d.o.b.") found by one regex scan:
    ``str.find`` would stop at every such letter inside a word."""
    letters = frozenset(cue for cue in cues if len(cue) == 1 and cue in index.vocabulary)
    if not letters:
        return index.positions(cues)
    found = index.positions(cues - letters)
    found.extend(place.start() for place in _lone_letters(letters).finditer(index.lower))
    found.sort()
    return found


@lru_cache(maxsize=None)
def _lone_letters(letters: frozenset[str]) -> re.Pattern[str]:
    """Any of ``letters`` with no letter or digit on either side ([^\W_] is str.isalnum)."""
    chars = "".join(sorted(letters))
    return re.compile(f"[{re.escape(chars)}](?<![^\\W_][{re.escape(chars)}])(?![^\\W_])")


def digit_regions(text: str, min_digits: int, window: tuple[int, int],
                  keep: Callable[[str, int, int], bool] | None = None) -> Iterator[tuple[int, int]]:
    before, after = window
    runs = [(start, end) for start, end, digits in index_of(text).digit_runs
            if digits >= min_digits and (keep is None or keep(text, start, end))]
    return windows_around(text, runs, before, after)


def window_before(text: str, start: int, size: int = 40) -> str:
    return text[max(0, start - size):start]


def window_after(text: str, end: int, size: int = 40) -> str:
    return text[end:end + size]
