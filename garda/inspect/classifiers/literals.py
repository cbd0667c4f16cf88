"""What every match of a rule's pattern starts with, read from the pattern's source.

A rule that is not anchored on its cue words was searched for at every position of a
sentence. Most of its patterns begin with a choice of words ("(?:sort|group|rank...)"),
so a match can only start where one of those words starts. :func:`leading_literals`
reads them from the source (conservatively: anything it does not understand gives
``None`` and the rule keeps its plain search), and :func:`start_scanner` turns them
into a case-sensitive ``re`` pattern run over the lowercased text, whose first-letter
skipping is far cheaper than trying the whole pattern at every position. :class:`Started`
pairs a pattern with that scanner and searches the way ``budget.search`` and
``budget.finditer`` would, with the same results. Where every match opens with one of a
known set of whole words (:func:`first_words`), the places are looked up in the scan's word
index instead of scanned for (tests/inspect/test_inspect_first_words.py).

:func:`guard_of` reads further: the pattern's words, blanks and simple classes, assertions
dropped, up to the first thing it does not translate, as an ``re`` pattern over the
lowercased text that matches wherever the pattern can. Where a guard fails, the pattern
is not tried (tests/inspect/test_inspect_classifiers_speed_paths.py checks the guards
against their patterns on the corpora).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import regex

from garda.inspect import budget, derived

MAX_PREFIXES = 600   # the medical terms alone open with about 420 words
MANY_PLACES = 48   # first words tried one by one before one timed search does the rest
_CLASS_ESCAPES = frozenset("sSwWdDhHvV")
_ZERO_WIDTH_ESCAPES = frozenset("ABZGKmM")


class _Unsupported(Exception):
    pass


@dataclass(frozen=True, slots=True)
class _Item:
    kind: str           # "lit", "boundary", "behind" (a look-behind), "zero" (other assertions), "class", "group"
    value: object       # the character of a literal, the alternatives of a group
    least: int = 1
    most: int | None = 1
    source: str = ""    # the item as written, quantifier included


ASSERTIONS = ("boundary", "behind", "zero")


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
            begin = self.at
            atom = self._atom()
            least, most = self._quantifier()
            if (least, most) != (1, 1) and atom.kind in ASSERTIONS:
                raise _Unsupported("quantified assertion")
            items.append(_Item(atom.kind, atom.value, least, most, self.source[begin:self.at]))
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
            elif rest[:1] in ("=", "!"):
                kind = "zero"
                self.at += 2
            elif rest[:2] in ("<=", "<!"):
                kind = "behind"
                self.at += 3
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


def _walk(items: list[_Item], states: set[Any], step: Callable[[_Item, Any], set[Any]] | None = None) -> set[Any]:
    """The states after ``items``, each item taking every state one ``step`` on (``_step`` unless given)."""
    step = step or _step
    for item in items:
        states = {after for state in states for after in step(item, state)}
        if len(states) > MAX_PREFIXES:
            raise _Unsupported("too many prefixes")
    return states


def _step(item: _Item, state: _State) -> set[_State]:
    text, open_, bounded, folded = state
    if not open_:
        return {state}
    if item.kind in ASSERTIONS:   # after the first letters, stop: a shorter prefix is still a prefix
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
    or uses syntax this reader does not know. Shipped precomputed (garda/inspect/derived.py).
    """
    found = derived.looked_up("leading_literals", (source, fold), lambda: _leading_literals(source, fold))
    if found is None:
        return None
    prefixes, exact = found
    return tuple((text, bounded) for text, bounded in prefixes), exact


def _leading_literals(source: str, fold: bool) -> tuple[tuple[tuple[str, bool], ...], bool] | None:
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


# A first word being read: its letters, whether the next item may still add to it, whether a word
# boundary comes before it, whether the pattern makes it end there (``None`` while it is open), and
# the look-behind it comes after ("" if none; see _after_no_word_char).
_WordState = tuple[str, bool, bool, bool | None, str]
_LETTERS_CLASS = re.compile(r"\[[a-z0-9]+\]")


def first_words(source: str) -> frozenset[str] | None:
    """The whole words (lowercase letters and digits) every match of ``source`` starts with.

    Each match starts where a word starts (``\\b`` before it) with one of them, followed by a word
    boundary or by a character that is no letter or digit. So on a plain text a match starts only
    where one of these words stands whole in the ASCII copy of the lowercased text, or at the start
    of a word that a window's end cuts (a boundary holds at the end of the window). ``None`` when the
    reader cannot tell.
    """
    states = _first_word_states(source)
    return None if states is None else frozenset(state[0] for state in states)


