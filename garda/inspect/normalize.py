"""Undo the usual evasions before recognizers look at a text, keeping a map back.

Four passes, each producing a map from its output back to its input:

1. invisible characters (zero-width, soft hyphen, BOM, other format characters)
   dropped -- a :class:`DeletionMap`;
2. characters: NFKC (full-width -> ASCII, ligatures, ...), Cyrillic/Greek
   look-alikes -> Latin -- an :class:`OffsetMap`, character for character except
   where NFKC expands one character into several;
3. digits spelled out ("four one four five five ...", five words or more) written
   as digits -- an :class:`OffsetMap`;
4. structure: digits spaced or dotted out ("4 1 4 - 5 5 5 ...") collapsed, line
   breaks after a hyphen inside an identifier removed -- a :class:`DeletionMap`.

Each pass works run by run with C-level string methods and touches single
characters in Python only where a character expands, so 64 KB of adversarial text
normalizes in milliseconds.

Recognizers see ``Normalized.text``; :meth:`Normalized.to_original` turns a span of
it back into a span of the text as given, so placeholders land on what the member
typed.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate, compress, islice, repeat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial

import regex

INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u200b\u200c\u200d"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067"
    "\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufe00\ufe01\ufe02\ufe03\ufe04"
    "\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff\uffa0"
)

# Look-alikes that NFKC leaves alone. Letters only; digits come through NFKC.
HOMOGLYPHS = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ɡ": "g",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ԁ": "D",
    "Ԛ": "Q", "Ԝ": "W", "Һ": "H", "Ӏ": "I", "З": "3", "з": "3", "б": "6",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "ι": "i", "κ": "k", "τ": "t", "υ": "u",
    "χ": "x", "ϲ": "c", "ϳ": "j",
    # dashes, quotes and spaces that hide separators
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'",
    "\u2022": ".", "\u00b7": ".", "\u2219": ".", "\u2027": ".",   # bullets and middle dots used as separators
    "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u2007": " ", "\u202f": " ",
}

# One isolated digit, then single digits each after a short separator: ≥ 5 in all
# (IP addresses and dates never have five single-digit groups).
SPACED_DIGITS = regex.compile(
    r"(?<![\w.])\d(?:(?:[ .]|[ ]?-[ ]?)\d(?!\d)){4,}(?![\w])")
# Single letters and digits spaced or dotted out ("I 2 6 8 1 4 8 8 4 0", "A.R.2.0.2.6", "6 8 9 - F Z M",
# "M a y 1 9 , 1 9 8 6", "+ 1 2 6 2 ..."): five or more, at least three of them digits (kept by
# _enough_digits), so spaced-out words and initials are left alone. Spaces and dots go; - / , stay.
SPACED_CHARACTERS = re.compile(   # one character class first, so the scan skips ahead in C
    r"[+(A-Z0-9](?<![\w.+(][+(A-Z0-9])(?:(?<=[+(])[ ]?[A-Z0-9]|(?<=[A-Z0-9]))"
    r"(?:(?:[ .]|[ ]?[-/,.()][ ]?)[A-Za-z0-9](?![A-Za-z0-9])){3,}"
    r"(?:[ .]|[ ]?[-/,.()][ ]?)[A-Z0-9](?![\w])")   # a lowercase letter at either end is a word ("... 5 5 x")
# Single characters joined only by dashes ("4-1-4-5-5-5-0-1-4-2"): the dashes go too.
DASHED_SINGLES = re.compile(r"[A-Z0-9](?<![\w.+-][A-Z0-9])(?:-[A-Za-z0-9](?![A-Za-z0-9])){4,}(?![\w-])")
# The dash right after where a DASHED_SINGLES match starts ("X-Y-..."): a literal first, a fast scan.
DASHED_SINGLES_DASH = re.compile(r"-(?=[A-Za-z0-9]-)(?<=[A-Z0-9]-)")
# Spaces around a dash between digits ("123 - 45 - 6789").
DASH_GAP = re.compile(r"\d[ ]*-[ ]*(?=\d)")   # only its spaces are deleted
# Letters typed for digits inside a number ("414-555-O142", "4l4"): O/o for 0, l for 1 (never I,
# which starts real identifiers). Length-preserving, so offsets need no map.
LETTER_DIGITS = re.compile(r"[0-9Ool](?<![A-Za-z][0-9Ool])(?<=(?=[0-9Ool.-]*[Ool])(?=(?:[Ool.-]*\d){4})[0-9Ool])(?:[0-9Ool]|[-.](?=[0-9Ool])){3,}(?![A-Za-z])")
LETTER_DIGITS_GATE = re.compile(r"\d(?:(?<=[Ool]\d)|[Ool])")   # starts with \d: a fast scan
TO_DIGITS = str.maketrans("Ool", "001")
# A line break inside an identifier: digits on both sides (not before a list marker "2."), digits and
# letters run together ("676012\nTB6", "13MAR\n1998"), a dash after it, an IPv4 or an e-mail domain cut.
IDENTIFIER_BREAK = regex.compile(
    r"(?=[ \t]*\r?\n)(?:"
    r"(?<=\d)[ \t]*\r?\n[ \t]*(?=\d)(?!\d{1,2}[.)][ \t]+[A-Za-z])"
    r"|(?<=\d)\r?\n(?=[A-Za-z]{1,4}\d)|(?<=\d[A-Za-z]{1,4})\r?\n(?=\d)"
    r"|(?<=\d[A-Za-z]{1,3})[ \t]*\r?\n[ \t]*(?=[A-Za-z]{1,3}\d)|(?<=\d)[ \t]*\r?\n[ \t]*(?=\)\s?\d)"
    r"|(?<=[A-Za-z0-9._-])\r?\n(?=[\w.+-]{1,64}@\w)"
    r"|(?<=[A-Za-z0-9])[ \t]*\r?\n(?=-\d)"
    r"|(?<=\d\.)\r?\n(?=\d{1,3}\.\d)|(?<=\d\.\d{1,3}\.)\r?\n(?=\d)|(?<=\d\.\d{1,3})\r?\n(?=\.\d)"
    r"|(?<=@[\w-]{1,64}(?:\.[\w-]{1,64}){0,3}\.?)\r?\n(?=[\w.-]))")
# A line break right after or right before a hyphen or an '@' between word characters.
HYPHEN_BREAK = regex.compile(
    r"(?<=[A-Za-z0-9][-@])[ \t]*\r?\n[ \t]*(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[ \t]*\r?\n[ \t]*(?=[-@][A-Za-z0-9])")
# What may stand before the blanks of a HYPHEN_BREAK match: the end of a word, a hyphen or an '@'.
HYPHEN_BREAK_LEFT = frozenset("-@0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# The line feeds a HYPHEN_BREAK can span: a hyphen or '@' on one side of it (past blanks) and a letter
# or digit on the other. A blank right before it is left to the caller to look past.
HYPHEN_BREAK_NEWLINE = re.compile(
    r"\n(?:(?<=[-@ \t\r]\n)(?=[ \t]*[A-Za-z0-9])|(?<=[A-Za-z0-9 \t\r]\n)(?=[ \t]*[-@]))")
INVISIBLE_RUN = regex.compile("[" + "".join(sorted(INVISIBLE)) + r"\p{Cf}]+")
# Five spaced tokens with three digits always hold a digit followed by two more tokens.
DASHED_GATE = re.compile(r"-[A-Za-z0-9]-(?<=\d-[A-Za-z0-9]-)")   # a literal first: a fast scan
SPACED_GATE = re.compile(r"\d(?<![A-Za-z0-9]\d)[ .,/()-]{1,3}[A-Za-z0-9][ .,/()-]{1,3}[A-Za-z0-9](?![A-Za-z0-9])")
# Every digit pass needs a digit followed by a separator; line-break passes are gated on "\n".
STRUCTURE_PREFILTER = re.compile(r"\d[ .,/()-]")
BREAK_LEFT = frozenset("0123456789._-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# The line feeds an IDENTIFIER_BREAK can span: a BREAK_LEFT character before it (or a blank, to look
# past) and, past blanks, one an identifier goes on with.
IDENTIFIER_BREAK_NEWLINE = re.compile(r"\n(?<=[0-9A-Za-z._ \t\r-]\n)(?=[ \t]*[0-9A-Za-z._)-])")
DIGIT_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
               "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# "\b" and a digit word, opening with one character class so that a scan skips ahead in C to the letters
# a digit word starts with (the class and the look-behinds ignore case as the words do).
_DIGIT_WORD_STARTS = (r"[zotfsen](?<!\w[zotfsen])(?:(?<=z)ero|(?<=o)(?:h|ne)|(?<=t)(?:wo|hree)|(?<=f)(?:our|ive)"
                      r"|(?<=s)(?:ix|even)|(?<=e)ight|(?<=n)ine)")
NUMBER_WORD_PAIR = re.compile(_DIGIT_WORD_STARTS + r"[\s,.-]+" + _DIGIT_WORD + r"\b", re.IGNORECASE)
# Five or more digit words in a row ("four one four five five ...") are a number spelled out.
NUMBER_WORD_RUN = re.compile(_DIGIT_WORD_STARTS + r"(?:[ ,.-]{1,3}" + _DIGIT_WORD + r"){4,}\b", re.IGNORECASE)
NUMBER_WORD = re.compile(_DIGIT_WORD, re.IGNORECASE)
NUMBER_WORD_SPLIT = re.compile("(" + _DIGIT_WORD + ")", re.IGNORECASE)   # the words and what lies between
NON_ASCII_RUN = regex.compile(r"[^\x00-\x7f]+")
NON_ASCII_STD = re.compile(r"[^\x00-\x7f]+")


ASCII_BYTES = bytes(range(128))
FEW_CHARACTERS = 16   # up to this many distinct characters, one str.replace each beats a per-character pass


def _non_ascii_characters(text: str) -> set[str]:
    """The distinct non-ASCII characters of ``text``: the ASCII bytes of its UTF-8 form dropped in C,
    then each character taken out of what is left with one replace (a set over the rest when many)."""
    rest = text.encode("utf-8", "surrogatepass").translate(None, ASCII_BYTES).decode("utf-8", "surrogatepass")
    distinct: set[str] = set()
    while rest and len(distinct) < FEW_CHARACTERS:
        distinct.add(rest[0])
        rest = rest.replace(rest[0], "")
    distinct.update(rest)
    return distinct


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Piecewise map from a derived text back to its source.

    ``pieces`` holds ``(derived_start, source_start, derived_len, source_len)``;
    a piece with equal lengths maps character for character, any other is atomic.
    Characters dropped from the source are pieces of derived length 0.
    """

    pieces: tuple[tuple[int, int, int, int], ...]
    starts: tuple[int, ...]
    source_length: int

    def start(self, pos: int) -> int:
        if not self.pieces:
            return pos
        d0, s0, dl, sl = self._piece_at(pos)
        return s0 + (pos - d0) if dl == sl else s0

    def end(self, pos: int) -> int:
        """Map an exclusive end offset."""
        if not self.pieces:
            return pos
        if pos <= 0:
            return 0
        d0, s0, dl, sl = self._piece_at(pos - 1)
        return s0 + (pos - d0) if dl == sl else s0 + sl

    def _piece_at(self, pos: int) -> tuple[int, int, int, int]:
        index = bisect_right(self.starts, pos) - 1
        while index > 0 and self.pieces[index][2] == 0:
            index -= 1
        return self.pieces[max(index, 0)]


