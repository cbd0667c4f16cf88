"""Small helpers the inspection tests share."""

from __future__ import annotations

from garda.inspect.spans import Inspection, SpanType


def typed(inspection: Inspection, span_type: SpanType) -> list[str]:
    return [f.text for f in inspection.findings if f.span_type == span_type]


def kinds(inspection: Inspection) -> set[str]:
    return {u.kind.value for u in inspection.uses}


def covered(inspection: Inspection, span_type: SpanType, start: int, end: int) -> int:
    """How many characters of ``[start, end)`` findings of ``span_type`` cover."""
    spans = [f for f in inspection.findings if f.span_type is span_type]
    return sum(1 for i in range(start, end) if any(f.start <= i < f.end for f in spans))


def half_covered(inspection: Inspection, span_type: SpanType, phrase: str) -> bool:
    """Whether findings of ``span_type`` cover at least half of ``phrase`` (its first place in the
    text), as the scorer counts a hit."""
    start = inspection.text.index(phrase)
    return 2 * covered(inspection, span_type, start, start + len(phrase)) >= len(phrase)
