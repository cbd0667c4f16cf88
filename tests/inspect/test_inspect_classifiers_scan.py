"""The classifiers' fast paths find exactly what the plain searches they replace would find."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import regex

from garda.inspect import budget
from garda.inspect.classifiers import base, categorization, cji_record, legal_basis, protected, rationalization
from garda.inspect.classifiers import surveillance
from garda.inspect.classifiers.base import (
    ABBREVIATION_DOT, DEFIANCE, NON_BREAK, POLICY_QUESTION, PROHIBITION_BEFORE, SENTENCE_END, TRAINING,
    TRAINING_CUES, PhraseClassifier, TextScan, widened, widened_end, widened_start)
from garda.inspect.classifiers.literals import UNPLAIN, Started, leading_literals, monotone_prefix
from garda.inspect.windows import SENTENCE_BREAK, index_of, sharing_index

DATA = Path(__file__).resolve().parents[1] / "data"
PHRASE_CLASSIFIERS = (categorization.CategorizationClassifier, surveillance.SurveillanceClassifier,
                      rationalization.RationalizationClassifier, legal_basis.SoleLegalBasisClassifier,
                      cji_record.CjiRecordClassifier)
PIECES = ["Sort these suspects by race.", "track him", "please track John Smith", "Is it legal", "?", "!", ".",
          "was the search legal", "run NCIC on", "Mr.", "St.", "A.", "hypothetical", "for training", "anyway",
          "DOB/", "SEX /", "B/M", "w/f", "arrest:", "  1. ", "2019 ARREST", "WARRANT NO", "white male", "of asian descent",
          "ſort", "İs", "²", "§", "“", "\n", "\n\n", " ", ", ", "warrant #12-34", "court order signed", "i", "is"]


SEPARATORS = [" ", " ", "\n", ". ", "(", '"', "“", ", ", "", "\n\n", "-", "/"]


def _corpus() -> list[str]:
    texts = []
    for name in ("prompts.jsonl", "evasion.jsonl"):
        with open(DATA / name, encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines]
    return texts


def _mixed(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    corpus = _corpus()
    texts = []
    for _ in range(count):
        parts = [rng.choice(PIECES) if rng.random() < 0.5 else rng.choice(corpus)[:rng.randint(0, 300)]
                 for _ in range(rng.randint(1, 12))]
        texts.append("".join(part + rng.choice(SEPARATORS) for part in parts))
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _corpus() + _mixed(682, 600)


def _reference_find(classifier: PhraseClassifier, text: str) -> list:
    """The rule search as first written: every rule, every sentence holding a cue, plain searches."""
    index = index_of(text)
    hits = {}
    for current in classifier.rules:
        if current.needs and not index.has_any(current.needs):
            continue
        for start, end, match in _reference_matches(current, index):
            if start in hits or _reference_excused(classifier, text, start, end, match.start()):
                continue
            hits[start] = classifier.use(text, match, current.rule_id, current.explanation)
    return sorted(hits.values(), key=lambda u: (u.start, u.end))


def _reference_matches(current, index):
    text = index.text
    positions = index.positions(current.cues)
    if not current.anchored:
        for start, end in index.sentences_at(positions):
            start, end = widened(text, start, end)
            match = current.pattern.search(text, start, end)
            if match:
                yield start, end, match
        return
    for position in positions:
        end = widened_end(text, index.sentence_end(position, base.ANCHORED_REACH))
        match = current.pattern.match(text, position, end)
        if match:
            yield widened_start(text, index.sentence_start(position)), end, match


def _reference_excused(classifier, text, start, end, match_start) -> bool:
    if isinstance(classifier, cji_record.CjiRecordClassifier) and cji_record.teaches(text, start, end):
        return True
    if classifier.excused_by_policy_question:
        if DEFIANCE.search(text, start, end) is None:
            if POLICY_QUESTION.match(text, start, end):
                return True
            if PROHIBITION_BEFORE.search(text, max(start, match_start - 60), match_start):
                return True
    if not classifier.excused_by_training:
        return False
    index = index_of(text)
    cues = [p for p in index.positions(TRAINING_CUES) if p < match_start]
    marked = any(TRAINING.search(text, s, min(e, match_start)) for s, e in index.windows_at(cues, 2, 40))
    return marked and DEFIANCE.search(text) is None


@pytest.mark.parametrize("classifier", PHRASE_CLASSIFIERS, ids=lambda c: c.name)
def test_rules_find_what_plain_searches_find(classifier, texts):
    found = classifier()
    for text in texts:
        with budget.budget(30), sharing_index():
            assert list(PhraseClassifier.find(found, text)) == _reference_find(found, text), text[:200]


def test_a_shared_scan_changes_nothing(texts):
    classifiers = [c() for c in PHRASE_CLASSIFIERS] + [protected.ProtectedCharacteristicClassifier()]
    for text in texts[:200]:
        alone = [list(c.find(text)) for c in classifiers]
        with budget.budget(30), sharing_index():
            shared = [list(c.find(text)) for c in classifiers]
        assert alone == shared


@pytest.mark.parametrize("pattern", [
    DEFIANCE, PROHIBITION_BEFORE, TRAINING, cji_record.RECORD_HEADER, cji_record.RECORD_KEY, cji_record.DATED_ENTRY,
    protected.DESCRIPTOR, surveillance.LEGAL_AUTHORITY,
], ids=lambda p: p.pattern[:30])
def test_started_searches_equal_plain_searches(pattern, texts):
    started = Started.of(pattern)
    assert started.starts is not None
    rng = random.Random(7)
    for text in texts:
        scan = TextScan(index_of(text))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = pattern.search(text, start, end)
        found = started.search(scan, start, end)
        assert (found and found.span()) == (expected and expected.span())
        assert [m.span() for m in started.findall(scan)] == [m.span() for m in pattern.finditer(text)]


def test_field_tags_race_codes_and_history_lines_equal_plain_scans(texts):
    for text in texts + ["DOB/01 SEX/M RAC/W", "B/M w/f H/F/x", " 1. ARREST: 2019\n\n  Charge - theft\nstatus:"]:
        assert cji_record._field_tags(text) is not None
        assert [m.span() for m in cji_record._field_tags(text)] == [
            m.span() for m in cji_record.FIELD_TAG.finditer(text)]
        assert [m.span() for m in protected._race_sex_codes(text)] == [
            m.span() for m in protected.RACE_SEX_CODE.finditer(text)]
        scan = TextScan(index_of(text))
        assert [m.span() for m in cji_record._history_lines(scan)] == [
            m.span() for m in cji_record.HISTORY_LINE.finditer(text)]


def test_sentence_ends_equal_the_index(texts):
    rng = random.Random(3)
    shapes = ["".join(rng.choice(".!?\n x\t\x1c\u2028a") for _ in range(rng.randint(1, 40))) for _ in range(300)]
    for text in shapes + texts[:50]:
        index, scan = index_of(text), TextScan(index_of(text))
        for position in range(0, len(text), max(1, len(text) // 40)):
            for limit in (1, 3, 240, 400):
                assert scan.sentence_end(position, limit) == index.sentence_end(position, limit)
        for start in range(len(text) + 1):
            expected, found = SENTENCE_BREAK.search(text, start), SENTENCE_END.search(text, start)
            assert (found and found.span()) == (expected and expected.span())


def test_quick_twin_is_used_only_where_no_period_closes_an_abbreviation():
    assert ABBREVIATION_DOT.match("Det. Ruiz", 3)
    assert ABBREVIATION_DOT.match("N. 35th", 1)
    assert not ABBREVIATION_DOT.match("the car. Then", 7)
    rule = next(r for r in categorization.CategorizationClassifier.rules if r.rule_id == "sort-by")
    assert NON_BREAK in rule.pattern.pattern and rule.quick is not None
    scan = TextScan(index_of("Sort the people seen on N. Water St. by race."))
    assert scan.pattern_for(rule, 0, 45) is rule.pattern
    scan = TextScan(index_of("Sort the people seen on the corner by race."))
    assert scan.pattern_for(rule, 0, 43) is rule.quick


@pytest.mark.parametrize(("source", "expected"), [
    (r"\b(?:sort|group)\s+by", ((("group", True), ("sort", True)), False)),
    (r"\bcategori[sz]e\b", ((("categori", True),), False)),
    (r"(?<!not\s)\b(?:make|makes)\s+it", ((("make", True),), False)),
    (r"(?:please\s+)?track", ((("please", False), ("track", False)), False)),
    (r"\blets?\s+go", ((("let", True),), False)),
])
def test_leading_literals(source, expected):
    prefixes, exact = leading_literals(source)
    assert (set(prefixes), exact) == (set(expected[0]), expected[1])


@pytest.mark.parametrize("source", [r"\s*what", r"(?:x)?", r"[A-Z]{2}", r"(?-i:\p{Lu}\p{Ll}+)", r"(?i)what", r"\d+ years"])
def test_leading_literals_give_up_on_what_they_cannot_promise(source):
    assert leading_literals(source) is None


def test_case_sensitive_patterns_scan_the_text_itself():
    prefixes, exact = leading_literals(r"\b(?:NCIC|TIME\s+(?i:system))", fold=False)
    assert (set(prefixes), exact) == ({("NCIC", True), ("TIME", True)}, True)
    assert leading_literals(r"(?i:NCIC)", fold=False) == ((("ncic", False),), False)


def test_unplain_characters_are_every_one_the_lowercased_text_would_misread():
    """Letters a case-insensitive pattern equates with an ASCII letter but the lowercased text does not,
    and characters str.isalnum() takes for word characters that regex does not."""
    folds_to_ascii = regex.compile(r"(?i)[a-z]")
    word = regex.compile(r"\w")
    misread = []
    for code in range(0x80, 0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        lower = char.lower() if len(char.lower()) == 1 else char
        if folds_to_ascii.match(char) and not ("a" <= lower <= "z"):
            misread.append(char)
        elif lower.isalnum() and not word.match(char):
            misread.append(char)
    assert misread and all(UNPLAIN.match(char) for char in misread)


def test_spent_budget_still_fails_closed():
    text = "Please track John Smith. Is it legal to search him? Sort these suspects by race."
    for classifier in [c() for c in PHRASE_CLASSIFIERS] + [protected.ProtectedCharacteristicClassifier()]:
        with budget.budget(-1.0), sharing_index(), pytest.raises(TimeoutError):
            list(classifier.find(text))


@pytest.mark.parametrize("unit", [
    "Is the search legal? Does he have warrants? Should I arrest him? ",
    "is is was the stop legal ",
    "Run NCIC on the plate. ",
    "please track him and monitor her phone\n",
])
def test_texts_crowded_with_cue_words_find_what_plain_searches_find(unit):
    text = (unit * (20000 // len(unit) + 1))[:20000]
    for classifier in PHRASE_CLASSIFIERS:
        found = classifier()
        with budget.budget(60), sharing_index():
            assert list(PhraseClassifier.find(found, text)) == _reference_find(found, text)


def test_monotone_prefix_stops_at_the_first_assertion_after_a_letter():
    assert monotone_prefix(r"\b(?:is|was)\s+(?:the|my)\s+(?:\w+\s+)?legal\b") == r"(?:\b(?:is|was)\s+(?:the|my)\s+(?:\w+\s+)?legal)"
    assert monotone_prefix(r"(?<!not\s)\bmake\s+(?:it|him)(?!')\s+look") == r"(?:(?<!not\s)\bmake\s+(?:it|him))"
    assert monotone_prefix(r"\bs\b") is None   # one consuming item is too little to sort anything out
    assert monotone_prefix(r"(?=x)abc") is None   # a look-ahead before the first letter sees past the start
