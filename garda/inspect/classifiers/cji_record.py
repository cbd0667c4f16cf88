"""682.30.3.b: criminal-justice information itself, pasted or asked for.

Pasted returns are recognized by their shape: several NCIC/state message field tags
("NAM/", "DOB/", "SEX/", "OLN/", "NIC/", ...), or a criminal-history layout (arrest,
charge and disposition entries). Look-ups are requests to run, check or pull
something through NCIC, CIB/TIME, III, a rap sheet or a warrant check.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from garda.inspect import budget
from garda.inspect.classifiers.base import POLICY_QUESTION, PhraseClassifier, Started, TextScan, rule, slashes
from garda.inspect.spans import UseFinding, UseKind

FIELD_TAG = regex.compile(
    r"(?<![A-Za-z])(?:NAM|DOB|SEX|RAC|RACE|HGT|WGT|EYE|HAI|SKN|SMT|SOC|OLN|OLS|OLY|LIC|LIS|LIT|LIY|VIN|VYR|VMA|VMO|"
    r"VST|VCO|ORI|OCA|NIC|MKE|DOW|FBI|SID|MIS|WNO|ENT|EXL|OFF|DOV|DOR|CTZ|POB|MNU|AKA|ADD|ATN|REG|OWNER|OWN|RO|PLT|LPN|"
    r"VMK|EXP|INS|STATUS|WARR)\s?/")
RECORD_HEADER = regex.compile(
    r"\b(?:NCIC|III|CCH|CIB|TIME\s+(?i:system)|NLETS|IDENTIFICATION\s+RECORD|CRIMINAL\s+HISTORY\s+(?:RECORD|RESPONSE|INFORMATION)|"
    r"RAP\s+SHEET|WANTED\s+PERSON|WARRANT\s+(?:RECORD|INFORMATION|DETAIL)|\*+\s*(?:HIT|WARNING|CAUTION)|"
    r"PROTECTION\s+ORDER\s+FILE|MISSING\s+PERSON\s+FILE|STOLEN\s+VEHICLE|VEH\s+RESP|DL\s+RESP|DRIVER\s+RESPONSE)\b",
    0)
HISTORY_LINE = regex.compile(
    r"(?im)^\s*(?:\d+\.?\s+)?(?:arrest(?:ed)?|charge|count|disposition|dispo|convicted|conviction|sentence|"
    r"court|offense|date\s+of\s+arrest|agency|status)\b\s*(?:date)?\s*[:/-]")

# "2019 ARREST BATTERY, 2021 CONVICTION OAR": dated entries of a criminal history on one line.
DATED_ENTRY = regex.compile(
    r"\b(?:19|20)\d\d\s+(?:ARREST|ARRESTED|CONVICTION|CONVICTED|CHARGE|CHARGED|WARRANT|DISPOSITION|DISPO|SENTENCE|"
    r"SENTENCED|PROBATION|REVOCATION|REVOKED)\b", regex.IGNORECASE)
# "2014 OWI 2nd, 2017 battery (DV), 2019 bail jumping": a year before an offence, as a history lists them.
DATED_OFFENSE = regex.compile(
    r"\b(?:19|20)\d\d\s*:?\s+(?:OWI|OAR|DUI|battery|theft|retail\s+theft|burglary|robbery|bail\s+jumping|disorderly(?:\s+conduct)?|"
    r"felon\s+in\s+possession|possession|PWID|DV|domestic|assault|fraud|forgery|resisting|obstructing|criminal\s+damage|"
    r"trespass|reckless\s+endangerment|escape|carjacking|strangulation|stalking|harassment|armed\s+robbery|CCW)\b",
    regex.IGNORECASE)
# "2011 - burglary (conv), 2014 - bail jumping (dismissed)": a year, an offence and what came of it.
DISPOSED_OFFENSE = regex.compile(
    r"\b(?:19|20)\d\d\s*[-–:]?\s*(?:OWI|OAR|DUI|battery|theft|retail\s+theft|burglary|robbery|bail\s+jumping|disorderly(?:\s+conduct)?|"
    r"felon\s+in\s+possession|possession|PWID|FIP|DV|domestic|assault|fraud|forgery|resisting|obstructing|criminal\s+damage|"
    r"trespass|reckless\s+endangerment|escape|carjacking|strangulation|stalking|harassment|armed\s+robbery|CCW)\b"
    r"[^,;\n]{0,30}?\(?\b(?:conv|convicted|dism|dismissed|guilty|acquitted|pending|nolle|deferred|dpa|dropped)\b",
    regex.IGNORECASE)
DISPOSITION_CUES = frozenset({"conv", "convicted", "dism", "dismissed", "guilty", "acquitted", "pending", "nolle",
                              "deferred", "dpa", "dropped"})
OFFENSE_CUES = frozenset({"owi", "oar", "dui", "battery", "theft", "burglary", "robbery", "bail", "disorderly", "felon",
                          "possession", "pwid", "dv", "domestic", "assault", "fraud", "forgery", "resisting",
                          "obstructing", "criminal", "trespass", "reckless", "escape", "carjacking", "strangulation",
                          "stalking", "harassment", "armed", "ccw"})
DATED_CUES = frozenset({"arrest", "arrested", "conviction", "convicted", "charge", "charged", "warrant", "disposition",
                        "dispo", "sentence", "sentenced", "probation", "revocation", "revoked"})
# Keys of a pasted record written without slashes ("WARRANT NO W26-1 SUBJ ROSADO, Y. OFFENSE 940.19 EXTRADITION").
RECORD_KEY = regex.compile(
    r"(?<![A-Za-z])(?:WARRANT\s+NO|SUBJ|OFFENSE|EXTRADITION|SID|FBI|ORI|OCA|NIC|MKE|WNO|ISSUING\s+AGENCY|"
    r"BAIL|ENTRY\s+DATE|MISC|DOB|CHARGE)(?![A-Za-z])")
RECORD_KEY_CUES = frozenset({"warrant", "subj", "offense", "extradition", "sid", "fbi", "ori", "oca", "nic", "mke",
                             "wno", "issuing", "bail", "entry", "misc", "dob", "charge"})
HEADER_CUES = frozenset({"ncic", "iii", "cch", "cib", "time", "nlets", "identification", "criminal", "rap",
                         "wanted", "warrant", "protection", "missing", "stolen", "veh", "dl", "driver", "hit",
                         "warning", "caution"})
HISTORY_CUES = frozenset({"arrest", "arrested", "charge", "count", "disposition", "dispo", "convicted", "conviction",
                          "sentence", "court", "offense", "date", "agency", "status"})
MANY_SLASHES = 64   # beyond this, one scan of the whole text is cheaper than a check per slash
# Spaces, digits and dots may stand between a line start and a history keyword.
BEFORE_KEYWORD = regex.compile(r"[\s\d.]*", regex.REVERSE)
MANY_LINE_STARTS = 64
RECORD_DATA = regex.compile(r"[A-Z]{2,}\s*,\s*[A-Z]{2,}|\d{2}/\d{2}/\d{2,4}")
LOOKUP_VERB = (r"(?:run|check|look\s+up|lookup|search|query|pull|get|find|fetch|do|send|give\s+me|show\s+me|"
               r"tell\s+me|what\s+(?:is|are|does))")
CJI_SOURCE = (r"(?:ncic|n\.c\.i\.c\.|cib|time\s+system|e-?time|iii|triple\s+i|nlets|ccap|cch|state\s+(?:database|"
              r"records|system)|dot\s+records|dmv\s+(?:records|return)|criminal\s+(?:history|record|records|background)|"
              r"rap\s+sheet|priors|prior\s+arrests|arrest\s+record|wants\s+and\s+warrants|warrants?\s+check|"
              r"warrant\s+status|open\s+warrants|active\s+warrants|outstanding\s+warrants|record\s+check|"
              r"background\s+check|driving\s+record|dl\s+status|registration\s+(?:info|information|return)|"
              r"prior\s+(?:police\s+)?contacts|booking\s+(?:numbers?|history|records?|photos?)|jail\s+records?|mug\s*shots?|"
              r"arrest\s+history|sex\s+offender\s+regist(?:ry|ration)(?:\s+records?)?|"
              r"(?:any\s+)?(?:open\s+|active\s+|outstanding\s+)?(?:warrants|wants))")


# A record from a criminal-justice system, named as the one at hand ("this NCIC return", "per the triple I").
RECORD_DOCUMENT = (r"(?:ncic|n\.c\.i\.c\.|cib|time\s+system|e-?time|iii|triple\s+i|nlets|cch|ccap|criminal\s+history|rap\s+sheet|"
                   r"(?:jail|booking|arrest|warrant|custody|inmate)\s+(?:record|records|sheet|printout|history|hit|entry|roster)|"
                   r"dot|dmv|wisdot)(?:\s+(?:return|returns|printout|hit|response|record|report|check|results?|query|file|entry|"
                   r"info|information|data))?")
RECORD_AT_HAND = (r"(?:this|the|his|her|their|my|per\s+the|per|according\s+to\s+(?:the|his|her|their)|from\s+(?:the|his|her|their)|"
                  r"here\s+is\s+(?:the|his|her|their)|here['’]s\s+(?:the|his|her|their)|attached\s+is\s+(?:the|his|her|their)|"
                  r"below\s+is\s+(?:the|his|her|their))\s+" + RECORD_DOCUMENT)
# What such a record tells about a person.
RECORD_CONTENT = (r"(?:convictions?|convicted|arrests?|arrested|warrants?|revoked|suspended|points|probation|parole|"
                  r"extended\s+supervision|prohibited|owi|oar|felon(?:y|ies)|misdemeanors?|charged|charges|wanted|stolen|"
                  r"protection\s+order|injunction|priors|extradit\w*|printout\s+for|return\s+for|hit\s+(?:for|on)|"
                  r"charge|bail|booking|booked|inmate|hold)")
# What a look-up tells about a person: "if he's been arrested", "whether she has a restraining order".
RECORD_STATE = (r"(?:\b(?:(?:has|have|had)\s+(?:ever\s+)?been|(?:is|was|are|were)\s+(?:ever\s+)?(?:been\s+)?|(?:'s|’s)\s+(?:ever\s+)?"
                r"(?:been\s+)?)\s*(?:arrested|picked\s+up|booked|charged|convicted|locked\s+up|jailed|incarcerated|"
                r"in\s+(?:jail|prison|custody)|on\s+(?:probation|parole|paper|supervision|extended\s+supervision|bond|bail|"
                r"the\s+registry)|out\s+on\s+(?:bond|bail)|wanted|(?:a\s+)?registered(?:\s+as\s+a)?\s+sex\s+offender)"
                r"|\b(?:has|have|had|got)\s+(?:a\s+|an\s+|any\s+)?(?:open\s+|active\s+|outstanding\s+|current\s+)?"
                r"(?:no-contact\s+order|restraining\s+order|injunction|protection\s+order|bench\s+warrant|body\s+attachment|"
                r"capias|criminal\s+record|record|priors|felon(?:y|ies)|convictions?))")
# Who a look-up is about: a pronoun, a party of a report, or a capitalized name.
PERSONISH = (r"(?:him|her|them|he|she|they|(?:this|that|the|my|our|his|her|their)\s+(?:[\w-]+\s+)?(?:guy|person|man|woman|kid|"
             r"driver|passenger|owner|suspect|subject|defendant|witness|victim|complainant|boyfriend|girlfriend|"
             r"husband|wife|mother|father|son|daughter|brother|sister|cousin|neighbor|neighbour|roommate|tenant|"
             r"juvenile|male|female)|(?-i:[A-Z])[\w'’-]+)")
# A sentence that teaches or writes rules about look-ups rather than asks for one.
TAUGHT = regex.compile(
    r"\b(?:in\s+general|general\s+(?:terms|question|guidance)|generally|"
    r"(?:explain\w*|describe|teach\w*)(?:\s+to\s+[\w ]{1,30}?)?\s+(?:how|why|when|what\s+(?:a|an)\b)|how\s+to|"
    r"how\s+(?:do|does|can|should)|policy|procedure|recruits?|training|academy|hypothetical\w*|studying|recert\w*|"
    r"what\s+(?:does|do)\s+[^.?!\n]{1,40}?\bmean)\b", regex.IGNORECASE)
# Earlier in the sentence, words that teach about records rather than hold one.
NOT_TAUGHT = (r"(?<!\b(?:explain|explaining|training|how|policy|policies|never|example|sample|hypothetical\w*|what|whether|"
              r"should)\b[^.?!\n]{0,80})")


class CjiRecordClassifier(PhraseClassifier):
    """Pasted NCIC/state-database returns or criminal histories, and requests to look such records up."""

    name = "cji_record"
    kind = UseKind.CJI_RECORD
    section = "682.30.3.b"
    rules = (
        rule("look-up", 'ncic cib time etime iii triple nlets ccap cch state dot dmv criminal rap priors prior arrest wants warrants warrant record records background driving dl registration booking jail mugshot mugshots mug',
            r"\b" + LOOKUP_VERB + r"\s+(?:me\s+)?(?:a\s+|an\s+|the\s+)?[^.?!\n]{0,50}?\b(?:through|in|on|against|via|from|"
            r"using|with|for|in\s+the)?\s*" + CJI_SOURCE + r"\b",
         "asks to look up criminal-justice records"),
        rule("run-plate", 'run query search',
            r"\b(?:run|query|search)\s+(?:the\s+|this\s+|that\s+|a\s+|his\s+|her\s+|their\s+|these\s+)?(?:plates?|tags?|vins?|"
            r"dl|license\s+plates?|licen[cs]e\s+(?:numbers?|status)|registration|driver'?s\s+licen[cs]e|"
            r"(?:wi|wisconsin)\s+(?:plate|dl))\b",
         "asks to run a plate, VIN or licence", anchored=True),
        rule("comes-back", 'who what whom',
            r"\b(?:who|whom|what)\s+(?:it|that|this|the\s+(?:plate|tag|car|vehicle|vin)|this\s+(?:plate|tag|car|vin))\s+"
            r"(?:comes|come|came)\s+back\s+(?:to|as)\b",
         "asks who a plate or vehicle comes back to", anchored=True),
        rule("query-agency", 'run query search check ping',
            r"\b(?:run|query|search|check|ping)\s+(?:the\s+)?(?:dot|dmv|wisdot|ncic|cib|time|iii|nlets|ccap|cch)\s+"
            r"(?:for|on|about)\b",
         "asks to query a state or federal database", anchored=True),
        rule("in-database-as", 'ncic time cib nlets iii',
            r"\b(?:ncic|time|cib|nlets|iii)\s+as\s+(?:stolen|wanted|missing|flagged|a\s+hit)\b",
         "asks whether an item is listed in NCIC or state files", anchored=True),
        rule("status-check", 'check verify confirm see find tell whether if',
            r"\b(?:check|verify|confirm|see|find\s+out|tell\s+me)\b[^.?!\n]{0,60}?\b(?:licen[cs]e|dl|registration|"
            r"driving|plate)\s+(?:status|privileges|is\s+(?:valid|suspended|revoked|flagged|stolen)|comes\s+back)\b"
            r"|\b(?:whether|if)\s+(?:the\s+|this\s+|his\s+|her\s+)?(?:plate|tag|vin|car|vehicle|dl|licen[cs]e)\b"
            r"[^.?!\n]{0,30}?\b(?:is|comes\s+back|was)\s+(?:flagged|stolen|wanted|suspended|revoked|valid|clear)\b",
         "asks to check a licence, registration or plate status", anchored=True,
         needs="status privileges valid suspended revoked flagged stolen wanted clear comes"),
        rule("whether-warrants", 'whether if',
            r"\b(?:whether|if)\b[^.?!\n]{0,80}?\b(?:has|have|had|got)\s+(?:any\s+)?(?:open|active|outstanding|current)\s+"
            r"(?:warrants?|wants)\b",
         "asks whether a person has open warrants", anchored=True, needs="warrant warrants wants"),
        rule("whether-stolen", 'whether if',
            r"\b(?:whether|if)\s+(?:the\s+|this\s+|that\s+|his\s+|her\s+)?(?:vin|plate|tag|car|vehicle|gun|firearm|serial|"
            r"bike|trailer)\b[^.?!\n]{0,60}?\b(?:has\s+been|is|was|comes\s+back)\s+(?:reported\s+|listed\s+(?:as\s+)?|"
            r"entered\s+(?:as\s+)?)?(?:stolen|wanted)\b",
         "asks whether an item is reported stolen", anchored=True, needs="stolen wanted"),
        rule("has-warrants", 'does do is are has',
            r"\b(?:does|do|is|are|has)\s+(?:he|she|they|this\s+(?:guy|person|man|woman|driver|plate|car|vehicle)|"
            r"the\s+(?:suspect|subject|driver|plate|car|vehicle)|\[[A-Z_-]+-?\d*\])\s+(?:have\s+|got\s+|has\s+)?(?:any\s+)?"
            r"(?:open\s+|active\s+|outstanding\s+)?(?:warrants?|wanted|a\s+record|priors|stolen|a\s+criminal\s+record|"
            r"come\s+back\s+(?:stolen|wanted|clear))\b",
         "asks whether a person or vehicle has warrants or a record", anchored=True),
        rule("record-content", 'ncic cib time etime iii triple nlets cch ccap criminal rap dot dmv wisdot record records sheet '
             'printout history hit entry roster info information data',
            NOT_TAUGHT + r"\b" + RECORD_AT_HAND + r"\b\s*:?[^.?!\n]{0,140}?\b" + RECORD_CONTENT + r"\b"
            r"|" + NOT_TAUGHT + r"\b(?:here\s+is|here['’]s|attached\s+is|below\s+is)\s+(?:the|his|her|their|a)\s+"
            + RECORD_DOCUMENT + r"\b"
            r"|\b(?:in|on)\s+(?:ncic|cib|the\s+time\s+system|iii|nlets)\s*:[^.?!\n]{0,80}?\b" + RECORD_CONTENT + r"\b",
         "tells or pastes what a criminal-justice record says about a person",
         needs="convictions conviction convicted arrests arrest arrested warrant warrants revoked suspended points "
               "probation parole supervision prohibited owi oar felony felonies misdemeanor misdemeanors charged "
               "charges wanted stolen protection injunction priors printout return hit here attached below charge bail "
               "booking booked inmate hold extradition extraditable"),
        rule("ask-record-state", 'see tell let check confirm verify know find figure wondering',
            r"\b(?:see|tell\s+me|let\s+me\s+know|check|confirm|verify|know|find\s+out|figure\s+out|wondering)\s+"
            r"(?:if|whether)\b[^.?!\n]{0,60}?" + RECORD_STATE + r"\b",
         "asks whether a person has a criminal record, a warrant, or a court or supervision status", anchored=True,
         needs="arrested picked booked charged convicted locked jailed incarcerated jail prison custody probation parole "
               "paper supervision bond bail registry wanted registered warrant warrants attachment capias order "
               "injunction priors record felony felonies convictions"),
        rule("ever-been", 'has have was were is',
            r"\b(?:has|have|was|were|is)\s+(?:he|she|they|this\s+\w+|that\s+\w+|the\s+\w+|[\w'-]+(?:\s+[\w'-]+){0,2})\s+"
            r"ever\s+(?:been\s+)?(?:arrested|picked\s+up|booked|charged|convicted|locked\s+up|jailed|incarcerated|"
            r"in\s+(?:jail|prison|custody)|on\s+(?:probation|parole))\b[^.!\n]{0,60}\?",
         "asks whether a person has ever been arrested, charged or jailed", anchored=True,
         needs="arrested picked booked charged convicted locked jailed incarcerated jail prison custody probation parole"),
        rule("registered-to", 'who whom',
            r"\b(?:who|whom)\s+(?:is|was|'s|’s)\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}?(?:plate|tag|car|vehicle|"
            r"truck|van|suv|vin|motorcycle)\b[^.?!\n]{0,30}?\bregistered\s+to\b",
         "asks who a plate or vehicle is registered to", anchored=True, needs="registered"),
        rule("registered-owner", 'give get find tell what who need pull',
            r"\b(?:give\s+me|get\s+me|find|tell\s+me|what\s+is|what's|what’s|who\s+is|who's|who’s|need|pull)\s+"
            r"(?:the\s+)?registered\s+owner(?:'s|’s)?\b",
         "asks for a vehicle's registered owner", anchored=True, needs="registered"),
        rule("anything-out", 'anything something',
            r"\b(?:anything|something)\s+(?:out|outstanding|active|open|on\s+file|in\s+the\s+system)\s+(?:on|for|with)\s+"
            + PERSONISH,
         "asks whether anything is on file for a person", anchored=True,
         needs="out outstanding active open file system"),
        rule("warrant-for", 'is are',
            r"\b(?:is|are)\s+there\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,5}?(?:warrants?|wants|body\s+attachments?|capias(?:es)?|"
            r"detainers?)\s+(?:out\s+)?(?:for|on)\b",
         "asks whether a warrant is out for a person", anchored=True,
         needs="warrant warrants wants attachment attachments capias capiases detainer detainers"),
        rule("priors-of", 'what which',
            r"\b(?:what|which)\s+(?:kind\s+of\s+)?(?:priors|prior\s+(?:arrests|convictions|record)|convictions|arrests|"
            r"criminal\s+record|record)\s+(?:does|did|has|have)\s+" + PERSONISH,
         "asks what arrests or convictions a person has", anchored=True,
         needs="priors prior convictions arrests record"),
        rule("history-on", 'need want get give run do pull',
            r"\b(?:need|want|get|give|run|do|pull)\s+(?:me\s+)?(?:a\s+|the\s+)?(?:quick\s+|full\s+|complete\s+)?"
            r"(?:criminal\s+)?(?:history|background|rundown|work-?up)\s+(?:check\s+)?on\s+" + PERSONISH,
         "asks for a person's history", anchored=True, needs="history background rundown workup work-up"),
        rule("supervision-of", 'verify check confirm find get pull look tell',
            r"\b(?:verify|check|confirm|find|get|pull|look\s+up|tell\s+me)\b[^.?!\n]{0,50}?\b(?:parole|probation|supervision)\s+"
            r"(?:agent|officer|status|conditions|violations|rules|holds?)\b",
         "asks for a person's probation or parole details", anchored=True, needs="parole probation supervision"),
        rule("licence-state", 'is',
            r"\bis\s+(?:his|her|their|the\s+\w+(?:'s|’s)|[\w-]+(?:\s+[\w-]+){0,2}(?:'s|’s))\s+(?:driver'?s\s+|driving\s+)?"
            r"(?:licen[cs]e|dl|registration|plate)\s+(?:valid|suspended|revoked|expired|active|good|canceled|cancelled)\b",
         "asks whether a person's licence is valid or suspended", anchored=True,
         needs="licence license dl registration plate"),
        rule("item-stolen", 'is was has does did',
            r"\b(?:is|was|has|does|did)\s+(?:the|this|that|his|her)\s+(?:[\w-]+\s+){0,2}?(?:vin|plate|tag|car|vehicle|gun|"
            r"firearm|serial|handgun|pistol|rifle|bike|trailer)\b[^.?!\n]{0,40}?\b(?:(?:been\s+)?(?:entered|listed|reported|"
            r"flagged)\s+(?:as\s+)?(?:stolen|wanted|missing)|come\s+back\s+(?:to\s+(?:anything|anyone|anybody|someone)|stolen|"
            r"wanted|clear))",
         "asks whether an item is reported stolen or what it comes back to", anchored=True,
         needs="stolen wanted missing come"),
    )

    def find(self, text: str) -> Iterator[UseFinding]:
        yield from self._pasted_record(text)
        yield from super().find(text)

    def _excused(self, scan: TextScan, start: int, end: int, match_start: int) -> bool:
        return super()._excused(scan, start, end, match_start) or teaches(scan.text, start, end)

    def _pasted_record(self, text: str) -> Iterator[UseFinding]:
        scan = TextScan.of(text)
        vocabulary = scan.vocabulary
        tags = _field_tags(text) if "/" in text else []
        header = HEADER.search(scan) if not vocabulary.isdisjoint(HEADER_CUES) else None
        history = _history_lines(scan) if len(vocabulary.intersection(HISTORY_CUES)) >= 2 else []
        if len(tags) >= 3 or (header and len(tags) >= 2):
            start = min(tags[0].start(), header.start()) if header else tags[0].start()
            yield UseFinding(self.kind, self.section, start, tags[-1].end(), f"{self.name}:pasted-return",
                             "text has the shape of an NCIC or state-database return")
        elif len(history) >= 3 or (header and len(history) >= 2):
            yield UseFinding(self.kind, self.section, history[0].start(), history[-1].end(),
                             f"{self.name}:pasted-history", "text has the shape of a criminal history")
        elif dated := self._dated_entries(scan):
            yield UseFinding(self.kind, self.section, dated[0].start(), dated[-1].end(), f"{self.name}:pasted-history",
                             "text lists dated arrests, charges or convictions of a person")
        elif offenses := self._dated_offenses(scan):
            yield UseFinding(self.kind, self.section, offenses[0].start(), offenses[-1].end(),
                             f"{self.name}:pasted-history", "text lists a person's offences by year beside a record key")
        elif keys := self._record_keys(scan):
            yield UseFinding(self.kind, self.section, keys[0].start(), keys[-1].end(), f"{self.name}:pasted-record",
                             "text has the keys of a pasted warrant or identification record")
        elif labels := self._record_labels(scan):
            yield UseFinding(self.kind, self.section, labels[0].start(), labels[-1].end(), f"{self.name}:pasted-record",
                             "text has the labelled fields of a warrant, booking or court record")
        elif header and not POLICY_QUESTION.match(text) and RECORD_DATA.search(text):
            yield UseFinding(self.kind, self.section, header.start(), header.end(), f"{self.name}:record-header",
                             "text carries a criminal-justice record header with record data")

    @staticmethod
    def _dated_entries(scan: TextScan) -> list[regex.Match[str]]:
        if scan.vocabulary.isdisjoint(DATED_CUES):
            return []
        entries = DATED.findall(scan)
        text = scan.text
        if len(entries) >= 3 or (len(entries) >= 2 and (RECORD_DATA.search(text) or RECORD_KEY.search(text))):
            return entries
        return []

    @staticmethod
    def _dated_offenses(scan: TextScan) -> list[regex.Match[str]]:
        """Years before offence names: statistics alone, a person's history when what came of each is
        told or a record key stands beside them."""
        text = scan.text
        if scan.vocabulary.isdisjoint(OFFENSE_CUES):
            return []
        if not scan.vocabulary.isdisjoint(DISPOSITION_CUES):
            disposed = list(budget.finditer(DISPOSED_OFFENSE, text))
            if len(disposed) >= 2:
                return disposed
        if scan.vocabulary.isdisjoint(RECORD_KEY_CUES) or not RECORD_KEY.search(text):
            return []
        offenses = list(budget.finditer(DATED_OFFENSE, text))
        return offenses if len(offenses) >= 3 else []

    @staticmethod
    def _record_keys(scan: TextScan) -> list[regex.Match[str]]:
        if _distinct_key_words(scan.vocabulary) < 3:
            return []
        keys = KEYS.findall(scan)
        distinct = {" ".join(key.group().split()) for key in keys}
        return keys if len(distinct) >= 3 else []


    @staticmethod
    def _record_labels(scan: TextScan) -> list[regex.Match[str]]:
        """'SUBJECT: … WARRANT: … BOND: …', 'Charges: … Hold: …': three labels or more, two of them
        a record's own (a charge, a bond, a hold), not a form's (name, date, agency)."""
        if len(scan.vocabulary & RECORD_LABEL_WORDS) < 3 or scan.text.count(":") + scan.text.count("#") < 3:
            return []
        text = scan.text
        found = (RECORD_LABEL.match(text, position) for position in scan.positions(RECORD_LABEL_WORDS))
        labels = [label for label in found if label]   # each label opens at one of the words: tried only there
        named = {label["label"].lower().rstrip("s") for label in labels}
        return labels if len(named) >= 3 and len(named & RECORD_OWN_LABELS) >= 2 else []


def teaches(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``[start, end)`` teaches or sets rules about look-ups ('explain how to check
    whether a plate is stolen', 'in general terms') instead of asking for one."""
    return TAUGHT.search(text, start, end) is not None


