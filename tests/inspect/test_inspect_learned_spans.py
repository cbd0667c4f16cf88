"""The learned span taggers (medical details, licence plates, case numbers): what they add to the
rules, what they leave alone, and that they read what the trainer wrote.

The sentences below are my own, written after the taggers were trained and kept out of their training
(tests/data/span_model_negatives.txt holds other sentences).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from garda.inspect.engine import default_inspector
from garda.inspect.recognizers.learned_spans import (
    MODEL_FILE, TOKEN, UNKNOWN_CAPITAL, LearnedSpanRecognizer, token_features, token_key
)
from garda.inspect.recognizers.person import NameLists
from garda.inspect.spans import SpanType
from tests.inspect.inspect_support import half_covered, typed

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tagger() -> LearnedSpanRecognizer:
    return LearnedSpanRecognizer()


@pytest.fixture(scope="module")
def inspectors():
    return default_inspector(), default_inspector(learned_spans=False)


@pytest.mark.parametrize(("text", "phrase"), [
    ("The driver told us he has a bad heart and carries nitro pills.", "a bad heart"),
    ("She's 7 months along and was having contractions in the back of the squad.", "7 months along"),
    ("vic had a busted lip and a chipped tooth, refused transport", "busted lip"),
    ("The boy has a severe peanut allergy and needed his EpiPen at the scene.", "a severe peanut allergy"),
    ("Grandpa is on hospice at home with stage 4 lung cancer, per the caller.", "hospice"),
])
def test_it_finds_phrases_the_rules_miss(inspectors, text, phrase):
    with_tagger, rules_alone = inspectors
    assert half_covered(with_tagger.inspect(text), SpanType.MEDICAL, phrase)
    assert not half_covered(rules_alone.inspect(text), SpanType.MEDICAL, phrase)


@pytest.mark.parametrize("text", [
    "The squad's side mirror was broken when it came back from the shop. Proofread.",
    "He was exhausted after the double shift and went home to sleep.",
    "The caller said her phone was dead and her car battery was shot.",
    "She was treated unfairly by the landlord, she says; draft a referral to the tenant union.",
    "He dropped off a box of bandages and gloves for the district's first aid cabinets.",
    "My sergeant says the report looks healthy now; tighten the last paragraph.",
    "The victim's laptop screen was cracked and the charger cord was cut.",
    "He told me the meeting gave him a headache, figuratively speaking. Make it formal.",
    "Explain to the recruits what a fentanyl overdose looks like and when to give naloxone.",
    "The witness works as a pharmacist at the Walgreens on Layton and saw the car.",
])
def test_near_misses_hold_no_health_information(inspectors, text):
    assert typed(inspectors[0].inspect(text), SpanType.MEDICAL) == []


def test_a_case_number_the_rules_miss_is_found_whole(inspectors):
    """The tagger reads '26' as the start of a case number; the span is the whole string it starts."""
    text = "File ref 26-8812 has the photos from the scene."
    with_tagger, rules_alone = inspectors
    assert typed(with_tagger.inspect(text), SpanType.CASE_NUMBER) == ["26-8812"]
    assert typed(rules_alone.inspect(text), SpanType.CASE_NUMBER) == []


@pytest.mark.parametrize("text", [
    "Call 911 and ask for District 5; squad 4512 will respond.",
    "Statute 940.19(1) covers battery; see SOP 682.35.",
    "The meeting is at 1430 hrs in room 214.",
    "Ordinance 101-20 limits parking to 2 hours.",
    "Highway 41 was closed from 2200 to 0500.",
    "The policy took effect in 2026 and replaces SOP 630.",
    "Form PD-417 goes to the records unit by Friday.",
    "Unit 2B responded with Engine 31 and Med 12.",
])
def test_numbers_that_are_no_plate_or_case_stay_clear(inspectors, text):
    inspection = inspectors[0].inspect(text)
    assert typed(inspection, SpanType.CASE_NUMBER) == [] and typed(inspection, SpanType.LICENSE_PLATE) == []


def test_a_phrase_starts_and_ends_at_a_word_of_its_own(tagger):
    """Neither a joining word ('has', 'and') nor a word of time ('again') is an edge of a phrase."""
    found = [f.text for f in tagger.find("The driver told us he has a bad heart and carries nitro pills.")]
    assert found and found[0].startswith("a bad heart")
    found = [f.text for f in tagger.find("He has been hearing voices again and stopped taking his clozapine.")]
    assert found and found[0] == "hearing voices"


def test_scores_are_the_sum_of_the_weights_the_trainer_names(tagger):
    models = json.loads(MODEL_FILE.read_text(encoding="utf-8"))["models"]
    for text in ("mom says he's been off his lithium for a month and hasn't slept",
                 "A", "12 stitches, 2 mg; (Froedtert) -- see pt's chart! Case 26-113457, plate ABC-1234."):
        words = TOKEN.findall(text)
        keys, per_type = tagger.taggers.scores(words)
        for span_type, scores in zip(tagger.taggers.types, per_type):
            weights = models[span_type.value]["weights"]
            for index, score in enumerate(scores):
                expected = sum(weights.get(feature, 0.0) for feature in token_features(list(keys), words, index))
                assert score == pytest.approx(expected, abs=1e-9)


def test_no_listed_name_is_a_word_of_its_vocabulary():
    """A name is never evidence: the vocabulary holds no listed given name or surname that is not
    also an ordinary word."""
    names = NameLists.load()
    vocabulary = LearnedSpanRecognizer().taggers.vocabulary   # the taggers share one vocabulary
    listed = [word for word in vocabulary
              if word not in names.ordinary and (names.is_given(word) or names.is_surname(word))]
    assert listed == []
    assert token_key("Nguyen", vocabulary) == UNKNOWN_CAPITAL


def test_a_long_text_is_read_at_its_start_and_its_end(tagger):
    """Past 16 KB the taggers read the first 12 KB and the last 4 KB (at most 2,000 and 500 tokens);
    the rules read everything. Offsets in the tail are the text's own."""
    filler = "The vehicle was parked on the east side of the lot near the fence. " * 400
    told = "He told me he is 7 months along with twins."
    for text in (told + " " + filler, filler + told):
        found = list(tagger.find(text))
        assert [text[f.start:f.end] for f in found] == [f.text for f in found]
        assert any("7 months along" in f.text for f in found)
    middle = filler[:len(filler) // 2] + told + filler[len(filler) // 2:]
    assert list(tagger.find(middle)) == []


def test_it_is_on_unless_the_setting_turns_it_off(tmp_path, monkeypatch):
    from garda.settings import load_settings

    assert "learned_spans" in [r.name for r in default_inspector().recognizers]
    assert "learned_spans" not in [r.name for r in default_inspector(learned_spans=False).recognizers]
    monkeypatch.setenv("GARDA_LEARNED_SPANS", "false")
    assert load_settings(home=tmp_path).learned_spans is False


def test_the_shipped_model_is_what_the_script_writes():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_span_models.py"), "--check"],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_token_places_are_found_as_the_pattern_finds_them():
    """The taggers find where their tokens stand by looking for each one's text after the last (only blanks
    and underscores lie between); on any text that must agree with the token pattern's own offsets."""
    from garda.inspect.recognizers.learned_spans import _spans

    rng = random.Random(682)
    alphabet = "ab A1_ \n.,'’-\u0301é\u200b日"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        start = rng.randint(0, len(text))
        words = TOKEN.findall(text, start)
        assert _spans(text, start, words, len(words)) == [m.span() for m in TOKEN.finditer(text, start)]
