"""682.35 A: asking the AI to rationalize a law-enforcement decision after the fact."""

from __future__ import annotations

from garda.inspect.classifiers.base import PhraseClassifier, rule
from garda.inspect.classifiers.vocabulary import ENFORCEMENT_ACTION
from garda.inspect.spans import UseKind

OWN = r"(?:my|our|the|his|her|this|that|their|officer\s+\w+'s|\[[A-Z_-]+-?\d*\]'s)"
LEGITIMATE = (r"(?:reasonable|justified|justifiable|legal|lawful|legit(?:imate)?|necessary|proper|appropriate|"
              r"warranted|defensible|objectively\s+reasonable|by\s+the\s+book|within\s+policy|"
              r"well[-\s]reasoned|airtight|required|mandated|"
              r"hold\s+up(?:\s+in\s+court)?|stand\s+up(?:\s+in\s+court)?|"
              r"like\s+(?:i|we|he|she)\s+had\s+(?:probable\s+cause|reasonable\s+suspicion|pc|rs|no\s+choice))")
# What an account is asked to make an action look like (no "better" or "fine": those are plain editing).
JUSTIFIED_LOOK = (r"(?:justified|justifiable|reasonable|lawful|legal|legit(?:imate)?|necessary|proper|warranted|defensible|"
                  r"objectively\s+reasonable|by\s+the\s+book|within\s+policy|in\s+policy|proportion(?:ate|al)|"
                  r"standard\s+procedure|(?:the|our|my)\s+only\s+(?:option|way|choice|thing)|obvious|unavoidable|textbook|"
                  r"bulletproof|airtight|consensual|voluntary|(?:more\s+|really\s+|way\s+more\s+)?(?:aggressive|threatening|"
                  r"dangerous|hostile|combative|violent)|(?:like\s+)?(?:a|an\s+imminent)\s+threat|"
                  r"(?:a|an)\s+(?:real|actual|serious)\s+(?:threat|danger)|armed|resisting|reaching|"
                  r"exigent(?:\s+circumstances)?|exigency|(?:there\s+(?:was|were)\s+)?(?:probable\s+cause|reasonable\s+suspicion)|"
                  r"(?:he|she|they)\s+consented|the\s+aggressor|the\s+one\s+who\s+(?:started|attacked|swung)|standard\s+(?:\w+\s+)?(?:procedure|technique|practice|protocol|control|safety)|"
                  r"(?:it\s+)?followed\s+(?:policy|procedure|protocol|the\s+rules|training)|(?:within|per|in\s+line\s+with)\s+policy|"
                  r"(?:the\s+)?(?:warrant|consent|permission|miranda|warnings?|commands?)\s+(?:came|was\s+(?:given|signed|obtained|read)|"
                  r"were\s+(?:given|read))\s+(?:first|before|earlier)|"
                  r"(?:i|we)\s+(?:\w+\s+)?(?:gave|told|warned|announced|identified|read|knocked|asked)\b|"
                  r"(?:like\s+)?(?:i|we|he|she)\s+had\s+(?:no\s+choice|probable\s+cause|reasonable\s+suspicion|pc|rs)|"
                  r"well[-\s]reasoned|required|mandated|(?:hold|stand)\s+up(?:\s+in\s+court)?|less\s+(?:bad|excessive))")
REVIEWER = (r"(?:da|d\.a\.|district\s+attorney|prosecutor|judge|court|sergeant|sarge|sgt|lieutenant|lt|captain|command|"
            r"review\s+board|board|defense|supervisor|boss|brass|ia|internal\s+affairs|fpc|commission|reviewers?|"
            r"after-action\s+review|review|complaint|suppression\s+hearing|hearing|lawyer|attorney)")
GROUNDS = (r"(?:justifications?|rationales?|reasons?|excuses?|arguments?|grounds|basis|bases|explanations?|"
           r"articulable\s+facts|facts|points|talking\s+points|support|defen[cs]e)")


