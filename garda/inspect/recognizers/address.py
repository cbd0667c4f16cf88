"""Street addresses with a house number, and post-office boxes.

A street name alone ("on Capitol Drive"), a block ("the 2400 block of N 35th St")
and an intersection ("N 35th St and W Center St") are locations, not someone's
address, and are left alone.
"""

from __future__ import annotations

import re

import regex

from garda.inspect.recognizers.base import FLAGS, PatternRecognizer, window_before
from garda.inspect.spans import SpanType

YEAR = regex.compile(r"(?:19|20)\d{2}")

SUFFIX = (
    r"(?:st(?:reet)?|ave(?:nue)?|av|blvd|boulevard|r(?:oa)?d|dr(?:ive)?|l(?:a)?n|lane|ct|court|pl(?:ace)?|"
    r"way|pkwy|parkway|ter(?:race)?|cir(?:cle)?|hwy|highway|tr(?:ai)?l|sq(?:uare)?|aly|alley|"
    r"xing|loop|plaza|plz|pike|tpke|turnpike|expy|expressway)\.?"
)
DIRECTION = r"(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)\.?"
ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
NAME_WORD = r"(?-i:[A-Z][A-Za-z'’-]+|[A-Z]{2,})"
# Capitalized words, or a single lowercase one ("1200 w wells st"): sloppy text stays
# covered without "3 cars near the st..." turning into an address.
# Inside a street name: initials and small particles ("Cesar E. Chavez Dr", "Fond du Lac Ave").
NAME_LINK = r"(?:(?-i:[A-Z]\.)|(?-i:du|de|la|del|des|di|da|van|von|der|den|el|le)|st\.)"
STREET_NAME = (r"(?:(?:dr\.?\s+)?(?:martin\s+luther\s+king|mlk)(?:\s+jr\.?)?\s+|" + ORDINAL + r"\s+|"
               r"(?:" + NAME_WORD + r"\s+(?:" + NAME_LINK + r"\s+){0,2}){1,3}|[a-z][a-z'-]{2,}\s+)")
# After a direction ("5300 s cesar e. chavez dr", "1011 w fond du lac ave") lowercase words may run longer.
LOWER_STREET_NAME = (r"(?:(?!(?:the|to|on|at|of|in|and|or|for|with|from|by|into|onto|near|was|were|is|are|"
                     r"units?|officers?|squads?|cars?|people|blocks?)\s)[a-z][a-z'-]*\.?\s+){1,4}")
UNIT = r"(?:,?\s*(?:apt\.?|apartment|unit|suite|ste\.?|#|lower|upper|rear|fl(?:oor)?\.?)\s*#?\s*[A-Z0-9-]{0,6})"
LOCAL_CITY = (
    r"(?-i:Milwaukee|West Allis|Wauwatosa|Glendale|Greenfield|Shorewood|Cudahy|South Milwaukee|Oak Creek|"
    r"Brown Deer|Franklin|St\.? Francis|West Milwaukee|Whitefish Bay|Fox Point|Greendale|Hales Corners|"
    r"River Hills|Bayside|Madison|Racine|Kenosha|Waukesha|Menomonee Falls|Mequon|Brookfield|New Berlin)"
)
CITY_STATE_ZIP = (
    r"(?:,?\s+[A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){0,2},?\s+(?:WI|wisconsin|IL|MN|MI|IA)\b"
    r"(?:\s+\d{5}(?:-\d{4})?)?|,\s*(?:WI|wisconsin)\b(?:\s+\d{5}(?:-\d{4})?)?|\s+\d{5}(?:-\d{4})?(?!\d)"
    r"|,\s*" + LOCAL_CITY + r"\b(?:,?\s+(?:WI|wisconsin)\b)?(?:\s+\d{5}(?:-\d{4})?)?)"
)

# A government building's street address is public, not anyone's home.
PUBLIC_PLACE_BEFORE = regex.compile(
    r"\b(?:district(?:\s+\d+)?\s+station|police\s+(?:station|administration\s+building|headquarters)|"
    r"city\s+hall|court\s?house|safety\s+building|tow\s+lot|public\s+library|fire\s+station|"
    r"headquarters|(?:the\s+)?pab)\b[^.;\n]{0,20}$", FLAGS)
