"""Train the learned span taggers (garda/inspect/recognizers/learned_spans.py).

    python scripts/train_span_models.py            # writes garda/inspect/data/span_models.json
    python scripts/train_span_models.py --check    # exit 1 if the shipped models differ

For each span type of TYPES, a logistic regression over each token's features (the token, the two
words either side of it, the words within four of it, a lowercase word's endings), telling a token
inside a span of that type in the labelled corpora from one outside. The types share one vocabulary,
from which words that are listed names (and not ordinary words) are left out, so a name is never
evidence. Deterministic: fixed corpora, one fixed order per epoch, sums in a fixed order; pure
Python (about a minute).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from garda.inspect.recognizers.learned_spans import MODEL_FILE, TOKEN, token_features, token_key  # noqa: E402
from garda.inspect.recognizers.person import NameLists  # noqa: E402

# Every labelled corpus up to the ninth: the tenth was written to measure the medical tagger blind.
CORPORA = ("prompts.jsonl", "evasion.jsonl", "holdout.jsonl", "holdout2.jsonl", "holdout3.jsonl", "holdout4.jsonl",
           "holdout5.jsonl", "holdout6.jsonl", "holdout7.jsonl", "holdout8.jsonl", "holdout9.jsonl")
# Per type: a token at or above the threshold is part of a span; a span holds one at or above the seed.
# Chosen on corpora left out of training and on near misses of my own (docs/benchmarks.md).
TYPES = {"MEDICAL": {"threshold": -1.0, "seed": 3.0},
         "LICENSE_PLATE": {"threshold": 0.0, "seed": 2.0},
         "CASE_NUMBER": {"threshold": 0.0, "seed": 2.0}}
EPOCHS = 20
AVERAGED_EPOCHS = 5       # the last epochs whose weights are averaged
LEARNING_RATE = 0.2
L2 = 3e-3                 # chosen on corpora left out of training, with the near misses (docs/benchmarks.md)
POSITIVE_WEIGHT = 3.0     # a token inside a span counts three times (about 3 % of tokens are medical)
MIN_DOCUMENTS = 2         # a word must appear in this many texts to be in the vocabulary
KEEP_WEIGHT = 0.03        # weights smaller than this are dropped from the shipped file
SEED = 682
# Sentences of my own that share the corpora's medical words without being health information ("a broken
# mirror", "treated to lunch", "out of breath after the stairs") and general questions: one a line, no span.
NEGATIVES = "span_model_negatives.txt"
NEGATIVE_REPEATS = 3      # each counts this many times


def read_rows(corpora: Sequence[str]) -> list[dict]:
    rows = []
    for name in corpora:
        with open(ROOT / "tests" / "data" / name, encoding="utf-8") as lines:
            rows += [json.loads(line) for line in lines if line.strip()]
    return rows


def negative_rows() -> list[dict]:
    lines = (ROOT / "tests" / "data" / NEGATIVES).read_text(encoding="utf-8").splitlines()
    return [{"text": line, "spans": []} for line in lines if line.strip()]


def vocabulary_of(rows: list[dict], names: NameLists) -> frozenset[str]:
    """Lowercase words found in MIN_DOCUMENTS texts or more, less the listed names that are not ordinary words."""
    documents: dict[str, int] = {}
    for row in rows:
        for word in {m.group().lower() for m in TOKEN.finditer(row["text"]) if m.group()[0].isalpha()}:
            documents[word] = documents.get(word, 0) + 1
    return frozenset(word for word, count in documents.items() if count >= MIN_DOCUMENTS and (
        word in names.ordinary or not (names.is_given(word) or names.is_surname(word))))


def examples(rows: list[dict], vocabulary: frozenset[str],
             types: Sequence[str]) -> dict[str, list[tuple[list[str], int]]]:
    """Per span type, (features, 1 if the token overlaps a span of that type else 0) for every token of
    every text; the types share each token's features, worked out once."""
    found: dict[str, list[tuple[list[str], int]]] = {span_type: [] for span_type in types}
    for row in rows:
        spans = {span_type: [(s["start"], s["end"]) for s in row["spans"] if s["type"] == span_type]
                 for span_type in types}
        tokens = list(TOKEN.finditer(row["text"]))
        words = [token.group() for token in tokens]
        keys = [token_key(word, vocabulary) for word in words]
        for index, token in enumerate(tokens):
            features = token_features(keys, words, index)
            for span_type in types:
                inside = any(start < token.end() and token.start() < end for start, end in spans[span_type])
                found[span_type].append((features, int(inside)))
    return found


def train(data: list[tuple[list[str], int]]) -> dict[str, float]:
    """Stochastic gradient descent, one fixed shuffle per epoch; the average of the last epochs' weights."""
    weights: dict[str, float] = {}
    summed: dict[str, float] = {}
    order = random.Random(SEED)
    data = list(data)
    for epoch in range(EPOCHS):
        order.shuffle(data)
        for features, label in data:
            score = sum(weights.get(feature, 0.0) for feature in features)
            probability = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
            step = LEARNING_RATE * (probability - label) * (POSITIVE_WEIGHT if label else 1.0)
            for feature in features:
                weight = weights.get(feature, 0.0)
                weights[feature] = weight - step - LEARNING_RATE * L2 * weight
        if epoch >= EPOCHS - AVERAGED_EPOCHS:
            for feature, weight in weights.items():
                summed[feature] = summed.get(feature, 0.0) + weight
    averaged = {feature: total / AVERAGED_EPOCHS for feature, total in summed.items()}
    return {feature: round(weight, 6) for feature, weight in sorted(averaged.items()) if abs(weight) >= KEEP_WEIGHT}


def build(corpora: Sequence[str] = CORPORA, types: Sequence[str] = tuple(TYPES)) -> dict:
    rows = read_rows(corpora)
    negatives = negative_rows()
    vocabulary = vocabulary_of(rows + negatives, NameLists.load())
    everything, repeated = examples(rows + negatives, vocabulary, types), examples(negatives, vocabulary, types)
    models = {span_type: {**TYPES[span_type],
                          "weights": train(everything[span_type] + repeated[span_type] * (NEGATIVE_REPEATS - 1))}
              for span_type in types}
    # every word the models were trained with as itself: left out, one whose weights were all dropped
    # would read as an unknown word, which weighs what rare words do
    return {"corpora": list(corpora), "vocabulary": sorted(vocabulary), "models": models}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the shipped models differ from fresh ones")
    parser.add_argument("--corpora", nargs="+", default=list(CORPORA), help="train on these files of tests/data")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    args = parser.parse_args()
    written = json.dumps(build(args.corpora), ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    if args.check:
        same = args.out.read_text(encoding="utf-8") == written
        print("the shipped span models are up to date" if same else "the shipped span models differ: retrain")
        return 0 if same else 1
    args.out.write_text(written, encoding="utf-8")
    print(f"wrote {args.out} ({len(written) // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
