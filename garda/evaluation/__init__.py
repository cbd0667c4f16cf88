"""Measure inspection and decisions against a labelled corpus (`garda eval`).

    from garda.evaluation import load_corpus, score
    report = score(load_corpus(path), predict)   # predict(text) -> garda scan's JSON-line dict
    report.to_dict()
"""

from garda.evaluation.corpus import Item, Span, load_corpus, parse_corpus
from garda.evaluation.report import Report, SpanCounts
from garda.evaluation.scoring import score

__all__ = ["Item", "Report", "Span", "SpanCounts", "load_corpus", "parse_corpus", "score"]
