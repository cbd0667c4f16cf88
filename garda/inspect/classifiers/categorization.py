"""682.35 C: asking the AI to categorize or profile people by a protected characteristic."""

from __future__ import annotations

from garda.inspect.classifiers.base import PhraseClassifier, rule
from garda.inspect.classifiers.vocabulary import ADJ_CUES, NOUN_CUES, PEOPLE, PROTECTED_ADJ, PROTECTED_NOUN
from garda.inspect.spans import UseKind

SORT_VERB = (r"(?:sort|group|categori[sz]e|classify|rank|order|organi[sz]e|bucket|segment|split|separate|"
             r"break\s+(?:down|out|up)|divide|cluster|tally|count|tag|label|code|profile|arrange|filter|"
             r"tabulate|stratify|mark|annotate|tally|rearrange|reorder|break|broken\s+(?:down|out|up)|grouped|sorted|"
             r"categori[sz]ed|classified|ranked|ordered|organi[sz]ed|separated|split\s+up|divided|clustered|"
             r"(?:put|place|assign|bin)\b[^.?!\n]{0,60}?\b(?:into|in)\s+(?:separate\s+)?(?:groups|categories|buckets|bins|"
             r"columns|piles|lists))")
GUESS_VERB = (r"(?:estimate|guess|determine|predict|infer|deduce|tell\s+me|figure\s+out|identify|assign|"
              r"label|work\s+out|what\s+(?:is|are|would\s+be)|detect|judge|assess|say)")
PICK_VERB = (r"(?:flag|mark|highlight|pick\s+out|pick|identify|find|list|pull\s+out|pull|filter|separate|tag|"
             r"circle|single\s+out|point\s+out|show\s+me|give\s+me|select|extract|isolate|screen\s+out|remove|"
             r"exclude|focus\s+on|prioriti[sz]e|target)")
PEOPLE_HERE = (r"(?:these|those|the|my|our|this\s+list\s+of)\s+(?:\w+\s+)?(?:arrestees|suspects|people|persons|names|"
               r"individuals|subjects|men|women|juveniles|contacts|drivers|residents|offenders|defendants)\b")
# Words that turn a description into a judgement of suspicion or priority.
SUSPICION = (r"(?:odds|chances?|percentage|suspicious|flag|elevated|priority|prioriti[sz]e|rank|look\s+at\s+(?:first|"
             r"harder)|tend\s+to\s+be|connected\s+to|the\s+ones|higher\s+risk|threat|bucket|watch\s+list|task\s+force)")
# Stand-ins for national origin: immigration, language at home, where a family came from.
ORIGIN_PROXY = (r"\b(?:immigrants?|born\s+(?:here|in\s+(?:the\s+)?(?:us|u\.s\.|usa|states|united\s+states|this\s+country))|"
                r"foreign[-\s]born|(?:don'?t|doesn'?t|do\s+not|does\s+not|can'?t)\s+speak\s+english|english\s+at\s+home|"
                r"speaks?\s+\w+\s+at\s+home|came\s+(?:over\s+)?from|families\s+(?:\w+\s+)?came|where\s+(?:they|each|he|she)\s+"
                r"(?:is|are|came|comes)\s+from|what\s+country)\b")
# "from their last names", "going off how their names are spelled"
# The words before a name that make it the basis: "from their last", "judging off each", "by what kind of".
NAMES_LEAD = (r"(?:(?:from|based\s+on|judging\s+(?:by|off|from)|going\s+(?:by|off)(?:\s+of)?|off(?:\s+of)?|by)\s+(?:just\s+|only\s+)?"
              r"(?:how\s+)?(?:(?:their|the|these|his|her|those)\s+(?:last\s+|first\s+|family\s+)?"
              r"|(?:each|every)\s+(?:(?:person|one)['’]s\s+)?(?:last\s+|family\s+)?)"
              r"|by\s+what\s+(?:kind|sort|type)\s+of\s+(?:last\s+|family\s+)?)")
NAME_WORD = r"(?:sur)?names?"
NAMES_BASIS = (r"(?:" + NAMES_LEAD + NAME_WORD + r"(?:\s+(?:are|is)\s+(?:spelled|spelt|written|pronounced))?)\b")
# How someone looks or dresses, read the way a name is: as a sign of where they are from.
LOOKS_LEAD = (r"(?:based\s+on|judging\s+(?:by|off|from)|going\s+(?:by|off)(?:\s+of)?|from|by)\s+(?:just\s+|only\s+)?"
              r"(?:how|the\s+way)\s+(?:they|he|she)\s+")
# What a name or a look is asked to tell: origin, background, "what they are", "who's who".
IDENTITY = (r"(?:(?:what|which)\s+part\s+of\s+the\s+world|from\s+around\s+here|who['’]?s\s+who|"
            r"(?:their|his|her|each\s+\w+['’]s)\s+(?:family\s+|ethnic\s+|cultural\s+)?(?:background|heritage|ancestry|roots)|"
            r"(?:called|labell?ed|named|titled)\s+[\"'“‘]?background|[\"'“‘]background[\"'”’]?\s+(?:field|column)|"
            r"what\s+(?:they|he|she)\s+(?:are|is)(?=\s*(?:[.?!,;:\n]|$))|fits?\s+the\s+(?:type|profile)|"
            r"(?:the\s+)?same\s+(?:church|mosque|temple|background|culture|country|people|part\s+of\s+the\s+world)|"
            r"where\s+(?:their|his|her)\s+(?:people|family|families|folks|parents|ancestors|relatives)\b|"
            r"where\s+(?:they|he|she)\s*(?:['’]re|['’]s|are|is|comes?|came)\s+(?:originally\s+)?from)")
