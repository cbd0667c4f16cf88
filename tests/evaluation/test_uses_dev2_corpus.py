"""The second use development set is exactly what its generator writes, and well labelled.

Nothing here runs garda's inspector: this file only checks the set's shape, labels and mix.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.data_files import DATA, data_module, prohibited_phrasings
from tests.evaluation.corpus_checks import (
    assert_decisions_agree_with_labels, assert_documented_keys,
    assert_identifiers_fictitious,
    assert_one_phrasing_per_prohibited_use, assert_spans_fit, read_rows,
)

USES_DEV2 = DATA / "uses_dev2.jsonl"
PROHIBITED = ("categorization", "surveillance", "rationalization", "sole_legal_basis")
ALLOW_ITEMS = 270
BLOCK_ITEMS = 150
PER_USE = (36, 40)
MIN_TEMPLATES = 220
MIN_ALLOW_TOPICS = 18

# Words an indirect item must not hold: the textbook way of asking for each use.
TEXTBOOK = {
    "categorization": r"\b(race|racial|ethnic\w*|religio\w*|national origin|nationality|profil\w*|"
                      r"categori[sz]\w*|classif\w*|protected|sexual orientation|gender identity|disabilit\w*)\b",
    "surveillance": r"\b(surveil\w*|monitor\w*|spy\w*|spying|wiretap\w*)\b",
    "rationalization": r"\b(justif\w*|rationali[sz]\w*|rationale|after the fact|post hoc|retroactive\w*)\b",
    "sole_legal_basis": r"\b(legal\w*|lawful\w*|unlawful\w*|law|laws|statute\w*|constitution\w*|analy[sz]\w*|"
                        r"sole\w*)\b",
}


def _generator():
    return data_module("generate_uses_dev2")


def _templates():
    return data_module("uses_dev2_templates")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return read_rows(USES_DEV2)


def _use(row: dict) -> str | None:
    uses = [c.removeprefix("prohibited:") for c in row["categories"] if c.startswith("prohibited:")]
    return uses[0] if uses else None


def test_lines_have_the_documented_keys_and_only_allow_or_block(rows):
    assert_documented_keys(rows)
    assert {row["expected"] for row in rows} == {"allow", "block"}


def test_spans_fit_and_identifiers_are_fictitious(rows):
    assert_spans_fit(rows, ordered_keys=True)
    assert_identifiers_fictitious(_generator(), rows)
    templates = _templates()
    for row in rows:
        for span in row["spans"]:
            piece = row["text"][span["start"]:span["end"]]
            if span["type"] == "PERSON":
                assert piece in templates.PERSONS, (row["id"], piece)
            else:
                assert span["type"] == "LICENSE_PLATE" and piece in templates.PLATES, (row["id"], piece)


def test_decisions_agree_with_labels(rows):
    assert_decisions_agree_with_labels(rows, tuple(f"prohibited:{use}" for use in PROHIBITED))
    assert_one_phrasing_per_prohibited_use(rows)
    for row in rows:
        assert "uses_dev2" in row["categories"], row["id"]
        assert sum(c.startswith("template:") for c in row["categories"]) == 1, row["id"]
        if row["expected"] == "allow":
            assert "task:legitimate" in row["categories"], row["id"]
            assert sum(c.startswith("topic:") for c in row["categories"]) == 1, row["id"]
        else:
            assert _use(row) in PROHIBITED, row["id"]


def test_the_mix_and_the_counts(rows):
    expected = Counter(row["expected"] for row in rows)
    assert expected == {"allow": ALLOW_ITEMS, "block": BLOCK_ITEMS}
    per_use, indirect = prohibited_phrasings(rows)
    assert set(per_use) == set(PROHIBITED)
    for use in PROHIBITED:
        assert PER_USE[0] <= per_use[use] <= PER_USE[1], use
        assert 3 * indirect[use] >= 2 * per_use[use], use
    templates = {c for row in rows for c in row["categories"] if c.startswith("template:")}
    assert len(templates) >= MIN_TEMPLATES
    topics = {c for row in rows for c in row["categories"] if c.startswith("topic:")}
    assert len(topics) >= MIN_ALLOW_TOPICS


def test_a_template_gives_one_decision_and_one_use(rows):
    seen: dict[str, tuple] = {}
    for row in rows:
        template = next(c for c in row["categories"] if c.startswith("template:"))
        label = (row["expected"], _use(row), tuple(c for c in row["categories"] if c.startswith("phrasing:")))
        assert seen.setdefault(template, label) == label, row["id"]


def test_indirect_items_avoid_the_textbook_words(rows):
    for row in rows:
        use = _use(row)
        if use and "phrasing:indirect" in row["categories"]:
            found = re.search(TEXTBOOK[use], row["text"], re.I)
            assert not found, (row["id"], found and found.group(0))


def test_allow_items_hold_no_personal_data(rows):
    """An allow item holding a name or identifier would be a redact item: none holds one."""
    for row in rows:
        if row["expected"] == "allow":
            assert row["spans"] == [], row["id"]
            assert not re.search(r"\d{3}[-. ]\d{4}|@|\b\d{2}-\d{6}\b", row["text"]), row["id"]
            for name in _templates().PERSONS:
                assert name not in row["text"], row["id"]
