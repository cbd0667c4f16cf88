"""The common shape of a use classifier: families of phrasings, each a rule of its own.

A rule is a regular expression over one sentence-sized window; it names what it saw
(``explanation``). Questions about the policy itself, statements that a use is
prohibited, and (for legal questions) training scenarios are not a prohibited use,
so they silence a rule -- unless the sentence goes on to ask for it anyway.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from garda.inspect import budget
from garda.inspect.spans import UseFinding, UseKind
from garda.inspect.windows import TextIndex, index_of

# Rules write "same sentence" as ``[^.?!\n]``; a period after an initial or a street or
# title abbreviation does not end a sentence, so the rules may cross it.
SAME_SENTENCE = r"[^.?!\n]"
ABBREVIATION = r"(?-i:[A-Z]|St|Ave|Av|Blvd|Dr|Rd|Ct|Pl|Ln|Pkwy|Hwy|Apt|No|Jr|Sr|Mr|Mrs|Ms|Det|Sgt|Lt|Ofc|Capt|approx)"
NON_BREAK = r"(?:[^.?!\n]|(?<=(?<![\w.])" + ABBREVIATION + r")\.)"
ABBREVIATIONS = frozenset({"St", "Ave", "Av", "Blvd", "Dr", "Rd", "Ct", "Pl", "Ln", "Pkwy", "Hwy", "Apt", "No", "Jr",
                           "Sr", "Mr", "Mrs", "Ms", "Det", "Sgt", "Lt", "Ofc", "Capt", "approx"})
SENTENCE_BREAK = regex.compile(r"[.!?]+(?=\s|$)|\n")
ABBREVIATION_HOPS = 3

FLAGS = regex.IGNORECASE

# Sentences that ask ABOUT the rules rather than asking the AI to break them.
# A sentence that opens as a question about the rules, not a request to break them.
POLICY_QUESTION = regex.compile(
    r"\s*(?:(?:what|how|why|when|which)\s+(?:does|do|did|should|would|is|are|can|may)\b"
    r"(?=[^.?!\n]{0,80}\b(?:sop|policy|policies|rules?|682|guidance|allowed|permitted|prohibit\w*|forbid\w*|"
    r"laws?|legal\s+to)\b)"
    r"|(?:is|are|am)\s+(?:it|i|we|officers|members)\s+(?:allowed|permitted|prohibited|forbidden|ok|okay|able)\s+to\b"
    r"|(?:can|may|could)\s+(?:i|we|officers|members)\s+(?:use|ask)\s+(?:ai|garda|chatgpt|the\s+ai|generative\s+ai|"
    r"a\s+chatbot|this\s+(?:tool|system))\b"
    r"|(?:explain|summari[sz]e|describe|outline)\s+(?:what\s+)?(?:the\s+|our\s+|sop\s+)?(?:department'?s\s+)?"
    r"(?:policy|sop|rule|rules|prohibition|prohibitions|restrictions?|682)\b"
    r"|(?:according\s+to|under)\s+(?:the\s+)?(?:sop|policy)[^,?]{0,20},\s*(?:what|how|is|are|can|may|does)\b)",
    FLAGS)
# Words right before a use that state it is prohibited: "AI may not be used to categorize people by race".
PROHIBITION_BEFORE = regex.compile(
    r"(?:(?:may|must|shall|should|can|will)\s+not\s+(?:be\s+used\s+to|use\s+(?:ai|it|generative\s+ai|garda)\s+to)"
    r"|(?:prohibits?|prohibited\s+from|bans?|forbids?|forbidden\s+to)\s+(?:using\s+(?:ai|it)\s+to\s+|members\s+from\s+)?"
    r"|not\s+(?:allowed|permitted)\s+to|never)\s*$",
    FLAGS)
# ...unless the same sentence then asks for it anyway.
DEFIANCE = regex.compile(
    r"\b(?:anyway|regardless|ignore\s+(?:that|the|this|it)|but\s+(?:do|just|still|go|please)|just\s+do\s+it|"
    r"do\s+it\s+anyway|for\s+this\s+one|not\s+(?:really\s+)?(?:a\s+)?(?:training|hypothetical)|real\s+case)\b", FLAGS)


def excused(text: str, sentence_start: int, sentence_end: int, match_start: int) -> bool:
    """A question about the policy, or a statement that the use is prohibited, is not the use."""
    if budget.search(DEFIANCE, text, sentence_start, sentence_end):
        return False
    if budget.match(POLICY_QUESTION, text, sentence_start, sentence_end):
        return True
    return budget.search(PROHIBITION_BEFORE, text, max(sentence_start, match_start - 60), match_start) is not None


TRAINING = regex.compile(
    r"\b(?:training\s+(?:scenario|exercise|module|class|session|example|case\s+study|material|quiz|question)|"
    r"hypothetical(?:ly)?|for\s+(?:a\s+)?training|role-?play|tabletop\s+exercise|academy\s+(?:class|exercise|scenario)|"
    r"quiz\s+question|exam\s+question|test\s+question|case\s+study|fictional\s+scenario)\b", FLAGS)


ANCHORED_REACH = 240
TRAINING_CUES = frozenset({"training", "hypothetical", "hypothetically", "for", "role", "roleplay", "tabletop",
                           "academy", "quiz", "exam", "test", "case", "fictional"})


def training_marker_before(text: str, position: int) -> bool:
    """Whether the text presents itself as a training or hypothetical scenario before ``position``."""
    index = index_of(text)
    cues = [p for p in index.positions(TRAINING_CUES) if p < position]
    for start, end in index.windows_at(cues, 2, 40):
        if budget.search(TRAINING, text, start, min(end, position)):
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
    needs: frozenset[str] = frozenset()   # the text must also hold one of these words (a cheap pre-check)


def rule(rule_id: str, cues: str | frozenset[str], pattern: str, explanation: str, *,
         anchored: bool = False, needs: str = "") -> Rule:
    cue_set = frozenset(cues.split()) if isinstance(cues, str) else cues
    pattern = pattern.replace(SAME_SENTENCE, NON_BREAK)
    return Rule(rule_id, cue_set, regex.compile(pattern, FLAGS), explanation, anchored, frozenset(needs.split()))


def widened(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence window grown across abbreviation periods ("N. Sherman Blvd.", "Darnell A. Booker")."""
    return widened_start(text, start), widened_end(text, end)


