"""Health information the first medical vocabulary did not hold: chronic conditions and
disabilities, more medications, visible injuries, care received. Written from general
knowledge, not from a corpus; every sentence is new and fictitious."""

from __future__ import annotations

import pytest

from garda.inspect.spans import SpanType

from tests.inspect.inspect_support import typed


def medical(inspector, text: str) -> list[str]:
    return typed(inspector.inspect(text), SpanType.MEDICAL)


@pytest.mark.parametrize(("text", "expected"), [
    ("Clean this up: the victim was treated and released with a black eye and a split lip.",
     ["treated and released with a black eye and a split lip"]),   # the rules' two phrases, joined by the tagger's
    ("She has multiple sclerosis and uses a wheelchair, so schedule the interview at her home.",
     ["multiple sclerosis and uses a wheelchair"]),
    ("He takes Cymbalta and Lyrica for chronic pain, per his daughter.", ["takes Cymbalta and Lyrica for chronic pain"]),
    ("The suspect lost consciousness and was transported to the hospital.",
     ["lost consciousness and was transported to the hospital"]),
    ("Witness said he is deaf and reads lips; bring an interpreter.", ["deaf"]),
    ("patient has hx of seizures, on keppra, mom says he missed doses", ["hx of seizures", "keppra"]),
    ("The complainant had swelling and strangulation marks on her neck.", ["swelling and strangulation marks on her neck"]),
    ("Her son said she has early-onset Alzheimer's and wanders at night.", ["early-onset Alzheimer's"]),
    ("The nurse noted an HIV diagnosis in his chart.", ["an HIV diagnosis"]),
])
def test_conditions_medications_injuries_and_care(inspector, text, expected):
    assert medical(inspector, text) == expected


@pytest.mark.parametrize("text", [
    "Explain what multiple sclerosis is for the training slide.",
    "Write a general explanation of how chemotherapy works.",
    "Summarize: the black car had bruising on the door panel.",
    "The Black community meeting is Tuesday at the library.",
])
def test_a_term_without_a_person_or_in_a_general_question_is_not_a_finding(inspector, text):
    assert medical(inspector, text) == []


# Widened from what the second-look corpora left out, in general form: the whole phrase a careful
# reader marks (its stage, size, body part, what goes with it) and the words such phrases use.
@pytest.mark.parametrize(("text", "expected"), [
    ("Per his wife, he has stage 4 lung cancer and goes to chemo on Mondays.",
     ["stage 4 lung cancer and goes to chemo"]),
    ("She told me she had a 3 cm cut on the scalp that took six stitches.", ["a 3 cm cut on the scalp"]),
    ("Dr. Osei said the victim has a hip fracture and a bleed on the brain.", ["a hip fracture and a bleed on the brain"]),
    ("Tomasz Lis (DOB 04.11.1961) was found at 0300; the ER reports a blood sugar of 41.", ["a blood sugar of 41"]),
    ("He has a heart condition and takes a blood thinner, his son said.", ["a heart condition and takes a blood thinner"]),
    ("Kowalczyk was checked by MFD and found to have a torn ACL.", ["a torn ACL"]),
    ("The juvenile disclosed treatment for night terrors after the shooting.", ["treatment for night terrors"]),
])
def test_whole_phrases_and_their_words(inspector, text, expected):
    found = medical(inspector, text)
    for phrase in expected:
        assert any(phrase in span for span in found), (phrase, found)


@pytest.mark.parametrize("text", [
    "Wisconsin has high diabetes rates compared with Minnesota.",
    "What is the blood glucose level that counts as low?",
    "Milwaukee was hit by a flu outbreak in 2019.",
])
def test_places_and_general_questions_are_not_people(inspector, text):
    assert medical(inspector, text) == []


