"""Hand-built inspections for policy tests (the inspection engine is tested on its own)."""

from __future__ import annotations

from garda.inspect.spans import Finding, Inspection, PersonRole, SpanType, UseFinding, UseKind

SECTION_OF_USE = {
    UseKind.CATEGORIZATION: "682.35 C", UseKind.SURVEILLANCE: "682.35 D",
    UseKind.RATIONALIZATION: "682.35 A", UseKind.SOLE_LEGAL_BASIS: "682.35 A",
    UseKind.CJI_RECORD: "682.30.3.b", UseKind.PROTECTED_CHARACTERISTIC: "682.20 D",
    UseKind.COVERT_WORK: "682.05 C, 682.30",
}


def finding(text: str, surface: str, span_type: SpanType, role: PersonRole | None = None,
            occurrence: int = 0) -> Finding:
    """A finding over the `occurrence`-th appearance of `surface` in `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Finding(span_type, start, start + len(surface), surface, recognizer="test", role=role)


def use(kind: UseKind, start: int = 0, end: int = 1, legal_authority: str | None = None) -> UseFinding:
    return UseFinding(kind, SECTION_OF_USE[kind], start, end, classifier="test", explanation="built by hand",
                      legal_authority=legal_authority)


def inspection(text: str, *findings: Finding, uses: tuple[UseFinding, ...] = ()) -> Inspection:
    return Inspection(text=text, findings=list(findings), uses=list(uses))


def spanning(span_type: SpanType, text: str = "Lorem ipsum dolor") -> Inspection:
    """An inspection whose one finding covers the whole text."""
    return inspection(text, Finding(span_type, 0, len(text), text, recognizer="test"))
