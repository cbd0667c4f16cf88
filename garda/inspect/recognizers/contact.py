"""Phone numbers (validated with phonenumbers) and e-mail addresses."""

from __future__ import annotations

from collections.abc import Iterator

import re

import phonenumbers
import regex

from garda.inspect import budget
from garda.inspect.recognizers.base import FLAGS, PatternRecognizer, digit_regions, merged, window_after, window_before
from garda.inspect.recognizers.leads import matches_in_regions
from garda.inspect.windows import index_of, word_end
from garda.inspect.spans import Finding, SpanType

PHONE_CANDIDATE = regex.compile(
    r"(?<![\w+/.-])(?P<span>"
    r"(?P<intl>\+\d{1,3}[ .-]?(?:\(\d{1,4}\)|\d{1,4})(?:[ .-]?\d{2,4}){2,4})"
    r"|(?:(?:\+?1[ .-]?)?(?:\((?P<area1>\d{3})\)\s?|(?P<area2>\d{3})(?P<sep>[ .-]|\s-\s))"
    r"\d{3}(?:[ .-]|\s-\s)?\d{4})"
    r"|\d{3}/\d{3}-\d{4}"                    # "414/555-0155", as some forms write it
    r"|(?P<bare>1?\d{10})"
    r"|(?P<local>[2-9]\d{2}-\d{4})"
    r")(?![\w-]|\.\d)(?:\s*(?:x|ext\.?|extension)\s*\d{1,5})?",
    regex.IGNORECASE)
# Where a PHONE_CANDIDATE can begin: '+', '(' or a digit (any non-ASCII character may be one) that
# follows no letter, digit, '_', '+', '/', '.' or '-'.
PHONE_START = re.compile(r"[+(0-9\x80-\U0010ffff](?<![A-Za-z0-9_+/.-][\s\S])")
PHONE_CONTEXT = regex.compile(
    r"\b(?:phone|ph|cell|cellphone|mobile|tel|telephone|call(?:ed)?|text(?:ed)?|number|no|#|contact|"
    r"reach(?:ed)?|fax|home|work|landline|voicemail|c|h|w|m)\b\s*[:#.]?\s*$", FLAGS)
# A seven-digit local number has no area code to check; after these words it is something else.
CASE_WORD_BEFORE = regex.compile(
    r"(?:\b(?:case|incident|inc|report|citation|cite|ticket|arrest|booking|warrant|file|docket|ordinance|mco|sop|"
    r"stat|statute|section|room|suite|apt|unit|order|invoice|part|model|item|badge|squad|account|acct|card|"
    r"routing|serial|tracking|sid|fbi|nic|ncic|dl|oln|ssn|vin|plate|tag|inmate|doc)"
    r"(?:\s*(?:number|num|no\.?|nbr|#|is|was|:))*|^\W*(?:no\.?|#))\W*$", FLAGS)
PUBLIC_LINE_CUES = frozenset({"non", "nonemergency", "hotline", "tip", "tipline", "crime", "crimestoppers", "public",
                              "main", "switchboard", "front", "dispatch", "department", "departments", "district",
                              "records"})
PUBLIC_LINE = regex.compile(
    r"non-?\s?emergenc(?:y|ies)|hotline|tip\s?line|crime\s?stoppers|public\s+(?:line|number|information)|"
    r"main\s+(?:line|number)|switchboard|front\s+desk|dispatch\s+line|department'?s\s+(?:line|number)|"
    r"district\s+(?:station|front\s+desk|line)|records\s+(?:unit|division|line)",
    FLAGS)
PUBLIC_LINE_WORDS = ("non", "hotline", "tip", "crime", "public", "main", "switchboard", "front", "dispatch",
                     "department", "district", "records")   # one opens every PUBLIC_LINE alternative


