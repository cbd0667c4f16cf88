"""Where a request's time goes inside garda: the app in process (httpx.ASGITransport), one
client, a few of garda's own steps timed by wrapping them for the duration of the run.

The wrapped names are garda internals (Database.write_statements/awrite_statements/aread_statements, Inspector.inspect,
OpenAICompatibleUpstream.complete); a step that no longer exists is skipped, not an error.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections import Counter, defaultdict
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, Iterator

STEPS = (
    ("garda.store.database", "Database", "awrite_statements", "durable database write (awaited, incl. thread hop)"),
    ("garda.store.database", "Database", "write_statements", "  of which: the write itself, in its thread"),
    ("garda.store.database", "Database", "aread_statements", "database read (awaited; on SQLite on the event loop)"),
    ("garda.inspect.engine", "Inspector", "inspect", "inspection (prompt and answer)"),
    ("garda.upstreams.openai_compatible", "OpenAICompatibleUpstream", "complete", "upstream call"),
)


@contextmanager
def _timed(owner: Any, name: str, label: str, totals: dict[str, float], calls: Counter) -> Iterator[None]:
    original = getattr(owner, name)

    if asyncio.iscoroutinefunction(original):
        @functools.wraps(original)
        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return await original(*args, **kwargs)
            finally:
                totals[label] += time.perf_counter() - began
                calls[label] += 1
    else:
        @functools.wraps(original)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                totals[label] += time.perf_counter() - began
                calls[label] += 1

    setattr(owner, name, wrapper)
    try:
        yield
    finally:
        setattr(owner, name, original)


def measure(home: Path, headers: dict[str, str], body_of: Any, requests: int) -> list[tuple[str, float, float]]:
    """[(step, calls per request, ms per request)], the first row being the whole request."""
    import importlib

    import httpx

    from garda.app import create_app
    from garda.settings import load_settings

    app = create_app(load_settings(home=home))
    totals: dict[str, float] = defaultdict(float)
    calls: Counter = Counter()

    async def send(client: httpx.AsyncClient, count: int) -> None:
        for index in range(count):
            response = await client.post("/v1/chat/completions", json=body_of(index), headers=headers)
            if response.status_code != 200:
                raise RuntimeError(f"in-process request answered {response.status_code}")

    async def run() -> float:
        async with app.router.lifespan_context(app), httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://garda.bench") as client:
            await send(client, 10)
            with ExitStack() as stack:
                for module, owner, name, label in STEPS:
                    target = getattr(importlib.import_module(module), owner, None)
                    if target is not None and hasattr(target, name):
                        stack.enter_context(_timed(target, name, label, totals, calls))
                began = time.perf_counter()
                await send(client, requests)
                return time.perf_counter() - began

    whole = asyncio.run(run())
    rows = [("whole request, in process", 1.0, whole / requests * 1000)]
    rows += [(label, calls[label] / requests, totals[label] / requests * 1000)
             for *_, label in STEPS if calls[label]]
    return rows
