"""A per-text index every detector shares, so each one looks only where it can match.

Running two dozen case-insensitive patterns over every position of a 4 KB prompt costs
tens of milliseconds; looking up a detector's cue words in a word index and running
its pattern only around them costs a few microseconds per cue. Within one inspection
(:func:`sharing_index`, opened by the engine) the index is built once and shared; it
holds:

* ``lower``: the text lowercased, same length, so offsets carry over;
* ``vocabulary``: the set of lowercase words in it (cue offsets are found on demand);
* ``digit_runs``: ``(start, end, digit count)`` of digits with the separators numbers are written with
  (worked out when first asked for).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from dataclasses import field, fields
from itertools import chain

PUNCTUATION_TO_SPACE = str.maketrans({c: " " for c in "\t.,;:!?()[]{}\"'`/\\-_#@$%&*+=<>|~^"})
# The same for UTF-8 bytes: every punctuation mark is ASCII, and no byte of a multi-byte
# character is below 0x80, so translating the encoded text changes exactly those marks
# (str.translate with a dict is slow once a text holds any non-ASCII character).
PUNCTUATION_TO_SPACE_BYTES = bytes.maketrans(
    b"\t.,;:!?()[]{}\"'`/\\-_#@$%&*+=<>|~^", b" " * len(b"\t.,;:!?()[]{}\"'`/\\-_#@$%&*+=<>|~^"))
DIGIT_RUN = re.compile(r"\d(?:[\d .()\-/]{0,3}\d)*")
ASCII_DIGIT_RUN = re.compile(r"[0-9](?:[0-9 .()\-/]{0,3}[0-9])*")   # the same where every digit is ASCII: a faster scan
DIGIT = re.compile(r"\d")
ASCII_BYTES = bytes(range(128))
# A sentence ends at a line break, or at . ! ? followed by a space ("682.35" goes on).
SENTENCE_BREAK = re.compile(r"[.!?]+(?=\s|$)|\n")
BREAK_MARKS = (". ", "! ", "? ", ".\t", "\n")
WHITESPACE = re.compile(r"\s")


@dataclass(frozen=True, slots=True)
class TextIndex:
    text: str
    lower: str
    vocabulary: frozenset[str]
    # The digit runs once asked for (a text that only the person recognizer reads never is):
    # a holder, which the frozen index can fill and a copy of it shares.
    found_digit_runs: list[tuple[tuple[int, int, int], ...]] = field(default_factory=list, compare=False, repr=False)
    found_offsets: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)   # by word

    @property
    def digit_runs(self) -> tuple[tuple[int, int, int], ...]:
        if not self.found_digit_runs:
            self.found_digit_runs.append(_digit_runs(self.text))
        return self.found_digit_runs[0]

    def positions(self, cues: Iterable[str]) -> list[int]:
        """Sorted start offsets of every whole-word occurrence of any of ``cues`` (lowercase words)."""
        present = self.vocabulary.intersection(cues)
        if len(present) == 1:
            return list(self._offsets_of(next(iter(present))))   # a copy: callers may add to it
        return sorted(chain.from_iterable(map(self._offsets_of, present)))

    def _offsets_of(self, word: str) -> list[int]:
        """A word's whole-word offsets, found once: several detectors share cue words ("dob", "warrant")."""
        found = self.found_offsets.get(word)
        if found is None:
            found = self.found_offsets[word] = whole_word_offsets(self.lower, (word,))
        return found

    def has_any(self, cues: Iterable[str]) -> bool:
        return not self.vocabulary.isdisjoint(cues)

    def sentences_at(self, positions: Iterable[int], limit: int = 400) -> Iterator[tuple[int, int]]:
        """The sentence (bounded to ``limit`` characters each side) around each position, once each."""
        last_end = -1
        for position in positions:
            if position < last_end:
                continue
            start, end = self.sentence_start(position, limit), self.sentence_end(position, limit)
            last_end = end
            yield start, end

    def sentence_start(self, position: int, limit: int = 400) -> int:
        text = self.text
        floor = max(0, position - limit)
        start = floor
        for mark in BREAK_MARKS:
            found_at = text.rfind(mark, floor, position)
            if found_at != -1:
                start = max(start, found_at + len(mark))
        return start

    def sentence_end(self, position: int, limit: int = 400) -> int:
        found = SENTENCE_BREAK.search(self.text, position, min(len(self.text), position + limit))
        return found.end() if found else min(len(self.text), position + limit)

    def windows_at(self, positions: Iterable[int], before: int, after: int) -> Iterator[tuple[int, int]]:
        """Merged windows ``[p - before, p + after)`` around the positions."""
        positions = list(positions)
        return windows_around(self.text, zip(positions, positions), before, after)


def whole_word_offsets(haystack: str, words: Iterable[str], boundaries: str | None = None) -> list[int]:
    """Sorted offsets where one of ``words`` stands in ``haystack`` as a whole word (no letter or
    digit right before or after it; in ``boundaries``, a text of the same length, when given)."""
    found: list[int] = []
    size = len(haystack)
    around = haystack if boundaries is None else boundaries
    for word in words:
        width = len(word)
        position = haystack.find(word)
        while position != -1:
            end = position + width
            if (position == 0 or not around[position - 1].isalnum()) and (
                    end == size or not around[end].isalnum()):   # no letter or digit beside it
                found.append(position)
            position = haystack.find(word, end)
    found.sort()
    return found


