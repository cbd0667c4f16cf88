"""Train the learned reader of prohibited uses (garda/inspect/classifiers/learned.py).

    python scripts/train_use_model.py            # writes garda/inspect/data/use_model.json
    python scripts/train_use_model.py --check    # exit 1 if the shipped model differs

Two multinomial logistic regressions over the ordinary words of a prompt and their pairs, trained
on garda's development corpora (never on a held-out corpus that is still blind): one for the
prohibited uses and CJI look-ups, one for covert work (the corpora's `nonpublic` items). Only words
of the ordinary-word lists count, so names, numbers and identifiers never become evidence: the
models cannot learn that a name from one community means a prohibited use. Each is the average of
models trained in several fixed orders (SEEDS). Deterministic: fixed corpora, fixed orders; pure
Python, so it needs nothing the package lacks (about 30 s).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from garda.inspect.classifiers.learned import CLASSES, COVERT_CLASSES, MODEL_FILE, features, softmax  # noqa: E402
from garda.inspect.recognizers.person import NameLists  # noqa: E402

# Development corpora only: holdout4 and holdout5 stay blind.
CORPORA = ("prompts.jsonl", "evasion.jsonl", "uses_dev.jsonl", "holdout.jsonl", "holdout2.jsonl", "holdout3.jsonl")
EPOCHS = 30
AVERAGED_EPOCHS = 10     # the last epochs whose weights are averaged
LEARNING_RATE = 0.5
L2 = 1e-3
MIN_DOCUMENTS = 2        # a feature must appear in this many prompts
KEEP_WEIGHT = 0.01       # weights smaller than this are dropped from the shipped file
THRESHOLD = 0.7          # the lowest with no false block in any fold, leaving one corpus out (docs/benchmarks.md)
COVERT_THRESHOLD = 0.8   # covert-work model: the lowest with no false block in any fold, one corpus left out
COVERT_WEIGHT = 3.0      # an example of covert work counts three times (about 145 of them beside 2,700 others)
SEEDS = (682, 683, 684, 685, 686)


# Ordinary requests written to share words with the prohibited uses ("make it read better", "I'll go with
# whatever you say" about a picnic, "which officer is most likely ..."): one a line, all "none".
NEGATIVES = "use_model_negatives.txt"
# Prohibited uses in other words than the corpora's, written by hand: "kind<TAB>request" a line.
POSITIVES = "use_model_positives.txt"


def labelled_prompts() -> list[tuple[str, int | None, int]]:
    """(text, its class for the uses model, 1 if it is covert work else 0). The covert work written by
    hand is left out of the uses model (None): told there that a watch post is "none", it would
    unlearn surveillance."""
    rows = [(line, 0, 0) for line in (ROOT / "tests" / "data" / NEGATIVES).read_text(encoding="utf-8").splitlines()
            if line.strip()]
    for line in (ROOT / "tests" / "data" / POSITIVES).read_text(encoding="utf-8").splitlines():
        if line.strip():
            kind, text = line.split("\t", 1)
            covert = kind == COVERT_CLASSES[1]
            rows.append((text, None if covert else CLASSES.index(kind), int(covert)))
    for name in CORPORA:
        for line in (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            rows.append((item["text"], label_of(item["categories"]), int("nonpublic" in item["categories"])))
    return rows


def label_of(categories: list[str]) -> int:
    """For the uses model: a prohibited use first (it blocks whatever the clearance), then a
    criminal-justice record, else none."""
    uses = [c.split(":", 1)[1] for c in categories if c.startswith("prohibited:")]
    if uses:
        return CLASSES.index(uses[0])
    return CLASSES.index("cji_record") if "cji_record" in categories else 0


def train(rows: list[tuple[str, int]], ordinary: frozenset[str], classes: tuple[str, ...] = CLASSES,
          threshold: float = THRESHOLD, weight_of_use: float = 1.0) -> dict:
    """The model of ``classes`` for ``rows``: the average of one trained from each of SEEDS (a linear
    model still, so reading it costs no more). One order of the examples moves single weights; the
    average keeps what every order agrees on, so a few new lines of training move the others less."""
    trained = [_train_one(rows, ordinary, len(classes), seed, weight_of_use) for seed in SEEDS]
    vocabulary = trained[0][0]
    weights = [[math.fsum(model[1][i][k] for model in trained) / len(trained) for k in range(len(classes))]
               for i in range(len(vocabulary))]
    bias = [math.fsum(model[2][k] for model in trained) / len(trained) for k in range(len(classes))]
    kept = {feature: [round(w, 4) for w in weights[i]] for i, feature in enumerate(vocabulary)
            if max(abs(w) for w in weights[i]) >= KEEP_WEIGHT}
    return {"about": "garda's learned reader of prohibited uses; written by scripts/train_use_model.py",
            "classes": list(classes), "threshold": threshold, "corpora": list(CORPORA),
            "bias": [round(b, 4) for b in bias], "weights": kept}


def _train_one(rows: list[tuple[str, int]], ordinary: frozenset[str], width: int, seed: int,
               weight_of_use: float = 1.0) -> tuple[list[str], list[list[float]], list[float]]:
    """One model by stochastic gradient descent, examples in the order of ``seed``: the vocabulary,
    its weights (averaged over the last epochs) and the bias. An example of a use (any class but
    "none") counts ``weight_of_use`` times: a rare class is otherwise outvoted by the ordinary prompts."""
    documents = [sorted(features(text, ordinary)) for text, _ in rows]
    counts: dict[str, int] = {}
    for document in documents:
        for feature in document:
            counts[feature] = counts.get(feature, 0) + 1
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_DOCUMENTS)
    index = {feature: i for i, feature in enumerate(vocabulary)}
    encoded = [[index[f] for f in document if f in index] for document in documents]
    labels = [label for _, label in rows]
    weights = [[0.0] * width for _ in vocabulary]
    bias = [0.0] * width
    order = list(range(len(rows)))
    shuffle = random.Random(seed).shuffle
    # The weights returned are the average of those after each of the last epochs: one pass's order
    # moves single weights, the average keeps what every pass agrees on (fewer surprises on new text).
    summed = [[0.0] * width for _ in vocabulary]
    summed_bias = [0.0] * width
    for epoch in range(EPOCHS):
        shuffle(order)
        for i in order:
            probabilities = softmax(_scores(encoded[i], weights, bias))
            scale = weight_of_use if labels[i] else 1.0
            gradient = [scale * (p - (1.0 if k == labels[i] else 0.0)) for k, p in enumerate(probabilities)]
            for j in encoded[i]:
                row = weights[j]
                for k in range(width):
                    row[k] -= LEARNING_RATE * (gradient[k] + L2 * row[k])
            for k in range(width):
                bias[k] -= LEARNING_RATE * gradient[k]
        if epoch >= EPOCHS - AVERAGED_EPOCHS:
            for total, row in zip(summed, weights):
                for k in range(width):
                    total[k] += row[k]
            for k in range(width):
                summed_bias[k] += bias[k]
    return (vocabulary, [[w / AVERAGED_EPOCHS for w in row] for row in summed],
            [b / AVERAGED_EPOCHS for b in summed_bias])


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
    rows, ordinary = labelled_prompts(), NameLists.load().ordinary
    model = train([(text, uses) for text, uses, _ in rows if uses is not None], ordinary)
    model["covert"] = train([(text, covert) for text, _, covert in rows], ordinary, COVERT_CLASSES, COVERT_THRESHOLD,
                            COVERT_WEIGHT)
    text = json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n"
    if args.check:
        same = MODEL_FILE.read_text(encoding="utf-8") == text
        print("the shipped model is what the script writes" if same else "the shipped model differs")
        return 0 if same else 1
    MODEL_FILE.write_text(text, encoding="utf-8")
    print(f"{len(model['weights'])} + {len(model['covert']['weights'])} features written to "
          f"{MODEL_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
