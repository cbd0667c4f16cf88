"""Health information, licence plates and case numbers read by models: each token of a text is scored
as part of such a span or not, from the token, its neighbours and the words around it.

The rules know the terms, shapes and cues their author wrote down; on corpora written by others they
covered about a third of the medical phrases, and missed plates and case numbers written without the
cues they wait for. Each tagger here is a logistic regression over each token's features, trained by
``scripts/train_span_models.py`` on the labelled corpora's spans of its type. A run of tokens scored
at or above the threshold, holding one at or above the seed, is one span. Like the rules, a medical
phrase is kept only in a sentence about someone (a pronoun, a role, a name) and not in a general
question; a plate or a case number must hold a digit. Listed names are never words of the vocabulary,
so a name is no evidence.

Each token's score is a sum of weights that the model file stores per word (as the token, before it,
after it, two before, two after, around it) and per ending, so scoring a text costs one lookup per
distinct word and a few sums per token; the taggers share the vocabulary and the text's tokens.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from itertools import accumulate, compress, repeat
from operator import ge, sub
from pathlib import Path

from garda.inspect import budget
from garda.inspect.classifiers.learned import READ_HEAD, READ_TAIL, read_regions
from garda.inspect.recognizers.medical import GENERAL_QUESTION, PERSON_CUE, sentence_bounds
from garda.inspect.spans import Finding, SpanType

MODEL_FILE = Path(str(resources.files("garda.inspect.data").joinpath("span_models.json")))
# A word (with an inner apostrophe), a number (with its inner separators), or one other mark.
TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,:/]\d+)*|[^\w\s]")
DIGIT = re.compile(r"\d")
EDGE = "<s>"            # the key of a position before the first or after the last token
UNKNOWN = "<w>"         # a lowercase word outside the vocabulary
UNKNOWN_CAPITAL = "<W>"  # a capitalized one (a name, most often)
WINDOW = 4               # the words this far either side are the token's surroundings
MIN_SUFFIX_WORD = 5      # a lowercase word this long also weighs by its last three and four letters
ROLES = ("w", "p", "n", "pp", "nn", "bag")   # the token itself, before, after, two before, two after, around
OWN, AROUND = ROLES.index("w"), ROLES.index("bag")
KNOWN_WORDS = 20_000     # words whose weights are kept between texts (about 6 MB)
# Like the uses reader, a long text is read at its start and its end (READ_HEAD, READ_TAIL characters),
# and at most this many tokens of each: prose holds one every five characters or so, a text of marks
# and letters in turn one every other, and the cost grows with the tokens.
HEAD_TOKENS, TAIL_TOKENS = 2_000, 500
# Words a phrase neither starts nor ends with ("has", "and", "at"): the model scores the words between
# two findings high, and a phrase would run on through them.
JOINING_WORDS = frozenset({"and", "or", "but", "in", "on", "at", "by", "to", "of", "for", "with", "from", "into",
                           "the", "his", "her", "their", "has", "had", "have", "is", "was", "were", "are", "be",
                           "been", "that", "which", "who", "after", "before", "while", "when", "as", "so", "then"})
ARTICLES = frozenset({"a", "an"})
# Nor ends with a word of time ("hearing voices again": the phrase is what he hears).
TIME_WORDS = frozenset({"last", "again", "now", "still", "yesterday", "today", "tonight", "earlier", "later", "ago",
                        "also", "too"})
IDENTIFIER_EDGE = frozenset(".,;:!?()[]{}\"'`#")   # marks around an identifier that are not part of it


def token_key(word: str, vocabulary: frozenset[str]) -> str:
    """What the model knows a token by: a number by its shape, a mark as itself, a word lowercased if
    it is in the vocabulary, any other word as unknown."""
    if word[0].isdigit():
        return DIGIT.sub("0", word)
    if not word[0].isalpha():
        return word   # a mark is its own key
    lowered = word.lower()
    if lowered in vocabulary:
        return lowered
    return UNKNOWN_CAPITAL if word[0].isupper() else UNKNOWN


def suffixes(word: str) -> tuple[str, ...]:
    """The endings a lowercase word weighs by ('-pine', '-itis'): unseen drug and condition names share them."""
    if len(word) >= MIN_SUFFIX_WORD and word.isalpha() and word.islower():
        return word[-3:], word[-4:]
    return ()


def token_features(keys: list[str], words: list[str], index: int) -> list[str]:
    """The features of token ``index`` as the trainer names them; the reader sums the same weights
    from its tables (:meth:`SpanTaggers.scores`)."""
    def key(at: int) -> str:
        return keys[at] if 0 <= at < len(keys) else EDGE

    word = keys[index]
    found = ["b", f"w={word}", f"p={key(index - 1)}", f"n={key(index + 1)}", f"pp={key(index - 2)}",
             f"nn={key(index + 2)}"]
    found += [f"s{len(ending)}={ending}" for ending in suffixes(words[index])]
    found += [f"bag={keys[at]}" for at in range(max(0, index - WINDOW), min(len(keys), index + WINDOW + 1))
              if at != index and keys[at][0].isalpha()]
    return found


@dataclass(frozen=True, slots=True)
class SpanTaggers:
    """The shipped models, one per span type, rearranged for reading together: per key, its weight in
    each role for each type; per ending, its weight for each type. One lookup per word serves them all."""

    types: tuple[SpanType, ...]
    biases: tuple[float, ...]
    thresholds: tuple[float, ...]   # a token at or above it is part of a span
    seeds: tuple[float, ...]        # a span holds at least one token at or above this
    vocabulary: frozenset[str]
    roles: dict[str, tuple[float, ...]]      # ROLES for the first type, then for the second, ...
    endings: dict[str, tuple[float, ...]]    # one weight per type
    # per word as written: its key and then what entry() works out for each type
    known: dict[str, tuple] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, models: dict) -> SpanTaggers:
        """The taggers of a model file's contents (span_models.json)."""
        parts = models["models"]
        types = tuple(SpanType(name) for name in parts)
        width = len(ROLES)
        roles: dict[str, list[float]] = {}
        endings: dict[str, list[float]] = {}
        for number, part in enumerate(parts.values()):
            for feature, weight in part["weights"].items():
                role, _, key = feature.partition("=")
                if role in ROLES:
                    roles.setdefault(key, [0.0] * width * len(types))[number * width + ROLES.index(role)] = weight
                elif role in ("s3", "s4"):
                    endings.setdefault(feature, [0.0] * len(types))[number] = weight
        return cls(types, tuple(part["weights"].get("b", 0.0) for part in parts.values()),
                   tuple(part["threshold"] for part in parts.values()), tuple(part["seed"] for part in parts.values()),
                   frozenset(models["vocabulary"]), {k: tuple(v) for k, v in roles.items()},
                   {k: tuple(v) for k, v in endings.items()})

    def entry(self, word: str) -> tuple:
        """A word's key and, for each type, its weights: its own (as the token, endings included), before
        a token, after one, two before, two after, and around one (none for a mark or a number). Worked
        out once and kept, up to KNOWN_WORDS words."""
        key = token_key(word, self.vocabulary)
        width = len(ROLES)
        weights = list(self.roles.get(key, (0.0,) * width * len(self.types)))
        for ending in suffixes(word):
            for number, weight in enumerate(self.endings.get(f"s{len(ending)}={ending}", ())):
                weights[number * width + OWN] += weight
        if not key[0].isalpha():
            for number in range(len(self.types)):
                weights[number * width + AROUND] = 0.0
        if len(self.known) >= KNOWN_WORDS:
            self.known.clear()
        found = self.known[word] = (key, *weights)
        return found

    def scores(self, words: list[str]) -> tuple[tuple[str, ...], list[list[float]]]:
        """Each token's key and, per type, each token's score: the sum of the weights
        :func:`token_features` names, added up a column at a time (the columns are shifted copies of
        the words' weights)."""
        entries = list(map(self.known.get, words))
        if None in entries:
            entries = [found or self.entry(word) for found, word in zip(entries, words)]
        keys, *columns = zip(*entries)
        width = len(ROLES)
        edges = self.roles.get(EDGE, (0.0,) * width * len(self.types))
        return keys, [_scores(bias, columns[at:at + width], edges[at:at + width])
                      for bias, at in zip(self.biases, range(0, width * len(self.types), width))]