class PhoneRecognizer:
    """North American shapes and +country numbers; bare 10 digits need a phone word before."""

    name = "phone"
    span_types = (SpanType.PHONE,)

    def find(self, text: str) -> Iterator[Finding]:
        regions = digit_regions(text, 7, (6, 16), _long_enough)
        public_lines = index_of(text).has_any(PUBLIC_LINE_CUES)
        for match in matches_in_regions(PHONE_CANDIDATE, PHONE_START, text, regions, linear=True):
            candidate = match["span"]
            before = window_before(text, match.start(), 40)
            score = 0.85
            if match["bare"] and not PHONE_CONTEXT.search(before[-25:]):
                # Ten digits nothing else explains (not after a case, account or record word) are a phone.
                if CASE_WORD_BEFORE.search(before[-30:]) or not self._possible(candidate):
                    continue
                score = 0.6
            if match["local"]:
                if CASE_WORD_BEFORE.search(before):
                    continue
            elif not self._possible(candidate):
                continue
            if public_lines and (_names_public_line(before) or _names_public_line(window_after(text, match.end(), 30))):
                continue
            start, end = match.span()
            yield Finding(SpanType.PHONE, start, end, match.group(), self.name, score=score,
                          explanation="a telephone number the phonenumbers library accepts")

    @staticmethod
    def _possible(candidate: str) -> bool:
        """North American numbers by the numbering-plan rules; anything else through phonenumbers.

        For a +1 or undecorated ten-digit number, phonenumbers only checks the length;
        the area code and exchange rules below are the real test, and skipping its
        parser saves most of the recognizer's time.
        """
        digits = "".join(c for c in candidate if c.isdigit())
        if not candidate.lstrip().startswith("+") or candidate.lstrip().startswith("+1"):
            if len(digits) == 11 and digits[0] == "1":
                digits = digits[1:]
            if len(digits) == 10:
                return digits[0] not in "01" and digits[3] not in "01"
        try:
            number = phonenumbers.parse(candidate, "US")
        except phonenumbers.NumberParseException:
            return False
        if not phonenumbers.is_possible_number(number):
            return False
        national = str(number.national_number)
        if number.country_code == 1:
            return len(national) == 10 and national[0] not in "01" and national[3] not in "01"
        return phonenumbers.is_valid_number(number)


def _names_public_line(window: str) -> bool:
    """PUBLIC_LINE.search, skipped on an ASCII window that holds none of the words it starts with."""
    if window.isascii():
        lower = window.lower()
        if not any(word in lower for word in PUBLIC_LINE_WORDS):
            return False
    return PUBLIC_LINE.search(window) is not None


def _long_enough(text: str, start: int, end: int) -> bool:
    """Seven digits without a slash between them (dates are written with slashes, phones never)."""
    run = text[start:end]
    if "/" not in run:
        return True
    return any(sum(c.isdigit() for c in part) >= 7 for part in run.split("/"))


EMAIL = re.compile(
    r"(?<![\w.+-])[^\W_][\w.%+-]{0,63}@[A-Za-z0-9][A-Za-z0-9-]{0,62}"   # local part may hold 'ł', 'é'...
    r"(?:\.[A-Za-z0-9][A-Za-z0-9-]{0,62})*\.[A-Za-z]{2,24}(?![\w-])")


class EmailRecognizer:
    """An e-mail address, looked for only around each '@'.

    The pattern is bounded and unambiguous enough to run on the standard engine, which
    is several times faster than ``regex`` on text full of '@'.
    """

    name = "email"
    span_types = (SpanType.EMAIL,)

    def find(self, text: str) -> Iterator[Finding]:
        for start, end in merged(self._windows(text)):
            budget.remaining()
            for match in EMAIL.finditer(text, start, end):
                yield Finding(SpanType.EMAIL, match.start(), match.end(), match.group(), self.name,
                              score=0.95, explanation="an e-mail address")

    @staticmethod
    def _windows(text: str) -> Iterator[tuple[int, int]]:
        """``[at - 64, word_end(at + 256))`` around each '@', overlapping ones joined. The end only
        grows with ``at``, so a run of '@'s whose windows join ends where the last one's ends:
        jump straight to the last '@' the current window reaches."""
        at = text.find("@")
        while at != -1:
            start = max(0, at - 64)
            end = word_end(text, min(len(text), at + 256))
            reached = text.rfind("@", at + 1, end + 65)   # windows starting at or before end join
            while reached != -1:
                at = reached
                end = word_end(text, min(len(text), at + 256))
                reached = text.rfind("@", at + 1, end + 65)
            yield start, end
            at = text.find("@", end + 65)


class ObfuscatedEmailRecognizer(PatternRecognizer):
    """An address written out to dodge filters: "jane [at] example [dot] org", "jane at example dot org"."""

    name = "obfuscated_email"
    span_type = SpanType.EMAIL
    explanation = "an e-mail address with 'at' and 'dot' written out"
    pattern = regex.compile(
        r"(?<![\w.+-])(?P<span>[A-Z0-9][A-Z0-9._%+-]{0,63}\s*(?:\[at\]|\(at\)|\{at\}|<at>|\s+at\s+)\s*"
        r"[A-Z0-9][A-Z0-9-]{0,62}(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|<dot>|\s+dot\s+|\.)\s*[A-Z0-9][A-Z0-9-]{0,62})*?"
        r"\s*(?:\[dot\]|\(dot\)|\{dot\}|<dot>|\s+dot\s+)\s*(?:com|org|net|edu|gov|us|io|info|biz|co|mil|me|uk|ca|mx|de))"
        r"(?![\w-])", FLAGS)
    cues = frozenset({"dot"})
    window = (90, 20)
    score = 0.8
