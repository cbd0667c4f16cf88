"""Labelled corpora: JSON lines of {"id", "text", "spans", "expected", "categories"}."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from garda.errors import BadRequest
from garda.inspect.spans import SpanType

DECISIONS = ("allow", "redact", "block")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    type: str

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    text: str
    spans: tuple[Span, ...]
    expected: str
    categories: tuple[str, ...] = ()

    def in_category(self, prefix: str) -> list[str]:
        return [c for c in self.categories if c.startswith(prefix)]


class CorpusError(BadRequest):
    code = "invalid_corpus"
    hint = "Each line must be a JSON object with id, text, spans [{start, end, type}], expected and categories."


def load_corpus(path: Path) -> list[Item]:
    with Path(path).open(encoding="utf-8") as lines:
        return parse_corpus(lines, source=str(path))


def parse_corpus(lines: Iterable[str], source: str = "corpus") -> list[Item]:
    items = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                items.append(item_from_dict(json.loads(line)))
            except (ValueError, KeyError, TypeError) as exc:
                raise CorpusError(f"{source} line {number}: {exc}") from exc
    return items


def item_from_dict(data: dict[str, Any]) -> Item:
    text = data["text"]
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    spans = tuple(sorted((span_from_dict(s, len(text)) for s in data.get("spans", [])),
                         key=lambda s: (s.start, s.end)))
    expected = data["expected"]
    if expected not in DECISIONS:
        raise ValueError(f"expected must be one of {', '.join(DECISIONS)}, not {expected!r}")
    return Item(str(data["id"]), text, spans, expected, tuple(data.get("categories", ())))


def span_from_dict(data: dict[str, Any], text_length: int) -> Span:
    start, end, kind = int(data["start"]), int(data["end"]), SpanType(data["type"]).value
    if not 0 <= start < end <= text_length:
        raise ValueError(f"span {start}:{end} is outside a text of {text_length} characters")
    return Span(start, end, kind)
