"""Checks every generated, labelled corpus under tests/data must pass, whatever its mix:
it is what its generator writes, its lines have the documented shape, and its spans fit."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from garda.evaluation import load_corpus
from garda.inspect.spans import SpanType

LINE_KEYS = ["id", "text", "spans", "expected", "categories"]


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def spans_of(rows: list[dict], kind: str) -> list[str]:
    return [row["text"][s["start"]:s["end"]] for row in rows for s in row["spans"] if s["type"] == kind]


def assert_generator_writes(generator: ModuleType, path: Path, tmp_path: Path) -> None:
    written = generator.main(tmp_path)
    assert written.read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), (
        f"{path.name} differs from the generator's output: run python tests/data/{generator.__name__}.py")


def assert_loader_reads_every_line(path: Path, rows: list[dict]) -> None:
    assert len(load_corpus(path)) == len(rows)


def assert_documented_keys(rows: list[dict]) -> None:
    for row in rows:
        assert list(row) == LINE_KEYS, row["id"]
        assert row["expected"] in ("allow", "redact", "block"), row["id"]


def assert_ids_in_order_and_texts_unique(rows: list[dict], id_format: str) -> None:
    """``id_format``: the id of item n, e.g. "k{:04d}"."""
    assert [row["id"] for row in rows] == [id_format.format(n) for n in range(1, len(rows) + 1)]
    assert len({row["text"] for row in rows}) == len(rows)


def assert_spans_fit(rows: list[dict], *, trimmed: str = ",;:", ordered_keys: bool = False) -> None:
    """Spans inside their text, ordered, disjoint, of a known type, with no space or ``trimmed``
    mark at either end (``ordered_keys``: keys written as start, end, type)."""
    types = {t.value for t in SpanType}
    for row in rows:
        end = 0
        for span in row["spans"]:
            if ordered_keys:
                assert list(span) == ["start", "end", "type"], row["id"]
            else:
                assert set(span) == {"start", "end", "type"}, row["id"]
            assert span["type"] in types, row["id"]
            assert end <= span["start"] < span["end"] <= len(row["text"]), row["id"]
            piece = row["text"][span["start"]:span["end"]]
            assert piece == piece.strip() and piece.strip(trimmed) == piece, (row["id"], piece)
            end = span["end"]
