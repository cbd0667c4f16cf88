"""Properties over random and adversarial text: offsets valid, spans disjoint, time bounded."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from garda.inspect.bench import ADVERSARIAL_KINDS, adversarial
from garda.inspect.engine import default_inspector

PIECES = [
    "Jane Doe", "victim ", "SSN 123-45-6789", "(414) 555-0142", "2417 N. 35th St., Apt 3", "DOB 03/14/1988",
    "jane@example.org", "VIN 1HGCM82633A004352", "WI plate ABC-1234", "case 2026-004512", "CI #4471",
    "4 1 4 5 5 5 0 1 4 2", "SMITH, JOHN A.", "talked to john smith", "sort these suspects by race",
    "track his phone", "warrant #W-2026-00812", "192.168.1.20", "\u200b", "\u00ad", "Ј", "ａ", "１", "\n",
    "ﬁ", "İ", "ß", "—", " ", ".", "-", "/", ",", "'", "\"", "(", ")", "#", "@",
]
ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",))
TEXTS = st.lists(st.one_of(st.sampled_from(PIECES), st.text(ALPHABET, max_size=12)), max_size=40).map("".join)


@pytest.fixture(scope="module")
def engine():
    return default_inspector(timeout_seconds=5.0)


def check_invariants(text, inspection):
    previous_end = 0
    for finding in inspection.findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.start >= previous_end, "findings overlap or are unsorted"
        assert finding.text == text[finding.start:finding.end]
        previous_end = finding.end
    for use in inspection.uses:
        assert 0 <= use.start <= use.end <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_random_text_keeps_the_invariants(engine, text):
    check_invariants(text, engine.inspect(text))


@settings(max_examples=100, deadline=None)
@given(st.text(ALPHABET, max_size=400))
def test_arbitrary_unicode_keeps_the_invariants(engine, text):
    check_invariants(text, engine.inspect(text))


@pytest.mark.parametrize("kind", ADVERSARIAL_KINDS)
def test_64_kb_adversarial_text_is_inspected_quickly(engine, kind):
    text = adversarial(kind)
    began = time.perf_counter()
    inspection = engine.inspect(text)
    elapsed = time.perf_counter() - began
    check_invariants(text, inspection)
    assert elapsed < 1.0, f"{kind}: {elapsed:.3f} s"   # pathological slowness only: the figures are in bench


def _cue_words(detector) -> list[str]:
    cues = set(getattr(detector, "cues", ()) or ())
    for rule in getattr(detector, "rules", ()):
        cues |= rule.cues
    return sorted(cues) or ["a"]


@pytest.mark.parametrize("filler", ["# : - 1 A. ", "s the of 12 Ab, ", "aaaa aaaa aaaa ", "1-1-1-1-1 "])
def test_flooding_every_detector_with_its_own_cues_stays_fast(engine, filler):
    """The worst input for a cue-anchored pattern is its cue again and again, with separators between."""
    for detector in (*engine.recognizers, *engine.classifiers):
        words = _cue_words(detector)
        unit = " ".join(f"{word} {filler}" for word in words)
        text = (unit * (16 * 1024 // len(unit) + 1))[:16 * 1024]
        began = time.perf_counter()
        list(detector.find(text))
        elapsed = time.perf_counter() - began
        assert elapsed < 1.0, f"{detector.name} with {filler!r}: {elapsed:.3f} s"
