"""Case, incident, citation and arrest numbers; FBI, SID, NCIC, warrant and booking numbers.

Statute, ordinance and SOP numbers ("Wis. Stat. § 940.19(1)", "SOP 682.35",
"MCO 105-138") carry none of the cue words and are not matched.
"""

from __future__ import annotations

import regex

from garda.inspect.recognizers.base import FLAGS, PatternRecognizer
from garda.inspect.spans import SpanType

NUMBER_WORDS = r"(?:\s*(?:number|num|no\.?|nbr|#|id|:)){0,2}\s*[:#]?\s*"
IDENT = r"(?P<span>(?=[A-Z0-9-]*\d)[A-Z]{0,4}-?\d[A-Z0-9]*(?:-[A-Z0-9]+){0,3})(?![\w-])"

CASE_CUES = (
    r"(?:(?:mpd|police|sheriff'?s?|da|circuit\s+court|court|cad|rms|oca|cib)\s+)?"
    r"(?:case|incident|inc\.?|report|complaint|citation|cite|ticket|arrest|docket|file|event|cad|rms|oca|"
    r"investigation|matter|referral)"
)
CJI_CUES = (
    r"(?:fbi|f\.b\.i\.|ucn|sid|state\s+id(?:entification)?|ncic|iii|nic|warrant|wrnt|booking|book(?:ed)?\s+in|"
    r"inmate|doc|jail|prisoner|pin|mni|master\s+name|arrest\s+(?:tracking|record))"
)


class CaseNumberRecognizer(PatternRecognizer):
    name = "case_number"
    span_type = SpanType.CASE_NUMBER
    explanation = "a number after 'case', 'incident', 'citation', 'arrest' or the like, or a year-numbered case"
    pattern = regex.compile(
        r"\b" + CASE_CUES + NUMBER_WORDS + IDENT
        + r"|(?<![\w./-])(?P<after>(?:19|20)\d{2}-\d{5,8}|(?:19|20)\d{2}\s?(?:CF|CM|CT|TR|FA|SC|CV|JV|TW|FO|IN|JC|ME|GN|PR|TP|TJ|OL)\s?\d{1,6})(?![\w-])",
        FLAGS)
    score = 0.85

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        ident = match["span"] or match["after"]
        digits = sum(c.isdigit() for c in ident)
        if digits < 4 or (match["span"] and regex.fullmatch(r"(?:19|20)\d{2}", ident)):
            return None
        return self.score


class CjiIdentifierRecognizer(PatternRecognizer):
    name = "cji_identifier"
    span_type = SpanType.CJI_IDENTIFIER
    explanation = "an FBI, SID, NCIC, warrant, booking or inmate number"
    pattern = regex.compile(r"\b" + CJI_CUES + NUMBER_WORDS + IDENT, FLAGS)
    prefilter = regex.compile(CJI_CUES, FLAGS)
    score = 0.9

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        digits = sum(c.isdigit() for c in match["span"])
        return self.score if digits >= 4 else None
