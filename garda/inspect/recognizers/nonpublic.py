"""Non-public information of SOP 682.05 C: informants and planned operations.

CONFIDENTIAL_SOURCE: an informant's number or identity ("CI #4471", "confidential
informant Marcus"). A bare mention of informants in general is not a finding.

TACTICAL: a planned operation tied to a time or a place ("the warrant service at
2417 N 35th St tomorrow at 0500"), a surveillance post, an undercover identity.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_right
from collections.abc import Iterator

import regex

from garda.inspect import budget
from garda.inspect.classifiers.literals import guard_of, is_plain, leading_literals, start_scanner
from garda.inspect.recognizers.base import FLAGS, PatternRecognizer
from garda.inspect.spans import SpanType
from garda.inspect.windows import index_of, merged

SOURCE_WORD = (
    r"(?:confidential\s+(?:informant|source|human\s+source|reliable\s+informant)|(?:reliable\s+)?informant|"
    r"cooperating\s+(?:witness|source|individual|defendant)|source\s+of\s+information|snitch)"
)
SOURCE_ABBREVIATION = r"(?-i:C\.?I\.?|C\.?S\.?|CRI|CHS|SOI|CW)"
SOURCE_NAME = r"(?-i:[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’-]+)?)"
QUOTED_ALIAS = r"[\"'“‘][^\"'“”‘’\n]{1,30}[\"'”’]"
NAME_TAIL = regex.compile(r"[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’-]+)?$")
NOT_A_NAME = regex.compile(
    r"(?:The|A|An|And|Or|But|Said|Says|Stated|Told|Reported|Was|Is|Who|That|Which|Will|Would|"
    r"Has|Had|Program|Programs|Policy|Policies|Files?|Management|Payments?|Unit|Handler|Agreement)\b")


class SourceNumberRecognizer(PatternRecognizer):
    """An informant's number written as one word: "CS7336", "CI-4471"."""

    name = "source_number"
    span_type = SpanType.CONFIDENTIAL_SOURCE
    explanation = "an informant's number"
    pattern = regex.compile(r"(?<![\w-])(?P<span>(?-i:CI|CS|CRI|CHS)-?\d{3,7})(?![\w-])", FLAGS)
    around_digits = True
    min_digits = 3
    window = (5, 2)
    score = 0.85

    def _matches(self, text: str) -> Iterator[regex.Match[str]]:
        """As the base class does, skipping the regions with no capital C: every match opens with one."""
        if "C" not in text:
            return
        for start, end in merged(sorted(self.regions(text))):
            if text.find("C", start, end) != -1:
                yield from budget.finditer(self.pattern, text, start, end)


