"""Dates of birth: a date only counts next to 'DOB', 'born', 'date of birth' and the like."""

from __future__ import annotations

import datetime
import re

import regex

from collections.abc import Iterator

from garda.inspect import budget
from garda.inspect.recognizers.base import FLAGS, PatternRecognizer
from garda.inspect.spans import Finding
from garda.inspect.windows import index_of
from garda.inspect.spans import SpanType

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    r"|(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}"
    r"|" + MONTH + r"\s*\d{1,2}(?:st|nd|rd|th)?,?\s*(?:19|20)\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s*(?:of\s+)?" + MONTH + r",?\s*(?:19|20)\d{2}"   # also NCIC's 06AUG1986
    r"|\d{8}(?=\b))"
)
DOB_CUE = (
    r"(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s?date|birthday|bday|born(?:\s+on)?|"
    r"age\s*/\s*dob(?:\s*:?\s*\d{1,3}\s*[/,]?)?)"
)
# Right after a birth cue a date may be six digits ("DOB 020578", "born 080911"), or a year alone
# ("born 1985", "born in '88").
CUED_DATE = r"(?:" + DATE + r"|\d{6}(?=\b)|(?:19|20)\d\d(?![\d/.-])|'\d\d\b)"
# "Youa Yang (1973-06-14)": a date in brackets right after a name is how reports give a birth date.
NAME_THEN_DATE = regex.compile(r"(?<=(?-i:\p{Lu}[\p{Ll}'’-]+|\p{Lu}{2,})\s?)\(\s*(?P<after>" + DATE + r")\s*\)", re.IGNORECASE)
# Where such a bracket can be: before a date's shape (one ``re`` scan, jumping from bracket to bracket).
BRACKET_BEFORE_DATE = re.compile(
    r"\((?=\s?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{8}|[JFMASONDjfmasond][a-z]{2,8}\.?\s*\d))")
FOUR_DIGIT_YEAR = regex.compile(r"(?:19|20)\d\d")
# A person a date of birth belongs to is at least this old: a bracketed date after a name any later
# is an event's date ("Incident Report (03/02/2026)").
YOUNGEST_AGE = 10
# Capitalized words naming an event or a document, whose bracketed date is when it happened.
EVENT_WORDS = frozenset({
    "report", "reports", "shooting", "homicide", "incident", "meeting", "hearing", "trial", "crash", "fire", "event",
    "festival", "fest", "game", "order", "ordinance", "statute", "act", "policy", "sop", "memo", "bulletin", "review",
    "case", "operation", "raid", "warrant", "audit", "plan", "study", "survey", "season", "election", "riot", "storm",
    "flood", "summit", "conference", "session", "march", "rally", "protest", "amendment", "law", "decision",
    "ruling", "opinion", "directive", "training", "update", "release", "version", "edition", "revision", "stabbing",
    "robbery", "burglary", "accident", "collision", "vigil", "parade", "funeral", "ceremony"})
# NCIC-style race and sex codes before a date of birth: "W/M 06/22/85", "M/B 4-11-79"; a text holds
# one only if it holds one of these (checked first: the pattern is tried at every position).
RACE_SEX_SLASHES = ("/M", "/F", "M/", "F/")
RACE_SEX_THEN_DATE = re.compile(
    r"(?<![\w/])(?:[WBAHIUO]/[MF]|[MF]/[WBAHIUO])\s*,?\s*(?P<after>\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))(?![\w/.-])")
# ... and after the date: "BRANDT, WALTER J  08/09/73  W/M".
DATE_THEN_RACE_SEX = re.compile(
    r"(?<![\w/.-])(?P<after>\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))\s*,?\s*(?:[WBAHIUO]/[MF]|[MF]/[WBAHIUO])(?![\w/])")
# "Keisha Vontrell, 03-15-1989": a full date set after a name of two words by a comma (not a dateline's colon).
NAME_COMMA_DATE = regex.compile(
    r"(?<=(?-i:\p{Lu}[\p{Ll}'’-]+\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}'’-]+),\s?)(?P<after>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)"
    r"(?![\w/.:-])")
WEEKDAYS_AND_MONTHS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday"})
DATE_THEN_CUE = regex.compile(
    r"(?<![\w/.-])(?P<after>" + DATE + r")\s*\(\s*(?:dob|d\.o\.b\.?|date\s+of\s+birth)\s*\)", re.IGNORECASE)


