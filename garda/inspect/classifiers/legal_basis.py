"""682.35 A: asking the AI to decide the law or the facts of a contact (sole basis of analysis)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from garda.inspect import budget
from garda.inspect.classifiers.base import FLAGS, PhraseClassifier, TextScan, rule
from garda.inspect.classifiers.vocabulary import SPECIFIC_PERSON
from garda.inspect.spans import UseFinding, UseKind
from garda.inspect.windows import index_of

STANDARD = (r"(?:probable\s+cause|reasonable\s+suspicion|pc|rs|enough\s+(?:evidence|facts|grounds)|legal\s+"
            r"(?:basis|grounds|authority|justification)|grounds|exigent\s+circumstances|exigency|consent|"
            r"a\s+(?:legal|valid)\s+(?:reason|basis))")
ACT = (r"(?:arrest|charge|search|detain|stop|frisk|pat\s+down|cite|book|hold|enter|seize|tow|question|lock\s+up|"
       r"interrogate|hit|go\s+in|get\s+a\s+(?:search\s+|arrest\s+)?warrant|take\s+(?:him|her|them)|pop\s+the|open\s+the|cuff)")
LEGALITY = (r"(?:legal|illegal|lawful|unlawful|constitutional|unconstitutional|justified|unjustified|valid|invalid|"
            r"admissible|inadmissible|reasonable|unreasonable|proper|improper|ok|okay|allowed|permissible|"
            r"a\s+(?:fourth|4th|fifth|5th)\s+amendment\s+violation|a\s+violation|good|bad|legit(?:imate)?|kosher|"
            r"above\s+board|fair\s+game|suppressed|thrown\s+out|tossed)")
CONTACT = (r"(?:search|stop|arrest|seizure|entry|frisk|pat[-\s]?down|detention|interrogation|interview|"
           r"confession|statement|lineup|show-?up|identification|use\s+of\s+force|force|traffic\s+stop|"
           r"warrantless\s+\w+|consent|tow|inventory|k-?9\s+sniff|sniff|chase|pursuit)")
VERDICT = (r"(?:guilty|innocent|not\s+guilty|liable|lying|telling\s+the\s+truth|the\s+(?:shooter|offender|killer|"
           r"perpetrator|one\s+who\s+did\s+it|suspect)|responsible|at\s+fault|credible)")
DECIDE = (r"(?:decide|determine|tell\s+me|rule|judge|assess|confirm|conclude|say|figure\s+out|make\s+the\s+call|"
          r"give\s+me\s+(?:a|your)\s+(?:ruling|verdict|decision|answer)\s+(?:on|about)|let\s+me\s+know)")


# A legal question about a contact or a case, near a statement of reliance.
LEGAL_QUESTION = regex.compile(
    r"\b(?:probable\s+cause|reasonable\s+suspicion|pc|legal(?:ly)?|illegal|lawful|unlawful|admissible|"
    r"inadmissible|constitutional|warrant|warrantless|charges?|charging|chargeable|statute|miranda|waiver|affidavit|"
    r"counts?\s+as|holds?\s+up|suppress\w*|search|entry|arrest|detain|seiz\w+|consent|exigen\w+|"
    r"guilty|liable|crime|felony|misdemeanor|burglary|theft|battery|custody|\d+\s+hours|lineup|photo\s+array|suggestive|"
    r"be\s+(?:held|kept|charged|arrested|detained|searched|booked|cited)|"
    r"identification|interrogation|confession|voluntary|statement|reasonable|unreasonable|"
    r"judge\s+(?:find|rule|say|think)|citation|violation|offen[cs]e|owi|dui|doctrine|plain\s+view|sweep|"
    r"fair\s+game|pickup|felony|hit\s+and\s+run|disorderly|(?:does\s+)?(?:that|this|it)\s+counts?|"
    r"(?:do|should|can|could|may|am)\s+(?:i|we)\s+(?:\w+\s+){0,2}?(?:(?:take|hang\s+onto|hold|keep|book|cuff|grab|remove|"
    r"open|pop)\s+(?:him|her|them|the\s+(?:suspect|subject|kid|juvenile|driver|guy|passenger|tenant|roommate|bag|phone|car|door|"
    r"trunk|backpack))|let\s+(?:him|her|them)\s+(?:go|walk)|cut\s+(?:him|her|them)\s+loose|go\s+in\b|get\s+in(?:to)?\s+(?:it|the)|"
    r"bring\s+(?:him|her|them)\s+in|pick\s+(?:him|her|them)\s+up|look\s+in\s+(?:the|his|her))|(?:ok|okay|good)\s+to\s+(?:go|bring|take|hold|enter)|"
    r"enough\s+to\s+(?:take|hold|pop|search|arrest|go|get)"
    r"|(?:can|could|may|should)\s+(?:i|we)\s+(?:legally\s+|still\s+)?(?:arrest|search|charge|detain|cite|tow|enter|seize|"
    r"question|go\s+in(?:to)?|(?:hold|keep|release)\s+(?:him|her|them|the\s+(?:suspect|subject|juvenile|kid|driver|"
    r"arrestee)|(?-i:\p{Lu}\w+)))"
    r"|(?:can|could|may|should)\s+(?:i|we)\s+(?:still\s+)?keep\s+(?:holding|detaining|hold|detain)"
    r"|(?:lock|locking)\s+(?:up|(?:him|her|them)\s+up))\b", FLAGS)
LEGAL_CUES = frozenset({"lock", "locking", "keep", "probable", "reasonable", "pc", "legal", "legally", "illegal", "lawful", "unlawful",
                        "admissible", "inadmissible", "constitutional", "warrant", "warrantless", "charge", "charges",
                        "charging", "chargeable", "statute", "miranda", "waiver", "affidavit", "counts", "count",
                        "holds", "hold", "search", "entry", "arrest", "detain", "consent", "guilty", "liable",
                        "crime", "felony", "misdemeanor", "burglary", "theft", "battery", "suppress", "seize",
                        "seizure", "exigent", "exigency", "custody", "hours", "lineup", "suggestive", "identification",
                        "interrogation", "confession", "can", "could", "may", "should", "do", "am", "citation",
                        "violation", "offense", "offence", "owi", "dui", "doctrine", "plain", "sweep", "fair", "pickup",
                        "disorderly", "ok", "okay", "good", "enough", "hit", "statement", "voluntary", "array", "be"})
RELIANCE_REACH = 300


class SoleLegalBasisClassifier(PhraseClassifier):
    """Asking the AI to decide the law or the facts of a specific contact (cause, legality, guilt)."""

    name = "sole_legal_basis"
    kind = UseKind.SOLE_LEGAL_BASIS
    section = "682.35 A"
    excused_by_training = True   # legal questions about a training scenario are education
    rules = (
        rule("have-standard", 'do did does would will don didn',
            r"\b(?:do|did|does|would|will|don't|didn't)\s+(?:i|we|he|she|they|the\s+officers?|my\s+partner|officer\s+\w+)\s+"
            r"(?:still\s+)?(?:have|had)\s+(?:enough\s+|sufficient\s+|a\s+)?" + STANDARD + r"\b[^.?!\n]{0,40}?\b(?:to|for)\s+"
            r"(?:an?\s+)?" + ACT,
         "asks whether a specific contact meets a legal standard", anchored=True),
        rule("is-it-legal", 'was is were would will',
            r"\b(?:was|is|were|would|will)\s+(?:the|my|our|this|that|his|her|their|officer\s+\w+'s)\s+(?:\w+\s+){0,2}?"
            + CONTACT + r"(?:\s+(?:of|on|into|at|in)\s+(?!an?\s|any\s|someone)[^.?!\n]{0,40}?)?\s+(?:be\s+)?(?:\w+\s+)?" + LEGALITY + r"\b",
         "asks whether a specific search, stop or arrest was legal", anchored=True),
        rule("decide-legality", 'decide determine tell rule judge assess confirm conclude say figure make give let',
            r"\b" + DECIDE + r"\s+(?:for\s+me\s+)?(?:whether|if)\s+(?:or\s+not\s+)?[^.?!\n]{0,60}?\b(?:was|is|were|are|"
            r"would\s+be|will\s+be)\s+(?:\w+\s+)?(?:" + LEGALITY + r"|" + VERDICT + r")\b"
            r"|\b" + DECIDE + r"\s+(?:for\s+me\s+)?(?:whether|if)\s+(?:or\s+not\s+)?[^.?!\n]{0,60}?\b(?:(?:holds?|would\s+hold|"
            r"will\s+hold)\s+up|counts?\s+as|covers?\s+(?:the|his|her|their|it)|is\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}?(?:chargeable|"
            r"arrestable|felony|misdemeanor|theft|battery|burglary|robbery|assault|crime|offen[cs]e)|(?:i|we)\s+(?:can|could|should|may)\s+(?:legally\s+)?" + ACT + r"|"
            r"(?:he|she|they|" + SPECIFIC_PERSON + r")\s+(?:committed|is\s+guilty\s+of|was\s+guilty\s+of|did\s+(?:it|the))|"
            r"(?:i|we)\s+(?:had|have)\s+(?:the\s+right|a\s+right|authority|grounds|probable\s+cause|pc|reasonable\s+suspicion)\s+to\s+"
            + ACT + r"|there(?:'s|’s|\s+is|\s+was)\s+(?:enough\s+)?" + STANDARD + r"\s+(?:to|for)\s+(?:an?\s+)?" + ACT + r"|"
            r"(?:he|she|they|the\s+\w+|this\s+\w+)\s+(?:can|could|may)\s+(?:legally\s+)?be\s+(?:taken\s+into\s+custody|arrested|"
            r"searched|detained|held|charged|cited|booked))\b",
         "asks the AI to decide the legality of an action or the facts of a case", anchored=True),
        rule("was-this-lawful", 'was is',
            r"\b(?:was|is)\s+(?:this|that|it|my|the)\s+(?:a\s+|an\s+)?(?:legal|lawful|valid|constitutional|good|"
            r"legit(?:imate)?|justified|proper|illegal|unlawful)\s+(?:\w+\s+)?" + CONTACT + r"\b",
         "asks whether a specific contact was lawful", anchored=True),
        rule("enough-to-act", 'is there enough do if whether',
            r"\b(?:is\s+there|(?:if|whether)\s+there(?:'s|’s|\s+is|\s+was)|do\s+(?:i|we)\s+have|have\s+(?:i|we)\s+got|"
            r"(?:if|whether)\s+(?:i|we)\s+(?:have|had)|"
            r"is\s+(?:this|that|it|what\s+(?:i|we)\s+(?:saw|have|had|observed|got)|my\s+\w+(?:\s+about\s+[^.?!\n]{0,40}?)?)"
            r"(?:\s+(?:alone|by\s+itself|solid|good))?|(?:are|were)\s+(?:the|these|those|my)\s+facts(?:\s+here)?)\s+"
            r"(?:enough|sufficient)\s+(?:(?:evidence|facts|probable\s+cause|pc|grounds|proof)\s+)?(?:to|for)\s+(?:an?\s+)?"
            + ACT,
         "asks whether the evidence suffices to act against someone", anchored=True),
        rule("can-i-act", 'tell decide determine confirm',
            r"\b(?:tell\s+me|decide|determine|confirm)\s+(?:whether|if)\s+(?:i|we)\s+(?:can|could|should|may)\s+"
            r"(?:legally\s+)?" + ACT + r"\s+" + SPECIFIC_PERSON,
         "asks the AI to decide whether to act against a specific person", anchored=True),
        rule("ok-that-i", 'is was',
            r"\b(?:is|was)\s+it\s+(?:ok|okay|legal|lawful|fine|alright|all\s+right|allowed|constitutional|legit)\s+(?:that|when|"
            r"if|how)\s+(?:i|we|he|she|they|my\s+partner)\s+(?:searched|entered|stopped|arrested|detained|frisked|seized|"
            r"towed|questioned|interrogated|went\s+into|patted|cuffed|held|pulled)\b",
         "asks whether an action already taken was lawful", anchored=True),
        rule("was-there-standard", 'was is',
            r"\b(?:was|is)\s+there\s+(?:enough\s+|sufficient\s+)?" + STANDARD + r"\s+(?:(?:for|to)\s+(?:my|our|the|his|her|this|"
            r"that)\s+(?:\w+\s+)?" + CONTACT + r"\b|(?:to|for)\s+(?:an?\s+)?" + ACT + r"\s+" + SPECIFIC_PERSON + r"|here\b|in\s+(?:this|my)\b|on\s+(?:these|this|my)\b|based\s+on\s+(?:this|these|"
            r"that|my|what)\b)",
         "asks whether a specific contact met a legal standard", anchored=True),
        rule("verdict", 'is was are were',
            r"\b(?:is|was|are|were)\s+(?:he|she|they|the\s+suspect|my\s+suspect|the\s+defendant|this\s+(?:guy|person|"
            r"man|woman|kid)|\[[A-Z_-]+-?\d*\]|(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?))\s+(?:really\s+|actually\s+)?"
            r"(?:guilty|innocent|lying|the\s+(?:shooter|offender|killer|perpetrator))\b",
         "asks the AI to decide guilt or credibility", anchored=True),
        rule("should-i-act", 'should can may could',
            r"\b(?:should|can|may|could)\s+(?:i|we)\s+(?:legally\s+)?" + ACT + r"\s+" + SPECIFIC_PERSON,
         "asks the AI whether to take an enforcement action against a specific person", anchored=True),
        rule("yes-or-no", 'yes',
            r"\b(?:" + STANDARD + r"|" + LEGALITY + r"|guilty|arrest|search|charge)\b[^\n]{0,80}?\b(?:just|only|simply)\s+"
            r"(?:tell\s+me|answer|say|give\s+me)\s+(?:a\s+)?(?:yes\s+or\s+no|yes/no|y/n)",
         "asks for a yes-or-no legal conclusion"),
        rule("put-in-report", 'decide determine tell conclude analyze analyse figure',
            r"\b(?:decide|determine|tell\s+me|conclude|analy[sz]e|figure\s+out)\b[^.?!\n]{0,80}?\b(?:so\s+(?:that\s+)?(?:i|we)\s+"
            r"can|and\s+i'?ll|which\s+i'?ll|to)\s+(?:just\s+)?(?:put|use|include|cite|paste|copy|rely\s+on)\b[^.?!\n]{0,30}?"
            r"\b(?:report|affidavit|complaint|warrant|charging|narrative)",
         "asks for a legal conclusion to put in a report as is", anchored=True),
    )

    rules = rules + (
        rule("is-it-legal-to", 'is would',
            r"\b(?:is|would)\s+it\s+(?:be\s+)?(?:legal|lawful|ok|okay|allowed|constitutional|legit)\s+(?:for\s+(?:me|us)\s+)?to\s+"
            r"(?:legally\s+)?" + ACT + r"\s+" + SPECIFIC_PERSON,
         "asks whether acting against a specific person is lawful", anchored=True),
        rule("did-violate", 'violate breach violated',
            r"(?<=\b(?:did|have|has)\s+(?:i|we|he|she|they|the\s+officers?|my\s+partner|officer\s+\w+)\s+)(?:violate|breach)\s+"
            r"(?:his\s+|her\s+|their\s+|the\s+)?(?:miranda|rights|fourth|4th|fifth|5th|sixth|6th|constitutional\s+rights)\b"
            r"|(?<=\b(?:was|were)\s+(?:his|her|their|the\s+\w+'s)\s+(?:miranda\s+)?rights\s+)violated\b",
         "asks whether a specific contact violated someone's rights", anchored=True),
        rule("does-it-count", 'does did would will',
            r"\b(?:does|did|would|will)\s+(?:this|that|it|my|our|the\s+(?:mom|dad|mother|father|owner|tenant|roommate)'s)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:count\s+as\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:" + LEGALITY + r"|" + CONTACT + r"|consent|"
            r"probable\s+cause|exigen\w+)|hold\s+up|stand\s+up|cover\s+(?:the|his|her|their|a)\b|get\s+me\s+(?:a|an)\s+"
            r"(?:pickup|warrant|arrest)|let\s+me\s+" + ACT + r")",
         "asks whether a specific contact meets a legal standard", anchored=True),
        rule("what-to-charge", 'what which',
            r"\b(?:what|which)\s+(?:charges?\s+(?:to\s+(?:file|refer|bring)|apply|applies|fit|stick)|(?:to|should\s+(?:i|we))\s+"
            r"(?:charge|book|cite|arrest)\s+(?:him|her|them|the\s+\w+|(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}))\s+"
            r"(?:with|on|for))\b",
         "asks the AI which charges to bring", anchored=True),
    )

    # "I'll go with whatever you say", "no need to run it past the DA", "be my lawyer": the answer
    # is to be the whole analysis. A use only when a legal question about a contact is near.
    reliance_rules = (
        rule("act-on-answer", 'i we',
            r"\b(?:i'?ll|i\s+will|i'?m\s+(?:going\s+to|gonna)|we'?ll|i'?m|i\s+am)\s+(?:just\s+)?(?:go(?:ing)?\s+with|"
            r"act(?:ing)?\s+on|rely(?:ing)?\s+on|run\s+with|follow|do|submit|file|charge|write\s+it\s+up|put|use)\s+"
            r"(?:it\s+)?(?:(?:based\s+on|according\s+to|off|on)\s+)?(?:whatever|what|your|the)\s+(?:you\s+(?:say|decide|conclude|"
            r"tell\s+me|think|come\s+up\s+with)|"
            r"answer|call|word|decision|analysis|conclusion|ruling|verdict|advice|opinion)",
         "says the AI's answer will be acted on as is", anchored=True),
        rule("whatever-you-conclude", 'whatever',
            r"\bwhatever\s+you\s+(?:say|decide|conclude|tell\s+me|think|come\s+up\s+with)\b[^.?!\n]{0,80}?"
            r"\b(?:is\s+what|goes|i'?ll|i\s+will|we'?ll|that['’]?s\s+what)\b",
         "says the AI's conclusion will be used as is", anchored=True),
        rule("going-with-it", 'that thats',
            r"\b(?:that'?s|that\s+is)\s+what\s+(?:i'?m|i\s+am|we'?re|i'?ll\s+be|i\s+will\s+be)\s+(?:going\s+with|using|"
            r"filing|submitting|putting\s+in|acting\s+on|charging|booking|citing|writing\s+up)\b"
            r"|\b(?:that['’]?s|that\s+is|this\s+is)\s+(?:the\s+|my\s+)?answer\s+(?:i['’]?m|i\s+am|we['’]re|we\s+are|"
            r"i['’]ll\s+be)\s+(?:giving|telling|going\s+with|sending|using|putting\s+in|handing)\b",
         "says the AI's answer will be used as is", anchored=True),
        rule("answer-goes-into", 'answer analysis conclusion ruling call word',
            r"\byour\s+(?:answer|analysis|conclusion|ruling|call|word|response)\s+(?:goes|will\s+go|is\s+going)\s+"
            r"(?:straight\s+|directly\s+|right\s+)?(?:in(?:to)?|on)\b",
         "says the AI's answer goes straight into a legal document"),
        rule("as-is", 'submit file use send sign forward',
            r"\b(?:submit|file|use|send|sign|forward)\s+(?:it|this|that|them|your\s+\w+)\s+(?:(?:to|in|into|on)\s+[^.?!\n]{0,30}?\s)?"
            r"as[-\s]is\b",
         "says the AI's analysis will be submitted unchanged", anchored=True),
        rule("no-one-else", 'not won without no don am do checking verifying reviewing double reading',
            r"\b(?:not|won'?t\s+be|am\s+not|without|no\s+need\s+to|don'?t\s+need\s+to|not\s+going\s+to|won'?t)\s+"
            r"(?:checking|check|run(?:ning)?\s+(?:it|this)\s+(?:past|by)|ask(?:ing)?|consult(?:ing)?|call(?:ing)?|"
            r"talk(?:ing)?\s+to|bother(?:ing)?)\s+(?:with\s+)?(?:anyone|anybody|the\s+(?:da|district\s+attorney|"
            r"prosecutor|city\s+attorney|sergeant|sgt|sarge|supervisor|lieutenant|lt)|a\s+(?:lawyer|prosecutor|supervisor)|legal|da)\b"
            r"|\b(?:don'?t|do\s+not)\s+(?:want|have\s+time)\s+to\s+(?:call|ask|check\s+with|wait\s+for|bother)\s+(?:the\s+)?"
            r"(?:a?da|sgt|sarge|sergeant|supervisor|lieutenant|lt|prosecutor|lawyer|anyone)\b"
            r"|\bwithout\s+(?:checking|double-checking|verifying|looking\s+it\s+up|asking\s+anyone)\b"
            r"|\b(?:don['’]?t|do\s+not)\s+want\s+to\s+(?:look\s+(?:it|this|that)\s+up|read\s+up\s+on\s+it)\b"
            r"|\bnot\s+calling\s+(?:anyone|anybody)\b"
            r"|(?<=\b(?:i|we)\s*(?:won['’]?t|will\s+not|['’]m\s+not|am\s+not|are\s+not|['’]re\s+not)\s+(?:be\s+)?)"
            r"(?:checking|verifying|reviewing|double-checking|reading)\s+(?:it|this|that|them|your\s+\w+)\b"
            r"|\bno\s+time\s+(?:for|to\s+(?:call|ask|wait\s+for))\s+(?:the\s+)?(?:a?da|sgt|sarge|sergeant|supervisor|lieutenant|"
            r"prosecutor|lawyer|anyone)\b",
         "says no one else will check the AI's legal answer", anchored=True),
        rule("be-my-lawyer", 'lawyer attorney legal prosecutor judge counsel',
            r"\b(?:you'?re|you\s+are|be|act\s+as)\s+(?:basically\s+|just\s+|now\s+)?(?:my\s+(?:only\s+)?(?:legal\s+(?:source|advisor|"
            r"adviser|counsel|department|expert|authority)|lawyer|attorney|prosecutor|judge|da|counsel)|the\s+(?:lawyer|attorney|"
            r"legal\s+(?:advisor|expert|authority)))\b",
         "makes the AI the member's only legal source"),
        rule("final-word", 'final last',
            r"\b(?:final|last)\s+(?:word|answer|call|ruling|say)\s+(?:on|about)\b",
         "asks the AI for the final word on a legal question"),
        rule("no-time-to-read", 'time',
            r"\b(?:don'?t|do\s+not|no)\s+(?:have\s+)?time\s+to\s+(?:read|check|look\s+up|research|look\s+at)\s+"
            r"(?:the\s+)?(?:statutes?|law|case\s+law|code|cases|ordinance)\b",
         "skips reading the law in favour of the AI's answer"),
    )

    reliance_rules = reliance_rules + (
        rule("if-you-say", "if say answer tell",
            r"\bif\s+(?:you|u)\s+say\s+(?:so|yes|it\s+is|it'?s\s+\w+|i\s+can|we\s+can|go)\b"
            r"|\bif\s+(?:you|u)\s+(?:think|say|decide|tell\s+me)\b[^.?!\n]{0,60}?\b(?:i'?ll|i\s+will|we'?ll|i'?m|we'?re)\s+"
            r"(?:go|make|do|take|search|arrest|cuff|book|charge|enter|move|roll)"
            r"|\bif\s+(?:yes|so|not|no)\s*,?\s+(?:i'?m|we'?re|i'?ll|we'?ll|i\s+will)\s+(?:\w+\s+)?(?:arrest|search|charg|book|"
            r"cit|tow|detain|hold|tak|go|enter|cuff|let|releas|kick|cut|mak|do)\w*"
            r"|\b(?:say\s+(?:yes|so|the\s+word|go)|answer|(?:just\s+)?tell\s+me)\s+and\s+(?:i'?m|we'?re|i'?ll|we'?ll)\b"
            r"|(?<=\b(?:i'?ll|we'?ll|i\s+will|i'?m|we'?re)\b[^.?!\n]{0,50})\bif\s+(?:yes|so|it\s+is|you\s+agree|you\s+say\s+so)\b",
         "says the member will act if the AI says so", anchored=True),
        rule("your-call", "your ur",
            r"(?<!\bfor\s)(?<!\bto\s)(?<!\breturn\s)(?<!\breturning\s)\b(?:your|ur)\s+(?:call|pick)\b"
            r"(?=\s*(?:[.,;:!?]|$|(?:and\s+)?(?:i'?ll|i\s+will|we'?ll|i'?m|we'?re)\b))"
            r"|\b(?:your|ur)\s+(?:answer|call|word|decision|recommendation|read|analysis|response|reply|judg(?:e)?ment|ruling)\s+"
            r"(?:is\s+what|goes|decides|is\s+final)"
            r"|(?<=\b(?:on|off|with|by|from|follow|forward|take|based\s+(?:only\s+|solely\s+|just\s+|entirely\s+)?on|"
            r"go(?:ing)?\s+with|go(?:ing)?\s+off(?:\s+of)?|use|cite|quote|paste)\s+)(?:your|ur)\s+(?:answer|call|pick|decision|word|recommendation|"
            r"read|say-?so|opinion|analysis|response|reply|judg(?:e)?ment|ruling)\b",
         "makes the AI's answer the decision", anchored=True),
        rule("whatever-you-say", "whatever whichever exactly what",
            r"(?:\b(?:whatever|whichever|exactly\s+what)|(?<=(?:^|[.?!:;,\n—–-])\s*)what)\s+(?:you|u)\s+"
            r"(?:say|said|tell\s+me|answer|decide|pick|recommend|conclude)\b"
            r"\s*,?\s*(?:goes|is\s+what|i'?ll|i\s+will|we'?ll|i'?m|we'?re)"
            r"|(?<=\b(?:do|follow|submit|file|write|sign|book|charge|type|forward|go\s+with|act\s+on|based\s+on|"
            r"based\s+only\s+on|off\s+of|off|base\s+it\s+on|on)\s+)(?:whatever|what|whichever|exactly\s+what)\s+(?:you|u)\s+"
            r"(?:say|said|tell\s+me|answer|decide|pick|recommend|conclude|come\s+up\s+with)\b",
         "says the member will do what the AI says", anchored=True),
        rule("make-the-call", "make decide let determination",
            r"\bmake\s+the\s+(?:legal\s+)?(?:call|decision|determination)(?:\s+(?:for\s+(?:me|us)|here|on\s+this)\b|"
            r"(?=\s*(?:[.!?]|$)))"
            r"|(?<=\b(?:you|u)\s+)decide(?:\s+(?:if|whether|for\s+me|which|what)\b|(?=\s*(?:[.!?]|$)))"
            r"|\blet\s+(?:you|u)\s+(?:make\s+the\s+call|decide|pick)\b"
            r"|(?<=\blegal\s+)determination\b",
         "hands the legal decision to the AI", anchored=True),
        rule("act-on-it", "act base type put roll rolling moving off way",
            r"(?<=\b(?:gonna|going\s+to|i'?ll|i\s+will|we'?ll)\s+(?:just\s+)?)(?:act\s+on\s+it|base\s+it\s+on|type\s+(?:that|it)\s+in|"
            r"put\s+it\s+through)\b"
            r"|(?<=\b(?:and|then)\s+(?:we|i)(?:'re|'m|\s+are|\s+am)?\s+)(?:roll|rolling|moving)\b"
            r"|(?<=\bgo(?:ing)?\s+)off\s+(?:of\s+)?(?:you|u|what\s+you)\b"
            r"|(?<=\b(?:i'?ll|we'?ll|i\s+will|gonna)\s+(?:\w+\s+){1,3}?that\s+)way\b",
         "says the member will act on the answer", anchored=True),
        rule("yes-no-demand", "yes straight",
            r"\b(?:yes\s+or\s+no|yes/no|straight\s+answer)\b",
         "asks for a bare yes-or-no legal answer", anchored=True),
    )

    # Families learned from the first held-out corpus (now a development set).
    reliance_rules = reliance_rules + (
        rule("sole-basis", "your definitive binding authoritative final official",
            r"\byour\s+(?:legal\s+)?(?:answer|analysis|opinion|read|take|call|conclusion|response)\s+(?:is|will\s+be|'s|’s|becomes)\s+"
            r"(?:the\s+|my\s+|our\s+)?(?:sole|only|entire|whole|one|final)\s+(?:legal\s+)?(?:basis|analysis|source|word|thing|"
            r"reason|authority)\b"
            r"|\b(?:definitive|binding|authoritative|final|official)\s+legal\s+(?:answer|ruling|opinion|determination|call|"
            r"conclusion|analysis)\b",
         "makes the AI's legal analysis the sole basis of a decision", anchored=True),
    )

    def find(self, text: str) -> Iterator[UseFinding]:
        uses = list(super().find(text))
        yield from uses
        if uses or not index_of(text).has_any(LEGAL_CUES):
            return
        for use in self._reliance(TextScan.of(text)):
            yield use
            return

    def _reliance(self, scan: TextScan) -> Iterator[UseFinding]:
        text, vocabulary = scan.text, scan.vocabulary
        for current in self.reliance_rules:
            if vocabulary.isdisjoint(current.cues):
                continue
            for start, end, match in self._matches(current, scan):
                if self._excused(scan, start, end, match.start()):
                    continue
                near = budget.search(LEGAL_QUESTION, text, max(0, start - RELIANCE_REACH),
                                     min(len(text), end + RELIANCE_REACH))
                if near:
                    yield self.use(text, match, current.rule_id, current.explanation)
