"""Pytest fixtures for the fake vendor; tests/conftest.py loads this module as a plugin.

``fake_vendor``: one server for the whole session, reset to its defaults before each test
(echo off, fixed reply, chunk size 3, no fault, no recorded requests).
``fake_vendor_server``: the same server without the reset, for session-scoped fixtures.
"""

from __future__ import annotations

import pytest

from tests.fakes.openai_upstream import FakeVendor


@pytest.fixture(scope="session")
def fake_vendor_server():
    with FakeVendor() as vendor:
        yield vendor


@pytest.fixture
def fake_vendor(fake_vendor_server):
    fake_vendor_server.reset()
    yield fake_vendor_server
    fake_vendor_server.reset()
