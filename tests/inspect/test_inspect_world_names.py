"""Names from everywhere: the world name lists (scripts/world_names.py, from Faker's locales),
the surname endings no English word has, and the places a listed name needs no cue: in a
list with a found name, after "per", before an age or what a person says or does. Every
sentence and name pairing here is new and fictitious; none comes from a corpus."""

from __future__ import annotations

import pytest

from garda.inspect.recognizers.person import NameLists
from garda.inspect.spans import SpanType

from tests.inspect.inspect_support import typed


def people(inspector, text: str) -> list[str]:
    return typed(inspector.inspect(text), SpanType.PERSON)


@pytest.mark.parametrize(("text", "expected"), [
    ("I spoke with Milica Jovanović yesterday about the stolen bike.", "Milica Jovanović"),
    ("Summarize the statement Nemanja Stojanovic gave on Tuesday.", "Nemanja Stojanovic"),
    ("Rewrite the follow-up: Oksana Tkachenko called back about the fraud.", "Oksana Tkachenko"),
    ("Draft an e-mail to Adebayo Ogunleye about the property release.", "Adebayo Ogunleye"),
    ("Please tidy this up, Chiamaka Eze brought the receipts in person.", "Chiamaka Eze"),
    ("Make this clearer: Dilnoza Rakhimova left the keys at the front desk.", "Dilnoza Rakhimova"),
    ("Translate the note Goran Kovačević left for the landlord.", "Goran Kovačević"),
])
def test_names_without_a_cue_are_known_from_the_world_lists(inspector, text, expected):
    assert people(inspector, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("typing fast: talked to dragana milosavljevic about the damage", "dragana milosavljevic"),
    ("pls fix grammar, bogdan kravchenko dropped off the paperwork", "bogdan kravchenko"),
])
def test_lowercase_names_from_the_world_lists(inspector, text, expected):
    assert expected in people(inspector, text)


@pytest.mark.parametrize("word", ["Zlatanović", "Petrenko", "Beridzeshvili", "Papadopoulos", "Ionescu",
                                  "Kazlauskas", "Yılmazoğlu", "Trajkovski", "Rakhimova", "Ivanovich"])
def test_surname_endings_no_english_word_has(word):
    assert NameLists.load().is_surname(word)


@pytest.mark.parametrize("word", ["Moldova", "Geneva", "Molotov", "Kalashnikov"])
def test_places_and_weapons_with_slavic_endings_are_not_surnames(word):
    assert not NameLists.load().is_surname(word)


@pytest.mark.parametrize("text", [
    "The training in November covers the Arizona and Tennessee cases.",
    "Muslim community leaders will attend the Ramadan outreach dinner.",
    "Run the SID check and attach the SOI notes to the file.",
    "Comfort and Faith are two words the chaplain used in the vigil speech.",
])
def test_months_states_faiths_and_police_shorthand_stay_words(inspector, text):
    assert people(inspector, text) == []


def test_world_lists_hold_no_dictionary_words_particles_or_shorthand():
    names = NameLists.load()
    for word in ("november", "arizona", "muslim", "ramadan", "comfort", "sid", "soi", "von", "del"):
        assert not names.is_given(word) or word in _hand_made_given(), word
        assert word not in names.surnames or word in _hand_made_surnames(), word


def _hand_made_given() -> frozenset[str]:
    from garda.inspect.recognizers.person import _read
    return _read("given_names.txt")


def _hand_made_surnames() -> frozenset[str]:
    from garda.inspect.recognizers.person import _read
    return _read("surnames.txt") | _read("census_surnames.txt")


@pytest.mark.parametrize(("text", "expected"), [
    ("Present at the scene were Dragana, Milos and Petar, all neighbors.", ["Dragana", "Milos", "Petar"]),
    ("Per Okafor, the door was already open when he arrived.", ["Okafor"]),
    ("Halvorsen (34) said the garage was unlocked.", ["Halvorsen"]),
    ("Then Halvorsen stated the garage was unlocked.", ["Halvorsen"]),
    ("ok so basically jelena came home and the tv was gone", ["jelena"]),
])
def test_lists_per_ages_and_what_a_person_does(inspector, text, expected):
    assert people(inspector, text) == expected


