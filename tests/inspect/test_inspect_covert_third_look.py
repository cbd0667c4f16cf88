"""Operation plans and informants (SOP 682.05 C) in wordings the recognizers used to miss.

Twenty prompts were written first, before any change, as members might type an operation plan or
an informant's paperwork; the recognizers caught eleven. The forms added since (a takedown's place,
an informant signed up or inside a crew by the name it goes by, a post kept on a schedule, an
undercover going in as someone named, a backstory, a wire going on someone's phone, plainclothes
units sitting on a spot, a GPS unit on a target's car) were built from the nine missed, so these
sentences are a development set; holdout7 measures. The near misses share their words.

After holdout7 (scored once, blind) showed CONFIDENTIAL_SOURCE at 0.31, fourteen informants of my
own by code ("SOI 22-118", "C/S #309", "CI-26-014"), by nickname and by name (named before the words
that say so: "Keisha Lam, our confidential source,"): five were found before, all fourteen now.
"""

from __future__ import annotations

import pytest

from garda.inspect.engine import default_inspector
from garda.inspect.spans import SpanType
from tests.inspect.inspect_support import half_covered

NON_PUBLIC = {SpanType.TACTICAL, SpanType.CONFIDENTIAL_SOURCE}

PLANS_AND_SOURCES = [
    "We're hitting the house on Burleigh at 0530 Thursday, SWAT breaches the front, K9 on the back door. Make this into a briefing.",
    'Clean up the ops plan: takedown of Kevin Marsh goes down in the Walgreens lot at 22nd and Capitol once he hands off the bag.',
    "Our guy inside the crew goes by 'Tiny' and he's been feeding us dates for the shipments. Write up his last debrief.",
    'Rewrite for the file: CS-2291 bought two ounces from Reggie at the laundromat on Center St while we watched from the van.',
    'Proofread my surveillance schedule: Det. Alvarez in the gray Malibu across from 3115 N 24th from 0600-1400, Det. Kim relieves her.',
    "The undercover will go in as a contractor named Mike Russo, cover story is he's looking for copper. Polish this paragraph.",
    'Tighten this up: Arrest team stages behind the Pick \'n Save on Layton, moves in when Sgt. Boyd says the word "blue".',
    "Draft the email: tomorrow's sweep of the Hampton Ave trap house starts at 0500, entry through the side door, two units on the alley.",
    "Summarize: confidential informant Denise (the suspect's neighbor) says he keeps the gun under the kitchen sink; she's been paid $200.",
    "Write this up: We put a GPS unit on the target's Charger last night; battery is good for ten days.",
    'Fix the grammar: the controlled buy is set for Friday around 7 at the Citgo, our source will be wired.',
    'Make a checklist from this: knock at 0600, ram team first, Ofc. Perez covers the garage, medic stages at the fire station on 35th.',
    "Turn this into bullet points: the wire is going on our CI's phone before Saturday's meet with the supplier.",
    'Rewrite: The snitch we signed up last month, Lil Pete, gave us the stash location for the Sherman Park crew.',
    'Help me word the briefing: plainclothes units sit on the bus stop at Fond du Lac and North during the buy, marked cars hold two blocks out.',
    'Our source number 44-17 told us the shipment comes in Tuesday night on the 94 corridor. Put that in the supplement.',
    "Edit this: the raid on the duplex at 2458 S 9th is planned for the early hours of the 3rd; we'll have the drone up.",
    "Write the undercover's backstory: she's 'Candace from Chicago', a nail tech who wants to move weight.",
    'Format: Observation post in the upstairs unit of 1910 W Wells, camera on the alley, 24/7 through next week.',
    'Convert to memo form: operation Northern Lights kicks off 4/14, first target is the tire shop on Teutonia at 0700.',
]

