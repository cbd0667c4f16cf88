"""Inspect one text: normalize, run every recognizer and classifier, merge, map back.

Fail closed: a recognizer or classifier that raises, a regex that runs out of time,
or a whole inspection that overruns its budget raises ``InspectionFailed``; no
partial result is ever returned.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterable, Sequence

from garda.errors import InspectionFailed
from garda.inspect.budget import budget
from garda.inspect.merge import merge
from garda.inspect.normalize import Normalized, Normalizer
from garda.inspect.protocols import Classifier, Recognizer
from garda.inspect.spans import Finding, Inspection, SpanType, UseFinding, UseKind
from garda.inspect.windows import sharing_index


class Inspector:
    def __init__(self, recognizers: Sequence[Recognizer], classifiers: Sequence[Classifier], *,
                 timeout_seconds: float = 2.0) -> None:
        self.recognizers = tuple(recognizers)
        self.classifiers = tuple(classifiers)
        self.timeout_seconds = timeout_seconds
        self._normalizer = Normalizer()
        for recognizer in self.recognizers:
            prepare = getattr(recognizer, "prepare", None)   # optional: built-in pattern recognizers have it
            if callable(prepare):
                prepare()
        names = [r.name for r in self.recognizers] + [c.name for c in self.classifiers]
        if len(names) != len(set(names)):
            raise ValueError("recognizer and classifier names must be unique")
        self._narrowed: dict[tuple[frozenset[SpanType], frozenset[UseKind]], Inspector] = {}

    def narrowed(self, span_types: Iterable[SpanType], kinds: Iterable[UseKind]) -> "Inspector":
        """An inspector with only the detectors that can find one of ``span_types`` or ``kinds``
        (as they declare), sharing them and this one's timeout: for a caller that would discard
        everything else, the review of an answer. A classifier that reads requests only (the learned
        use model) is left out. Built once per combination."""
        key = (frozenset(span_types), frozenset(kinds))
        narrowed = self._narrowed.get(key)
        if narrowed is None:
            narrowed = self._narrowed[key] = Inspector(
                [r for r in self.recognizers if key[0].intersection(r.span_types)],
                [c for c in self.classifiers if key[1].intersection(c.kinds) and not getattr(c, "requests_only", False)],
                timeout_seconds=self.timeout_seconds)
        return narrowed

    def inspect(self, text: str) -> Inspection:
        began = time.perf_counter()
        try:
            with budget(self.timeout_seconds), sharing_index():
                return self._inspect(text, began)
        except InspectionFailed:
            raise
        except TimeoutError as exc:
            raise self._timed_out() from exc
        except Exception as exc:
            raise InspectionFailed(
                "The text could not be inspected, so nothing was sent.",
                details={"reason": type(exc).__name__}) from exc

    def _inspect(self, text: str, began: float) -> Inspection:
        normalized = self._normalizer(text)
        seen = normalized.text
        found: list[Finding] = []
        uses: list[UseFinding] = []
        for recognizer in self.recognizers:
            for finding in recognizer.find(seen):
                _check_span(recognizer.name, finding.start, finding.end, len(seen))
                if not isinstance(finding.span_type, SpanType):
                    raise InspectionFailed(f"Recognizer {recognizer.name!r} returned an unknown span type.")
                found.append(self._mapped(normalized, finding))
            self._check_clock(began)
        for classifier in self.classifiers:
            for use in classifier.find(seen):
                _check_span(classifier.name, use.start, use.end, len(seen))
                uses.append(self._mapped_use(normalized, use))
            self._check_clock(began)
        uses.sort(key=lambda u: (u.start, u.end, u.kind.value, u.classifier))
        return Inspection(text=text, findings=merge(found), uses=uses)

    def _check_clock(self, began: float) -> None:
        if time.perf_counter() - began > self.timeout_seconds:
            raise self._timed_out()

    def _timed_out(self) -> InspectionFailed:
        return InspectionFailed(
            f"Inspection took longer than {self.timeout_seconds:g} s, so nothing was sent.",
            code="inspection_timeout")

    @staticmethod
    def _mapped(normalized: Normalized, finding: Finding) -> Finding:
        """Offsets into the original text, and the original's characters as the finding's text."""
        if not normalized.maps:   # character for character: offsets already are the original's
            original = normalized.original[finding.start:finding.end]
            return finding if finding.text == original else finding.at(finding.start, finding.end, original)
        start, end = normalized.to_original(finding.start, finding.end)
        return finding.at(start, end, normalized.original[start:end])

    @staticmethod
    def _mapped_use(normalized: Normalized, use: UseFinding) -> UseFinding:
        if not normalized.maps:
            return use
        start, end = normalized.to_original(use.start, use.end)
        return dataclasses.replace(use, start=start, end=end)


def _check_span(detector: str, start: int, end: int, length: int) -> None:
    """A detector's offsets must lie inside the text it was given; anything else blocks."""
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= length):
        raise InspectionFailed(f"Detector {detector!r} returned offsets outside the text.")


def default_inspector(timeout_seconds: float = 2.0, *, learned_uses: bool = True,
                      learned_spans: bool = True) -> Inspector:
    """An inspector with every built-in recognizer and classifier (see registry.py), the learned
    reader of prohibited uses among them unless ``learned_uses`` is false (settings.learned_uses),
    and the learned span taggers unless ``learned_spans`` is false (settings.learned_spans)."""
    from garda.inspect.registry import default_registry, register_learned_spans, register_learned_uses

    registry = default_registry()
    if learned_uses:
        register_learned_uses(registry)
    if learned_spans:
        register_learned_spans(registry)
    return Inspector(registry.recognizers(), registry.classifiers(), timeout_seconds=timeout_seconds)
