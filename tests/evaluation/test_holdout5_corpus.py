"""The fifth held-out corpus is exactly what its generator writes, well labelled and well mixed.

Nothing here runs garda's inspector: holdout5.jsonl is only for measuring it, blind.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.data_files import DATA, data_module
from tests.evaluation.corpus_checks import (
    assert_allowed_items_are_legitimate_tasks, assert_cji_records_name_what_to_look_up,
    assert_decisions_agree_with_labels, assert_every_span_type_present, assert_identifiers_fictitious,
    assert_informants_and_plans_only_in_blocked_items, assert_names_are_one_span,
    assert_one_phrasing_per_prohibited_use, assert_pasted_caps_lines_keep_their_spans, assert_spans_fit,
    assert_styles_match_letter_case, assert_tagged_with_one_template, assert_templates_numbered_and_used,
    assert_the_mix, read_rows, spans_of
)

HOLDOUT5 = DATA / "holdout5.jsonl"
PROHIBITED = ("categorization", "surveillance", "rationalization", "sole_legal_basis")
BLOCK_KINDS = ("cji_record", "nonpublic", *(f"prohibited:{use}" for use in PROHIBITED))
MIN_TEMPLATES = 220
MIN_PER_NAME_GROUP = 12
MIN_PER_USE = 22
MIN_INDIRECT_PER_USE = 12
MIN_NAMES = 40
MIN_GENEROUS_SPANS = 40      # MEDICAL, TACTICAL and CASE_NUMBER each
NAME_GROUPS = ("anglo", "black_american", "hispanic", "hmong", "somali", "arabic", "polish", "khmer", "persian",
               "turkish", "kurdish", "bosnian", "dominican", "salvadoran", "south_sudanese", "samoan_tongan",
               "greek", "rohingya")
TITLES = ("mr", "mrs", "ms", "dr", "officer", "ofc", "det", "sgt", "lt", "p.o", "ada", "judge", "victim", "suspect",
          "witness", "defendant", "def", "subj", "juv", "complainant", "mother", "patient", "claimant", "vic")


@pytest.fixture(scope="module")
def generator():
    return data_module("generate_holdout5")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return read_rows(HOLDOUT5)


def test_spans_are_inside_their_text_ordered_disjoint_and_trimmed(rows):
    assert_spans_fit(rows, trimmed=",;:\"'", ordered_keys=True)
    for row in rows:
        for span in row["spans"]:
            piece = row["text"][span["start"]:span["end"]]
            assert not piece.startswith(".") and piece.count("(") == piece.count(")"), (row["id"], piece)
            if span["type"] == "PERSON":
                assert not piece.lower().endswith("'s"), (row["id"], piece)


def test_a_name_is_one_span_not_given_and_surname_apart(rows):
    assert_names_are_one_span(rows, ("PERSON",))


def test_every_item_has_the_corpus_tag_and_one_template(rows):
    assert_tagged_with_one_template(rows, "holdout5")


def test_there_are_enough_hand_written_templates(generator, rows):
    assert_templates_numbered_and_used(generator.TEMPLATES, rows, MIN_TEMPLATES)


def test_each_prohibited_use_template_has_one_phrasing_and_there_are_many(generator):
    per_use = Counter(t.kind for t in generator.TEMPLATES if t.kind.startswith("prohibited:"))
    for use in PROHIBITED:
        assert per_use[f"prohibited:{use}"] >= MIN_PER_USE, use
    for template in generator.TEMPLATES:
        assert bool(template.phrasing) == template.kind.startswith("prohibited:"), template.number


def test_decisions_agree_with_the_labels(rows):
    assert_decisions_agree_with_labels(rows, BLOCK_KINDS)
    assert_allowed_items_are_legitimate_tasks(rows)


def test_informants_and_plans_appear_only_in_blocked_nonpublic_items(rows):
    assert_informants_and_plans_only_in_blocked_items(rows)


def test_cji_records_hold_justice_identifiers_or_a_person_to_look_up(rows):
    assert_cji_records_name_what_to_look_up(rows)


def test_prohibited_uses_carry_one_phrasing(rows):
    assert_one_phrasing_per_prohibited_use(rows)


def test_the_mix(rows):
    assert_the_mix(rows, PROHIBITED, BLOCK_KINDS, total=(440, 480), allow=(0.30, 0.36),
                   redact=(0.34, 0.40), block=(0.28, 0.33), blocked_per_use=MIN_PER_USE, per_use=MIN_PER_USE,
                   cji_records=24, nonpublic=28, indirect_per_use=MIN_INDIRECT_PER_USE)


def test_medical_tactical_and_case_numbers_are_generously_covered(rows):
    per_type = Counter(s["type"] for row in rows for s in row["spans"])
    for kind in ("MEDICAL", "TACTICAL", "CASE_NUMBER"):
        assert per_type[kind] >= MIN_GENEROUS_SPANS, (kind, per_type[kind])
        assert len(set(spans_of(rows, kind))) >= MIN_GENEROUS_SPANS * 3 // 4, kind


def test_case_numbers_come_in_many_formats(rows):
    shapes = {re.sub(r"[a-z]", "a", re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", value)))
              for value in spans_of(rows, "CASE_NUMBER")}
    assert len(shapes) >= 10, shapes
    assert any(re.fullmatch(r"20\d\d[A-Z]{2}\d{6}", v) for v in spans_of(rows, "CASE_NUMBER"))


@pytest.fixture(scope="module")
def fold(generator):
    return lambda word: generator.F.fold(word).lower()


def _vocabulary(fillers, group: str, _fold) -> set[str]:
    names = fillers.NAME_GROUPS[group]
    words = set()
    surnames = (*names.surnames, *names.women_only_surnames)
    for name in (*names.given, *surnames, *fillers.NICKNAMES,
                 *(fillers.feminine_surname(group, s) for s in surnames)):
        words.update(_fold(w) for w in re.split(r"[\s,]+", name) if w)
    return words


def test_each_name_group_has_enough_items_and_names_stay_in_their_group(generator, rows, fold):
    fillers = generator.F
    per_group = Counter()
    for row in rows:
        groups = [c.removeprefix("names:") for c in row["categories"] if c.startswith("names:")]
        people = [row["text"][s["start"]:s["end"]] for s in row["spans"] if s["type"] == "PERSON"]
        assert len(groups) == (1 if people else 0), row["id"]
        if not people:
            continue
        per_group[groups[0]] += 1
        vocabulary = _vocabulary(fillers, groups[0], fold)
        for name in people:
            for word in re.split(r"[\s,]+", name):
                word = fold(word.strip('".'))
                assert word not in TITLES, (row["id"], name)
                assert len(word) <= 1 or word in vocabulary, (row["id"], name)
    assert fillers.GROUP_ORDER == NAME_GROUPS
    assert set(per_group) == set(NAME_GROUPS)
    assert min(per_group.values()) >= MIN_PER_NAME_GROUP, per_group
    assert max(per_group.values()) - min(per_group.values()) <= 1, per_group


def test_names_appear_in_many_forms(rows):
    people = spans_of(rows, "PERSON")
    assert any(re.fullmatch(r"[^\sa-z,]+, [^a-z]+ [A-Z]", p) for p in people)      # SURNAME, GIVEN M
    assert any(re.search(r" [A-Z]\. ", p) for p in people)                         # middle initial
    assert any('"' in p for p in people)                                          # "nickname"
    assert any(p == p.lower() and " " in p for p in people)                       # typed in lower case
    assert any("-" in p for p in people)                                          # hyphenated
    assert sum(" " not in p for p in people) >= 60                                # one word only


def test_name_lists_are_long_enough_and_keep_women_and_men_apart(generator):
    assert set(generator.F.NAME_GROUPS) == set(NAME_GROUPS)
    for group, names in generator.F.NAME_GROUPS.items():
        assert len(set(names.given)) >= 44 and len(set(names.surnames)) >= MIN_NAMES, group
        assert len(set(names.women)) >= 22 and len(set(names.men)) >= 22, group
        assert not set(names.women) & set(names.men), group


def test_polish_and_greek_women_carry_the_feminine_surname(generator):
    feminine = generator.F.feminine_surname
    assert feminine("polish", "Wiśniewski") == "Wiśniewska" and feminine("polish", "Czarnecki") == "Czarnecka"
    assert feminine("polish", "Mazur") == "Mazur"
    assert feminine("greek", "Papadopoulos") == "Papadopoulou" and feminine("greek", "Papadakis") == "Papadaki"
    assert feminine("greek", "Georgiou") == "Georgiou" and feminine("greek", "Vlachos") == "Vlachou"
    assert feminine("kurdish", "Hawrami") == "Hawrami"


def test_the_style_categories_match_the_letter_case(generator, rows):
    assert_styles_match_letter_case(generator.TEMPLATES, rows)


def test_pasted_caps_lines_are_upper_case_with_their_spans(generator, rows):
    assert_pasted_caps_lines_keep_their_spans(generator.TEMPLATES, rows)


def test_identifiers_are_fictitious_and_well_formed(generator, rows):
    assert_identifiers_fictitious(generator.F, rows)


def test_every_span_type_that_a_police_prompt_holds_is_present(rows):
    assert_every_span_type_present(rows)