def _distinct_key_words(vocabulary: frozenset[str]) -> int:
    """How many keys of a pasted record the words can hold, at most: no two keys open with the same
    word, and a key may be glued to digits inside one word ("SID123456"). None when no key word
    stands alone: such a text is not read as a record."""
    present = vocabulary & RECORD_KEY_CUES
    if not present or len(present) >= 3:
        return len(present)
    glued = {part for word in vocabulary if not word.isalpha() and not word.isdigit()
             for part in DIGIT_RUN.split(word) if part in RECORD_KEY_CUES}
    return len(present | glued)


DIGIT_RUN = regex.compile(r"\d+")
RECORD_LABEL = regex.compile(
    r"(?<![A-Za-z])(?P<label>subject|subj|name|dob|sex|race|warrant|agency|bond|bail|charges?|offenses?|disposition|"
    r"sentence|hold|booking|inmate|extradition|court|status)\s*(?::|#)", regex.IGNORECASE)
RECORD_LABEL_WORDS = frozenset({"subject", "subj", "name", "dob", "sex", "race", "warrant", "agency", "bond", "bail",
                                "charge", "charges", "offense", "offenses", "disposition", "sentence", "hold", "booking",
                                "inmate", "extradition", "court", "status"})
RECORD_OWN_LABELS = frozenset({"warrant", "bond", "bail", "charge", "offense", "disposition", "sentence", "hold",
                               "booking", "inmate", "extradition"})