WORD_AFTER = re.compile(r"[A-Za-z]+")
# Words that follow a number but never begin a street name.
NOT_A_STREET = frozenset({
    "hours", "hrs", "hour", "block", "blk", "blocks", "years", "year", "yrs", "times", "minutes", "min", "mins",
    "seconds", "am", "pm", "a", "p", "for", "of", "and", "or", "to", "in", "at", "with", "people", "persons",
    "officers", "cars", "vehicles", "shots", "rounds", "feet", "ft", "inches", "in", "lbs", "pounds", "dollars",
    "percent", "days", "weeks", "months", "was", "were", "is", "are", "had", "has", "from", "by", "on", "total",
    "counts", "count", "suspects", "victims", "witnesses", "calls", "units", "squads", "kids", "children", "males",
    "females", "men", "women", "year-old", "yo", "x", "oz", "grams", "g", "mg", "miles", "mph", "degrees"})
# "W156N11500 ...", "2217-A W ...", "3321A W Lisbon Ave"
GRID_OR_UNIT_LETTER = regex.compile(r"(?-i:[NSEW]\d|-?[A-Z]\s)")
GRID_OR_UNIT_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ-")   # what GRID_OR_UNIT_LETTER starts with
BLOCK_AFTER = regex.compile(r"\s*(?:block|hundred|blk)\b", FLAGS)
YEARISH_BEFORE = regex.compile(r"\b(?:in|since|by|during|of|from|until|year|circa|fy|the)\s+$", FLAGS)


class StreetAddressRecognizer(PatternRecognizer):
    name = "street_address"
    span_type = SpanType.ADDRESS
    explanation = "a house number, a street name and a street type"
    pattern = regex.compile(
        r"(?<![\w#/.-])(?P<span>(?P<number>\d{1,6}[A-Z]?(?:-\d{1,4}|-[A-Z])?|[NSEW]\d{2,4}\s*[NSEW]\d{2,5})\s+"
        r"(?!block\b)(?:(?:" + DIRECTION + r"\s+)?" + STREET_NAME + r"|" + DIRECTION + r"\s+" + LOWER_STREET_NAME + r")"
        + SUFFIX +
        r"(?:\s+" + DIRECTION + r"(?![\w]))?" + UNIT + r"?" + CITY_STATE_ZIP + r"?)(?![\w])",
        FLAGS)
    around_digits = True
    anchored = True
    linear = True
    window = (0, 160)

    def keep_run(self, text: str, start: int, end: int) -> bool:
        if text[end:end + 1] in GRID_OR_UNIT_FIRST and GRID_OR_UNIT_LETTER.match(text, end):
            return True
        if not (end + 1 < len(text) and text[end] in " \t" and text[end + 1].isalnum()):
            return False
        following = WORD_AFTER.match(text, end + 1)
        return following is None or following.group().lower() not in NOT_A_STREET

    def anchors(self, text: str) -> list[int]:
        """At each house number; a grid address ("W156 N11500 ...") starts one letter earlier."""
        return [start - 1 if start and text[start - 1] in "NSEWnsew" else start for start in super().anchors(text)]
    score = 0.85

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        if PUBLIC_PLACE_BEFORE.search(window_before(text, match.start(), 60)):
            return None
        number = match["number"]
        if YEAR.fullmatch(number) and YEARISH_BEFORE.search(
                window_before(text, match.start(), 12)):
            return None
        if BLOCK_AFTER.match(text, match.end("number")):
            return None
        return self.score


class PostOfficeBoxRecognizer(PatternRecognizer):
    name = "po_box"
    span_type = SpanType.ADDRESS
    explanation = "a post-office box"
    pattern = regex.compile(
        r"\b(?P<span>(?:p\.?\s?o\.?|post\s+office)\s*box\s+#?\s*\d{1,7}"
        r"(?:" + CITY_STATE_ZIP + r")?)(?![\w])", FLAGS)
    cues = frozenset({"box"})
    window = (20, 80)
    score = 0.9


class CuedAddressRecognizer(PatternRecognizer):
    """A house number and street name without a street type, after 'lives at', 'address' and the like."""

    name = "cued_address"
    span_type = SpanType.ADDRESS
    explanation = "a house number and street name after 'lives at', 'resides at' or 'address'"
    pattern = regex.compile(
        r"\b(?:lives|living|resides|residing|stays|staying|moved|home|residence|address|addr|adr)\b[^\d\n]{0,16}?"
        r"(?P<span>\d{1,6}(?:[A-Z]|-[A-Z])?\s+(?:" + DIRECTION + r"\s+)?(?:" + ORDINAL + r"|" + NAME_WORD + r")"
        r"(?:\s+" + NAME_WORD + r")?(?:" + UNIT + r")?)(?![\w])", FLAGS)
    cues = frozenset({"lives", "living", "resides", "residing", "stays", "staying", "moved", "home", "residence",
                      "address", "addr", "adr"})
    anchored = True
    linear = True
    window = (0, 90)
    digit_within = 20
    score = 0.75

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        if BLOCK_AFTER.match(text, match.start("span") + len(match["span"].split()[0])):
            return None
        return self.score