# Self-harm, evaluations, doses, the drug of an overdose and the weeks of a pregnancy, and a body part
# that is only a place ("in the back of the squad"): widened from sentences written for this test.
@pytest.mark.parametrize(("text", "expected"), [
    ("Her aunt says Dalia is 31 weeks pregnant and due in June.", ["31 weeks pregnant"]),
    ("He overdosed on heroin in the stairwell and got three doses of naloxone.",
     ["overdosed on heroin", "three doses of naloxone"]),
    ("His roommate found him after a suspected fentanyl overdose.", ["fentanyl overdose"]),
    ("Mom reports her daughter has been cutting herself and threatened to kill herself Sunday.",
     ["cutting herself and threatened to kill herself"]),
    ("The caller asked us to arrange a mental health evaluation for her brother.", ["a mental health evaluation"]),
    ("Per the nurse, he was admitted to the behavioral health unit overnight.",
     ["admitted to the behavioral health unit"]),
    ("She is prescribed Zoloft 100 mg daily, her husband said.", ["prescribed Zoloft 100 mg daily"]),
    ("He takes 500 mg of metformin with dinner.", ["takes 500 mg of metformin"]),
    ("The driver was confused and sweating, possibly a diabetic emergency; he told us he had skipped lunch.",
     ["a diabetic emergency"]),
    ("The suspect had a seizure in the back of the wagon.", ["had a seizure"]),
    ("The victim had a chipped tooth and a cut on the back of her head.",
     ["a chipped tooth and a cut on the back of her head"]),
])
def test_self_harm_doses_overdoses_and_pregnancy_weeks(inspector, text, expected):
    found = medical(inspector, text)
    for phrase in expected:
        assert any(phrase in span for span in found), (phrase, found)


@pytest.mark.parametrize("text", [
    "The suspect admitted to the burglary during the second interview.",
    "He told the clerk he would kill him if she called anyone.",
    "What should an officer say to someone threatening to kill himself on a bridge?",
    "Officer 1 waits in the back of the squad while Officer 2 approaches.",
    "Summarize the department's overdose statistics for 2025 by district.",
])
def test_near_misses_of_self_harm_admissions_and_overdoses(inspector, text):
    assert medical(inspector, text) == []


# Holds, EMS shorthand, exams after an assault, rehab, mobility aids, a test's reading, how a wound
# was made, and care that stops where the next clause starts: widened from sentences written for this test.
@pytest.mark.parametrize(("text", "expected"), [
    ("pt c/o shortness of breath, hx of CHF, lives alone", ["c/o shortness of breath, hx of CHF"]),
    ("Per the ER she was put on a 72 hour hold overnight.", ["a 72 hour hold"]),
    ("His sister says he was Baker Acted twice in Tampa.", ["Baker Acted"]),
    ("vic has a concussion, will follow up Monday", ["a concussion"]),
    ("Her father is on methadone maintenance and works nights.", ["methadone maintenance"]),
    ("The complainant suffers from severe anxiety and asked to testify remotely.", ["suffers from severe anxiety"]),
    ("He was shot in the right shoulder during the robbery.", ["shot in the right shoulder"]),
    ("The suspect's blood alcohol was .19 at Sinai.", ["blood alcohol was .19"]),
    ("A SANE exam was completed for the victim at 0300.", ["SANE exam"]),
    ("My neighbor Ruth uses a walker and cannot do stairs.", ["uses a walker"]),
    ("The victim had a gash to the forehead that needed nine stitches and then left against advice.",
     ["a gash to the forehead that needed nine stitches"]),
])
def test_holds_shorthand_exams_aids_readings_and_wounds(inspector, text, expected):
    found = medical(inspector, text)
    for phrase in expected:
        assert any(phrase in span for span in found), (phrase, found)


@pytest.mark.parametrize("text", [
    "The shooter fired in the air twice and ran east.",
    "Officer 1 was shot in the vest during the training scenario.",
    "The rehab of the old fire station on 35th is behind schedule.",
    "Explain what a 72-hour hold is and who can order one in Wisconsin.",
    "The block club is anxious about the new jail; his anxiety showed at the meeting.",
    "The grant was a shot in the arm for the youth program, the captain said.",
])
def test_near_misses_of_holds_wounds_and_rehab(inspector, text):
    assert medical(inspector, text) == []
