"""Checking the answer before the member sees it (SOP 682.20 A.2 and 682.20 D).

Personal data in the answer that the prompt never held (another person's phone
number, a name the model made up or remembered) is withheld: replaced with
"[withheld: PHONE]" and listed without its text. Language about protected
characteristics is flagged for the member to review, never removed.

The answer still holds placeholders at this point; they are not findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterable, Sequence

from garda.errors import InspectionFailed
from garda.inspect.spans import Finding, Inspection, SpanType, UseKind
from garda.policy.normal import NAME_WORD, name_tokens, squash, words
from garda.policy.overlaps import merge_overlaps

# TACTICAL in an answer is the model's own plan, not someone's data; everything else is withheld.
WITHHELD_TYPES = frozenset(SpanType) - {SpanType.TACTICAL}
FLAGGED_USES = (UseKind.PROTECTED_CHARACTERISTIC, UseKind.CATEGORIZATION)
WORDED_TYPES = frozenset({SpanType.ADDRESS, SpanType.MEDICAL, SpanType.EMAIL, SpanType.CONFIDENTIAL_SOURCE})
WITHHELD_REASON = "personal data that was not in the prompt (SOP 682.20 A.2)"
FLAG_SECTION = "682.20 D, 682.25 C.2"

MAX_HELD = 400          # characters held back at most while waiting for a sentence to end
KEPT_FOR_CONTEXT = 80   # when forced to cut a long run, this much stays held for the next look
SENTENCE_END = re.compile(r"\n|[.!?;:](?=\s)")
ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "st", "jr", "sr", "no", "ave", "apt", "blvd", "rd",
                           "mt", "ft", "lt", "sgt", "det", "capt", "inc", "co", "vs", "v", "approx"})


@dataclass
class OutputReview:
    text: str
    withheld: list[dict[str, Any]] = field(default_factory=list)
    flags: list[dict[str, Any]] = field(default_factory=list)


class _Known:
    """What the prompt held, in the forms an answer's findings are compared in."""

    def __init__(self, prompt_texts: Sequence[str]) -> None:
        self._prompt_texts = prompt_texts

    # Built on first use: most answers hold no finding to compare.
    @cached_property
    def _squashed(self) -> list[str]:
        return [squash(text) for text in self._prompt_texts]

    @cached_property
    def _worded(self) -> list[str]:
        return [f" {words(text)} " for text in self._prompt_texts]

    @cached_property
    def _name_words(self) -> set[str]:
        return {w.casefold() for text in self._prompt_texts for w in NAME_WORD.findall(text)}

    def holds(self, finding: Finding, surface: str) -> bool:
        if finding.span_type == SpanType.PERSON:
            tokens = name_tokens(surface)
            return bool(tokens) and tokens <= self._name_words
        if finding.span_type in WORDED_TYPES:
            wanted = f" {words(surface)} "
            return wanted.strip() != "" and any(wanted in text for text in self._worded)
        wanted = squash(surface)
        if finding.span_type == SpanType.PHONE and len(wanted) == 11 and wanted.startswith("1"):
            wanted = wanted[1:]  # "+1 414 555 0123" is the prompt's "414-555-0123"
        return wanted != "" and any(wanted in text for text in self._squashed)


class OutputReviewer:
    """Reviews answer text against one request's prompt and placeholders."""

    def __init__(self, inspector: Any, prompt_texts: Sequence[str], placeholders: Iterable[str]) -> None:
        narrowed = getattr(inspector, "narrowed", None)   # an Inspector runs only what the review keeps
        self._inspector = narrowed(WITHHELD_TYPES, FLAGGED_USES) if narrowed is not None else inspector
        self._known = _Known(prompt_texts)
        self._placeholders = _placeholder_pattern(placeholders)

    def review(self, answer: str) -> OutputReview:
        inspection = self._inspect(answer)
        covered = [m.span() for m in self._placeholders.finditer(answer)] if self._placeholders else []
        withhold = [f for f in merge_overlaps(inspection.findings)
                    if f.span_type in WITHHELD_TYPES and not _inside_any(f, covered)
                    and not self._known.holds(f, answer[f.start:f.end])]
        return OutputReview(text=_withheld_text(answer, withhold),
                            withheld=[{"type": f.span_type.value, "reason": WITHHELD_REASON} for f in withhold],
                            flags=[_flag(use) for use in inspection.uses if use.kind in FLAGGED_USES])

    def _inspect(self, answer: str) -> Inspection:
        try:
            return self._inspector.inspect(answer)
        except InspectionFailed:
            raise
        except Exception as exc:  # fail closed: an answer that cannot be checked is not shown
            raise InspectionFailed("The answer could not be inspected, so it was not shown.") from exc


