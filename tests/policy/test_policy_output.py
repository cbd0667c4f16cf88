"""The answer check: personal data the prompt never had is withheld, bias language is flagged."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from garda.errors import InspectionFailed
from garda.inspect.spans import Finding, SpanType
from garda.policy.output import FLAGGED_USES, WITHHELD_TYPES, OutputGuard, review_output
from garda.policy.placeholders import Restorer
from tests.policy.fake_inspector import BrokenInspector, FakeInspector

PROMPT = ["Rewrite: the victim Dana Whitfield can be reached at 414-555-0142. Suspect 1 fled."]
PLACEHOLDERS = ["the victim", "Suspect 1", "[PHONE-1]"]
ANSWER = ("Dana Whitfield can be reached at (414) 555-0142.\nCorwin Ashby, the neighbour, "
          "called from 414-555-0187 about Suspect 1. His ethnicity is irrelevant.")


def test_new_phone_withheld_known_phone_kept():
    review = review_output(ANSWER, FakeInspector(), PROMPT, PLACEHOLDERS)
    assert "(414) 555-0142" in review.text
    assert "414-555-0187" not in review.text and "[withheld: PHONE]" in review.text
    assert "Corwin Ashby" not in review.text and "[withheld: PERSON]" in review.text
    assert "Dana Whitfield" in review.text
    assert sorted(w["type"] for w in review.withheld) == ["PERSON", "PHONE"]


def test_withheld_entries_never_hold_the_text():
    review = review_output(ANSWER, FakeInspector(), PROMPT, PLACEHOLDERS)
    dumped = json.dumps(review.withheld)
    assert "555" not in dumped and "Ashby" not in dumped
    assert all(set(entry) == {"type", "reason"} and "682.20 A.2" in entry["reason"] for entry in review.withheld)


def test_protected_characteristic_language_is_flagged_not_removed():
    review = review_output(ANSWER, FakeInspector(), PROMPT, PLACEHOLDERS)
    assert "ethnicity" in review.text
    assert review.flags == [{"kind": "protected_characteristic", "section": "682.20 D",
                             "explanation": "mentions ethnicity"}]


def test_numbers_compare_without_punctuation_or_country_code():
    answer = "Call +1 414.555.0142 or 4145550142."
    review = review_output(answer, FakeInspector(), PROMPT, PLACEHOLDERS)
    assert review.text == answer and review.withheld == []


def test_a_name_part_the_prompt_had_is_kept():
    review = review_output("Whitfield agreed.", FakeInspector(), PROMPT, PLACEHOLDERS)
    assert review.text == "Whitfield agreed."


def test_placeholders_are_not_findings():
    class FlagsPlaceholders(FakeInspector):
        def inspect(self, text):
            inspection = super().inspect(text)
            start = text.find("[PHONE-1]")
            if start >= 0:
                inspection.findings.append(Finding(SpanType.PHONE, start, start + 9, "[PHONE-1]", "odd"))
            return inspection

    review = review_output("Call [PHONE-1] today.", FlagsPlaceholders(), PROMPT, PLACEHOLDERS)
    assert review.text == "Call [PHONE-1] today." and review.withheld == []


def test_an_answer_that_cannot_be_inspected_is_not_shown():
    with pytest.raises(InspectionFailed):
        review_output(ANSWER, BrokenInspector(), PROMPT, PLACEHOLDERS)
    guard = OutputGuard(BrokenInspector(), PROMPT, PLACEHOLDERS)
    with pytest.raises(InspectionFailed):
        guard.feed("A sentence. And another.")


def guarded(chunks: list[str], max_held: int = 400) -> tuple[str, OutputGuard]:
    guard = OutputGuard(FakeInspector(), PROMPT, PLACEHOLDERS, max_held=max_held)
    return "".join(guard.feed(c) for c in chunks) + guard.flush(), guard


def test_guard_one_character_at_a_time_matches_the_whole_review():
    whole = review_output(ANSWER, FakeInspector(), PROMPT, PLACEHOLDERS)
    text, guard = guarded(list(ANSWER))
    assert text == whole.text
    assert guard.withheld == whole.withheld and guard.flags == whole.flags


def test_guard_holds_text_until_the_sentence_ends():
    guard = OutputGuard(FakeInspector(), PROMPT, PLACEHOLDERS)
    assert guard.feed("He called from 414-555-") == ""
    assert guard.feed("0187 today. Then") == "He called from [withheld: PHONE] today."
    assert guard.flush() == " Then"


def test_a_line_break_inside_a_number_does_not_end_the_line():
    guard = OutputGuard(FakeInspector(), PROMPT, PLACEHOLDERS)
    assert guard.feed("He called from 414-555-\n") == ""
    assert guard.feed("0187\nNext line") == "He called from 414-555-\n0187\n"
    assert guard.feed(" 414-555-0187 -\n") == ""
    assert guard.feed("x") == "Next line [withheld: PHONE] -\n"


def test_an_initial_does_not_end_the_sentence():
    guard = OutputGuard(FakeInspector(), PROMPT, PLACEHOLDERS)
    assert guard.feed("Ask Dr. ") == ""
    assert guard.feed("Corwin Ashby now. ") == "Ask Dr. [withheld: PERSON] now."


def test_a_long_run_without_sentence_end_is_cut_between_words():
    run = "word " * 100 + "call 414-555-0187 "
    text, guard = guarded([run[i:i + 7] for i in range(0, len(run), 7)], max_held=120)
    assert text == "word " * 100 + "call [withheld: PHONE] "
    assert [w["type"] for w in guard.withheld] == ["PHONE"]


@st.composite
def chunkings(draw, text: str) -> list[str]:
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=30)))
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


@settings(max_examples=200, deadline=None)
@given(chunkings(ANSWER))
def test_guard_then_restorer_in_any_chunking(chunks):
    """The streaming pipeline order: upstream delta -> OutputGuard.feed -> Restorer.feed."""
    guard = OutputGuard(FakeInspector(), PROMPT, PLACEHOLDERS)
    restorer = Restorer({"the victim": "Dana Whitfield", "Suspect 1": "Lyle Ferrante", "[PHONE-1]": "414-555-0142"})
    out = "".join(restorer.feed(guard.feed(c)) for c in chunks)
    out += restorer.feed(guard.flush()) + restorer.flush()
    assert "414-555-0187" not in out and "Corwin Ashby" not in out
    assert "(414) 555-0142" in out and "Lyle Ferrante" in out
    assert out.count("[withheld: PHONE]") == 1 and out.count("[withheld: PERSON]") == 1


@pytest.fixture(scope="module")
def real_inspector():
    from garda.inspect.engine import default_inspector

    return default_inspector()


def test_an_address_inside_a_plan_in_the_answer_is_withheld(real_inspector):
    """A plan in an answer is the model's own (not withheld), but an address it names is someone's:
    the review does not run the plan detector, so the address is not hidden behind it."""
    answer = "Plan: the entry team will hit 2417 N. 35th St. at 0600 tomorrow, and Officer Kowalski covers it."
    review = review_output(answer, real_inspector, ["Write a plan for the warrant."], [])
    assert "2417" not in review.text and "Kowalski" not in review.text
    assert sorted(w["type"] for w in review.withheld) == ["ADDRESS", "PERSON"]
    assert "entry team will hit" in review.text


def test_the_review_runs_only_the_detectors_whose_findings_it_keeps(real_inspector):
    answer = ("Track every place his car was parked this month. He is probably undocumented given his accent. "
              "The caller was described as a Hispanic male. Call Corwin Ashby at 414-555-0187.")
    review = review_output(answer, real_inspector, PROMPT, PLACEHOLDERS)
    assert sorted(w["type"] for w in review.withheld) == ["PERSON", "PHONE"]
    assert sorted(flag["kind"] for flag in review.flags) == ["categorization", "protected_characteristic"]
    reviewer = real_inspector.narrowed(WITHHELD_TYPES, FLAGGED_USES)
    assert {c.name for c in reviewer.classifiers} == {"categorization", "protected_characteristic"}
    assert "tactical" not in {r.name for r in reviewer.recognizers}
