"""When a predicted span counts: the half-coverage rule, and characters left uncovered.

A predicted span HITS a gold span when it covers at least half of the gold span's
characters. A predicted span is CORRECT (for precision) when it hits some gold span,
or when at least half of its own characters lie inside gold spans: a name caught in
two pieces is then two correct predictions, not one hit and one false alarm. The
typed variants only look at gold spans of the predicted span's type.
"""

from __future__ import annotations

from typing import Sequence

from garda.evaluation.corpus import Span


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def hits(predicted: Span, gold: Span) -> bool:
    return 2 * overlap(predicted, gold) >= len(gold)


def is_hit(gold: Span, predicted: Sequence[Span], typed: bool) -> bool:
    return any(hits(p, gold) for p in predicted if not typed or p.type == gold.type)


def is_correct(prediction: Span, gold: Sequence[Span], typed: bool) -> bool:
    candidates = [g for g in gold if not typed or g.type == prediction.type]
    if any(hits(prediction, g) for g in candidates):
        return True
    inside = sum(overlap(prediction, g) for g in candidates)
    return 2 * inside >= len(prediction)


def leaked_characters(gold: Sequence[Span], predicted: Sequence[Span]) -> int:
    return sum(leaked_per_span(gold, predicted))


def leaked_per_span(gold: Sequence[Span], predicted: Sequence[Span]) -> list[int]:
    """For each gold span, how many of its characters no predicted span covers."""
    covered = set()
    for p in predicted:
        covered.update(range(p.start, p.end))
    return [sum(1 for index in range(g.start, g.end) if index not in covered) for g in gold]
