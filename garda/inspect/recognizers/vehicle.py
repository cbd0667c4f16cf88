"""Vehicle identification numbers (check digit) and licence plates (context)."""

from __future__ import annotations

import regex

from garda.inspect.recognizers.base import FLAGS, PatternRecognizer
from garda.inspect.spans import SpanType

YEAR = regex.compile(r"(?:19|20)\d{2}")

VIN_VALUES = {**{str(d): d for d in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
              "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_valid(vin: str) -> bool:
    vin = vin.upper()
    if len(vin) != 17 or any(c not in VIN_VALUES for c in vin):
        return False
    total = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS))
    check = total % 11
    return vin[8] == ("X" if check == 10 else str(check))


class VinRecognizer(PatternRecognizer):
    name = "vin"
    span_type = SpanType.VIN
    explanation = "17 characters (no I, O, Q) whose ninth is a valid check digit"
    pattern = regex.compile(r"(?<![\w-])(?P<span>[A-HJ-NPR-Z0-9]{17})(?![\w-])", FLAGS)
    around_digits = True
    window = (17, 17)

    def keep_run(self, text: str, start: int, end: int) -> bool:
        left, right = start, end
        while left > 0 and text[left - 1].isalnum() and start - left <= 17:
            left -= 1
        while right < len(text) and text[right].isalnum() and right - end <= 17:
            right += 1
        return right - left == 17

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        vin = match["span"]
        if vin.isdigit() or vin.isalpha() or not vin_valid(vin):
            return None
        return 0.95


PLATE_CONTEXT = (
    r"(?:(?:plates?|plts?\.?|tags?|registration|reg\.?|lic\.?|LIC/|LP)"
    r"(?:\s+(?:number|no\.?|num|#|of|reads?|was|is|shows?|displaying|bearing|reading))*"
    r"\s*[:#/]?\s*(?:(?:WI|IL|MN|MI|IA|IN|OH|wisconsin|illinois|minnesota|michigan|iowa|indiana|ohio)\b\.?\s*[:#/-]?\s*)?)"
)
PLATE_TOKEN = (
    r"(?P<span>[A-Z]{3}[- ]?\d{3,4}|[A-Z]{2}[- ]?\d{4,5}|\d{3}[- ]?[A-Z]{3}|\d{1,3}[- ]?[A-Z]{1,3}[- ]?\d{1,4}"
    r"|(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{2,4}-?[A-Z0-9]{2,4}|\d{4,7})"
)


class LicensePlateRecognizer(PatternRecognizer):
    """A plate after 'plate', 'tag', 'registration', 'WI plate', 'LIC/' and the like."""

    name = "license_plate"
    span_type = SpanType.LICENSE_PLATE
    explanation = "a plate number after a plate, tag or registration word"
    pattern = regex.compile(PLATE_CONTEXT + PLATE_TOKEN + r"(?![\w-])", FLAGS)
    cues = frozenset({"plate", "plates", "plt", "plts", "tag", "tags", "registration", "reg", "lic", "lp"})
    window = (0, 70)
    anchored = True
    linear = True
    digit_within = 45

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        token = match["span"]
        if YEAR.fullmatch(token):
            return None
        return 0.85
