"""The eighth held-out corpus is exactly what its generator writes, well labelled and well mixed.

Nothing here runs garda's inspector: holdout8.jsonl is only for measuring it, blind.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.data_files import DATA, data_module
from tests.evaluation.corpus_checks import (
    assert_allowed_items_are_legitimate_tasks, assert_case_numbers_in_many_shapes,
    assert_cji_records_name_what_to_look_up, assert_decisions_agree_with_labels, assert_every_span_type_present,
    assert_identifiers_fictitious, assert_indirect_phrasings_avoid_the_textbook_words,
    assert_informants_and_plans_only_in_blocked_items, assert_names_are_one_span,
    assert_near_misses_hold_nothing_sensitive, assert_one_phrasing_per_prohibited_use,
    assert_one_template_per_prohibited_item, assert_pasted_caps_lines_keep_their_spans, assert_span_types_covered,
    assert_spans_fit, assert_styles_match_letter_case, assert_tagged_with_one_template,
    assert_templates_numbered_and_used, assert_the_mix, read_rows, spans_of
)

HOLDOUT8 = DATA / "holdout8.jsonl"
PROHIBITED = ("categorization", "surveillance", "rationalization", "sole_legal_basis")
BLOCK_KINDS = ("cji_record", "nonpublic", *(f"prohibited:{use}" for use in PROHIBITED))
MIN_TEMPLATES = 300
MIN_NEAR_MISSES = 145
MIN_PER_NAME_GROUP = 14
MIN_PER_USE = 25
MIN_INDIRECT_PER_USE = 14        # and more than half of each use's items
MIN_NAMES = 40
MIN_SPANS = {"TACTICAL": 80, "MEDICAL": 100, "CONFIDENTIAL_SOURCE": 45, "CASE_NUMBER": 80, "ACCOUNT_NUMBER": 15,
             "PERSON": 350}
MIN_OTHER_SPANS = 4
NAME_GROUPS = ("anglo", "black_american", "hispanic", "hmong", "somali", "arabic_gulf", "egyptian", "iranian",
               "pashtun", "punjabi_sikh", "tamil", "korean", "chinese_cantonese", "vietnamese", "filipino", "oromo",
               "dinka", "mexican_indigenous")
TITLES = ("mr", "mrs", "ms", "dr", "officer", "ofc", "det", "detective", "sgt", "lt", "capt", "p.o", "ada", "judge",
          "victim", "suspect", "witness", "defendant", "subj", "patient", "caller", "source", "handler", "target",
          "informant", "ci", "cs", "mom", "student", "driver", "owner", "inmate", "nurse", "manager")
NAME_SPLIT = r"[\s,\-]+"


@pytest.fixture(scope="module")
def generator():
    return data_module("generate_holdout8")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return read_rows(HOLDOUT8)


@pytest.fixture(scope="module")
def fold(generator):
    return lambda word: generator.F.fold(word).lower()


def test_spans_are_inside_their_text_ordered_disjoint_and_trimmed(rows):
    assert_spans_fit(rows, trimmed=",;:\"'.", ordered_keys=True)
    for row in rows:
        for span in row["spans"]:
            piece = row["text"][span["start"]:span["end"]]
            assert piece.count("(") == piece.count(")"), (row["id"], piece)
            if span["type"] == "PERSON":
                assert not piece.lower().endswith("'s"), (row["id"], piece)


def test_a_name_is_one_span_not_given_and_surname_apart(rows):
    assert_names_are_one_span(rows)


def test_every_item_has_the_corpus_tag_and_one_template(rows):
    assert_tagged_with_one_template(rows, "holdout8")


def test_there_are_enough_hand_written_templates(generator, rows):
    assert_templates_numbered_and_used(generator.TEMPLATES, rows, MIN_TEMPLATES)


def test_each_prohibited_use_item_has_its_own_template_and_most_are_indirect(generator):
    assert_one_template_per_prohibited_item(generator.TEMPLATES, PROHIBITED, MIN_PER_USE, MIN_INDIRECT_PER_USE)


def test_decisions_agree_with_the_labels(rows):
    assert_decisions_agree_with_labels(rows, BLOCK_KINDS)
    assert_allowed_items_are_legitimate_tasks(rows)


def test_near_misses_hold_nothing_sensitive(rows):
    assert_near_misses_hold_nothing_sensitive(rows, MIN_NEAR_MISSES)


def test_informants_and_plans_appear_only_in_blocked_nonpublic_items(rows):
    assert_informants_and_plans_only_in_blocked_items(rows)


def test_cji_records_hold_justice_identifiers_or_a_person_to_look_up(rows):
    assert_cji_records_name_what_to_look_up(rows)


def test_prohibited_uses_carry_one_phrasing(rows):
    assert_one_phrasing_per_prohibited_use(rows)


def test_the_mix(rows):
    assert_the_mix(rows, PROHIBITED, BLOCK_KINDS, total=(480, 520), allow=(0.28, 0.33),
                   redact=(0.28, 0.33), block=(0.36, 0.41), blocked_per_use=MIN_PER_USE, per_use=MIN_PER_USE,
                   cji_records=35, nonpublic=55)


def test_indirect_phrasings_avoid_the_textbook_words(generator):
    assert_indirect_phrasings_avoid_the_textbook_words(generator.TEMPLATES)


def test_the_emphasised_span_types_are_generously_covered(rows):
    assert_span_types_covered(rows, MIN_SPANS, MIN_OTHER_SPANS)


def test_tactical_spans_are_worded_in_many_ways(rows):
    tactical = [value.lower() for value in spans_of(rows, "TACTICAL")]
    assert len(set(tactical)) >= 70
    for cue in ("stack", "staging", "rally", "op ", "hit", "sitting on", "sit on", "eyes on", "uc ", "tracker",
                "pole cam", "buy", "perimeter", "signal", "breach", "delivery", "post", "sting", "no-knock", "meet",
                "ram", "takedown", "command post", "decoy"):
        assert any(cue in value for value in tactical), cue


def test_informants_are_named_by_code_name_nickname_and_relation(generator, rows):
    sources = spans_of(rows, "CONFIDENTIAL_SOURCE")
    relations = {r.lower() for r in generator.F.SOURCE_RELATIONS}
    nicknames = {n.lower() for n in generator.F.INFORMANT_NICKNAMES}
    assert sum(bool(re.search(r"\d", s)) for s in sources) >= 15
    assert sum(s.lower() in nicknames for s in sources) >= 5
    assert sum(s.lower() in relations for s in sources) >= 2
    assert sum(not re.search(r"\d", s) and s.lower() not in nicknames | relations for s in sources) >= 10


def test_medical_spans_cover_every_kind(generator, rows):
    medical = {value.lower() for value in spans_of(rows, "MEDICAL")}
    for kind, phrases in generator.F.MEDICAL.items():
        assert medical & {p.lower() for p in phrases}, kind
    hand_written = medical - {p.lower() for phrases in generator.F.MEDICAL.values() for p in phrases}
    assert len(hand_written) >= 40


def test_case_numbers_come_in_many_shapes(rows):
    assert_case_numbers_in_many_shapes(rows)


def test_account_numbers_come_in_several_shapes(rows):
    values = spans_of(rows, "ACCOUNT_NUMBER")
    lengths = {len(re.sub(r"\D", "", v)) for v in values}
    assert {4, 16} <= lengths and len(lengths) >= 4, lengths


def _vocabulary(fillers, group: str, _fold) -> set[str]:
    names = fillers.NAME_GROUPS[group]
    words = set()
    for name in (*names.given, *names.surnames, *names.women_only_surnames, *names.men_only_surnames,
                 *names.middles_women, *names.middles_men, *fillers.NICKNAMES):
        words.update(_fold(w) for w in re.split(NAME_SPLIT, name) if w)
    return words


def test_each_name_group_has_enough_items_and_names_stay_in_their_group(generator, rows, fold):
    fillers = generator.F
    relations = {r.lower() for r in fillers.SOURCE_RELATIONS}
    nicknames = {n.lower() for n in fillers.INFORMANT_NICKNAMES}
    per_group = Counter()
    for row in rows:
        groups = [c.removeprefix("names:") for c in row["categories"] if c.startswith("names:")]
        people = [row["text"][s["start"]:s["end"]] for s in row["spans"] if s["type"] == "PERSON"]
        informants = [row["text"][s["start"]:s["end"]] for s in row["spans"] if s["type"] == "CONFIDENTIAL_SOURCE"]
        informants = [i for i in informants if not re.search(r"\d", i) and i.lower() not in relations | nicknames]
        assert len(groups) == (1 if people or informants else 0), row["id"]
        if not groups:
            continue
        per_group[groups[0]] += 1
        vocabulary = _vocabulary(fillers, groups[0], fold)
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
    assert sum(" " not in p for p in people) >= 50                                # one word only
    assert sum(len(p.split()) >= 3 and '"' not in p and "," not in p for p in people) >= 15   # several words


def test_name_lists_are_long_enough_and_keep_women_and_men_apart(generator):
    assert set(generator.F.NAME_GROUPS) == set(NAME_GROUPS)
    for group, names in generator.F.NAME_GROUPS.items():
        assert len(set(names.given)) >= 44 and len(set(names.surnames)) >= MIN_NAMES, group
        assert len(set(names.women)) >= 22 and len(set(names.men)) >= 22, group
        assert not set(names.women) & set(names.men), group


def test_sikh_women_carry_kaur_and_men_singh(generator, rows, fold):
    sikh = generator.F.NAME_GROUPS["punjabi_sikh"]
    women, men = {fold(w) for w in sikh.women}, {fold(m) for m in sikh.men}
    seen = Counter()
    for row in rows:
        if "names:punjabi_sikh" not in row["categories"]:
            continue
        for name in spans_of([row], "PERSON"):
            words = [fold(w) for w in re.split(r"[\s,]+", name) if len(w) > 1]
            if "kaur" in words:
                seen["kaur"] += 1
                assert not set(words) & men, (row["id"], name)
            if "singh" in words:
                seen["singh"] += 1
                assert not set(words) & women, (row["id"], name)
    assert seen["kaur"] and seen["singh"], seen


def test_the_style_categories_match_the_letter_case(generator, rows):
    assert_styles_match_letter_case(generator.TEMPLATES, rows)


def test_pasted_caps_lines_are_upper_case_with_their_spans(generator, rows):
    assert_pasted_caps_lines_keep_their_spans(generator.TEMPLATES, rows)


def test_identifiers_are_fictitious_and_well_formed(generator, rows):
    assert_identifiers_fictitious(generator.F, rows)


def test_every_span_type_that_a_police_prompt_holds_is_present(rows):
    assert_every_span_type_present(rows)