IDENTITY = OffsetMap((), (), 0)


@dataclass(frozen=True, slots=True)
class DeletionMap:
    """Map back from a text that only lost characters.

    ``shifted[i]`` is the derived position where the i-th deleted character (in
    source order) would have been; a derived position ``p`` comes from source
    position ``p + (number of deletions at or before it)``.
    """

    shifted: tuple[int, ...]

    @classmethod
    def of(cls, deleted: list[int]) -> DeletionMap:
        return cls(tuple(map(operator.sub, deleted, range(len(deleted)))))

    def start(self, pos: int) -> int:
        return pos + bisect_right(self.shifted, pos)

    def end(self, pos: int) -> int:
        return self.start(pos - 1) + 1 if pos > 0 else 0


def _delete_characters(text: str, characters: set[str]) -> tuple[str, DeletionMap]:
    """Drop every occurrence of ``characters`` (at least one is in ``text``): all of them made one
    marker character, the text split at it; the pieces' running lengths are the map's ``shifted``."""
    marker, *others = sorted(characters)
    for char in others:
        text = text.replace(char, marker)
    pieces = text.split(marker)
    return "".join(pieces), DeletionMap(tuple(accumulate(map(len, islice(pieces, len(pieces) - 1)))))


def _delete(text: str, pattern: regex.Pattern[str], only: str | None = None,
            keep: Callable[[str], bool] | None = None,
            matches: Iterable[regex.Match[str]] | None = None) -> tuple[str, DeletionMap | None]:
    """Drop what ``pattern`` matches (with ``only``, just those characters of each match; with
    ``keep``, only in matches it accepts), remembering where characters went."""
    deleted: list[int] = []
    parts: list[str] = []
    position = 0
    drop = str.maketrans("", "", only) if only else None
    for match in pattern.finditer(text) if matches is None else matches:
        if keep is not None and not keep(match.group()):
            continue
        start, end = match.span()
        parts.append(text[position:start])
        if drop is None:
            deleted.extend(range(start, end))
        else:
            matched = match.group()
            parts.append(matched.translate(drop))
            deleted.extend(compress(range(start, end), map(only.__contains__, matched)))
        position = end
    if not deleted:
        return text, None
    parts.append(text[position:])
    return "".join(parts), DeletionMap.of(deleted)


