"""Names and identifiers the recognizers learned from the first held-out corpus, once it
became a development set: census surnames, records in lists, names mentioned again in
capitals, lowercase names before what a person does, and the parts of an overlapped
finding that would otherwise leak. Every sentence here is new and fictitious."""

from __future__ import annotations

import pytest

from garda.inspect.merge import merge
from garda.inspect.recognizers.person import NameLists
from garda.inspect.spans import Finding, PersonRole, SpanType

from tests.inspect.inspect_support import typed


def people(inspector, text: str) -> list[str]:
    return typed(inspector.inspect(text), SpanType.PERSON)


def test_census_surnames_are_listed_but_ordinary_words_are_not():
    names = NameLists.load()
    assert names.is_surname("Prescott") and names.is_surname("Tillery")
    for word in ("spring", "frisk", "summary", "street"):
        assert word not in names.surnames


@pytest.mark.parametrize(("text", "expected"), [
    ("typed fast: then kayla prescott called back around noon", ["kayla prescott"]),
    ("ok so jordan radford was at the store before that", ["jordan radford"]),
])
def test_lowercase_given_name_and_census_surname(inspector, text, expected):
    assert people(inspector, text) == expected


@pytest.mark.parametrize("text", [
    "Write a quiz question about when a Terry frisk is allowed.",
    "The car was left near Silver Spring and Teutonia.",
    "the spring schedule starts monday",
])
def test_ordinary_words_in_the_census_file_are_not_names(inspector, text):
    assert people(inspector, text) == []


def test_records_in_a_semicolon_list_follow_the_first(inspector):
    text = "Sort these for the lineup sheet: Okafor, Chidi; Brandvold, Maren; Quaye, Efua."
    assert people(inspector, text) == ["Okafor, Chidi", "Brandvold, Maren", "Quaye, Efua"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Table please: Hartsell, Renee, DOB 4-2-71, 414-555-0148.", "Hartsell, Renee"),
    ("records list Pruett, Dana (born 07-19-1990) as the owner", "Pruett, Dana"),
])
def test_a_record_followed_by_a_birth_date(inspector, text, expected):
    assert expected in people(inspector, text)


def test_a_surname_repeated_alone_in_capitals(inspector):
    text = "SUPP: SPOKE WITH NADIA BELKACEM AT THE DOOR. BELKACEM STATED SHE HEARD NOTHING."
    assert people(inspector, text) == ["NADIA BELKACEM", "BELKACEM"]


def test_a_capital_word_that_is_no_name_found_is_left_alone(inspector):
    text = "SUPP: SPOKE WITH NADIA BELKACEM AT THE DOOR. NADIA IS A CITY IN IRAQ? NO. DOOR WAS LOCKED."
    assert "DOOR" not in people(inspector, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("reword: kevin said the car was already gone", ["kevin"]),
    ("fix grammar: marcus lives by the park and didnt see it", ["marcus"]),
])
def test_lowercase_given_name_before_a_personal_act(inspector, text, expected):
    assert people(inspector, text) == expected


def test_a_co_actor_is_a_suspect(inspector):
    inspection = inspector.inspect("Co-actor Dashawn Mercer was cited and released.")
    [finding] = [f for f in inspection.findings if f.span_type is SpanType.PERSON]
    assert (finding.text, finding.role) == ("Dashawn Mercer", PersonRole.SUSPECT)


def test_a_child_named_after_the_word_child(inspector):
    assert people(inspector, "Your child, Nhia Vue, is safe at the district station.") == ["Nhia Vue"]


def test_a_three_word_public_title(inspector):
    text = "Press release: Chief of Police Odalys Brennerman will speak at the town hall on Monday."
    assert people(inspector, text) == []


def test_place_names_with_puerto_are_not_people(inspector):
    assert people(inspector, "Her family came from Puerto Rico last year.") == []


@pytest.mark.parametrize(("text", "span_type", "expected"), [
    ("NAM/KOWALCZYK, TERESA DOB/19700311 ADR/2210 S 13TH ST LIC STAT/VALID", SpanType.ADDRESS, "2210 S 13TH ST"),
    ("HIT: OCA/2026-004417 WNO/26W1189 CONFIRM", SpanType.CJI_IDENTIFIER, "26W1189"),
    ("Her brother drives KLM4471 and parks on the street.", SpanType.LICENSE_PLATE, "KLM4471"),
])
def test_record_fields_and_vehicle_verbs(inspector, text, span_type, expected):
    assert expected in typed(inspector.inspect(text), span_type)


