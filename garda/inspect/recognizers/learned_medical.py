"""Health information read by a model: each word of a text is scored as part of a medical phrase or
not, from the word, its neighbours and the words around it.

The rule-based medical recognizer knows the terms and shapes its author wrote down; on corpora
written by others it covered about a third of the medical phrases. This tagger is a logistic
regression over each token's features, trained by ``scripts/train_medical_model.py`` on the
labelled corpora's MEDICAL spans. A run of tokens scored at or above the threshold is one phrase.
Like the rules, it keeps a phrase only in a sentence about someone (a pronoun, a role, a name) and not
in a general question. Listed names are never words of its vocabulary, so a name is no evidence.

Each token's score is a sum of weights that the model file stores per word (as the token, before it,
after it, two before, two after, around it) and per ending, so scoring a text costs one lookup per
distinct word and a few sums per token.
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

MODEL_FILE = Path(str(resources.files("garda.inspect.data").joinpath("medical_model.json")))
# A word (with an inner apostrophe), a number (with its inner separators), or one other mark.
TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,:/]\d+)*|[^\w\s]")
DIGIT = re.compile(r"\d")
EDGE = "<s>"            # the key of a position before the first or after the last token
UNKNOWN = "<w>"         # a lowercase word outside the vocabulary
UNKNOWN_CAPITAL = "<W>"  # a capitalized one (a name, most often)
WINDOW = 4               # the words this far either side are the token's surroundings
MIN_SUFFIX_WORD = 5      # a lowercase word this long also weighs by its last three and four letters
ROLES = ("w", "p", "n", "pp", "nn", "bag")   # the token itself, before, after, two before, two after, around
NO_WEIGHTS = (0.0,) * len(ROLES)
KNOWN_WORDS = 50_000     # words whose weights are kept between texts
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
    from its tables (:meth:`MedicalTagger.scores`)."""
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
class MedicalTagger:
    """The shipped model, rearranged for reading: per key, its weight in each role; per ending, its weight."""

    bias: float
    vocabulary: frozenset[str]
    roles: dict[str, tuple[float, ...]]
    endings: dict[str, float]
    threshold: float   # a token at or above it is part of a phrase
    seed: float        # a phrase holds at least one token at or above this
    # per word as written: what entry() works out
    known: dict[str, tuple[str, float, float, float, float, float, float]] = field(
        default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> MedicalTagger:
        model = json.loads(path.read_text(encoding="utf-8"))
        weights: dict[str, float] = model["weights"]
        roles: dict[str, list[float]] = {}
        endings: dict[str, float] = {}
        for feature, weight in weights.items():
            role, _, key = feature.partition("=")
            if role in ROLES:
                roles.setdefault(key, [0.0] * len(ROLES))[ROLES.index(role)] = weight
            elif role in ("s3", "s4"):
                endings[feature] = weight
        return cls(weights.get("b", 0.0), frozenset(model["vocabulary"]), {k: tuple(v) for k, v in roles.items()},
                   endings, model["threshold"], model["seed"])

    def entry(self, word: str) -> tuple[str, float, float, float, float, float, float]:
        """A word's key and weights: its own (as the token, endings included), before a token, after one,
        two before, two after, and around one (none for a mark or a number). Worked out once and kept,
        up to KNOWN_WORDS words."""
        key = token_key(word, self.vocabulary)
        own, before, after, two_before, two_after, around = self.roles.get(key, NO_WEIGHTS)
        own += sum(self.endings.get(f"s{len(ending)}={ending}", 0.0) for ending in suffixes(word))
        if len(self.known) >= KNOWN_WORDS:
            self.known.clear()
        found = self.known[word] = (key, own, before, after, two_before, two_after, around if key[0].isalpha() else 0.0)
        return found

    def scores(self, words: list[str]) -> tuple[tuple[str, ...], list[float]]:
        """Each token's key and score: the sum of the weights :func:`token_features` names, added up
        a column at a time (the columns are shifted copies of the words' weights)."""
        entries = list(map(self.known.get, words))
        if None in entries:
            entries = [found or self.entry(word) for found, word in zip(entries, words)]
        keys, own, before, after, two_before, two_after, around = zip(*entries)
        size = len(words)
        edge = self.roles.get(EDGE, NO_WEIGHTS)
        running = [0.0, *accumulate(around)]
        window = map(sub, running[WINDOW + 1:] + [running[-1]] * (WINDOW + 1), [0.0] * WINDOW + running)
        columns = (
            own,
            (edge[1], *before[:-1]),                          # the word before
            (*after[1:], edge[2]),                            # the word after
            ((edge[3], edge[3]) + two_before[:-2])[:size],    # two before
            (two_after[2:] + (edge[4], edge[4]))[-size:],     # two after
            list(map(sub, window, around)),                   # the words around, less the token itself
        )
        return keys, list(map(sum, zip(repeat(self.bias), *columns)))


class LearnedMedicalRecognizer:
    """Health information tied to a person, as a model trained on labelled corpora reads it."""

    name = "learned_medical"
    span_types = (SpanType.MEDICAL,)

    def __init__(self) -> None:
        self.model = MedicalTagger.load()

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
        """Phrases among the first ``limit`` tokens of ``text[start:end]`` (the last ones if ``limit`` is
        negative): a text of marks and letters in turn holds a token every other character."""
        found = TOKEN.findall(text, start, end)
        skipped = max(0, len(found) + limit) if limit < 0 else 0
        words = found[:limit] if limit > 0 else found[skipped:]
        if not words:
            return
        keys, scores = self.model.scores(words)
        if max(scores) < self.model.seed:   # the usual case: no phrase at all
            return
        inside = list(compress(range(len(scores)), map(ge, scores, repeat(self.model.threshold))))
        tokens = _spans(text, start, found, skipped + inside[-1] + 1)[skipped:]
        for first, last in self._phrases(text, tokens, keys, scores, inside):
            phrase_start, phrase_end = tokens[first][0], tokens[last][1]
            left, right = sentence_bounds(text, phrase_start, phrase_end)
            if PERSON_CUE.search(text, left, right) is None or GENERAL_QUESTION.search(text, left, right):
                continue
            yield Finding(SpanType.MEDICAL, phrase_start, phrase_end, text[phrase_start:phrase_end], self.name,
                          score=0.6, explanation="health information in a sentence about a person (a trained model)")

    def _phrases(self, text: str, tokens: list[tuple[int, int]], keys: tuple[str, ...], scores: list[float],
                 inside: list[int]) -> Iterator[tuple[int, int]]:
        """First and last token of each phrase: a run of the tokens ``inside`` (scored at or above the
        threshold) written close together (no line break, at most one character between two), holding a
        token at or above the seed, trimmed to start and end at a word."""
        runs: list[list[int]] = []
        for index in inside:
            if runs and runs[-1][1] == index - 1 and _close(text, tokens[index - 1][1], tokens[index][0]):
                runs[-1][1] = index
            else:
                runs.append([index, index])
        for first, last in runs:
            if max(scores[first:last + 1]) < self.model.seed:
                continue
            while first <= last and not _may_start(keys[first]):
                first += 1
            while last >= first and not _may_end(keys[last]):
                last -= 1
            if first <= last:
                yield first, last


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


def _may_end(key: str) -> bool:
    return _may_start(key) and key not in ARTICLES and key not in TIME_WORDS
