"""Train the learned reader of prohibited uses (garda/inspect/classifiers/learned.py).

    python scripts/train_use_model.py            # writes garda/inspect/data/use_model.json
    python scripts/train_use_model.py --check    # exit 1 if the shipped model differs

A multinomial logistic regression over the ordinary words of a prompt and their pairs, trained
on garda's development corpora (never on a held-out corpus that is still blind). Only words of
the ordinary-word lists count, so names, numbers and identifiers never become evidence: the
model cannot learn that a name from one community means a prohibited use. Deterministic:
fixed corpora, fixed order, fixed seed; pure Python, so it needs nothing the package lacks.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from garda.inspect.classifiers.learned import CLASSES, MODEL_FILE, features, softmax  # noqa: E402
from garda.inspect.recognizers.person import NameLists  # noqa: E402

# Development corpora only: holdout4 and holdout5 stay blind.
CORPORA = ("prompts.jsonl", "evasion.jsonl", "uses_dev.jsonl", "holdout.jsonl", "holdout2.jsonl", "holdout3.jsonl")
EPOCHS = 30
LEARNING_RATE = 0.5
L2 = 1e-3
MIN_DOCUMENTS = 2        # a feature must appear in this many prompts
KEEP_WEIGHT = 0.01       # weights smaller than this are dropped from the shipped file
THRESHOLD = 0.7          # the lowest with no false block in any fold, leaving one corpus out (docs/benchmarks.md)
SEED = 682


# Ordinary requests written to share words with the prohibited uses ("make it read better", "I'll go with
# whatever you say" about a picnic, "which officer is most likely ..."): one a line, all "none".
NEGATIVES = "use_model_negatives.txt"
# Prohibited uses in other words than the corpora's, written by hand: "kind<TAB>request" a line.
POSITIVES = "use_model_positives.txt"


def labelled_prompts() -> list[tuple[str, int]]:
    rows = [(line, 0) for line in (ROOT / "tests" / "data" / NEGATIVES).read_text(encoding="utf-8").splitlines()
            if line.strip()]
    for line in (ROOT / "tests" / "data" / POSITIVES).read_text(encoding="utf-8").splitlines():
        if line.strip():
            kind, text = line.split("\t", 1)
            rows.append((text, CLASSES.index(kind)))
    for name in CORPORA:
        for line in (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            rows.append((item["text"], label_of(item["categories"])))
    return rows


def label_of(categories: list[str]) -> int:
    """A prohibited use first (it blocks whatever the clearance), then a criminal-justice record, else none."""
    uses = [c.split(":", 1)[1] for c in categories if c.startswith("prohibited:")]
    if uses:
        return CLASSES.index(uses[0])
    return CLASSES.index("cji_record") if "cji_record" in categories else 0


def train(rows: list[tuple[str, int]], ordinary: frozenset[str]) -> dict:
    documents = [sorted(features(text, ordinary)) for text, _ in rows]
    counts: dict[str, int] = {}
    for document in documents:
        for feature in document:
            counts[feature] = counts.get(feature, 0) + 1
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_DOCUMENTS)
    index = {feature: i for i, feature in enumerate(vocabulary)}
    encoded = [[index[f] for f in document if f in index] for document in documents]
    labels = [label for _, label in rows]
    width = len(CLASSES)
    weights = [[0.0] * width for _ in vocabulary]
    bias = [0.0] * width
    order = list(range(len(rows)))
    shuffle = random.Random(SEED).shuffle
    for _ in range(EPOCHS):
        shuffle(order)
        for i in order:
            probabilities = softmax(_scores(encoded[i], weights, bias))
            gradient = [p - (1.0 if k == labels[i] else 0.0) for k, p in enumerate(probabilities)]
            for j in encoded[i]:
                row = weights[j]
                for k in range(width):
                    row[k] -= LEARNING_RATE * (gradient[k] + L2 * row[k])
            for k in range(width):
                bias[k] -= LEARNING_RATE * gradient[k]
    kept = {feature: [round(w, 4) for w in weights[i]] for feature, i in index.items()
            if max(abs(w) for w in weights[i]) >= KEEP_WEIGHT}
    return {"about": "garda's learned reader of prohibited uses; written by scripts/train_use_model.py",
            "classes": list(CLASSES), "threshold": THRESHOLD, "corpora": list(CORPORA),
            "bias": [round(b, 4) for b in bias], "weights": kept}


def _scores(features_: list[int], weights: list[list[float]], bias: list[float]) -> list[float]:
    scores = list(bias)
    for j in features_:
        row = weights[j]
        for k in range(len(scores)):
            scores[k] += row[k]
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped model instead of writing it")
    args = parser.parse_args()
    model = train(labelled_prompts(), NameLists.load().ordinary)
    text = json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n"
    if args.check:
        same = MODEL_FILE.read_text(encoding="utf-8") == text
        print("the shipped model is what the script writes" if same else "the shipped model differs")
        return 0 if same else 1
    MODEL_FILE.write_text(text, encoding="utf-8")
    print(f"{len(model['weights'])} features written to {MODEL_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
