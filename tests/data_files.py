"""The corpus generators and fillers under tests/data, imported by file path (tests/data is not a package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
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
