"""Small helpers the inspection tests share."""

from __future__ import annotations

from garda.inspect.spans import Inspection, SpanType


def typed(inspection: Inspection, span_type: SpanType) -> list[str]:
    return [f.text for f in inspection.findings if f.span_type == span_type]


def kinds(inspection: Inspection) -> set[str]:
    return {u.kind.value for u in inspection.uses}
