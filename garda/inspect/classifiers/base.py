"""The common shape of a use classifier: families of phrasings, each a rule of its own.

A rule is a regular expression over one sentence-sized window; it names what it saw
(``explanation``). Questions about the policy itself, general legal education and
training scenarios are not a prohibited use, so ``EXCUSES`` found in the same
sentence (or, for training markers, anywhere in the text) silence a rule.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from garda.inspect import budget
from garda.inspect.spans import UseFinding, UseKind
from garda.inspect.windows import index_of

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
    r"|\b(?:explain|summari[sz]e|describe)\s+(?:the\s+|our\s+)?(?:policy|sop|rule|prohibition|restrictions?)\b",
    FLAGS)
TRAINING = regex.compile(
    r"\b(?:training\s+(?:scenario|exercise|module|class|session|example|case\s+study|material|quiz|question)|"
    r"hypothetical(?:ly)?|for\s+(?:a\s+)?training|role-?play|tabletop\s+exercise|academy\s+(?:class|exercise|scenario)|"
    r"quiz\s+question|exam\s+question|test\s+question|case\s+study|fictional\s+scenario)\b", FLAGS)


TRAINING_CUES = frozenset({"training", "hypothetical", "hypothetically", "for", "role", "roleplay", "tabletop",
                           "academy", "quiz", "exam", "test", "case", "fictional"})


def is_training_material(text: str) -> bool:
    index = index_of(text)
    for start, end in index.windows_at(index.positions(TRAINING_CUES), 2, 40):
        if budget.search(TRAINING, text, start, end):
            return True
    return False


class PhraseClassifier:
    """Subclasses set ``name``, ``kind``, ``section``, ``cues`` and ``rules``.

    ``rules`` is ((rule id, pattern, explanation), ...); a rule only runs on the
    sentences that hold one of the ``cues`` (lowercase words every rule needs).
    """

    name: str
    kind: UseKind
    section: str
    cues: frozenset[str]
    rules: tuple[tuple[str, regex.Pattern[str], str], ...]
    excused_by_policy_question = True
    excused_by_training = True

    @property
    def kinds(self) -> tuple[UseKind, ...]:
        return (self.kind,)

    def find(self, text: str) -> Iterator[UseFinding]:
        index = index_of(text)
        positions = index.positions(self.cues)
        if not positions:
            return
        if self.excused_by_training and is_training_material(text):
            return
        for start, end in index.sentences_at(positions):
            yield from self._in_sentence(text, start, end)

    def _in_sentence(self, text: str, start: int, end: int) -> Iterator[UseFinding]:
        excused: bool | None = None
        for rule_id, pattern, explanation in self.rules:
            match = budget.search(pattern, text, start, end)
            if match is None:
                continue
            if excused is None:
                excused = self.excused_by_policy_question and budget.search(
                    POLICY_QUESTION, text, start, end) is not None
            if excused:
                return
            yield self.use(text, match, rule_id, explanation)
            return

    def use(self, text: str, match: regex.Match[str], rule_id: str, explanation: str) -> UseFinding:
        return UseFinding(self.kind, self.section, match.start(), match.end(),
                          f"{self.name}:{rule_id}", explanation)
