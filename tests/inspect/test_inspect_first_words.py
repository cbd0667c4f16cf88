"""A rule's first words: every match of its pattern opens at one of the places the word index gives."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from garda.inspect.classifiers import base, categorization, cji_record, legal_basis, rationalization, surveillance
from garda.inspect.classifiers.base import TextScan
from garda.inspect.classifiers.literals import first_words, is_plain, words_behind

DATA = Path(__file__).resolve().parents[1] / "data"
CLASSIFIERS = (categorization.CategorizationClassifier, surveillance.SurveillanceClassifier,
               rationalization.RationalizationClassifier, legal_basis.SoleLegalBasisClassifier,
               cji_record.CjiRecordClassifier)


def _started_with_words():
    found = [(rule.rule_id, rule.started) for c in CLASSIFIERS for rule in base._rules_of(c)
             if rule.started and rule.started.words is not None]
    found += [(name, getattr(base, name)) for name in ("DEFIANT", "PROHIBITED_AFTER", "TRAINING_MARKER")]
    return found


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = []
    for name in ("evasion.jsonl", "uses_dev.jsonl"):   # the corpora richest in uses
        with open(DATA / name, encoding="utf-8") as lines:
            found += [json.loads(line)["text"] for line in lines]
    rng = random.Random(35)
    sample = rng.sample(found, min(len(found), 400))
    return sample + ["“-w/f“Write the reasons I can give", "Sort them by race. track him", "whichever", "x" * 30 + "sort"]


def test_first_words_read_from_patterns():
    assert first_words(r"\b(?:sort|categori[sz]e|break\s+down)\s+them") == {"sort", "categorise", "categorize", "break"}
    assert first_words(r"\b(?:let'?s|keep)\s+") == {"let", "lets", "keep"}
    assert first_words(r"(?:sort|group)\s+") is None   # no word boundary before: a match may open inside a word
    assert first_words(r"\bsort(?:ing)*") is None   # the word may run on
    assert first_words(r"(?<=(?:^|[.!?\n])\s*)(?:track|watch)\s+him|\bplease\s+track") == {"track", "watch", "please"}
    assert words_behind(r"(?<=(?:^|[.!?\n])\s*)(?:track|watch)\s+him|\bplease\s+track") == {
        "track": r"(?<=(?:^|[.!?\n])\s*)", "watch": r"(?<=(?:^|[.!?\n])\s*)"}


def test_every_match_opens_at_a_word_place(texts):
    """Tried at every position of each window-sized stretch: a match found there is at a place the
    word index (and the look-behind checks) give for that stretch."""
    started = _started_with_words()
    assert len(started) >= 25
    matched = 0
    for text in texts:
        if not is_plain(text):
            continue
        scan = TextScan(base.index_of(text))
        for name, each in started:
            for window_start in range(0, len(text), 150):
                window_end = min(len(text), window_start + 200)
                places = set(scan.word_places(each.words, window_start, window_end, each.behind))
                for position in range(window_start, window_end):
                    if each.pattern.match(text, position, window_end):
                        matched += 1
                        assert position in places, (name, text[position:position + 60])
    assert matched > 50   # the property is tested where rules do match
