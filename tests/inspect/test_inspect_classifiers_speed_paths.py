"""The shortcuts of the use classifiers and of the tactical and medical recognizers find
exactly what the plain ways they stand in for find."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from garda.inspect.classifiers import categorization, cji_record, legal_basis, rationalization, surveillance
from garda.inspect.classifiers.base import TextScan
from garda.inspect.classifiers.literals import trie_source, guard_of, is_plain
from garda.inspect.normalize import Normalizer
from garda.inspect.recognizers.base import PatternRecognizer
from garda.inspect.recognizers.nonpublic import TacticalRecognizer
from garda.inspect.windows import index_of, sharing_index

DATA = Path(__file__).resolve().parents[1] / "data"
PHRASE_CLASSIFIERS = (categorization.CategorizationClassifier, surveillance.SurveillanceClassifier,
                      rationalization.RationalizationClassifier, legal_basis.SoleLegalBasisClassifier,
                      cji_record.CjiRecordClassifier)
ANCHORED_RULES = [rule for classifier in PHRASE_CLASSIFIERS for rule in classifier.rules if rule.anchored]
TACTICAL_PIECES = ("the warrant service at 2417 N 35th St tomorrow at 0500", "SWAT will hit the house",
                   "we are going to serve it", "Units plan to  breach", "at 0600 on Friday", "surveillance van",
                   "UC will pose as 'Dre'", "Det. Cole will go by Tony", "Op plan", "on Monday", "Tonight",
                   "ſting", "Ｓting", "\u212anock", "İnformant", "—", "é", "sweep", "we", "weapon", "x", ".", "\n",
                   "  ", "at", "raid", "no-knock", "Ops plan")


def _corpus() -> list[str]:
    texts = []
    for name in ("prompts.jsonl", "evasion.jsonl", "holdout.jsonl", "uses_dev.jsonl"):
        with open(DATA / name, encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines]
    return texts


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    texts = _corpus()
    rng = random.Random(682)
    joined = [" ".join(rng.choice(texts)[:rng.randint(0, 400)] for _ in range(rng.randint(2, 8))) for _ in range(200)]
    return texts + [t.upper() for t in texts[::7]] + joined


def _word_starts(lower: str) -> list[int]:
    return [p for p, char in enumerate(lower) if char.isalnum() and (p == 0 or not lower[p - 1].isalnum())]


def test_most_anchored_rules_have_a_guard():
    assert sum(rule.guard is not None for rule in ANCHORED_RULES) >= 0.8 * len(ANCHORED_RULES)


def test_a_guard_matches_wherever_its_rule_matches(corpus):
    """Every place a rule matches on a plain text (tried at every word start), its guard matches too."""
    matched = 0
    for text in corpus:
        if not is_plain(text):
            continue
        lower = index_of(text).lower
        starts = _word_starts(lower)
        for rule in ANCHORED_RULES:
            if rule.guard is None:
                continue
            for position in starts:
                if rule.pattern.match(text, position, min(len(text), position + 400)):
                    matched += 1
                    assert rule.guard.match(lower, position), (rule.rule_id, text[position:position + 80])
    assert matched > 300   # the corpus holds many uses: the property is tested where it matters


def _other_guards() -> list[tuple[str, object, object]]:
    """(name, pattern, guard) of the guards that are not an anchored rule's."""
    from garda.inspect.classifiers import base

    found = [(rule.rule_id, rule.started.pattern, rule.started.guard)
             for c in PHRASE_CLASSIFIERS for rule in c.rules if rule.started and rule.started.guard]
    found += [(name, getattr(base, name).pattern, getattr(base, name).guard)
              for name in ("DEFIANT", "PROHIBITED", "PROHIBITED_AFTER", "TRAINING_MARKER") if getattr(base, name).guard]
    from garda.inspect.recognizers import medical, nonpublic

    return found + [("POLICY_QUESTION", base.POLICY_QUESTION, base.POLICY_QUESTION_GUARD),
                    ("TERM", medical.TERM, medical.TERM_OPENING.guard),
                    ("GENERAL_QUESTION", medical.GENERAL_QUESTION, medical.GENERAL_QUESTION_OPENING.guard),
                    ("tactical", nonpublic.TacticalRecognizer.pattern, nonpublic._GUARD)]


def test_other_guards_match_wherever_their_patterns_match(corpus):
    """The same for the first-word scans of the other rules and the excuse checks, tried at every
    place with no letter or digit before it."""
    guards = _other_guards()
    assert len(guards) >= 25
    texts = corpus + ["How does the SOP treat this? Sort them by race.", "  what is the policy on AI",
                           "Explain the department's policy. Track him anyway.", "AI may not be used to sort people"]
    matched = 0
    for text in texts:
        if not is_plain(text):
            continue
        lower = index_of(text).lower
        for position in [p for p in range(len(lower)) if p == 0 or not lower[p - 1].isalnum()]:
            for name, pattern, guard in guards:
                if pattern.match(text, position, min(len(text), position + 400)):
                    matched += 1
                    assert guard.match(lower, position), (name, text[position:position + 80])
    assert matched > 250


