"""The scorer on toy corpora and toy predictors: every rule checked by hand-counted examples."""

from __future__ import annotations

import json

import pytest

from garda.evaluation import Item, Span, parse_corpus, score
from garda.evaluation.corpus import CorpusError
from garda.evaluation.matching import hits, is_correct, leaked_characters

TEXT = "Call Tou Vang at 414-555-0123 today."   # name 5:13, phone 17:29


def item(spans, expected="redact", categories=(), text=TEXT, item_id="t1"):
    return Item(item_id, text, tuple(Span(*s) for s in spans), expected, tuple(categories))


def predictor(decision="redact", spans=()):
    return lambda text: {"decision": decision, "reasons": [],
                         "spans": [{"start": s, "end": e, "type": t} for s, e, t in spans]}


GOLD = [(5, 13, "PERSON"), (17, 29, "PHONE")]


def test_half_coverage_is_a_hit_and_less_is_not():
    gold = Span(0, 10, "PHONE")
    assert hits(Span(0, 5, "PHONE"), gold)
    assert hits(Span(3, 20, "PHONE"), gold)
    assert not hits(Span(0, 4, "PHONE"), gold)
    assert not hits(Span(10, 15, "PHONE"), gold)


def test_a_name_found_in_two_pieces_is_one_hit_and_two_correct_predictions():
    report = score([item(GOLD)], predictor(spans=[(5, 8, "PERSON"), (9, 13, "PERSON"), (17, 29, "PHONE")]))
    person = report.by_type["PERSON"]
    assert (person.gold, person.gold_hit) == (1, 1)       # "Vang" covers 4 of 8 characters
    assert (person.predicted, person.predicted_correct) == (2, 2)


def test_typed_recall_needs_the_type_but_any_sensitive_does_not():
    report = score([item(GOLD)], predictor(spans=[(5, 13, "ADDRESS"), (17, 29, "PHONE")]))
    assert report.by_type["PERSON"].recall == 0
    assert report.by_type["ADDRESS"].precision == 0
    assert report.overall.recall == 0.5
    assert report.any_sensitive.recall == 1.0
    assert report.any_sensitive.precision == 1.0


def test_a_prediction_outside_gold_lowers_precision():
    report = score([item(GOLD)], predictor(spans=[(5, 13, "PERSON"), (17, 29, "PHONE"), (30, 35, "PERSON")]))
    assert report.overall.precision == pytest.approx(2 / 3)
    assert report.by_type["PERSON"].f1 == pytest.approx(2 * 1 * 0.5 / 1.5)


def test_leaked_characters_count_gold_characters_no_prediction_covers():
    assert leaked_characters([Span(5, 13, "PERSON")], [Span(5, 8, "PERSON")]) == 5
    report = score([item(GOLD)], predictor(spans=[(0, 8, "PERSON"), (17, 29, "PHONE")]))
    assert (report.leaked_chars, report.gold_chars) == (5, 20)
    assert report.leaked_percent == pytest.approx(100 * 5 / 20)


def test_is_correct_when_mostly_inside_gold():
    gold = [Span(0, 20, "ADDRESS")]
    assert is_correct(Span(2, 6, "ADDRESS"), gold, typed=True)
    assert not is_correct(Span(2, 6, "PERSON"), gold, typed=True)
    assert not is_correct(Span(15, 30, "ADDRESS"), gold, typed=True)


def test_confusion_matrix_accuracy_and_false_block_rate():
    items = [item([], "allow", item_id="a1"), item([], "allow", item_id="a2"), item([], "allow", item_id="a3"),
             item([], "allow", item_id="a4"), item(GOLD, "redact", item_id="r1"), item([], "block", item_id="b1")]
    answers = {"a1": "allow", "a2": "allow", "a3": "block", "a4": "redact", "r1": "redact", "b1": "allow"}
    texts = [Item(i.id, f"{i.id} {TEXT}", (), i.expected) for i in items]
    report = score(texts, lambda text: {"decision": answers[text.split()[0]], "spans": []})
    assert report.confusion == {"allow": {"allow": 2, "block": 1, "redact": 1},
                                "redact": {"redact": 1}, "block": {"allow": 1}}
    assert report.decision_accuracy == pytest.approx(3 / 6)
    assert report.false_block_rate == pytest.approx(1 / 4)
    assert {m["id"] for m in report.decision_misses} == {"a3", "a4", "b1"}


