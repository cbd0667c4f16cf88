"""Putting the original words back into an answer, whole or as it streams.

Only whole placeholders are restored: "Suspect 1" does not touch "Suspect 12", and
"the victim" does not touch "the victims". Matching ignores case, so "The victim" at
the start of a sentence is restored too. While streaming, any tail of the text that
could still become a placeholder is held back until the next chunk decides it.
"""

from __future__ import annotations

import re
from typing import Mapping


class Restorer:
    def __init__(self, mapping: Mapping[str, str]) -> None:
        self._mapping = {placeholder.casefold(): original for placeholder, original in mapping.items()}
        self._prefixes = sorted(self._mapping, key=len, reverse=True)
        self._longest = max((len(p) for p in self._prefixes), default=0)
        self._pattern = _pattern_for(self._prefixes)
        self._held = ""
        self._before = ""   # the last character already let through, for the word-boundary check

    def restore(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub(self._original, text)

    def feed(self, chunk: str) -> str:
        """Returns the text that is safe to emit now; holds back a tail that may be a placeholder's start."""
        if self._pattern is None:
            return chunk
        self._held += chunk
        whole = self._before + self._held
        start = len(self._before)
        matches = list(self._pattern.finditer(whole, start))
        cut = self._hold_from(whole, start)
        for match in matches:
            if match.start() < cut < match.end():
                cut = match.start()
        emitted = self._replace(whole, start, cut, [m for m in matches if m.end() <= cut])
        if cut > start:
            self._before = whole[cut - 1]
        self._held = whole[cut:]
        return emitted

    def flush(self) -> str:
        """The held tail, restored; the stream has ended, so nothing can grow any more."""
        whole, start = self._before + self._held, len(self._before)
        self._held, self._before = "", ""
        if self._pattern is None or start == len(whole):
            return whole[start:]
        return self._replace(whole, start, len(whole), list(self._pattern.finditer(whole, start)))

    def _hold_from(self, whole: str, start: int) -> int:
        """The first position from which the rest of the text could still grow into a placeholder."""
        for position in range(max(start, len(whole) - self._longest), len(whole)):
            tail = whole[position:].casefold()
            if any(p.startswith(tail) for p in self._prefixes) and _may_start_at(whole, position):
                return position
        return len(whole)

    def _replace(self, whole: str, start: int, cut: int, matches: list[re.Match[str]]) -> str:
        pieces, position = [], start
        for match in matches:
            pieces += [whole[position:match.start()], self._original(match)]
            position = match.end()
        pieces.append(whole[position:cut])
        return "".join(pieces)

    def _original(self, match: re.Match[str]) -> str:
        found = match.group(0)
        original = self._mapping[found.casefold()]
        if found[:1].isupper() and found[:1].isalpha() and original[:1].islower():
            return original[:1].upper() + original[1:]   # "The victim" opened a sentence
        return original


def _pattern_for(placeholders: list[str]) -> re.Pattern[str] | None:
    if not placeholders:
        return None
    alternatives = []
    for placeholder in placeholders:  # longest first, so the longer of two candidates wins
        before = r"(?<!\w)" if placeholder[0].isalnum() else ""
        after = r"(?!\w)" if placeholder[-1].isalnum() else ""
        alternatives.append(before + re.escape(placeholder) + after)
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _may_start_at(text: str, position: int) -> bool:
    """A placeholder that begins with a letter cannot begin inside a word."""
    return position == 0 or not text[position - 1].isalnum() or not text[position].isalnum()
