"""What every generated corpus promises, checked once for all of them: the committed file is exactly
what its generator writes, the evaluation loader reads every line, each line has the documented keys,
and the ids run in order over unique texts. Each corpus's own module checks its labels and its mix.

Nothing here runs garda's inspector.
"""

from __future__ import annotations

import pytest

from tests.data_files import DATA, data_module
from tests.evaluation.corpus_checks import (
    assert_documented_keys, assert_generator_writes, assert_ids_in_order_and_texts_unique,
    assert_loader_reads_every_line, read_rows,
)

# (file, generator module, the id of item n)
CORPORA = [
    ("holdout2.jsonl", "generate_holdout2", "k{:04d}"),
    ("holdout3.jsonl", "generate_holdout3", "h3_{:04d}"),
    ("holdout4.jsonl", "generate_holdout4", "h4_{:04d}"),
    ("holdout5.jsonl", "generate_holdout5", "h5_{:04d}"),
    ("holdout6.jsonl", "generate_holdout6", "h6_{:04d}"),
    ("holdout7.jsonl", "generate_holdout7", "h7_{:04d}"),
    ("holdout8.jsonl", "generate_holdout8", "h8_{:04d}"),
    ("holdout9.jsonl", "generate_holdout9", "h9_{:04d}"),
    ("holdout10.jsonl", "generate_holdout10", "h10_{:04d}"),
    ("uses_dev2.jsonl", "generate_uses_dev2", "ud2_{:04d}"),
]
NAMES = [name for name, _, _ in CORPORA]


@pytest.mark.parametrize(("name", "generator", "id_format"), CORPORA, ids=NAMES)
def test_the_committed_file_is_exactly_what_its_generator_writes(name, generator, id_format, tmp_path):
    assert_generator_writes(data_module(generator), DATA / name, tmp_path)


@pytest.mark.parametrize(("name", "generator", "id_format"), CORPORA, ids=NAMES)
def test_lines_are_read_whole_with_the_documented_keys_in_id_order(name, generator, id_format):
    rows = read_rows(DATA / name)
    assert_loader_reads_every_line(DATA / name, rows)
    assert_documented_keys(rows)
    assert_ids_in_order_and_texts_unique(rows, id_format)