@pytest.mark.parametrize("text", [
    "Per Chapter 51, the hold lasts 72 hours.",
    "Thefts rose in Racine, Kenosha and Waukesha last year.",
    "Meetings are on Monday, Tuesday and Friday.",
])
def test_cues_and_lists_without_a_name(inspector, text):
    assert people(inspector, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Please tidy this: Marlene Greendeer dropped off the keys at the front desk.", ["Marlene Greendeer"]),
    ("Both Whitebird and Littlewolf gave statements to the desk clerk.", ["Whitebird", "Littlewolf"]),
    ("The complainant, Two Crow, said her car was keyed overnight.", ["Two Crow"]),
    ("Write a letter to Dale Running Horse about his recovered bike.", ["Dale Running Horse"]),
])
def test_surnames_joining_two_english_words(inspector, text, expected):
    assert people(inspector, text) == expected


@pytest.mark.parametrize("text", [
    "A black bear was seen near the trail; call the DNR.",
    "The Blackhawks game ended late and traffic was heavy.",
    "Little Wolf River flooding closed the highway.",
    "Sitting Bull is a historical figure; write a paragraph for the history fair.",
])
def test_animals_teams_rivers_and_historical_figures_are_not_compound_surnames(inspector, text):
    assert people(inspector, text) == []


def test_a_surname_prefix_is_not_stripped_to_find_a_given_name(inspector):
    names = NameLists.load()
    assert names.is_surname("McDonald") and not names.is_given("McDonald")
    assert people(inspector, "We ate at McDonald's after the shift.") == []
    assert people(inspector, "Victim Sean McDonald said he was hit.") == ["Sean McDonald"]


@pytest.mark.parametrize("text", [
    "Suspect vehicle is a gray Kia Optima with tinted windows.",
    "The stolen Nissan Versa was recovered on the south side.",
    "Rewrite: the theft happened at the Kwik Trip on Layton.",
    "Shots fired near Burleigh and 27th; two casings recovered.",
])
def test_vehicles_stores_and_streets_are_not_people(inspector, text):
    assert people(inspector, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("we already picked up wiesława krawczyk and they're in the car", ["wiesława krawczyk"]),
    ("typing fast: talked to josé martínez about the window", ["josé martínez"]),
    ("SPOKE WITH WIESŁAWA KRAWCZYK. KRAWCZYK STATED SHE WAS HOME.", ["WIESŁAWA KRAWCZYK", "KRAWCZYK"]),
])
def test_accented_names_in_lowercase_and_capitals_are_looked_up_folded(inspector, text, expected):
    assert people(inspector, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Spoke with Aissatou N'Diaye at the door.", ["Aissatou N'Diaye"]),
    ("Zainab al-Hassan's statement is attached.", ["Zainab al-Hassan"]),
    ("ADEOLA OGUNDIPE, DOB 03/04/1991, ARRESTED FOR OAR", ["ADEOLA OGUNDIPE"]),
    ("ARRESTEES:\nNNAMDI OKAFOR, DOB 02/02/1992\nCHIDI EZE (DOB 3/3/93)", ["NNAMDI OKAFOR", "CHIDI EZE"]),
    ("ARRESTED: MARCUS HILL, 414-555-0101", ["MARCUS HILL"]),
    ("CONTACTED TAMIKA JONES, 34, AT THE SCENE", ["TAMIKA JONES"]),
])
def test_apostrophe_and_particle_names_and_unlisted_capitals_heading_a_record(inspector, text, expected):
    assert people(inspector, text) == expected


@pytest.mark.parametrize("text", [
    "FOUND STATEMENT DOB THREATENED AND LEFT",
    "THE DL WORKED (DOB 1/1/1990)",
    "MILWAUKEE POLICE, DOB 1/1/2000",
])
def test_capital_words_before_a_birth_date_that_do_not_head_a_record(inspector, text):
    assert people(inspector, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("neighbor mrs okonkwo says the kids broke the window", ["okonkwo"]),
    ("talked to officer brzezinski abt the case", ["brzezinski"]),
    ("her mom (lupe) picked her up at 2100", ["lupe"]),
])
def test_sloppy_typing_titles_and_family_words(inspector, text, expected):
    assert people(inspector, text) == expected


@pytest.mark.parametrize("text", [
    "suspect is prob the guy from the gas station",
    "the dr. said the brown stain was old",
    "mr green light on the panel is on",
])
def test_texting_shorthand_and_titles_before_ordinary_words(inspector, text):
    assert people(inspector, text) == []