class ConfidentialSourceRecognizer(PatternRecognizer):
    name = "confidential_source"
    span_type = SpanType.CONFIDENTIAL_SOURCE
    explanation = "an informant's number or identity"
    pattern = regex.compile(
        r"\b(?P<span>(?:" + SOURCE_WORD + r"|(?:(?:source|informant)\s+)?" + SOURCE_ABBREVIATION + r")"
        r"(?:\s*\(?\s*(?:#|no\.?|number|num|id|:|-)){1,2}\s*[A-Z]{0,3}-?\d{1,7}\)?(?![\w-])"
        r"|" + SOURCE_WORD + r"\s+(?:\d{1,7}|" + SOURCE_NAME + r"|(?:known\s+as|aka|a\.k\.a\.|named|called|goes\s+by|"
        r"code\s?name(?:d)?)\s+(?:" + QUOTED_ALIAS + r"|" + SOURCE_NAME + r"))"
        r"|" + SOURCE_ABBREVIATION + r"\s+(?:goes\s+by|known\s+as|called|named|code\s?named)\s+(?:" + QUOTED_ALIAS
        + r"|" + SOURCE_NAME + r")"
        r"|(?<=\b(?:our|my|the|his|her)\s+)(?:informant|CI|source)\s*,?\s+" + QUOTED_ALIAS + r"(?=\s*,)"
        r"|" + SOURCE_ABBREVIATION + r"\s+(?:\d{2,7}|" + SOURCE_NAME + r")(?=[\s,.;:)]|$)"
        r"|(?:our|my|the|his|her)\s+(?:informant|CI|source)\s*,?\s+" + SOURCE_NAME + r"(?=\s*,)"
        r"|(?<=\b(?:our|my|his|her)\s+)(?:informant|CI|source)\s*,\s*" + SOURCE_NAME + r"(?=\s*,)"
        r"|" + SOURCE_WORD + r"\s*,\s*" + SOURCE_NAME + r"(?=\s*,)"
        r"|(?:ci|cs)\s*#\s*\d{2,7}(?![\w-])"
        r"|(?:working|cooperating|worked|cooperated)\s+(?:for|with)\s+(?:us|me|the\s+(?:unit|squad|department|task\s+force|"
        r"district)|mpd|vice|narcotics|dea|atf|fbi)\b[^.!?\n]{0,40}?\bas\s+(?:a|an|our|my)\s+(?:paid\s+|registered\s+|"
        r"confidential\s+|documented\s+)?(?:source|informant|CI|cooperator|snitch)\b"
        r"|(?:paid|registered|documented)\s+(?:source|informant|CI|cooperator)\s+(?:since|for|who|named)\b[^.!?\n]{0,40})",
        FLAGS)
    cues = frozenset({"confidential", "informant", "informants", "cooperating", "source", "snitch", "ci", "c",
                      "working", "worked", "cooperated", "paid", "registered", "documented",
                      "cs", "cri", "chs", "soi", "cw", "reliable"})
    window = (0, 100)
    anchored = True
    linear = True
    score = 0.9

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        tail = NAME_TAIL.search(match["span"])
        if tail and NOT_A_NAME.match(tail.group()) and not any(c.isdigit() for c in match["span"]):
            return None
        return self.score


