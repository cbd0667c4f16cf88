"""Dates of birth: a date only counts next to 'DOB', 'born', 'date of birth' and the like."""

from __future__ import annotations

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
    r"(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s?date|birthday|born(?:\s+on)?|"
    r"age\s*/\s*dob(?:\s*:?\s*\d{1,3}\s*[/,]?)?)"
)
DATE_THEN_CUE = regex.compile(
    r"(?<![\w/.-])(?P<after>" + DATE + r")\s*\(\s*(?:dob|d\.o\.b\.?|date\s+of\s+birth)\s*\)", re.IGNORECASE)


class DateOfBirthRecognizer(PatternRecognizer):
    """A date right after a birth cue ("DOB 03/14/1988"), or right before "(DOB)"."""

    name = "date_of_birth"
    span_type = SpanType.DATE_OF_BIRTH
    explanation = "a date next to 'DOB', 'born' or 'date of birth'"
    pattern = regex.compile(
        r"\b" + DOB_CUE + r"(?:\s*(?:is|was|of|[:=#/\-]))?\s*\(?(?P<span>" + DATE + r")", FLAGS)
    cues = frozenset({"dob", "d", "date", "birth", "birthdate", "birthday", "born", "age", "dobs"})
    window = (0, 60)
    anchored = True
    linear = True
    digit_within = 50
    score = 0.9

    def find(self, text: str) -> Iterator[Finding]:
        yield from super().find(text)
        index = index_of(text)
        for start, end in index.windows_at(index.positions(("dob", "birth")), 32, 8):
            if text.find("(", start, end) == -1:   # DATE_THEN_CUE holds a "("
                continue
            for match in budget.finditer(DATE_THEN_CUE, text, start, end):
                yield Finding(self.span_type, match.start("after"), match.end("after"), match["after"],
                              self.name, score=self.score, explanation=self.explanation)