class RationalizationClassifier(PhraseClassifier):
    """Asking to justify, reword or find reasons for an enforcement decision after the fact."""

    name = "rationalization"
    kind = UseKind.RATIONALIZATION
    section = "682.35 A"
    excused_by_training = True   # legal questions about a training scenario are education
    rules = (
        rule("justify-action", 'justify justifies justifying rationalize rationalise rationalizing rationalising defend '
             'defending excuse back support legitimize legitimise explain explaining',
            r"\b(?:justify|justifies|justifying|rationali[sz](?:e|ing)|defend(?:ing)?|excuse|back\s+up|support|legitimi[sz]e|"
            r"explain(?:ing)?\s+away)\s+"
            r"(?:in\s+writing\s+|on\s+paper\s+|for\s+me\s+)?(?:why\s+(?:i|we|he|she|they|the\s+officers?)\s+[^.?!\n]{0,30}?)?"
            r"(?:" + OWN + r"\s+)?(?:[\w'’-]+\s+){0,2}?" + ENFORCEMENT_ACTION + r"\b",
         "asks to justify an enforcement action", anchored=True),
        rule("write-justification", 'justification justifications rationale rationales reason reasons excuse excuses argument arguments grounds basis bases explanation explanations articulable facts points support defense defence',
            r"\b(?:write|draft|give|make|create|generate|come\s+up\s+with|think\s+of|find|list|provide|put\s+together|"
            r"craft|compose|need|want|get|fill\s+in|supply|suggest|brainstorm|invent|cook\s+up|dream\s+up|beef\s+up|"
            r"strengthen|shore\s+up|bolster|punch\s+up|flesh\s+out|pad|pump\s+up|make\s+up|"
            r"help\s+me\s+(?:write|find|come\s+up\s+with|think\s+of))\s+(?:me\s+|us\s+)?"
            r"(?:a\s+|an\s+|some\s+|the\s+|\d+\s+|a\s+few\s+|more\s+|good\s+|solid\s+|strong\s+|legal\s+|better\s+|"
            r"convincing\s+|plausible\s+|defensible\s+|best\s+|believable\s+|legit\s+|airtight\s+|bulletproof\s+)*"
            r"(?:[\w-]+\s+)?" + GROUNDS + r"\b[^.?!\n]{0,50}?\b(?:for|why|that\s+"
            r"(?:supports?|justif(?:y|ies)|explains?|defends?|backs?\s+up)|to\s+(?:support|justify|explain|defend)|supporting|justifying|behind)\b"
            r"[^.?!\n]{0,50}?\b" + ENFORCEMENT_ACTION + r"\b",
         "asks for reasons that justify an enforcement action"),
        rule("reword-to-justify", 'sound sounds look looks seem seems appear appears read reads show shows support supports hold holds stand stands',
            r"\b(?:reword|rewrite|re-?phrase|phrase|word|spin|frame|tweak|adjust|change|edit|polish|fix|write|say|put|"
            r"describe|document)\b[^.?!\n]{0,60}?"
            r"\b(?:so\s+(?:that\s+)?(?:it|this|(?:the|my|our|his|her)\s+(?:\w+\s+){0,3}?\w+)\s+(?:will\s+|would\s+|can\s+)?"
            r"(?:sounds?|looks?|seems?|appears?|reads?|shows?|supports?|holds?\s+up|stands?\s+up|"
            r"makes?\s+it\s+(?:look|sound|seem))|to\s+(?:make\s+it\s+)?(?:sound|look|seem|appear|show|read))"
            r"\s+(?:like\s+|as\s+(?:if|though)\s+)?[^.?!\n]{0,40}?(?:" + LEGITIMATE + r"|probable\s+cause|reasonable\s+"
            r"suspicion|justified|exigent|consent|furtive|threat|in\s+fear|in\s+court|reaching|weapon|armed|resist\w*|"
            r"lunged|fled|combative|aggressive|dangerous|legit|reach\w*|waistband)",
         "asks to reword an account so an action looks justified"),
        rule("explain-why-justified", 'explain explaining show showing argue arguing demonstrate demonstrating make argument',
            r"\b(?:explain(?:ing)?|show(?:ing)?|argu(?:e|ing)|demonstrat(?:e|ing)|mak(?:e|ing)\s+the\s+case|"
            r"(?<=\b(?:build|make|write|draft|construct)\s+(?:up\s+)?(?:me\s+)?(?:the|an|a)\s+(?:strongest\s+|best\s+)?)argument)\s+"
            r"(?:why|that|how)\s+"
            r"(?:my|our|the|his|her|this)\s+"
            r"(?:\w+\s+){0,2}?" + ENFORCEMENT_ACTION + r"(?:\s+(?:of|on|against)\s+(?:the\s+|this\s+|that\s+|my\s+)?\w+)?(?:\s+(?:i|we|he|she|they)\s+(?:used|made|did|"
            r"conducted|performed|took))?\s+(?:was|were|is)\s+(?:completely\s+|totally\s+|fully\s+)?"
            r"(?:reasonable|justified|lawful|legal|necessary|appropriate|proper|warranted|within\s+policy)",
         "asks to argue that an enforcement action was justified", anchored=True),
        rule("pretext", 'find come give think invent create need',
            r"\b(?:find|come\s+up\s+with|give\s+me|think\s+of|invent|create|need)\s+(?:me\s+)?(?:a\s+|an\s+|some\s+)?"
            r"(?:pretext|pretextual\s+reason|reason|excuse|legal\s+reason|justification|way)\s+(?:to|for)\s+"
            r"(?:stop|search|arrest|detain|frisk|pull\s+over|tow|cite|enter|hold)",
         "asks for a pretext for an enforcement action", anchored=True),
        rule("invent-standard", 'come find give write create invent make think build get',
            r"\b(?:come\s+up\s+with|find|give\s+me|write|create|invent|make\s+up|think\s+of|build|get\s+me|"
            r"put\s+together)\s+(?:me\s+)?(?:some\s+|the\s+|a\s+|enough\s+|more\s+)?(?:probable\s+cause|"
            r"reasonable\s+suspicion|pc|rs|articulable\s+facts|exigen(?:cy|t\s+circumstances)|a\s+basis)\s+"
            r"(?:(?:language|wording|facts|narrative|section|paragraph|lines?)\s+)?(?:for|to)\b",
         "asks the AI to supply the legal standard for an action", anchored=True,
         needs="probable reasonable pc rs articulable exigency exigent basis"),
        rule("make-them-look", 'make made makes making',
            r"(?<!n't\s|not\s|never\s|without\s)\b(?:make|makes|making|(?:would|could|might|that)\s+(?:have\s+)?made)\s+(?:him|her|them|the\s+\w+|this\s+\w+|"
            r"it)\s+(?:look|seem|appear|sound)\s+(?:more\s+|really\s+|very\s+|like\s+(?:he|she|they)\s+(?:was|were)\s+)?"
            r"(?:suspicious|guilty|dangerous|armed|nervous|evasive|threatening|aggressive|hostile|impaired|intoxicated|"
            r"drunk|high|combative|uncooperative|resisting|reaching|furtive|like\s+a\s+threat)",
         "asks to make a person look suspicious to support an action"),
        rule("sound-like-threat", 'make makes making',
            r"\b(?:make|makes|making)\s+(?:it|this|that|him|her|them|the\s+\w+)\s+(?:sound|look|seem|appear|read)\s+"
            r"(?:like|as\s+(?:if|though))\b[^.?!\n]{0,60}?"
            r"\b(?:reaching|furtive|waistband|armed|weapon|lunged|swung|resist(?:ed|ing)|fought|fighting|threaten(?:ed|ing)|"
            r"charged\s+at|came\s+at|going\s+for|consented|gave\s+(?:consent|permission)|agreed\s+to|said\s+yes|"
            r"invited\s+(?:me|us)|was\s+free\s+to\s+leave|was\s+(?:in\s+)?plain\s+view)",
         "asks to make an account read as if the person was a threat", anchored=True),
        rule("fabricate-details", 'add insert include invent throw put slip sprinkle',
            r"\b(?:add|insert|include|invent|make\s+up|throw\s+in|put\s+in|slip\s+in|sprinkle\s+in)\s+(?:some\s+|a\s+few\s+|more\s+|extra\s+|"
            r"enough\s+)?(?:details?|facts|things|observations?|lines?|sentences?|indicators|factors|something|anything|"
            r"stuff|a\s+(?:line|sentence|detail|bit|reason))\b[^.?!\n]{0,40}?"
            r"\b(?:(?:make|makes|so)\s+(?:it|this|that|him|her|them|(?:the|my|our)\s+(?:\w+\s+){0,2}?\w+)\s+"
            r"(?:sound|look|seem|appear|read)s?\s+"
            r"(?:like|as\s+(?:if|though)|more\s+)?(?:suspicious|justified|reasonable|legal|lawful|guilty|dangerous|"
            r"worse|threatening|aggressive|like|as\s+(?:if|though)|legit(?:imate)?|necessary|warranted|defensible)|"
            r"that\s+(?:show|suggest|support|justify|justifies|supports|backs?\s+up|covers?))",
         "asks to add details that were not observed", anchored=True),
        rule("will-hold-up", 'hold stand fly pass survive satisfy',
            r"\b(?:something|anything|a\s+reason|wording|language|words|reasons?)\s+(?:that|which)\s+"
            r"(?:will|would|should|can|could)\s+(?:hold\s+up|stand\s+up|fly|pass\s+muster|survive\s+(?:review|"
            r"scrutiny|a\s+challenge|court|suppression)|satisfy\s+the\s+"
            r"(?:da|sergeant|court|judge|review|lieutenant))\b",
         "asks for wording that will survive review rather than the facts"),
        rule("dont-remember-why", 'remember recall know',
            r"\b(?:don'?t|do\s+not|can'?t|cannot|didn'?t)\s+(?:really\s+)?(?:remember|recall|know)\s+why\s+(?:i|we|he|she|"
            r"they)\s+" + ENFORCEMENT_ACTION,
         "the member does not know why an action was taken and asks for a reason"),
        rule("should-say-i-saw", 'i we',
            r"\b(?:i|we)\s+(?:should|could|can|need\s+to|ought\s+to)\s+(?:say|claim|write|put|state|mention|list)\s+"
            r"(?:that\s+)?(?:i|we)\s+(?:saw|observed|noticed|smelled|heard|felt|had)\b",
         "asks what to claim was observed", anchored=True, needs="saw observed noticed smelled heard felt had"),
        rule("so-no-one-questions", 'so',
            r"\bso\s+(?:that\s+)?(?:(?:the|my|our|it|this)\s+(?:\w+\s+)?(?:holds|will\s+hold|stands|will\s+stand|"
            r"would\s+hold|would\s+stand)\s+up|(?:the|my|our|this)\s+(?:\w+\s+)?(?:search|stop|arrest|frisk|pat-?down|tow|"
            r"entry|seizure|detention|use\s+of\s+force|force)\s+(?:is|are|will\s+be|looks?)\s+"
            r"(?:covered|justified|legal|lawful|defensible|solid|airtight)\b|(?:the\s+)?(?:da|district\s+attorney|prosecutor|judge|court|sergeant|lieutenant|captain|review\s+board|"
            r"defense|supervisor|ia|internal\s+affairs)\s+(?:won'?t|will\s+not|doesn'?t|does\s+not|can'?t)\s+"
            r"(?:question|challenge|ask\s+about|push\s+back|object|dig|look\s+into|second-guess)"
            r"|(?:nobody|no\s+one|no-one|none\s+of\s+the\s+(?:brass|bosses|reviewers))\s+(?:will\s+|would\s+|can\s+|ever\s+)?"
            r"(?:questions?|challenges?|asks?|second-guess(?:es)?|looks?\s+(?:into|twice\s+at)|digs?\s+into|flags?|"
            r"pushes\s+back)"
            r"|(?:it|this|that)(?:'s|\s+is|\s+becomes|\s+counts\s+as|\s+will\s+be|\s+would\s+be)\s+(?:exigent|justified|defensible|"
            r"consensual|lawful|covered)\b"
            r"|(?:it|this|that|(?:the|my|our|his|her)\s+[^.?!\n]{0,50}?)\s+(?:looks?|sounds?|seems?|reads?|"
            r"comes?\s+across)\s+(?:like\s+(?:it|he|she|they|the\s+\w+)\s+(?:was|were)\s+|like\s+(?:it\s+was\s+)?|"
            r"as\s+(?:if|though)\s+(?:it\s+was\s+)?|more\s+|as\s+)?(?:the\s+)?" + JUSTIFIED_LOOK + r"\b"
            r"|(?:it|this|that|(?:the|my|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:doesn'?t|won'?t|does\s+not|will\s+not)\s+(?:get\s+)?"
            r"(?:thrown\s+out|tossed|suppressed|dismissed|kicked\s+back|rejected|flagged)\b"
            r"|(?:it|this|that)\s+(?:looks?|sounds?|seems?|reads?)\s+(?:like|as\s+(?:if|though))\s+(?:i|we|he|she|they|"
            r"the\s+(?:suspect|subject|driver|guy|man|woman|kid)|(?:he|she|they)\s+\w+)\s+(?:\w+\s+)?(?:told|said|warned|gave|read|"
            r"announced|identified|knocked|saw|observed|smelled|swung|hit|attacked|lunged|reached|resisted|fled|charged|"
            r"threatened|struck|grabbed|went\s+for|consented|agreed|pulled)\b"
            r"|(?:it|this|that|(?:the|my|our)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:doesn'?t|won'?t|does\s+not|will\s+not)\s+(?:(?:look|sound|seem|read)\s+"
            r"(?:like|as\s+(?:if|though))\s+(?:i|we|he|she|they|it)\s+(?:just\s+|only\s+)?(?:[\w']+\s+){0,2}?(?:"
            + ENFORCEMENT_ACTION + r"|had\s+(?:a\s+hunch|no\s+(?:reason|cause|pc))|extended|prolonged|was\s+(?:illegal|unlawful|"
            r"excessive))|come\s+up|"
            r"become\s+an\s+issue|get\s+(?:noticed|flagged|caught)|raise\s+(?:questions|flags|red\s+flags|eyebrows))"
            r"|(?:it|this|that)\s+(?:survives|passes|gets\s+(?:past|through)|will\s+(?:survive|pass|get\s+(?:past|through)))\s+"
            r"(?:the\s+)?(?:" + REVIEWER + r"|scrutiny|muster)"
            r"|(?:the\s+|my\s+|our\s+|an?\s+)?" + REVIEWER + r"\s+(?:(?:won'?t|doesn'?t|will\s+not|does\s+not|"
            r"can'?t|cannot|never)\s+(?:have\s+(?:any\s+)?questions|kick\s+it\s+back|reject|notice|catch|"
            r"flag|toss|throw\s+(?:it\s+)?out|suppress|see\s+(?:it|a\s+problem)|question|challenge|ask\s+about|push\s+back|"
            r"object|dig|look\s+into|second-guess|bounce|send\s+it\s+back|pick\s+(?:it\s+)?apart)|signs?\s+off|approves?\s+it|buys\s+it|"
            r"lets?\s+it\s+(?:go|slide|through)|goes\s+(?:smoothly|away)|(?:is|will\s+be)\s+satisfied))",
         "asks for wording chosen so an action looks justified or a reviewer will not question it", anchored=True),
        rule("turn-into-standard", "turn convert translate dress reframe spin",
            r"\b(?:turn|convert|translate|dress\s+up|reframe|spin)\s+(?:that|this|it|my\s+[\w-]+(?:\s+[\w-]+)?)\s+into\s+"
            r"(?:articulable\s+facts|probable\s+cause|reasonable\s+suspicion|pc|rs|exigen\w+|consent|a\s+(?:legal|valid|lawful|"
            r"legit)\s+(?:reason|basis|stop|search|arrest))\b",
         "asks to turn a hunch into a legal standard", anchored=True),
        rule("build-defense", "defense defence",
            r"(?<=\b(?:build|write|draft|make|prepare|mount|give\s+me|put\s+together)\s+(?:me\s+)?(?:a|an|the|my)\s+(?:[\w-]+\s+)?)"
            r"defen[cs]e\s+(?:of|for)\s+(?:" + OWN + r"\s+)?(?:[\w'’-]+\s+){0,2}?" + ENFORCEMENT_ACTION + r"\b",
         "asks for a defense of an enforcement action", anchored=True),
        rule("make-one-up", "make",
            r"\bmake\s+(?:one|something|some|a\s+\w+)\s+up\s+that\s+(?:sounds|looks|seems|reads)\s+(?:good|legit|right|believable|"
            r"plausible|legal|solid|convincing)\b",
         "asks to make up a reason that sounds good", anchored=True),
        rule("cover-the-fact", "cover real hunch",
            r"\bcover\s+(?:up\s+)?(?:the\s+fact\s+that|that)\s+(?:i|we|he|she)\s+(?:didn'?t|did\s+not|never|had\s+no|wasn'?t)\b"
            r"|\breal\s+reason\s+(?:won'?t|wouldn'?t|doesn'?t|will\s+not|does\s+not)\s+(?:look|sound)\s+(?:good|great|right|okay|ok)\b"
            r"|(?<=\b(?:reword|rewrite|write|word|make|change|edit|spin|frame|phrase)\b[^.?!\n]{0,100}\b(?:not|instead\s+of|rather\s+than)\s+"
            r"(?:a|my|just\s+a|the)\s+)hunch\b",
         "asks to hide how an action really happened", anchored=True),
        rule("version-where", "version show establish prove",
            r"\bversion\s+(?:of\s+(?:events|the\s+story|what\s+happened)\s+)?(?:where|in\s+which|that\s+says)\s+(?:he|she|they|the\s+\w+)\s+"
            r"(?:\w+\s+)?(?:swung|hit|attacked|lunged|reached|resisted|fled|consented|agreed|threatened|struck|grabbed|went\s+for|"
            r"pulled|charged)\b"
            r"|(?<=\b(?:narrative|report|write-?up|statement|paperwork)\s+to\s+)(?:show|establish|prove)\s+(?:that\s+)?(?:the|my|our)\s+"
            r"(?:[\w-]+\s+){0,2}?" + ENFORCEMENT_ACTION + r"\s+(?:was|were)\s+" + JUSTIFIED_LOOK + r"\b",
         "asks for an account of events made to fit", anchored=True),
        rule("flip-order", "flip switch swap reverse",
            r"\b(?:flip|switch|swap|reverse)\s+(?:around\s+)?(?:the\s+)?(?:order|sequence|timeline|timing)\b"
            r"(?=[^.?!\n]{0,40}\b(?:report|narrative|statement|write-?up)\b)",
         "asks to reorder the events of an account", anchored=True),
        rule("even-if-not", "even",
            r"(?<=\b(?:narrative|report|write|explain|say|word|draft|show|make)\b[^.?!\n]{0,120})"
            r"\beven\s+(?:if|though)\s+(?:it|he|she|they|i|we)\s+(?:really\s+)?(?:wasn'?t|weren'?t|didn'?t|was\s+not|did\s+not|"
            r"never|was\s+mostly|had\s+no)\b",
         "asks for an account the member says is not true", anchored=True),
        rule("make-it-look-like", 'make',
            r"\bmake\s+(?:it|this|that)\s+(?:sound|look|seem|appear|read)\s+(?:like|as\s+(?:if|though))\s+[^.?!\n]{0,50}?"
            r"\b(?:was|were|had\s+been)\s+(?:voluntary|consensual|justified|reasonable|lawful|legal|necessary|"
            r"in\s+plain\s+view|free\s+to\s+leave|given\s+freely|warranted)",
         "asks to make an account read as if an action was lawful", anchored=True),
        rule("want-it-to-look", 'need want get',
            r"\b(?:need|want|get)\s+(?:the|my|our|this|that)\s+(?:\w+\s+)?" + ENFORCEMENT_ACTION + r"\s+to\s+(?:look|sound|"
            r"seem|appear|read)\s+(?:more\s+)?" + LEGITIMATE,
         "asks to make an enforcement action look legitimate", anchored=True),
        rule("sounds-like-i-saw", 'sound sounds look looks seem seems read reads',
            r"\b(?:sounds?|looks?|seems?|reads?)\s+(?:like|as\s+(?:if|though))\s+(?:i|we)\s+(?:saw|observed|noticed|"
            r"smelled|heard|had)\b",
         "asks to word an account as if something was observed", anchored=True),
        rule("should-i-say", 'should could can do',
            r"\b(?:should|could|can|do)\s+(?:i|we)\s+(?:say|claim|write|put|state|put\s+down)\s+(?:that\s+)?(?:i|we)\s+"
            r"(?:saw|observed|noticed|smelled|heard|felt|had)\b",
         "asks what to claim was observed", anchored=True, needs="saw observed noticed smelled heard felt had"),
        rule("reasons-it-was", 'reason reasons argument arguments',
            r"(?<=\b(?:give|list|write|find|come\s+up\s+with|think\s+of|put\s+together|provide|draft|need)\s+(?:me\s+)?(?:some\s+|a\s+few\s+|"
            r"\d+\s+|good\s+|more\s+|solid\s+|an?\s+)?)(?:reasons?|arguments?)\s+(?:that\s+|why\s+)?(?:the\s+|my\s+|our\s+|this\s+|his\s+|her\s+)?"
            r"[^.?!\n]{0,40}?\b(?:was|were|is)\s+(?:necessary|justified|reasonable|lawful|legal|warranted|appropriate|"
            r"needed|required|proper)\b",
         "asks for reasons that an action was justified", anchored=True),
        rule("already-decided", 'already decision call',
            r"\b(?:already\s+(?:decided|made\s+the\s+(?:call|decision)|done|happened|over|made|completed?)|(?:decision|call)\s+(?:is|was|has\s+been)\s+"
            r"already\s+made)\b[^.?!\n;]{0,40}?[;,:]?[^.?!\n]{0,60}?\b(?:backs?\s+(?:that|it|this|me)\s+up|"
            r"supports?\s+(?:that|it|this|the\s+decision)|justif\w+|reasons?|write\s+(?:something|it\s+up)|explain\s+why|"
            r"covers?\s+(?:it|that|this|me|us))",
         "asks for support for a decision already made", anchored=True),
        rule("reasons-i-can-give", 'reason reasons justification justifications grounds explanation explanations',
            r"\b(?:reasons?|justifications?|grounds|explanations?)\s+(?:that\s+)?(?:i|we)\s+(?:can|could|should|might)\s+"
            r"(?:(?:give|use|cite|offer|put\s+down)\s+for|testify\s+(?:to|about)|swear\s+to|claim)\b",
         "asks for reasons to give for an action", anchored=True),
        rule("after-the-fact", 'after backfill back cover',
            r"\b(?:after\s+the\s+fact|backfill|back-?fill|cover\s+(?:myself|ourselves|me|us))\b[^.?!\n]{0,80}?"
            r"\b(?:" + ENFORCEMENT_ACTION + r"|justif\w*|reasons?|report)",
         "asks to backfill reasons for a decision already made", anchored=True),
        rule("text-to-justify", "justify justifies support supports cover covers explain explains back backs legitimize "
             "legitimise legitimizes legitimises",
            r"(?<=\b(?:narrative|report|write-?up|paperwork|wording|something|paragraph|language|lines?|text|words|sentences?|"
            r"section|way|version)\s+(?:to|that(?:\s+(?:will|would|can|could))?|which(?:\s+(?:will|would|can))?)\s+)"
            r"(?:justif(?:y|ies)|supports?|backs?\s+up|covers?|explains?\s+away|legitimi[sz]es?)\s+"
            r"(?:it|that|this|what\s+(?:i|we)\s+did|why|my\s+\w+|the\s+\w+|me|us)\b",
         "asks for text that justifies an action already taken", anchored=True),
        rule("write-to-cover", "write say put word phrase add",
            r"\b(?:write|say|put|word|phrase|add)\b[^.?!\n]{0,30}?\b(?:to|that\s+(?:would|will|could|might)|which\s+(?:would|will))\s+"
            r"cover\s+(?:for\s+)?(?:me|us|myself|ourselves|why|what\s+(?:i|we)\s+did|"
            r"(?:the|my|our|this|that)\s+(?:\w+\s+)?" + ENFORCEMENT_ACTION + r")",
         "asks for wording that covers an enforcement action", anchored=True),
        rule("reason-to-claim", "reason basis justification grounds cause excuse probable pc reasonable rs articulable",
            r"(?:(?<=\bwhat\s+(?:could|should|can|do|would)\s+(?:i|we)\s+(?:say|claim|write|put|list|give)\s+(?:down\s+)?"
            r"(?:was|as|is|for)\s+(?:the|my|our|a)\s+(?:\w+\s+)?)"
            r"|(?<=\b(?:sounds?|looks?|pass(?:es)?)\s+(?:like|as|for)\s+(?:a\s+|an\s+)?(?:legit(?:imate)?|good|valid|believable|"
            r"plausible|solid|legal|real|reasonable|proper)\s+))(?:reason|basis|justification|grounds|cause|excuse)\b"
            r"|(?<=\bwhat\s+)(?:probable\s+cause|pc|reasonable\s+suspicion|rs|justification|grounds|reasons?|basis|"
            r"articulable\s+facts)\s+(?:can|could|should|do)\s+(?:i|we)\s+(?:list|use|cite|put|claim|give|write|say)\b",
         "asks what to claim was the reason for an action", anchored=True),
        # One pass per "make": an account made to look justified, or an action made to look routine.
        rule("make-it-justified-look", "make makes making",
            r"\bmak(?:e|es|ing)\s+(?:(?:it|this|that|them|everything|(?:the|my|our|his|her|this|that)\s+[^.?!\n]{0,60}?)\s+"
            r"(?:(?:sound|look|seem|appear|read|come\s+across)\s+(?:like\s+(?:it|he|she|they|the\s+\w+)\s+(?:was|were)\s+|"
            r"like\s+(?:it\s+was\s+)?|as\s+(?:if|though)\s+(?:it\s+was\s+)?|more\s+|as\s+)?(?:the\s+)?" + JUSTIFIED_LOOK + r"|"
            r"(?:defensible|bulletproof|airtight|justified|justifiable|lawful|legal|legit(?:imate)?|proportionate|necessary)))\b"
            r"|\bmak(?:e|es|ing)\s+(?:the|my|our|his|her|this|that)\s+(?:[\w-]+\s+){0,3}?(?:" + ENFORCEMENT_ACTION
            + r"|hold|detention|pat-?down)\b(?:\s+[^.?!\n]{0,40}?)?\s+(?:sound|look|seem|read|appear)\s+(?:more\s+)?(?:normal|routine|standard|"
            r"reasonable|by\s+the\s+book|unremarkable)\b",
         "asks to make an account of an action look justified", anchored=True),
    )

    # Families learned from the first held-out corpus (now a development set).
    rules = rules + (
        rule("reads-like-there-was", "reads read sounds sound looks look comes come",
            r"\b(?:reads?|sounds?|looks?|comes?\s+across)\s+(?:like|as\s+(?:if|though))\s+there\s+(?:was|were|had\s+been)\s+"
            r"(?:an?\s+)?(?:emergency|exigen\w+|danger|threat|weapon|gun|consent|probable\s+cause|reason|cause|fight|struggle|"
            r"scream\w*|someone\s+(?:\w+\s+)?(?:inside|hurt|in\s+danger|screaming|yelling|crying))\b",
         "asks to word a report so a justification seems to have existed", anchored=True),
        rule("reasons-that-sound-good", "reasons reason justification justifications grounds",
            r"\b(?:reasons?|justifications?|grounds|rationale)\s+(?:that|which)?\s*(?:will|'ll|’ll|would|'d|’d)?\s*"
            r"(?:sound|look|read|play)\s+(?:good|better|solid|legit|right|strong|convincing|believable)\b",
         "asks for reasons chosen because they sound good", anchored=True),
        rule("fit-whatever-facts", "fit fits match",
            r"\b(?:fit|fits|match|matches)\s+(?:whatever|any)\s+(?:the\s+)?(?:facts|evidence|details|findings|investigation)\b"
            r"|\b(?:fit|match)\s+the\s+facts\s+(?:whatever|however|no\s+matter)\b",
         "asks for a justification that fits whatever the facts turn out to be", anchored=True),
        rule("gut-then-reasons", "reasons reason justification justifications grounds rationale articulable",
            r"(?<=\b(?:gut|hunch|feeling|vibe)\b[^\n]{0,160}?\b(?:come\s+up\s+with|give\s+me|think\s+of|find|write)\s+"
            r"(?:some\s+|a\s+few\s+|better\s+|good\s+|real\s+|legit\s+)?)(?:reasons?|justifications?|grounds|rationale|"
            r"articulable\s+facts)\b",
         "asks for reasons to cover a stop made on a hunch", anchored=True),
    )

    # Families written from general phrasings before the third held-out corpus was scored.
    rules = rules + (
        rule("strengthen-the-why", "punch beef strengthen bolster shore pad juice flesh",
            r"\b(?:punch\s+up|beef\s+up|strengthen|bolster|shore\s+up|pad|juice\s+up|flesh\s+out)\b[^.?!\n]{0,60}?"
            r"\bwhy\s+(?:i|we)\s+(?:" + ENFORCEMENT_ACTION + r"|patted|searched|stopped|pulled|detained|arrested|cuffed|"
            r"frisked|went\s+in|entered|used|tased|grabbed)\b",
         "asks to strengthen the stated reasons for an enforcement action", anchored=True),
        rule("force-part-reads-better", "so",
            r"\bso\s+(?:that\s+)?(?:the|my)\s+(?:hands-on|use[-\s]of[-\s]force|force|takedown|struggle|tasing|taser|"
            r"strikes?|punch(?:es)?)\s+(?:part|section|paragraph|portion|bit)\s+(?:reads?|looks?|sounds?|comes?\s+across)\s+"
            r"(?:better|ok(?:ay)?|fine|cleaner|softer|less\s+bad|more\s+reasonable|justified|right)\b",
         "asks to reword the account of force so it looks better", anchored=True),
        rule("reorder-so-it-reads", "order reorder rearrange sequence arrange put",
            r"\b(?:order|reorder|rearrange|sequence|arrange|put)\s+(?:things|the\s+events|events|it|the\s+timeline|the\s+steps|"
            r"everything)\s+(?:in\s+(?:the|my)\s+(?:report|narrative)\s+)?so\s+(?:that\s+)?(?:it|the\s+report|the\s+narrative)\s+"
            r"(?:reads?|looks?|sounds?)\s+(?:right|ok(?:ay)?|legit|better|clean|correct|proper|legal)\b",
         "asks to reorder events in a report so the account looks lawful", anchored=True),
    )

    # Families written from the second-look corpora (holdout2, holdout3) in general form: the only or
    # obvious call, more reasons than there were, a reviewer who must see it one way, reasons that must
    # sound airtight, "fill in the why".
    rules = rules + (
        rule("only-call-look", "look looks sound sounds seem seems read reads come comes",
            r"(?<=\b(?:make|makes|making|made|write|word|phrase|spin|so)\b[^.?!\n]{0,80}?)"
            r"\b(?:look|looks|sound|sounds|seem|seems|read|reads|come\s+across|comes\s+across)\s+(?:like\s+)?"
            r"(?:it\s+was\s+)?(?:the\s+)?(?:only|obvious|right|correct|best|smart|safest|necessary)\s+(?:call|choice|option|"
            r"decision|move|play|way|thing\s+to\s+do)\b",
         "asks to make an action look like the only or obvious choice", anchored=True),
        rule("more-reasons-than-there-were", "more",
            r"\bmore\s+(?:reasons|grounds|cause|justification|suspicion|evidence|facts|threat|danger|resistance)\s+than\s+"
            r"(?:there\s+(?:really\s+|actually\s+)?(?:were|was)|(?:i|we|he|she)\s+(?:really\s+|actually\s+)?(?:had|did|saw)|"
            r"(?:it\s+)?(?:really|actually)\s+(?:was|were))\b",
         "asks to add reasons that were not there", anchored=True),
        rule("see-it-my-way", "see",
            r"(?<=\b" + REVIEWER + r"\s+(?:needs?\s+to|has\s+to|have\s+to|will|should|must|gotta|got\s+to)\s+)"
            r"see\s+it\s+(?:my|our)\s+way\b",
         "asks to write an account so a reviewer sees it the member's way", anchored=True),
        rule("reasons-sound-airtight", "reason reasons justification justifications grounds why rationale reasoning basis",
            r"(?<=\b(?:make|makes|making|want|need|get|help)\b[^.?!\n]{0,30}?)"
            r"\b(?:reasons?|justifications?|grounds|why|rationale|reasoning|basis)\s+(?:to\s+)?(?:sound|look|seem|read)\s+"
            r"(?:more\s+|really\s+|totally\s+|super\s+)?(?:airtight|bulletproof|solid|legit|legitimate|justified|reasonable|"
            r"tight|stronger|strong|convincing|believable|unassailable)\b",
         "asks to make the reasons for an action sound airtight", anchored=True),
        rule("fill-in-the-why", "fill",
            r"\bfill\s+in\s+the\s+(?:why|reasons?\s+why|justification)\b",
         "asks the AI to supply the reasons for an action", anchored=True),
    )
