"""The figures `garda eval` reports, as plain data (to_dict() is the --json document)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(slots=True)
class SpanCounts:
    gold: int = 0
    gold_hit: int = 0
    predicted: int = 0
    predicted_correct: int = 0

    @property
    def recall(self) -> float | None:
        return ratio(self.gold_hit, self.gold)

    @property
    def precision(self) -> float | None:
        return ratio(self.predicted_correct, self.predicted)

    @property
    def f1(self) -> float | None:
        r, p = self.recall, self.precision
        if r is None or p is None or r + p == 0:
            return None
        return 2 * r * p / (r + p)

    def add(self, other: SpanCounts) -> None:
        self.gold += other.gold
        self.gold_hit += other.gold_hit
        self.predicted += other.predicted
        self.predicted_correct += other.predicted_correct

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "recall": self.recall, "precision": self.precision, "f1": self.f1}


@dataclass(slots=True)
class Report:
    corpus: str
    items: int
    by_type: dict[str, SpanCounts]
    overall: SpanCounts                 # typed: a hit needs the same type
    any_sensitive: SpanCounts           # type-agnostic
    leaked_chars: int
    gold_chars: int
    confusion: dict[str, dict[str, int]]
    block_recall: dict[str, dict[str, Any]]
    names: dict[str, SpanCounts]
    seconds: float
    chars: int
    predictor_errors: int = 0
    decision_misses: list[dict[str, str]] = field(default_factory=list)
    system: str | None = None
    # per gold type: (characters no prediction covers, characters of that type's gold spans)
    leaked_by_type: dict[str, tuple[int, int]] = field(default_factory=dict)

    def leaked_percent_of(self, kind: str) -> float | None:
        leaked, gold = self.leaked_by_type.get(kind, (0, 0))
        share = ratio(leaked, gold)
        return None if share is None else 100 * share

    @property
    def leaked_percent(self) -> float | None:
        share = ratio(self.leaked_chars, self.gold_chars)
        return None if share is None else 100 * share

    @property
    def decision_accuracy(self) -> float | None:
        right = sum(row.get(label, 0) for label, row in self.confusion.items())
        return ratio(right, self.items)

    @property
    def false_block_rate(self) -> float | None:
        allowed = self.confusion.get("allow", {})
        return ratio(allowed.get("block", 0), sum(allowed.values()))

    @property
    def name_recall_gap_points(self) -> float | None:
        recalls = [c.recall for c in self.names.values() if c.recall is not None]
        return 100 * (max(recalls) - min(recalls)) if len(recalls) > 1 else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "system": self.system,
            "items": self.items,
            "spans": {
                "overall": self.overall.to_dict(),
                "any_sensitive": self.any_sensitive.to_dict(),
                "by_type": {kind: counts.to_dict() for kind, counts in sorted(self.by_type.items())},
            },
            "leaked": {"chars": self.leaked_chars, "gold_chars": self.gold_chars,
                       "percent": self.leaked_percent,
                       "by_type": {kind: {"chars": leaked, "gold_chars": gold, "percent": self.leaked_percent_of(kind)}
                                   for kind, (leaked, gold) in sorted(self.leaked_by_type.items())}},
            "decisions": {
                "accuracy": self.decision_accuracy,
                "confusion": self.confusion,
                "false_block_rate": self.false_block_rate,
                "block_recall": self.block_recall,
                "misses": self.decision_misses,
            },
            "names": {
                "by_group": {group: counts.to_dict() for group, counts in sorted(self.names.items())},
                "max_gap_points": self.name_recall_gap_points,
            },
            "throughput": {
                "seconds": self.seconds,
                "items_per_second": self.items / self.seconds if self.seconds else None,
                "chars_per_second": self.chars / self.seconds if self.seconds else None,
            },
            "predictor_errors": self.predictor_errors,
        }
