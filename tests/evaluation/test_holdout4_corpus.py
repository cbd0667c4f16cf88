"""The fourth held-out corpus is exactly what its generator writes, well labelled and well mixed.

Nothing here runs garda's inspector: holdout4.jsonl is only for measuring it, blind.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.data_files import DATA, data_module
from tests.evaluation.corpus_checks import (
    assert_cji_records_name_what_to_look_up, assert_decisions_agree_with_labels, assert_enough_blocked_items,
    assert_every_span_type_present, assert_identifiers_fictitious,
    assert_informants_and_plans_only_in_blocked_items, assert_names_are_one_span,
    assert_one_phrasing_per_prohibited_use, assert_pasted_caps_lines_keep_their_spans, assert_spans_fit,
    assert_styles_match_letter_case, assert_tagged_with_one_template, read_rows
)

HOLDOUT4 = DATA / "holdout4.jsonl"
PROHIBITED = ("categorization", "surveillance", "rationalization", "sole_legal_basis")
BLOCK_KINDS = ("cji_record", "nonpublic", *(f"prohibited:{use}" for use in PROHIBITED))
MIN_TEMPLATES = 180
MIN_PER_NAME_GROUP = 15
MIN_PER_USE = 16
MIN_NAMES = 40
NAME_GROUPS = ("anglo", "black_american", "hispanic", "hmong", "arabic", "somali", "polish", "karen_burmese",
               "congolese", "afghan", "chinese", "japanese", "pakistani", "nepali_bhutanese", "guatemalan",
               "laotian", "ethiopian_eritrean", "irish_italian")
TITLES = ("mr", "mrs", "ms", "dr", "officer", "ofc", "det", "sgt", "p.o", "victim", "suspect", "witness",
          "defendant", "def", "subj", "juvenile", "complainant")


@pytest.fixture(scope="module")
def generator():
    return data_module("generate_holdout4")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return read_rows(HOLDOUT4)


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
    assert_tagged_with_one_template(rows, "holdout4")


def test_there_are_enough_hand_written_templates(generator, rows):
    assert len(generator.TEMPLATES) >= MIN_TEMPLATES
    assert [t.number for t in generator.TEMPLATES] == list(range(1, len(generator.TEMPLATES) + 1))
    used = Counter(c for row in rows for c in row["categories"] if c.startswith("template:"))
    assert {f"template:{t.number}": t.count for t in generator.TEMPLATES} == dict(used)


def test_decisions_agree_with_the_labels(rows):
    assert_decisions_agree_with_labels(rows, BLOCK_KINDS)


def test_informants_and_plans_appear_only_in_blocked_nonpublic_items(rows):
    assert_informants_and_plans_only_in_blocked_items(rows)


def test_cji_records_hold_justice_identifiers_or_a_person_to_look_up(rows):
    assert_cji_records_name_what_to_look_up(rows)


def test_prohibited_uses_carry_one_phrasing(rows):
    assert_one_phrasing_per_prohibited_use(rows)


def test_the_mix(rows):
    decisions = Counter(row["expected"] for row in rows)
    total = len(rows)
    assert 400 <= total <= 460
    assert 0.32 <= decisions["allow"] / total <= 0.38
    assert 0.35 <= decisions["redact"] / total <= 0.41
    assert 0.24 <= decisions["block"] / total <= 0.30
    assert_enough_blocked_items(rows, PROHIBITED, MIN_PER_USE)


def _vocabulary(fillers, group: str) -> set[str]:
    names = fillers.NAME_GROUPS[group]
    words = set()
    for name in (*names.given, *names.surnames, *fillers.NICKNAMES,
                 *(fillers.feminine_surname(group, s) for s in names.surnames)):
        words.update(w.lower() for w in re.split(r"[\s,]+", name) if w)
    return words


def test_each_name_group_has_enough_items_and_names_stay_in_their_group(generator, rows):
    fillers = generator.F
    per_group = Counter()
    for row in rows:
        groups = [c.removeprefix("names:") for c in row["categories"] if c.startswith("names:")]
        people = [row["text"][s["start"]:s["end"]] for s in row["spans"] if s["type"] == "PERSON"]
        assert len(groups) == (1 if people else 0), row["id"]
        if not people:
            continue
        per_group[groups[0]] += 1
        vocabulary = _vocabulary(fillers, groups[0])
        for name in people:
            for word in re.split(r"[\s,]+", name):
                word = word.rstrip(".").lower()
                assert word not in TITLES, (row["id"], name)
                assert len(word) <= 1 or word in vocabulary, (row["id"], name)
    assert fillers.GROUP_ORDER == NAME_GROUPS
    assert set(per_group) == set(NAME_GROUPS)
    assert min(per_group.values()) >= MIN_PER_NAME_GROUP, per_group


def test_name_lists_are_long_enough_and_keep_women_and_men_apart(generator):
    assert set(generator.F.NAME_GROUPS) == set(NAME_GROUPS)
    for group, names in generator.F.NAME_GROUPS.items():
        assert len(set(names.given)) >= 44 and len(set(names.surnames)) >= MIN_NAMES, group
        assert len(set(names.women)) >= 20 and len(set(names.men)) >= 20, group
        assert not set(names.women) & set(names.men), group


def test_polish_women_carry_the_feminine_surname(generator):
    assert generator.F.feminine_surname("polish", "Zawadzki") == "Zawadzka"
    assert generator.F.feminine_surname("polish", "Kubiak") == "Kubiak"
    assert generator.F.feminine_surname("anglo", "Ashby") == "Ashby"


def test_the_style_categories_match_the_letter_case(generator, rows):
    assert_styles_match_letter_case(generator.TEMPLATES, rows)


def test_pasted_caps_lines_are_upper_case_with_their_spans(generator, rows):
    assert_pasted_caps_lines_keep_their_spans(generator.TEMPLATES, rows)


def test_identifiers_are_fictitious_and_well_formed(generator, rows):
    assert_identifiers_fictitious(generator.F, rows)


def test_every_span_type_that_a_police_prompt_holds_is_present(rows):
    assert_every_span_type_present(rows)
