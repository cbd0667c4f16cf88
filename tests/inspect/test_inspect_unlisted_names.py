"""Names no list holds: two or three words, capitalized or lowercase, none of them an ordinary
English word (garda/inspect/data/english_words.txt, from SCOWL), shorthand, a title, a time or
one of the other ordinary words of other_words.txt. Every name and sentence here is new and
fictitious; none comes from a corpus, and none of the names is in garda's name lists."""

from __future__ import annotations

import pytest

from garda.inspect.recognizers.person import NameLists, PersonRecognizer
from garda.inspect.spans import SpanType

from tests.inspect.inspect_support import typed

UNLISTED = ("tsegaye", "woldemariam", "zewditu", "haileselassie", "agyeman", "yemisrach", "gebrekidan")


def people(inspector, text: str) -> list[str]:
    return typed(inspector.inspect(text), SpanType.PERSON)


def test_the_example_names_are_in_no_list():
    names = NameLists.load()
    for word in UNLISTED:
        assert word not in names.given and word not in names.surnames, word


@pytest.mark.parametrize(("text", "expected"), [
    ("Then Tsegaye Woldemariam walked over to the squad.", "Tsegaye Woldemariam"),
    ("Write it up: Tsegaye Woldemariam reported the theft on Monday.", "Tsegaye Woldemariam"),
    ("The store manager said Zewditu Haileselassie paid in cash.", "Zewditu Haileselassie"),
    ("Rewrite the note Yemisrach Gebrekidan's landlord left at the desk.", "Yemisrach Gebrekidan"),
])
def test_capitalized_words_that_are_not_english_are_a_name(inspector, text, expected):
    assert people(inspector, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("WOLDEMARIAM, TSEGAYE DOB 03/04/1990 WI", "WOLDEMARIAM, TSEGAYE"),           # a record before a birth date
    ("Subject: Woldemariam, Tsegaye (DOB 3/4/1990)", "Woldemariam, Tsegaye"),
    ("NAME: TSEGAYE WOLDEMARIAM SEX: M", "TSEGAYE WOLDEMARIAM"),                  # capitals after a cue
    ("Tsegaye stated he left the keys in the car.", "Tsegaye"),                    # one word, then a personal act
])
def test_records_capitals_and_lone_words_no_list_holds(inspector, text, expected):
    assert people(inspector, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("i spoke w tsegaye woldemariam at the door", "tsegaye woldemariam"),
    ("pls fix: zewditu haileselassie dropped off the receipts", "zewditu haileselassie"),
    ("victim tsegaye stated the car was gone", "tsegaye"),   # one word, after a role
])
def test_lowercase_words_that_are_not_english_are_a_name(inspector, text, expected):
    assert people(inspector, text) == [expected]


@pytest.mark.parametrize("text", [
    "The vehicle was later found in Addis Ababa, according to the embassy.",   # a place after "in"
    "Summarize the NCIC guidance for the CJIS audit.",                          # acronyms
    "Translate: Mi hermano no ha regresado desde el viernes.",                  # Spanish
    "Make this natural: \"Los ladrones buscan bolsas y teléfonos.\"",
    "susp veh blk toyota nb on 35th st",                                        # shorthand
    "The suspct fled teh scene on foot.",                                       # one typo at a time
    "Our neighbourhood colour scheme is grey.",                                 # British spelling
    "Explain the regex timeouts in garda eval and garda init.",                 # software words
    "Can Palantir Gotham be used for this?",                                    # a product
    "Tsegaye is not a word we use in the report.",                              # one word alone
    "he was with tsegaye at the store",                                         # one word after a weak cue
    "unk veh parked behind the walgreens, occupants on snapchat tiktok all day",  # shorthand and apps
    "she had narcan suboxone and xans in the glock case",                       # drugs and weapons
    "MILWAUKEE, WISCONSIN 53206",                                               # a place in record form
    "RETURN: NCIC HIT CONFIRMED, NIBRS CODE 13A",                               # codes in capitals
    "Wauwatosa reported three thefts last week.",                               # a place that reports
    "WOLDEMARIAM TSEGAYE ADDRESS UNKNOWN",                                      # capitals with no cue
    "Write a post wishing our residents Eid Mubarak and Feliz Navidad.",       # greetings
])
def test_near_misses_are_not_names(inspector, text):
    assert people(inspector, text) == []


def test_ordinary_words_with_an_ending_are_known():
    recognizer = PersonRecognizer()
    assert not recognizer._unknown_word("recognizers") and not recognizer._unknown_word("timeouts")
    assert recognizer._unknown_word("woldemariam") and recognizer._unknown_word("gebre-medhin")
    assert not recognizer._unknown_word("well-known")
