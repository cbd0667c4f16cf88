"""The common shape of a use classifier: families of phrasings, each a rule of its own.

A rule is a regular expression over one sentence-sized window; it names what it saw
(``explanation``). Questions about the policy itself, statements that a use is
prohibited, and (for legal questions) training scenarios are not a prohibited use,
so they silence a rule -- unless the sentence goes on to ask for it anyway.

Speed without changing a result: the classifiers of one inspection share one
:class:`TextScan` of the text (cue offsets, sentence bounds, excuse checks, each worked
out once); a rule that is not anchored is tried only where its first words start
(literals.py); a rule runs as written, with a plain ``[^.?!\n]`` for "same sentence",
over stretches where no period closes an abbreviation. On a plain text a rule is tried
only where its *guard* matches: an ``re`` reading of its leading words, blanks and simple
classes over the lowercased text, which matches wherever the rule can and rejects most
cue places for a fraction of a ``regex`` match (literals.guard_of).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container, Iterator
from dataclasses import dataclass, fields
from functools import cache
from itertools import accumulate, chain, compress

import regex

from garda.inspect import budget
from garda.inspect.classifiers.literals import Started, guard_of, is_plain, monotone_prefix
from garda.inspect.spans import UseFinding, UseKind
from garda.inspect.windows import TextIndex, index_of, shared_scratch, whole_word_offsets

# Rules write "same sentence" as ``[^.?!\n]``; a period after an initial or a street or
# title abbreviation does not end a sentence, so the rules may cross it.
SAME_SENTENCE = r"[^.?!\n]"
ABBREVIATION = r"(?-i:[A-Z]|St|Ave|Av|Blvd|Dr|Rd|Ct|Pl|Ln|Pkwy|Hwy|Apt|No|Jr|Sr|Mr|Mrs|Ms|Det|Sgt|Lt|Ofc|Capt|approx)"
NON_BREAK = r"(?:[^.?!\n]|(?<=(?<![\w.])" + ABBREVIATION + r")\.)"
# A period NON_BREAK lets a rule cross: one closing an abbreviation.
ABBREVIATION_DOT = regex.compile(r"(?<=(?<![\w.])" + ABBREVIATION + r")\.", regex.IGNORECASE)
ABBREVIATIONS = frozenset({"St", "Ave", "Av", "Blvd", "Dr", "Rd", "Ct", "Pl", "Ln", "Pkwy", "Hwy", "Apt", "No", "Jr",
                           "Sr", "Mr", "Mrs", "Ms", "Det", "Sgt", "Lt", "Ofc", "Capt", "approx"})
SENTENCE_BREAK = regex.compile(r"[.!?]+(?=\s|$)|\n")
# The text index's sentence break (``re``: "[.!?]+(?=\s|$)|\n") written to start with a character set,
# which ``re`` skips to directly: the same matches from any position within any bounds.
SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|[.!?]*(?=\s|\Z))")
ABBREVIATION_HOPS = 3
# Bytes of the ASCII copy: letters and digits stay, every other one becomes a blank.
ONLY_WORD_BYTES = bytes(c if chr(c) in "0123456789abcdefghijklmnopqrstuvwxyz" else 32 for c in range(256))
NON_ASCII_CHARACTER = regex.compile(r"[^\x00-\x7f]")   # regex skips the ASCII between them faster than re
ASCII_STAND_IN = "0"   # for a character outside ASCII that is a letter or digit (a cue holding it is looked up as is)


def _ascii_stand_in(found: regex.Match[str]) -> str:
    return ASCII_STAND_IN if found.group().isalnum() else " "

FLAGS = regex.IGNORECASE


def slashes(text: str) -> Iterator[int]:
    """The offsets of the slashes in ``text``, in order."""
    slash = text.find("/")
    while slash != -1:
        yield slash
        slash = text.find("/", slash + 1)


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
    r"(?:(?:(?:may|must|shall|should|can|will|could)(?:\s+not|not|n['’]t|['’]t)|won['’]?t)\s+(?:be\s+used\s+to|use\s+(?:ai|it|generative\s+ai|garda)\s+to)"
    r"|(?:prohibits?|prohibited\s+from|bans?|forbids?|forbidden\s+to)\s+(?:using\s+(?:ai|it)\s+to\s+|members\s+from\s+)?"
    r"|not\s+(?:allowed|permitted)\s+to|never)\s*$",
    FLAGS)
# Words after a use that state it is prohibited: "using AI to profile people by race violates policy".
PROHIBITION_AFTER = regex.compile(
    r"\b(?:(?:is|are|was|would\s+be|remains?)\s+(?:strictly\s+|expressly\s+|always\s+)?(?:prohibited|forbidden|banned|"
    r"not\s+(?:allowed|permitted|ok|okay)|against\s+(?:the\s+|our\s+|department\s+)?(?:policy|rules|sop|law))|"
    r"violates?\s+(?:the\s+|our\s+)?(?:department(?:'s)?\s+|sop\s+)?(?:policy|sop|rules|682)|"
    r"(?:is|are)\s+(?:a\s+)?(?:prohibited|forbidden|banned)\s+use|"
    r"(?:sop|policy|682|the\s+law|rules?)\s+(?:\d+(?:\.\d+)?\s+)?(?:restricts?|prohibits?|forbids?|bans?|limits?)\s+(?:it|this|that|them))\b",
    FLAGS)
# ...unless the same sentence then asks for it anyway.
DEFIANCE = regex.compile(
    r"\b(?:anyway|regardless|ignore\s+(?:that|the|this|it)|but\s+(?:do|just|still|go|please)|just\s+do\s+it|"
    r"do\s+it\s+anyway|for\s+this\s+one|not\s+(?:really\s+)?(?:a\s+)?(?:training|hypothetical)|real\s+case)\b", FLAGS)


TRAINING = regex.compile(
    r"\b(?:training\s+(?:scenario|exercise|module|class|session|example|case\s+study|material|quiz|question)|"
    r"hypothetical(?:ly)?|for\s+(?:a\s+)?training|role-?play|tabletop\s+exercise|academy\s+(?:class|exercise|scenario)|"
    r"quiz\s+question|exam\s+question|test\s+question|case\s+study|fictional\s+scenario)\b", FLAGS)


ANCHORED_REACH = 240
TRAINING_CUES = frozenset({"training", "hypothetical", "hypothetically", "for", "role", "roleplay", "tabletop",
                           "academy", "quiz", "exam", "test", "case", "fictional"})


POLICY_QUESTION_GUARD = guard_of(POLICY_QUESTION.pattern)
DEFIANT = Started.of(DEFIANCE)
PROHIBITED = Started.of(PROHIBITION_BEFORE)
PROHIBITED_AFTER = Started.of(PROHIBITION_AFTER)
TRAINING_MARKER = Started.of(TRAINING)


@dataclass(frozen=True, slots=True)
class Rule:
    """One family of phrasings. It runs only on sentences holding one of its ``cues``;
    an ``anchored`` rule's pattern starts with its cue and is tried only there.

    ``started`` (for rules that are not anchored) finds every place a match may begin,
    so the pattern is tried there instead of at every position of the sentence.
    """

    rule_id: str
    cues: frozenset[str]
    pattern: regex.Pattern[str]
    explanation: str
    anchored: bool = False
    needs: frozenset[str] = frozenset()   # the text must also hold one of these words (a cheap pre-check)
    started: Started | None = None
    # The pattern as written, "same sentence" as [^.?!\n]: it matches as ``pattern`` does over a stretch
    # with no period that closes an abbreviation, and the regex module runs a plain class much faster.
    quick: regex.Pattern[str] | None = None
    # For an anchored rule: the leading part of its pattern that looks only at what it consumes
    # (see literals.monotone_prefix), to sort out the places of a text crowded with its cue words.
    lead: str | None = None
    # For an anchored rule on a plain text: a cheap pattern over the lowercased text that matches
    # wherever the rule can (see literals.guard_of); most cue places fail it.
    guard: re.Pattern[str] | None = None


def rule(rule_id: str, cues: str | frozenset[str], pattern: str, explanation: str, *,
         anchored: bool = False, needs: str = "") -> Rule:
    cue_set = frozenset(cues.split()) if isinstance(cues, str) else cues
    widened_pattern = pattern.replace(SAME_SENTENCE, NON_BREAK)
    compiled = regex.compile(widened_pattern, FLAGS)
    quick = regex.compile(pattern, FLAGS) if widened_pattern != pattern else None
    return Rule(rule_id, cue_set, compiled, explanation, anchored, frozenset(needs.split()),
                None if anchored else Started.of(compiled), quick,
                monotone_prefix(widened_pattern) if anchored else None,
                guard_of(widened_pattern) if anchored else None)


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


class TextScan:
    """One text as the use rules see it, each fact worked out once.

    Cue offsets, sentence bounds and the excuse checks of a sentence are asked for by
    many rules of every classifier; within one inspection they are kept in the shared
    scratch of the text's index (see :func:`windows.shared_scratch`) and dropped with it.
    The scan holds a plain copy of the index, not the shared one that holds the scratch.
    """

    __slots__ = ("index", "text", "lower", "vocabulary", "_plain", "_cue_at", "_rule_at", "_sentence", "_widened",
                 "known_ends", "_wide_end", "_start_at", "_excuses", "_training_cues", "_defiant",
                 "_ascii_lower", "_swept", "_swept_at", "_word_at", "_words", "_word_ends", "_overlapping",
                 "_guard_memo", "_sentences_of", "_cut_at")

    def __init__(self, index: TextIndex) -> None:
        # A plain index: the shared one carries the scratch this scan is kept in (no reference cycle).
        self.index = index if type(index) is TextIndex else TextIndex(
            **{f.name: getattr(index, f.name) for f in fields(TextIndex)})
        self.text = index.text
        self.lower = index.lower
        self.vocabulary = index.vocabulary
        self._plain: bool | None = None
        self._cue_at: dict[str, list[int]] = {}
        self._rule_at: dict[frozenset[str], list[int]] = {}
        self._sentence: dict[int, tuple[int, int]] = {}
        self._widened: dict[tuple[int, int], tuple[int, int]] = {}
        self.known_ends: dict[int, tuple[int, bool]] = {}   # anchored_end() by position
        self._wide_end: dict[int, int] = {}
        self._start_at: dict[int, int] = {}
        self._excuses: dict[tuple[int, int], tuple[bool, bool]] = {}
        self._training_cues: list[int] | None = None
        self._defiant: bool | None = None
        self._ascii_lower: str | None = None
        self._swept = False
        self._swept_at: dict[str, list[int]] = {}
        self._word_at: dict[object, list[int]] = {}   # word_places() by first words
        self._words: list[str] = []   # the sweep's cut: the ASCII copy's words, blanks between them
        self._word_ends: list[int] = []
        self._overlapping = False
        self._guard_memo: dict[int, dict[int, bool]] = {}
        self._sentences_of: dict[frozenset[str], list[tuple[int, int]]] = {}
        self._cut_at: dict[tuple[int, int], int | None] = {}   # _cut_word_start() by window, asked by many rules

    @classmethod
    def of(cls, text: str) -> TextScan:
        """The scan of ``text`` shared by the classifiers of one inspection (a fresh one outside it)."""
        index = index_of(text)
        scratch = shared_scratch(text)
        scan = scratch.get(SCAN_KEY)
        if not isinstance(scan, TextScan) or scan.text is not text:
            scan = scratch[SCAN_KEY] = cls(index)
        return scan

    def positions(self, cues: frozenset[str]) -> list[int]:
        """As :meth:`TextIndex.positions`, from offsets found once per cue word."""
        found = self._rule_at.get(cues)
        if found is None:
            present = self.vocabulary.intersection(cues)
            if len(present) == 1:
                found = self._cue_positions(next(iter(present)))
            else:
                found = sorted(chain.from_iterable(map(self._cue_positions, present)))
            self._rule_at[cues] = found
        return found

    def _cue_positions(self, cue: str) -> list[int]:
        found = self._cue_at.get(cue)
        if found is not None:
            return found
        if cue in known_cues():
            if not self._swept:
                self._sweep()
            found = self._cue_at[cue] = self._swept_at.get(cue, [])
            return found
        lower = self.lower if ASCII_STAND_IN in cue else self.ascii_lower
        finder = cue_finder(cue)
        if finder is not None:
            found = [p for p in (m.start() for m in finder.finditer(lower)) if p == 0 or not lower[p - 1].isalnum()]
        else:
            found = whole_word_offsets(lower, (cue,))
        self._cue_at[cue] = found
        return found

    def word_places(self, words: frozenset[str], pos: int, endpos: int,
                    behind: tuple[tuple[frozenset[str], regex.Pattern[str]], ...] = ()) -> list[int]:
        """See :meth:`literals.Lowered.word_places`."""
        key = (words, id(behind)) if behind else words
        found = self._word_at.get(key)
        if found is None:
            found = self._word_at[key] = self._checked_places(words, behind)
        places = found[bisect_left(found, pos):bisect_left(found, endpos)]
        lower = self.ascii_lower
        if endpos >= len(lower) or endpos <= pos or not (lower[endpos].isalnum() and lower[endpos - 1].isalnum()):
            cut = None   # no word runs across the window's end (the usual case: asked as cheaply as a lookup)
        else:
            window = (pos, endpos)
            cut = self._cut_at.get(window, -1)
            if cut == -1:
                cut = self._cut_at[window] = self._cut_word_start(pos, endpos)
        if cut is not None and (not places or places[-1] < cut):
            places.append(cut)
        return places

    def _checked_places(self, words: frozenset[str],
                        behind: tuple[tuple[frozenset[str], regex.Pattern[str]], ...]) -> list[int]:
        found = self._whole_word_places(words)
        for checked, look_behind in behind:
            held = look_behind.match
            text = self.text
            dropped = {place for place in self._whole_word_places(checked) if not held(text, place)}
            if dropped:
                found = [place for place in found if place not in dropped]
        return found

    def _whole_word_places(self, words: frozenset[str]) -> list[int]:
        """Where the words stand whole, in order: unlike :meth:`positions`, also where the text's
        vocabulary holds them only inside a longer token ("“Write" joins the word before it there)."""
        if not self._swept:
            self._sweep()
        if not words <= known_cues():
            return self._swept_places(words)
        swept = self._swept_at
        found = [swept[word] for word in swept.keys() & words]
        return found[0] if len(found) == 1 else sorted(chain.from_iterable(found))

    def _cut_word_start(self, pos: int, endpos: int) -> int | None:
        """The start of the word running across ``endpos``, if it starts in ``[pos, endpos)``: a word
        boundary holds at the end of a window, so a first word may end there."""
        lower = self.ascii_lower
        if endpos >= len(lower) or endpos <= pos or not (lower[endpos].isalnum() and lower[endpos - 1].isalnum()):
            return None
        start = endpos - 1
        while start > pos and lower[start - 1].isalnum():
            start -= 1
        return None if start > 0 and lower[start - 1].isalnum() else start

    def _sweep(self) -> None:
        """The places of every known cue word, found in one pass over the ASCII copy (a pass per
        word costs more once a text holds a few dozen of them): the copy is cut into its runs of
        letters and digits, each one blank apart, so a word's offset follows from the lengths before it."""
        words = self._words = self.ascii_lower.encode("ascii").translate(ONLY_WORD_BYTES).decode("ascii").split(" ")
        ends = self._word_ends = list(accumulate(map(len, words)))
        swept = self._swept_at
        for at in compress(range(len(words)), map(known_cues().__contains__, words)):
            word = words[at]
            start = ends[at] - len(word) + at   # one blank after each word before it
            places = swept.get(word)
            if places is None:
                swept[word] = [start]
            else:
                places.append(start)
        self._swept = True

    def _swept_places(self, wanted: frozenset[str]) -> list[int]:
        """Where any of ``wanted`` stands whole, in order, from the words the sweep cut the text into."""
        words, ends = self._words, self._word_ends
        return [ends[at] - len(words[at]) + at for at in compress(range(len(words)), map(wanted.__contains__, words))]

    @property
    def ascii_lower(self) -> str:
        """The lowercased text with each other character replaced by an ASCII one that is a letter or digit
        when it is (``ASCII_STAND_IN``) and a blank when it is not: an ASCII word's whole-word places are the
        same there, and an ASCII string is searched several times faster."""
        if self._ascii_lower is None:
            lower = self.lower
            self._ascii_lower = lower if lower.isascii() else NON_ASCII_CHARACTER.sub(_ascii_stand_in, lower)
        return self._ascii_lower

    def sentences(self, positions: list[int]) -> Iterator[tuple[int, int]]:
        """As :meth:`TextIndex.sentences_at`, each sentence widened across abbreviations."""
        at, count, last_end = 0, len(positions), -1
        while at < count:
            position = positions[at]
            bounds = self._sentence.get(position)
            if bounds is None:
                bounds = self._sentence[position] = (self.index.sentence_start(position),
                                                     self.sentence_end(position))
            wide = self._widened.get(bounds)
            if wide is None:
                wide = self._widened[bounds] = widened(self.text, *bounds)
            if wide[0] < last_end:
                self._overlapping = True
            last_end = wide[1]
            yield wide
            at = bisect_left(positions, bounds[1], at + 1)   # the next position past this sentence

    def rule_sentences(self, cues: frozenset[str]) -> list[tuple[int, int]]:
        """:meth:`sentences` of the places of ``cues``, worked out once for the rules that share them."""
        found = self._sentences_of.get(cues)
        if found is None:
            found = self._sentences_of[cues] = list(self.sentences(self.positions(cues)))
        return found

    def guard_memo(self, started: object) -> dict[int, bool] | None:
        """Where ``started``'s guard matched or not, once a rule's sentence windows overlap (long
        stretches without a sentence break are cut into windows that share half their places)."""
        if not self._overlapping:
            return None
        memo = self._guard_memo.get(id(started))
        if memo is None:
            memo = self._guard_memo[id(started)] = {}
        return memo

    def anchored_end(self, position: int) -> tuple[int, bool]:
        """The end of an anchored rule's stretch from ``position``, and whether no period in the
        stretch closes an abbreviation (see :meth:`pattern_for`)."""
        found = self.known_ends.get(position)
        if found is None:
            sentence_end = self.sentence_end(position, ANCHORED_REACH)
            end = self._wide_end.get(sentence_end)
            if end is None:
                end = self._wide_end[sentence_end] = widened_end(self.text, sentence_end)
            found = self.known_ends[position] = (end, self._no_abbreviation_dot(position, end))
        return found

    def sentence_end(self, position: int, limit: int = 400) -> int:
        """As :meth:`TextIndex.sentence_end`, with ``SENTENCE_END`` (same matches, found faster)."""
        limit_end = min(len(self.text), position + limit)
        found = SENTENCE_END.search(self.text, position, limit_end)
        return found.end() if found else limit_end

    def anchored_start(self, position: int) -> int:
        start = self._start_at.get(position)
        if start is None:
            start = self._start_at[position] = widened_start(self.text, self.index.sentence_start(position))
        return start

    @property
    def plain(self) -> bool:
        if self._plain is None:
            self._plain = is_plain(self.text)
        return self._plain

    def search(self, current: Rule, start: int, end: int) -> regex.Match[str] | None:
        """The first match of a rule in a sentence."""
        return current.started.search(self, start, end, lambda: self.pattern_for(current, start, end))

    def pattern_for(self, current: Rule, start: int, end: int) -> regex.Pattern[str]:
        """The rule's quick twin when no period in ``[start, end)`` closes an abbreviation."""
        if current.quick is None or not self._no_abbreviation_dot(start, end):
            return current.pattern
        return current.quick

    def _no_abbreviation_dot(self, start: int, end: int) -> bool:
        text = self.text
        dot = text.find(".", start, end)
        while dot != -1:
            if ABBREVIATION_DOT.match(text, dot):
                return False
            dot = text.find(".", dot + 1, end)
        return True

    def excused(self, start: int, end: int, match_start: int) -> bool:
        """Whether a question about the policy, or a statement that the use is prohibited, excuses
        a match at ``match_start`` in the sentence ``[start, end)``; the sentence's own checks are
        made once. A sentence that asks for the use anyway is never excused."""
        checks = self._excuses.get((start, end))
        if checks is None:
            defiant = DEFIANT.search(self, start, end) is not None
            question = not defiant and self._asks_about_policy(start, end)
            checks = self._excuses[(start, end)] = (defiant, question)
        defiant, question = checks
        if defiant:
            return False
        if question:
            return True
        if PROHIBITED.search(self, max(start, match_start - 60), match_start) is not None:
            return True
        return PROHIBITED_AFTER.search(self, match_start, end) is not None

    def _asks_about_policy(self, start: int, end: int) -> bool:
        if self.plain and POLICY_QUESTION_GUARD is not None and not POLICY_QUESTION_GUARD.match(self.lower, start):
            return False   # most sentences open otherwise: the guard says so for a fraction of the cost
        return budget.match(POLICY_QUESTION, self.text, start, end) is not None

    def training_before(self, position: int) -> bool:
        """Whether the text presents itself as a training or hypothetical scenario before ``position``."""
        if self._training_cues is None:
            self._training_cues = self.positions(TRAINING_CUES)
        cues = [p for p in self._training_cues if p < position]
        for start, end in self.index.windows_at(cues, 2, 40):
            if TRAINING_MARKER.search(self, start, min(end, position)):
                return True
        return False

    def defiant(self) -> bool:
        """Whether the text anywhere asks for a use anyway."""
        if self._defiant is None:
            self._defiant = DEFIANT.search(self) is not None
        return self._defiant


