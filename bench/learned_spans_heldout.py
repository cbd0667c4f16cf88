"""How the learned span taggers do on labelled corpora they were not trained on.

    python bench/learned_spans_heldout.py

For each split below, trains the taggers (scripts/train_span_models.py's recipe) on the training
corpora only, then inspects the held-out corpora with garda's rules alone and with the rules and those
taggers (findings merged as in garda). Per span type: recall (a gold span at least half covered by a
finding of its type), the share of its gold characters left uncovered, and the allowed prompts that
gain a finding of the type (each would be redacted rather than passed). The shipped models are trained
on every corpus of both splits.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_span_models as recipe  # noqa: E402

from garda.evaluation.corpus import Span  # noqa: E402
from garda.evaluation.matching import is_hit, leaked_characters  # noqa: E402
from garda.inspect.engine import Inspector, default_inspector  # noqa: E402
from garda.inspect.recognizers.learned_spans import LearnedSpanRecognizer, SpanTaggers  # noqa: E402
from garda.inspect.spans import SpanType  # noqa: E402

DEVELOPMENT = ("prompts.jsonl", "evasion.jsonl", "holdout.jsonl", "holdout2.jsonl", "holdout3.jsonl")
SPLITS = (
    (DEVELOPMENT + ("holdout4.jsonl", "holdout5.jsonl", "holdout6.jsonl"),
     ("holdout7.jsonl", "holdout8.jsonl", "holdout9.jsonl")),
    (DEVELOPMENT + tuple(f"holdout{n}.jsonl" for n in range(4, 9)), ("holdout9.jsonl",)),
)


def taggers_trained_on(corpora: tuple[str, ...]) -> LearnedSpanRecognizer:
    return LearnedSpanRecognizer(SpanTaggers.of(recipe.build(corpora)))


def tally(rows: list[dict], found: list[list], span_type: SpanType) -> dict[str, float]:
    """Scored as `garda eval` scores (garda.evaluation.matching), for one span type."""
    hit = total = gold_chars = leaked = flagged_allow = 0
    for row, findings in zip(rows, found):
        spans = [Span(f.start, f.end, span_type.value) for f in findings if f.span_type is span_type]
        gold = [Span(g["start"], g["end"], g["type"]) for g in row["spans"] if g["type"] == span_type.value]
        total += len(gold)
        hit += sum(is_hit(span, spans, typed=True) for span in gold)
        gold_chars += sum(map(len, gold))
        leaked += leaked_characters(gold, spans)
        flagged_allow += row["expected"] == "allow" and bool(spans)
    return {"gold": total, "recall": round(hit / max(total, 1), 3), "leaked": round(leaked / max(gold_chars, 1), 3),
            "allowed prompts flagged": flagged_allow}


def main() -> None:
    rules = default_inspector(timeout_seconds=60, learned_spans=False)
    for training, held_out in SPLITS:
        with_taggers = Inspector([*rules.recognizers, taggers_trained_on(training)], rules.classifiers,
                                 timeout_seconds=60)
        print(f"trained on {', '.join(name.removesuffix('.jsonl') for name in training)}")
        for name in held_out:
            rows = recipe.read_rows([name])
            alone = [rules.inspect(row["text"]).findings for row in rows]
            both = [with_taggers.inspect(row["text"]).findings for row in rows]
            for span_type in LearnedSpanRecognizer.span_types:
                print(f"  {name.removesuffix('.jsonl')} {span_type.value}: rules {tally(rows, alone, span_type)}")
                print(f"  {' ' * len(name.removesuffix('.jsonl'))} {' ' * len(span_type.value)}  "
                      f"rules and tagger {tally(rows, both, span_type)}")


if __name__ == "__main__":
    main()
