"""The engine: fail closed, merge deterministically, registry of detectors."""

from __future__ import annotations

import time

import pytest
import regex

from garda.errors import InspectionFailed
from garda.inspect import budget
from garda.inspect.engine import Inspector, default_inspector
from garda.inspect.merge import merge
from garda.inspect.protocols import Classifier, Recognizer
from garda.inspect.registry import InspectionRegistry, default_registry, register_learned_uses
from garda.inspect.spans import Finding, SpanType, UseFinding, UseKind


class Raising:
    name = "raising"
    span_types = (SpanType.PERSON,)

    def find(self, text):
        raise RuntimeError("boom")


class Slow:
    name = "slow"
    span_types = (SpanType.PERSON,)

    def find(self, text):
        time.sleep(0.05)
        return []


class Catastrophic:
    """A pattern that backtracks exponentially; the regex time budget must stop it."""

    name = "catastrophic"
    span_types = (SpanType.PERSON,)
    pattern = regex.compile(r"(?:a|aa)+c")

    def find(self, text):
        for match in budget.finditer(self.pattern, text):
            yield Finding(SpanType.PERSON, match.start(), match.end(), match.group(), self.name)


class Fixed:
    def __init__(self, name, *findings):
        self.name = name
        self.span_types = tuple({f.span_type for f in findings})
        self._findings = findings

    def find(self, text):
        return list(self._findings)


class Asking:
    name = "asking"
    kinds = (UseKind.SURVEILLANCE,)

    def find(self, text):
        yield UseFinding(UseKind.SURVEILLANCE, "682.35 D", 0, 5, self.name, "test")


def test_a_recognizer_that_raises_fails_closed():
    inspector = Inspector([Raising()], [])
    with pytest.raises(InspectionFailed) as caught:
        inspector.inspect("anything")
    assert caught.value.status == 503


def test_a_classifier_that_raises_fails_closed():
    class RaisingClassifier:
        name = "raising_classifier"
        kinds = (UseKind.CATEGORIZATION,)

        def find(self, text):
            raise ValueError("nope")

    with pytest.raises(InspectionFailed):
        Inspector([], [RaisingClassifier()]).inspect("anything")


def test_overrunning_the_budget_fails_closed():
    inspector = Inspector([Slow()], [], timeout_seconds=0.01)
    with pytest.raises(InspectionFailed) as caught:
        inspector.inspect("text")
    assert caught.value.code == "inspection_timeout"


def test_a_runaway_regex_is_stopped_and_fails_closed():
    inspector = Inspector([Catastrophic()], [], timeout_seconds=0.2)
    began = time.perf_counter()
    with pytest.raises(InspectionFailed):
        inspector.inspect("a" * 40)
    assert time.perf_counter() - began < 5


def test_no_partial_result_when_a_later_recognizer_fails():
    good = Fixed("good", Finding(SpanType.EMAIL, 0, 3, "", "good"))
    with pytest.raises(InspectionFailed):
        Inspector([good, Raising()], []).inspect("abc@example.org")


def test_findings_get_the_original_text_and_uses_are_kept():
    good = Fixed("good", Finding(SpanType.EMAIL, 0, 3, "whatever", "good"))
    inspection = Inspector([good], [Asking()]).inspect("abcdef")
    assert inspection.text == "abcdef"
    assert [(f.start, f.end, f.text) for f in inspection.findings] == [(0, 3, "abc")]
    assert inspection.of_kind(UseKind.SURVEILLANCE)[0].classifier == "asking"


def test_duplicate_detector_names_are_refused():
    with pytest.raises(ValueError):
        Inspector([Raising(), Raising()], [])


def _finding(span_type, start, end, score=0.8, recognizer="r"):
    return Finding(span_type, start, end, "", recognizer, score=score)


def test_merge_prefers_validated_types_over_context_ones():
    merged = merge([_finding(SpanType.PHONE, 0, 12), _finding(SpanType.SSN, 0, 11)])
    assert [f.span_type for f in merged] == [SpanType.SSN]


def test_merge_prefers_the_longer_span_of_the_same_type():
    merged = merge([_finding(SpanType.PERSON, 0, 4), _finding(SpanType.PERSON, 0, 9)])
    assert [(f.start, f.end) for f in merged] == [(0, 9)]


def test_merge_keeps_non_overlapping_and_sorts():
    merged = merge([_finding(SpanType.EMAIL, 20, 30), _finding(SpanType.PERSON, 0, 5),
                    _finding(SpanType.PHONE, 6, 18)])
    assert [f.start for f in merged] == [0, 6, 20]