SCAN_KEY = "classifiers.scan"
CROWDED = 512   # cue places of one rule beyond which its lead sorts them out first


def _where_lead_matches(lead: str, text: str, positions: list[int]) -> list[int]:
    """The positions where the rule's lead matches: elsewhere the rule cannot match. The lead is
    tried at each place only (a scan of the whole text cost more than the places it spared)."""
    budget.remaining()
    at, size = _lookahead(lead).match, len(text)
    # An anchored rule reads no further than its stretch (ANCHORED_REACH, widened across at most
    # ABBREVIATION_HOPS abbreviations of 200 characters each), so neither need its lead.
    reach = ANCHORED_REACH + ABBREVIATION_HOPS * 200
    return [position for position in positions if at(text, position, min(size, position + reach))]


@cache
def _lookahead(lead: str) -> regex.Pattern[str]:
    return regex.compile("(?=" + lead + ")", FLAGS)


def _rules_of(classifier: type) -> Iterator[Rule]:
    for value in vars(classifier).values():
        if isinstance(value, tuple):
            yield from (each for each in value if isinstance(each, Rule))


@cache
def known_cues() -> frozenset[str]:
    """The cue and first words of the phrase classifiers' rules (each tuple of rules a classifier
    holds) defined when first asked that one pass can find: ASCII letters and digits without
    ``ASCII_STAND_IN`` (the ASCII copy holds them where the lowercased text does). Other cues are
    looked for one by one."""
    classes, cues = [PhraseClassifier], set(TRAINING_CUES)
    while classes:
        current = classes.pop()
        classes.extend(current.__subclasses__())
        for each in _rules_of(current):
            cues.update(each.cues)
            cues.update(each.started.words or () if each.started else ())
    for started in (DEFIANT, PROHIBITED, PROHIBITED_AFTER, TRAINING_MARKER):
        cues.update(started.words or ())
    return frozenset(c for c in cues if c.isascii() and c.isalnum() and ASCII_STAND_IN not in c)