def words_behind(source: str) -> dict[str, str]:
    """The first words (see :func:`first_words`) that a match opens with only right after one same
    look-behind, each with that look-behind's source: where it does not hold, no match opens with the word."""
    states = _first_word_states(source) or set()
    behind: dict[str, set[str]] = {}
    for text, _, _, _, after in states:
        behind.setdefault(text, set()).add(after)
    return {word: next(iter(afters)) for word, afters in behind.items() if len(afters) == 1 and "" not in afters}


def _first_word_states(source: str) -> set[_WordState] | None:
    """Shipped precomputed (garda/inspect/derived.py), in a fixed order."""
    found = derived.looked_up("first_word_states", (source,), lambda: _ordered(_work_out_first_word_states(source)))
    return None if found is None else {tuple(state) for state in found}  # type: ignore[misc]


def _ordered(states: set[_WordState] | None) -> list[_WordState] | None:
    return None if states is None else sorted(states, key=repr)


def _work_out_first_word_states(source: str) -> set[_WordState] | None:
    branches = _branches(source)
    if branches is None:
        return None
    states: set[_WordState] = set()
    try:
        for branch in branches:
            states |= _walk(branch, {("", True, False, None, "")}, _word_step)
    except _Unsupported:
        return None
    if not states or not all(text and bounded and ended for text, _, bounded, ended, _ in states):
        return None
    return states


def _word_step(item: _Item, state: _WordState) -> set[_WordState]:
    text, open_, bounded, ended, behind = state
    if not open_:
        return {state}
    if item.kind in ASSERTIONS:
        if not text:
            after = _after_no_word_char(item)
            return {(text, True, bounded or item.kind == "boundary" or after, None, item.source if after else behind)}
        return {(text, False, bounded, item.kind == "boundary", behind)}
    skipped = {state} if item.least == 0 else set()
    # Past ``skipped``, the item takes at least one character.
    if item.kind == "class":
        written = item.source[:len(item.source) - len(_quantifier_written(item.source))]
        if _LETTERS_CLASS.fullmatch(written) and item.most == 1:   # "categori[sz]e"
            return skipped | {(text + letter.lower(), True, bounded, None, behind) for letter in written[1:-1]}
        return skipped | {(text, False, bounded, bool(text) and _takes_no_word_char(written), behind)}
    if item.kind == "lit":
        char, _fold = item.value   # type: ignore[misc]
        if char.isascii() and char.isalnum():
            if item.most != 1:
                return skipped | {(text, False, bounded, False, behind)}
            return skipped | {(text + char.lower(), True, bounded, None, behind)}
        # Any other character is no letter or digit in the ASCII copy: it ends the word.
        return skipped | {(text, False, bounded, bool(text) and not char.isalnum(), behind)}
    taken: set[_WordState] = set()
    for branch in item.value:   # type: ignore[attr-defined]
        taken |= _walk(branch, {state}, _word_step)
    if item.most != 1:
        taken = {(t, False, b, e if not o else False, a) for t, o, b, e, a in taken}
    return skipped | taken


def _after_no_word_char(item: _Item) -> bool:
    """Whether ``item`` is a look-behind that holds only after a character that is no letter or
    digit, or at the start of the text ("(?<=(?:^|[.!?\\n])\\s*)"): a word starts right after it."""
    return item.kind == "behind" and item.source.startswith("(?<=") and all(
        _ends_with_no_word_char(branch) for branch in item.value)   # type: ignore[attr-defined]


def _ends_with_no_word_char(items: list[_Item]) -> bool:
    """Whether every string ``items`` match ends with a character that is no letter or digit, or
    starts the text; items that may match nothing pass the question to the ones before them."""
    for item in reversed(items):
        if item.kind in ASSERTIONS:
            if item.source == "^":
                return True
            continue
        if item.kind == "class":
            ends = _takes_no_word_char(item.source[:len(item.source) - len(_quantifier_written(item.source))])
        elif item.kind == "lit":
            ends = not item.value[0].isalnum()   # type: ignore[index]
        else:
            ends = all(_ends_with_no_word_char(branch) for branch in item.value)   # type: ignore[attr-defined]
        if not ends:
            return False
        if item.least > 0:
            return True
    return False