OPERATION = (
    r"(?:(?:search|arrest|no-?knock|knock\s+and\s+announce)\s+warrant(?:\s+service)?|warrant\s+(?:service|sweep|entry)|"
    r"raid|(?:dynamic\s+|forced\s+)?entry|buy[- ]bust|controlled\s+(?:buy|purchase|delivery)|sting|takedown|"
    r"(?:undercover|uc|hand-to-hand|narcotics|drug)\s+(?:buy|purchase|deal|meet)|"
    r"(?:plainclothes|plain-clothes|unmarked|undercover|surveillance)\s+(?:units?|cars?|vans?|officers|teams?|vehicles?|squads?)"
    r"\s+(?:(?:will\s+)?(?:be\s+)?(?:in|on|at|near|outside|behind|across|posted|parked|sitting|staged|set\s+up|watch(?:ing)?|"
    r"sit(?:ting)?)\b)|"
    r"ops?\s+plan|(?:we|team|units?|squads?|swat|srt|officers)\s+(?:will|are\s+going\s+to|plan\s+to|'ll)\s+"
    r"(?:hit|raid|breach|serve|execute|enter|take\s+down)|"
    r"round-?up|sweep|tac(?:tical)?\s+(?:op|operation|plan)|operation\s+(?-i:[A-Z][a-z]+)|op\s?plan|"
    r"surveillance\s+(?:post|position|point|team|van|vehicle|detail|op(?:eration)?)|observation\s+post|"
    r"(?:swat|srt|tactical\s+enforcement\s+unit|tact|tru)\s+(?:team\s+)?(?:will|is\s+going|goes|deploy|entry|hit)|"
    r"stake-?out|staging\s+(?:area|point|location)|knock[- ]and[- ]talk|hit\s+time|"
    r"(?:hit(?:ting)?|breach(?:ing)?|serv(?:e|ing)|execut(?:e|ing)|rais?d(?:ing)?)\s+(?:the\s+|that\s+)?"
    r"(?:house|residence|apartment|apt|location|address|spot|trap(?:\s+house)?|door|warrant|place)|"
    r"(?:we|team|units?|squads?|officers)\s+(?:will\s+|are\s+going\s+to\s+)?stage\s+(?:at|in|behind|near)|"
    r"set\s+up\s+(?:surveillance|on\s+the\s+(?:house|residence|target)|across\s+from|outside)|"
    r"(?:uc|undercover|ci|informant)\s+(?:will\s+)?(?:meet|buy\s+from|purchase\s+from|wear\s+a\s+wire)|"
    r"(?:we(?:['’]re|\s+are)?|team|units?|squads?|officers|swat|srt)\s+(?:going|will\s+go|goes|go)\s+in\b|"
    r"sit(?:ting)?\s+on\s+(?:the|his|her|their|that)\s+(?:house|residence|apartment|spot|place|address|target|car|alley|"
    r"corner|lot|block|building)|"
    r"decoy\s+(?:car|vehicle|officer|operation|op)|bait\s+(?:car|vehicle|bike|package)|"
    r"warrant\s+(?:will\s+be|is\s+(?:going\s+to\s+be|being|to\s+be)|gets)\s+(?:served|executed)|"
    r"(?:we|team|units?|squads?|officers|detectives?|swat|srt)\s+(?:will|plan\s+to|are\s+going\s+to|intend\s+to|'ll)\s+"
    r"(?:arrest|grab|pick\s+up|detain|take)\s+(?:him|her|them|the\s+(?:suspect|target|subject))|"
    r"the\s+(?:buy|deal|meet|handoff|hand-off|exchange)\s+(?:is|was)\s+(?:scheduled|set|planned|going\s+down|happening)|"
    r"(?:our\s+(?:guys|people|officers|units?|team)|officers|units?|detectives|we)\s+(?:will\s+be|are\s+going\s+to\s+be)\s+"
    r"(?:posted|positioned|stationed|parked|sitting|set\s+up|staged)\b)"
)
WHEN_OR_WHERE = (
    r"(?:tomorrow|tonight|this\s+(?:morning|afternoon|evening|weekend)|next\s+(?:week|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"at\s+(?:[01]?\d|2[0-3])[0-5]\d(?:\s*(?:hours|hrs))?\b|at\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|"
    r"(?:at|on|near|outside|across\s+from|behind)\s+(?:the\s+)?\d{1,6}\s+(?:[NSEW]\.?\s+)?[\w.]+"
    r"(?:\s+(?-i:St|Ave|Av|Blvd|Rd|Dr|Ct|Pl|Ln|Pkwy|Hwy|Way|Street|Avenue|Road|Drive|Court|Place|Lane)\b"
    r"(?:\.?,?\s+(?:#\s?[\w-]+|(?:apt|unit|suite|ste)\.?\s*#?\s*[\w-]+))?)?"
    r"|(?:until|till|from|by)\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)"
    r"|(?:scheduled|planned|set)\s+for\s+(?:the\s+)?\S+"
    r"|at\s+(?:dawn|daybreak|first\s+light|sunrise|midnight|noon)"
    r"|(?:from|until|starting(?:\s+at)?|beginning(?:\s+at)?)\s+(?:(?:[01]?\d|2[0-3])[0-5]\d\b|midnight|noon|dawn|"
    r"dusk|sundown|sunset|sunrise)"
    r"|(?:block\s+of|blk\s+of)\s+\d{1,6}\b"
    r"|(?:in|on|at)\s+the\s+\d{3,5}(?:\s*(?:to|-|through|and)\s*\d{3,5})?\s+blocks?\s+of\s+(?:[NSEW]\.?\s+)?\w+"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|night|evening|afternoon))?)"
)
# What a team will do, or does next in the present tense: "will hit", "execute the warrant".
PLAN_VERB = (r"(?:will|are\s+going\s+to|plan\s+to|intend\s+to)\s+(?:hit|raid|serve|execute|enter|breach|take\s+down)|"
             r"(?:serve|execute|raid|breach)\s+(?:the|a|our)\s+(?:search\s+|arrest\s+|no-?knock\s+)?(?:warrant|house|residence|"
             r"apartment|door)")