# Where a person's family comes from, asked of named people: national origin by another name.
ORIGIN_QUESTION = (r"(?:(?<=\b(?:what|which)\s+)part\s+of\s+the\s+world|"
                   r"where\s+(?:their|his|her|each\s+(?:one|person)['’]s)\s+(?:people|family|families|folks|parents|"
                   r"ancestors|grandparents|relatives)\s+(?:originally\s+)?(?:comes?|came|are|is|were|was|hails?)\s+"
                   r"(?:originally\s+)?from|"
                   r"where\s+(?:they|he|she|each\s+(?:one|person|of\s+them))\s*(?:['’]re|['’]s|are|is|comes?|came|were|was)\s+"
                   r"originally\s+from)")
# Practices of a faith, asked as a guess about named people; each opens at its telling word.
FAITH_PRACTICE = (r"(?:prays?\s+(?:five|5)\s+times|(?<=\b(?:goes|go|attends?)\s+(?:to\s+)?)mass|(?<=\bkeeps?\s+)kosher|"
                  r"(?<=\beats?\s+)halal|(?<=\b(?:fasts?\s+(?:for|during|on)|observes?)\s+)ramadan|"
                  r"(?<=\bobserves?\s+(?:the\s+)?)(?:shabbat|sabbath)|(?<=\bcelebrates?\s+)(?:eid|diwali|hanukkah|passover)|"
                  r"(?<=\bgo(?:es)?\s+to\s+the\s+)same\s+(?:church|mosque|temple|synagogue|gurdwara))")
HEDGE = r"(?:probably|likely|possibly|maybe|might|may|would|could|['’]d|prob|you\s+think)"
NEGATED = r"(?<!regardless\s+of\s+|without\s+regard\s+to\s+|not\s+by\s+|never\s+by\s+|without\s+)"
# Guilt, danger or unlawful status, said of someone: "most likely the shooter", "probably gang members".
GUILT = (r"(?:the\s+|a\s+|an\s+)?(?:shooter|suspects?|offenders?|perps?|perpetrators?|robbers?|thie(?:f|ves)|dealers?|"
         r"gang\s*(?:members?|bangers?)|criminals?|terrorists?|threats?|dangerous|suspicious|here\s+illegally|"
         r"undocumented|illegals?|illegal\s+immigrants?|re-?offend\w*|offend\w*|guilty|armed|involved)")
JUDGED = (r"(?:(?:most|more|least|less)\s+likely|likel(?:y|ier)|probably|prob|must\s+be)\s+(?:to\s+(?:be\s+)?)?"
          + GUILT)
# Where someone is from, how they talk, their name or faith: what origin and religion are read from.
ORIGIN_BASIS = (r"(?:where\s+(?:they|he|she|each\s+(?:one|of\s+them))\s*(?:['’]re|['’]s|are|is|comes?|came)\s+"
                r"(?:originally\s+)?from|(?:the\s+way|how)\s+(?:they|he|she)\s+(?:talk(?:s|ed)?|speaks?|spoke|sound(?:s|ed)?|"
                r"writes?|wrote|spells?|prays?)|"
                r"(?:their|his|her)\s+(?:accents?|(?:first\s+|last\s+|family\s+|sur)?names?|skin(?:\s+(?:color|colou?r|tone))?|"
                r"headscarf|headscarves|hijabs?|turbans?|" + PROTECTED_NOUN + r"))")
# Countries and regions people in Milwaukee trace their families to; guessing someone's is guessing national origin.
ORIGIN_PLACE = (r"(?:mexico|somalia|puerto\s+rico|laos|vietnam|cambodia|thailand|burma|myanmar|guatemala|honduras|"
                r"el\s+salvador|nicaragua|cuba|haiti|the\s+dominican\s+republic|venezuela|colombia|syria|iraq|iran|"
                r"afghanistan|yemen|pakistan|india|bangladesh|china|korea|the\s+philippines|nigeria|ghana|liberia|"
                r"ethiopia|eritrea|sudan|kenya|congo|russia|ukraine|poland|serbia|bosnia|albania|palestine|lebanon|"
                r"jordan|egypt|morocco|algeria|africa|asia|the\s+middle\s+east|latin\s+america|central\s+america|"
                r"south\s+america|the\s+caribbean|eastern\s+europe)")
ORIGIN_OR_STATUS = (r"(?:from\s+" + ORIGIN_PLACE + r"|undocumented|here\s+illegally|illegal|(?:an?\s+)?immigrants?|"
                    r"not\s+(?:a\s+)?citizens?|non-?citizens?|refugees?|asylum\s+seekers?)")
# Earlier in the sentence, words that teach about the bias rather than ask for it.
NOT_TAUGHT = (r"(?<!\b(?:wrong|unfair|bias(?:ed)?|never|assumes?|assuming|assumption|stereotyp\w*|allow(?:ed|s)?|"
              r"explain|prohibit\w*|profiling)\b[^.?!\n]{0,100})")
# People named by a protected trait: "the ones in wheelchairs", "folks on disability", "Somali tenants".
GROUP_PHRASE = (r"(?:" + PROTECTED_ADJ + r"\s+(?:people|folks|ones|residents|tenants|families|kids|guys|men|women|drivers)|"
                r"(?:people|folks|ones|those|residents|tenants|guys)\s+(?:in\s+wheelchairs|with\s+disabilities|on\s+disability|"
                r"on\s+ssi|who\s+(?:are|look|seem)\s+" + PROTECTED_ADJ + r")|older\s+(?:folks|people|residents|ones)|the\s+elderly)")
