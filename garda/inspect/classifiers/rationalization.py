"""682.35 A: asking the AI to rationalize a law-enforcement decision after the fact."""

from __future__ import annotations

from garda.inspect.classifiers.base import PhraseClassifier, rule
from garda.inspect.classifiers.vocabulary import ENFORCEMENT_ACTION
from garda.inspect.spans import UseKind

OWN = r"(?:my|our|the|his|her|this|that|their|officer\s+\w+'s|\[[A-Z_-]+-?\d*\]'s)"
LEGITIMATE = (r"(?:reasonable|justified|justifiable|legal|lawful|legit(?:imate)?|necessary|proper|appropriate|"
              r"warranted|defensible|objectively\s+reasonable|by\s+the\s+book|within\s+policy|ok|okay|fine|"
              r"better|good|hold\s+up(?:\s+in\s+court)?|stand\s+up(?:\s+in\s+court)?|"
              r"like\s+(?:i|we|he|she)\s+had\s+(?:probable\s+cause|reasonable\s+suspicion|pc|rs|no\s+choice))")
GROUNDS = (r"(?:justifications?|rationales?|reasons?|excuses?|arguments?|grounds|basis|bases|explanations?|"
           r"articulable\s+facts|facts|points|talking\s+points|support|defen[cs]e)")


class RationalizationClassifier(PhraseClassifier):
    """Asking to justify, reword or find reasons for an enforcement decision after the fact."""

    name = "rationalization"
    kind = UseKind.RATIONALIZATION
    section = "682.35 A"
    excused_by_training = True   # legal questions about a training scenario are education
    rules = (
        rule("justify-action", 'justify justifies justifying rationalize rationalise defend excuse back support legitimize legitimise',
            r"\b(?:justify|justifies|justifying|rationali[sz]e|defend|excuse|back\s+up|support|legitimi[sz]e)\s+"
            r"(?:why\s+(?:i|we|he|she|they|the\s+officers?)\s+[^.?!\n]{0,30}?)?(?:" + OWN + r"\s+)?(?:\w+\s+){0,2}?"
            + ENFORCEMENT_ACTION + r"\b",
         "asks to justify an enforcement action", anchored=True),
        rule("write-justification", 'justification justifications rationale rationales reason reasons excuse excuses argument arguments grounds basis bases explanation explanations articulable facts points support defense defence',
            r"\b(?:write|draft|give|make|create|generate|come\s+up\s+with|think\s+of|find|list|provide|put\s+together|"
            r"craft|compose|help\s+me\s+(?:write|find|come\s+up\s+with|think\s+of))\s+(?:me\s+|us\s+)?"
            r"(?:a\s+|an\s+|some\s+|the\s+|\d+\s+|a\s+few\s+|more\s+|good\s+|solid\s+|strong\s+|legal\s+|better\s+|"
            r"convincing\s+|plausible\s+|defensible\s+)*" + GROUNDS + r"\b[^.?!\n]{0,50}?\b(?:for|why|that\s+"
            r"(?:supports?|justif(?:y|ies)|explains?|defends?|backs?\s+up)|to\s+(?:support|justify|explain|defend)|supporting|justifying|behind)\b"
            r"[^.?!\n]{0,50}?\b" + ENFORCEMENT_ACTION + r"\b",
         "asks for reasons that justify an enforcement action"),
        rule("make-it-sound", 'make making get',
            r"\b(?:make|making|get)\s+" + OWN + r"\s+(?:\w+\s+){0,3}?(?:" + ENFORCEMENT_ACTION + r"|report|actions?|"
            r"narrative|conduct|response)\s+(?:\w+\s+)?(?:sound|look|seem|appear|read|come\s+across)\s+(?:more\s+|less\s+|"
            r"as\s+)?(?:" + LEGITIMATE + r"|aggressive|less\s+excessive|less\s+bad)",
         "asks to make an enforcement action look justified", anchored=True),
        rule("make-it-justified", "justified justifiable reasonable lawful legal legit legitimate necessary warranted "
             "defensible",
            r"\bmake\s+(?:it|this|that|them|everything)\s+(?:sound|look|seem|appear|read|come\s+across)\s+(?:more\s+|as\s+)?"
            r"(?:justified|justifiable|reasonable|lawful|legal|legit(?:imate)?|necessary|warranted|defensible|"
            r"objectively\s+reasonable|within\s+policy)\b",
         "asks to make an account look justified"),
        rule("reword-to-justify", 'sound sounds look looks seem seems appear appears read reads show shows support supports hold holds stand stands',
            r"\b(?:reword|rewrite|re-?phrase|phrase|word|spin|frame|tweak|adjust|change|edit|polish|fix|write|say|put|"
            r"describe|document)\b[^.?!\n]{0,60}?"
            r"\b(?:so\s+(?:that\s+)?(?:it|this|(?:the|my|our|his|her)\s+(?:\w+\s+){0,3}?\w+)\s+(?:will\s+|would\s+|can\s+)?"
            r"(?:sounds?|looks?|seems?|appears?|reads?|shows?|supports?|holds?\s+up|stands?\s+up|"
            r"makes?\s+it\s+(?:look|sound|seem))|to\s+(?:make\s+it\s+)?(?:sound|look|seem|appear|show|read))"
            r"\s+(?:like\s+|as\s+(?:if|though)\s+)?[^.?!\n]{0,40}?(?:" + LEGITIMATE + r"|probable\s+cause|reasonable\s+"
            r"suspicion|justified|exigent|consent|furtive|threat|in\s+fear|in\s+court)",
         "asks to reword an account so an action looks justified"),
        rule("explain-why-justified", 'explain show argue demonstrate make',
            r"\b(?:explain|show|argue|demonstrate|make\s+the\s+case)\s+(?:why|that|how)\s+(?:my|our|the|his|her|this)\s+"
            r"(?:\w+\s+){0,2}?" + ENFORCEMENT_ACTION + r"(?:\s+(?:of|on|against)\s+\w+)?\s+(?:was|were|is)\s+(?:completely\s+|totally\s+|fully\s+)?"
            r"(?:reasonable|justified|lawful|legal|necessary|appropriate|proper|warranted|within\s+policy)",
         "asks to argue that an enforcement action was justified", anchored=True),
        rule("pretext", 'find come give think invent create need',
            r"\b(?:find|come\s+up\s+with|give\s+me|think\s+of|invent|create|need)\s+(?:me\s+)?(?:a\s+|an\s+|some\s+)?"
            r"(?:pretext|pretextual\s+reason|reason|excuse|legal\s+reason|justification|way)\s+(?:to|for)\s+"
            r"(?:stop|search|arrest|detain|frisk|pull\s+over|tow|cite|enter|hold)",
         "asks for a pretext for an enforcement action", anchored=True),
        rule("after-the-fact", 'after backfill back cover',
            r"\b(?:after\s+the\s+fact|backfill|back-?fill|cover\s+(?:myself|ourselves|me|us))\b[^.?!\n]{0,80}?"
            r"\b(?:" + ENFORCEMENT_ACTION + r"|justif\w*|reasons?|report)",
         "asks to backfill reasons for a decision already made", anchored=True),
    )
