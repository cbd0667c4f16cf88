"""Korean names: a given name of two syllables (joined, hyphenated or spaced) and a surname that is
often an English word ('Park', 'Song', 'Oh'), in either order.

Korean names were the lowest group on two blind corpora (holdout8 and holdout10; counts only, their
prompts not read); these sentences are my own.
"""

from __future__ import annotations

import pytest

from garda.inspect.engine import default_inspector
from garda.inspect.spans import SpanType
from tests.inspect.inspect_support import typed


@pytest.fixture(scope="module")
def inspector():
    return default_inspector(learned_uses=False)


@pytest.mark.parametrize(("text", "name"), [
    ("EMS gave Ji-ho Park two doses of Narcan.", "Ji-ho Park"),
    ("Witness Jiho Park saw the car leave.", "Jiho Park"),
    ("I spoke with Park Ji-ho at the store.", "Park Ji-ho"),
    ("Call Sungmin Oh back about the report.", "Sungmin Oh"),
    ("Seoyeon Song said her purse was taken at the bus stop.", "Seoyeon Song"),
    ("The driver, Hyunwoo Shin, had no license.", "Hyunwoo Shin"),
    ("Victim Park Ji-ho, 34, was hit by a car.", "Park Ji-ho"),
])
def test_korean_names_are_found_whole(inspector, text, name):
    assert name in typed(inspector.inspect(text), SpanType.PERSON)


@pytest.mark.parametrize("text", [
    "Oh, and the park was closed.",
    "We went to the Song of Norway festival.",
    "The jail was quiet; the judo club met at 1900.",
    "Meet at Lincoln Park at noon.",
    "Walk the dog in Humboldt Park before the rain.",
    "Park Avenue was closed for the parade.",
    "I will go with the choir to sing a song at the park.",
])
def test_the_same_words_as_places_and_words_are_not_names(inspector, text):
    assert typed(inspector.inspect(text), SpanType.PERSON) == []
