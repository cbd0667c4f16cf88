"""One inspector for the module's tables (building it reads the name lists once)."""

from __future__ import annotations

import pytest

from garda.inspect.engine import Inspector, default_inspector


@pytest.fixture(scope="session")
def inspector() -> Inspector:
    return default_inspector(timeout_seconds=5.0)