class _MapBuilder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pieces: list[tuple[int, int, int, int]] = []
        self.derived = 0

    def copy(self, source_start: int, text: str) -> None:
        self.emit(source_start, len(text), text)

    def emit(self, source_start: int, source_len: int, text: str) -> None:
        if not source_len and not text:
            return
        if self.pieces and len(text) == source_len:
            d0, s0, dl, sl = self.pieces[-1]
            if dl == sl and d0 + dl == self.derived and s0 + sl == source_start:
                self.pieces[-1] = (d0, s0, dl + source_len, sl + source_len)
                self.parts.append(text)
                self.derived += len(text)
                return
        self.pieces.append((self.derived, source_start, len(text), source_len))
        self.parts.append(text)
        self.derived += len(text)

    def atoms(self, source_start: int, sources: list[str], outputs: list[str]) -> None:
        """Pieces of one character each, none merging with the last (the first is not linear)."""
        lengths = list(map(len, sources))
        self.pieces.extend(zip(range(self.derived, self.derived + len(outputs)),
                               accumulate(lengths[:-1], initial=source_start), repeat(1), lengths))
        self.parts.extend(outputs)
        self.derived += len(outputs)

    def build(self, source_length: int) -> tuple[str, OffsetMap]:
        pieces = tuple(self.pieces)
        return "".join(self.parts), OffsetMap(pieces, tuple(map(operator.itemgetter(0), pieces)), source_length)


