"""Percentiles of a list of latencies, in milliseconds."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Latency:
    runs: int
    p50: float
    p99: float

    @classmethod
    def of(cls, milliseconds: list[float]) -> Latency:
        ordered = sorted(milliseconds)
        return cls(runs=len(ordered), p50=percentile(ordered, 50), p99=percentile(ordered, 99))


def percentile(ordered: list[float], pct: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    if not ordered:
        return math.nan
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]
