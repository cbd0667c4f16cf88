"""Where a pattern can start: a cheap standard-library scan that finds every such place.

A recognizer that scans whole windows with a large case-insensitive ``regex`` pattern
spends most of its time failing at positions where no match can begin. Its *lead* is
the set of three-character beginnings a match can have, worked out once per pattern
by asking ``regex`` for partial matches of every short ASCII string; :func:`lead_scan`
compiles it into one ``re`` pattern (a small trie, preceded by "no ASCII letter or
digit before" when every match starts at a word boundary), which finds a superset of
the places where the pattern can match. Working a lead out takes 0.01-0.4 s, so
recognizers do it in ``prepare()``, before the first text.
Trying the pattern only there, in order, skipping places inside the previous match,
gives exactly the matches a ``finditer`` over the same stretch gives.

A non-ASCII character anywhere in the first three counts as a possible beginning
(``regex`` folds some of them onto ASCII letters), so the lead never misses one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex

from garda.inspect import budget, derived

# Every ASCII character, letters in lower case only (the upper case is probed beside each).
ALPHABET = "".join(chr(code) for code in range(128) if not chr(code).isupper())
DEPTH = 3
ACCEPT = ""   # a trie key: a match may end here


@lru_cache(maxsize=None)
def lead_scan(pattern: regex.Pattern[str], after_boundary: bool = False) -> re.Pattern[str] | None:
    """A ``re`` pattern matching (zero-width) at every place ``pattern`` could start a match, or None
    when no useful lead exists (then scan as before).

    ``after_boundary``: the caller knows every match starts with ``\\b`` before a word character,
    so never right after an ASCII letter or digit (``regex``'s partial matching is too lenient to
    prove that here). Shipped precomputed (garda/inspect/derived.py).
    """
    source = derived.looked_up("lead_scan", (pattern.pattern, int(pattern.flags), after_boundary),
                               lambda: _lead_source(pattern, after_boundary))
    return None if source is None else re.compile(source, re.IGNORECASE)


def _lead_source(pattern: regex.Pattern[str], after_boundary: bool) -> str | None:
    if pattern.match("") is not None:
        return None   # matches the empty string: anywhere can start a match
    trie: dict[str, dict] = {}
    frontier: list[tuple[list[str], dict]] = [([""], trie)]
    for _depth in range(DEPTH):
        following: list[tuple[list[str], dict]] = []
        for probes, node in frontier:
            if any(pattern.match(probe) is not None for probe in probes if probe):
                node[ACCEPT] = {}
            for char in ALPHABET:
                variants = {char, char.upper()}
                passing = [probe + v for probe in probes for v in variants
                           if pattern.match(probe + v, partial=True) is not None]
                if passing:
                    node[char] = {}
                    following.append((passing, node[char]))
        frontier = following
        if len(frontier) > 400:
            return None   # too many beginnings to be worth a lead
    if not trie or ACCEPT in trie or any(not char.isalnum() for char in trie):
        return None   # a match may begin with punctuation or a blank: keep the plain scan
    guard = r"(?<![A-Za-z0-9])" if after_boundary else ""
    return guard + "(?=" + _alternatives(trie) + ")"


def _alternatives(node: dict) -> str:
    """The trie as a pattern; a non-ASCII character at any depth is always a possible beginning."""
    if not node:
        return ""
    branches = [re.escape(char) + _alternatives(child) for char, child in sorted(node.items())]
    if ACCEPT in node:
        return "(?:)"   # the pattern may already have matched: every continuation is a beginning
    return "(?:" + "|".join(branches) + r"|[^\x00-\x7f])"


def led_finditer(pattern: regex.Pattern[str], text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """``budget.finditer(pattern, text, start, end)``, for a pattern whose every match starts with
    ``\\b`` before a word character, trying it only where its lead matches."""
    lead = lead_scan(pattern, True)
    if lead is None:
        yield from budget.finditer(pattern, text, start, end)
        return
    yield from matches_at(pattern, text, (found.start() for found in lead.finditer(text, start, end)), end)


def matches_at(pattern: regex.Pattern[str], text: str, beginnings: Iterable[int], end: int, *,
               linear: bool = False) -> Iterator[regex.Match[str]]:
    """The pattern tried at each of ``beginnings`` (in order) up to ``end``, skipping those inside a
    match already found: the matches a scan from the first beginning would find there. ``linear``
    as for :func:`budget.match`."""
    position = 0
    for beginning in beginnings:
        if beginning < position:
            continue
        match = budget.match(pattern, text, beginning, end, linear=linear)
        if match:
            yield match
            position = max(match.end(), beginning + 1)


def matches_in_regions(pattern: regex.Pattern[str], lead: re.Pattern[str], text: str,
                       regions: Iterable[tuple[int, int]], *, linear: bool = False) -> Iterator[regex.Match[str]]:
    """What ``budget.finditer`` over each of ``regions`` (sorted, disjoint) yields, trying ``pattern``
    only where ``lead`` matches (``lead`` must match at every place a match can begin; it may match
    more, and may consume the one character it starts at)."""
    for start, end in regions:
        beginnings = (found.start() for found in lead.finditer(text, start, end))
        yield from matches_at(pattern, text, beginnings, end, linear=linear)