def widened_start(text: str, start: int) -> int:
    for _ in range(ABBREVIATION_HOPS):
        dot = _period_before(text, start)
        if dot < 0 or not _is_abbreviation(text, dot):
            break
        start = _start_after_break(text, max(0, start - 200), dot - 1)
    return start


def widened_end(text: str, end: int) -> int:
    for _ in range(ABBREVIATION_HOPS):
        if end >= len(text) or text[end - 1] != "." or not _is_abbreviation(text, end - 1):
            break
        found = SENTENCE_BREAK.search(text, end, min(len(text), end + 200))
        end = found.end() if found else min(len(text), end + 200)
    return end


def _period_before(text: str, start: int) -> int:
    position = start - 1
    while position >= 0 and text[position].isspace():
        position -= 1
    return position if position > 0 and text[position] == "." else -1


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes an initial or a known abbreviation ("A.", "St.", "Blvd.")."""
    start = dot
    while start > 0 and dot - start < 7 and text[start - 1].isalpha():
        start -= 1
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        return False
    word = text[start:dot]
    return word in ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _start_after_break(text: str, floor: int, position: int) -> int:
    last = floor
    for found in SENTENCE_BREAK.finditer(text, floor, position):
        last = found.end()
    return last


class PhraseClassifier:
    """Subclasses set ``name``, ``kind``, ``section`` and ``rules``.

    One finding at most per sentence; a sentence that asks about the policy itself is
    excused, and with ``excused_by_training`` so is a use that follows a training or
    hypothetical marker.
    """

    name: str
    kind: UseKind
    section: str
    rules: tuple[Rule, ...]
    excused_by_policy_question = True
    excused_by_training = False

    @property
    def kinds(self) -> tuple[UseKind, ...]:
        return (self.kind,)

    def find(self, text: str) -> Iterator[UseFinding]:
        index = index_of(text)
        hits: dict[int, UseFinding] = {}
        ends: dict[int, int] = {}
        for current in self.rules:
            if current.needs and not index.has_any(current.needs):
                continue
            positions = index.positions(current.cues)
            if not positions:
                continue
            for start, end, match in self._matches(current, index, positions, ends):
                if start in hits or self._excused(text, start, end, match.start()):
                    continue
                hits[start] = self.use(text, match, current.rule_id, current.explanation)
        yield from sorted(hits.values(), key=lambda u: (u.start, u.end))

    def _excused(self, text: str, start: int, end: int, match_start: int) -> bool:
        if self.excused_by_policy_question and excused(text, start, end, match_start):
            return True
        return (self.excused_by_training and training_marker_before(text, match_start)
                and budget.search(DEFIANCE, text) is None)

    @staticmethod
    def _matches(current: Rule, index: TextIndex, positions: list[int], ends: dict[int, int] | None = None
                 ) -> Iterator[tuple[int, int, regex.Match[str]]]:
        """(sentence start, sentence end, match) for each sentence where the rule matches.

        ``ends`` caches the (widened) sentence end of each anchor position across the rules of one text.
        """
        text = index.text
        if not current.anchored:
            for start, end in index.sentences_at(positions):
                start, end = widened(text, start, end)
                match = budget.search(current.pattern, text, start, end)
                if match:
                    yield start, end, match
            return
        for position in positions:
            # Anchored rules are written with at most one lazy gap: linear over a short stretch.
            end = ends.get(position) if ends is not None else None
            if end is None:
                end = widened_end(text, index.sentence_end(position, ANCHORED_REACH))
                if ends is not None:
                    ends[position] = end
            match = budget.match(current.pattern, text, position, end, linear=True)
            if match:
                yield widened_start(text, index.sentence_start(position)), end, match

    def use(self, text: str, match: regex.Match[str], rule_id: str, explanation: str) -> UseFinding:
        return UseFinding(self.kind, self.section, match.start(), match.end(),
                          f"{self.name}:{rule_id}", explanation)
