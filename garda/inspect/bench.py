"""Measure inspection time: ``python -m garda.inspect.bench``.

Prints p50/p95 per text size for a realistic report-like text, and the time of a few
adversarial 64 KB texts, as wall-clock and as CPU time of the thread (steadier on a
busy machine). Texts are synthetic and fictitious.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from garda.inspect.engine import Inspector, default_inspector

PARAGRAPH = (
    "On 03/02/2026 at approximately 2130 hours, Officer Daniel Kowalski responded to 2417 N. 35th St., Apt 3 "
    "for a battery complaint. Victim Jane Doe (DOB 03/14/1988) stated that the suspect, John Smith, struck her "
    "with a closed fist. She can be reached at (414) 555-0142 or jane.doe@example.org. The suspect fled in a "
    "gray sedan, WI plate ABC-1234, toward N 35th St and W Center St. Witness Maria Lopez stated she saw the "
    "incident from the 2400 block of N 35th St. MPD incident 26-113457. Please rewrite this as a clear, "
    "professional narrative and fix the grammar. The victim declined medical treatment at the scene. "
)
SIZE = 64 * 1024
# Each the worst case for some detector: many candidates, each cheap to reject or accept.
ADVERSARIAL_PATTERNS: dict[str, str] = {
    "digits": "1 ",
    "dotted": "1.",
    "capitals": "Aa ",
    "zero-width": "\u200b4\u200b1",
    "homoglyphs": "\u0408\u0430n\u0435 D\u043e\u0435 ",
    "punctuation": "-.-/",
    "no-spaces": "a",
    "names": "Jane Doe Smith Jones ",
    "record": "SMITH, JOHN ",
    "all-caps": "VICTIM JANE AB CD ",
    "spelled": "four one four five five five ",
    "at-signs": "a@b.",
    "cues": "case plate warrant DOB born sort by race track his ",
}
ADVERSARIAL_KINDS = (*ADVERSARIAL_PATTERNS, "mixed")


def adversarial(kind: str, size: int = SIZE) -> str:
    """A ``size``-character text of one adversarial kind (``mixed``: random characters, seeded)."""
    if kind == "mixed":
        rng = random.Random(682)
        alphabet = "aA1 .-/@#,:\n()\u200b\u0430\uff11'"
        return "".join(rng.choice(alphabet) for _ in range(size))
    pattern = ADVERSARIAL_PATTERNS[kind]
    return (pattern * (size // len(pattern) + 1))[:size]


def report_like(size: int) -> str:
    """A report narrative of ``size`` characters: the same paragraph repeated."""
    return (PARAGRAPH * (size // len(PARAGRAPH) + 1))[:size]


def timed(call: Callable[[], object]) -> tuple[float, float]:
    """(wall-clock ms, this thread's CPU ms) of one call."""
    began, began_cpu = time.perf_counter(), time.thread_time()
    call()
    return (time.perf_counter() - began) * 1000, (time.thread_time() - began_cpu) * 1000


def samples(call: Callable[[str], object], texts: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of ``runs`` calls, on ``texts`` in turn."""
    wall, cpu = [], []
    for run in range(runs):
        wall_ms, cpu_ms = timed(lambda: call(texts[run % len(texts)]))
        wall.append(wall_ms)
        cpu.append(cpu_ms)
    return wall, cpu


def adversarial_times(inspector: Inspector) -> dict[str, tuple[float, float]]:
    """Best of three (wall ms, CPU ms) per 64 KB adversarial kind, after one warm-up inspection."""
    results = {}
    for kind in ADVERSARIAL_KINDS:
        text = adversarial(kind)
        inspector.inspect(text)
        results[kind] = min((timed(lambda: inspector.inspect(text)) for _ in range(3)), key=lambda run: run[1])
    return results


def main() -> None:
    inspector = default_inspector(timeout_seconds=10)
    inspector.inspect(report_like(1024))
    for size in (1024, 4096, 16384, 65536):
        text = report_like(size)
        wall, cpu = samples(inspector.inspect, [text], 200 if size <= 4096 else 40)
        wall.sort()
        print(f"report-like {size // 1024:>3} KB: p50 {statistics.median(wall):7.2f} ms wall "
              f"(p95 {wall[int(len(wall) * 0.95)]:7.2f}), p50 {statistics.median(cpu):7.2f} ms CPU")
    for kind, (wall_ms, cpu_ms) in adversarial_times(inspector).items():
        print(f"adversarial 64 KB {kind:<12}: {wall_ms:7.1f} ms wall, {cpu_ms:7.1f} ms CPU (best of 3)")


if __name__ == "__main__":
    main()
