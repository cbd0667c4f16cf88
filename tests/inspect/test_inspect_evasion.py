"""Evasions (invisible characters, look-alikes, full-width, spaced digits, broken lines) and offsets."""

from __future__ import annotations

import pytest

from garda.inspect.normalize import normalize
from garda.inspect.spans import SpanType


def only(inspector, text, span_type):
    found = [f for f in inspector.inspect(text).findings if f.span_type == span_type]
    for finding in found:
        assert text[finding.start:finding.end] == finding.text
    return [f.text for f in found]


@pytest.mark.parametrize(("text", "span_type", "expected"), [
    ("SSN 123\u200b-45-\u200c6789", SpanType.SSN, "123\u200b-45-\u200c6789"),
    ("SSN 1\u20602\u20603-45-6789 ok", SpanType.SSN, "1\u20602\u20603-45-6789"),
    ("call (414) 555\u00ad-0142", SpanType.PHONE, "(414) 555\u00ad-0142"),
    ("\ufeffjane@example.org", SpanType.EMAIL, "jane@example.org"),
    ("SSN １２３-４５-６７８９", SpanType.SSN, "１２３-４５-６７８９"),
    ("call ４１４–５５５–０１４２", SpanType.PHONE, "４１４–５５５–０１４２"),
    ("ЅЅN 123-45-6789", SpanType.SSN, "123-45-6789"),
    ("VIN 1НGСМ82633А004352", SpanType.VIN, "1НGСМ82633А004352"),
    ("call 4 1 4 - 5 5 5 - 0 1 4 2 tonight", SpanType.PHONE, "4 1 4 - 5 5 5 - 0 1 4 2"),
    ("SSN 1.2.3.4.5.6.7.8.9", SpanType.SSN, "1.2.3.4.5.6.7.8.9"),
    ("ssn 1 2 3 4 5 6 7 8 9", SpanType.SSN, "1 2 3 4 5 6 7 8 9"),
    ("case 2026-\n004512", SpanType.CASE_NUMBER, "2026-\n004512"),
    ("DL S530-4127-\n8890-05", SpanType.DRIVER_LICENSE, "S530-4127-\n8890-05"),
    ("DL S530-4127\n-8890-05", SpanType.DRIVER_LICENSE, "S530-4127\n-8890-05"),
    ("mail jane.doe@\nexample.org", SpanType.EMAIL, "jane.doe@\nexample.org"),
    ("card 4111\u200b1111\u200b1111\u200b1111", SpanType.ACCOUNT_NUMBER, "4111\u200b1111\u200b1111\u200b1111"),
    ("mail ｊａｎｅ＠ｅｘａｍｐｌｅ．ｏｒｇ now", SpanType.EMAIL, "ｊａｎｅ＠ｅｘａｍｐｌｅ．ｏｒｇ"),
    ("write jane.doe [at] example [dot] org today", SpanType.EMAIL, "jane.doe [at] example [dot] org"),
    ("it is xee.vang at example dot com", SpanType.EMAIL, "xee.vang at example dot com"),
    ("call four one four, five five five, zero one four two now", SpanType.PHONE,
     "four one four, five five five, zero one four two"),
    ("SSN one two three four five six seven eight nine", SpanType.SSN,
     "one two three four five six seven eight nine"),
    ("see case K 2 5 3 3 0 1 7 7 2 today", SpanType.CASE_NUMBER, "K 2 5 3 3 0 1 7 7 2"),
    ("WI plate R T N 4 4 0 2 seen", SpanType.LICENSE_PLATE, "R T N 4 4 0 2"),
    ("dob J u n e 3 , 1 9 7 7 per mom", SpanType.DATE_OF_BIRTH, "J u n e 3 , 1 9 7 7"),
    ("his dob 4 / 1 7 / 1 9 9 3 ok", SpanType.DATE_OF_BIRTH, "4 / 1 7 / 1 9 9 3"),
    ("arrest no. B.K.2.0.2.5.4.4.1.9 filed", SpanType.CASE_NUMBER, "B.K.2.0.2.5.4.4.1.9"),
    ("phone + 1 7 1 5 5 5 5 0 1 4 4 now", SpanType.PHONE, "+ 1 7 1 5 5 5 5 0 1 4 4"),
    ("cell (715) 555-01\n48 after six", SpanType.PHONE, "(715) 555-01\n48"),
    ("SID/0772\r\n9310 ARR 2017", SpanType.CJI_IDENTIFIER, "0772\r\n9310"),
    ("DOB 22JUL\n1979 HGT", SpanType.DATE_OF_BIRTH, "22JUL\n1979"),
    ("from 203.0.\n113.9 last night", SpanType.IP_ADDRESS, "203.0.\n113.9"),
    ("mail kalani@exam\nple.net please", SpanType.EMAIL, "kalani@exam\nple.net"),
    ("veh JKR\r\n-5519 parked", SpanType.LICENSE_PLATE, "JKR\r\n-5519"),
    ("veh ＲＤＸ－７７０２ parked", SpanType.LICENSE_PLATE, "ＲＤＸ－７７０２"),
    ("call ( 7 1 5 ) 5 5 5 - 0 1 3 8 later", SpanType.PHONE, "( 7 1 5 ) 5 5 5 - 0 1 3 8"),
    ("cb (608 \n) 555-0119 rptd", SpanType.PHONE, "(608 \n) 555-0119"),
    ("VIN 1H \nGCM82633A004352 seen", SpanType.VIN, "1H \nGCM82633A004352"),
    ("write to dana.wil\nkerson@example.org", SpanType.EMAIL, "dana.wil\nkerson@example.org"),
    ("cell 7-1-5-5-5-5-0-1-2-6 now", SpanType.PHONE, "7-1-5-5-5-5-0-1-2-6"),
    ("SSN 219 - 09 - 9999 on file", SpanType.SSN, "219 - 09 - 9999"),
    ("call 715-555-Ol26 now", SpanType.PHONE, "715-555-Ol26"),
    ("DOB 1•1•2•2•1•9•8•4 per", SpanType.DATE_OF_BIRTH, "1•1•2•2•1•9•8•4"),
])
def test_evasions_are_caught_with_original_offsets(inspector, text, span_type, expected):
    assert only(inspector, text, span_type) == [expected]