@cache
def cue_finder(cue: str) -> re.Pattern[str] | None:
    """For a cue of one or two letters, a pattern for the places it ends a word ("is" not inside
    "island"), which ``re`` jumps between; whether a word starts there is checked apart. Longer
    cues are rarely inside other words, and ``str.find`` finds them faster."""
    return re.compile(re.escape(cue) + r"(?![^\W_])") if cue.isalnum() and len(cue) <= 2 else None


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
        budget.remaining()   # a spent budget fails here even when no rule has anything to try
        scan = TextScan.of(text)
        vocabulary = scan.vocabulary
        hits: dict[int, UseFinding] = {}
        for current in self.rules:
            if current.needs and vocabulary.isdisjoint(current.needs):
                continue
            if vocabulary.isdisjoint(current.cues):
                continue
            for start, end, match in self._matches(current, scan, hits):
                if start in hits or self._excused(scan, start, end, match.start()):
                    continue
                hits[start] = self.use(text, match, current.rule_id, current.explanation)
        yield from sorted(hits.values(), key=lambda u: (u.start, u.end))

    def _excused(self, scan: TextScan, start: int, end: int, match_start: int) -> bool:
        if self.excused_by_policy_question and scan.excused(start, end, match_start):
            return True
        return self.excused_by_training and scan.training_before(match_start) and not scan.defiant()

    @staticmethod
    def _matches(current: Rule, scan: TextScan,
                 taken: Container[int] = frozenset()) -> Iterator[tuple[int, int, regex.Match[str]]]:
        """(sentence start, sentence end, match) for each sentence where the rule matches, skipping
        the sentences whose start is ``taken`` (one finding per sentence: another one is not tried)."""
        if not current.anchored:
            for start, end in scan.rule_sentences(current.cues):
                if start in taken:
                    continue
                match = scan.search(current, start, end)
                if match:
                    yield start, end, match
            return
        positions = scan.positions(current.cues)
        text, slow, quick = scan.text, current.pattern, current.quick or current.pattern
        linear, known, anchored_end = budget.LINEAR_WINDOW, scan.known_ends, scan.anchored_end
        if current.guard is not None and scan.plain:
            guard, lower = current.guard.match, scan.lower
            positions = [position for position in positions if guard(lower, position)]
            if not positions:   # the usual case: no cue place opens the rule's words
                return
        if len(positions) > CROWDED and current.lead:
            positions = _where_lead_matches(current.lead, text, positions)
        budget.remaining()   # fails once the inspection's time is spent
        for position in positions:
            if taken and scan.anchored_start(position) in taken:
                continue
            # Anchored rules are written with at most one lazy gap: linear over a short stretch,
            # so within LINEAR_WINDOW they run untimed, as budget.match(linear=True) runs them.
            end, clean = known.get(position) or anchored_end(position)
            pattern = quick if clean else slow
            if end - position <= linear:
                match = pattern.match(text, position, end)
            else:
                match = budget.match(pattern, text, position, end)
            if match:
                yield scan.anchored_start(position), end, match

    def use(self, text: str, match: regex.Match[str], rule_id: str, explanation: str) -> UseFinding:
        return UseFinding(self.kind, self.section, match.start(), match.end(),
                          f"{self.name}:{rule_id}", explanation)