# The rest of the plan's time window belongs to it: "from 0600 to 1400", "until the target leaves".
WINDOW_TAIL = (
    r"(?:\s*(?:to|until|till|through|-)\s*(?:[01]?\d|2[0-3])[0-5]\d\b)?"
    r"(?:,?\s+(?:until|once|when|as\s+soon\s+as|after|before)\s+(?:the\s+)?(?:target|suspect|subject|he|she|they)\b"
    r"[^.;!?\n,]{0,60})?"
)
# After the plan's last time or place, the time and the place that go with it: "Thursday 1400 at the
# Citgo on Fond du Lac", "Friday morning at the duplex on Keefe" (words of a place name are capitalized).
PLACE_TAIL = (
    r"(?:\s+(?:(?:[01]?\d|2[0-3])[0-5]\d\b|(?:morning|night|evening|afternoon)\b))?"
    r"(?:\s+(?:at|on|in|behind|near|outside|across\s+from)\s+(?:the\s+|a\s+)?[\w'’-]+"
    r"(?:\s+(?:(?:on|at|off|near|of|du|de|la|and|address|house|home|residence|apartment|duplex|building|lot|store|"
    r"station|motel)\b|(?-i:[A-Z0-9][\w'’-]*))){0,6})?"
)
# A period after an initial or a street abbreviation ("S. 27th St.") does not end the sentence.
NON_BREAK = (r"(?:[^.!?\n]|(?<=(?<![\w.])(?-i:[A-Z]|St|Ave|Av|Blvd|Dr|Rd|Ct|Pl|Ln|Pkwy|Hwy|Apt|No|Jr|Sr|Mr|Mrs|Ms|Det|"
             r"Sgt|Lt|Ofc|Capt))\.)")
UNDERCOVER = (
    r"(?:undercover|UC)\s+(?:officer|detective|agent|identity|persona|name|alias)?\s*(?:#?\s*\d{1,3}\s+)?"
    r"(?:(?:will\s+)?(?:pose|posing|go|goes|going|use[sd]?|using|be\s+known|is\s+known|introduced?|"
    r"call(?:s|ing)?\s+(?:himself|herself|themselves))\s+(?:as|by|the\s+name|the\s+alias)\s+)"
    r"(?:" + QUOTED_ALIAS + r"|" + SOURCE_NAME + r")"
    r"|(?:Det\.?|Detective|Officer|Ofc\.?|Agent|Sgt\.?|Sergeant)\s+" + SOURCE_NAME + r"\s+(?:will\s+)?(?:pose|posing|"
    r"go(?:es)?\s+by|be\s+known)\s+as\s+(?:" + QUOTED_ALIAS + r"|" + SOURCE_NAME + r")"
    r"|(?:undercover|UC)\s+(?:identity|persona|name|alias)\s*(?:is|:|-)\s*(?:" + QUOTED_ALIAS + r"|" + SOURCE_NAME + r")"
)


