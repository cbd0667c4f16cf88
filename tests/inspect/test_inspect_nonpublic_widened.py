"""Informants and planned operations in wordings the first patterns missed: an informant's
quoted alias or the name a CI goes by; entry ("we're going in"), sitting on a house, decoy
cars, windows that start at midnight, warrants that will be served, planned arrests and buys,
officers to be posted, a present-tense plan after its time. Written from general police usage, not from a corpus;
every sentence is fictitious."""

from __future__ import annotations

import pytest

from garda.inspect.spans import SpanType

from tests.inspect.inspect_support import typed


@pytest.mark.parametrize(("text", "expected"), [
    ('Our informant, "Tito", will be at the bar Friday night.', 'informant, "Tito"'),
    ("Our CI goes by Smokey and has been reliable on three buys.", "CI goes by Smokey"),
])
def test_an_informants_alias(inspector, text, expected):
    assert typed(inspector.inspect(text), SpanType.CONFIDENTIAL_SOURCE) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("We're going in at 5 am Tuesday through the back door of the duplex.", "We're going in at 5 am Tuesday"),
    ("Detectives will sit on the house from midnight until he leaves for work.",
     "sit on the house from midnight until he leaves for work"),
    ("The decoy car will be parked at the mall lot on Saturday afternoon.",
     "decoy car will be parked at the mall lot on Saturday afternoon"),
    ("The warrant will be served Thursday morning at the Capitol Drive address.",
     "warrant will be served Thursday morning at the Capitol Drive address"),
    ("We plan to arrest him when he picks up his daughter at 3:15 on Friday.",
     "We plan to arrest him when he picks up his daughter at 3:15 on Friday"),
    ("The buy is scheduled for Monday at the gas station on Fond du Lac.",
     "The buy is scheduled for Monday at the gas station on Fond du Lac"),
    ("UC buy scheduled for Thursday 1400 at the Citgo on Villard Ave, per the sergeant.",
     "UC buy scheduled for Thursday 1400 at the Citgo on Villard Ave"),
    ("The sting is set for the 21st at the motel on Hwy 100, room 12.", "sting is set for the 21st at the motel on Hwy 100"),
    ("Briefing 0500, hit time 0600 at 3114 N 41st St, Apt. 3 per the plan.",
     "hit time 0600 at 3114 N 41st St, Apt. 3"),
    ("Our guys will be posted at both exits of the apartment building tonight.",
     "Our guys will be posted at both exits of the apartment building tonight"),
    ("Tomorrow at 0600 we execute the search warrant on 35th Street.",
     "Tomorrow at 0600 we execute the search warrant on 35th Street"),
    ("we'll be sitting on the corner by the laundromat on w burleigh from 9pm, fix the wording",
     "sitting on the corner by the laundromat on w burleigh from 9pm"),
    ("The sweep starts Friday at 0600 in the 2400 to 2800 blocks of W. Center St.",
     "sweep starts Friday at 0600 in the 2400 to 2800 blocks of W. Center"),
])
def test_planned_operations(inspector, text, expected):
    assert typed(inspector.inspect(text), SpanType.TACTICAL) == [expected]


@pytest.mark.parametrize("text", [
    "We're going in circles on this report; tighten it up.",
    "Write a press release about last year's decoy car program and its results.",
    "The witness said she was going to sit on the porch until noon.",
    "Summarize the after-action report from last year's training exercise.",
    "Write a press release about Tuesday's warrant sweep results: 14 arrests.",
    "On Monday we hit the gym after shift.",
])
def test_near_misses(inspector, text):
    found = inspector.inspect(text).findings
    assert [f for f in found if f.span_type in (SpanType.TACTICAL, SpanType.CONFIDENTIAL_SOURCE)] == []
