"""Health information tied to a person: diagnoses, injuries with treatment, medications,
mental-health information.

A medical term alone ("explain what schizophrenia is") is not a finding: the sentence
must also point at someone (a pronoun, a role word, a name, "patient").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

import regex

from garda.inspect import budget
from garda.inspect.classifiers.literals import guard_of, is_plain, leading_literals, overlap_free, start_scanner
from garda.inspect.recognizers.base import FLAGS, compile_words, cue_regions
from garda.inspect.recognizers.leads import lead_scan, led_finditer, matches_at
from garda.inspect.spans import Finding, SpanType
from garda.inspect.windows import index_of

CONDITIONS = (
    "schizophrenia", "schizophrenic", "schizoaffective", "bipolar disorder", "bipolar", "manic depression",
    "major depressive disorder", "depression", "clinical depression", "ptsd", "post-traumatic stress disorder",
    "anxiety disorder", "panic disorder", "ocd", "obsessive-compulsive disorder", "adhd", "autism",
    "autistic", "asperger's", "dementia", "alzheimer's", "psychosis", "psychotic episode", "paranoid",
    "suicidal ideation", "suicidal", "suicide attempt", "self-harm", "eating disorder", "anorexia",
    "bulimia", "borderline personality disorder", "personality disorder", "intellectual disability",
    "developmental disability", "traumatic brain injury", "tbi", "concussion", "epilepsy", "seizure disorder",
    "seizures", "diabetes", "diabetic", "type 1 diabetes", "type 2 diabetes", "hypertension", "asthma",
    "copd", "heart condition", "heart disease", "heart attack", "stroke", "cancer", "leukemia",
    "hiv", "hiv-positive", "hiv positive", "hepatitis c", "hepatitis b", "hepatitis", "tuberculosis",
    "sickle cell", "pregnant", "pregnancy", "miscarriage", "opioid use disorder", "substance use disorder",
    "alcohol use disorder", "alcoholism", "addiction", "heroin addiction", "overdose", "overdosed", "od'd",
    "fractured", "fracture", "broken arm", "broken leg", "broken jaw", "broken nose", "broken ribs",
    "broken wrist", "gunshot wound", "gsw", "stab wound", "lacerations", "laceration", "contusions",
    "orbital fracture", "brain bleed", "internal bleeding", "dislocated shoulder", "second-degree burns",
    "third-degree burns", "paralyzed", "quadriplegic", "paraplegic", "dialysis",
    "stitches", "sutures", "staples in", "surgery", "intubated", "in the icu", "on a ventilator", "in a coma",
    "chapter 51", "emergency detention", "off his meds", "off her meds", "off their meds", "off his medication",
    "off her medication", "psychiatric hold", "psych hold", "psych meds", "psychiatric medication", "em-1", "mental health crisis", "mental illness", "mentally ill",
    # Chronic and physical conditions, disabilities and their aids
    "multiple sclerosis", "parkinson's", "parkinson's disease", "lupus", "crohn's", "crohn's disease",
    "cerebral palsy", "down syndrome", "muscular dystrophy", "spina bifida", "cystic fibrosis", "kidney failure",
    "kidney disease", "renal failure", "liver disease", "cirrhosis", "chemotherapy", "chemo", "radiation therapy",
    "hiv/aids", "deaf", "hard of hearing", "hearing impaired", "legally blind", "visually impaired",
    "uses a wheelchair", "in a wheelchair", "amputee", "prosthetic leg", "prosthetic arm", "on oxygen",
    "oxygen tank", "sleep apnea", "migraines", "chronic pain", "fibromyalgia", "arthritis",
    "high blood pressure", "low blood sugar", "hypoglycemia", "hypoglycemic", "diabetic coma", "insulin-dependent",
    "anemia", "hemophilia", "heart failure", "congestive heart failure", "pacemaker", "blood clots", "pneumonia",
    "covid-19", "syphilis", "gonorrhea", "chlamydia", "herpes", "sexually transmitted infection",
    "sexually transmitted disease", "had a seizure", "epileptic", "aneurysm", "brain injury", "memory loss",
    "cognitive impairment", "learning disability", "dyslexia", "tourette's", "tourette syndrome",
    "fetal alcohol syndrome",
    # Mental health, substance use and reproductive health
    "panic attacks", "panic attack", "postpartum depression", "postpartum psychosis", "hallucinations",
    "hearing voices", "delusional", "delusions", "catatonic", "manic episode", "psychiatric history",
    "psychiatric evaluation", "psych eval", "mental health history", "mental health treatment",
    "involuntary commitment", "withdrawal symptoms", "dope sick", "dopesick", "drug addiction", "meth addiction",
    "fentanyl addiction", "crack addiction", "in recovery", "sober living", "miscarried", "weeks pregnant",
    "months pregnant", "abortion", "c-section", "postpartum",
    # Care received
    "treated and released", "taken to the hospital", "transported to the hospital", "conveyed to the hospital",
    "emergency room", "lost consciousness", "loss of consciousness", "knocked unconscious",
    # Widened from what the second-look corpora left out, in general form: named cancers and staged
    # disease, brain bleeds, sight and hearing lost, night terrors, psychiatric stays, kept overnight
    "breast cancer", "lung cancer", "colon cancer", "prostate cancer", "pancreatic cancer", "ovarian cancer",
    "skin cancer", "brain cancer", "brain tumor", "bleed on the brain", "bleeding on the brain", "blurred vision",
    "vision loss", "lost vision", "hearing loss", "night terrors", "bipolar i disorder", "bipolar ii disorder",
    "bipolar 1 disorder", "bipolar 2 disorder", "psychiatric hospital", "psych ward", "psychiatric unit",
    "behavioral health unit", "inpatient stay", "kept overnight", "admitted overnight", "blood sugar",
    "blood glucose", "insulin dependent", "insulin-dependent diabetes",
    # Self-harm said of someone (the reflexive names the person), evaluations asked for, attacks and reactions
    "cutting himself", "cutting herself", "cutting themselves", "cutting myself", "kill himself", "kill herself",
    "cut her wrists", "cut his wrists", "cut their wrists", "slit her wrists", "slit his wrists", "cut herself",
    "cut himself", "is nonverbal", "was nonverbal", "autistic and nonverbal", "nonverbal and autistic",
    # EMS and patrol shorthand: Wisconsin's EM-1 detention, suicidal or homicidal ideation, alcohol on board
    "em-1", "em1", "si/hi", "shortness of breath", "etoh", "etoh on board",
    "abdominal cramping", "having cramps", "l&d", "bac",
    "out of detox", "in detox",
    "labor and delivery", "walking boot", "ct was negative", "ct came back negative", "ct was clear",
    "kill themselves", "kill myself", "killing himself", "killing herself", "hurt himself", "hurt herself",
    "hurting himself", "hurting herself", "attempted suicide", "overdoses", "mental health evaluation",
    "mental health assessment", "psychiatric assessment", "psychological evaluation", "crisis assessment",
    "asthma attack", "allergic reaction", "anaphylaxis", "anaphylactic shock", "wired shut",
    # Holds and crisis care, EMS shorthand, exams after an assault, rehab, aids, what a test measured
    "72-hour hold", "72 hour hold", "baker act", "baker acted", "mental health hold", "crisis bed", "chest pain",
    "chf", "shortness of breath", "difficulty breathing", "smoke inhalation", "severe anxiety", "anxiety attacks",
    "autism spectrum", "on the spectrum", "sane exam", "sexual assault exam", "sexual assault examination",
    "rape kit", "drug rehab", "alcohol rehab", "in rehab", "inpatient rehab", "rehab for alcohol", "rehab for drugs",
    "power chair", "power wheelchair", "uses a walker", "uses a cane", "blood alcohol", "blood alcohol content",
)
MEDICATIONS = (
    "insulin", "metformin", "lisinopril", "atorvastatin", "amlodipine", "albuterol", "seroquel", "quetiapine",
    "lithium", "depakote", "divalproex", "lamotrigine", "lamictal", "abilify", "aripiprazole", "risperdal",
    "risperidone", "haldol", "haloperidol", "zyprexa", "olanzapine", "clozapine", "clozaril", "invega",
    "zoloft", "sertraline", "prozac", "fluoxetine", "lexapro", "escitalopram", "celexa", "citalopram",
    "paxil", "paroxetine", "wellbutrin", "bupropion", "trazodone", "xanax", "alprazolam", "klonopin",
    "clonazepam", "ativan", "lorazepam", "valium", "diazepam", "adderall", "ritalin", "methylphenidate",
    "vyvanse", "methadone", "suboxone", "buprenorphine", "naltrexone", "vivitrol", "oxycodone", "oxycontin",
    "percocet", "vicodin", "hydrocodone", "gabapentin", "neurontin", "keppra", "levetiracetam", "dilantin",
    "phenytoin", "prednisone", "warfarin", "eliquis", "truvada", "antiretrovirals", "narcan", "naloxone",
    "aricept", "donepezil", "ambien", "zolpidem", "tramadol", "concerta", "strattera", "latuda", "geodon",
    "antipsychotics", "antidepressants", "anti-seizure medication",
    "metoprolol", "losartan", "hydrochlorothiazide", "simvastatin", "rosuvastatin", "crestor", "lipitor",
    "synthroid", "levothyroxine", "omeprazole", "pantoprazole", "furosemide", "lasix", "carvedilol",
    "clopidogrel", "plavix", "xarelto", "coumadin", "jardiance", "ozempic", "semaglutide", "trulicity", "januvia",
    "glipizide", "lantus", "humalog", "novolog", "cymbalta", "duloxetine", "effexor", "venlafaxine", "remeron",
    "mirtazapine", "buspirone", "buspar", "hydroxyzine", "vistaril", "topiramate", "topamax", "lyrica",
    "pregabalin", "baclofen", "flexeril", "cyclobenzaprine", "tizanidine", "meloxicam", "morphine", "dilaudid",
    "hydromorphone", "fentanyl patch", "duragesic", "tylenol 3", "subutex", "sublocade", "zubsolv", "chantix",
    "antabuse", "disulfiram", "acamprosate", "campral", "prazosin", "clonidine", "guanfacine", "intuniv",
    "focalin", "dexedrine", "modafinil", "provigil", "lurasidone", "ziprasidone", "paliperidone",
    "invega sustenna", "abilify maintena", "fluphenazine", "prolixin", "chlorpromazine", "thorazine",
    "perphenazine", "saphris", "rexulti", "vraylar", "caplyta", "tegretol", "carbamazepine", "trileptal",
    "oxcarbazepine", "biktarvy", "genvoya", "descovy", "epipen", "inhaler", "nebulizer", "nitroglycerin",
    "digoxin", "spironolactone", "methotrexate", "humira", "enbrel", "plaquenil", "tamoxifen", "birth control",
    "hormone therapy", "benzodiazepines", "blood thinners", "blood pressure medication", "blood pressure meds",
    "heart medication", "seizure medication", "seizure meds", "mental health meds", "anxiety medication",
    "anxiety meds", "depression meds", "pain medication", "pain meds",
    "beta blocker", "beta blockers", "blood thinner", "antidepressant", "antipsychotic", "statins", "insulin pump",
)
TREATMENT = (
    "diagnosed with", "diagnosis of", "suffers from", "suffering from", "history of", "treated for",
    "being treated for", "hospitalized for", "admitted for", "prescribed", "takes", "taking", "is on",
    "was on", "stopped taking", "committed to", "inpatient at", "received stitches",
    "received sutures", "needed stitches", "needed surgery", "underwent surgery", "was treated at",
    "was transported to", "conveyed to", "medical records", "mental health records", "therapist",
    "psychiatrist", "rehab", "detox", "diagnosed as", "receiving treatment for", "in treatment for",
    "medicated for", "on medication for", "takes medication for", "takes meds for", "on meds for",
    "seeing a therapist for", "hospitalized at", "admitted to the hospital for", "hx of", "treatment for",
    "admitted to", "complains of", "complaining of", "c/o", "dx'd with", "dxd with", "dx with", "dx of",
)
PERSON_CUE = regex.compile(
    r"\b(?:he|she|him|her|his|hers|they|them|their|victim|vic|suspect|subject|complainant|witness|patient|"
    r"juvenile|driver|mother|father|son|daughter|wife|husband|boyfriend|girlfriend|mr|mrs|ms|"
    r"who|whose|vict|susp|subj|comp|pt|pedestrian|defendant|caller|arrestee|resident|man|woman|boy|girl|child|kid|"
    r"year-old|y/o|yo|i|my|me|"
    r"(?-i:\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}+|\p{Lu}{2,},\s+\p{Lu}{2,})"
    # one name before what only a person does: "Agosto was checked", "Reyes told"
    r"|(?-i:\p{Lu}\p{Ll}+)\s+(?:told|said|stated|complained|reported|suffers|was\s+(?:checked|treated|seen|taken|"
    r"transported|evaluated|examined|conveyed)))\b", FLAGS)
# A character no PERSON_CUE or GENERAL_QUESTION match holds (they hold letters, blanks and . , - /);
# searched backwards: the last one.
OUTSIDE_ANY_CUE = regex.compile(r"(?r)[^\p{L}\s.,/\-]")
GENERAL_QUESTION = regex.compile(
    r"\b(?:what\s+is|what\s+are|explain|define|definition|signs\s+of|symptoms\s+of|how\s+(?:to|do|should|can)|"
    r"training|policy|in\s+general|generally|people\s+with|persons\s+with|individuals\s+with)\b", FLAGS)
BODY_PARTS = (
    "arm", "arms", "leg", "legs", "wrist", "wrists", "ankle", "ankles", "jaw", "nose", "rib", "ribs", "orbital bone",
    "orbital", "eye socket", "skull", "hip", "collarbone", "clavicle", "shoulder", "finger", "fingers", "hand", "hands",
    "foot", "feet", "elbow", "knee", "knees", "pelvis", "femur", "tibia", "fibula", "vertebra", "vertebrae", "back",
    "neck", "spine", "head", "scalp", "face", "forehead", "cheek", "cheekbone", "chest", "abdomen", "stomach", "thigh",
    "calf", "lung", "spleen", "liver", "eye", "ear", "lip", "tooth", "teeth", "torso", "groin", "buttocks", "side",
    "thumb", "toe", "toes", "forearm", "shin", "sternum", "kidney", "eyes", "lips", "cheeks", "shoulders", "ears",
    "eyebrow", "temple", "mouth", "throat", "nose bridge",
    "acl", "mcl", "meniscus", "rotator cuff", "achilles", "achilles tendon", "tendon", "ligament", "eardrum", "retina",
    "brain",
)
SIDE = r"(?:(?:left|right|upper|lower|inner|outer)\s+){0,2}"
BODY = compile_words(BODY_PARTS)
# " the back of the head", but not " the back" of "in the back of the squad"
ON_BODY = (r"\s+(?:the|his|her|their|its|both)\s+" + SIDE + BODY + r"\b(?:\s+of\s+(?:the|his|her|their|its)\s+" + SIDE
           + BODY + r"\b|(?!\s+of\b))")
# Drugs someone overdoses on, and doses of a medication: "overdosed on fentanyl", "20 mg of Lexapro"
DRUGS = compile_words(("fentanyl", "heroin", "cocaine", "crack", "meth", "methamphetamine", "opioids", "opiates",
                       "oxy", "oxycodone", "percs", "pills", "xylazine", "tranq", "alcohol", "pcp", "k2", "spice",
                       "xanax", "benzos", "ecstasy", "molly", "lsd", "ketamine", "carfentanil"))
DOSE = r"\d+(?:\.\d+)?\s*(?:mg|mcg|ml|milligrams|micrograms|units)\b"
INJURY_ADJECTIVES = ("broken", "fractured", "sprained", "dislocated", "bruised", "cracked", "torn", "punctured",
                     "collapsed", "shattered", "separated", "bruised", "swollen", "bloody", "bleeding", "black",
                     "injured", "burned", "split", "chipped")
# "a broken right wrist", "a stab wound to the abdomen", "lacerations to the scalp".
INJURY = (
    r"(?:" + compile_words(INJURY_ADJECTIVES) + r"\s+" + SIDE + BODY +
    r"|(?:stab|gunshot|puncture|bite|knife|bullet|graze)\s+wounds?|lacerations?|contusions?|abrasions?"
    r"|bruising|swelling|strangulation\s+marks|bite\s+marks|road\s+rash|petechiae"
    # words that are injuries only on a body part: "a cut on the scalp", not "cut the paragraph"
    r"|(?:scalp|head|facial|open|puncture)\s+wounds?"
    r"|(?:cuts?|gash(?:es)?|welts?|scratch(?:es)?|lacs?)(?=\s+(?:to|on|in|over|above|below|across)\s+(?:the|his|her|their|its)\s+"
    + SIDE + BODY + r"\b)"
    r"|(?:first|second|third)-degree\s+burns|burns"
    # how a wound was made, on a body part: "shot in the left thigh", "stabbed twice in the back"
    r"|(?:shot|stabbed|slashed|grazed)(?:\s+(?:once|twice|three\s+times|multiple\s+times))?(?=\s+(?:in|to|on)"
    + ON_BODY + r"))"
    r"(?:\s+(?:to|on|in|of)" + ON_BODY + r")?"
)
# Words that are health information only after a treatment word: "suffers from anxiety", not "his anxiety showed".
TREATED_ONLY = ("anxiety", "chronic anxiety", "social anxiety", "sob")
TERM = regex.compile(
    r"\b(?P<treat>" + compile_words(TREATMENT) + r")\s+(?:a\s+|an\s+|the\s+|" + DOSE + r"\s+(?:of\s+)?)?"
    r"(?P<what>" + INJURY + r"|" + compile_words(CONDITIONS + MEDICATIONS + TREATED_ONLY) + r")\b"
    r"|\b(?P<injury>" + INJURY + r")\b"
    r"|\b(?P<bare>" + compile_words(CONDITIONS + MEDICATIONS) + r")\b", FLAGS)
# What the gold standard of a careful reader covers around the term: "a", "two", the disorder's
# full name, its cause, and the treatment that follows ("that needed eight staples", "requiring surgery").
WORD = r"(?:[a-z]+|(?-i:[A-Z]{2,4}))"
# The words of the care that followed, up to the next clause: "that needed eight staples" (and was released)
CARE_WORD = r"(?!(?:and|but|or|after|before|per|when|while|then|so|because|since|until|told|said)\b)" + WORD
COUNT_WORDS = frozenset({"a", "an", "two", "three", "four", "five", "several", "multiple"})
QUALIFIERS = frozenset({"severe", "minor", "serious", "deep", "possible", "paranoid", "chronic", "acute", "clinical",
                        "mild", "untreated", "early-onset", "late-stage", "terminal", "advanced", "diagnosed",
                        "double", "triple", "bilateral", "high-risk"})
# How often a treatment or a dose is taken: "three times a week", "daily", "every 6 hours".
HOW_OFTEN = (r"(?:daily|nightly|weekly|twice\s+a\s+(?:day|week)|(?:once|two\s+times|three\s+times|four\s+times|\d\s+times)"
             r"\s+a\s+(?:day|week)|a\s+day|at\s+night|as\s+needed|every\s+(?:day|morning|night|week|other\s+day|"
             r"\d{1,2}\s+hours))\b")
# What was done for an injury, told after it: "splinted", "closed with staples", "treated".
CARE_VERB = (r"(?:splinted|stitched|sutured|treated|casted|bandaged|stapled|closed|reset|admitted|hospitali[sz]ed|"
             r"x-rayed|wired|sedated|intubated|underwent|received|revived|transfused)\b")
TRAILING = regex.compile(
    r"(?:\s+(?:disorder|disease|syndrome|diagnosis|episode|attack|crisis|emergency|reaction|shock|maintenance"
    r"|treatment|therapy))?"
    r"(?:\s+on\s+(?:" + DRUGS + r"|(?:his|her|their)\s+(?:own\s+)?(?:pills|meds|medication))\b)?"
    r"(?:,?\s+" + DOSE + r")?(?:,?\s+" + HOW_OFTEN + r")?"
    r"(?:\s+(?:to|on|in|of|over|above|below|under|near|behind|across)" + ON_BODY + r")?"
    r"(?:\s+from\s+(?:his|her|their|a|an|the)\s+[a-z]+)?"
    r"(?:\s+(?:of|was|at)\s+\.?\d+(?:\.\d+)?(?!\s*(?:years?|yrs?|months?|weeks?|days?|times?)\b)|\s+\.\d{2,3}\b)?"
    r"(?:,?\s+(?:that|which)\s+(?:was|were|needed|required|requires|needs|will\s+need|took|got)\s+(?:" + CARE_WORD
    + r"\s+){0,4}" + CARE_WORD + r"|\s+requiring\s+(?:" + CARE_WORD + r"\s+){0,2}" + CARE_WORD
    + r"|\s+took\s+\d{1,2}\s+(?:staples|stitches|sutures))?"
    # the care that followed, after a comma or "and was": ", closed with staples at St. Luke's"
    r"(?:(?:\s*,\s*|\s+and\s+(?:was\s+|were\s+)?)" + CARE_VERB + r"(?:\s+" + CARE_WORD + r"){0,3}"
    r"(?:\s+(?:at|in|by)\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*|[a-z]+)(?:\s+(?-i:[A-Z][\w'’.-]*|[a-z]+)){0,3})?)?", FLAGS)
# Two findings joined by "and" or a comma in one clause are one phrase ("a disorder and is on Suboxone").
JOINER = regex.compile(r"(?:\s*,)?\s+and\s+(?:(?:is|was|has|had|takes|needs|now|goes\s+to|gets|receives|uses)\s+)?"
                       r"(?:on\s+)?|,\s*|\s+for\s+", FLAGS)
# Before a term, what belongs to it: "stage 3", "a 4 cm", "skull" (of "skull fracture").
# Also a dose or count of a medication ("20 mg of", "two doses of") and a threat or attempt of
# self-harm ("threatening to" kill himself).
STAGE_OR_SIZE_BEFORE = regex.compile(
    r"(?:\bstage\s+(?:[1-4]|i{1,3}|iv)|\b\d+(?:\.\d+)?\s*(?:cm|mm|inch|inches|in\.)|\b" + BODY +
    r"|\b(?:" + DOSE + r"|(?:\d+|a|one|two|three|four|several|multiple)\s+(?:doses?|pills?|tablets?|shots?|sprays?"
    r"|injections?))\s+of"
    r"|\b(?:threatening|threatened|threatens|tried|trying|tries|attempted|attempting|wanted|wants|planning|planned)"
    r"\s+to)\s+$", FLAGS)
# Before some terms only: the weeks of a pregnancy, the drug of an overdose.
NUMBER_BEFORE = regex.compile(r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                              r"|[a-z]+teen|(?:twenty|thirty)(?:-[a-z]+)?)\s+$", FLAGS)
DRUG_BEFORE = regex.compile(r"\b" + DRUGS + r"\s+$", FLAGS)
LEADS_OF = (("weeks pregnant", NUMBER_BEFORE), ("months pregnant", NUMBER_BEFORE), ("overdos", DRUG_BEFORE))
# Each term is announced by its longest word ("meds" for "off his meds", "icu" for "in the icu").
FUNCTION_WORDS = frozenset({"the", "a", "an", "in", "on", "of", "off", "his", "her", "their", "to", "with"})
CUES = frozenset(max((w for w in regex.findall(r"[^\W_]+", term.lower()) if w not in FUNCTION_WORDS), key=len)
                 for term in CONDITIONS + MEDICATIONS) | frozenset(INJURY_ADJECTIVES) | frozenset({
                     "wound", "wounds", "laceration", "lacerations", "contusion", "contusions", "abrasion",
                     "abrasions", "burns", "bruising", "swelling", "strangulation", "marks", "rash", "petechiae",
                     "cut", "cuts", "gash", "gashes", "welt", "welts", "scratch", "scratches", "shot", "stabbed",
                     "slashed", "grazed"})
SENTENCE_END = regex.compile(r"[.!?\n]")


class Opening:
    """Where a pattern whose every match opens with ``\\b`` and one of its first words can match, on a
    plain text: where a first word starts a word (``scanner``, over the lowercased text) and the
    ``guard`` (see classifiers.literals.guard_of) matches. Far fewer places than its lead, found faster."""

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        source = regex.sub(r"\(\?P<\w+>", "(?:", pattern.pattern)   # named groups do not change what matches
        found = leading_literals(source)
        usable = found is not None and not found[1] and overlap_free(found[0])
        self.scanner = start_scanner(found[0]) if usable else None   # type: ignore[index]
        self.guard = guard_of(source) if usable else None

    def places(self, lower: str, start: int, end: int) -> Iterator[int]:
        guard = self.guard.match if self.guard else None
        for found in self.scanner.finditer(lower, start, end):   # type: ignore[union-attr]
            place = found.start()
            if (place == 0 or not lower[place - 1].isalnum()) and (guard is None or guard(lower, place)):
                yield place


TERM_OPENING = Opening(TERM)
GENERAL_QUESTION_OPENING = Opening(GENERAL_QUESTION)


class MedicalRecognizer:
    """Diagnoses, medications, injuries with treatment and mental-health terms in a sentence about a person."""

    name = "medical"
    span_types = (SpanType.MEDICAL,)

    def prepare(self) -> None:
        for pattern in (TERM, GENERAL_QUESTION):   # both open every alternative with \b and a word
            lead_scan(pattern, True)

    def find(self, text: str) -> Iterator[Finding]:
        pending: Finding | None = None
        for start, end in cue_regions(text, CUES, (45, 60)):
            for finding in self._in_region(text, start, end):
                if pending and finding.start <= pending.end:
                    pending = _joined(text, pending, finding) if finding.end > pending.end else pending
                elif pending and JOINER.fullmatch(text, pending.end, finding.start):
                    pending = _joined(text, pending, finding)
                else:
                    if pending:
                        yield pending
                    pending = finding
        if pending:
            yield pending

    def _in_region(self, text: str, region_start: int, region_end: int) -> Iterator[Finding]:
        # Person cues and general-question words are found once per region (scanned from 200 characters
        # before it, as far as the last sentence of a term reaches), then looked up per sentence.
        terms = [(match, *sentence_bounds(text, match.start(), match.end()))
                 for match in _opened_finditer(TERM, TERM_OPENING, text, region_start, region_end)]
        if not terms:
            return
        # Only a term that is not a treatment needs the person cues and general-question words.
        people: list[int] = []
        general: list[int] = []
        sentences = [(left, right) for match, left, right in terms if not match["treat"]]
        if sentences:
            outer_end = min(len(text), region_end + 200)
            start = _scan_start(text, max(0, region_start - 200), min(left for left, _right in sentences))
            reach = max(right for _left, right in sentences)
            people = _starts_before(budget.finditer(PERSON_CUE, text, start, outer_end), reach)
            general = _starts_before(
                _opened_finditer(GENERAL_QUESTION, GENERAL_QUESTION_OPENING, text, start, outer_end), reach)
        for match, left, right in terms:
            if not match["treat"] and not _any_between(people, left, right):
                continue   # a treatment ("was treated for a concussion") is always someone's
            if not match["treat"] and _any_between(general, left, right):
                continue
            score = 0.85 if match["treat"] else 0.7
            start, end = _phrase(text, match.start(), match.end(), leading=not match["treat"])
            yield Finding(SpanType.MEDICAL, start, end, text[start:end], self.name,
                          score=score, explanation="health information in a sentence about a person")


def _opened_finditer(pattern: regex.Pattern[str], opening: Opening, text: str,
                     start: int, end: int) -> Iterator[regex.Match[str]]:
    """As :func:`led_finditer`; on a plain text the pattern is tried only at the places of its
    ``opening`` (every place a match can start is one, so the matches found stay the same)."""
    if opening.scanner is None or not is_plain(text):
        yield from led_finditer(pattern, text, start, end)
        return
    yield from matches_at(pattern, text, opening.places(index_of(text).lower, start, end), end)


def _scan_start(text: str, floor: int, left: int) -> int:
    """Where to start scanning for person cues and general-question words so as to find, from ``left``
    on, what a scan from ``floor`` finds: just after the last character before ``left`` that no match
    of either can hold (a digit, most marks), since no match runs across it; ``floor`` if there is none."""
    found = OUTSIDE_ANY_CUE.search(text, floor, left)
    return found.end() if found else floor


def _starts_before(matches: Iterator[regex.Match[str]], reach: int) -> list[int]:
    """Where the matches start, up to ``reach`` (no sentence looked up goes further)."""
    starts = []
    for match in matches:
        if match.start() >= reach:
            break
        starts.append(match.start())
    return starts


def _phrase(text: str, start: int, end: int, *, leading: bool = True) -> tuple[int, int]:
    """The term widened to its phrase: a leading article or count, a trailing cause or treatment."""
    if leading:
        before = STAGE_OR_SIZE_BEFORE.search(text, max(0, start - 24), start) or _lead_of(text, start, end)
        if before:
            start = before.start()
        start = _word_before(text, _word_before(text, start, QUALIFIERS), COUNT_WORDS)
    trailing = TRAILING.match(text, end, min(len(text), end + 80))
    if trailing:
        end = trailing.end()
    return start, end


def _lead_of(text: str, start: int, end: int) -> regex.Match[str] | None:
    """What only some terms take before them: "20" weeks pregnant, a "fentanyl" overdose."""
    term = text[start:end].lower()
    for opening, pattern in LEADS_OF:
        if term.startswith(opening):
            return pattern.search(text, max(0, start - 24), start)
    return None


def _word_before(text: str, start: int, words: frozenset[str]) -> int:
    """Where the word before ``start`` begins, if it is one of ``words``; else ``start``."""
    prefix = text[max(0, start - 16):start]
    stripped = prefix.rstrip()
    if not stripped or len(stripped) == len(prefix):
        return start
    word_start = len(stripped)
    while word_start and (stripped[word_start - 1].isalpha() or (   # a hyphen inside: "early-onset"
            stripped[word_start - 1] == "-" and word_start >= 2 and stripped[word_start - 2].isalpha())):
        word_start -= 1
    if stripped[word_start:].lower() in words and (word_start == 0 or not stripped[word_start - 1].isalnum()):
        return start - len(prefix) + word_start
    return start


def _joined(text: str, first: Finding, second: Finding) -> Finding:
    end = max(first.end, second.end)
    return Finding(SpanType.MEDICAL, first.start, end, text[first.start:end], first.recognizer,
                   score=max(first.score, second.score), explanation=first.explanation)


# Periods that do not end a sentence: initials ("R. Zavala") and common abbreviations.
NOT_A_SENTENCE_END = regex.compile(r"(?:\b\p{L}|\b(?:dr|mr|mrs|ms|st|jr|sr|no|ave|apt|det|sgt|lt|ofc|vs|dept))\.$",
                                   FLAGS)


def _sentence_start(text: str, start: int) -> int:
    floor = max(0, start - 200)
    position = start
    while True:
        stop = max(text.rfind(".", floor, position), text.rfind("\n", floor, position),
                   text.rfind("!", floor, position), text.rfind("?", floor, position))
        if stop == -1:
            return floor
        inside_number = text[stop] == "." and text[stop + 1:stop + 2].isdigit()   # "12.24.1970"
        if not inside_number and (text[stop] != "." or not NOT_A_SENTENCE_END.search(text, max(0, stop - 5), stop + 1)):
            return stop + 1
        position = stop


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    right_match = SENTENCE_END.search(text, end, min(len(text), end + 200))
    right = right_match.start() if right_match else min(len(text), end + 200)
    return max(_sentence_start(text, start), start - 200), right


def _any_between(positions: list[int], left: int, right: int) -> bool:
    index = bisect_left(positions, left)
    return index < len(positions) and positions[index] < right
