"""682.35 A: asking the AI to decide the law or the facts of a contact (sole basis of analysis)."""

from __future__ import annotations

from garda.inspect.classifiers.base import PhraseClassifier, rule
from garda.inspect.classifiers.vocabulary import SPECIFIC_PERSON
from garda.inspect.spans import UseKind

STANDARD = (r"(?:probable\s+cause|reasonable\s+suspicion|pc|rs|enough\s+(?:evidence|facts|grounds)|legal\s+"
            r"(?:basis|grounds|authority|justification)|grounds|exigent\s+circumstances|exigency|consent|"
            r"a\s+(?:legal|valid)\s+(?:reason|basis))")
ACT = (r"(?:arrest|charge|search|detain|stop|frisk|pat\s+down|cite|book|hold|enter|seize|tow|question|"
       r"interrogate|hit|go\s+in)")
LEGALITY = (r"(?:legal|illegal|lawful|unlawful|constitutional|unconstitutional|justified|unjustified|valid|invalid|"
            r"admissible|inadmissible|reasonable|unreasonable|proper|improper|ok|okay|allowed|permissible|"
            r"a\s+(?:fourth|4th|fifth|5th)\s+amendment\s+violation|a\s+violation|good|bad)")
CONTACT = (r"(?:search|stop|arrest|seizure|entry|frisk|pat[-\s]?down|detention|interrogation|interview|"
           r"confession|statement|lineup|show-?up|identification|use\s+of\s+force|force|traffic\s+stop|"
           r"warrantless\s+\w+|consent|tow|inventory|k-?9\s+sniff|sniff|chase|pursuit)")
VERDICT = (r"(?:guilty|innocent|not\s+guilty|liable|lying|telling\s+the\s+truth|the\s+(?:shooter|offender|killer|"
           r"perpetrator|one\s+who\s+did\s+it|suspect)|responsible|at\s+fault|credible)")
DECIDE = (r"(?:decide|determine|tell\s+me|rule|judge|assess|confirm|conclude|say|figure\s+out|make\s+the\s+call|"
          r"give\s+me\s+(?:a|your)\s+(?:ruling|verdict|decision|answer)\s+(?:on|about)|let\s+me\s+know)")


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
            + CONTACT + r"\s+(?:be\s+)?(?:\w+\s+)?" + LEGALITY + r"\b",
         "asks whether a specific search, stop or arrest was legal", anchored=True),
        rule("decide-legality", 'decide determine tell rule judge assess confirm conclude say figure make give let',
            r"\b" + DECIDE + r"\s+(?:for\s+me\s+)?(?:whether|if)\s+(?:or\s+not\s+)?[^.?!\n]{0,60}?\b(?:was|is|were|are|"
            r"would\s+be|will\s+be)\s+(?:\w+\s+)?(?:" + LEGALITY + r"|" + VERDICT + r")\b",
         "asks the AI to decide the legality of an action or the facts of a case", anchored=True),
        rule("was-this-lawful", 'was is',
            r"\b(?:was|is)\s+(?:this|that|it|my|the)\s+(?:a\s+|an\s+)?(?:legal|lawful|valid|constitutional|good|"
            r"legit(?:imate)?|justified|proper|illegal|unlawful)\s+(?:\w+\s+)?" + CONTACT + r"\b",
         "asks whether a specific contact was lawful", anchored=True),
        rule("enough-to-act", 'is there enough do',
            r"\b(?:is\s+there|do\s+(?:i|we)\s+have|have\s+(?:i|we)\s+got)\s+(?:enough|sufficient)\s+(?:evidence|facts|"
            r"probable\s+cause|pc|grounds|proof)\s+(?:to|for)\s+(?:an?\s+)?" + ACT,
         "asks whether the evidence suffices to act against someone", anchored=True),
        rule("can-i-act", 'tell decide determine confirm',
            r"\b(?:tell\s+me|decide|determine|confirm)\s+(?:whether|if)\s+(?:i|we)\s+(?:can|could|should|may)\s+"
            r"(?:legally\s+)?" + ACT + r"\s+" + SPECIFIC_PERSON,
         "asks the AI to decide whether to act against a specific person", anchored=True),
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