def _takes_no_word_char(written: str) -> bool:
    """Whether a class (as written, without its quantifier) takes no letter or digit: ``\\s`` or a
    set of marks and blanks with no range."""
    if written in ("\\s", "\\n", "\\t"):
        return True
    if not (written.startswith("[") and written.endswith("]")) or written.startswith("[^"):
        return False
    inside, at = written[1:-1], 0
    while at < len(inside):
        char = inside[at]
        if char == "\\":
            escaped = inside[at + 1:at + 2]
            if escaped.isalnum() and escaped not in "snt":
                return False
            at += 2
            continue
        if char.isalnum() or (char == "-" and 0 < at < len(inside) - 1):
            return False   # a letter, a digit or a range
        at += 1
    return bool(inside)


def _branches(source: str) -> list | None:
    """The top-level alternatives of ``source`` as the reader parses them (None: syntax it does not know)."""
    try:
        parser = _Parser(source, True)
        branches = parser.alternatives()
        if parser.at != len(source):
            raise _Unsupported("trailing text")
    except (_Unsupported, ValueError, IndexError):
        return None
    return branches


def monotone_prefix(source: str) -> str | None:
    """A pattern that matches, within any bounds, wherever ``source`` matches within narrower ones.

    It is the leading items of each branch up to the first assertion after the first
    consumed character (a word boundary or look-behind before it sees nothing past the
    start), so it looks only at characters it consumes: cutting the text off cannot make
    it match. Where it does not match on the whole text, ``source`` cannot match at all.
    ``None`` when a branch keeps fewer than two consuming items (too little to sort places out).
    Shipped precomputed (garda/inspect/derived.py).
    """
    return derived.looked_up("monotone_prefix", (source,), lambda: _monotone_prefix(source))


def _monotone_prefix(source: str) -> str | None:
    branches = _branches(source)
    if branches is None:
        return None
    parts = []
    for branch in branches:
        kept, consumed = [], 0
        for item in branch:
            if item.kind in ("boundary", "behind") and not consumed:
                kept.append(item.source)
                continue
            if item.kind in ASSERTIONS or _asserts(item):
                break
            kept.append(item.source)
            consumed += 1
        if consumed < 2:
            return None
        parts.append("".join(kept))
    return "(?:" + "|".join(parts) + ")"


def _asserts(item: _Item) -> bool:
    if item.kind in ASSERTIONS:
        return True
    return item.kind == "group" and any(_asserts(inner) for branch in item.value for inner in branch)  # type: ignore[attr-defined]


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
    Places may overlap unless :func:`overlap_free`. The prefixes are written as a trie
    ("s(?:ort|plit)"): ``re`` tries a flat alternation one branch at a time at every place.
    A trie may match a shorter prefix where a flat list would match a longer one; only
    where a match starts counts (and where the next search starts, for an overlap-free set,
    is inside a word, where no place is).
    """
    return re.compile(trie_source({text for text, _ in prefixes}))


def trie_source(texts: set[str]) -> str:
    by_first: dict[str, set[str]] = {}
    for text in texts:
        by_first.setdefault(text[:1], set()).add(text[1:])
    ends = "" in by_first
    branches = [re.escape(first) + trie_source(rests) for first, rests in sorted(by_first.items()) if first]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


def overlap_free(prefixes: tuple[tuple[str, bool], ...]) -> bool:
    """Whether every prefix is letters and digits behind a word boundary: then no place that
    has nothing alphanumeric before it lies inside another prefix, and ``finditer`` finds them all."""
    return all(needs_boundary and text.isalnum() for text, needs_boundary in prefixes)


# Characters a case-insensitive letter or a word boundary sees otherwise than the lowercased text does:
# digits outside \w that str.isalnum() accepts, the dotted capital I and the long s. A text holding one
# is searched the plain way.
UNPLAIN = regex.compile(r"[\p{No}\u0130\u017f]")
NON_ASCII = regex.compile(r"[^\x00-\x7f]")


def is_plain(text: str) -> bool:
    """Whether letters and word boundaries compare as the lowercased text shows them (see ``UNPLAIN``)."""
    return text.isascii() or UNPLAIN.search("".join(NON_ASCII.findall(text))) is None


_start_of = operator.methodcaller("start")


def _linear_match(pattern: regex.Pattern[str], text: str, pos: int, endpos: int) -> regex.Match[str] | None:
    """``budget.match(..., linear=True)`` for callers that read the budget's clock once per batch:
    the patterns here have bounded gaps, so within ``budget.LINEAR_WINDOW`` they run untimed."""
    if endpos - pos <= budget.LINEAR_WINDOW:
        return pattern.match(text, pos, endpos)
    return budget.match(pattern, text, pos, endpos)


class Lowered(Protocol):
    """A text with its same-length lowercased copy, and whether that copy is ``plain``."""

    text: str
    lower: str

    @property
    def plain(self) -> bool: ...

    @property
    def ascii_lower(self) -> str:
        """``lower`` with characters outside ASCII replaced by ASCII ones that are letters or digits
        where they are (prefixes, being ASCII, start at the same places there)."""

    def guard_memo(self, started: object) -> dict[int, bool] | None:
        """A dict to keep ``started``'s guard results by place in, or ``None`` when not worth it."""

    def word_places(self, words: frozenset[str], pos: int, endpos: int,
                    behind: tuple[tuple[frozenset[str], regex.Pattern[str]], ...] = ()) -> list[int]:
        """Offsets in ``[pos, endpos)`` where one of ``words`` stands whole in ``ascii_lower`` (those of
        a word in ``behind`` only where its look-behind holds), and the start of a word that ``endpos``
        cuts, in order."""


