"""Covert work in the words members use for it (SOP 682.05 C), beside nonpublic.py's forms.

CONFIDENTIAL_SOURCE: an informant by a number written after "source" ("Source #1544",
"CI #26-041"), by the number a source is registered under, by the nickname the unit gives
it ("our guy, the one we call Uncle Ray"), or named after "our CI," in any alphabet.

TACTICAL: an undercover identity given as a quoted name ("going in UC as 'Ray from
Kenosha'", "the undercover name 'Keisha Marlowe'"), and the pieces of an operation plan
that say where and when officers will be ("the wire goes in at the 0930 meeting",
"perimeter car at N 60th St", "the medic stages at Mayfair mall", "team 1 takes the front").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import regex

from garda.inspect.recognizers.base import FLAGS, PatternRecognizer
from garda.inspect.recognizers.nonpublic import QUOTED_ALIAS as QUOTED
from garda.inspect.spans import Finding, SpanType
from garda.inspect.windows import index_of

# A name in any alphabet: "Domínguez", "Nguyễn", "O'Neal".
ANY_NAME = r"(?-i:\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){0,2})"
NICKNAME = r"(?:" + QUOTED + r"|(?-i:\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}))"
SOURCE_NOUN = r"(?:source|informant|CI|C\.I\.|CS|CHS|CRI|cooperator)"
# The rest of a clause, across the periods of abbreviations ("on N. Holton St.").
CLAUSE_REST = (r"(?:[^.;!?\n]|(?<=\b[A-Za-z])\.(?=\s+\w)"
               r"|(?<=\b(?:St|Ave|Av|Dr|Rd|Blvd|Ln|Ct|Pl|Pkwy|Hwy))\.(?=\s+(?-i:[a-z0-9,(])))")
DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
CLOCK = r"(?:(?:[01]\d|2[0-3])[0-5]\d\b|\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?))"   # 0930, 9:30 pm
DAY_OR_CLOCK = r"(?:(?:" + DAY + r"|tomorrow|tonight)\b|" + CLOCK + r")"
# Where officers will be, or when: "at the 0930 meeting", "at N 60th St", "around 0430", "on Saturday".
PLACE_OR_TIME = (r"(?:(?:at|on|in|near|outside|behind|across\s+from|around|by|@)\s+(?:the\s+)?"
                 r"(?:" + CLOCK + r"|" + DAY + r"\b|[\w.'’-]+(?:\s+[\w.'’/-]+){0,5}))")


# Whom an informant is to the people in a case: "the suspect's cousin"
RELATION = (r"(?:cousin|brother|sister|half-brother|half-sister|girlfriend|boyfriend|neighbou?r|ex-wife|ex-husband|"
            r"ex-girlfriend|ex-boyfriend|ex(?!-)|roommate|uncle|aunt|nephew|niece|mother|father|stepfather|stepmother|wife|"
            r"husband|best\s+friend|friend|co-?worker|landlord|barber|cellmate|employee|babysitter)\b")


class SourceAliasRecognizer(PatternRecognizer):
    """An informant by number, registration, nickname or name after "our CI,"."""

    name = "source_alias"
    span_type = SpanType.CONFIDENTIAL_SOURCE
    explanation = "an informant's number, registration or nickname"
    pattern = regex.compile(
        r"\b(?P<span>(?:(?:source|informant|cooperator)\s*(?:#|no\.|number)\s*[A-Z]{0,3}-?(?:\d{3,5}|\d{1,5}-\d{1,5})"
        r"|(?-i:CI|CS|CHS|CRI)\s*(?:#|no\.|number)\s*[A-Z]{0,3}-?\d{1,5}(?:-\d{1,5})?"
        r"|(?:confidential\s+source|informant|source|(?-i:CI|CS|SOI))\s+(?!\d{1,2}-(?:19|20)\d\d\b)\d{2,4}-\d{2,5}"   # "source 73-296"
        r"|(?-i:SOI|C/S|CHS)\s*#?\s*\d{2,5}(?:-\d{2,5})?"                      # "SOI 22-118", "C/S #309"
        r"|(?-i:CI|CS|CHS|SOI|CRI)-(?:\d{2,4}-\d{2,5}|\d{4,5})"                   # "CI-26-014", "CS-4471"
        r"|(?-i:ci)-\d{3,7}))(?![\w-])"                                         # typed in lower case: "ci-7730"
        r"|(?<=\b" + SOURCE_NOUN + r"\b[^.!?\n]{0,40}?)\b(?:registered|documented|signed\s+up|carried|listed)\s+as\s+"
        r"(?P<span>(?:number|#|no\.)\s*[A-Z]{0,3}-?\d{1,7})(?![\w-])"
        r"|(?<=\b(?:our|my|the\s+unit['’]s)\s+(?:guy|girl|man|lady|person|friend|source|informant|CI|cooperator)\b"
        r"[^.!?\n]{0,30}?\b(?:we|i|they)\s+(?:all\s+)?)call\s+(?:him\s+|her\s+)?(?P<span>" + NICKNAME + r")"
        r"|(?<=\b(?:our|my|his|her|the)\s+)(?:CI|C\.I\.|CS|CHS|informant|cooperator)\s*,\s*(?P<span>" + ANY_NAME
        + r")(?=\s*,)"
        # who the informant is: "our CI is Tasha Reed", "the informant is actually the suspect's cousin, Tasha"
        r"|(?<=\b(?:our|my|the)\s+)(?:CI|C\.I\.|CS|CHS|informant|cooperator)\s+(?:in\s+this\s+case\s+|here\s+|"
        r"on\s+this\s+(?:case|one)\s+)?(?:is|was)\s+(?P<span>" + ANY_NAME + r")"
        # a nickname given with the informant: 'confidential informant "Smoke"', "the CI known as Big Mike"
        r"|(?:informant|source|cooperator|(?-i:CI|CS|CHS|SOI))\s+(?:(?:known\s+as|called|nicknamed|named|aka)\s+"
        r"(?P<span>" + NICKNAME + r")|(?P<span>" + QUOTED + r"))"
        # who was signed up: "the snitch we signed up last month, Lil Pete"
        r"|(?:snitch|informant|source|cooperator|(?-i:CI|CS|CHS))\s+(?:we|i)\s+(?:just\s+)?(?:signed\s+up(?!\s+for)|registered|"
        r"recruited|flipped|opened|documented)\b[^,.;!?\n]{0,30},\s*(?P<span>" + ANY_NAME + r")"
        # an informant inside a crew by the name it goes by: "our guy inside the crew goes by 'Tiny'"
        r"|(?:guy|girl|man|woman|person|source|friend)\s+(?:on\s+the\s+inside|(?:inside|in)\s+(?:the\s+|their\s+|that\s+)?"
        r"(?:crew|gang|house|organi[sz]ation|group|set|ring|operation|family))\b[^.!?\n]{0,40}?\bgoes\s+by\s+(?P<span>" + NICKNAME + r")"
        r"|(?:source|informant|cooperator|(?-i:CI|CS|CHS))\s+(?:is|was)\s+(?:actually\s+|really\s+)?(?P<span>"
        r"(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+['’]s?\s+)?" + RELATION + r"(?:\s*,\s*" + ANY_NAME + r"|\s+(?:who|that)\s+(?:works|lives|stays|runs|drives|sells|hangs)\b"
        r"[^.;!?\n,]{3,50})?)",
        FLAGS)
    cues = frozenset({"source", "informant", "cooperator", "ci", "c", "cs", "chs", "cri", "soi", "registered", "documented",
                      "signed", "call", "listed", "carried", "confidential", "snitch", "guy", "girl", "man", "woman",
                      "person", "friend"})
    window = (0, 80)
    anchored = True   # every alternative opens at one of the cues
    score = 0.9   # as confidential_source's: of two readings of one informant, the longer is kept


class NamedInformantRecognizer(PatternRecognizer):
    """An informant named before the words that say so: "Keisha Lam, our confidential source,",
    "Terrence Holt has been working as our informant"."""

    name = "named_informant"
    span_type = SpanType.CONFIDENTIAL_SOURCE
    explanation = "a person named as an informant"
    pattern = regex.compile(
        r"(?<![\w'’-])(?!(?:what|who|which|whoever|this|that|he|she|it|there|here|someone|somebody|anyone|anybody|"
        r"nobody|everyone|each|one|being|whether)\b)(?P<span>" + ANY_NAME + r")(?=\s*,\s*(?:our|my|the|a|his|her)\s+(?:confidential\s+|paid\s+|"
        r"registered\s+)?" + SOURCE_NOUN + r"\b|\s+(?:has\s+been|is|was|became|will\s+be)\s+(?:working\s+as\s+|acting\s+as\s+|"
        r"signed\s+up\s+as\s+)?(?:our|a|the|an)\s+(?:registered\s+|paid\s+|confidential\s+)?" + SOURCE_NOUN + r"\b)",
        FLAGS)
    cues = frozenset({"source", "informant", "cooperator", "ci", "cs", "chs", "cri"})
    window = (70, 0)
    score = 0.9

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        return None if _in_a_sentence_not_covert(match, text) else self.score


class CoverIdentityRecognizer(PatternRecognizer):
    """An undercover identity written as a quoted name after the words that give it."""

    name = "cover_identity"
    span_type = SpanType.TACTICAL
    explanation = "an undercover identity"
    pattern = regex.compile(
        r"\b(?P<span>(?:(?:go(?:es|ing)?|went)\s+in\s+(?:uc|undercover)\s+as|(?:uc|undercover|cover)\s+(?:officer|"
        r"detective|det\.|agent|name|identity|persona|alias)(?:\s+(?:of|is|will\s+be))?|(?:uc|undercover)\s+as|"
        r"(?:use|using|uses|used)\s+the\s+(?:undercover|uc|cover)\s+(?:name|alias|persona)|"
        # the cover story itself: "backstory: she's 'Candace from Chicago', a nail tech"
        r"(?:backstory|cover\s+story|cover)\s*(?::|is)\s*(?:she|he|they)\s*(?:['’]s|is|are)|"
        # Words a suspect's ruse is also told in count only where the text is about undercover work.
        r"(?<=\b(?:undercover|uc|backstory|cover\s+story|persona)\b[^\n]{0,120}?)(?:(?:go(?:es|ing)?|went)\s+in\s+as|"
        r"(?:pose|poses|posing)\s+as|introduced?\s+(?:himself|herself|myself)\s+as|"
        r"(?:use|using|uses|used)\s+the\s+(?:fake\s+)?(?:name|alias|persona)))\s*,?\s+"
        r"(?:an?\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:named|called)\s+(?:" + ANY_NAME + r"\b|" + QUOTED + r")|" + QUOTED + r")"
        # the cover story or the meeting that goes with the name: "'Jay', a laid-off welder from Kenosha"
        + r"(?:\s*,\s*an?\s+" + CLAUSE_REST + r"{1,70}|\s+(?:meets|will\s+meet|buys\s+from|will\s+buy\s+from|looking\s+to)"
        r"\s+" + CLAUSE_REST + r"{1,70})?)",
        FLAGS)
    cues = frozenset({"go", "goes", "going", "went", "uc", "undercover", "cover", "use", "using", "uses", "used",
                      "pose", "poses", "posing", "introduce", "introduced", "backstory"})
    window = (0, 90)
    anchored = True   # every alternative opens at one of the cues
    score = 0.8


# What a staging or rally point is for, when it is an operation: "for the warrant", "after the raid"
OPERATION_WORD = (r"(?:warrant|search\s+warrant|raid|entry|takedown|buy|buy-bust|operation|op|sweep|hit|arrest|"
                  r"surveillance|detail|service)")
# A sentence that teaches, defines or plans a public event is not a plan of covert work.
NOT_COVERT = regex.compile(
    r"\b(?:explain|what\s+(?:is|are)|in\s+general|general\s+terms|training|academy|class|glossary|scenario|"
    r"tabletop|exercise|definition|define|parade|festival|fair|5k|marathon|torch\s+run|race|concert|game|"
    r"holidays?|ceremony|open\s+house|community|public|news|press)\b", FLAGS)


class OperationDetailRecognizer(PatternRecognizer):
    """A piece of an operation plan that says where or when officers, a wire or a medic will be."""

    name = "operation_detail"
    span_type = SpanType.TACTICAL
    explanation = "where or when officers will be in a planned operation"
    pattern = regex.compile(
        r"\b(?P<span>wire\s+(?:goes\s+(?:in|on)|is\s+going\s+(?:in|on)|will\s+go\s+(?:in|on)|will\s+be\s+(?:worn|on)|"
        r"is\s+worn)\s+(?:" + PLACE_OR_TIME + r"|(?:our|the|his|her|their)\s+[\w.]+['’]s\s+[\w-]+)"
        + r"[^.;!?\n]{0,60}"
        r"|(?:perimeter|cover|chase|arrest|takedown|entry|eyeball|overwatch|buy|surveillance)\s+(?:car|cars|team|unit|units|"
        r"vehicle|officer|officers)\s+(?:will\s+be\s+|sits?\s+|stages?\s+|parks?\s+|posted\s+)?(?:at|on|near|behind|outside)\s+"
        r"[\w.'’-]+(?:\s+[\w.'’/-]+){0,6}"
        r"|(?:medic|medics|ems|ambulance|swat|srt|k-?9|team\s+\d|unit\s+\d)\s+(?:will\s+)?stages?\s+(?:at|in|behind|"
        r"near|on)\s+[\w.'’-]+(?:\s+[\w.'’/-]+){0,4}"
        r"|team\s+(?:\d|one|two|three|a|b)\s+(?:takes|covers|hits|has|holds)\s+the\s+(?:front|rear|back|side|alley)"
        r"(?:\s*,\s*team\s+(?:\d|one|two|three|a|b)\s+(?:takes\s+|covers\s+|hits\s+|has\s+|holds\s+)?the\s+(?:front|rear|"
        r"back|side|alley))?"
        r"|(?:swat|srt|entry\s+team|team\s+\d)\s+(?:makes?\s+entry|will\s+make\s+entry|arrives?|will\s+arrive|stacks?|hits?|"
        r"goes\s+in|rolls?)\s+(?:at\s+|on\s+|around\s+)?" + DAY_OR_CLOCK + CLAUSE_REST + r"{0,80}"
        # "warrant service" opens at "service": a text may hold "warrant" by the thousand
        r"|(?:controlled\s+buy|buy[- ]bust|takedown|raid|(?<=\bwarrant\s)service)\s+(?:is\s+|will\s+be\s+)?(?:set\s+|scheduled\s+|"
        r"planned\s+)?(?:for\s+)?(?:on\s+)?" + DAY_OR_CLOCK + CLAUSE_REST + r"{0,80}"
        r"|observation\s+post\s+(?:is|will\s+be)\s+" + CLAUSE_REST + r"{3,90}"
        r"|(?:buy|chase|cover|perimeter|undercover|uc|surveillance|decoy)\s+(?:car|vehicle|van|truck)\s+(?:is|will\s+be)\s+"
        + CLAUSE_REST + r"{3,70}"
        r"|pole\s+cam(?:era)?\s+(?:goes\s+up|will\s+go\s+up|is\s+going\s+up|gets\s+installed)\s+" + CLAUSE_REST + r"{3,90}"
        r"|takedown\s+(?:of\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+)?(?:happens|goes\s+down|will\s+go\s+down|will\s+happen|"
        r"takes\s+place)\s+(?:in|at|on|near|behind|outside|across\s+from)\s+" + CLAUSE_REST + r"{3,110}"
        r"|takedown\s+(?:happens|goes\s+down|is|will\s+be)\s+(?:when|once|as\s+soon\s+as)\s+[^.!?\n;]{0,80}?"
        + PLACE_OR_TIME +
        # a staging or rally point: "staging area for the warrant is the Walgreens lot at 35th and North"
        r"|(?:staging\s+(?:area|point|location|spot)|rally(?:ing)?\s+point)\s+(?:for|after|before)\s+(?:the\s+)?"
        r"(?:[\w'’-]+\s+){0,3}?" + OPERATION_WORD + r"\s+(?:is|will\s+be)\s+" + CLAUSE_REST + r"{3,90}"
        # officers placed for it: "plainclothes will be posted at both bus stops", "cover team is parked one block east"
        r"|(?:(?:plainclothes|uc|undercover|cover|chase|arrest|takedown|entry|perimeter|surveillance|tac)\s+"
        r"(?:cars?|teams?|units?|officers?|detectives?|vehicles?|vans?)|plainclothes(?:\s+officers)?|spotters?)"
        r"\s+(?:(?:is|are|will\s+be)\s+(?:parked|posted|positioned|stationed|staged|hidden|set\s+up|sitting|waiting)|"
        r"(?:will\s+)?(?:sit|sits|wait|waits|park|parks|post\s+up|posts\s+up|set\s+up|sets\s+up)(?=\s+(?:on|at|near|by|"
        r"behind|outside|across|in\s+front)\b))\s+" + CLAUSE_REST + r"{3,80}"
        # what a team will do, and where: "the arrest team will wait until he leaves and grab him at the gas station"
        r"|(?:arrest|takedown|entry|chase|cover|perimeter|surveillance|tac)\s+(?:teams?|units?|cars?)\s+will\s+"
        r"(?:wait|sit|hold|grab|hit|take|move|stop|box|approach|follow|tail|set\s+up)\b"
        r"(?=" + CLAUSE_REST + r"{0,80}?\s(?:at|on|near|behind|outside|by)\s+(?:the\s+)?\w)" + CLAUSE_REST + r"{3,100}"
        # the signal to move: "the takedown signal is him taking off his hat", "we move on the signal 'green light'"
        r"|(?:takedown|bust|arrest|go|abort|distress)\s+(?:signal|word|sign|code)\s+(?:is|will\s+be)\s+"
        + CLAUSE_REST + r"{3,80}"
        r"|code\s+word\s+(?:is|will\s+be)\s+" + QUOTED +
        r"|(?:move|go|hit|breach)\s+on\s+the\s+(?:signal|word|code\s+word)\s*,?\s*" + QUOTED +
        # a tracking device on a target's car or house: "a GPS tracker on his Impala"
        r"|(?:gps\s+(?:unit|device)|(?:gps\s+)?(?:tracker|tracking\s+device|hidden\s+camera))\s+(?:is\s+|was\s+)?(?:on|under|in|installed\s+on|"
        r"placed\s+on|attached\s+to|mounted\s+on)\s+(?:his|her|their|the\s+(?:target|suspect|subject)['’]?s?)\s+"
        r"[\w-]+(?:\s+(?!(?:under|per|since|for|and|with|at|so|until|that|which)\b)[\w-]+)?"
        # a post kept on a schedule: "in the gray Malibu across from 3115 N 24th from 0600-1400"
        r"|(?<=\b(?:det|detective|detectives|officer|officers|ofc|sgt|unit|units|team|squad|car|van|uc|undercover|"
        r"surveillance|eyeball|post|relief)\b\.?[^.;!?\n]{0,60}?)"
        r"(?:across\s+from|outside(?:\s+of)?|behind|down\s+the\s+(?:block|street)\s+from)\s+"
        r"[^.;!?\n]{3,40}?\s+from\s+" + CLOCK + r"\s*(?:-|–|to|until|till)\s*" + CLOCK +
        # who holds which side: "K9 holds the rear"
        r"|(?:k-?9|swat|srt|entry\s+team|arrest\s+team|perimeter)\s+(?:takes|covers|hits|has|holds)\s+the\s+"
        r"(?:front|rear|back|side|alley|(?:north|south|east|west)\s+(?:side|door|corner)))",
        FLAGS)
    cues = frozenset({"wire", "perimeter", "cover", "chase", "arrest", "takedown", "entry", "eyeball", "overwatch",
                      "buy", "surveillance", "medic", "medics", "ems", "ambulance", "swat", "srt", "k9", "k", "team",
                      "unit", "controlled", "raid", "service", "observation", "undercover", "uc", "decoy", "pole",
                      "staging", "rally", "rallying", "plainclothes", "tac", "spotter", "spotters", "bust",
                      "go", "abort", "distress", "code", "move", "hit", "breach", "gps", "tracker", "tracking", "hidden",
                      "k9", "across", "outside", "behind", "down"})
    window = (0, 200)
    anchored = True   # every alternative opens at one of the cues
    score = 0.8

    def accept(self, match: regex.Match[str], text: str) -> float | None:
        return None if _in_a_sentence_not_covert(match, text) else self.score

    def find(self, text: str) -> Iterator[Finding]:
        """As the base class does; a place written last in its sentence gives back the sentence's period."""
        for found in super().find(text):
            if found.text.endswith(".") and text[found.end:found.end + 1] in ("", " ", "\n"):
                found = dataclasses.replace(found, end=found.end - 1, text=found.text[:-1])
            yield found


def _in_a_sentence_not_covert(match: regex.Match[str], text: str) -> bool:
    """Whether the sentence around ``match`` teaches, defines or announces a public event (NOT_COVERT)."""
    index = index_of(text)
    start, end = index.sentence_start(match.start(), 200), index.sentence_end(match.end(), 200)
    return NOT_COVERT.search(text, start, end) is not None
