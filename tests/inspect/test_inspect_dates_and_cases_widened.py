"""Birth dates and case numbers in the shapes the second-look corpora showed were missing, in
general form: a date in brackets after a name, six digits after a birth cue, case numbers by their
shape alone (MPD26-..., 26-123456, I26...). Every sentence is new and fictitious."""

from __future__ import annotations

import pytest

from garda.inspect.spans import SpanType

from tests.inspect.inspect_support import typed


@pytest.mark.parametrize(("text", "expected"), [
    ("Later identified as Dalia Mersal (1984-02-19), she gave a statement.", "1984-02-19"),
    ("Defendant: Tou Vang (07/30/1990). Charged with retail theft.", "07/30/1990"),
    ("Can we hold Ruben Sosa (March 3, 1977) until Monday?", "March 3, 1977"),
    ("witness KELLY (4/9/02) saw the car", "4/9/02"),
    ("Driver 1: Amina Noor, DOB 092188, phone 414-555-0181.", "092188"),
    ("the girl is born 061409 per her aunt", "061409"),
])
def test_birth_dates_after_names_and_in_six_digits(inspector, text, expected):
    assert expected in typed(inspector.inspect(text), SpanType.DATE_OF_BIRTH)


@pytest.mark.parametrize("text", [
    "Incident Report (03/02/2026) was filed late.",
    "Per the Summerfest Shooting (07/04/2009) review, nothing changed.",
    "The Policy Update (06/01/2025) replaced the old form.",
    "Marcus Lee (2024-11-02) posted the flyer.",
])
def test_event_dates_and_recent_dates_in_brackets_are_not_birth_dates(inspector, text):
    assert typed(inspector.inspect(text), SpanType.DATE_OF_BIRTH) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Please send the ADA the file on MPD26-104771 today.", "MPD26-104771"),
    ("The phone is held as evidence under 26-310554.", "26-310554"),
    ("I testify in 25-880213 next week.", "25-880213"),
    ("Her report, I2618830412, has the photos.", "I2618830412"),
])
def test_case_numbers_by_their_shape(inspector, text, expected):
    assert expected in typed(inspector.inspect(text), SpanType.CASE_NUMBER)


@pytest.mark.parametrize("text", [
    "Call 414-555-0123 for the 2025-26 season.",
    "The score was 25-12 at the half.",
    "See Wis. Stat. 940.19 and SOP 682.35.",
])
def test_phones_seasons_scores_and_statutes_are_not_case_numbers(inspector, text):
    assert typed(inspector.inspect(text), SpanType.CASE_NUMBER) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Attach case 26-08813 (robbery), 26-08814 (theft) and 26-08820 to the packet.", ["26-08813", "26-08814", "26-08820"]),
    ("The petition JV-26-0417 goes before the juvenile judge Friday.", ["JV-26-0417"]),
    ("Pull report 26 204411 for the lieutenant.", ["26 204411"]),
    ("Offense 26-055190; CFS 26-055188 came in first.", ["26-055190", "26-055188"]),
])
def test_listed_spaced_and_petition_numbers(inspector, text, expected):
    assert typed(inspector.inspect(text), SpanType.CASE_NUMBER) == expected


@pytest.mark.parametrize("text", [
    "Incident 26-118204 and 14 other calls came in that night.",
    "The report covers 2024 and 2025 by district.",
    "The petition drive collected 1,200 signatures and 300 more online.",
])
def test_what_follows_a_case_number_in_another_shape_is_not_listed(inspector, text):
    assert typed(inspector.inspect(text), SpanType.CASE_NUMBER) in ([], ["26-118204"])


@pytest.mark.parametrize(("text", "expected"), [
    ("He says he was born on the 2nd of March, 1984, in Gary.", ["2nd of March, 1984"]),
    ("MISSING: H/F 09/14/92 5'04 130 BRO/BRO", ["09/14/92"]),
    ("Her date of birth is given as 7-19-1996 on the lease.", ["7-19-1996"]),
    ("bday 10/31/2003 per his sister", ["10/31/2003"]),
])
def test_birth_dates_after_race_and_sex_codes_and_more_cue_forms(inspector, text, expected):
    assert typed(inspector.inspect(text), SpanType.DATE_OF_BIRTH) == expected


@pytest.mark.parametrize("text", [
    "W/M 11/20/2026 was stopped at the corner of 35th and Center.",   # a recent date is the stop's
    "Team B day shift starts 6/1/2026.",
    "Use a 50/50 split of the overtime from 1/1/2026.",
])
def test_recent_dates_after_codes_and_b_day_lookalikes_are_not_birth_dates(inspector, text):
    assert typed(inspector.inspect(text), SpanType.DATE_OF_BIRTH) == []