def _behind_checks(pattern: regex.Pattern[str]) -> tuple[tuple[frozenset[str], regex.Pattern[str]], ...]:
    by_source: dict[str, set[str]] = {}
    for word, source in words_behind(pattern.pattern).items():
        by_source.setdefault(source, set()).add(word)
    return tuple((frozenset(words), regex.compile(source, pattern.flags)) for source, words in by_source.items())


@dataclass(frozen=True, slots=True)
class Started:
    """A pattern and a scanner for the places its matches may start (see literals.py)."""

    pattern: regex.Pattern[str]
    starts: re.Pattern[str] | None
    overlap_free: bool = True
    exact: bool = False   # the scanner runs over the text itself, not its lowercased copy
    guard: re.Pattern[str] | None = None   # see guard_of: places where it fails are not tried
    # See first_words: where they are known, the places are looked up in the scan's word index
    # instead of scanning for the prefixes.
    words: frozenset[str] | None = None
    # First words a match opens with only after a look-behind (see words_behind), with it compiled:
    # their places where it does not hold are dropped.
    behind: tuple[tuple[frozenset[str], regex.Pattern[str]], ...] = ()

    @classmethod
    def of(cls, pattern: regex.Pattern[str], *, by_words: bool = True) -> Started:
        """``by_words=False``: scan for the prefixes even where the first words are known (cheaper for
        short windows and a long list of common words)."""
        found = leading_literals(pattern.pattern, fold=bool(pattern.flags & regex.IGNORECASE))
        if not found:
            return cls(pattern, None)
        prefixes, exact = found
        free = overlap_free(prefixes)
        words = first_words(pattern.pattern) if by_words else None
        return cls(pattern, start_scanner(prefixes), free, exact, guard_of(pattern.pattern), words,
                   _behind_checks(pattern) if words else ())

    def places(self, scan: Lowered, pos: int, endpos: int) -> list[int]:
        """Every offset in ``[pos, endpos)`` where a match may start, in order."""
        places = self._scanned_places(scan, pos, endpos)
        if self.guard is None or not places:
            return places
        guard, lower = self.guard.match, scan.lower
        return [place for place in places if guard(lower, place)]

    def _scanned_places(self, scan: Lowered, pos: int, endpos: int) -> list[int]:
        starts = self.starts
        if starts is None:
            raise ValueError("no scanner for this pattern")
        if self.words is not None:
            return scan.word_places(self.words, pos, endpos, self.behind)
        haystack = scan.text if self.exact else scan.ascii_lower
        if self.overlap_free:   # every prefix needs a word boundary before it
            return [place for place in map(_start_of, starts.finditer(haystack, pos, endpos))
                    if not place or not haystack[place - 1].isalnum()]
        places = []
        found = starts.search(haystack, pos, endpos)
        while found:
            places.append(found.start())
            found = starts.search(haystack, found.start() + 1, endpos)
        return places

    def search(self, scan: Lowered, pos: int = 0, endpos: int | None = None,
               twin: Callable[[], regex.Pattern[str]] | None = None) -> regex.Match[str] | None:
        """As ``budget.search``; on a plain text the pattern is tried only where a match may start.

        ``twin``, if given, gives a pattern that matches as this one does within these bounds
        (asked only when there is a place to try).
        """
        endpos = len(scan.text) if endpos is None else endpos
        text = scan.text
        if self.starts is None or not scan.plain:
            return budget.search(twin() if twin else self.pattern, text, pos, endpos)
        # The guard is asked place by place: the first match ends the search, often at the first place.
        guard, lower = self.guard.match if self.guard else None, scan.lower
        memo = scan.guard_memo(self) if guard is not None else None
        pattern, tried = None, 0
        for place in self._scanned_places(scan, pos, endpos):
            if memo is not None:
                passed = memo.get(place)
                if passed is None:
                    passed = memo[place] = guard(lower, place) is not None   # type: ignore[misc]
                if not passed:
                    continue
            elif guard is not None and not guard(lower, place):
                continue
            if pattern is None:
                pattern = twin() if twin else self.pattern
                budget.remaining()   # fails once the inspection's time is spent
            if tried == MANY_PLACES:   # dense with first words: one timed search does the rest faster
                return budget.search(pattern, text, place, endpos)
            tried += 1
            match = _linear_match(pattern, text, place, endpos)
            if match:
                return match
        return None

    def findall(self, scan: Lowered, pos: int = 0, endpos: int | None = None) -> list[regex.Match[str]]:
        """As ``list(budget.finditer(...))``, the same way (no pattern here matches the empty string)."""
        endpos = len(scan.text) if endpos is None else endpos
        if self.starts is None or not scan.plain:
            return list(budget.finditer(self.pattern, scan.text, pos, endpos))
        pattern, text = self.pattern, scan.text
        found: list[regex.Match[str]] = []
        last = pos
        budget.remaining()
        for tried, place in enumerate(self.places(scan, pos, endpos)):
            if tried == MANY_PLACES:   # no match starts between the last one and here
                found.extend(budget.finditer(pattern, text, max(last, place), endpos))
                return found
            if place < last:
                continue
            match = _linear_match(pattern, text, place, endpos)
            if match:
                found.append(match)
                last = max(match.end(), place + 1)
        return found