def test_block_recall_per_prohibited_category():
    items = [item([], "block", ["prohibited:surveillance"], text=f"s{n}", item_id=f"s{n}") for n in range(4)]
    items.append(item([], "block", ["prohibited:categorization", "phrasing:indirect"], text="c", item_id="c"))
    report = score(items, lambda text: {"decision": "block" if text in ("s0", "s1", "s2") else "allow", "spans": []})
    assert report.block_recall["prohibited:surveillance"] == {"items": 4, "blocked": 3, "recall": 0.75}
    assert report.block_recall["prohibited:categorization"]["recall"] == 0
    assert "phrasing:indirect" not in report.block_recall


def test_name_recall_per_origin_group_and_gap():
    hmong = item([(5, 13, "PERSON")], categories=["names:hmong"], text=TEXT, item_id="h")
    irish = Item("i", "Ask Niamh Keane now.", (Span(4, 15, "PERSON"),), "redact", ("names:irish",))
    irish2 = Item("j", "Ask Eoin Keane now.", (Span(4, 14, "PERSON"),), "redact", ("names:irish",))
    found = {TEXT: [(5, 13, "PERSON")], "Ask Niamh Keane now.": [(4, 15, "PERSON")], "Ask Eoin Keane now.": []}
    report = score([hmong, irish, irish2], lambda text: predictor(spans=found[text])(text))
    assert report.names["hmong"].recall == 1.0
    assert report.names["irish"].recall == 0.5
    assert report.name_recall_gap_points == pytest.approx(50.0)


def test_a_crashing_predictor_is_counted_not_fatal():
    def crash(text):
        raise RuntimeError("boom")

    report = score([item(GOLD)], crash)
    assert report.predictor_errors == 1
    assert report.confusion == {"redact": {"error": 1}}
    assert report.leaked_chars == report.gold_chars == 20


def test_predicted_spans_outside_the_text_are_clipped():
    report = score([item(GOLD)], predictor(spans=[(-5, 13, "PERSON"), (17, 999, "PHONE"), (500, 600, "SSN")]))
    assert report.any_sensitive.recall == 1.0
    assert "SSN" not in report.by_type


def test_throughput_and_json_document_shape():
    document = score([item(GOLD)], predictor(spans=[(5, 13, "PERSON")]), corpus="toy").to_dict()
    assert document["corpus"] == "toy"
    assert document["throughput"]["items_per_second"] > 0
    assert set(document) >= {"spans", "leaked", "decisions", "names", "throughput"}
    assert document["spans"]["by_type"]["PHONE"]["recall"] == 0
    json.dumps(document)


def test_recall_is_none_where_nothing_was_there_to_find():
    report = score([item([], "allow")], predictor("allow"))
    assert report.any_sensitive.recall is None
    assert report.leaked_percent is None
    assert report.false_block_rate == 0


@pytest.mark.parametrize("line", [
    '{"id": 1, "text": "abc", "spans": [{"start": 0, "end": 9, "type": "PERSON"}], "expected": "allow"}',
    '{"id": 1, "text": "abc", "spans": [{"start": 0, "end": 2, "type": "NAME"}], "expected": "allow"}',
    '{"id": 1, "text": "abc", "spans": [], "expected": "maybe"}',
    '{"id": 1, "spans": [], "expected": "allow"}',
    'not json',
])
def test_a_malformed_corpus_line_is_reported_with_its_number(line):
    with pytest.raises(CorpusError, match="line 2"):
        parse_corpus(['{"id": 0, "text": "ok", "spans": [], "expected": "allow"}', line])


def test_leaked_characters_are_also_counted_per_gold_type():
    report = score([item(GOLD)], predictor(spans=[(0, 8, "PERSON"), (17, 23, "ADDRESS")]))
    assert report.leaked_by_type == {"PERSON": (5, 8), "PHONE": (6, 12)}   # any prediction covers, whatever its type
    assert report.leaked_percent_of("PHONE") == pytest.approx(50.0)
    assert report.leaked_percent_of("EMAIL") is None
    by_type = report.to_dict()["leaked"]["by_type"]
    assert by_type["PERSON"] == {"chars": 5, "gold_chars": 8, "percent": pytest.approx(62.5)}
    assert sum(entry["chars"] for entry in by_type.values()) == report.leaked_chars
