"""What every match of a rule's pattern starts with, read from the pattern's source.

A rule that is not anchored on its cue words was searched for at every position of a
sentence. Most of its patterns begin with a choice of words ("(?:sort|group|rank...)"),
so a match can only start where one of those words starts. :func:`leading_literals`
reads them from the source (conservatively: anything it does not understand gives
``None`` and the rule keeps its plain search), and :func:`start_scanner` turns them
into a case-sensitive ``re`` pattern run over the lowercased text, whose first-letter
skipping is far cheaper than trying the whole pattern at every position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_PREFIXES = 400
_CLASS_ESCAPES = frozenset("sSwWdDhHvV")
_ZERO_WIDTH_ESCAPES = frozenset("ABZGKmM")


class _Unsupported(Exception):
    pass


@dataclass(frozen=True, slots=True)
class _Item:
    kind: str           # "lit", "boundary", "zero", "class", "group"
    value: object       # the character of a literal, the alternatives of a group
    least: int = 1
    most: int | None = 1


class _Parser:
    """A recursive-descent reader of the subset of ``regex`` syntax the rules use."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.at = 0

    def alternatives(self) -> list[list[_Item]]:
        branches = [self.sequence()]
        while self._peek() == "|":
            self.at += 1
            branches.append(self.sequence())
        return branches

    def sequence(self) -> list[_Item]:
        items: list[_Item] = []
        while self.at < len(self.source) and self._peek() not in "|)":
            atom = self._atom()
            least, most = self._quantifier()
            if (least, most) != (1, 1) and atom.kind in ("boundary", "zero"):
                raise _Unsupported("quantified assertion")
            items.append(_Item(atom.kind, atom.value, least, most))
        return items

    def _peek(self) -> str:
        return self.source[self.at] if self.at < len(self.source) else ""

    def _atom(self) -> _Item:
        char = self.source[self.at]
        self.at += 1
        if char == "\\":
            return self._escape()
        if char == "[":
            self._skip_class()
            return _Item("class", None)
        if char == "(":
            return self._group()
        if char in "^$":
            return _Item("zero", None)
        if char == ".":
            return _Item("class", None)
        if char in "*+?{":
            raise _Unsupported("quantifier without an atom")
        return _Item("lit", char)

    def _escape(self) -> _Item:
        char = self.source[self.at]
        self.at += 1
        if char == "b":
            return _Item("boundary", None)
        if char == "B" or char in _ZERO_WIDTH_ESCAPES:
            return _Item("zero", None)
        if char in _CLASS_ESCAPES:
            return _Item("class", None)
        if char in "pP":
            if self._peek() == "{":
                self.at = self.source.index("}", self.at) + 1
            else:
                self.at += 1
            return _Item("class", None)
        if char.isalnum():   # \x.., \u...., \n, \t and other coded characters: not a letter of a word
            raise _Unsupported(f"escape \\{char}")
        return _Item("lit", char)

    def _skip_class(self) -> None:
        if self._peek() == "^":
            self.at += 1
        if self._peek() == "]":
            self.at += 1
        while self._peek() != "]":
            if not self._peek():
                raise _Unsupported("unterminated class")
            if self._peek() == "\\":
                self.at += 1
            elif self._peek() == "[":
                raise _Unsupported("nested class")
            self.at += 1
        self.at += 1

    def _group(self) -> _Item:
        kind = "group"
        if self.source.startswith("?", self.at):
            rest = self.source[self.at + 1:]
            if rest.startswith(":"):
                self.at += 2
            elif rest[:1] in ("=", "!") or rest[:2] in ("<=", "<!"):
                kind = "zero"
                self.at += 2 if rest[:1] in ("=", "!") else 3
            else:
                flags = re.match(r"-?[a-zA-Z]+(?:-[a-zA-Z]+)?([:)])", rest)
                if not flags:
                    raise _Unsupported("group kind")
                self.at += 1 + flags.end()
                if flags.group(1) == ")":   # inline flags for the rest: no width, no group body
                    return _Item("zero", None)
        branches = self.alternatives()
        if self._peek() != ")":
            raise _Unsupported("unbalanced group")
        self.at += 1
        return _Item(kind, branches)

    def _quantifier(self) -> tuple[int, int | None]:
        char = self._peek()
        if char == "?":
            bounds: tuple[int, int | None] = (0, 1)
        elif char == "*":
            bounds = (0, None)
        elif char == "+":
            bounds = (1, None)
        elif char == "{":
            found = re.match(r"\{(\d*)(,?)(\d*)\}", self.source[self.at:])
            if not found:
                raise _Unsupported("brace")
            low, comma, high = found.groups()
            least = int(low) if low else 0
            most = (int(high) if high else None) if comma else least
            self.at += found.end() - 1
            bounds = (least, most)
        else:
            return 1, 1
        self.at += 1
        if self._peek() in ("?", "+"):   # lazy or possessive: same set of matches
            self.at += 1
        return bounds


