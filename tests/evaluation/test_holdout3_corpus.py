"""The third held-out corpus is exactly what its generator writes, well labelled and well mixed.

Nothing here runs garda's inspector: holdout3.jsonl is only for measuring it, blind.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.data_files import DATA, data_module
from tests.evaluation.corpus_checks import (
    assert_decisions_agree_with_labels, assert_enough_blocked_items, assert_every_span_type_present,
    assert_identifiers_fictitious, assert_informants_and_plans_only_in_blocked_items,
    assert_one_phrasing_per_prohibited_use, assert_pasted_caps_lines_keep_their_spans, assert_spans_fit,
    assert_styles_match_letter_case, assert_tagged_with_one_template, read_rows
)

HOLDOUT3 = DATA / "holdout3.jsonl"
PROHIBITED = ("categorization", "surveillance", "rationalization", "sole_legal_basis")
BLOCK_KINDS = ("cji_record", "nonpublic", *(f"prohibited:{use}" for use in PROHIBITED))
MIN_TEMPLATES = 170
MIN_PER_NAME_GROUP = 15
MIN_PER_USE = 16
MIN_NAMES = 40
NAME_GROUPS = ("anglo", "black_american", "hispanic", "puerto_rican", "hmong", "arabic", "somali", "polish",
               "vietnamese", "native_american", "serbian", "korean", "haitian", "ukrainian", "filipino",
               "ethiopian_eritrean", "yoruba_igbo", "indian_south")
TITLES = ("mr", "mrs", "ms", "dr", "officer", "det", "sgt", "p.o", "victim", "suspect", "witness")


@pytest.fixture(scope="module")
def generator():
    return data_module("generate_holdout3")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return read_rows(HOLDOUT3)


def test_spans_are_inside_their_text_ordered_disjoint_and_trimmed(rows):
    assert_spans_fit(rows, trimmed=",;:\"'", ordered_keys=True)
    for row in rows:
        for piece in (row["text"][s["start"]:s["end"]] for s in row["spans"]):
            assert not piece.startswith(".") and piece.count("(") == piece.count(")"), (row["id"], piece)


def test_every_item_has_the_corpus_tag_and_one_template(rows):
    assert_tagged_with_one_template(rows, "holdout3")


def test_there_are_enough_hand_written_templates(generator, rows):
    assert len(generator.TEMPLATES) >= MIN_TEMPLATES
    assert [t.number for t in generator.TEMPLATES] == list(range(1, len(generator.TEMPLATES) + 1))
    used = {c for row in rows for c in row["categories"] if c.startswith("template:")}
    assert len(used) == len(generator.TEMPLATES)


def test_decisions_agree_with_the_labels(rows):
    assert_decisions_agree_with_labels(rows, BLOCK_KINDS)


def test_informants_and_plans_appear_only_in_blocked_items(rows):
    assert_informants_and_plans_only_in_blocked_items(rows, only_in_nonpublic=False)


def test_prohibited_uses_carry_one_phrasing(rows):
    assert_one_phrasing_per_prohibited_use(rows)


def test_the_mix(rows):
    decisions = Counter(row["expected"] for row in rows)
    total = len(rows)
    assert 380 <= total <= 460
    assert 0.32 <= decisions["allow"] / total <= 0.40
    assert 0.34 <= decisions["redact"] / total <= 0.42
    assert 0.22 <= decisions["block"] / total <= 0.32
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
    for group, names in generator.F.NAME_GROUPS.items():
        assert len(set(names.given)) >= MIN_NAMES and len(set(names.surnames)) >= MIN_NAMES, group
        assert len(set(names.women)) >= 20 and len(set(names.men)) >= 20, group
        assert not set(names.women) & set(names.men), group


def test_the_style_categories_match_the_letter_case(generator, rows):
    assert_styles_match_letter_case(generator.TEMPLATES, rows)


def test_pasted_caps_lines_are_upper_case_with_their_spans(generator, rows):
    assert_pasted_caps_lines_keep_their_spans(generator.TEMPLATES, rows)


def test_identifiers_are_fictitious_and_well_formed(generator, rows):
    assert_identifiers_fictitious(generator.F, rows)


def test_every_span_type_that_a_police_prompt_holds_is_present(rows):
    assert_every_span_type_present(rows)
