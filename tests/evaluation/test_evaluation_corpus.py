"""The committed corpus is what its generator writes, and it keeps the promises of issue 3."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from garda.evaluation import load_corpus
from tests.data_files import DATA, data_module


@pytest.fixture(scope="module")
def generator():
    return data_module("generate_corpus")


@pytest.fixture(scope="module")
def fillers():
    return data_module("corpus_fillers")


@pytest.fixture(scope="module")
def prompts():
    return load_corpus(DATA / "prompts.jsonl")


@pytest.fixture(scope="module")
def hidden():
    return load_corpus(DATA / "evasion.jsonl")


def test_committed_files_are_exactly_what_the_generator_writes(generator, tmp_path):
    generator.main(tmp_path)
    for name in ("prompts.jsonl", "evasion.jsonl"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (DATA / name).read_text(encoding="utf-8"), (
            f"{name} differs from the generator's output: run python tests/data/generate_corpus.py")


def test_at_least_150_hand_written_templates(generator):
    assert len(generator.ALL) >= 150


def test_size_and_share_of_hard_negatives(prompts):
    decisions = Counter(item.expected for item in prompts)
    assert len(prompts) >= 400
    assert decisions["allow"] >= len(prompts) / 3
    assert all(not item.spans for item in prompts if item.expected == "allow")
    assert len({item.text for item in prompts}) == len(prompts)


def test_every_span_type_and_block_category_is_represented(prompts):
    from garda.inspect.spans import SpanType

    types = Counter(span.type for item in prompts for span in item.spans)
    assert set(types) == {t.value for t in SpanType}
    categories = Counter(c for item in prompts for c in item.categories)
    for category in ("prohibited:categorization", "prohibited:surveillance", "prohibited:rationalization",
                     "prohibited:sole_legal_basis", "cji_record", "nonpublic"):
        assert categories[category] >= 10, category
    for phrasing in ("phrasing:direct", "phrasing:indirect"):
        assert categories[phrasing] >= 20


def test_names_come_from_every_community_in_comparable_numbers(prompts):
    groups = Counter(c for item in prompts for c in item.categories if c.startswith("names:"))
    assert len(groups) >= 8
    assert max(groups.values()) <= 1.5 * min(groups.values())


def test_spans_are_exact_trimmed_and_disjoint(prompts, hidden):
    for item in [*prompts, *hidden]:
        previous_end = 0
        for span in item.spans:
            covered = item.text[span.start:span.end]
            assert covered.strip() == covered != "", (item.id, covered)
            assert span.start >= previous_end, item.id
            previous_end = span.end


def test_numbers_pass_their_validators(prompts, fillers):
    seen = Counter()
    for item in prompts:
        for span in item.spans:
            value = item.text[span.start:span.end]
            digits = "".join(ch for ch in value if ch.isdigit())
            if span.type == "VIN":
                assert fillers.vin_is_valid(value), value
                seen["VIN"] += 1
            elif span.type == "ACCOUNT_NUMBER" and len(digits) in (15, 16):
                assert fillers.luhn_ok(digits), value
                seen["card"] += 1
            elif span.type == "SSN":
                area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
                assert area not in (0, 666) and area < 900 and group and serial, value
                seen["SSN"] += 1
            elif span.type == "PHONE":
                assert digits[-7:-2] == "55501", value
            elif span.type == "EMAIL":
                assert value.endswith(("@example.org", "@example.com")), value
    assert min(seen.values()) >= 5


def test_evasion_corpus_uses_every_trick(hidden):
    tricks = Counter(c for item in hidden for c in item.categories if c.startswith("evasion:"))
    assert len(hidden) >= 100
    assert set(tricks) == {"evasion:zero_width", "evasion:homoglyph", "evasion:spaced_digits",
                           "evasion:dotted_digits", "evasion:full_width", "evasion:line_break",
                           "evasion:leet_names"}
    assert min(tricks.values()) >= 10


def test_lines_are_plain_json_objects_with_the_documented_keys():
    for line in (DATA / "prompts.jsonl").read_text(encoding="utf-8").splitlines():
        assert set(json.loads(line)) == {"id", "text", "spans", "expected", "categories"}
