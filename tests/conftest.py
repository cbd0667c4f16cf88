"""Shared fixtures: a real garda home (SQLite file, key, migrations) per test, and CI strictness.

In CI (GARDA_REQUIRE_ALL_TESTS=1) a test that would skip because chromium, PostgreSQL or
the embedded model is missing fails instead, so a green run means everything ran.
"""

from __future__ import annotations

import os

import pytest

from garda.settings import Settings
from garda.setup import initialize

pytest_plugins = ["tests.fakes.fixtures", "tests.conftest_pg"]

STRICT_MARKERS = {"postgres", "embedded", "browser"}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if (report.skipped and os.environ.get("GARDA_REQUIRE_ALL_TESTS") == "1"
            and STRICT_MARKERS & {mark.name for mark in item.iter_markers()}):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where everything must run: {report.longrepr}"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(home=tmp_path / "garda-home", upstream_timeout_seconds=10.0)


@pytest.fixture
def initialized(settings) -> Settings:
    initialize(settings, demo=False)
    return settings
