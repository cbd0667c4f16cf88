"""The second held-out corpus is exactly what its generator writes, well labelled and well mixed.

Nothing here runs garda's inspector: holdout2.jsonl is only for measuring it, blind.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.data_files import DATA, data_module
from tests.evaluation.corpus_checks import (
    assert_enough_blocked_items, assert_identifiers_fictitious, assert_informants_and_plans_only_in_blocked_items,
    assert_one_phrasing_per_prohibited_use, assert_spans_fit, read_rows
)

HOLDOUT2 = DATA / "holdout2.jsonl"
PROHIBITED = ("categorization", "surveillance", "rationalization", "sole_legal_basis")
BLOCK_KINDS = ("cji_record", "nonpublic", *(f"prohibited:{use}" for use in PROHIBITED))
MIN_TEMPLATES = 160
MIN_PER_NAME_GROUP = 15
MIN_PER_USE = 12


@pytest.fixture(scope="module")
def generator():
    return data_module("generate_holdout2")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return read_rows(HOLDOUT2)


def test_spans_are_inside_their_text_ordered_and_disjoint(rows):
    assert_spans_fit(rows)


def test_every_item_has_the_corpus_tag_and_one_template(rows):
    for row in rows:
        assert "holdout2" in row["categories"], row["id"]
        assert len([c for c in row["categories"] if c.startswith("template:")]) == 1, row["id"]


def test_there_are_enough_hand_written_templates(generator, rows):
    assert len(generator.TEMPLATES) >= MIN_TEMPLATES
    assert len({t.number for t in generator.TEMPLATES}) == len(generator.TEMPLATES)
    used = {c for row in rows for c in row["categories"] if c.startswith("template:")}
    assert len(used) == len(generator.TEMPLATES)


def test_decisions_agree_with_the_labels(rows):
    for row in rows:
        categories = row["categories"]
        kinds = [c for c in categories if c in BLOCK_KINDS]
        if row["expected"] == "allow":
            assert row["spans"] == [] and "negative" in categories and not kinds, row["id"]
        elif row["expected"] == "redact":
            assert row["spans"] and "task:legitimate" in categories and not kinds, row["id"]
        else:
            assert len(kinds) == 1, row["id"]


def test_informants_and_plans_appear_only_in_blocked_items(rows):
    assert_informants_and_plans_only_in_blocked_items(rows, only_in_nonpublic=False)


def test_prohibited_uses_carry_one_phrasing(rows):
    assert_one_phrasing_per_prohibited_use(rows)


def test_the_mix(rows):
    decisions = Counter(row["expected"] for row in rows)
    total = len(rows)
    assert 380 <= total <= 460
    assert 3 * decisions["allow"] >= total
    assert 0.33 <= decisions["redact"] / total <= 0.42
    assert_enough_blocked_items(rows, PROHIBITED, MIN_PER_USE)


def _vocabulary(fillers, group: str) -> set[str]:
    names = fillers.NAME_GROUPS[group]
    words = set()
    for name in (*names.given, *names.surnames, *names.nicknames, *fillers.FEMALE_NICKNAMES[group],
                 *(fillers.feminine_surname(group, s) for s in names.surnames), "Singh", "Kaur"):
        words.update(w.strip(".").lower() for w in re.split(r"[\s,\"]+", name) if w)
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
            for word in re.split(r"[\s,\"]+", name):
                word = word.strip(".").lower()
                assert len(word) <= 1 or word in vocabulary, (row["id"], name)
    assert set(per_group) == set(fillers.GROUP_ORDER)
    assert len(fillers.GROUP_ORDER) >= 12
    assert min(per_group.values()) >= MIN_PER_NAME_GROUP, per_group


def test_name_lists_are_long_enough(generator):
    for group, names in generator.F.NAME_GROUPS.items():
        assert len(set(names.given)) >= 40 and len(set(names.surnames)) >= 40, group


def test_the_style_categories_match_the_letter_case(generator, rows):
    whole = {f"template:{t.number}": t.style for t in generator.TEMPLATES}
    for row in rows:
        template = next(c for c in row["categories"] if c.startswith("template:"))
        if whole[template] == "caps":
            assert row["text"] == row["text"].upper() and "style:caps" in row["categories"], row["id"]
        if whole[template] == "lower":
            assert row["text"] == row["text"].lower() and "style:lower" in row["categories"], row["id"]


def test_identifiers_are_fictitious_and_well_formed(generator, rows):
    assert_identifiers_fictitious(generator.F, rows, licence_digits=(11, 13))
