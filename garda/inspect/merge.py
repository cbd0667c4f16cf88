"""Overlapping findings -> one non-overlapping, sorted list, deterministically.

Where two findings overlap, the one whose type ranks first in ``PRECEDENCE`` wins
(non-public and checksum-validated types before context-only ones); within a type,
the higher score, then the longer span, then the earlier one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from garda.inspect.spans import Finding, SpanType

PRECEDENCE: tuple[SpanType, ...] = (
    SpanType.CONFIDENTIAL_SOURCE,
    SpanType.TACTICAL,
    SpanType.SSN,
    SpanType.ACCOUNT_NUMBER,
    SpanType.VIN,
    SpanType.EMAIL,
    SpanType.IP_ADDRESS,
    SpanType.PHONE,
    SpanType.CJI_IDENTIFIER,
    SpanType.DRIVER_LICENSE,
    SpanType.DATE_OF_BIRTH,
    SpanType.CASE_NUMBER,
    SpanType.LICENSE_PLATE,
    SpanType.ADDRESS,
    SpanType.MEDICAL,
    SpanType.PERSON,
)
RANK = {span_type: index for index, span_type in enumerate(PRECEDENCE)}


def merge(findings: Iterable[Finding]) -> list[Finding]:
    ordered = sorted(
        (f for f in findings if f.end > f.start),
        key=lambda f: (RANK[f.span_type], -f.score, f.start - f.end, f.start, f.recognizer))
    kept: list[Finding] = []
    starts: list[int] = []   # accepted spans never overlap, so sorted starts imply sorted ends
    ends: list[int] = []
    for finding in ordered:
        index = bisect_left(starts, finding.start)
        if index > 0 and ends[index - 1] > finding.start:
            continue
        if index < len(starts) and starts[index] < finding.end:
            continue
        starts.insert(index, finding.start)
        ends.insert(index, finding.end)
        kept.append(finding)
    kept.sort(key=lambda f: (f.start, f.end))
    return kept