def test_merge_is_deterministic_whatever_the_order():
    findings = [_finding(SpanType.PERSON, 0, 8), _finding(SpanType.ADDRESS, 4, 20),
                _finding(SpanType.TACTICAL, 2, 30), _finding(SpanType.PHONE, 31, 40),
                _finding(SpanType.PHONE, 31, 40, recognizer="other")]
    expected = merge(findings)
    assert merge(list(reversed(findings))) == expected
    assert [(f.span_type, f.start, f.end) for f in expected] == [
        (SpanType.TACTICAL, 2, 30), (SpanType.PHONE, 31, 40)]


def test_merge_drops_empty_spans():
    assert merge([_finding(SpanType.PERSON, 3, 3)]) == []


def test_every_builtin_conforms_and_every_span_type_and_use_is_covered():
    registry = default_registry()
    recognizers, classifiers = registry.recognizers(), registry.classifiers()
    assert all(isinstance(r, Recognizer) for r in recognizers)
    assert all(isinstance(c, Classifier) for c in classifiers)
    assert {t for r in recognizers for t in r.span_types} == set(SpanType)
    # covert work is read only by the learned reader, which a department may turn off
    assert {k for c in classifiers for k in c.kinds} == set(UseKind) - {UseKind.COVERT_WORK}
    register_learned_uses(registry)
    assert {k for c in registry.classifiers() for k in c.kinds} == set(UseKind)


def test_third_party_detectors_register_the_same_way():
    registry = default_registry()
    registry.add_recognizer("badge_number", lambda: Fixed("badge_number",
                                                          Finding(SpanType.CJI_IDENTIFIER, 0, 4, "", "badge_number")))
    inspector = Inspector(registry.recognizers(), registry.classifiers())
    assert any(f.recognizer == "badge_number" for f in inspector.inspect("1234 is a badge").findings)


def test_registry_refuses_duplicates_and_nonconforming_factories():
    registry = InspectionRegistry()
    registry.add_recognizer("raising", Raising)
    with pytest.raises(ValueError):
        registry.add_recognizer("raising", Raising)
    registry.add_recognizer("misnamed", Raising)
    with pytest.raises(TypeError):
        registry.recognizers()


def test_default_inspector_uses_its_timeout():
    assert default_inspector(0.5).timeout_seconds == 0.5


def test_a_validated_phone_beats_a_case_number_cue(inspector):
    findings = inspector.inspect("see report 414-555-0142 for the callback").findings
    assert [(f.span_type, f.text) for f in findings] == [(SpanType.PHONE, "414-555-0142")]


def test_an_operation_plan_covers_the_address_inside_it(inspector):
    text = "The search warrant service at 2417 N 35th St is tomorrow at 0500."
    assert [f.span_type for f in inspector.inspect(text).findings] == [SpanType.TACTICAL]


def test_nothing_of_the_text_is_kept_after_an_inspection(inspector):
    from garda.inspect import windows

    inspector.inspect("victim Jane Doe, SSN 123-45-6789")
    assert windows._shared.get() is windows._OUTSIDE


def test_registry_describes_every_detector():
    registry = default_registry()
    rows = registry.describe()
    assert [row["name"] for row in rows] == registry.names()
    assert all(row["finds"] for row in rows)


@pytest.mark.parametrize("finding", [
    Finding(SpanType.EMAIL, 3, 99, "", "bad"),
    Finding(SpanType.EMAIL, 5, 2, "", "bad"),
    Finding(SpanType.EMAIL, -1, 2, "", "bad"),
    Finding("EMAIL", 0, 2, "", "bad"),
])
def test_a_detector_returning_nonsense_fails_closed(finding):
    with pytest.raises(InspectionFailed):
        Inspector([Fixed("bad", finding)], []).inspect("abcdef")


def test_a_narrowed_inspector_runs_only_the_detectors_that_can_find_what_is_asked():
    phone = Finding(SpanType.PHONE, 0, 4, "x", "phones")
    person = Finding(SpanType.PERSON, 5, 9, "x", "people")
    inspector = Inspector([Fixed("phones", phone), Fixed("people", person)], [Asking()], timeout_seconds=0.7)
    narrowed = inspector.narrowed({SpanType.PHONE}, ())
    result = narrowed.inspect("0123 Jane and more")
    assert [f.span_type for f in result.findings] == [SpanType.PHONE] and result.uses == []
    assert narrowed.timeout_seconds == 0.7
    assert inspector.narrowed([SpanType.PHONE], []) is narrowed   # built once per combination
    assert [u.kind for u in inspector.narrowed((), {UseKind.SURVEILLANCE}).inspect("hello there").uses] == [
        UseKind.SURVEILLANCE]
    assert len(inspector.inspect("0123 Jane and more").findings) == 2   # the full inspector is unchanged


def test_a_narrowed_inspector_still_fails_closed():
    inspector = Inspector([Raising(), Fixed("phones", Finding(SpanType.PHONE, 0, 4, "x", "phones"))], [])
    with pytest.raises(InspectionFailed):
        inspector.narrowed({SpanType.PERSON}, ()).inspect("Jane")
