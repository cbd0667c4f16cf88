"""What is worked out once from each pattern, shipped precomputed.

Building an inspector reads every pattern to find where its matches can start (its lead,
recognizers/leads.py), its guard and its first words (classifiers/literals.py). That
reading is deterministic and took about half of the five seconds an inspector took to
build, which every `garda scan` and every `garda serve` paid before its first text.

``data/derived_patterns.json`` holds the results, each under a hash of what it was worked
out from (the kind of result, the pattern's source and flags, and the options). A pattern
that is new or changed misses the table and is worked out as before, so the table can only
be stale, never wrong. `python scripts/derive_patterns.py` rewrites it, and a test checks
that the shipped table is what the script writes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

TABLE_FILE = Path(__file__).parent / "data" / "derived_patterns.json"

# While recording() is open, every result looked up is worked out (never read from the table) and kept.
_recorded: dict[str, Any] | None = None


@contextmanager
def recording() -> Iterator[dict[str, Any]]:
    """Work out every result afresh while open, and collect them by key (what the script writes)."""
    global _recorded
    _recorded = collected = {}
    try:
        yield collected
    finally:
        _recorded = None


def looked_up(kind: str, parts: tuple[Any, ...], work_out: Callable[[], Any]) -> Any:
    """The result of ``work_out()`` for these ``parts``: from the table when it holds it, else worked out.
    Results must be JSON values (strings, numbers, booleans, None, lists)."""
    key = _key(kind, parts)
    if _recorded is not None:
        _recorded[key] = value = work_out()
        return value
    table = _table()
    return table[key] if key in table else work_out()


def _key(kind: str, parts: tuple[Any, ...]) -> str:
    return hashlib.sha256(repr((kind, *parts)).encode("utf-8")).hexdigest()[:32]


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    try:
        return json.loads(TABLE_FILE.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