# A partial prefix: its text, whether the next item still extends it, whether \b came before its first character.
_State = tuple[str, bool, bool]


def _walk(items: list[_Item], states: set[_State]) -> set[_State]:
    for item in items:
        states = {after for state in states for after in _step(item, state)}
        if len(states) > MAX_PREFIXES:
            raise _Unsupported("too many prefixes")
    return states


def _step(item: _Item, state: _State) -> set[_State]:
    text, open_, bounded = state
    if not open_:
        return {state}
    if item.kind in ("boundary", "zero"):   # after the first letters, stop: a shorter prefix is still a prefix
        return {(text, not text, bounded or (not text and item.kind == "boundary"))}
    skipped = {state} if item.least == 0 else set()
    repeated = item.most != 1
    if item.kind == "class":
        return skipped | {(text, False, bounded)}
    if item.kind == "lit":
        char = str(item.value)
        if not (char.isascii() and char.isalnum()):
            return skipped | {(text, False, bounded)}
        return skipped | {(text + char.lower(), not repeated, bounded)}
    taken: set[_State] = set()
    for branch in item.value:   # type: ignore[attr-defined]
        taken |= _walk(branch, {state})
    if repeated:
        taken = {(t, False, b) for t, _, b in taken}
    return skipped | taken


def leading_literals(source: str) -> tuple[tuple[str, bool], ...] | None:
    """(prefix, needs a word boundary before it) pairs, lowercase: every match starts with one.

    ``None`` when the source may match starting with something other than a letter or
    digit, may match the empty string, or uses syntax this reader does not know.
    """
    try:
        parser = _Parser(source)
        branches = parser.alternatives()
        if parser.at != len(source):
            raise _Unsupported("trailing text")
        states: set[_State] = set()
        for branch in branches:
            states |= _walk(branch, {("", True, False)})
    except (_Unsupported, ValueError, IndexError):
        return None
    if not states or any(not text for text, _, _ in states):
        return None
    return _minimal({(text, bounded) for text, _, bounded in states})


def _minimal(prefixes: set[tuple[str, bool]]) -> tuple[tuple[str, bool], ...]:
    """Drop a prefix another one already covers ("is" when "i" is there, with no stricter boundary)."""
    kept = []
    for text, bounded in sorted(prefixes, key=lambda p: (len(p[0]), p[0], p[1])):
        if any(text.startswith(other) and (bounded or not other_bounded) for other, other_bounded in kept):
            continue
        kept.append((text, bounded))
    return tuple(kept)


def start_scanner(prefixes: tuple[tuple[str, bool], ...]) -> re.Pattern[str]:
    """A case-sensitive pattern over the lowercased text that finds every place a match may start.

    With every prefix behind a word boundary and made of letters and digits, two places
    cannot overlap, so ``finditer`` reports them all; otherwise a look-ahead reports every one.
    """
    bounded = [re.escape(text) for text, needs_boundary in prefixes if needs_boundary]
    loose = [re.escape(text) for text, needs_boundary in prefixes if not needs_boundary]
    parts = []
    if bounded:
        parts.append(r"\b(?:" + "|".join(sorted(bounded, key=len, reverse=True)) + ")")
    if loose:
        parts.append("(?:" + "|".join(sorted(loose, key=len, reverse=True)) + ")")
    body = "|".join(parts)
    return re.compile(body if not loose else "(?=" + body + ")")
