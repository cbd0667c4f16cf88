"""Words the classifiers share: protected characteristics, people, enforcement actions."""

from __future__ import annotations

PROTECTED_NOUN = (
    r"(?:race|races|racial\s+(?:group|background|makeup|identity)|ethnicity|ethnicities|ethnic\s+(?:group|background|origin)|"
    r"religion|religions|religious\s+(?:affiliation|belief|beliefs|background)|faith|national\s+origin|nationality|"
    r"country\s+of\s+origin|ancestry|heritage|descent|immigration\s+status|citizenship|sexual\s+orientation|"
    r"sexuality|gender\s+identity|gender|sex|disability|disabilities|skin\s+(?:color|colour|tone)|complexion|"
    r"caste|tribe|tribal\s+affiliation|culture|cultural\s+background|protected\s+(?:class|classes|characteristics?))"
)
PROTECTED_ADJ = (
    r"(?:non-?)?(?:black|white|hispanic|latino|latina|latinx|latine|asian|hmong|southeast\s+asian|arab|arabic|"
    r"middle[-\s]eastern|african[-\s]american|african|caucasian|native\s+american|indigenous|mexican|"
    r"puerto\s+rican|somali|vietnamese|chinese|korean|indian|pakistani|polish|russian|jewish|muslim|islamic|"
    r"christian|catholic|sikh|hindu|buddhist|mormon|gay|lesbian|bisexual|transgender|trans|queer|lgbtq?\+?|"
    r"immigrant|undocumented|illegal|foreign|non-?white|minority|disabled|handicapped|mentally\s+ill|"
    r"ethnic|religious|biracial|mixed-?race|brown|native-born|foreign-born|roma|romani|gypsy|gypsie)s?"
)
PEOPLE = (
    r"(?:names?|people|persons?|individuals?|suspects?|subjects?|residents?|men|women|males?|females?|"
    r"drivers?|ones|guys|folks|teens|kids?|youths?|juveniles?|offenders?|arrestees?|defendants?|victims?|witnesses|"
    r"families|neighbors?|customers?|students?|members|applicants?|tenants?|employees?|contacts?|"
    r"gang\s+members?|list|entries|records|rows|faces|photos|mugshots|profiles?|accounts?|everyone|"
    r"each\s+(?:one|person|name|suspect|individual)|them|these|those)"
)
ENFORCEMENT_ACTION = (
    r"(?:stop(?:ped|ping)?|traffic\s+stop|search(?:ed|ing)?|arrest(?:ed|ing)?|detain(?:ed|ing)?|detention|"
    r"frisk(?:ed|ing)?|pat[-\s]?down|pat(?:ted)?\s+(?:him|her|them)\s+down|use\s+of\s+force|force|tas(?:ed|ered|ing)|"
    r"shot|shooting|shoot|pull(?:ed)?\s+(?:him|her|them|the\s+car|the\s+vehicle)\s+over|entry|entered|"
    r"seiz(?:ed|ure|ing)|cuff(?:ed)?|handcuff(?:ed)?|tackl(?:ed|ing)|pursuit|chase|chased|tow(?:ed)?|"
    r"cit(?:ed|ation)|ticket(?:ed)?|decision|k-?9\s+(?:sniff|deployment)|takedown|strike|punch(?:ed)?|"
    r"kneel(?:ed)?|r[au]n(?:ning)?\s+(?:his|her|their|the)\s+plate|chokehold|deadly\s+force|warrantless\s+(?:entry|search)|custody|keep(?:ing)?\s+(?:him|her|them)|"
    r"hold(?:ing)?\s+(?:him|her|them)|held\s+(?:him|her|them)|kept\s+(?:him|her|them)|pull(?:ed|ing)\s+(?:\w+\s+){1,3}?over|"
    r"cuffing|handcuffing|towing|citing|ticketing|tasing|tazing|tazed|sniff|k-?9|pepper[-\s]spray(?:ed|ing)?|"
    r"(?:went|going|go)\s+in(?:to)?\s+(?:the|his|her|their)\s+(?:house|home|apartment|garage|car|residence)|"
    r"searching|frisking|detaining|arresting|stopping|entering|takedown|took\s+(?:him|her|them)\s+down|"
    r"dr[ae]w(?:ing)?\s+(?:my|his|her|our|a)\s+(?:weapon|gun|firearm|taser)|"
    r"point(?:ed|ing)\s+(?:my|his|her|a)\s+(?:weapon|gun|firearm|taser)|grabb(?:ed|ing)\s+(?:him|her|them)|"
    r"no-?knock(?:\s+entry)?|strikes)"
)
SPECIFIC_PERSON = (
    r"(?:him|her|them|this\s+(?:guy|person|man|woman|kid|individual|subject|suspect|driver)|"
    r"the\s+(?:suspect|subject|target|individual|person|driver|man|woman|guy|kid|juvenile|victim|defendant|father|mother|"
    r"dad|mom|landlord|tenant|owner|passenger|boyfriend|girlfriend|husband|wife|roommate|neighbor|teen|shoplifter|clerk)|"
    r"my\s+(?:suspect|subject|target)|\[[A-Z_-]+-?\d*\]|(?-i:\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+))"
)
# What turns a verb into a request to the AI rather than a narrative of what was done.
REQUEST = (
    r"(?:(?<=(?:^|[.!?\n:;\"“])\s*)(?:please\s+)?|\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:help\s+(?:me|us)\s+)?|"
    r"\bplease\s+|\bhelp\s+(?:me|us)\s+(?:to\s+)?|\bi\s+(?:need|want)\s+(?:you\s+)?to\s+|"
    r"\bwe\s+(?:need|want)\s+(?:you\s+)?to\s+|\blet'?s\s+|\bhow\s+(?:can|do|could|should|would)\s+(?:i|we)\s+|"
    r"\bi'?d\s+like\s+(?:you\s+)?to\s+|\bset\s+up\s+(?:a\s+way\s+|something\s+)?to\s+|\bkeep\s+|\btry\s+to\s+|"
    r"\bi\s+(?:need|want)\s+(?:a\s+way|something|a\s+tool)\s+to\s+|\bis\s+there\s+a\s+way\s+to\s+|\bways?\s+to\s+|"
    r"\buse\s+(?:ai|this|the\s+ai)\s+to\s+|\band\s+(?:then\s+)?)"
)


