"""Informants and operation plans in the words members use for them (garda/inspect/recognizers/covert.py)."""

from __future__ import annotations

import pytest

from garda.inspect.spans import SpanType

SOURCES = [
    ("Per Source #2291, the stash moved on Tuesday.", "Source #2291"),
    ("CI #25-117 was paid $100 for the tip.", "CI #25-117"),
    ("The informant, registered as number 60412, called at noon.", "number 60412"),
    ("Our man on 35th, the one we call 'Deacon', says the van is back.", "'Deacon'"),
    ("my guy who we call Big Lou saw the handoff", "Big Lou"),
    ("Our CI, Ngozi Ọkafọr, is the cousin of the driver.", "Ngozi Ọkafọr"),
    ("per confidential source 41-207 the car is back", "confidential source 41-207"),
    ("ci-5521 is already inside, wait for the text", "ci-5521"),
    ("Keep this out of the report: my CI is Darnell Voss and he is nervous.", "Darnell Voss"),
    ("Between us, the informant was really the driver's ex-girlfriend, Keandra.", "the driver's ex-girlfriend, Keandra"),
]

COVER_IDENTITIES = [
    ("Ofc. Lind is going in undercover as 'Tony from Racine' on Friday.", "going in undercover as 'Tony from Racine'"),
    ("Her cover name is \"Dee Marsh\" for the whole operation.", "cover name is \"Dee Marsh\""),
    ("For the undercover part: Det. Ruiz goes in as \"Manny\", a roofer.", "goes in as \"Manny\", a roofer"),
    ("Reword the backstory: she'll be posing as 'a nurse named Gail'.", "posing as 'a nurse named Gail'"),
    ("Next: the undercover will pose as a mechanic named 'Tito' looking to buy parts.",
     "pose as a mechanic named 'Tito' looking to buy parts"),
    ("Undercover officer 'Nia' meets him at 2000 Sunday behind the laundromat.",
     "Undercover officer 'Nia' meets him at 2000 Sunday behind the laundromat"),
]

PLAN_PIECES = [
    ("Notes: the wire goes in at the 1100 meeting Tuesday behind the laundromat.",
     "the wire goes in at the 1100 meeting Tuesday behind the laundromat"),
    ("Chase car on W. Burleigh St near the tire shop, lights off.", "Chase car on W. Burleigh St near the tire shop, lights off"),
    ("The medics stage at the fire house on 35th.", "The medics stage at the fire house on 35th"),
    ("Team 2 takes the rear, team 1 the front.", "Team 2 takes the rear, team 1 the front"),
    ("SWAT makes entry at 0600 Friday while K9 holds the alley.", "SWAT makes entry at 0600 Friday while K9 holds the alley"),
    ("The controlled buy is set for Wednesday at 1300 at the car wash on S. 16th St. Bring cash.",
     "controlled buy is set for Wednesday at 1300 at the car wash on S. 16th St"),
    ("The observation post is the attic across the street from the target.",
     "observation post is the attic across the street from the target"),
    ("The pole camera goes up Tuesday night at the corner.", "pole camera goes up Tuesday night at the corner"),
    ("Staging point for Friday's search warrant is the church lot on W. Center St at 0430.",
     "Staging point for Friday's search warrant is the church lot on W. Center St at 0430"),
    ("Rally point after the hit is the Citgo on Fond du Lac.", "Rally point after the hit is the Citgo on Fond du Lac"),
    ("Two plainclothes officers will be posted inside the laundromat by 1900.",
     "plainclothes officers will be posted inside the laundromat by 1900"),
    ("The takedown team will hold until she gets in the car, then box her in at the light on 27th.",
     "takedown team will hold until she gets in the car, then box her in at the light on 27th"),
    ("When the UC says the word \"pizza\", the bust signal is him opening the trunk.",
     "bust signal is him opening the trunk"),
    ("We put a GPS tracker on her Malibu last week under the court order.", "GPS tracker on her Malibu"),
    ("Cover car is parked in the alley behind 2400 N. 9th St.", "Cover car is parked in the alley behind 2400 N. 9th St"),
]

NEAR_MISSES = [
    "The source of the fire was the kitchen.",
    "Sources say the mayor will attend; cite source #2 in the bibliography.",
    "He went in as \"John Doe\" on the hospital intake form.",
    "The suspect introduced himself as \"Mike from the gas company\" and entered the kitchen.",
    "The wire goes in the wall behind the outlet, per the electrician.",
    "What does SOP 682 say about informants and undercover officers?",
    "Our team covers the front desk on weekends.",
    "The team 2 meeting is at 1400 in room B.",
    "Explain what a controlled buy is and why it needs a supervisor.",
    "The source is the 911 call transcript, not the witness.",
    "In the tabletop exercise, Officer 1 asks where a staging area should be set up.",
    "Explain the general rules on when a warrant team may enter without knocking.",
    "The code word policy is in the training binder; summarize why it matters.",
    "Our CI program is audited every year by the Inspector General.",
    "The go signal for the parade is the fire truck's horn at noon, per the event permit.",
    "The rally point for the Special Olympics torch run is the District 3 station at 9 am.",
    "Plainclothes officers will be posted at the mall during the holidays, the chief told the news.",
    "For the parade, the cover car is parked at the end of the route behind the last float.",
    "Explain what the takedown signal is in a buy-bust, in general terms, for the academy class.",
    "Surveillance units are parked at the fairgrounds for the county fair to help lost kids find parents.",
    "Team 2 holds the rear in this scenario while Suspect A flees on foot.",
]


def spans(inspector, text: str, span_type: SpanType) -> list[str]:
    return [text[f.start:f.end] for f in inspector.inspect(text).findings if f.span_type is span_type]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_informants_by_number_registration_nickname_or_name(inspector, text, expected):
    assert expected in spans(inspector, text, SpanType.CONFIDENTIAL_SOURCE)


@pytest.mark.parametrize(("text", "expected"), COVER_IDENTITIES)
def test_undercover_identities_given_as_quoted_names(inspector, text, expected):
    assert expected in spans(inspector, text, SpanType.TACTICAL)


@pytest.mark.parametrize(("text", "expected"), PLAN_PIECES)
def test_pieces_of_an_operation_plan(inspector, text, expected):
    found = spans(inspector, text, SpanType.TACTICAL)
    assert any(expected in span or span in expected and len(span) * 2 >= len(expected) for span in found), found


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_are_not_covert_work(inspector, text):
    findings = inspector.inspect(text).findings
    assert not [f for f in findings if f.span_type in (SpanType.CONFIDENTIAL_SOURCE, SpanType.TACTICAL)]
