"""Health information tied to a person: diagnoses, injuries with treatment, medications,
mental-health information.

A medical term alone ("explain what schizophrenia is") is not a finding: the sentence
must also point at someone (a pronoun, a role word, a name, "patient").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from garda.inspect import budget
from garda.inspect.recognizers.base import FLAGS, compile_words, cue_regions
from garda.inspect.spans import Finding, SpanType

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
    "phenytoin", "prednisone", "warfarin", "eliquis", "truvada", "antiretrovirals",
    "antipsychotics", "antidepressants", "anti-seizure medication",
)
TREATMENT = (
    "diagnosed with", "diagnosis of", "suffers from", "suffering from", "history of", "treated for",
    "being treated for", "hospitalized for", "admitted for", "prescribed", "takes", "taking", "is on",
    "was on", "stopped taking", "committed to", "inpatient at", "received stitches",
    "received sutures", "needed stitches", "needed surgery", "underwent surgery", "was treated at",
    "was transported to", "conveyed to", "medical records", "mental health records", "therapist",
    "psychiatrist", "rehab", "detox",
)
PERSON_CUE = regex.compile(
    r"\b(?:he|she|him|her|his|hers|they|them|their|victim|suspect|subject|complainant|witness|patient|"
    r"juvenile|driver|mother|father|son|daughter|wife|husband|boyfriend|girlfriend|mr|mrs|ms|"
    r"(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+))\b", FLAGS)
GENERAL_QUESTION = regex.compile(
    r"\b(?:what\s+is|what\s+are|explain|define|definition|signs\s+of|symptoms\s+of|how\s+(?:to|do|should|can)|"
    r"training|policy|in\s+general|generally|people\s+with|persons\s+with|individuals\s+with)\b", FLAGS)
TERM = regex.compile(
    r"\b(?P<treat>" + compile_words(TREATMENT) + r")\s+(?:a\s+|an\s+|the\s+)?"
    r"(?P<what>" + compile_words(CONDITIONS + MEDICATIONS) + r")\b"
    r"|\b(?P<bare>" + compile_words(CONDITIONS + MEDICATIONS) + r")\b", FLAGS)
# Each term is announced by its longest word ("meds" for "off his meds", "icu" for "in the icu").
FUNCTION_WORDS = frozenset({"the", "a", "an", "in", "on", "of", "off", "his", "her", "their", "to", "with"})
CUES = frozenset(max((w for w in regex.findall(r"[^\W_]+", term.lower()) if w not in FUNCTION_WORDS), key=len)
                 for term in CONDITIONS + MEDICATIONS)
SENTENCE_END = regex.compile(r"[.!?\n]")


class MedicalRecognizer:
    """Diagnoses, medications, injuries with treatment and mental-health terms in a sentence about a person."""

    name = "medical"
    span_types = (SpanType.MEDICAL,)

    def find(self, text: str) -> Iterator[Finding]:
        for start, end in cue_regions(text, CUES, (45, 60)):
            yield from self._in_region(text, start, end)

    def _in_region(self, text: str, region_start: int, region_end: int) -> Iterator[Finding]:
        for match in budget.finditer(TERM, text, region_start, region_end):
            sentence = _sentence_around(text, match.start(), match.end())
            if not PERSON_CUE.search(sentence):
                continue
            if match["bare"] and GENERAL_QUESTION.search(sentence):
                continue
            score = 0.85 if match["treat"] else 0.7
            yield Finding(SpanType.MEDICAL, match.start(), match.end(), match.group(), self.name,
                          score=score, explanation="health information in a sentence about a person")


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(".", max(0, start - 200), start), text.rfind("\n", max(0, start - 200), start))
    right_match = SENTENCE_END.search(text, end, min(len(text), end + 200))
    right = right_match.start() if right_match else min(len(text), end + 200)
    return text[max(left + 1, start - 200):right]