def test_homoglyph_name_is_found_on_the_original(inspector):
    text = "victim Јаnе Dое was hurt"
    assert only(inspector, text, SpanType.PERSON) == ["Јаnе Dое"]


def test_zero_width_inside_a_name(inspector):
    text = "witness Ma\u200bria Lo\u200dpez stated"
    assert only(inspector, text, SpanType.PERSON) == ["Ma\u200bria Lo\u200dpez"]


def test_normalize_maps_every_position_back():
    original = "A\u200bB ＣＤ ﬁ 4 1 4 5 5 x"
    normalized = normalize(original)
    assert normalized.text == "AB CD fi 41455 x"
    for start in range(len(normalized.text)):
        for end in range(start + 1, len(normalized.text) + 1):
            o_start, o_end = normalized.to_original(start, end)
            assert 0 <= o_start <= o_end <= len(original)


def test_normalize_expanding_character_maps_to_whole_character():
    original = "xﬁy"
    normalized = normalize(original)
    assert normalized.text == "xfiy"
    assert normalized.to_original(1, 2) == (1, 2)
    assert normalized.to_original(2, 3) == (1, 2)
    assert normalized.to_original(0, 4) == (0, 3)


def test_ascii_text_needs_no_map():
    normalized = normalize("plain ascii text 414")
    assert normalized.maps == ()
    assert normalized.to_original(3, 7) == (3, 7)


@pytest.mark.parametrize("text", [
    "IP 10.0.0.1 stays",
    "Wis. Stat. § 940.19(1)",
    "1. 2. 3.",
    "version 1.2.3",
    "dated 1-2-2026",
    "one or two people, three at most",
    "call 414-555-0142\n2. write it up",
    "I am a b c d e",
    "Apt 3 B 4 x",
    "items 4 5 6 a b",
    "see (a) and (b)",
    "the end.\nThe start",
    "room 4O1 and Ohio 10",
    "look at lOOk 2O26",
])
def test_ordinary_dotted_numbers_are_not_collapsed(text):
    assert normalize(text).text == text