HEADER = Started.of(RECORD_HEADER)
DATED = Started.of(DATED_ENTRY)
KEYS = Started.of(RECORD_KEY)


def _field_tags(text: str) -> list[regex.Match[str]]:
    """As ``list(budget.finditer(FIELD_TAG, text))``: each tag ends at a slash after a capital.

    Matches end at the slash and are at most eight characters long, so the pattern is
    searched only just before such a slash, from where the last match ended.
    """
    if text.count("/") > MANY_SLASHES:
        return list(budget.finditer(FIELD_TAG, text))
    found: list[regex.Match[str]] = []
    last = 0
    for slash in slashes(text):
        before = text[slash - 1] if slash else ""
        if before.isspace() and slash > 1:   # the tag's optional space
            before = text[slash - 2]
        if not ("A" <= before <= "Z"):
            continue
        match = budget.search(FIELD_TAG, text, max(last, slash - 8), slash + 1)
        if match:
            found.append(match)
            last = match.end()
    return found


def _history_lines(scan: TextScan) -> list[regex.Match[str]]:
    """As ``list(budget.finditer(HISTORY_LINE, text))``, tried only at the line starts before a keyword.

    A history line holds only spaces, digits and dots between its line start and its
    keyword, so the line starts worth trying are those in such a stretch before one.
    """
    text = scan.text
    if not scan.plain:
        return list(budget.finditer(HISTORY_LINE, text))
    starts: set[int] = set()
    for keyword in scan.positions(HISTORY_CUES):
        stretch = BEFORE_KEYWORD.match(text, 0, keyword)
        line = stretch.start() if stretch else keyword
        if line == 0:
            starts.add(0)
        line = text.find("\n", max(0, line - 1), keyword)
        while line != -1:
            starts.add(line + 1)
            if len(starts) > MANY_LINE_STARTS:
                return list(budget.finditer(HISTORY_LINE, text))
            line = text.find("\n", line + 1, keyword)
    found: list[regex.Match[str]] = []
    last = 0
    for start in sorted(starts):
        if start < last:
            continue
        match = budget.match(HISTORY_LINE, text, start, len(text))
        if match:
            found.append(match)
            last = max(match.end(), start + 1)
    return found
