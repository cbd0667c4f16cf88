"""The held-out corpus is exactly what its generator writes, and every label is well formed.

Nothing here runs garda's inspector: the held-out corpus is only for measuring it.
"""

from __future__ import annotations

from collections import Counter

import pytest

from garda.inspect.spans import SpanType
from tests.data_files import DATA, data_module
from tests.evaluation.corpus_checks import assert_generator_writes, assert_loader_reads_every_line, read_rows

HOLDOUT = DATA / "holdout.jsonl"
DECISIONS = {"allow", "redact", "block"}
PROHIBITED = ("categorization", "rationalization", "surveillance", "sole_legal_basis")
NAME_GROUPS = ("black_american", "hispanic", "hmong", "arabic", "polish", "puerto_rican",
               "somali", "irish", "german", "south_asian", "vietnamese", "anglo")


@pytest.fixture(scope="module")
def generator():
    return data_module("generate_holdout")


@pytest.fixture(scope="module")
def fillers():
    return data_module("holdout_fillers")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return read_rows(HOLDOUT)


def test_committed_file_is_exactly_what_the_generator_writes(generator, tmp_path):
    assert_generator_writes(generator, HOLDOUT, tmp_path)


def test_the_evaluation_loader_reads_it(rows):
    assert_loader_reads_every_line(HOLDOUT, rows)


def test_ids_are_unique(rows):
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))


def test_every_decision_is_one_of_the_three(rows):
    assert {row["expected"] for row in rows} <= DECISIONS


def test_spans_lie_inside_their_text_and_carry_a_span_type(rows):
    types = {t.value for t in SpanType}
    for row in rows:
        for span in row["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(row["text"]), row["id"]
            assert span["type"] in types, row["id"]


def test_spans_have_no_surrounding_whitespace(rows):
    for row in rows:
        for span in row["spans"]:
            value = row["text"][span["start"]:span["end"]]
            assert value == value.strip(), (row["id"], value)


def test_spans_within_an_item_do_not_overlap(rows):
    for row in rows:
        ordered = sorted(row["spans"], key=lambda s: (s["start"], s["end"]))
        for before, after in zip(ordered, ordered[1:]):
            assert before["end"] <= after["start"], row["id"]


def test_allowed_items_hold_no_spans_and_redacted_items_hold_some(rows):
    for row in rows:
        if row["expected"] == "allow":
            assert row["spans"] == [], row["id"]
        if row["expected"] == "redact":
            assert row["spans"], row["id"]
            assert not {s["type"] for s in row["spans"]} & {"CONFIDENTIAL_SOURCE", "TACTICAL"}, row["id"]


def test_size_and_mix_the_brief_asks_for(rows, generator):
    counts = Counter(c for row in rows for c in row["categories"])
    assert len(rows) >= 260
    assert len(generator.TEMPLATES) >= 100
    assert 3 * counts["negative"] >= len(rows)
    assert counts["holdout"] == len(rows)
    for use in PROHIBITED:
        assert counts[f"prohibited:{use}"] >= 15
        indirect = sum(1 for row in rows if f"prohibited:{use}" in row["categories"]
                       and "phrasing:indirect" in row["categories"])
        assert 2 * indirect >= counts[f"prohibited:{use}"]
    assert counts["cji_record"] >= 10
    assert counts["nonpublic"] >= 10


def test_each_name_group_has_fifteen_items_with_names(rows):
    with_people = Counter(c for row in rows for c in row["categories"]
                          if c.startswith("names:") and any(s["type"] == "PERSON" for s in row["spans"]))
    for group in NAME_GROUPS:
        assert with_people[f"names:{group}"] >= 15, group


def test_each_item_names_its_template(rows):
    for row in rows:
        assert len([c for c in row["categories"] if c.startswith("template:")]) == 1, row["id"]


def test_blocked_items_say_why(rows):
    for row in rows:
        if row["expected"] == "block":
            assert any(c.startswith(("prohibited:", "cji_record", "nonpublic")) for c in row["categories"])


def test_identifiers_are_well_formed(rows, fillers):
    for row in rows:
        for span in row["spans"]:
            value = row["text"][span["start"]:span["end"]]
            if span["type"] == "VIN":
                assert len(value) == 17 and fillers.vin_check_digit(value.upper()) == value[8].upper()
            if span["type"] == "PHONE":
                assert "555" in value and "01" in value.replace(" ", "").replace(".", "").replace("-", "")
            if span["type"] == "EMAIL":
                assert value.lower().endswith(("@example.org", "@example.com"))
            if span["type"] == "SSN":
                digits = "".join(c for c in value if c.isdigit())
                area, group, serial = digits[:3], digits[3:5], digits[5:]
                assert area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"
            if span["type"] == "ACCOUNT_NUMBER" and len(value.replace(" ", "").replace("-", "")) in (15, 16):
                assert fillers.luhn_ok(value)


def test_every_name_group_has_its_own_pool(fillers):
    assert set(fillers.GROUPS) == set(NAME_GROUPS)
    for group, pool in fillers.NAMES.items():
        assert len(set(pool["given"])) >= 25 and len(set(pool["surname"])) >= 25, group
        assert pool["nick"], group
