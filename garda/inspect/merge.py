"""Overlapping findings -> one non-overlapping, sorted list, deterministically.

Where two findings overlap, the one whose type ranks first in ``PRECEDENCE`` wins
(non-public and checksum-validated types before context-only ones); within a type,
the higher score, then the longer span, then the earlier one. What a finding that
lost to one of another type covered beyond it stays covered, as findings of its own
type: an address that runs past a tactical phrase keeps its unit number hidden. (A
finding that lost to one of its own type is a worse reading of the same thing.)
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import islice
from operator import attrgetter, le

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
    placed = sorted((f for f in findings if f.end > f.start), key=_place)
    if _apart(placed):   # nothing overlaps, nothing to decide (a long text of many findings, often)
        return placed
    # Findings that tie on precedence share their span, so the order by place keeps their order as given.
    ordered = sorted(placed, key=lambda f: (RANK[f.span_type], -f.score, f.start - f.end, f.start, f.recognizer))
    kept: list[Finding] = []
    losers: list[Finding] = []
    kept_by_start: list[Finding] = []   # kept, in the order of ``starts``
    starts: list[int] = []   # accepted spans never overlap, so sorted starts imply sorted ends
    ends: list[int] = []
    for finding in ordered:
        index = bisect_left(starts, finding.start)
        if (index > 0 and ends[index - 1] > finding.start) or (index < len(starts) and starts[index] < finding.end):
            if not _overlaps_its_own_type(finding, kept_by_start, index):
                losers.append(finding)
            continue
        starts.insert(index, finding.start)
        ends.insert(index, finding.end)
        kept_by_start.insert(index, finding)
        kept.append(finding)
    for loser in losers:
        kept.extend(_uncovered_parts(loser, starts, ends))
    kept.sort(key=lambda f: (f.start, f.end))
    return kept


_place = attrgetter("start")   # findings apart never share a start, so this orders them by place


def _apart(placed: list[Finding]) -> bool:
    """Whether each finding, in order of place, ends before or where the next one starts."""
    return all(map(le, map(attrgetter("end"), placed), map(attrgetter("start"), islice(placed, 1, None))))


def _overlaps_its_own_type(finding: Finding, kept_by_start: list[Finding], index: int) -> bool:
    """Whether a kept finding of the same type overlaps ``finding`` (which would go in at ``index``):
    kept findings never overlap each other, so the ones it overlaps are a run from ``index - 1``."""
    for kept in islice(kept_by_start, max(0, index - 1), None):
        if kept.start >= finding.end:
            return False
        if kept.end > finding.start and kept.span_type is finding.span_type:
            return True
    return False


def _uncovered_parts(loser: Finding, starts: list[int], ends: list[int]) -> list[Finding]:
    """The stretches of ``loser`` no kept finding covers, each trimmed of spaces and punctuation
    at its edges, kept when it still holds a letter or digit. Adds them to ``starts``/``ends``."""
    parts = []
    position = loser.start
    index = max(0, bisect_left(starts, loser.start) - 1)
    while position < loser.end:
        while index < len(starts) and ends[index] <= position:
            index += 1
        gap_end = min(loser.end, starts[index]) if index < len(starts) else loser.end
        if gap_end > position:
            parts.append((position, gap_end))
        if index >= len(starts):
            break
        position = max(position, ends[index])
    found = []
    for start, end in parts:
        piece = loser.text[start - loser.start:end - loser.start]
        lead = len(piece) - len(piece.lstrip(EDGE))
        piece = piece.strip(EDGE)
        if not any(c.isalnum() for c in piece):
            continue
        start += lead
        end = start + len(piece)
        at = bisect_left(starts, start)
        starts.insert(at, start)
        ends.insert(at, end)
        found.append(loser.at(start, end, piece))
    return found


EDGE = " \t\n\r,.;:-/()[]{}\"'"
