"""Prompts of a given size built from the labelled corpus, identical for every engine measured."""

from __future__ import annotations

import random
from pathlib import Path

from bench.report import REPO

CORPUS = REPO / "tests" / "data" / "prompts.jsonl"
SIZES = {"200 chars": 200, "1 KB": 1024, "4 KB": 4096, "16 KB": 16384}


def corpus_texts(path: Path = CORPUS, expected: frozenset[str] | None = None) -> list[str]:
    """The corpus prompts' texts; only those whose labelled decision is in `expected`, if given."""
    from garda.evaluation.corpus import load_corpus

    return [item.text for item in load_corpus(path) if expected is None or item.expected in expected]


def sized_prompts(texts: list[str], size: int, count: int, seed: int = 682) -> list[str]:
    """`count` different prompts of exactly `size` characters: corpus prompts joined in a
    seeded random order, cut at the size (a cut may fall inside a word, as pasted text does)."""
    rng = random.Random(f"{seed}:{size}")
    prompts = []
    for _ in range(count):
        order = rng.sample(texts, len(texts))
        pieces, length = [], 0
        for text in order:
            pieces.append(text)
            length += len(text) + 2
            if length >= size:
                break
        prompts.append("\n\n".join(pieces)[:size])
    return prompts
