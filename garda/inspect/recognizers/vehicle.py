"""Vehicle identification numbers (check digit) and licence plates (context)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from garda.inspect import budget
from garda.inspect.recognizers.base import DIGIT, FLAGS, PatternRecognizer
from garda.inspect.spans import Finding, SpanType
from garda.inspect.windows import index_of, word_end

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
    linear = True

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
    r"(?:(?:plates?|plts?\.?|tags?|registration|reg\.?|lic\.?|LIC/|LP|a?lpr)"
    r"(?:\s+(?:number|no\.?|num|#|of|reads?|was|is|shows?|displaying|bearing|reading|hit|alert|read|on|for))*"
    r"\s*[:#/]?\s*(?:(?:WI|IL|MN|MI|IA|IN|OH|wisconsin|illinois|minnesota|michigan|iowa|indiana|ohio)\b\.?\s*[:#/-]?\s*)?)"
)
PLATE_TOKEN = (
    r"(?P<span>[A-Z]{3}[- ]?\d{3,4}|[A-Z]{2}[- ]?\d{4,5}|\d{3}[- ]?[A-Z]{3}|\d{1,3}[- ]?[A-Z]{1,3}[- ]?\d{1,4}"
    r"|(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{2,4}-?[A-Z0-9]{2,4}|\d{4,7})"
)


# Without a plate word, only the common plate shapes (ABC-1234, ABC 123, 123-ABC), in capitals,
# a few words after a vehicle word: "veh XYJ7399", "a black Charger RRU-6285", "his car (548-KFN)".
VEHICLE_CUES = frozenset({
    "veh", "vehicle", "vehicles", "car", "truck", "van", "suv", "sedan", "coupe", "pickup", "minivan", "hatchback",
    "motorcycle", "auto", "stop", "towed", "impounded", "drives", "drove", "driving", "parked", "registered",
    "charger", "impala", "malibu", "altima", "sentra", "maxima", "camry", "corolla", "accord", "civic", "fusion",
    "focus", "explorer", "escape", "tahoe", "suburban", "silverado", "equinox", "cruze", "durango", "challenger",
    "jeep", "wrangler", "cherokee", "caravan", "odyssey", "sienna", "elantra", "sonata", "optima", "soul", "rogue",
    "pathfinder", "rav4", "crv", "cr-v", "f150", "ram", "taurus", "mustang", "camaro", "grand", "prius", "jetta",
    "passat", "outback", "forester", "escalade", "yukon", "lumina", "buick", "lesabre", "cadillac", "lexus",
    "chevy", "chevrolet", "ford", "dodge", "chrysler", "toyota", "honda", "nissan", "hyundai", "kia", "bmw",
    "mercedes", "audi", "volkswagen", "vw", "subaru", "mazda", "infiniti", "acura", "lincoln", "gmc", "pontiac",
})
VEHICLE_THEN_PLATE = regex.compile(
    r"[A-Za-z0-9-]+(?:\s+(?:[a-z]+|[A-Z][a-z]+|\d{4})){0,3}?[\s,:]*\(?\s*(?:(?-i:WI|IL|MN|MI|IA|IN|OH)\s+)?"
    r"(?-i:(?P<plate>[A-Z]{3}[- ]?\d{3,4}|\d{3}[- ]?[A-Z]{3}))(?![\w-])")
# Capital words of three letters that take a number after them in police text.
NOT_PLATE_LETTERS = frozenset({"SOP", "MCO", "CAD", "RMS", "DOB", "SID", "FBI", "NIC", "OLN", "ARR", "CHG", "WIS",
                               "USC", "ORD", "SEC", "APT", "STE", "HWY", "RTE", "CTY", "LOT", "BOX", "EXT", "VIN"})


def _plate_shaped(plate: str) -> bool:
    letters = "".join(c for c in plate if c.isalpha())
    digits = "".join(c for c in plate if c.isdigit())
    return letters not in NOT_PLATE_LETTERS and not (" " in plate and YEAR.fullmatch(digits))


class LicensePlateRecognizer(PatternRecognizer):
    """A plate after 'plate', 'tag', 'registration', 'WI plate', 'LIC/' and the like."""

    name = "license_plate"
    span_type = SpanType.LICENSE_PLATE
    explanation = "a plate number after a plate, tag or registration word"
    pattern = regex.compile(PLATE_CONTEXT + PLATE_TOKEN + r"(?![\w-])", FLAGS)
    cues = frozenset({"plate", "plates", "plt", "plts", "tag", "tags", "registration", "reg", "lic", "lp", "lpr", "alpr"})
    window = (0, 70)
    anchored = True
    linear = True
    digit_within = 45

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        token = match["span"]
        if YEAR.fullmatch(token):
            return None
        return 0.85

    def find(self, text: str) -> Iterator[Finding]:
        yield from super().find(text)
        index = index_of(text)
        for position in index.positions(VEHICLE_CUES):
            if DIGIT.search(text, position, position + 45) is None:
                continue
            match = budget.match(VEHICLE_THEN_PLATE, text, position, word_end(text, min(len(text), position + 60)),
                                 linear=True)
            if match and _plate_shaped(match["plate"]):
                yield Finding(self.span_type, match.start("plate"), match.end("plate"), match["plate"], self.name,
                              score=0.75, explanation="a plate-shaped number right after a vehicle word")