class _CharTable(dict[int, str]):
    """Per-character replacement for ``str.translate``, computed once per character seen.

    ``uneven`` collects the characters whose replacement is not exactly one character.
    """

    def __init__(self) -> None:
        super().__init__()
        self.uneven: set[str] = set()

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in INVISIBLE or unicodedata.category(char) == "Cf":
            value = ""
        else:
            value = "".join(HOMOGLYPHS.get(c, c) for c in unicodedata.normalize("NFKC", char))
        if len(value) != 1:
            self.uneven.add(char)
        self[code] = value
        return value


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str
    original: str
    maps: tuple[OffsetMap | DeletionMap, ...] = ()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Span of ``text`` -> span of the original text (code-point offsets)."""
        for offset_map in reversed(self.maps):
            start, end = offset_map.start(start), offset_map.end(end)
        return start, max(start, end)


class Normalizer:
    """Built once, reused: caches per-character replacements."""

    def __init__(self) -> None:
        self._table = _CharTable()
        self._invisible: dict[str, bool] = {}

    def __call__(self, text: str) -> Normalized:
        maps: list[OffsetMap | DeletionMap] = []
        current = text
        wide_digits = False   # digits beyond ASCII, which the byte-shape gates do not see
        if not current.isascii():
            distinct = _non_ascii_characters(current)
            invisible = {char for char in distinct if self._is_invisible(char)}
            if invisible:   # what INVISIBLE_RUN would delete, character by character
                current, invisible_map = _delete_characters(current, invisible)
                maps.append(invisible_map)
                distinct -= invisible
            if distinct:
                current, char_map = self._characters(current, distinct)
                if char_map.pieces:
                    maps.append(char_map)
                wide_digits = self._leaves_wide_digits(distinct)
        if _may_spell_digits(current) and NUMBER_WORD_PAIR.search(current):
            current, words_map = _digits_from_words(current)
            if words_map.pieces:
                maps.append(words_map)
        if _has_letter_for_digit(current) and _letter_digit_gate(current, wide_digits):
            current = _letters_as_digits(current)
        if "\n" in current or STRUCTURE_PREFILTER.search(current) is not None:
            current, structure_map = _structure(current, wide_digits)
            if structure_map:
                maps.append(structure_map)
        return Normalized(current, text, tuple(maps))

    def _is_invisible(self, char: str) -> bool:
        """Whether INVISIBLE_RUN matches ``char`` (one character: cached like the replacements)."""
        known = self._invisible.get(char)
        if known is None:
            known = self._invisible[char] = INVISIBLE_RUN.fullmatch(char) is not None
        return known

    def _leaves_wide_digits(self, distinct: set[str]) -> bool:
        """Whether the replacements of ``distinct`` hold a non-ASCII digit (``\\d`` matches those too)."""
        return any(char.isdecimal() and not char.isascii() for each in distinct for char in self._table[ord(each)])

    def _characters(self, text: str, distinct: set[str]) -> tuple[str, OffsetMap]:
        """``distinct`` holds every non-ASCII character of ``text`` (ASCII ones map to themselves)."""
        table = self._table
        replaced = {char: table[ord(char)] for char in distinct}
        if table.uneven.isdisjoint(distinct):   # character for character: offsets unchanged
            changed = {char: value for char, value in replaced.items() if value != char}
            if not changed:
                return text, IDENTITY
            if len(changed) <= FEW_CHARACTERS and changed.keys().isdisjoint(changed.values()):
                for char, value in changed.items():
                    text = text.replace(char, value)
                return text, IDENTITY
            if len(text) > 8192:   # long texts: one translate beats a call per non-ASCII run
                return text.translate(table), IDENTITY
            return NON_ASCII_STD.sub(lambda run: run.group().translate(table), text), IDENTITY
        builder = _MapBuilder()
        position = 0
        for run in NON_ASCII_RUN.finditer(text):
            run_start, run_end = run.span()
            chars = run.group()
            replaced = chars.translate(table)
            if len(replaced) == len(chars) and table.uneven.isdisjoint(chars):
                continue   # character for character: stays inside the current linear piece
            if run_start > position:
                builder.copy(position, text[position:run_start].translate(table))
            for offset, char in enumerate(chars):
                builder.emit(run_start + offset, 1, table[ord(char)])
            position = run_end
        if not builder.pieces:
            return text.translate(table), IDENTITY
        if position < len(text):
            builder.copy(position, text[position:].translate(table))
        return builder.build(len(text))


def _may_spell_digits(text: str) -> bool:
    """Cheap gates: a run of five digit words (NUMBER_WORD_RUN) needs five words that are digit words,
    every ASCII character that is not a letter or digit counting as a separator, and five occurrences
    of their letters ("oh" aside). Both on the UTF-8 bytes, lowercased and separated by one
    ``bytes.translate`` (``str.lower`` gives the same words: the only characters it turns into ASCII
    letters, 'İ' and the Kelvin sign, never make a digit word)."""
    try:
        folded = text.encode().translate(FOLD_AND_SEPARATE)
    except UnicodeEncodeError:   # a lone surrogate: as before, raises only where the words are split
        if _digit_word_letters(text.encode("utf-8", "surrogatepass").translate(FOLD_AND_SEPARATE)) < 5:
            return False
        raise
    words = folded.split()
    digit_words = sum(map(DIGIT_WORD_BYTES.__contains__, words))
    if digit_words < 5:
        return False
    # Each digit word but "oh" is an occurrence of its letters: five of them settle the count.
    return digit_words - words.count(b"oh") >= 5 or _digit_word_letters(folded) >= 5


def _digit_word_letters(folded: bytes) -> int:
    return sum(map(folded.count, COUNTED_DIGIT_WORDS))


_ASCII_PUNCTUATION = bytes(code for code in range(128) if not chr(code).isalnum())
_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
FOLD_AND_SEPARATE = bytes.maketrans(_ASCII_PUNCTUATION + _ASCII_UPPER,
                                    b" " * len(_ASCII_PUNCTUATION) + _ASCII_UPPER.lower())
DIGIT_WORD_BYTES = frozenset(word.encode() for word in DIGIT_WORDS)
COUNTED_DIGIT_WORDS = tuple(word for word in DIGIT_WORD_BYTES if word != b"oh")


def _digits_from_words(text: str) -> tuple[str, OffsetMap]:
    """'four one four five five' -> '4 1 4 5 5' (then collapsed like any spaced-out digits)."""
    builder = _MapBuilder()
    position = 0
    for run in NUMBER_WORD_RUN.finditer(text):
        builder.copy(position, text[position:run.start()])
        tokens = NUMBER_WORD_SPLIT.split(run.group())   # "", word, gap, word, ..., word, ""
        inner = tokens[1:-1]
        if not tokens[0] and not tokens[-1] and all(inner[1::2]):
            # Every word and every gap becomes one character, a piece of its own (a word is never
            # character for character, so nothing merges): the pieces built in C.
            outputs = inner[:]
            outputs[0::2] = [DIGIT_WORDS[word.lower()] for word in inner[0::2]]
            outputs[1::2] = ["-" if "-" in gap else " " for gap in inner[1::2]]
            builder.atoms(run.start(), inner, outputs)
            position = run.end()
            continue
        cursor = run.start()
        for word in NUMBER_WORD.finditer(text, run.start(), run.end()):
            if word.start() > cursor:   # whatever separated the words becomes one space (or a dash)
                gap = text[cursor:word.start()]
                builder.emit(cursor, len(gap), "-" if "-" in gap else " ")
            builder.emit(word.start(), word.end() - word.start(), DIGIT_WORDS[word.group().lower()])
            cursor = word.end()
        position = run.end()
    if position == 0:
        return text, IDENTITY
    builder.copy(position, text[position:])
    return builder.build(len(text))


def _structure(text: str, wide_digits: bool = True) -> tuple[str, DeletionMap | None]:
    """Collapse spaced-out digits and hyphen line breaks: both only delete characters."""
    digits_map = None
    if STRUCTURE_PREFILTER.search(text):   # the caller also passes texts that only have line breaks
        for gate, pattern, places, only, keep in (
                (DASHED_GATE.search, DASHED_SINGLES, _dashed_singles, "-", _enough_digits),
                (_has_spaced_dash, DASH_GAP, _dash_gaps, " ", None),
                (partial(_spaced_gate, wide_digits=wide_digits), SPACED_CHARACTERS, None, " .", _enough_digits)):
            if not gate(text):
                continue
            matches = places(text) if places else None   # the pattern tried only where it can match
            text, step_map = _delete(text, pattern, only=only, keep=keep, matches=matches)
            if step_map is not None:
                digits_map = _compose(digits_map, step_map) if digits_map else step_map
    joined, break_map = _delete(text, HYPHEN_BREAK, matches=_hyphen_breaks(text)) if "\n" in text else (text, None)
    if "\n" in joined:
        joined, identifier_map = _delete(joined, IDENTIFIER_BREAK, matches=_identifier_breaks(joined))
        break_map = _compose(break_map, identifier_map) if break_map else identifier_map
    if digits_map is None:
        return joined, break_map
    return joined, _compose(digits_map, break_map)


def _hyphen_breaks(text: str) -> Iterator[regex.Match[str]]:
    """HYPHEN_BREAK tried only where a line breaks: a match starts right after the character its
    lookbehind reads, so at the blanks (and the carriage return) just before a line feed."""
    for line_feed in HYPHEN_BREAK_NEWLINE.finditer(text):
        newline = line_feed.start()
        start = newline - 1 if newline and text[newline - 1] == "\r" else newline
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if start > 0 and text[start - 1] in HYPHEN_BREAK_LEFT:
            found = HYPHEN_BREAK.match(text, start)
            if found:
                yield found


def _identifier_breaks(text: str) -> Iterator[regex.Match[str]]:
    """IDENTIFIER_BREAK tried only where a line breaks (scanning every position costs more)."""
    for line_feed in IDENTIFIER_BREAK_NEWLINE.finditer(text):
        start = line_feed.start()
        while start > 0 and text[start - 1] in " \t\r":
            start -= 1
        if start > 0 and text[start - 1] in BREAK_LEFT:
            found = IDENTIFIER_BREAK.match(text, start)
            if found:
                yield found


def _dashed_singles(text: str) -> Iterator[re.Match[str]]:
    """DASHED_SINGLES tried only just before a DASHED_SINGLES_DASH: what its finditer finds."""
    position = 0
    for dash in DASHED_SINGLES_DASH.finditer(text):
        start = dash.start() - 1
        if start < position:
            continue
        found = DASHED_SINGLES.match(text, start)
        if found:
            yield found
            position = found.end()


def _dash_gaps(text: str) -> Iterator[re.Match[str]]:
    """The DASH_GAP matches that hold a space: each is decided by its dash, and a match starts at
    the digit before the spaces in front of that dash."""
    dashes = set()
    for pair, offset in ((" -", 1), ("- ", 0)):
        found = text.find(pair)
        while found != -1:
            dashes.add(found + offset)
            found = text.find(pair, found + 1)
    for dash in sorted(dashes):
        start = dash
        while start > 0 and text[start - 1] == " ":
            start -= 1
        if start > 0:
            found = DASH_GAP.match(text, start - 1)
            if found:
                yield found


def _has_spaced_dash(text: str) -> bool:
    return " -" in text or "- " in text


# One byte per character for the digit gates (on UTF-8 bytes: str.translate is slow on non-ASCII
# text): an ASCII digit '0', a letter typed for a digit (O, o, l) 'o', any other ASCII letter 'a',
# a separator of spaced-out characters '.', anything else (every byte of a non-ASCII one) ' '.
_SHAPE_OF = {**dict.fromkeys("0123456789", "0"),
             **dict.fromkeys("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "a"),
             **dict.fromkeys("Ool", "o"), **dict.fromkeys(" .,/()-", ".")}
SHAPE = bytes(ord(_SHAPE_OF.get(chr(code), " ")) if code < 128 else ord(" ") for code in range(256))
SPACED_SHAPE = re.compile(rb"0(?<![0ao]0)\.{1,3}[0ao]\.{1,3}[0ao](?![0ao])")   # SPACED_GATE on the shape


def _shape(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass").translate(SHAPE)


def _letter_digit_gate(text: str, wide_digits: bool) -> bool:
    """Whether LETTER_DIGITS_GATE matches; on the shape when every digit is ASCII."""
    if wide_digits:
        return LETTER_DIGITS_GATE.search(text) is not None
    shape = _shape(text)
    return b"0o" in shape or b"o0" in shape


def _spaced_gate(text: str, wide_digits: bool) -> bool:
    """Whether SPACED_GATE matches; on the shape when every digit is ASCII."""
    if wide_digits:
        return SPACED_GATE.search(text) is not None
    return SPACED_SHAPE.search(_shape(text)) is not None


def _has_letter_for_digit(text: str) -> bool:
    return "o" in text or "O" in text or "l" in text


def _letters_as_digits(text: str) -> str:
    return LETTER_DIGITS.sub(lambda m: m.group().translate(TO_DIGITS), text)


def _enough_digits(run: str) -> bool:
    return len(list(islice(filter(str.isdigit, run), 3))) == 3   # stops at the third digit


def _compose(first: DeletionMap, second: DeletionMap | None) -> DeletionMap:
    if second is None:
        return first
    source_positions = []
    derived_deleted = [p + i for i, p in enumerate(second.shifted)]   # positions in the middle text
    source_positions.extend(first.start(p) for p in derived_deleted)
    first_deleted = [p + i for i, p in enumerate(first.shifted)]
    return DeletionMap.of(sorted(first_deleted + source_positions))


def normalize(text: str) -> Normalized:
    """Convenience for one-off use; the engine keeps one :class:`Normalizer`."""
    return Normalizer()(text)
