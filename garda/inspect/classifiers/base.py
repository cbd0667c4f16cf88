"""The common shape of a use classifier: families of phrasings, each a rule of its own.

A rule is a regular expression over one sentence-sized window; it names what it saw
(``explanation``). Questions about the policy itself, general legal education and
training scenarios are not a prohibited use, so ``EXCUSES`` found in the same
sentence (or, for training markers, anywhere in the text) silence a rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from garda.inspect import budget
from garda.inspect.spans import UseFinding, UseKind
from garda.inspect.windows import TextIndex, index_of

FLAGS = regex.IGNORECASE

# Sentences that ask ABOUT the rules rather than asking the AI to break them.
POLICY_QUESTION = regex.compile(
    r"\b(?:what|how)\s+(?:does|do|did|should|would)\s+(?:the\s+|our\s+)?(?:sop|policy|policies|rule|rules|"
    r"682|law|guidance|department)\b"
    r"|\b(?:is|are|am)\s+(?:it|i|we|officers|members)\s+(?:allowed|permitted|prohibited|forbidden|ok|okay|"
    r"able)\s+to\b"
    r"|\b(?:can|may|could)\s+(?:i|we|officers|members)\s+(?:use|ask)\s+(?:ai|garda|chatgpt|the\s+ai|"
    r"generative\s+ai|a\s+chatbot|this\s+(?:tool|system))\b"
    r"|\b(?:according\s+to|under|per|does)\s+(?:the\s+)?(?:sop|policy)\s*(?:682)?"
    r"|\bsop\s+682|\b682\.\d\d\b"
    r"|\bwhy\s+(?:is|are|does|can't|cannot|shouldn't)\b[^.?!\n]{0,60}\b(?:prohibited|banned|not\s+allowed|forbidden|against)\b"
    r"|\b(?:explain|summari[sz]e|describe)\s+(?:the\s+|our\s+)?(?:policy|sop|rule|prohibition|restrictions?)\b"
    r"|\b(?:may|must|shall|should|can|will)\s+not\s+(?:be\s+used\s+to|use)\b|\bprohibit(?:s|ed|ion)?\b"
    r"|\b(?:is|are)\s+not\s+(?:allowed|permitted)\b",
    FLAGS)
TRAINING = regex.compile(
    r"\b(?:training\s+(?:scenario|exercise|module|class|session|example|case\s+study|material|quiz|question)|"
    r"hypothetical(?:ly)?|for\s+(?:a\s+)?training|role-?play|tabletop\s+exercise|academy\s+(?:class|exercise|scenario)|"
    r"quiz\s+question|exam\s+question|test\s+question|case\s+study|fictional\s+scenario)\b", FLAGS)


ANCHORED_REACH = 240
TRAINING_CUES = frozenset({"training", "hypothetical", "hypothetically", "for", "role", "roleplay", "tabletop",
                           "academy", "quiz", "exam", "test", "case", "fictional"})


def is_training_material(text: str) -> bool:
    index = index_of(text)
    for start, end in index.windows_at(index.positions(TRAINING_CUES), 2, 40):
        if budget.search(TRAINING, text, start, end):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Rule:
    """One family of phrasings. It runs only on sentences holding one of its ``cues``;
    an ``anchored`` rule's pattern starts with its cue and is tried only there."""

    rule_id: str
    cues: frozenset[str]
    pattern: regex.Pattern[str]
    explanation: str
    anchored: bool = False


def rule(rule_id: str, cues: str | frozenset[str], pattern: str, explanation: str, *,
         anchored: bool = False) -> Rule:
    cue_set = frozenset(cues.split()) if isinstance(cues, str) else cues
    return Rule(rule_id, cue_set, regex.compile(pattern, FLAGS), explanation, anchored)


class PhraseClassifier:
    """Subclasses set ``name``, ``kind``, ``section`` and ``rules``.

    One finding at most per sentence; a sentence that asks about the policy itself is
    excused, and so is a whole text that presents itself as training material.
    """

    name: str
    kind: UseKind
    section: str
    rules: tuple[Rule, ...]
    excused_by_policy_question = True
    excused_by_training = True

    @property
    def kinds(self) -> tuple[UseKind, ...]:
        return (self.kind,)

    def find(self, text: str) -> Iterator[UseFinding]:
        index = index_of(text)
        hits: dict[int, UseFinding] = {}
        excused: dict[int, bool] = {}
        training: bool | None = None
        for current in self.rules:
            positions = index.positions(current.cues)
            if not positions:
                continue
            if training is None:
                training = self.excused_by_training and is_training_material(text)
                if training:
                    return
            for start, end, match in self._matches(current, index, positions):
                if start in hits:
                    continue
                if start not in excused:
                    excused[start] = self.excused_by_policy_question and budget.search(
                        POLICY_QUESTION, text, start, end) is not None
                if not excused[start]:
                    hits[start] = self.use(text, match, current.rule_id, current.explanation)
        yield from sorted(hits.values(), key=lambda u: (u.start, u.end))

    @staticmethod
    def _matches(current: Rule, index: TextIndex, positions: list[int]
                 ) -> Iterator[tuple[int, int, regex.Match[str]]]:
        """(sentence start, sentence end, match) for each sentence where the rule matches."""
        text = index.text
        if not current.anchored:
            for start, end in index.sentences_at(positions):
                match = budget.search(current.pattern, text, start, end)
                if match:
                    yield start, end, match
            return
        for position in positions:
            # Anchored rules are written with at most one lazy gap: linear over a short stretch.
            end = index.sentence_end(position, ANCHORED_REACH)
            match = budget.match(current.pattern, text, position, end, linear=True)
            if match:
                yield index.sentence_start(position), end, match

    def use(self, text: str, match: regex.Match[str], rule_id: str, explanation: str) -> UseFinding:
        return UseFinding(self.kind, self.section, match.start(), match.end(),
                          f"{self.name}:{rule_id}", explanation)
