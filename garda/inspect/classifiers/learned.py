"""682.35 A, C, D, 682.30.3.b and 682.05 C read by models: a prompt worded like a prohibited use, like
a criminal-justice record pasted in or asked for, or like covert work, whatever its phrasing.

The phrase classifiers catch the phrasings their authors thought of; on corpora written by
someone else they caught about half of the prohibited uses. This reader is a multinomial
logistic regression over the ordinary words of the prompt and their pairs, trained by
``scripts/train_use_model.py`` on garda's development corpora and on ordinary requests that share
their words (tests/data/use_model_negatives.txt). Names, numbers and
identifiers are not words of its vocabulary, so they are never evidence. A prompt whose
probability for a use reaches the model's threshold is a finding of that use, placed on the
sentence that weighs most for it; questions about the policy and statements that a use is
prohibited excuse it as they excuse the phrase classifiers, and training scenarios excuse the
legal uses and record look-ups, as do sentences that teach how look-ups work; a record look-up must
name someone (a number, or a capital inside a sentence). A second model of its own weights reads a
prompt as covert work (an operation plan or an informant's file), so that learning it costs the
uses nothing; a sentence that teaches or announces a public event excuses it. It reads requests
only: the review of an answer leaves it out.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from garda.inspect import budget
from garda.inspect.classifiers.base import TextScan
from garda.inspect.classifiers.cji_record import teaches
from garda.inspect.classifiers.surveillance import AUTHORITY
from garda.inspect.recognizers.covert import NOT_COVERT
from garda.inspect.spans import UseFinding, UseKind

# Class 0 is "no prohibited use"; the others are the uses, as the corpora label them.
CLASSES = ("none", "categorization", "surveillance", "rationalization", "sole_legal_basis", "cji_record")
# Covert work is read by a second model of its own, so that learning it costs the uses nothing.
COVERT_CLASSES = ("none", "covert_work")
KIND = {"categorization": UseKind.CATEGORIZATION, "surveillance": UseKind.SURVEILLANCE,
        "rationalization": UseKind.RATIONALIZATION, "sole_legal_basis": UseKind.SOLE_LEGAL_BASIS,
        "cji_record": UseKind.CJI_RECORD, "covert_work": UseKind.COVERT_WORK}
SECTION = {UseKind.CATEGORIZATION: "682.35 C", UseKind.SURVEILLANCE: "682.35 D",
           UseKind.RATIONALIZATION: "682.35 A", UseKind.SOLE_LEGAL_BASIS: "682.35 A",
           UseKind.CJI_RECORD: "682.30.3.b", UseKind.COVERT_WORK: "682.05 C, 682.30"}
EXPLANATION = {UseKind.CATEGORIZATION: "worded like a request to sort or profile people by a protected trait",
               UseKind.SURVEILLANCE: "worded like a request to watch, track or locate a person",
               UseKind.RATIONALIZATION: "worded like a request to justify an enforcement decision after the fact",
               UseKind.SOLE_LEGAL_BASIS: "worded like a request to make the AI's legal answer the decision",
               UseKind.CJI_RECORD: "worded like a criminal-justice record pasted in, or a request to look one up",
               UseKind.COVERT_WORK: "worded like a non-public operation plan or an informant's information"}
EXCUSED_BY_TRAINING = frozenset({UseKind.RATIONALIZATION, UseKind.SOLE_LEGAL_BASIS, UseKind.CJI_RECORD,
                                 UseKind.COVERT_WORK})
MODEL_FILE = Path(str(resources.files("garda.inspect.data").joinpath("use_model.json")))
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# A longer prompt is read at its start and its end, where a request stands around a paste: the reader's
# cost grows with the text (about 5 ms for 64 KB), and the rules read all of it anyway.
READ_HEAD, READ_TAIL = 12_288, 4_096
# A record is about someone: a number, or a capital inside a sentence (a name, a plate, a state). A request
# without either ("I looked up his prior contacts; write that as one sentence") names no one to look up.
IDENTIFIER_HINT = re.compile(r"\d|(?<=[a-z,;:]\s)[A-Z]")
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


def softmax(scores: list[float]) -> list[float]:
    """Scores to probabilities (shifted by the largest, so no exponent overflows)."""
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return [e / total for e in exps]


def features(text: str, ordinary: frozenset[str] | None = None) -> set[str]:
    """The words of ``text`` (lowercased) and each pair of neighbours; with ``ordinary``, only those
    made of ordinary words (training; at reading time a word outside the model simply weighs nothing)."""
    words = WORD.findall(text.lower())
    if ordinary is not None:
        words = [word if word in ordinary else "" for word in words]
    found = {word for word in words if word}
    # distinct pairs first: a long or repetitive text spells each pair once
    found.update(f"{first} {second}" for first, second in set(zip(words, words[1:])) if first and second)
    return found


@dataclass(frozen=True, slots=True)
class _Model:
    """One multinomial logistic regression of the shipped file: its classes, weights and threshold."""

    classes: tuple[str, ...]
    bias: list[float]
    weights: dict[str, list[float]]
    threshold: float

    @classmethod
    def of(cls, part: dict) -> _Model:
        return cls(tuple(part["classes"]), part["bias"], part["weights"], part["threshold"])

    def probabilities(self, found: set[str]) -> list[float]:
        weights = self.weights
        return self.probabilities_of([weights[feature] for feature in found if feature in weights])

    def probabilities_of(self, rows: list[list[float]]) -> list[float]:
        """From the weight rows of the features found: fsum is exact whatever the order, so the same
        words always sum to the same figure."""
        return softmax([math.fsum(column) for column in zip(self.bias, *rows)])

    def weightiest_sentence(self, text: str, k: int, regions: list[tuple[int, int]]) -> tuple[int, int]:
        """The sentence whose words weigh most for class ``k``, trimmed of its surrounding blanks."""
        best, best_weight = (0, len(text)), -math.inf
        weights = self.weights
        for sentence in (found for start, end in regions for found in SENTENCE.finditer(text, start, end)):
            # exact whatever the order, like probabilities(): equal sentences weigh the same in every process
            weight = math.fsum(weights[f][k] for f in features(sentence.group()) if f in weights)
            if weight > best_weight:
                best, best_weight = sentence.span(), weight
        start, end = best
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else (0, len(text))


class LearnedUseClassifier:
    """Prohibited uses of SOP 682.35, criminal-justice records and covert work, as models trained
    on labelled prompts read them."""

    name = "learned_uses"
    requests_only = True   # trained on prompts: answers are not what it knows

    def __init__(self) -> None:
        model = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
        self.uses = _Model.of(model)
        self.covert = _Model.of(model["covert"])
        # One lookup per word or pair for both models: most features weigh in neither.
        self._rows = {feature: (self.uses.weights.get(feature), self.covert.weights.get(feature))
                      for feature in self.uses.weights.keys() | self.covert.weights.keys()}

    @property
    def kinds(self) -> tuple[UseKind, ...]:
        return tuple(KIND.values())

    def probabilities(self, text: str) -> list[float]:
        """The uses model's probability of each of CLASSES for ``text``."""
        return self.uses.probabilities(features(text))

    def find(self, text: str) -> Iterator[UseFinding]:
        budget.remaining()
        regions = read_regions(text)
        found = features("\n".join(text[start:end] for start, end in regions))
        uses_rows, covert_rows = [], []
        for rows in filter(None, map(self._rows.get, found)):
            if rows[0] is not None:
                uses_rows.append(rows[0])
            if rows[1] is not None:
                covert_rows.append(rows[1])
        for model, rows in ((self.uses, uses_rows), (self.covert, covert_rows)):
            probabilities = model.probabilities_of(rows)
            best = max(range(1, len(model.classes)), key=probabilities.__getitem__)
            if probabilities[best] >= model.threshold:
                yield from self._judged(text, model, best, probabilities[best], regions)

    def _judged(self, text: str, model: _Model, best: int, probability: float,
                regions: list[tuple[int, int]]) -> Iterator[UseFinding]:
        """The finding of class ``best``, unless its sentence is excused."""
        kind = KIND[model.classes[best]]
        start, end = model.weightiest_sentence(text, best, regions)
        scan = TextScan.of(text)
        if scan.excused(start, end, start):
            return
        if kind in EXCUSED_BY_TRAINING and scan.training_before(end) and not scan.defiant():
            return
        if kind is UseKind.CJI_RECORD and (teaches(text, start, end) or not IDENTIFIER_HINT.search(text)):
            return
        if kind is UseKind.COVERT_WORK and NOT_COVERT.search(text, start, end):
            return
        authority = None
        if kind is UseKind.SURVEILLANCE:
            found = AUTHORITY.search(scan, 0, len(text))
            authority = found.group().strip() if found else None
        yield UseFinding(kind, SECTION[kind], start, end, f"{self.name}:{model.classes[best]}",
                         f"{EXPLANATION[kind]} (a model trained on labelled prompts, p={probability:.2f})",
                         legal_authority=authority)


def read_regions(text: str, head: int = READ_HEAD, tail: int = READ_TAIL) -> list[tuple[int, int]]:
    """The stretches of ``text`` a learned reader reads: all of it, or its first ``head`` and its last
    ``tail`` characters."""
    if len(text) <= head + tail:
        return [(0, len(text))]
    return [(0, head), (len(text) - tail, len(text))]
