"""Restoring placeholders in the answer, whole and streamed in any chunking."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from garda.inspect.spans import Finding, PersonRole, SpanType
from garda.policy.placeholders import Pseudonymizer, Restorer

MAPPING = {
    "the victim": "Dana Whitfield",
    "Suspect 1": "Corwin Ashby",
    "Suspect 12": "Lyle Ferrante",
    "Officer 2": "Bram Tolliver",
    "Person 1": "Rhea Summers",
    "[DOB-1]": "03/04/1979",
    "[PHONE-1]": "414-555-0142",
    "[PHONE-10]": "414-555-0199",
    "[EMAIL-1]": "ada@example.org",
    "[CASE-1]": "2026-000812",
}

ANSWER = ("The victim said Suspect 1 and Suspect 12 fled. Call [PHONE-1] or [PHONE-10]; "
          "the victim's DOB is [DOB-1]. Officer 2 wrote to [EMAIL-1] about [CASE-1]. Person 1 agreed.")
RESTORED = ("Dana Whitfield said Corwin Ashby and Lyle Ferrante fled. Call 414-555-0142 or 414-555-0199; "
            "Dana Whitfield's DOB is 03/04/1979. Bram Tolliver wrote to ada@example.org about 2026-000812. "
            "Rhea Summers agreed.")


def streamed(restorer: Restorer, chunks: list[str]) -> str:
    return "".join(restorer.feed(chunk) for chunk in chunks) + restorer.flush()


def test_restore_whole_answer():
    assert Restorer(MAPPING).restore(ANSWER) == RESTORED


def test_only_whole_placeholders_are_restored():
    restorer = Restorer(MAPPING)
    text = "Suspect 123, Suspect 1a, xSuspect 1, the victims, [PHONE-11], Officer 20, Person 10."
    assert restorer.restore(text) == text


def test_case_of_the_generic_words_is_ignored():
    restorer = Restorer({"the victim": "jane roe", "Suspect 1": "Ivo Pell"})
    assert restorer.restore("The victim met suspect 1. THE VICTIM left; the victim stayed.") == \
        "Jane roe met Ivo Pell. Jane roe left; jane roe stayed."


def test_restore_is_idempotent_on_text_without_placeholders():
    restorer = Restorer(MAPPING)
    plain = "Nothing to see here: victim, suspect, 414-555-0100, [DOB], Suspect A."
    assert restorer.restore(plain) == plain
    assert restorer.restore(restorer.restore(plain)) == plain
    assert streamed(Restorer(MAPPING), list(plain)) == plain


def test_streamed_one_character_at_a_time():
    assert streamed(Restorer(MAPPING), list(ANSWER)) == RESTORED


def test_a_placeholder_at_the_very_end_waits_for_flush():
    restorer = Restorer(MAPPING)
    assert restorer.feed("Ask Suspect 1") == "Ask "
    assert restorer.feed("") == ""
    assert restorer.flush() == "Corwin Ashby"


def test_text_that_cannot_be_a_placeholder_is_not_held():
    restorer = Restorer(MAPPING)
    assert restorer.feed("plain words, no brackets ") == "plain words, no brackets "


def test_no_placeholders_passes_chunks_straight_through():
    restorer = Restorer({})
    assert restorer.feed("the victim [") == "the victim ["
    assert restorer.flush() == ""


@st.composite
def chunkings(draw, text: str = ANSWER) -> list[str]:
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=40)))
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


@settings(max_examples=300, deadline=None)
@given(chunkings())
def test_any_chunking_restores_the_same(chunks):
    assert streamed(Restorer(MAPPING), chunks) == RESTORED


PIECES = st.sampled_from([*MAPPING, " ", ".", "x", "Suspect", "the", "victim", "1", "2", "[", "]", "-",
                          "PHONE", "Officer", "Person", "'s", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join), st.data())
def test_streaming_equals_whole_restoration_on_arbitrary_text(text, data):
    chunks = data.draw(chunkings(text))
    assert streamed(Restorer(MAPPING), chunks) == Restorer(MAPPING).restore(text)


# Fictitious people and numbers: each surface is distinct, so redact-then-restore must give the text back.
SURFACES = [("Dana Whitfield", SpanType.PERSON, PersonRole.VICTIM),
            ("Corwin Ashby", SpanType.PERSON, PersonRole.SUSPECT),
            ("Lyle Ferrante", SpanType.PERSON, PersonRole.SUSPECT),
            ("Pia Okonkwo", SpanType.PERSON, None),
            ("414-555-0142", SpanType.PHONE, None),
            ("03/04/1979", SpanType.DATE_OF_BIRTH, None),
            ("2026-000812", SpanType.CASE_NUMBER, None),
            ("ada@example.org", SpanType.EMAIL, None)]
FILLER = st.sampled_from([" ", " and ", ", then ", ". ", " said ", " Suspect 1 ", " the victim ", "\n", " Officer 2 "])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(FILLER, st.sampled_from(SURFACES)), min_size=1, max_size=12), st.data())
def test_redact_then_restore_gives_the_text_back_in_any_chunking(parts, data):
    text, expected, findings = "", "", []
    for filler, (surface, span_type, role) in parts:
        text += filler
        # the role word right before a name of that role goes into its placeholder ("the victim")
        expected += " " if filler == " the victim " and role == PersonRole.VICTIM else filler
        findings.append(Finding(span_type, len(text), len(text) + len(surface), surface, "test", role=role))
        text += surface
        expected += surface
    pseudonymizer = Pseudonymizer([text])
    sent = pseudonymizer.redact(text, findings)
    assert not any(surface in sent for surface, _, _ in SURFACES)
    restorer = pseudonymizer.restorer()
    assert restorer.restore(sent) == expected
    assert streamed(pseudonymizer.restorer(), data.draw(chunkings(sent))) == expected