class DateOfBirthRecognizer(PatternRecognizer):
    """A date right after a birth cue ("DOB 03/14/1988"), or right before "(DOB)"."""

    name = "date_of_birth"
    span_type = SpanType.DATE_OF_BIRTH
    explanation = "a date next to 'DOB', 'born' or 'date of birth'"
    pattern = regex.compile(
        r"\b" + DOB_CUE + r"(?:\s*(?:is|was|of|[:=#/\-]))?(?:\s+(?:listed|given|shown|recorded|reported)\s+as)?"
        r"\s*(?:the\s+|in\s+)?\(?(?P<span>" + CUED_DATE + r")", FLAGS)
    cues = frozenset({"dob", "d", "date", "birth", "birthdate", "birthday", "born", "age", "dobs", "bday"})
    window = (0, 60)
    anchored = True
    linear = True
    digit_within = 50
    score = 0.9

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        """A year alone is a birth year only if the person would be old enough: not "born 2024" of a plan."""
        span = match["span"]
        if len(span) <= 4 and (_year_of_alone(span) or 0) > datetime.date.today().year - YOUNGEST_AGE:
            return None
        return self.score

    def find(self, text: str) -> Iterator[Finding]:
        yield from super().find(text)
        index = index_of(text)
        for start, end in index.windows_at(index.positions(("dob", "birth")), 32, 8):
            if text.find("(", start, end) == -1:   # DATE_THEN_CUE holds a "("
                continue
            for match in budget.finditer(DATE_THEN_CUE, text, start, end):
                yield Finding(self.span_type, match.start("after"), match.end("after"), match["after"],
                              self.name, score=self.score, explanation=self.explanation)
        yield from self._after_names(text)
        yield from self._after_race_and_sex(text)
        yield from self._after_name_and_comma(text)

    def _after_race_and_sex(self, text: str) -> Iterator[Finding]:
        """A record line's race and sex, then the birth date: "W/M 06/22/85", "B/F, 04-11-1979"."""
        if not any(code in text for code in RACE_SEX_SLASHES):
            return
        latest = datetime.date.today().year - YOUNGEST_AGE
        for pattern in (RACE_SEX_THEN_DATE, DATE_THEN_RACE_SEX):
            for match in pattern.finditer(text):
                year = _year_of(match["after"])
                if year is not None and year <= latest:
                    yield Finding(self.span_type, match.start("after"), match.end("after"), match["after"],
                                  self.name, score=0.8, explanation="a date beside a record's race and sex")

    def _after_name_and_comma(self, text: str) -> Iterator[Finding]:
        """A full date set after a name by a comma, old enough to be a birth date ("Keisha Vontrell,
        03-15-1989"); not after a weekday, a month or an event's name."""
        if "," not in text:
            return
        latest = datetime.date.today().year - YOUNGEST_AGE
        for comma, digit in _commas_before_digits(text):
            match = budget.match(NAME_COMMA_DATE, text, digit, min(len(text), digit + 12))
            if not match:
                continue
            word = text[max(0, comma - 30):comma].split()[-1:]
            if not word or word[0].lower() in WEEKDAYS_AND_MONTHS or word[0].lower() in EVENT_WORDS:
                continue
            year = _year_of(match["after"])
            if year is not None and year <= latest:
                yield Finding(self.span_type, match.start("after"), match.end("after"), match["after"],
                              self.name, score=0.75, explanation="a date set after a name")

    def _after_names(self, text: str) -> Iterator[Finding]:
        if "(" not in text:
            return
        latest = datetime.date.today().year - YOUNGEST_AGE
        for candidate in BRACKET_BEFORE_DATE.finditer(text):
            bracket = candidate.start()
            if not text[max(0, bracket - 2):bracket].rstrip()[-1:].isalpha():
                continue
            match = budget.match(NAME_THEN_DATE, text, bracket, min(len(text), bracket + 40))
            if match and (_year_of(match["after"]) or latest + 1) <= latest and not _after_event_word(text, bracket):
                yield Finding(self.span_type, match.start("after"), match.end("after"), match["after"],
                              self.name, score=0.8, explanation="a date in brackets after a name")


def _after_event_word(text: str, bracket: int) -> bool:
    words = text[max(0, bracket - 30):bracket].split()
    return bool(words) and words[-1].lower().strip("'’") in EVENT_WORDS


COMMA_THEN_DIGIT = re.compile(r",\s?(?=\d)")


def _commas_before_digits(text: str) -> Iterator[tuple[int, int]]:
    """Where each comma followed by a digit is, and where that digit is."""
    return (found.span() for found in COMMA_THEN_DIGIT.finditer(text))


def _year_of_alone(year: str) -> int | None:
    """'1985' -> 1985, "'88" -> 1988 (a two-digit year read as the latest past one)."""
    digits = year.lstrip("'")
    if not digits.isdigit():
        return None
    if len(digits) == 4:
        return int(digits)
    return _century_of(int(digits))


def _year_of(date: str) -> int | None:
    """The year a written date names, two-digit years read as the latest past one; None if it names none."""
    four = FOUR_DIGIT_YEAR.search(date)
    if four and (len(date) != 8 or not date.isdigit() or date.startswith(("19", "20"))):
        return int(four.group())
    digits = regex.findall(r"\d+", date)
    if len(digits) == 3 and len(digits[-1]) == 2:
        return _century_of(int(digits[-1]))
    if len(digits) == 1 and len(digits[0]) == 8:
        return int(digits[0][4:])
    return None


def _century_of(short: int) -> int:
    """A two-digit year read as the latest past one: 88 -> 1988, 05 -> 2005."""
    return 2000 + short if 2000 + short <= datetime.date.today().year else 1900 + short