def guard_of(source: str) -> re.Pattern[str] | None:
    """A cheap ``re`` pattern over the lowercased text that matches wherever ``source`` (ignoring
    case) matches on a plain text, and rarely elsewhere: a rule is tried only where its guard matches.

    It is the source's words and blanks read from its start, assertions dropped, up to the
    first item this reader does not translate (a class other than ``\\s``, a case-sensitive
    letter, a letter outside ASCII): each piece matches at least what it stands for, so the
    guard can only be looser. ``None`` when the source uses syntax this reader does not know,
    or when the guard would check no more than the first two characters. Shipped precomputed
    (garda/inspect/derived.py).
    """
    guard = derived.looked_up("guard_of", (source,), lambda: _guard_source(source))
    return None if guard is None else re.compile(guard)


def _guard_source(source: str) -> str | None:
    branches = _branches(source)
    if branches is None:
        return None
    guard, _complete = _guard_of_branches(branches)
    if not _LOOKS_PAST_A_BLANK.search(guard):
        return None   # checks no more than the first word, as finding the cue already did
    return guard


def _guard_of_branches(branches: list[list[_Item]]) -> tuple[str, bool]:
    """The guard of an alternation, and whether every branch was translated to its end."""
    parts, complete = [], True
    for branch in branches:
        part, done = _guard_of_sequence(branch)
        parts.append(part)
        complete = complete and done
    if complete and len(parts) == 2 and parts[1] == "\\." and _BARE_PERIOD_IN_NEGATED.fullmatch(parts[0]):
        # "[^.?!\n]" or a period ("same sentence" across an abbreviation, its look-behind dropped):
        # one class, which re repeats far faster than a group of two.
        return parts[0].replace(".", "", 1), True
    return "(?:" + "|".join(parts) + ")", complete


def _guard_of_sequence(items: list[_Item]) -> tuple[str, bool]:
    pieces = []
    for item in items:
        if item.kind in ASSERTIONS:
            continue   # dropped: the guard only gets looser
        piece, complete = _guard_of_item(item)
        pieces.append(piece)
        if not complete:
            return "".join(pieces), False
    return "".join(pieces), True