class TacticalRecognizer(PatternRecognizer):
    """A planned operation with its time or place in the same sentence, or an undercover identity."""

    name = "tactical"
    span_type = SpanType.TACTICAL
    explanation = "a planned operation with its time or place, a surveillance post, or an undercover identity"
    pattern = regex.compile(
        r"(?P<span>\b" + OPERATION + r"\b" + NON_BREAK + r"{0,120}?\b" + WHEN_OR_WHERE
        + r"(?:[^.!?\n]{0,40}?\b" + WHEN_OR_WHERE + r")*" + WINDOW_TAIL + PLACE_TAIL +
        r"|\b" + WHEN_OR_WHERE + r"[^.!?\n]{0,60}?\b(?:we|team|units?|officers|swat|srt|detectives?)\s+"
        r"(?:" + PLAN_VERB + r")\b[^.!?\n]{0,60}"
        r"|\b" + UNDERCOVER + r")",
        FLAGS)
    cues = frozenset({"warrant", "raid", "entry", "buy", "controlled", "sting", "takedown", "sweep", "round",
                      "roundup", "tac", "tactical", "operation", "op", "opplan", "surveillance", "observation",
                      "swat", "srt", "tact", "tru", "stake", "stakeout", "staging", "undercover", "uc", "hit",
                      "serve", "execute", "enter", "breach", "take", "search", "arrest", "no", "knock", "dynamic",
                      "forced", "tactical", "knock", "hitting", "breaching", "serving", "executing", "stage",
                      "set", "informant", "ci", "raiding", "plainclothes", "plain", "unmarked", "ops", "uc",
                      "hand", "narcotics", "drug", "pose", "posing", "going", "go", "goes", "sit", "sitting",
                      "decoy", "bait", "served", "executed", "grab", "pick", "detain", "deal", "meet", "handoff",
                      "exchange", "posted", "positioned", "stationed", "parked", "staged"})
    window = (130, 240)
    score = 0.8
    leads_after_boundary = True   # every alternative opens with \b and a word

    def _led_matches(self, text: str, lead: re.Pattern[str]) -> Iterator[regex.Match[str]]:
        """As the base class does, skipping the lead's places where the pattern cannot match.

        Most of the lead's places open a time or a place ("at", "on", "tomorrow"), which
        matches only when a plan ("we will hit") follows it in the same region; without one,
        only places that open an operation or an undercover identity are tried.
        """
        if not is_plain(text):   # the opening words are compared with the lowercased text
            yield from super()._led_matches(text, lead)
            return
        regions = list(merged(sorted(self.regions(text))))
        if not regions:
            return
        lower = index_of(text).lower
        plans = _plan_starts(text, lower, regions[0][0], regions[-1][1])
        beginnings = _beginnings(text, lower, lead, regions[0][0], regions[-1][1], plans)
        index = 0
        for start, end in regions:
            while index < len(beginnings) and beginnings[index] < start:
                index += 1
            position = start
            while index < len(beginnings) and beginnings[index] < end:
                beginning = beginnings[index]
                index += 1
                if beginning < position or not _may_open(lower, beginning, plans, end):
                    continue
                match = budget.match(self.pattern, text, beginning, end)
                if match:
                    yield match
                    position = max(match.end(), beginning + 1)


# What a tactical match that does not open with a time or a place opens with (lowercase).
_OPENINGS = start_scanner(leading_literals(OPERATION + "|" + UNDERCOVER)[0])
# The plan a time or a place must be followed by, from its verb on: "(are) going to serve".
_PLAN = regex.compile(r"(?:will|going\s+to|plan\s+to|intend\s+to)\s+(?:hit|raid|serve|execute|enter|breach|take\s+down)|"
                      r"(?:serve|execute|raid|breach)\s+(?:the|a|our)\s+", FLAGS)
_PLAN_WORDS = ("will", "going", "plan", "intend", "serve", "execute", "raid", "breach")
# Matches wherever the pattern can (see classifiers.literals.guard_of); named groups change nothing.
_GUARD = guard_of(regex.sub(r"\(\?P<\w+>", "(?:", TacticalRecognizer.pattern.pattern))
_start_of = operator.methodcaller("start")
KELVIN_SIGN = "\u212a"


def _plan_starts(text: str, lower: str, start: int, end: int) -> list[int]:
    """Sorted offsets in ``[start, end)`` where a plan's verb phrase starts."""
    found = []
    for word in _PLAN_WORDS:
        position = lower.find(word, start, end)
        while position != -1:
            if _PLAN.match(text, position):
                found.append(position)
            position = lower.find(word, position + 1, end)
    return sorted(found)


def _beginnings(text: str, lower: str, lead: re.Pattern[str], start: int, end: int, plans: list[int]) -> list[int]:
    """The lead's places in ``[start, end)``; with no plan there, only those that open an operation or
    an undercover identity (found by their opening words, far fewer than the lead's places)."""
    if plans or KELVIN_SIGN in text:
        return [found.start() for found in lead.finditer(text, start, end)]
    # A place of the lead has no ASCII letter or digit before it, and the only character the lowercased
    # text turns into one is the Kelvin sign: so no opening word found before the place runs into it,
    # and finditer's non-overlapping matches include it.
    return [place for place in map(_start_of, _OPENINGS.finditer(lower, start, end)) if lead.match(text, place)]


def _may_open(lower: str, beginning: int, plans: list[int], end: int) -> bool:
    """Whether a match can start at ``beginning`` within a region ending at ``end``."""
    if _GUARD is not None and not _GUARD.match(lower, beginning):
        return False
    if _OPENINGS.match(lower, beginning):
        return True
    later = bisect_right(plans, beginning)
    return later < len(plans) and plans[later] < end