def written_words(text: str) -> set[str]:
    """The words of ``text`` as written (case kept), split where the index's vocabulary is."""
    return set(_punctuation_to_space(text).split())


def merged(windows: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Overlapping or touching windows, in order, joined into one."""
    current: tuple[int, int] | None = None
    for start, end in windows:
        if current and start <= current[1]:
            current = (current[0], max(current[1], end))
            continue
        if current:
            yield current
        current = (start, end)
    if current:
        yield current


def windows_around(text: str, spans: Iterable[tuple[int, int]], before: int, after: int) -> Iterator[tuple[int, int]]:
    """``merged`` of ``[start - before, word_end(end + after))`` for each span, each word end worked out
    only where it decides something. ``word_end`` never decreases as its offset grows, so windows that
    join end at the word end of their farthest reach, and a window starting within that reach joins
    them whatever the word end is (spans crowded with cue words join thousands of windows)."""
    size = len(text)
    start = reach = -1
    for span_start, span_end in spans:
        window_start, window_reach = span_start - before, span_end + after   # clamped below (cheaper than max/min)
        if window_start < 0:
            window_start = 0
        if window_reach > size:
            window_reach = size
        if start != -1:
            if window_start > reach:
                end = word_end(text, reach)
                if window_start > end:
                    yield start, end
                    start, reach = window_start, window_reach
                    continue
            if window_reach > reach:
                reach = window_reach
            continue
        start, reach = window_start, window_reach
    if start != -1:
        yield start, word_end(text, reach)


def word_end(text: str, end: int, limit: int = 40) -> int:
    """Move ``end`` past the word it cuts, so a window never ends inside a token."""
    if end >= len(text) or text[end].isspace():
        return end
    space = WHITESPACE.search(text, end, end + limit)
    return space.start() if space else min(len(text), end + limit)


def _digits_in(run: str) -> int:
    """Digits in a DIGIT_RUN match: every character of one is a digit or one of its separators."""
    return len(run) if run.isdigit() else len(run) - sum(map(run.count, " .()-/"))


_OUTSIDE = object()   # no sharing block open: build the index afresh each time
_shared: ContextVar[object] = ContextVar("garda_inspect_index", default=_OUTSIDE)


@contextmanager
def sharing_index() -> Iterator[None]:
    """Within this block the index of a text is built once and shared by every detector.

    The engine opens it around one inspection; nothing of the text outlives the block
    (no module-level cache holds prompts).
    """
    token = _shared.set(None)
    try:
        yield
    finally:
        _shared.reset(token)


def index_of(text: str) -> TextIndex:
    shared = _shared.get()
    if isinstance(shared, TextIndex) and shared.text is text:
        return shared
    index = _build_index(text)
    if shared is not _OUTSIDE:
        _shared.set(index)
    return index


def _build_index(text: str) -> TextIndex:
    lower = _same_length_lower(text)
    return TextIndex(text, lower, frozenset(_punctuation_to_space(lower).split()))


def _digit_runs(text: str) -> tuple[tuple[int, int, int], ...]:
    runs = []
    for found in (DIGIT_RUN if _has_wide_digits(text) else ASCII_DIGIT_RUN).finditer(text):
        run, start = found.group(), found.start()
        runs.append((start, start + len(run), _digits_in(run)))
    return tuple(runs)


def _has_wide_digits(text: str) -> bool:
    """Whether ``text`` holds a digit beyond ASCII (``\\d`` matches those): its non-ASCII characters
    are what is left of its UTF-8 form once the ASCII bytes are dropped."""
    if text.isascii():
        return False
    beyond = text.encode("utf-8", "surrogatepass").translate(None, ASCII_BYTES).decode("utf-8", "surrogatepass")
    return DIGIT.search(beyond) is not None


def _punctuation_to_space(text: str) -> str:
    if text.isascii():
        return text.translate(PUNCTUATION_TO_SPACE)
    encoded = text.encode("utf-8", "surrogatepass")
    return encoded.translate(PUNCTUATION_TO_SPACE_BYTES).decode("utf-8", "surrogatepass")


def _same_length_lower(text: str) -> str:
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@dataclass(frozen=True, slots=True)
class _IndexWithScratch(TextIndex):
    """The shared index of one inspection, with room for what detectors work out from it."""

    scratch: dict[str, object] = field(default_factory=dict, compare=False, repr=False)


def shared_scratch(text: str) -> dict[str, object]:
    """A dict where detectors keep facts about ``text`` that several of them need.

    Inside :func:`sharing_index` it lives exactly as long as the shared index (one
    inspection) and is dropped with it; outside, each call gets a fresh dict, so
    nothing worked out from a text outlives the call that asked. Keep no reference to
    the index itself in it (that would make a cycle that only the garbage collector frees).
    """
    index = index_of(text)
    if isinstance(index, _IndexWithScratch):
        return index.scratch
    if _shared.get() is not index:
        return {}
    with_scratch = _IndexWithScratch(**{f.name: getattr(index, f.name) for f in fields(TextIndex)})
    _shared.set(with_scratch)
    return with_scratch.scratch
