"""How the learned medical tagger does on labelled corpora it was not trained on.

    python bench/learned_medical_heldout.py

For each split below, trains the tagger (scripts/train_medical_model.py's recipe) on the training
corpora only, then inspects the held-out corpora with garda's rules alone and with the rules and that
tagger (findings merged as in garda): MEDICAL recall (a gold span at least half covered by a MEDICAL finding), the share of MEDICAL
gold characters left uncovered, and the allowed prompts that gain a MEDICAL finding (each would be
redacted rather than passed). The shipped model is trained on every corpus of both splits.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_medical_model as recipe  # noqa: E402

from garda.inspect.engine import Inspector, default_inspector  # noqa: E402
from garda.inspect.recognizers.learned_medical import LearnedMedicalRecognizer, MedicalTagger  # noqa: E402
from garda.inspect.spans import SpanType  # noqa: E402

DEVELOPMENT = ("prompts.jsonl", "evasion.jsonl", "holdout.jsonl", "holdout2.jsonl", "holdout3.jsonl")
SPLITS = (
    (DEVELOPMENT + ("holdout4.jsonl", "holdout5.jsonl", "holdout6.jsonl"),
     ("holdout7.jsonl", "holdout8.jsonl", "holdout9.jsonl")),
    (DEVELOPMENT + tuple(f"holdout{n}.jsonl" for n in range(4, 9)), ("holdout9.jsonl",)),
)


def tagger_trained_on(corpora: tuple[str, ...]) -> LearnedMedicalRecognizer:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "model.json"
        path.write_text(json.dumps(recipe.build(corpora)), encoding="utf-8")
        recognizer = LearnedMedicalRecognizer.__new__(LearnedMedicalRecognizer)
        recognizer.model = MedicalTagger.load(path)
    return recognizer


def medical_spans(findings) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in findings if f.span_type is SpanType.MEDICAL]


def tally(rows: list[dict], predicted: list[list[tuple[int, int]]]) -> dict[str, float]:
    hit = total = gold_chars = leaked = flagged_allow = 0
    for row, spans in zip(rows, predicted):
        covered = {index for start, end in spans for index in range(start, end)}
        for gold in row["spans"]:
            if gold["type"] != "MEDICAL":
                continue
            total += 1
            start, end = gold["start"], gold["end"]
            hit += any(2 * max(0, min(e, end) - max(s, start)) >= end - start for s, e in spans)
            gold_chars += end - start
            leaked += sum(1 for index in range(start, end) if index not in covered)
        flagged_allow += row["expected"] == "allow" and bool(spans)
    return {"gold": total, "recall": round(hit / max(total, 1), 3), "leaked": round(leaked / max(gold_chars, 1), 3),
            "allowed prompts flagged": flagged_allow}


def main() -> None:
    inspector = default_inspector(timeout_seconds=60, learned_spans=False)
    for training, held_out in SPLITS:
        tagger = tagger_trained_on(training)
        with_tagger = Inspector([*inspector.recognizers, tagger], inspector.classifiers, timeout_seconds=60)
        print(f"trained on {', '.join(name.removesuffix('.jsonl') for name in training)}")
        for name in held_out:
            rows = recipe.read_rows([name])
            rules = [medical_spans(inspector.inspect(row["text"]).findings) for row in rows]
            both = [medical_spans(with_tagger.inspect(row["text"]).findings) for row in rows]
            print(f"  {name.removesuffix('.jsonl')}: rules {tally(rows, rules)}")
            print(f"  {' ' * len(name.removesuffix('.jsonl'))}  rules and tagger {tally(rows, both)}")


if __name__ == "__main__":
    main()
