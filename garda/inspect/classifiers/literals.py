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
    """A recursive-descent reader of the subset of ``regex`` syntax the rules use.

    Each literal records whether it compares ignoring case (``fold``).
    """

    def __init__(self, source: str, fold: bool) -> None:
        self.source = source
        self.at = 0
        self.fold = fold

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
        return _Item("lit", (char, self.fold))

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
        return _Item("lit", (char, self.fold))

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
                flags = re.match(r"([a-zA-Z]*)(?:-([a-zA-Z]+))?([:)])", rest)
                if not flags or not (flags.group(1) or flags.group(2)):
                    raise _Unsupported("group kind")
                self.at += 1 + flags.end()
                if flags.group(3) == ")":   # flags for the whole pattern
                    if "i" in flags.group(1) or "i" in (flags.group(2) or ""):
                        raise _Unsupported("case flag for the whole pattern")
                    return _Item("zero", None)
                return self._flagged_group("i" in flags.group(1) or (self.fold and "i" not in (flags.group(2) or "")))
        branches = self.alternatives()
        if self._peek() != ")":
            raise _Unsupported("unbalanced group")
        self.at += 1
        return _Item(kind, branches)

    def _flagged_group(self, fold: bool) -> _Item:
        outer, self.fold = self.fold, fold
        branches = self.alternatives()
        self.fold = outer
        if self._peek() != ")":
            raise _Unsupported("unbalanced group")
        self.at += 1
        return _Item("group", branches)

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


# A partial prefix: its text, whether the next item still extends it, whether \b came before its first
# character, whether one of its letters compares ignoring case.
_State = tuple[str, bool, bool, bool]


def _walk(items: list[_Item], states: set[_State]) -> set[_State]:
    for item in items:
        states = {after for state in states for after in _step(item, state)}
        if len(states) > MAX_PREFIXES:
            raise _Unsupported("too many prefixes")
    return states


def _step(item: _Item, state: _State) -> set[_State]:
    text, open_, bounded, folded = state
    if not open_:
        return {state}
    if item.kind in ("boundary", "zero"):   # after the first letters, stop: a shorter prefix is still a prefix
        return {(text, not text, bounded or (not text and item.kind == "boundary"), folded)}
    skipped = {state} if item.least == 0 else set()
    repeated = item.most != 1
    if item.kind == "class":
        return skipped | {(text, False, bounded, folded)}
    if item.kind == "lit":
        char, fold = item.value   # type: ignore[misc]
        if not (char.isascii() and char.isalnum()):
            # A first character that is not a letter: a prefix of its own, with no word boundary to rely on.
            return skipped | {(char, False, False, False) if not text and char.isascii() and char.isprintable()
                              else (text, False, bounded, folded)}
        return skipped | {(text + char, not repeated, bounded, folded or (fold and char.isalpha()))}
    taken: set[_State] = set()
    for branch in item.value:   # type: ignore[attr-defined]
        taken |= _walk(branch, {state})
    if repeated:
        taken = {(t, False, b, f) for t, _, b, f in taken}
    return skipped | taken


def leading_literals(source: str, *, fold: bool = True) -> tuple[tuple[tuple[str, bool], ...], bool] | None:
    """(prefix, needs a word boundary before it) pairs, every match starting with one of them,
    and whether they compare exactly (else they are lowercase and compare with the lowercased text).

    ``fold`` says whether the pattern ignores case. ``None`` when the source may match
    starting with something other than a letter or digit, may match the empty string,
    or uses syntax this reader does not know.
    """
    try:
        parser = _Parser(source, fold)
        branches = parser.alternatives()
        if parser.at != len(source):
            raise _Unsupported("trailing text")
        states: set[_State] = set()
        for branch in branches:
            states |= _walk(branch, {("", True, False, False)})
    except (_Unsupported, ValueError, IndexError):
        return None
    if not states or any(not text for text, _, _, _ in states):
        return None
    exact = not any(folded for _, _, _, folded in states)
    return _minimal({(text if exact else text.lower(), bounded) for text, _, bounded, _ in states}), exact


def _minimal(prefixes: set[tuple[str, bool]]) -> tuple[tuple[str, bool], ...]:
    """Drop a prefix another one already covers ("is" when "i" is there, with no stricter boundary)."""
    kept = []
    for text, bounded in sorted(prefixes, key=lambda p: (len(p[0]), p[0], p[1])):
        if any(text.startswith(other) and (bounded or not other_bounded) for other, other_bounded in kept):
            continue
        kept.append((text, bounded))
    return tuple(kept)


def start_scanner(prefixes: tuple[tuple[str, bool], ...]) -> re.Pattern[str]:
    """A case-sensitive pattern of the prefixes, to run over the text (or its lowercased copy).

    No ``\\b`` in it: ``re`` skips ahead by first letter only for a pattern that starts
    with a literal, so the word boundary is checked afterwards.
    Places may overlap unless :func:`overlap_free`.
    """
    texts = sorted({re.escape(text) for text, _ in prefixes}, key=len, reverse=True)
    return re.compile("|".join(texts))


def overlap_free(prefixes: tuple[tuple[str, bool], ...]) -> bool:
    """Whether every prefix is letters and digits behind a word boundary: then no place that
    has nothing alphanumeric before it lies inside another prefix, and ``finditer`` finds them all."""
    return all(needs_boundary and text.isalnum() for text, needs_boundary in prefixes)