# Care, rescue and access: where putting a group first is help, not suspicion.
CARE = r"(?:evacuat|rescue|assist|help|welfare|outreach|services|shelter|vaccin|accessib|accommodat|interpret|medical)"
BASIS_WORD = r"(?:based\s+on|given|from|judging\s+by|going\s+(?:by|off)(?:\s+of)?|because\s+of|due\s+to|off\s+of)"


class CategorizationClassifier(PhraseClassifier):
    """Asking to sort, label, profile or pick out people by race, ethnicity, religion or another protected trait."""

    name = "categorization"
    kind = UseKind.CATEGORIZATION
    section = "682.35 C"
    rules = (
        rule("sort-by", NOUN_CUES,
            r"\b" + SORT_VERB + r"\b(?!\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:counts?|data|statistics|stats|totals|rates|numbers|"
            r"figures|percentages|aggregates?)\b)[^.?!\n]{0,80}?\b(?:by|based\s+on|according\s+to|in\s+terms\s+of|into\s+groups\s+by|"
            r"using|with)\s+" + NEGATED + r"(?:their\s+|his\s+|her\s+|the\s+|apparent\s+|perceived\s+|likely\s+|probable\s+|"
            r"what\s+|which\s+|whatever\s+|(?:the\s+)?[\w-]+(?:'s|’s|s'|s’)\s+)*"
            + PROTECTED_NOUN + r"\b",
         "asks to sort or group people by a protected characteristic"),
        rule("guess-attribute", NOUN_CUES,
            r"\b" + GUESS_VERB + r"\s+(?:me\s+)?(?:the\s+|their\s+|his\s+|her\s+)?(?:likely\s+|probable\s+|apparent\s+|"
            r"perceived\s+|most\s+likely\s+)?" + PROTECTED_NOUN + r"(?:\s*(?:,|and|or|&|/)\s*(?:their\s+|the\s+)?"
            + PROTECTED_NOUN + r")?\s+(?:of|for|behind)\s+(?:each|every|all|these|"
            r"those|the|this|him|her|them|everyone|[\p{Lu}\[])",
         "asks to infer a protected characteristic of people"),
        rule("which-are", ADJ_CUES,
            r"\b(?:which|who|how\s+many|what\s+(?:percent(?:age)?|share|proportion|fraction))\s+(?:of\s+)?(?:these|the|those|them|this\s+list|"
            r"the\s+people|these\s+people)?[^.?!\n]{0,50}?\b(?:is|are|seem|seems|look|looks|sound|sounds|appear|"
            r"appears|might\s+be|could\s+be|would\s+be|r|was|were)\s+(?:to\s+be\s+)?(?:probably\s+|prob\s+|probs\s+|prolly\s+|def\s+|"
            r"likely\s+|possibly\s+|maybe\s+|most\s+"
            r"likely\s+)?(?:to\s+be\s+)?(?:from\s+(?:the\s+|a\s+|an\s+)?)?(?:a\s+|an\s+)?" + PROTECTED_ADJ + r"\b"
            r"|\b(?:are|is)\s+any\s+(?:of\s+)?(?:these|those|the|them)?[^.?!\n]{0,50}?\s(?:probably\s+|likely\s+)?(?:a\s+|an\s+)?"
            + PROTECTED_ADJ + r"\s*\?"
            r"|\b(?:are|is)\s+(?:these|those|the|they|most\s+of\s+(?:these|them))\s+(?:\w+\s+)?(?:mostly|mainly|primarily|all|"
            r"predominantly)\s+" + PROTECTED_ADJ + r"\b",
         "asks which people belong to a protected group"),
        rule("pick-group", ADJ_CUES,
            r"\b" + PICK_VERB + r"\s+(?:out\s+)?(?:me\s+)?(?:just\s+|only\s+)?(?:all\s+|any\s+|the\s+|every\s+|only\s+)?(?:of\s+the\s+)?"
            r"(?:ones\s+(?:that|who)\s+(?:are|look|sound|seem)\s+)?(?:likely\s+|probable\s+|possible\s+|suspected\s+|apparent\s+)?"
            + PROTECTED_ADJ + r"(?:\s*(?:,|and|or|&|/)\s*" + PROTECTED_ADJ + r")?(?:[-\s](?:sounding|looking|appearing|named))?\s+" + PEOPLE + r"\b",
         "asks to pick out people of a protected group"),
        rule("names-sound", ADJ_CUES,
            r"\b(?:names?|surnames?|last\s+names?)\s+(?:that\s+|which\s+)?(?:sound|look|seem|are|appear)s?\s+"
            r"(?:probably\s+|likely\s+)?" + PROTECTED_ADJ + r"\b",
         "asks to infer a protected group from names"),
        rule("profile", "profile profiling",
            r"\b(?:profile|profiling|build\s+a\s+profile)\b[^.?!\n]{0,60}?\b(?:by|based\s+on|using|on)\s+"
            r"(?:their\s+|his\s+|her\s+)?(?:" + PROTECTED_NOUN + r"|" + PROTECTED_ADJ + r")\b",
         "asks to profile people by a protected characteristic"),
        rule("tag-as", ADJ_CUES,
            r"\b(?:tag|label|mark|classify|categori[sz]e|code|identify|flag|sort)\s+(?:each|every|all|these|the|them)?"
            r"\s*(?:\w+\s+){0,5}?as\s+(?:either\s+|being\s+)?(?:a\s+|an\s+)?(?:likely\s+|probably\s+)?" + PROTECTED_ADJ + r"\b",
         "asks to label people with a protected group"),
        rule("breakdown", NOUN_CUES,
            r"\b(?:breakdown|break-down|distribution|percentages?|counts?|numbers|demographics|split)\s+of\s+"
            + PEOPLE_HERE + r"[^.?!\n]{0,60}?\b(?:by|per|according\s+to|based\s+on)\s+"
            r"(?:their\s+|apparent\s+|perceived\s+|likely\s+)*" + PROTECTED_NOUN + r"\b",
         "asks for a breakdown of specific people by a protected characteristic"),
        rule("origin-from-names", "names name surnames surname appearance accent accents photo photos looks",
            r"\b(?:where|what\s+country|which\s+country|what\s+nationality|what\s+religion|what\s+race)\b[^.?!\n]{0,60}?"
            r"\b(?:based\s+on|by|from|using|judging\s+by|going\s+by)\s+(?:their|his|her|the)\s+(?:names?|surnames?|"
            r"last\s+names?|appearance|accents?|photos?|looks)",
         "asks to infer origin or religion from names or appearance"),
        rule("guess-each", NOUN_CUES,
            r"\b(?:" + GUESS_VERB + r"|classify|categori[sz]e|code|tag|record|list|add|give)s?\s+(?:me\s+)?(?:each|every|all|these|"
            r"those|the)\s+(?:of\s+(?:these|those|the)\s+)?"
            r"[\w-]+(?:'s|’s|s'|s’)\s+(?:likely\s+|probable\s+|apparent\s+|perceived\s+)?" + PROTECTED_NOUN + r"\b",
         "asks to infer a protected characteristic of each person"),
        rule("from-names", NOUN_CUES,
            r"\b" + PROTECTED_NOUN + r"\b[^.?!\n]{0,40}?\b(?:from|based\s+on|by|using|judging\s+by|going\s+by|off)\s+"
            r"(?:their|his|her|the|each\s+\w+'s)\s+(?:first\s+(?:and|or)\s+last\s+|last\s+|first\s+|family\s+|sur)?"
            r"(?:names?|surnames?|spelling\s+of\s+their\s+names)\b",
         "asks to infer a protected characteristic from names", anchored=True),
        rule("pick-who", "flag mark highlight pick single tag filter screen separate pull list circle point remove exclude",
            r"\b(?:flag|mark|highlight|pick\s+out|single\s+out|tag|filter|screen|separate|pull\s+out|list|circle|"
            r"point\s+out|remove|exclude)\s+(?:out\s+)?(?:anyone|anybody|everyone|everybody|all\s+(?:the\s+)?\w+|"
            r"the\s+ones|those|people)\b[^.?!\n]{0,60}?\b(?:who|that)\s+(?:is|are|looks?|seems?|sounds?|appears?|"
            r"might\s+be|could\s+be|may\s+be)\s+(?:probably\s+|likely\s+|possibly\s+|maybe\s+)?(?:from\s+)?"
            r"(?:a\s+|an\s+)?" + PROTECTED_ADJ + r"\b",
         "asks to pick out people who seem to belong to a protected group", anchored=True),
        rule("names-first", "names name surnames surname",
            r"\b(?:based\s+on|from|judging\s+by|going\s+by|using)\s+(?:their|these|the|his|her)\s+(?:last\s+|first\s+|"
            r"family\s+|sur)?names?\b[^.?!\n]{0,20}?,?\s*(?:which|who|what|how\s+many|guess|tell\s+me|estimate)\b"
            r"[^.?!\n]{0,60}?\b(?:is|are|be|come|comes)\b[^.?!\n]{0,30}?\b(?:" + PROTECTED_ADJ + r"|from|" + PROTECTED_NOUN
            + r")\b",
         "asks to infer a protected group from names"),
        rule("guess-origin", "guess estimate figure work tell determine predict infer",
            r"\b(?:guess|estimate|figure\s+out|work\s+out|tell\s+me|determine|predict|infer)\s+(?:where|what\s+country|"
            r"which\s+country|what\s+part\s+of\s+the\s+world)\s+(?:each\s+of\s+)?(?:these|those|the|all|each|every|"
            r"everyone|everybody|their|they)\b[^.?!\n]{0,60}?\b(?:(?:is|are|come|comes|came|originate|originates|hails?|"
            r"hail)\s+(?:originally\s+)?from|originally\s+from|from\s+originally)\b",
         "asks to guess where people come from", anchored=True),
        rule("each-likely-trait", "each every all",
            r"\b(?:each|every|all)\b[^.?!\n]{0,60}?\b(?:likely|probable|estimated|guessed|presumed|assumed)\s+"
            + PROTECTED_NOUN + r"\b",
         "asks for the likely protected characteristic of each person", anchored=True,
         needs="likely probable estimated guessed presumed assumed"),
        rule("sort-into-groups", ADJ_CUES,
            r"\b" + SORT_VERB + r"\b[^.?!\n]{0,60}?\b(?:into|as|by|between)\s+(?:groups\s+(?:of|like)\s+)?(?:a\s+|an\s+)?"
            r"(?!black\s*(?:and|&|-and-)\s*white\b)"
            + PROTECTED_ADJ + r"\s*(?:,|/|\s+(?:and|or|vs\.?|versus))\s*(?:a\s+|an\s+)?" + PROTECTED_ADJ + r"\b",
         "asks to sort people into protected groups"),
        rule("likely-offender", NOUN_CUES,
            r"\b(?:which|what)\s+" + PROTECTED_NOUN + r"\s+(?:is|are)\s+(?:most\s+|more\s+)?likely\s+to\s+"
            r"(?:commit|offend|be\s+(?:involved|guilty|criminals?|a\s+suspect))"
            r"|\b(?:which|what)\s+" + PROTECTED_NOUN + r"\s+(?:is|are|would\s+be|do\s+you\s+think)\s+(?:(?:most|more)\s+likely\s+"
            r"for\s+(?:a|an|the|this|him|her)|(?:most\s+|more\s+)?(?:likely|probably)\s+(?:he|she|they|him|her|them)|he|she|they|"
            r"each|every|these|those|the\s+(?:people|suspects|subjects|drivers|callers|tenants|men|women|guys|folks|kids|shooter|suspect|"
            r"offender|robber|driver|caller|thief|burglar|perp|perpetrator|attacker|gunman))\b",
         "asks which protected group is likelier to offend, or which one people belong to"),
        rule("racially", "racially ethnically religiously",
            r"\b(?:racially|ethnically|religiously)\s+(?:categori[sz]e|sort|group|classify|code|tag|label|profile|break\s+down|"
            r"segment|split|identify|bucket|divide)"
            r"|(?<=\b(?:categori[sz]e|sort|group|classify|code|tag|label|break\s+down|segment|split|divide)\b[^.?!\n]{0,40}\s)"
            r"(?:racially|ethnically|religiously)\b",
         "asks to categorize people racially, ethnically or religiously", anchored=True),
        rule("whether-is-group", "whether if",
            r"(?<=\b(?:sort|group|split|separate|rank|order|divide|categori[sz]e|classify|organi[sz]e|list|mark|tag)\w*\b[^.?!\n]{0,60}?"
            r"\bby\s+)whether\s+(?:they|he|she|each)\s+(?:are|is|seems?|looks?)\s+(?:a\s+|an\s+)?" + PROTECTED_ADJ + r"\b"
            r"|(?<=\b(?:tell\s+me|say|note|mark|indicate|guess|decide|determine|figure\s+out|check|flag|label|know|estimate|"
            r"predict|assess|judge|add|field|column|record|list)\b[^.?!\n]{0,40})(?:whether|if)\s+(?:or\s+not\s+)?(?:the\s+\w+|he|she|they|each(?:\s+of\s+(?:these|those|the|them))?(?:\s+[\w-]+)?|each\s+(?:one|person|"
            r"of\s+them)|this\s+(?:guy|person|man|woman)|any\s+of\s+them)\s+(?:is|are|was|were|might\s+be|could\s+be|seems?|"
            r"looks?)\s+(?:to\s+be\s+)?(?:probably\s+|likely\s+|possibly\s+)?(?:a\s+|an\s+)?" + PROTECTED_ADJ + r"\b",
         "asks whether a person belongs to a protected group", anchored=True),
        rule("trait-as-factor", "factor factors factoring higher greater bigger elevated increased",
            r"(?<!\bnot\s)(?<!\bnever\s)(?<!n't\s)\bfactor(?:ing)?\s+in\b[^.?!\n]{0,50}?\b(?:" + PROTECTED_NOUN + r"|"
            + PROTECTED_ADJ + r")\b"
            r"|(?<=\b" + PROTECTED_NOUN + r"\b[^.?!\n]{0,30}?\bas\s+(?:a\s+|an\s+)?(?:risk\s+|key\s+|major\s+)?)factors?\b"
            r"|(?<=\b" + PROTECTED_NOUN + r"\b[^.?!\n]{0,30}?\b(?:makes?|made)\s+(?:him|her|them|the\s+\w+)\s+(?:a\s+)?)"
            r"(?:higher|greater|bigger|elevated|increased)\s+(?:risk|threat|flight\s+risk|likelihood|danger|priority)",
         "asks to use a protected characteristic as a risk or priority factor", anchored=True),
        rule("worship-place", "mosque mosques church churches synagogue temple gurdwara masjid",
            r"(?<=\b(?:who|which\s+(?:ones?|of\s+(?:them|these|those)))\s+(?:(?:probably|likely|possibly|maybe|might|may)|"
            r"(?:sounds?|looks?|seems?)\s+like\s+(?:they|he|she)(?:['’]d|\s+would|\s+might)?)\s+"
            r"(?:goes?|attends?|prays?\s+at|worships?\s+at|go|attend|pray\s+at|worship\s+at)\s+(?:to\s+)?(?:the\s+|a\s+)?)"
            r"(?:mosques?|church(?:es)?|synagogue|temple|gurdwara|masjid)\b",
         "asks to guess which people attend a house of worship", anchored=True),
        rule("typical-offender", "typical average usual",
            r"\b(?:typical|average|usual)\s+(?:[\w-]+\s+)?(?:offender|thief|suspect|criminal|shooter|dealer|burglar|gang\s+member|"
            r"robber|shoplifter|perp|perpetrator|carjacker)s?\b[^.?!\n]{0,60}?\b(?:" + PROTECTED_NOUN + r"|what\s+country)\b",
         "asks for a profile of the typical offender by protected characteristics", anchored=True),
        rule("origin-proxy", "here there abroad overseas border world foreign boat country reservation rez res",
            r"(?<=\b(?:tell\s+me|flag|mark|sort|rank|star|bump|pick|list|highlight|which|who|whose|anyone|everyone|those|"
            r"the\s+ones|guess|figure\s+out|estimate|determine|into)\b[^.?!\n]{0,100})"
            r"(?<=\b(?:probably|likely|possibly|maybe|seems?|looks?|sounds?|might|must)\b[^.?!\n]{0,25})"
            r"(?:not\s+from\s+(?:here|around\s+here|this\s+country)|from\s+(?:over\s+there|abroad|overseas|another\s+country|"
            r"the\s+old\s+country|south\s+of\s+the\s+border|back\s+home)|came\s+(?:up\s+|over\s+|across\s+)?(?:from\s+)?"
            r"(?:abroad|overseas|another\s+country|(?:across\s+|over\s+)?the\s+border)|came\s+over|foreign[-\s]born|"
            r"fresh\s+off\s+the\s+boat|from\s+the\s+(?:reservation|rez|res))"
            r"|\b(?:what|which)\s+part\s+of\s+the\s+world\s+(?:they|he|she|each|these|those|everyone)",
         "asks which people seem to come from elsewhere"),
        rule("assign-category", "ethnic racial religious ethnicity race religion nationality",
            r"(?<=\b(?:assign|give|attach|add|apply|put)\b[^.?!\n]{0,40}?)\b(?:ethnic|racial|religious|ethnicity|race|religion|"
            r"nationality)\s+(?:category|categories|label|labels|group|code|codes|tag|tags|classification)\b"
            r"|(?<=\b(?:put|add|write|note|give|assign|attach)\s+(?:a|an|their|the)\s+)(?:race|religion|ethnicity|nationality|"
            r"national\s+origin|ancestry)\s+(?:next\s+to|beside|by|for|against|on)\s+(?:each|every|all|the|their)\b",
         "asks to assign people a protected category", anchored=True),
        rule("pick-plural", ADJ_CUES,
            r"\b" + PICK_VERB + r"\s+(?:out\s+)?(?:all\s+|any\s+|the\s+|just\s+the\s+|only\s+the\s+)(?:of\s+the\s+)?" + PROTECTED_ADJ
            + r"\s+(?:from|in|on|out\s+of|among)\s+(?:the|this|these|my|our)\b",
         "asks to pick out people of a protected group"),
        rule("rank-likely-group", "likely how",
            r"(?<=\b(?:sort|rank|order|group|rate|score|list|arrange)\w*\b[^.?!\n]{0,60}?\bby\s+)how\s+(?:\w+\s+)?" + PROTECTED_ADJ
            + r"\b|"
            r"(?<=\b(?:order|rank|sort|list|arrange|score|rate|flag|mark)\b[^.?!\n]{0,80}?(?:most|least|more|less)\s+)likely\s+"
            r"to\s+be\s+(?:a\s+|an\s+)?" + PROTECTED_ADJ + r"\b",
         "asks to rank people by how likely they are to belong to a protected group", anchored=True),
        rule("proxy-suspicion", "accent accents hijab hijabs turban turbans headscarf headscarves head prayer kufi yarmulke",
            r"\b(?:accents?|hijabs?|turbans?|head\s*(?:wraps?|scarf|scarves)|headscarf|headscarves|prayer\s+rugs?|kufis?|"
            r"yarmulkes?)\b(?:(?=[^.?!\n]{0,80}\b" + SUSPICION + r"\b)|(?<=\b" + SUSPICION + r"\b[^.?!\n]{0,80}))",
         "asks to treat signs of religion or origin as grounds for suspicion", anchored=True),
        rule("attach-trait", NOUN_CUES,
            r"\b(?:add|include|put|fill\s+in|note|list|give)\s+(?:in\s+)?(?:their|his|her)\s+(?:likely|probable|apparent|perceived|"
            r"guessed|estimated|best-guess)\s+" + PROTECTED_NOUN + r"\b|"
            r"\b(?:with|w/|showing|guessing|noting|listing|giving)\s+(?:a\s+guess\s+(?:at|of)\s+|a\s+column\s+(?:for|with)\s+)?"
            r"(?:their|his|her|each\s+(?:[\w-]+\s+)?[\w-]+(?:'s|’s))\s+(?:likely\s+|probable\s+|apparent\s+|perceived\s+|"
            r"best-guess\s+|estimated\s+|guessed\s+)?" + PROTECTED_NOUN + r"\b(?!\s+(?:removed|redacted|omitted|left\s+out|"
            r"taken\s+out|blanked|hidden))",
         "asks to label each person with a protected characteristic"),
        rule("start-with-group", "starting start beginning begin focusing focus",
            r"\b(?:start(?:ing)?|begin(?:ning)?|focus(?:ing)?)\s+(?:with|on)\s+(?:the\s+|all\s+(?:the\s+)?)?" + PROTECTED_ADJ
            + r"(?:\s*(?:,|and|or|&|/)\s*" + PROTECTED_ADJ + r")?\s+(?:suspects|people|drivers|residents|men|women|kids|names|ones|"
            r"guys|folks|families|tenants|youths|juveniles|males|females|contacts|subjects)\b",
         "asks to prioritize people of a protected group", anchored=True),
        rule("group-first", "first top last separately",
            r"(?<=\b" + PROTECTED_ADJ + r"(?:\s*(?:,|and|or|&|/)\s*" + PROTECTED_ADJ + r")?(?:\s+(?:residents|people|names|suspects|"
            r"drivers|tenants|men|women|kids|families|ones|contacts|persons|individuals))?\s+(?:come|are|go|appear|show\s+up|get\s+listed|"
            r"are\s+listed)\s+(?:at\s+the\s+)?)(?:first|top|last|separately)\b",
         "asks to order people by a protected group", anchored=True),
        rule("group-versus", "count tally breakdown split sort separate divide filter narrow trim cut reduce column",
            r"\b(?:count|number|tally|breakdown|split|sort|separate|divide)\s+(?:of\s+|them\s+into\s+|into\s+)?" + PROTECTED_ADJ
            + r"\s*(?:vs\.?|versus|/)\s*" + PROTECTED_ADJ + r"\b"
            r"|\b(?:filter|narrow|trim|cut|reduce)\s+(?:down\s+)?(?:the\s+|this\s+|these\s+|my\s+)?(?:[\w-]+\s+){0,3}?(?:down\s+)?to\s+"
            r"(?:just\s+|only\s+)?(?:the\s+)?" + PROTECTED_ADJ + r"\b"
            r"|\b(?:column|field)\s+(?:for\s+|called\s+|labell?ed\s+|named\s+|with\s+)?['\"“‘]?(?:likely\s+|probable\s+)?"
            + PROTECTED_NOUN + r"\b",
         "asks to count, filter or tabulate people by a protected group", anchored=True),
        rule("map-group", "map heatmap",
            r"\b(?:heat\s*)?map\s+(?:of\s+)?(?:where\s+)?(?:the\s+|all\s+(?:the\s+)?)?" + PROTECTED_ADJ + r"\s+(?:families|people|"
            r"residents|households|men|women|kids|tenants|members|names)\b",
         "asks to map people of a protected group", anchored=True),
        rule("sounding-names", "sounding looking",
            r"(?<=\b" + PROTECTED_ADJ + r"[-\s])(?:sounding|looking)\s+(?:names?|surnames?|last\s+names|ones)\b",
         "asks to pick out names that sound like a protected group"),
    )

    # Families learned from the first held-out corpus (now a development set), and (guilt-by-origin,
    # status-from-speech, names-that-sound) written from general phrasings before the third held-out corpus.
    rules = rules + (
        rule("names-then-trait", "names name surnames surname",
            r"\b" + NAMES_BASIS + r"[^.?!\n]{0,40}?\b(?:what|which|guess|estimate|tell\s+me|figure\s+out)\s+(?:\w+\s+)?"
            + PROTECTED_NOUN + r"\b",
         "asks to infer a protected characteristic from a name"),
        rule("names-origin-proxy", "names name surnames surname",
            r"\b" + NAMES_BASIS + r"(?=[^.?!\n]{0,120}?" + ORIGIN_PROXY + r")"
            r"|(?<=" + ORIGIN_PROXY + r"[^.?!\n]{0,120}?)\b" + NAMES_BASIS,
         "asks to guess people's origin, immigration or language from their names"),
        rule("guilt-by-origin", "likely likelier probably prob must",
            NOT_TAUGHT + r"\b" + JUDGED + r"\b[^.?!\n]{0,80}?\b" + BASIS_WORD + r"\s+" + ORIGIN_BASIS + r"\b"
            r"|" + NOT_TAUGHT + r"\b(?:based\s+on|given|judging\s+by|going\s+(?:by|off)|because\s+of)\s+" + ORIGIN_BASIS
            + r"\b[^.?!\n]{0,60}?\b" + JUDGED + r"\b",
         "asks to judge guilt or danger from where people are from, how they talk, their names or faith",
         needs="from talk talks talked speak speaks spoke sound sounds sounded write writes wrote spell spells pray "
               "prays accent accents name names surname surnames skin headscarf headscarves hijab hijabs turban "
               "turbans " + " ".join(sorted(NOUN_CUES))),
        rule("status-from-speech", "way how",
            r"\b(?:the\s+way|how)\s+(?:they|he|she)\s+(?:talks?|speaks?|sounds?)\b[^.?!\n]{0,20}?\b(?:suggests?|means?|"
            r"indicates?|tells?\s+(?:you|us|me)|proves?|shows?|makes?)\b[^.?!\n]{0,40}?\b(?:here\s+illegally|undocumented|"
            r"illegal|an?\s+immigrant|not\s+from\s+(?:here|this\s+country)|from\s+(?:another|a\s+different)\s+country|"
            + PROTECTED_ADJ + r")\b",
         "asks to infer immigration status or origin from how someone speaks",
         needs="suggest suggests mean means indicate indicates tell tells prove proves show shows make makes"),
        rule("origin-from-speech", "talk talks talked speak speaks spoke sound sounds sounded wrote spell spells accent "
             "accents way",
            NOT_TAUGHT + r"\b(?:which|who|what(?:['’]s|\s+is|\s+are)?|how|guess|estimate|figure\s+out|tell\s+me|work\s+out)\b"
            r"[^.?!\n]{0,80}?\b(?:background|(?:probably\s+|likely\s+)?from\s+(?:the\s+)?[\w-]+|local|outsiders?|crowd|"
            r"type|kind\s+of\s+(?:people|person)|origin|" + PROTECTED_ADJ + r")\b[^.?!\n]{0,80}?\b" + BASIS_WORD + r"\s+"
            + ORIGIN_BASIS + r"\b"
            r"|\b" + BASIS_WORD + r"\s+" + ORIGIN_BASIS + r"\b[^.?!\n]{0,60}?\b(?:what(?:['’]s|\s+is)\s+(?:his|her|their)\s+"
            r"(?:background|origin)|(?:which|who)\b[^.?!\n]{0,40}?\b(?:from|local|outsiders?))\b",
         "asks to infer where people are from, or their background, from how they speak or write",
         needs="way how accent accents"),
        rule("looks-like-from", "look looks seem seems sound sounds",
            r"\b(?:which|who|whoever|anyone|everyone|the\s+ones)\b[^.?!\n]{0,60}?\b(?:looks?|seems?|sounds?)\s+like\s+"
            r"(?:they|he|she)\s*(?:['’]re|['’]s|are|is|were|was|come|comes|came)\s+(?:originally\s+)?from\b",
         "asks which people look or sound as if they come from somewhere", needs="like"),
        rule("likely-origin-or-status", "which who anyone everyone those ones any",
            NOT_TAUGHT + r"(?:(?<=(?:^|[.?!:;\n])\s*)|(?<=\b(?:tell\s+me|mark|flag|star|list|highlight|circle|pick\s+out|guess|"
            r"figure\s+out|identify|show\s+me|next\s+to|find|separate|pull\s+out)\s+))(?:which|who|anyone|everyone|those|"
            r"the\s+ones)\b[^.?!\n]{0,60}?\b(?:is|are|was|were|seems?|looks?|might\s+be|could\s+be)\s+"
            r"(?:probably|likely|possibly|most\s+likely)\s+(?:to\s+be\s+)?" + ORIGIN_OR_STATUS + r"\b"
            r"|\b(?:are|is)\s+any\s+(?:of\s+)?(?:these|those|the|them)\b[^.?!\n]{0,40}?\b(?:probably|likely|possibly)\s+"
            r"(?:to\s+be\s+)?" + ORIGIN_OR_STATUS + r"\b",
         "asks which people are probably from a country, or undocumented", needs="probably likely possibly"),
        rule("group-priority", "priority list",
            r"(?<!\b" + CARE + r"\w*\b[^.?!\n]{0,120})\b" + GROUP_PHRASE + r"\b[^.?!\n]{0,40}?\b(?:are|is|go|goes|get|gets|"
            r"should\s+be)\s+(?:low|lower|high|higher|top|bottom|last|first)\s+(?:priority|on\s+the\s+list)\b"
            r"(?![^.?!\n]{0,120}\b" + CARE + r")",
         "asks to rank people's priority by a protected trait, age or disability",
         needs="low lower high higher top bottom last first"),
        rule("assume-guilt-of-group", "which who",
            r"\b" + GROUP_PHRASE + r"\b[^.?!\n]{0,80}?\b(?:which|who)\b[^.?!\n]{0,30}?\b(?:assume|guess|bet|probably|likely|"
            r"suspect)\b[^.?!\n]{0,40}?\b(?:selling|dealing|stealing|guilty|lying|faking|scamming|involved|the\s+ones)\b",
         "asks to assume which members of a protected group are guilty",
         needs="selling dealing stealing guilty lying faking scamming involved ones"),
        rule("names-that-sound", ADJ_CUES,
            r"\b(?:names?|surnames?)\b[^.?!\n]{0,40}?\b(?:that|which|who)\s+(?:sound|look|seem)s?\s+(?:like\s+)?"
            r"(?:(?:they|it)\s*(?:['’]re|are|is|['’]s)\s+)?(?:probably\s+|likely\s+)?" + PROTECTED_ADJ + r"\b",
         "asks to pick out names that sound like a protected group"),
        rule("same-part-of-world", "same",
            r"\b(?:looks?|seems?|sounds?)\s+like\s+(?:they|he|she)\s+(?:comes?|are|is|came)\s+from\s+the\s+same\s+"
            r"(?:part\s+of\s+the\s+world|country|place|region|background|culture)\s+as\b",
         "asks to group people by apparent origin"),
    )

    # Families written from the second-look corpora (holdout2, holdout3) in general form: a name or a look
    # read as origin, a family's origin asked of named people, the same background, a faith guessed.
    rules = rules + (
        rule("names-to-identity", "names name surnames surname dress dresses look looks",
            NOT_TAUGHT + r"(?:(?<=\b" + NAMES_LEAD + r")" + NAME_WORD + r"|(?<=\b" + LOOKS_LEAD + r")(?:dress(?:es)?|looks?))\b"
            r"(?:(?=[^.?!\n]{0,120}?(?<!\w)" + IDENTITY + r")|(?<=(?<!\w)" + IDENTITY + r"[^.?!\n]{0,160}?))",
         "asks to read where people are from, or what they are, from their names or looks", anchored=True),
        rule("sort-by-family-origin", "part where",
            NOT_TAUGHT + r"(?<=\b(?:" + SORT_VERB + r"|tag|label|mark|add|guess|tell\s+me|figure\s+out|work\s+out|column)\b"
            r"[^.?!\n]{0,120}?)\b" + ORIGIN_QUESTION,
         "asks to sort or label people by where their family comes from", anchored=True,
         needs="world people family families folks parents ancestors grandparents relatives originally"),
        rule("same-background-as", "same similar",
            r"\b(?:same|similar)\s+(?:ethnic\s+|cultural\s+|national\s+)?(?:background|heritage|ethnicity|roots|culture|"
            r"part\s+of\s+the\s+world)\s+as\b"
            r"|(?<=\b(?:come|comes|came)\s+over\s+from\s+(?:the\s+)?)(?:same|similar)\s+(?:country|people|place|region)\b",
         "asks to group people with the same background as someone", anchored=True),
        rule("guess-faith-practice", "prays pray mass kosher halal ramadan shabbat sabbath eid diwali hanukkah passover same",
            NOT_TAUGHT + r"(?<=\b(?:who|which(?:\s+ones?|\s+of\s+(?:them|these|those))?)\b[^.?!\n]{0,20}?\b" + HEDGE
            + r"\b[^.?!\n]{0,40}?)" + FAITH_PRACTICE + r"\b",
         "asks to guess which people practise a faith", anchored=True),
        rule("sort-by-background", "background backgrounds",
            r"(?<=\b" + SORT_VERB + r"\b[^.?!\n]{0,80}?\b(?:by|according\s+to|based\s+on)\s+(?:their\s+|his\s+|her\s+|"
            r"apparent\s+|likely\s+)?)backgrounds?\b(?!\s+(?:check|checks|investigation|screening|information|info))",
         "asks to sort people by their background", anchored=True),
        rule("group-by-euphemism", "rainbow church mosque temple prayer",
            r"(?<=\b(?:which|who|spot|mark|flag|pick|find|list|separate|identify|tag)\b[^.?!\n]{0,80}?)"
            r"(?:rainbow\s+(?:crowd|types?|people|folks|ones|bunch)|(?:church|mosque|temple)[-\s]on[-\s](?:friday|saturday|"
            r"sunday)\s+(?:types?|crowd|people|folks|ones)|prayer[-\s]rug\s+(?:types?|crowd|people|folks|ones))\b",
         "asks to pick out people by a euphemism for their faith or orientation", anchored=True),
    )
