"""The sixth held-out corpus is exactly what its generator writes, well labelled and well mixed.

Nothing here runs garda's inspector: holdout6.jsonl is only for measuring it, blind.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.data_files import DATA, data_module
from tests.evaluation.corpus_checks import (
    assert_allowed_items_are_legitimate_tasks, assert_cji_records_name_what_to_look_up,
    assert_decisions_agree_with_labels, assert_every_span_type_present, assert_identifiers_fictitious,
    assert_indirect_phrasings_avoid_the_textbook_words, assert_informants_and_plans_only_in_blocked_items,
    assert_names_are_one_span, assert_one_phrasing_per_prohibited_use, assert_pasted_caps_lines_keep_their_spans,
    assert_spans_fit, assert_styles_match_letter_case, assert_tagged_with_one_template,
    assert_templates_numbered_and_used, assert_the_mix, read_rows, spans_of
)

HOLDOUT6 = DATA / "holdout6.jsonl"
PROHIBITED = ("categorization", "surveillance", "rationalization", "sole_legal_basis")
BLOCK_KINDS = ("cji_record", "nonpublic", *(f"prohibited:{use}" for use in PROHIBITED))
MIN_TEMPLATES = 260
MIN_NEAR_MISSES = 140
MIN_PER_NAME_GROUP = 15
MIN_PER_USE = 28
MIN_INDIRECT_PER_USE = 15
MIN_NAMES = 40
MIN_SPANS = {"MEDICAL": 60, "CASE_NUMBER": 60, "TACTICAL": 45, "CONFIDENTIAL_SOURCE": 25}
MIN_OTHER_SPANS = 4
NAME_GROUPS = ("ethiopian_eritrean", "vietnamese", "lao", "nepali_bhutanese", "ukrainian", "native_american",
               "congolese", "karen_burmese", "afghan", "haitian", "puerto_rican", "mexican", "filipino", "nigerian",
               "liberian", "iraqi", "black_american", "anglo")
TITLES = ("mr", "mrs", "ms", "dr", "officer", "ofc", "det", "sgt", "lt", "p.o", "ada", "judge", "victim", "suspect",
          "witness", "defendant", "def", "subj", "juv", "complainant", "mother", "patient", "claimant", "vic",
          "handler", "target", "caller", "rp", "resp")
NAME_SPLIT = r"[\s,\-]+"


@pytest.fixture(scope="module")
def generator():
    return data_module("generate_holdout6")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return read_rows(HOLDOUT6)


def test_spans_are_inside_their_text_ordered_disjoint_and_trimmed(rows):
    assert_spans_fit(rows, trimmed=",;:\"'", ordered_keys=True)
    for row in rows:
        for span in row["spans"]:
            piece = row["text"][span["start"]:span["end"]]
            assert not piece.startswith(".") and piece.count("(") == piece.count(")"), (row["id"], piece)
            if span["type"] == "PERSON":
                assert not piece.lower().endswith("'s"), (row["id"], piece)
                assert not piece.endswith("."), (row["id"], piece)


def test_a_name_is_one_span_not_given_and_surname_apart(rows):
    assert_names_are_one_span(rows)


def test_every_item_has_the_corpus_tag_and_one_template(rows):
    assert_tagged_with_one_template(rows, "holdout6")


def test_there_are_enough_hand_written_templates(generator, rows):
    assert_templates_numbered_and_used(generator.TEMPLATES, rows, MIN_TEMPLATES)


def test_each_prohibited_use_template_has_one_phrasing_and_there_are_many(generator):
    per_use = Counter(t.kind for t in generator.TEMPLATES if t.kind.startswith("prohibited:"))
    indirect = Counter(t.kind for t in generator.TEMPLATES if t.phrasing == "indirect")
    for use in PROHIBITED:
        assert per_use[f"prohibited:{use}"] >= MIN_PER_USE, use
        assert indirect[f"prohibited:{use}"] >= MIN_INDIRECT_PER_USE, use
    for template in generator.TEMPLATES:
        assert bool(template.phrasing) == template.kind.startswith("prohibited:"), template.number
        assert template.phrasing in ("", "direct", "indirect"), template.number


def test_decisions_agree_with_the_labels(rows):
    assert_decisions_agree_with_labels(rows, BLOCK_KINDS)
    assert_allowed_items_are_legitimate_tasks(rows)


def test_near_misses_are_the_largest_part(rows):
    allowed = [row for row in rows if row["expected"] == "allow"]
    assert len(allowed) >= MIN_NEAR_MISSES
    assert all(not row["spans"] and not any(c.startswith("names:") for c in row["categories"]) for row in allowed)


def test_informants_and_plans_appear_only_in_blocked_nonpublic_items(rows):
    assert_informants_and_plans_only_in_blocked_items(rows)


def test_cji_records_hold_justice_identifiers_or_a_person_to_look_up(rows):
    assert_cji_records_name_what_to_look_up(rows)


def test_prohibited_uses_carry_one_phrasing(rows):
    assert_one_phrasing_per_prohibited_use(rows)


def test_the_mix(rows):
    assert_the_mix(rows, PROHIBITED, BLOCK_KINDS, total=(460, 500), allow=(0.29, 0.34),
                   redact=(0.28, 0.34), block=(0.35, 0.41), blocked_per_use=24, per_use=MIN_PER_USE,
                   cji_records=24, nonpublic=28, indirect_per_use=MIN_INDIRECT_PER_USE)


def test_indirect_phrasings_avoid_the_textbook_words(generator):
    assert_indirect_phrasings_avoid_the_textbook_words(generator.TEMPLATES)


def test_medical_tactical_informants_and_case_numbers_are_generously_covered(rows):
    per_type = Counter(s["type"] for row in rows for s in row["spans"])
    for kind, minimum in MIN_SPANS.items():
        assert per_type[kind] >= minimum, (kind, per_type[kind])
        assert len(set(spans_of(rows, kind))) >= minimum // 2, kind
    for kind, count in per_type.items():
        assert count >= MIN_OTHER_SPANS, (kind, count)


def test_medical_spans_cover_every_kind(generator, rows):
    medical = {value.lower() for value in spans_of(rows, "MEDICAL")}
    for kind, phrases in generator.F.MEDICAL.items():
        assert medical & {F.lower() for F in phrases}, kind


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
    for name in (*names.given, *names.surnames, *names.women_only_surnames, *fillers.NICKNAMES):
        words.update(_fold(w) for w in re.split(NAME_SPLIT, name) if w)
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
        informants = [row["text"][s["start"]:s["end"]] for s in row["spans"]
                      if s["type"] == "CONFIDENTIAL_SOURCE" and not re.search(r"\d", row["text"][s["start"]:s["end"]])]
        for name in people + informants:
            for word in re.split(NAME_SPLIT, name):
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
    assert any(re.fullmatch(r"[A-Z][^\s,]*, [A-Z][a-z]+", p) for p in people)     # Surname, Given
    assert any(re.search(r" [A-Z]\. ", p) for p in people)                         # middle initial
    assert any(re.match(r"[A-Z]\. ", p) for p in people)                           # initial for the given name
    assert any('"' in p for p in people)                                          # "nickname" inside
    assert any(p == p.lower() and " " in p for p in people)                       # typed in lower case
    assert any("-" in p for p in people)                                          # hyphenated
    assert any(not p.isascii() for p in people)                                   # with diacritics
    assert sum(" " not in p for p in people) >= 60                                # one word only
    assert sum(len(p.split()) >= 3 and '"' not in p and "," not in p for p in people) >= 10   # several words


def test_name_lists_are_long_enough_and_keep_women_and_men_apart(generator):
    assert set(generator.F.NAME_GROUPS) == set(NAME_GROUPS)
    for group, names in generator.F.NAME_GROUPS.items():
        assert len(set(names.given)) >= 44 and len(set(names.surnames)) >= MIN_NAMES, group
        assert len(set(names.women)) >= 22 and len(set(names.men)) >= 22, group
        assert not set(names.women) & set(names.men), group


def test_the_style_categories_match_the_letter_case(generator, rows):
    assert_styles_match_letter_case(generator.TEMPLATES, rows)


def test_pasted_caps_lines_are_upper_case_with_their_spans(generator, rows):
    assert_pasted_caps_lines_keep_their_spans(generator.TEMPLATES, rows)


def test_identifiers_are_fictitious_and_well_formed(generator, rows):
    assert_identifiers_fictitious(generator.F, rows)


def test_every_span_type_that_a_police_prompt_holds_is_present(rows):
    assert_every_span_type_present(rows)