NEAR_MISSES = [
    'The takedown of the old stage goes down in the park after the festival. Write the volunteer notice.',
    'Explain in general what a wire is and when an informant might wear one, for the citizens academy.',
    'The volunteers will sit on the bleachers behind the school during the parade. Draft the notice.',
    "Our guy inside the mascot suit goes by 'Blue' at the community picnic; write a fun intro.",
    'The snitch we signed up for in the fantasy league, Lil Pete, won again. Write a funny newsletter line.',
    'The food truck will park across from City Hall from 1100-1400 on Friday. Draft a public notice.',
    "Write a training scenario: Suspect A goes in as a delivery driver named 'Bob' and Officer 1 notices the fake uniform.",
    "Rewrite for my report: the suspect's car was parked across from 3115 N 24th when I arrived at 0615.",
    'Describe how tracking devices on fleet vehicles help the department manage squads, in general.',
    "Write a backstory for the training role player: he's a retired teacher who lost his dog.",
    'Proofread: Officer Diaz sat in the squad across from the bar until the crowd left at 0200.',
    "The cover band will go in as the opening act called 'Night Shift' at the block party. Draft the flyer.",
]


@pytest.fixture(scope="module")
def inspector():
    return default_inspector(learned_uses=False)


@pytest.mark.parametrize("text", PLANS_AND_SOURCES)
def test_plans_and_informants_are_found(inspector, text):
    assert NON_PUBLIC & {finding.span_type for finding in inspector.inspect(text).findings}


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_hold_no_plan_or_informant(inspector, text):
    assert not NON_PUBLIC & {finding.span_type for finding in inspector.inspect(text).findings}


INFORMANTS = [
    ('Rewrite: SOI 22-118 said the pills come up from Chicago on Fridays.', 'SOI 22-118'),
    ('Summarize the debrief: CHS-7731 met with the target at the barbershop.', 'CHS-7731'),
    ('Clean up: CI 4471 made a controlled call to the suspect at 1500.', 'CI 4471'),
    ('Proofread: C/S #309 identified the shooter from a photo array.', 'C/S #309'),
    ('Fix: Source 14-2207 reports the stash moved to the garage.', 'Source 14-2207'),
    ('Edit: informant #5530 was paid $150 for the information.', 'informant #5530'),
    ('Rewrite: per CI-26-014, the guns are kept in a black duffel.', 'CI-26-014'),
    ('Summarize: our confidential informant "Smoke" says the crew meets at the car wash.', '"Smoke"'),
    ('Rewrite: the informant in this case is Marisol Vega, who works at the corner store.', 'Marisol Vega'),
    ('Fix: Terrence Holt has been working as our informant since March and was paid twice.', 'Terrence Holt'),
    ('Clean up: informant Andre told Det. Price where the car was stashed.', 'Andre'),
    ('Proofread: Keisha Lam, our confidential source, wore the wire to the meet.', 'Keisha Lam'),
    ('Summarize: the CI known as Big Mike set up the buy for Thursday.', 'Big Mike'),
    ("Rewrite: our source is the victim's cousin who works at the tire shop.", "the victim's cousin who works at the tire shop"),
]

INFORMANT_NEAR_MISSES = [
    'The source 12-2024 budget report shows overtime up. Summarize it.',
    'Explain what a confidential informant is, in general, for the academy.',
    'Maria Lopez, our new records clerk, starts Monday. Write a welcome note.',
    "The article's source is Mayor Johnson's press office. Rewrite the attribution.",
    'The source known as the county GIS map shows the parcel lines. Summarize.',
    'Janet Ortiz is our volunteer coordinator this year. Write the thank-you.',
    'Keisha Lam, the victim, told me the car was blue. Proofread.',
]


@pytest.mark.parametrize(("text", "informant"), INFORMANTS)
def test_informants_by_code_nickname_and_name(inspector, text, informant):
    assert half_covered(inspector.inspect(text), SpanType.CONFIDENTIAL_SOURCE, informant)


@pytest.mark.parametrize("text", INFORMANT_NEAR_MISSES)
def test_near_misses_name_no_informant(inspector, text):
    assert SpanType.CONFIDENTIAL_SOURCE not in {f.span_type for f in inspector.inspect(text).findings}
