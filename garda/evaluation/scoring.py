"""score(items, predict): run any predictor over a labelled corpus and measure it.

``predict(text)`` returns the JSON-line shape of `garda scan`:
``{"decision": str, "spans": [{"start", "end", "type"}], "reasons": [...]}``.
Nothing here knows garda's own inspector, so other detectors (Presidio, in the
benchmark) are scored by exactly the same rules.
"""

from __future__ import annotations

import time
from collections import defaultdict
from typing import Any, Callable, Iterable, Mapping, Sequence

from garda.evaluation.corpus import Item, Span
from garda.evaluation.matching import is_correct, is_hit, leaked_per_span
from garda.evaluation.report import Report, SpanCounts

Predictor = Callable[[str], Mapping[str, Any]]

BLOCK_CATEGORIES = ("prohibited:", "cji_record", "nonpublic")
NAME_GROUP_PREFIX = "names:"
PERSON = "PERSON"


def score(items: Iterable[Item], predict: Predictor, corpus: str = "corpus",
          system: str | None = None) -> Report:
    tally = _Tally()
    for item in items:
        started = time.perf_counter()
        prediction = _safe_predict(predict, item.text)
        tally.seconds += time.perf_counter() - started
        tally.add(item, prediction)
    return tally.report(corpus, system)


def predicted_spans(prediction: Mapping[str, Any], text_length: int) -> list[Span]:
    spans = []
    for raw in prediction.get("spans") or ():
        start, end = max(0, int(raw["start"])), min(text_length, int(raw["end"]))
        if start < end:
            spans.append(Span(start, end, str(raw["type"])))
    return spans


def _safe_predict(predict: Predictor, text: str) -> Mapping[str, Any] | None:
    try:
        return predict(text)
    except Exception:  # noqa: BLE001 - a crashing predictor is scored, not fatal to the run
        return None


class _Tally:
    def __init__(self) -> None:
        self.items = 0
        self.chars = 0
        self.seconds = 0.0
        self.by_type: dict[str, SpanCounts] = defaultdict(SpanCounts)
        self.any_sensitive = SpanCounts()
        self.leaked = 0
        self.gold_chars = 0
        self.leaked_by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.confusion: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.blocks: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.names: dict[str, SpanCounts] = defaultdict(SpanCounts)
        self.errors = 0
        self.misses: list[dict[str, str]] = []

    def add(self, item: Item, prediction: Mapping[str, Any] | None) -> None:
        self.items += 1
        self.chars += len(item.text)
        if prediction is None:
            self.errors += 1
            decision, spans = "error", []
        else:
            decision = str(prediction.get("decision", "error"))
            spans = predicted_spans(prediction, len(item.text))
        self._spans(item, spans)
        self._decision(item, decision)

    def _spans(self, item: Item, predicted: Sequence[Span]) -> None:
        gold = item.spans
        for g in gold:
            counts = self.by_type[g.type]
            counts.gold += 1
            counts.gold_hit += is_hit(g, predicted, typed=True)
            self.any_sensitive.gold += 1
            self.any_sensitive.gold_hit += is_hit(g, predicted, typed=False)
        for p in predicted:
            counts = self.by_type[p.type]
            counts.predicted += 1
            counts.predicted_correct += is_correct(p, gold, typed=True)
            self.any_sensitive.predicted += 1
            self.any_sensitive.predicted_correct += is_correct(p, gold, typed=False)
        leaked = leaked_per_span(gold, predicted)   # the covered characters worked out once per item
        self.leaked += sum(leaked)
        self.gold_chars += sum(len(g) for g in gold)
        for g, uncovered in zip(gold, leaked):
            counts = self.leaked_by_type[g.type]
            counts[0] += uncovered
            counts[1] += len(g)
        for group in item.in_category(NAME_GROUP_PREFIX):
            counts = self.names[group.removeprefix(NAME_GROUP_PREFIX)]
            for g in gold:
                if g.type == PERSON:
                    counts.gold += 1
                    counts.gold_hit += is_hit(g, predicted, typed=True)

    def _decision(self, item: Item, decision: str) -> None:
        self.confusion[item.expected][decision] += 1
        if decision != item.expected:
            self.misses.append({"id": item.id, "expected": item.expected, "predicted": decision})
        if item.expected != "block":
            return
        for category in item.categories:
            if category.startswith(BLOCK_CATEGORIES):
                self.blocks[category][0] += 1
                self.blocks[category][1] += decision == "block"

    def report(self, corpus: str, system: str | None) -> Report:
        overall = SpanCounts()
        for counts in self.by_type.values():
            overall.add(counts)
        return Report(
            corpus=corpus, items=self.items, by_type=dict(self.by_type), overall=overall,
            any_sensitive=self.any_sensitive, leaked_chars=self.leaked, gold_chars=self.gold_chars,
            confusion={label: dict(row) for label, row in self.confusion.items()},
            block_recall={category: {"items": total, "blocked": blocked, "recall": blocked / total}
                          for category, (total, blocked) in sorted(self.blocks.items())},
            names=dict(self.names), seconds=self.seconds, chars=self.chars,
            predictor_errors=self.errors, decision_misses=self.misses, system=system,
            leaked_by_type={kind: (leaked, gold) for kind, (leaked, gold) in self.leaked_by_type.items()},
        )