def _guard_of_item(item: _Item) -> tuple[str, bool]:
    """An item's guard and whether what follows it may still be translated."""
    quantifier = _quantifier_source(item.least, item.most)
    if item.kind == "lit":
        char, _fold = item.value   # type: ignore[misc]
        if not char.isascii():
            if _caseless_mark(char):   # "’": the lowercased text holds it as it is
                return re.escape(char) + quantifier, True
            return "", False
        # Matched with or without case, an ASCII letter is its lowercase in the lowercased text.
        return re.escape(char.lower()) + quantifier, True
    if item.kind == "class":
        looser = _looser_class(item.source[:len(item.source) - len(_quantifier_written(item.source))])
        if looser is None:
            return "", False
        return looser + quantifier, True
    inner, complete = _guard_of_branches(item.value)   # type: ignore[arg-type]
    if complete:
        return inner + quantifier, True
    if (item.least, item.most) == (1, 1):
        return inner, False   # each branch up to where its translation stopped; nothing after it
    return "", False


# Classes a guard knows, each as an re class over the lowercased text that takes at least the
# characters (lowercased) the regex class takes. re's \s takes every blank regex's \s does
# (str.isspace is wider); no letter, digit or mark is a blank; re's \d is regex's.
_LOOSER_CLASS = {"\\s": "\\s", "\\d": "\\d", "\\w": "\\S", "\\S": ".", ".": "."}
_LETTER_CLASS = re.compile(r"\\[pP]\{(?:L|Lu|Ll|Lt|Lm|Lo|Alphabetic)\}")
# The inside of a character class with no blank among its members: single printable ASCII characters
# other than the blank, ranges of them, and the escapes \w \d and letters' \p{...}.
_BLANKLESS_MEMBERS = re.compile(r"(?:[!-\[\]-~]|\\[wd'’.\-\[\]\\/&]|\\p\{(?:L|Lu|Ll|Lt|Lm|Lo)\}|’)+")
# A negated class of ASCII marks that lowercasing leaves alone and no other character becomes.
_MARKS_ONLY = re.compile(r"\^(?:[!-/:-@\[\]^_`{-~]|\\[.?!\[\]\\/\-nt])+")
# The inside of a class of blanks (\s) and ASCII marks that lowercasing leaves alone ("[-\s]"): as written,
# re takes at least what regex takes (re's \s takes every blank regex's does).
_MARKS_AND_BLANKS = re.compile(r"(?=[^^])(?:[!-/:-@_`{|}~]|\\s)+")


def _caseless_mark(char: str) -> bool:
    return not char.isalnum() and char.isprintable() and char.lower() == char == char.upper() == char.casefold()


def _looser_class(written: str) -> str | None:
    """The guard of a class (as written, without its quantifier), or ``None``."""
    if written in _LOOSER_CLASS:
        return _LOOSER_CLASS[written]
    if _LETTER_CLASS.fullmatch(written) and written[1] == "p":
        return "\\S"
    if written.startswith("[") and written.endswith("]"):
        inside = written[1:-1]
        if _MARKS_ONLY.fullmatch(inside):
            return written
        if not inside.startswith("^") and _BLANKLESS_MEMBERS.fullmatch(inside):
            return "\\S"
        if _MARKS_AND_BLANKS.fullmatch(inside) and "\\s" in inside and "-" not in inside[1:-1]:
            return written   # a hyphen first or last only: no range, which might take letters
    return None


def _quantifier_written(source: str) -> str:
    found = re.search(r"(?:[?*+]|\{\d*,?\d*\})[?+]?$", source)
    if found and not (source.endswith("]") or source.endswith("}") and source.startswith("\\p")):
        return found.group()
    return ""


_BARE_PERIOD_IN_NEGATED = re.compile(r"\[\^\.[^\]\\.]*(?:\\[nt][^\]\\.]*)*\]")
# A blank in a guard with something after it: the guard looks beyond the first word.
_LOOKS_PAST_A_BLANK = re.compile(r"\\s(?:\{\d+,\d*\})?[^|){]")


def _quantifier_source(least: int, most: int | None) -> str:
    if (least, most) == (1, 1):
        return ""
    return "{%d,%s}" % (least, "" if most is None else most)