def cue_words(*patterns: str, drop: frozenset[str] = frozenset()) -> frozenset[str]:
    """The literal words (3+ letters) of patterns: a sentence needs one of them to match."""
    import re

    words = set()
    for pattern in patterns:
        literal = re.sub(r"\\[a-zA-Z]", " ", pattern)
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", literal))
    return frozenset(words - drop)


_DROP = frozenset({
    "group", "background", "makeup", "identity", "origin", "belief", "beliefs", "affiliation", "status",
    "class", "classes", "characteristics", "color", "colour", "tone", "the"})
NOUN_CUES = cue_words(PROTECTED_NOUN, drop=_DROP) | frozenset({"races"})
# "race" and "born" are in PROTECTED_ADJ only after "mixed", "native" or "foreign", which announce them
# (as one word, "mixedrace", neither is a word of its own): a sentence about a race or a birth is not tried.
ADJ_CUES = cue_words(PROTECTED_ADJ, drop=_DROP | {"race", "born"}) | frozenset({
    "muslims", "hispanics", "latinos", "blacks", "whites", "asians", "arabs", "immigrants", "jews", "christians",
    "catholics", "sikhs", "hindus", "gays", "lesbians", "mexicans", "somalis", "lgbt", "lgbtq"})
PROTECTED_CUES = cue_words(PROTECTED_NOUN, PROTECTED_ADJ, drop=frozenset({
    "group", "background", "makeup", "identity", "origin", "belief", "beliefs", "affiliation", "status",
    "class", "classes", "characteristics", "color", "colour", "tone", "the"})) | frozenset({
    "muslims", "hispanics", "latinos", "blacks", "whites", "asians", "arabs", "immigrants", "jews", "christians",
    "catholics", "sikhs", "hindus", "gays", "lesbians", "mexicans", "somalis", "races", "lgbt", "lgbtq"})