def _finding(span_type: SpanType, start: int, end: int, text: str, score: float = 0.9) -> Finding:
    return Finding(span_type, start, end, text[start:end], "test", score=score)


def test_merge_keeps_what_a_loser_of_another_type_covered_alone():
    text = "watch 1324 S 20th St, Apt. 2B tonight"
    tactical = _finding(SpanType.TACTICAL, 0, 20, text)
    address = _finding(SpanType.ADDRESS, 6, 29, text)
    merged = merge([tactical, address])
    assert [(f.span_type, f.text) for f in merged] == [(SpanType.TACTICAL, text[0:20]), (SpanType.ADDRESS, "Apt. 2B")]


def test_merge_drops_a_worse_reading_of_the_same_type():
    text = "age/dob 37/03-14-1988"
    better = _finding(SpanType.DATE_OF_BIRTH, 11, 21, text, score=0.95)
    worse = _finding(SpanType.DATE_OF_BIRTH, 8, 21, text, score=0.6)
    assert [f.text for f in merge([better, worse])] == ["03-14-1988"]


def test_merge_remainders_never_overlap():
    text = "x" * 60
    findings = [_finding(SpanType.TACTICAL, 10, 20, text), _finding(SpanType.TACTICAL, 30, 40, text),
                _finding(SpanType.ADDRESS, 5, 50, text), _finding(SpanType.PERSON, 0, 60, text)]
    merged = merge(findings)
    spans = sorted((f.start, f.end) for f in merged)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
    assert {(f.span_type, f.start, f.end) for f in merged} >= {(SpanType.ADDRESS, 5, 10), (SpanType.ADDRESS, 40, 50),
                                                              (SpanType.PERSON, 0, 5), (SpanType.PERSON, 50, 60)}


@pytest.mark.parametrize(("text", "expected"), [
    ("fix this: talked to brycen tillery again about the dog", ["brycen tillery"]),
    ("the officer interviewed the three tillerys next door", []),
])
def test_unlisted_lowercase_given_name_before_a_surname_after_a_cue(inspector, text, expected):
    assert people(inspector, text) == expected


def test_a_list_of_records_goes_together_both_ways(inspector):
    text = "Put these in the roster: Thao, Pa Houa; Vwj, Kou; Lee, Mai."
    assert people(inspector, text) == ["Thao, Pa Houa", "Vwj, Kou", "Lee, Mai"]


@pytest.mark.parametrize(("text", "span_type", "expected"), [
    ("Draft the PC section: CS4410 has made three controlled buys from the house.", SpanType.CONFIDENTIAL_SOURCE,
     "CS4410"),
    ("ci #2207 says the stash moved to the garage", SpanType.CONFIDENTIAL_SOURCE, "ci #2207"),
    ("For the affidavit: a confidential informant, Rell Dawkins, saw the gun in the kitchen.",
     SpanType.CONFIDENTIAL_SOURCE, "confidential informant, Rell Dawkins"),
    ("UC Officer 3 will go by Marco Ruiz during the buy.", SpanType.TACTICAL, "UC Officer 3 will go by Marco Ruiz"),
])
def test_informant_numbers_names_and_numbered_undercover_officers(inspector, text, span_type, expected):
    assert expected in typed(inspector.inspect(text), span_type)


def test_a_flight_number_is_not_an_informant(inspector):
    assert typed(inspector.inspect("Flight CW1234 lands at noon."), SpanType.CONFIDENTIAL_SOURCE) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Trina went to urgent care that evening and was treated for a concussion.", "treated for a concussion"),
    ("Later he was treated for a fractured left ankle at Froedtert.", "treated for a fractured left ankle"),
])
def test_a_treatment_is_medical_without_a_named_person(inspector, text, expected):
    assert any(expected in found for found in typed(inspector.inspect(text), SpanType.MEDICAL))


def test_how_injuries_are_treated_in_training_is_not_medical(inspector):
    assert typed(inspector.inspect("Officers learn how burns are treated in the academy first aid block."),
                 SpanType.MEDICAL) == []
