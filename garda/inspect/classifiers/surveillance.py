"""682.35 D: asking the AI to watch, track or locate a person; a cited legal authority is recorded."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import regex

from garda.inspect import budget
from garda.inspect.classifiers.base import FLAGS, PhraseClassifier, rule
from garda.inspect.classifiers.vocabulary import REQUEST
from garda.inspect.spans import UseFinding, UseKind

WATCH_VERB = (r"(?:monitor|track|trace|locate|follow|watch|surveil|surveille|keep\s+tabs\s+on|keep\s+an\s+eye\s+on|"
              r"stake\s+out|tail|shadow|geolocate|ping|pinpoint|spy\s+on|alert\s+me\s+(?:when|if|to))")
MOVEMENTS = (r"(?:movements?|whereabouts|locations?|location\s+history|daily\s+routine|routines?|schedule|comings\s+and\s+goings|"
             r"travel|trips|where\s+(?:he|she|they)\s+(?:goes|go|went|is|are|hangs?\s+out|sleeps?|stays?|lives?)|"
             r"associates|contacts|habits|activities|social\s+media|posts|check-?ins)")
PERSON_TARGET = (
    r"(?:him|her|them|this\s+(?:guy|person|man|woman|kid|individual|subject|suspect|account|user|number)|"
    r"the\s+(?:suspect|subject|target|individual|person|guy|man|woman|kid|juvenile|victim|witness|ex|driver|owner)\b(?!')|"
    r"my\s+(?:suspect|subject|target|ex)\b(?!')|\[[A-Z_-]+-?\d*\](?!')|"
    r"(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\b(?!')|@\w{2,})"
)
POSSESSIVE = (
    r"(?:his|her|their|this\s+(?:guy|person|man|woman|kid|individual|subject|suspect)'s|"
    r"the\s+(?:suspect|subject|target|individual|person|guy|man|woman|kid|juvenile|victim|witness|ex|driver)'s|"
    r"my\s+(?:suspect|subject|target|ex)'s|\[[A-Z_-]+-?\d*\]'s|(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)'s)"
)
SOCIAL = r"(?:social\s+media|facebook|instagram|twitter|tiktok|snapchat|youtube|telegram|x\s+account|online\s+(?:activity|posts|accounts?))"

LEGAL_AUTHORITY = regex.compile(
    r"\b(?:(?:search|arrest|tracking|gps|ping|pen\s+register)\s+)?warrant\s*(?:#|no\.?|number)?\s*:?\s*[A-Z0-9-]*\d[A-Z0-9-]*"
    r"|\bcourt\s+order(?:\s*(?:#|no\.?|number)?\s*:?\s*[A-Z0-9-]*\d[A-Z0-9-]*|\s+(?:signed|issued|dated)\b[^.;\n]{0,40})"
    r"|\b(?:administrative\s+)?subpoena\s*(?:#|no\.?|number)?\s*:?\s*[A-Z0-9-]*\d[A-Z0-9-]*"
    r"|\b(?:pen\s+register|trap\s+and\s+trace|wiretap|title\s+iii)\s+order(?:\s*(?:#|no\.?)\s*[A-Z0-9-]+)?"
    r"|\b(?:signed|issued|authori[sz]ed)\s+by\s+judge\s+(?-i:\p{Lu}\p{Ll}+)"
    r"|\b(?:case|docket)\s+(?:#|no\.?)?\s*(?:19|20)\d{2}\s?(?:CF|CM|JV|TW)\s?\d{1,6}\s+order",
    FLAGS)


class SurveillanceClassifier(PhraseClassifier):
    """Asking to track, monitor, locate or profile the movements of a person; records a cited warrant or order."""

    name = "surveillance"
    kind = UseKind.SURVEILLANCE
    section = "682.35 D"
    rules = (
        rule("watch-person", 'monitor track trace locate follow watch surveil surveille keep stake tail shadow geolocate ping pinpoint find spy log record map alert',
            REQUEST + WATCH_VERB + r"\s+(?:down\s+)?(?:and\s+\w+\s+)?" + PERSON_TARGET
            + r"(?!\s+(?:to|in\s+the\s+(?:policy|sop)|the\s+(?:rules|policy|procedure|steps|instructions)|"
            r"statements?|names?|reports?|number|information|info|details|account\s+of|narrative|section|paragraph|"
            r"list|interview|testimony))",
         "asks to track, monitor, follow or locate a person"),
        rule("watch-belongings", 'monitor track trace locate follow watch surveil surveille keep stake tail shadow geolocate ping pinpoint find spy log record map alert',
            r"\b" + WATCH_VERB + r"\s+(?:down\s+)?" + POSSESSIVE + r"\s+(?:\w+\s+)?(?:phone|cell|car|vehicle|location|"
            r"movements?|whereabouts|accounts?|activity|every\s+move|travel|trips|address|house|home|girlfriend|"
            r"boyfriend|family|associates|friends)\b",
         "asks to track a person's phone, vehicle, movements or associates", anchored=True),
        rule("pattern-of-life", 'pattern build create compile make assemble put map reconstruct draw',
            r"\bpattern[-\s]of[-\s]life\b|\b(?:build|create|compile|make|assemble|put\s+together|map\s+out|reconstruct|"
            r"draw\s+up)\s+(?:me\s+)?(?:a\s+|an\s+|the\s+)?(?:detailed\s+|full\s+|complete\s+)?(?:profile|dossier|timeline|"
            r"map|log|record|list|picture|chart|report)\s+of\s+(?:all\s+)?(?:\w+'s|his|her|their|the\s+\w+'s)\s+"
            r"(?:\w+\s+)?" + MOVEMENTS,
         "asks to compile a person's movements or routine"),
        rule("watch-social", 'social facebook instagram twitter tiktok snapchat youtube telegram online',
            r"\b(?:monitor|watch|scrape|track|follow|keep\s+an\s+eye\s+on|keep\s+tabs\s+on|alert\s+me\s+(?:about|to|when)|"
            r"check|go\s+through|comb\s+through|archive|collect)\s+(?:all\s+(?:of\s+)?)?(?:his|her|their|the\s+suspect's|"
            r"the\s+subject's|the\s+target's|this\s+(?:person|guy|account|user)'?s?|"
            r"(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)'s|@\w+'?s?)?\s*"
            + SOCIAL + r"(?:\s+(?:accounts?|posts|activity|profiles?|pages?))?(?=[^.?!\n]{0,60}\b(?:daily|every|each|"
            r"continuously|ongoing|and\s+(?:tell|alert|notify|report)|for\s+(?:any|new|changes)|whenever|when\s+(?:he|she|they)|"
            r"24/7|over\s+time|going\s+forward)|[^.?!\n]{0,20}$)",
         "asks to watch a person's social media"),
        rule("where-is", 'find figure tell determine work help where',
            r"\b(?:find\s+out|figure\s+out|tell\s+me|determine|work\s+out|help\s+me\s+(?:find|figure\s+out)|where)\s+"
            r"(?:where|when)?\s*(?:he|she|they|this\s+(?:person|guy|woman|man)|the\s+(?:suspect|subject|target|victim|witness))\s+"
            r"(?:lives|is\s+(?:now|staying|living|hiding)|goes|hangs\s+out|works|sleeps|stays|will\s+be|is\s+right\s+now|"
            r"spends\s+(?:his|her|their)\s+time|leaves\s+(?:home|work|the\s+house)|gets\s+home|goes\s+to\s+work)",
         "asks to locate a person", anchored=True),
        rule("notify-when", 'alert notify tell ping let',
            r"\b(?:alert|notify|tell|ping|let)\s+(?:me|us)\s+(?:know\s+)?(?:when|whenever|if|every\s+time|each\s+time|"
            r"as\s+soon\s+as)\s+(?:he|she|they|the\s+(?:suspect|subject|target)|\[[A-Z_-]+-?\d*\]|(?-i:\p{Lu}\p{Ll}+))\s+"
            r"(?:posts?|goes|leaves|arrives|checks?\s+in|shows\s+up|logs?\s+(?:in|on)|comes|returns|moves|travels|"
            r"is\s+(?:online|seen|spotted|home))",
         "asks to be alerted to a person's movements or activity", anchored=True),
        rule("dossier", 'find get compile gather pull dig collect',
            r"\b(?:find|get|compile|gather|pull|dig\s+up|collect)\s+(?:me\s+)?(?:all|every|everything|anything)\b"
            r"[^.?!\n]{0,40}?\b(?:about|on|associated\s+with|linked\s+to|connected\s+to)\s+(?:him|her|them|"
            r"this\s+(?:person|guy|man|woman|individual)|the\s+(?:suspect|subject|target)|\[[A-Z_-]+-?\d*\]|"
            r"(?-i:\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+))",
         "asks to compile everything about a person", anchored=True),
        rule("locate-by-data", 'cell phone gps license lpr lprs alpr flock camera cameras geotag geotags geotagged metadata',
            r"\b(?:use|using|cross-?reference|correlate|combine|match)\b[^.?!\n]{0,60}\b(?:cell\s+(?:site|tower)|"
            r"phone\s+pings?|gps|license\s+plate\s+readers?|lprs?|alpr|flock|cameras?|geotag(?:s|ged)?|metadata)\b"
            r"[^.?!\n]{0,60}\b(?:to\s+)?(?:find|locate|track|follow|map|figure\s+out|place)\b",
         "asks to locate or track a person from location data"),
    )

    def find(self, text: str) -> Iterator[UseFinding]:
        for use in super().find(text):
            yield dataclasses.replace(use, legal_authority=self._authority_near(text, use.start, use.end))

    @staticmethod
    def _authority_near(text: str, start: int, end: int) -> str | None:
        window_start, window_end = max(0, start - 400), min(len(text), end + 400)
        match = budget.search(LEGAL_AUTHORITY, text, window_start, window_end)
        return match.group().strip() if match else None
