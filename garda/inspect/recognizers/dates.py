"""Dates of birth: a date only counts next to 'DOB', 'born', 'date of birth' and the like."""

from __future__ import annotations

import regex

from garda.inspect.recognizers.base import FLAGS, PatternRecognizer
from garda.inspect.spans import SpanType

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    r"|(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}"
    r"|" + MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH + r",?\s+(?:19|20)\d{2}"
    r"|\d{8}(?=\b))"
)
DOB_CUE = (
    r"(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s?date|birthday|born(?:\s+on)?|b\.|"
    r"age\s*/\s*dob(?:\s*:?\s*\d{1,3}\s*[/,]?)?)"
)


class DateOfBirthRecognizer(PatternRecognizer):
    name = "date_of_birth"
    span_type = SpanType.DATE_OF_BIRTH
    explanation = "a date next to 'DOB', 'born' or 'date of birth'"
    pattern = regex.compile(
        r"\b" + DOB_CUE + r"(?:\s*(?:is|was|of|[:=#\-]))?\s*\(?(?P<span>" + DATE + r")"
        r"|(?P<after>" + DATE + r")\s*\(\s*(?:dob|d\.o\.b\.?|date\s+of\s+birth)\s*\)",
        FLAGS)
    cues = frozenset({"dob", "d", "birth", "birthdate", "birthday", "born", "b", "age", "dobs"})
    window = (40, 60)
    score = 0.9

