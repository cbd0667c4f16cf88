"""The corpus generators and fillers under tests/data, imported by file path (tests/data is not a package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from collections import Counter
from types import ModuleType

DATA = Path(__file__).resolve().parent / "data"


def data_module(name: str) -> ModuleType:
    """tests/data/<name>.py as a module; its own imports of sibling files resolve while it loads."""
    sys.path.insert(0, str(DATA))
    try:
        spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(DATA))


def prohibited_phrasings(rows: list[dict]) -> tuple[Counter, Counter]:
    """Per prohibited use (the part after ``prohibited:``), how many items ask for it and how many
    of those are phrased indirectly."""
    per_use, indirect = Counter(), Counter()
    for row in rows:
        for category in row["categories"]:
            if category.startswith("prohibited:"):
                use = category.removeprefix("prohibited:")
                per_use[use] += 1
                indirect[use] += "phrasing:indirect" in row["categories"]
    return per_use, indirect
