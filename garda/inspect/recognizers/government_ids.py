"""Social Security numbers and driver licences."""

from __future__ import annotations

import regex

from collections.abc import Iterable

from garda.inspect.recognizers.base import FLAGS, PatternRecognizer, cue_regions, digit_regions, window_before
from garda.inspect.spans import SpanType

SSN_CONTEXT = regex.compile(
    r"\b(?:ssn|ss\s*#|ss\s*no|soc(?:ial)?\.?\s*sec(?:urity)?|ssa|tin|taxpayer)\b", FLAGS)
PHONE_WORD_BEFORE = regex.compile(r"\b(?:call|phone|cell|tel|fax|text|dial|ext)\b\W*$", FLAGS)
DL_CONTEXT = regex.compile(
    r"\b(?:d\.?\s?l\.?|oln|driver'?s?\s+licen[cs]e|driving\s+licen[cs]e|licen[cs]e\s+(?:no|number|#)|"
    r"state\s+id|id\s+card|operator'?s?\s+licen[cs]e)\b", FLAGS)


def valid_ssn(area: str, group: str, serial: str) -> bool:
    return (area not in ("000", "666") and not area.startswith("9")
            and group != "00" and serial != "0000")


class SsnRecognizer(PatternRecognizer):
    """3-2-4 digits with SSA area/group/serial rules; an undivided 9 digits needs context."""

    name = "ssn"
    span_type = SpanType.SSN
    explanation = "nine digits in Social Security number form with a valid area, group and serial"
    pattern = regex.compile(
        r"(?<![\w-])(?P<span>(?P<area>\d{3})(?P<sep>[- ]?)(?P<group>\d{2})(?P=sep)(?P<serial>\d{4}))(?![\w-])",
        0)
    around_digits = True
    min_digits = 9
    linear = True
    window = (1, 2)

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        if not valid_ssn(match["area"], match["group"], match["serial"]):
            return None
        before = window_before(text, match.start(), 40)
        has_context = SSN_CONTEXT.search(before) is not None
        if match["sep"] == "-":
            if has_context:
                return 0.95
            return None if PHONE_WORD_BEFORE.search(before) else 0.8
        return 0.9 if has_context else None


class DriverLicenseRecognizer(PatternRecognizer):
    """Wisconsin form (a letter and 13 digits, dashed or not); other forms need context."""

    name = "driver_license"
    span_type = SpanType.DRIVER_LICENSE
    explanation = "a driver licence number (Wisconsin form, or after 'DL' / 'driver's license')"
    pattern = regex.compile(
        r"(?<![\w-])(?P<span>(?P<wi>[A-Z]\d{3}(?P<sep>[- ]?)\d{4}(?P=sep)\d{4}(?P=sep)\d{2})"
        r"|(?P<other>[A-Z]{0,2}\d[\dA-Z-]{4,16}\d))(?![\w-])",
        FLAGS)
    cues = frozenset({"dl", "d", "oln", "driver", "drivers", "driving", "license", "licence", "state", "id",
                      "operator", "operators"})
    window = (2, 60)
    linear = True

    def regions(self, text: str) -> Iterable[tuple[int, int]]:
        """Around the cues, and around any run of 13 digits (the Wisconsin form needs no cue)."""
        return [*cue_regions(text, self.cues, self.window), *digit_regions(text, 13, (2, 2))]

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        if match["wi"]:
            return 0.9
        digits = sum(c.isdigit() for c in match["other"])
        if digits < 5:
            return None
        context = window_before(text, match.start(), 30)
        cue = None
        for cue in DL_CONTEXT.finditer(context):
            pass
        # "DL S032-... / CITED MC763518": a number in between means the cue was about that one.
        if cue is not None and not any(c.isdigit() for c in context[cue.end():]):
            return 0.75
        return None

