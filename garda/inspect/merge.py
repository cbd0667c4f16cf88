"""Overlapping findings -> one non-overlapping, sorted list, deterministically.

Overlapping findings of a phrase type (health information) are first joined into one over their
union. Where two findings overlap, the one whose type ranks first in ``PRECEDENCE`` wins
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


# Health information is a phrase, not an identifier: two detectors that read it in two extents (the rules
# "a chipped tooth", the learned tagger "busted lip and a chipped tooth") found one phrase, their union.
PHRASES = frozenset({SpanType.MEDICAL})


def merge(findings: Iterable[Finding]) -> list[Finding]:
    placed = sorted(_joined_phrases([f for f in findings if f.end > f.start]), key=_place)
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


def _joined_phrases(findings: list[Finding]) -> list[Finding]:
    """``findings`` with each overlapping group of PHRASES findings of one type as one finding over
    their union (the score, recognizer and explanation of its best-scored member)."""
    phrases = sorted((f for f in findings if f.span_type in PHRASES), key=lambda f: (f.span_type.value, f.start, f.end))
    if len(phrases) < 2:
        return findings
    joined: list[Finding] = []
    for finding in phrases:
        last = joined[-1] if joined else None
        if last is None or last.span_type is not finding.span_type or finding.start >= last.end:
            joined.append(finding)
        elif finding.end > last.end:
            best = last if last.score >= finding.score else finding
            text = last.text + finding.text[last.end - finding.start:]
            joined[-1] = Finding(last.span_type, last.start, finding.end, text, best.recognizer, best.score,
                                 best.role, best.explanation)
        elif finding.score > last.score:   # inside the last one: its reading, if better scored
            joined[-1] = Finding(last.span_type, last.start, last.end, last.text, finding.recognizer,
                                 finding.score, finding.role, finding.explanation)
    return [f for f in findings if f.span_type not in PHRASES] + joined


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