def review_output(answer: str, inspector: Any, prompt_texts: Sequence[str],
                  placeholders: Iterable[str]) -> OutputReview:
    """Withhold personal data the prompt never had; flag protected-characteristic language."""
    return OutputReviewer(inspector, prompt_texts, placeholders).review(answer)


class OutputGuard:
    """The streaming twin of review_output: reviews whole sentences (or lines) as they complete.

    Text is held until a sentence or line ends (or about MAX_HELD characters pile up), so a
    phone number or a name split across chunks is seen whole before any of it is let through.
    """

    def __init__(self, inspector: Any, prompt_texts: Sequence[str], placeholders: Iterable[str], *,
                 max_held: int = MAX_HELD) -> None:
        self._reviewer = OutputReviewer(inspector, prompt_texts, list(placeholders))
        self._max_held = max_held
        self._held = ""
        self.withheld: list[dict[str, Any]] = []
        self.flags: list[dict[str, Any]] = []

    def feed(self, chunk: str) -> str:
        self._held += chunk
        cut = _sentence_cut(self._held)
        if cut == 0 and len(self._held) > self._max_held:
            cut = _forced_cut(self._held)
        if cut == 0:
            return ""
        segment, self._held = self._held[:cut], self._held[cut:]
        return self._review(segment)

    def flush(self) -> str:
        segment, self._held = self._held, ""
        return self._review(segment) if segment else ""

    def _review(self, segment: str) -> str:
        review = self._reviewer.review(segment)
        self.withheld.extend(review.withheld)
        self.flags.extend(review.flags)
        return review.text


def _sentence_cut(text: str) -> int:
    """Just after the last sentence or line end, or 0 when no sentence has ended yet."""
    for match in reversed(list(SENTENCE_END.finditer(text))):
        ends = _line_ends(text, match.start()) if match.group(0) == "\n" else \
            not _abbreviation_before(text, match.start())
        if ends:
            return match.end()
    return 0


def _line_ends(text: str, newline: int) -> bool:
    """A line break inside a number ("414-555-" / "0187") does not end anything; wait to see."""
    if newline + 1 == len(text):
        return newline == 0 or not _in_number(text[newline - 1])
    return not (newline > 0 and _in_number(text[newline - 1]) and _in_number(text[newline + 1]))


def _in_number(char: str) -> bool:
    return char.isdigit() or char in "-.()+"


def _abbreviation_before(text: str, dot: int) -> bool:
    """"Dr." or an initial such as "A." does not end a sentence (a name may go on after it)."""
    if text[dot] != ".":
        return False
    word = re.search(r"(\w+)$", text[:dot])
    return word is not None and (len(word.group(1)) == 1 or word.group(1).casefold() in ABBREVIATIONS)


def _forced_cut(text: str) -> int:
    """A long run without a sentence end: cut at a space between words, away from any digits."""
    limit = len(text) - KEPT_FOR_CONTEXT
    for position in range(limit, 0, -1):
        if text[position].isspace() and not text[position - 1].isdigit() and \
                (position + 1 >= len(text) or not text[position + 1].isdigit()):
            return position + 1
    return max(limit, 0)


def _placeholder_pattern(placeholders: Iterable[str]) -> re.Pattern[str] | None:
    ordered = sorted({p for p in placeholders if p}, key=len, reverse=True)
    if not ordered:
        return None
    return re.compile("|".join(re.escape(p) for p in ordered), re.IGNORECASE)


def _inside_any(finding: Finding, spans: list[tuple[int, int]]) -> bool:
    return any(start <= finding.start and finding.end <= end for start, end in spans)


def _withheld_text(answer: str, findings: list[Finding]) -> str:
    pieces, position = [], 0
    for finding in findings:
        pieces += [answer[position:finding.start], f"[withheld: {finding.span_type.value}]"]
        position = finding.end
    pieces.append(answer[position:])
    return "".join(pieces)


def _flag(use: Any) -> dict[str, Any]:
    return {"kind": use.kind.value, "section": use.section or FLAG_SECTION, "explanation": use.explanation}