def test_a_guard_is_looser_than_its_pattern_on_made_up_phrasings():
    rng = random.Random(35)
    words = "is was the my he she they this it tell me whether if legal ok to that i we him her her's".split()
    blanks = [" ", "  ", "\n", "\t", " \u00a0", "\u2003"]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(blanks) for _ in range(rng.randint(1, 9)))
        text = rng.choice([text, text.upper(), text.title()])
        lower = index_of(text).lower
        for rule in ANCHORED_RULES:
            if rule.guard is not None and rule.pattern.match(text, 0):
                assert rule.guard.match(lower, 0), (rule.rule_id, text)


def test_guard_of_reads_words_blanks_and_classes_it_knows():
    guard = guard_of(r"\b(?:is|was)\s+(?-i:\p{Lu}\p{Ll}+)[^.?!\n]{0,9}?\b(?:guilty)")
    assert guard.pattern == r"(?:(?:is|was)\s{1,}(?:\S\S{1,})[^.?!\n]{0,9}(?:guilty))"
    # A class of blanks and marks reads as written; one with a range (which might take letters) stops the guard.
    assert guard_of(r"\b(?:is|was)\s+(?:he|she)[-\s]x").pattern == r"(?:(?:is|was)\s{1,}(?:he|she)[-\s]x)"
    assert guard_of(r"\b(?:is|was)\s+(?:he|she)[@-_\s]x").pattern == r"(?:(?:is|was)\s{1,}(?:he|she))"
    assert guard_of(r"\bdossier\b") is None   # no more than the first word
    assert guard_of(r"(?P<x>is)\s+he") is None   # syntax the reader does not know


def _plain_tactical() -> PatternRecognizer:
    class Plain(TacticalRecognizer):
        def _led_matches(self, text, lead):
            return PatternRecognizer._led_matches(self, text, lead)
    return Plain()


def test_tactical_skips_only_places_where_nothing_matches(corpus):
    normalizer = Normalizer()
    fast, plain = TacticalRecognizer(), _plain_tactical()
    rng = random.Random(7)
    made_up = [" ".join(rng.choice(TACTICAL_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(400)]
    found = 0
    for text in corpus + made_up:
        seen = normalizer(text).text
        with sharing_index():
            expected = [(f.start, f.end, f.score) for f in plain.find(seen)]
            assert [(f.start, f.end, f.score) for f in fast.find(seen)] == expected, seen[:200]
        found += len(expected)
    assert found > 100


def test_cue_places_in_the_ascii_copy_equal_those_in_the_lowercased_text(corpus):
    rng = random.Random(11)
    oddities = ["é", "—", "“", "’", "\u00a0", "\u2003", "²", "İ", "\u212a", "ſ", "0", "_", "\x07", "日本"]
    texts = corpus[:400] + ["".join(rng.choice(oddities) + w for w in rng.choice(corpus).split()[:60]) for _ in range(300)]
    cues = sorted(frozenset().union(*(rule.cues for c in PHRASE_CLASSIFIERS for rule in c.rules)))
    for text in texts:
        scan = TextScan(index_of(text))
        assert len(scan.ascii_lower) == len(text) and scan.ascii_lower.isascii()
        lower = scan.lower
        for cue in cues:
            if cue in scan.vocabulary or cue in lower:
                expected = [p for p in range(len(lower)) if lower.startswith(cue, p)
                            and (p == 0 or not lower[p - 1].isalnum())
                            and (p + len(cue) == len(lower) or not lower[p + len(cue)].isalnum())]
                assert scan._cue_positions(cue) == expected, (cue, text[:120])


def test_a_trie_scanner_finds_the_places_of_a_flat_list():
    rng = random.Random(5)
    letters = "abs0-'"
    for _ in range(400):
        words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 9))}
        trie = re.compile(trie_source(words))
        flat = re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
        text = "".join(rng.choice(letters + " ") for _ in range(80))
        assert [p for p in range(len(text)) if trie.match(text, p)] == [p for p in range(len(text)) if flat.match(text, p)]


def test_medical_terms_found_from_their_openings_equal_the_lead_scan(corpus):
    from garda.inspect.recognizers import medical
    from garda.inspect.recognizers.leads import led_finditer

    rng = random.Random(3)
    pieces = ["diagnosed with bipolar disorder", "what is PTSD", "a broken left wrist", "he takes Seroquel",
              "history of seizures", "his", "the", "is on", "in the ICU", "ſeizures", "İnsulin", "é", "—", "\n", "."]
    made_up = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(300)]
    for pattern, opening in ((medical.TERM, medical.TERM_OPENING),
                             (medical.GENERAL_QUESTION, medical.GENERAL_QUESTION_OPENING)):
        assert opening.scanner is not None and opening.guard is not None
        for text in corpus[:600] + made_up:
            start = rng.randint(0, len(text))
            for bounds in ((0, len(text)), (start, len(text))):
                expected = [m.span() for m in led_finditer(pattern, text, *bounds)]
                assert [m.span() for m in medical._opened_finditer(pattern, opening, text, *bounds)] == expected
