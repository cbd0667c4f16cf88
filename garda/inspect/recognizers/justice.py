"""Case, incident, citation and arrest numbers; FBI, SID, NCIC, warrant and booking numbers.

Statute, ordinance and SOP numbers ("Wis. Stat. § 940.19(1)", "SOP 682.35",
"MCO 105-138") carry none of the cue words and are not matched.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import regex

from garda.inspect.recognizers.base import FLAGS, PatternRecognizer, first_words
from garda.inspect.spans import Finding, SpanType

YEAR = regex.compile(r"(?:19|20)\d{2}")
COURT_CODE = r"(?-i:CF|CM|CT|TR|FA|SC|CV|JV|TW|FO|IN|JC|ME|GN|PR|TP|TJ|OL)"
SHORT_YEAR_CODE = regex.compile(r"\d{2}-?" + COURT_CODE + r"-?$")
LETTER_PREFIX = regex.compile(r"(?<![\w-])(?-i:[A-Z]{1,3})$")
SHORT_YEAR_HYPHEN = regex.compile(r"(?:1[5-9]|2\d)-\d")
# What a court code or a letter prefix ends with, right before the digits ("$" also matches before a
# final line feed): any other character there rules both patterns out without running them.
CODE_OR_PREFIX_LAST = frozenset("-\nABCDEFGHIJKLMNOPQRSTUVWXYZ")
TIME_AFTER = regex.compile(r"\s*(?:hours|hrs|hr|am|pm|a\.m\.|p\.m\.)\b", FLAGS)

# "case number is ...", "SID/..." (NCIC record lines are KEY/VALUE), "case (26-...)", "arrested under ..."
NUMBER_WORDS = (r"(?:\s*(?:number|num|no\.?|nbr|#|id|record|:)){0,2}(?:\s+(?:is|was|for|under))?\s*[:#/]?\s*\(?\s*")
IDENT = r"(?P<span>(?=[A-Z0-9-]*\d)[A-Z]{0,4}-?\d[A-Z0-9]*(?:-[A-Z0-9]+){0,3})(?![\w-])"

CASE_CUES = (
    r"(?:(?:mpd|police|sheriff'?s?|da|circuit\s+court|court|cad|rms|oca|cib)\s+)?"
    r"(?:case|incident|inc\.?|report|complaint|citation|cited?|ticket|arrest(?:ed)?|docket|file|event|cad|rms|oca|"
    r"investigation|matter|referral|prelim(?:inary)?(?:\s+hearing)?|hearing|trial|petition|offense|cfs)"
)
# A two-digit year and the number typed with a blank between them: "report 26 118204"
SPACED_IDENT = r"(?P<span>(?:1[5-9]|2\d)\s\d{5,6})(?![\w-])"
# More numbers of one shape listed after the first: "case 26-04711 (burglary), and 26-04712 (theft)"
LISTED_NEXT = regex.compile(r"(?:\s*\([^()\n]{1,30}\))?\s*(?:,\s*and|,\s*or|,|;|&|and|or)\s*(?:#\s*)?"
                            r"(?P<span>[A-Z0-9][A-Z0-9-]{3,20})(?![\w-])", FLAGS)
SHAPE = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "9999999999" + "A" * 52)
CJI_CUES = (
    r"(?:fbi|f\.b\.i\.|ucn|sid|state\s+id(?:entification)?|ncic|iii|nic|warrant|wrnt|wno|booking|book(?:ed)?\s+in|"
    r"inmate|doc|jail|prisoner|pin|mni|master\s+name|arrest\s+(?:tracking|record))"
)


class CaseNumberRecognizer(PatternRecognizer):
    name = "case_number"
    span_type = SpanType.CASE_NUMBER
    explanation = "a number after 'case', 'incident', 'citation', 'arrest' or the like"
    pattern = regex.compile(r"\b" + CASE_CUES + NUMBER_WORDS + r"(?:" + SPACED_IDENT + r"|" + IDENT + r")", FLAGS)
    cues = first_words(("mpd", "police", "sheriff", "sheriffs", "da", "circuit", "court", "case", "incident", "inc",
                        "report", "complaint", "citation", "cite", "cited", "ticket", "arrest", "arrested", "docket", "file", "event",
                        "cad", "rms", "oca", "cib", "investigation", "matter", "referral", "prelim",
                        "preliminary", "hearing", "trial", "petition", "offense", "cfs"))
    window = (0, 70)
    anchored = True
    linear = True
    digit_within = 45
    score = 0.85

    def find(self, text: str) -> Iterator[Finding]:
        """As the base class does, and then the numbers of the same shape listed right after each."""
        for found in super().find(text):
            yield found
            yield from _listed_after(text, found)

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        ident = match["span"]
        digits = sum(c.isdigit() for c in ident)
        if digits < 4 or YEAR.fullmatch(ident):
            return None
        if ident.isdigit() and (TIME_AFTER.match(text, match.end()) or _clock_time(ident)):
            return None
        return self.score


def _listed_after(text: str, found: Finding) -> Iterator[Finding]:
    shape = found.text.translate(SHAPE)
    end = found.end
    while (listed := LISTED_NEXT.match(text, end, min(len(text), end + 60))) and listed["span"].translate(SHAPE) == shape:
        start, end = listed.span("span")
        found = dataclasses.replace(found, start=start, end=end, text=listed["span"])
        yield found


def _clock_time(ident: str) -> bool:
    """'report: 0114 TRAFFIC STOP': four digits that read as a 24-hour time are a time."""
    return len(ident) == 4 and int(ident[:2]) < 24 and int(ident[2:]) < 60


class YearNumberedCaseRecognizer(PatternRecognizer):
    """Year-numbered case files and Wisconsin circuit-court numbers, no cue needed."""

    name = "year_numbered_case"
    span_type = SpanType.CASE_NUMBER
    explanation = "a year-numbered case (2026-004512, 26-113457, MPD26-293060, I266814794) or a circuit-court case number"
    pattern = regex.compile(
        r"(?<![\w./-])(?P<span>(?:19|20)\d{2}-\d{5,8}|(?:19|20)\d{2}\s?" + COURT_CODE + r"\s?\d{1,6}"
        r"|\d{2}-?" + COURT_CODE + r"-?\d{3,6}"
        r"|(?-i:[A-Z]{1,3})[0-3]\d-\d{4,7}"      # letter-prefixed year numbers: M26-43753, MPD25-87028
        r"|(?:1[5-9]|2\d)-\d{6}"                   # a two-digit year and six digits: 25-574038
        r"|(?-i:I)(?:1[5-9]|2\d)\d{7,8})(?![\w-])", FLAGS)   # incident numbers: I267424259
    around_digits = True
    min_digits = 3
    linear = True
    window = (7, 16)
    score = 0.8

    def keep_run(self, text: str, start: int, end: int) -> bool:
        """A run that starts with a year or a two-digit year and a hyphen, or follows a two-digit year and
        a court code ("26CM001839") or a letter prefix."""
        if text.startswith(("19", "20"), start) or SHORT_YEAR_HYPHEN.match(text, start, start + 4):
            return True
        if text[start - 1:start] not in CODE_OR_PREFIX_LAST:
            return False
        return (SHORT_YEAR_CODE.search(text, max(0, start - 6), start) is not None
                or LETTER_PREFIX.search(text, max(0, start - 4), start) is not None)


class CjiIdentifierRecognizer(PatternRecognizer):
    name = "cji_identifier"
    span_type = SpanType.CJI_IDENTIFIER
    explanation = "an FBI, SID, NCIC, warrant, booking or inmate number"
    pattern = regex.compile(r"\b" + CJI_CUES + NUMBER_WORDS + IDENT, FLAGS)
    cues = frozenset({"fbi", "f", "ucn", "sid", "state", "ncic", "iii", "nic", "warrant", "wrnt", "wno", "booking",
                      "book", "booked", "inmate", "doc", "jail", "prisoner", "mni", "master", "arrest"})
    window = (0, 70)
    anchored = True
    linear = True
    digit_within = 45
    score = 0.9

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        digits = sum(c.isdigit() for c in match["span"])
        return self.score if digits >= 4 else None
