"""The use-classifier development set is exactly what its generator writes, and well labelled.

Nothing here runs garda's inspector: this file only checks the set's shape and mix.
"""

from __future__ import annotations

import pytest

from tests.data_files import DATA, data_module, prohibited_phrasings
from tests.evaluation.corpus_checks import assert_generator_writes, assert_loader_reads_every_line, read_rows

USES_DEV = DATA / "uses_dev.jsonl"
PROHIBITED = ("categorization", "rationalization", "surveillance", "sole_legal_basis")
MIN_PER_USE = 40
MIN_NEGATIVES = 120


def _generator():
    return data_module("generate_uses_dev")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return read_rows(USES_DEV)


def test_committed_file_is_exactly_what_the_generator_writes(tmp_path):
    assert_generator_writes(_generator(), USES_DEV, tmp_path)


def test_the_evaluation_loader_reads_every_line(rows):
    assert_loader_reads_every_line(USES_DEV, rows)


def test_ids_and_texts_are_unique(rows):
    assert len({row["id"] for row in rows}) == len(rows)
    assert len({row["text"] for row in rows}) == len(rows)


def test_no_spans_and_only_allow_or_block(rows):
    assert all(row["spans"] == [] for row in rows)
    assert {row["expected"] for row in rows} <= {"allow", "block"}


def test_each_block_item_has_one_prohibited_use_and_one_phrasing(rows):
    for row in rows:
        if row["expected"] != "block":
            continue
        uses = [c for c in row["categories"] if c.startswith("prohibited:")]
        phrasings = [c for c in row["categories"] if c.startswith("phrasing:")]
        assert len(uses) == 1 and uses[0].removeprefix("prohibited:") in PROHIBITED, row["id"]
        assert phrasings in (["phrasing:direct"], ["phrasing:indirect"]), row["id"]


def test_allow_items_are_negatives_without_a_prohibited_use(rows):
    for row in rows:
        if row["expected"] == "allow":
            assert row["categories"] == ["negative"], row["id"]


def test_the_mix_meets_the_minimums(rows):
    per_use, indirect = prohibited_phrasings(rows)
    for use in PROHIBITED:
        assert per_use[use] >= MIN_PER_USE, use
        assert 2 * indirect[use] >= per_use[use], use
    assert sum(row["expected"] == "allow" for row in rows) >= MIN_NEGATIVES
