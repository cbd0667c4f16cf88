"""Findings that overlap are replaced as one span, so no piece of either is left behind."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from garda.inspect.spans import Finding


def merge_overlaps(findings: Sequence[Finding]) -> list[Finding]:
    """Earliest first; an overlapping finding widens the one before it (which keeps its type)."""
    kept: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and finding.start < kept[-1].end:
            if finding.end > kept[-1].end:
                kept[-1] = replace(kept[-1], end=finding.end)
            continue
        kept.append(finding)
    return kept