def _scores(bias: float, columns: list[tuple[float, ...]], edge: tuple[float, ...]) -> list[float]:
    """One type's scores from its weight columns (own, before, after, two before, two after, around)."""
    own, before, after, two_before, two_after, around = columns
    size = len(own)
    running = [0.0, *accumulate(around)]
    window = map(sub, running[WINDOW + 1:] + [running[-1]] * (WINDOW + 1), [0.0] * WINDOW + running)
    shifted = (
        own,
        (edge[1], *before[:-1]),                          # the word before
        (*after[1:], edge[2]),                            # the word after
        ((edge[3], edge[3]) + two_before[:-2])[:size],    # two before
        (two_after[2:] + (edge[4], edge[4]))[-size:],     # two after
        list(map(sub, window, around)),                   # the words around, less the token itself
    )
    return list(map(sum, zip(repeat(bias), *shifted)))


EXPLANATION = {SpanType.MEDICAL: "health information in a sentence about a person (a trained model)",
               SpanType.LICENSE_PLATE: "a licence plate (a trained model)",
               SpanType.CASE_NUMBER: "a case number (a trained model)"}


class LearnedSpanRecognizer:
    """Health information tied to a person, licence plates and case numbers, as models trained on
    labelled corpora read them."""

    name = "learned_spans"
    span_types = tuple(EXPLANATION)

    def __init__(self, taggers: SpanTaggers | None = None) -> None:
        if taggers is None:
            taggers = SpanTaggers.of(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
        self.taggers = taggers

    def find(self, text: str) -> Iterator[Finding]:
        budget.remaining()
        regions = read_regions(text, READ_HEAD, READ_TAIL)
        if len(regions) == 1:
            yield from self._find_between(text, 0, len(text), HEAD_TOKENS + TAIL_TOKENS)
            return
        (head_start, head_end), (tail_start, tail_end) = regions
        yield from self._find_between(text, head_start, head_end, HEAD_TOKENS)
        yield from self._find_between(text, tail_start, tail_end, -TAIL_TOKENS)

    def _find_between(self, text: str, start: int, end: int, limit: int) -> Iterator[Finding]:
        """Spans among the first ``limit`` tokens of ``text[start:end]`` (the last ones if ``limit`` is
        negative): a text of marks and letters in turn holds a token every other character."""
        found = TOKEN.findall(text, start, end)
        skipped = max(0, len(found) + limit) if limit < 0 else 0
        words = found[:limit] if limit > 0 else found[skipped:]
        if not words:
            return
        taggers = self.taggers
        keys, per_type = taggers.scores(words)
        read = []   # (type, scores, seed, the tokens at or above the threshold), where a span may be
        for span_type, scores, threshold, seed in zip(taggers.types, per_type, taggers.thresholds, taggers.seeds):
            if max(scores) >= seed:   # rarely: most texts hold nothing of a type
                read.append((span_type, scores, seed,
                             list(compress(range(len(scores)), map(ge, scores, repeat(threshold))))))
        if not read:
            return
        tokens = _spans(text, start, found, skipped + max(inside[-1] for *_, inside in read) + 1)[skipped:]
        for span_type, scores, seed, inside in read:
            identifier = span_type is not SpanType.MEDICAL
            for first, last in _phrases(text, tokens, keys, scores, inside, seed, identifier):
                span_start, span_end = tokens[first][0], tokens[last][1]
                if span_type is not SpanType.MEDICAL:
                    span_start, span_end = _whole_string(text, span_start, span_end)
                if self._kept(text, span_type, span_start, span_end):
                    yield Finding(span_type, span_start, span_end, text[span_start:span_end], self.name,
                                  score=0.6, explanation=EXPLANATION[span_type])

    @staticmethod
    def _kept(text: str, span_type: SpanType, start: int, end: int) -> bool:
        """A medical phrase in a sentence about someone and not in a general question; a plate or a
        case number holding a digit."""
        if span_type is not SpanType.MEDICAL:
            return DIGIT.search(text, start, end) is not None
        left, right = sentence_bounds(text, start, end)
        return PERSON_CUE.search(text, left, right) is not None and GENERAL_QUESTION.search(text, left, right) is None


def _phrases(text: str, tokens: list[tuple[int, int]], keys: tuple[str, ...], scores: list[float],
             inside: list[int], seed: float, identifier: bool) -> Iterator[tuple[int, int]]:
    """First and last token of each span: a run of the tokens ``inside`` (scored at or above the
    threshold) written close together (no line break, at most one character between two), holding a
    token at or above ``seed``, trimmed to start and end at a word; an ``identifier`` at a number or a
    word no vocabulary holds ('ABC 1234'), never at a label ('MPD inc 26')."""
    runs: list[list[int]] = []
    for index in inside:
        if runs and runs[-1][1] == index - 1 and _close(text, tokens[index - 1][1], tokens[index][0]):
            runs[-1][1] = index
        else:
            runs.append([index, index])
    for first, last in runs:
        if max(scores[first:last + 1]) < seed:
            continue
        start_ok, end_ok = (_may_edge_an_identifier, _may_edge_an_identifier) if identifier else (_may_start, _may_end)
        while first <= last and not start_ok(keys[first]):
            first += 1
        while last >= first and not end_ok(keys[last]):
            last -= 1
        if first <= last:
            yield first, last


def _whole_string(text: str, start: int, end: int) -> tuple[int, int]:
    """An identifier is one string: ``[start, end)`` widened to the blanks around it ('26' of
    '26-8812' is '26-8812'), less the marks at its edges."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    while start < end and text[start] in IDENTIFIER_EDGE:
        start += 1
    while end > start and text[end - 1] in IDENTIFIER_EDGE:
        end -= 1
    return start, end


def _spans(text: str, start: int, words: list[str], count: int) -> list[tuple[int, int]]:
    """Where the first ``count`` of ``words`` (the tokens of ``text`` from ``start``, in order) stand: only
    blanks and underscores, which no token holds, lie between two, so each stands at the next place its
    own text does (cheaper than matching the tokens again)."""
    spans = []
    position = start
    find = text.find
    for word in words[:count]:
        position = find(word, position)
        spans.append((position, position + len(word)))
        position += len(word)
    return spans


def _close(text: str, end: int, start: int) -> bool:
    """Whether two tokens are written close: together, or with one character between them that is not a line break."""
    return start == end or (start == end + 1 and text[end] != "\n")


def _may_start(key: str) -> bool:
    """A phrase starts at a word or a number ('a', 'an' included: 'a stab wound'), never at a mark, an
    unknown capitalized word or a word that only joins."""
    return (key[0].isalnum() or key == UNKNOWN) and key not in JOINING_WORDS


def _may_edge_an_identifier(key: str) -> bool:
    return key[0].isdigit() or key in (UNKNOWN, UNKNOWN_CAPITAL)


def _may_end(key: str) -> bool:
    return _may_start(key) and key not in ARTICLES and key not in TIME_WORDS
