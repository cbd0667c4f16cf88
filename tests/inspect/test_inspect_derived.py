"""What is worked out once from each pattern is shipped precomputed (garda/inspect/derived.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import regex

from garda.inspect import derived
from garda.inspect.classifiers.literals import guard_of, leading_literals

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_table_is_what_the_script_writes():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "derive_patterns.py"), "--check"],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_pattern_the_table_lacks_is_worked_out_as_before():
    source = r"\b(?:gizmo|gadget)s?\s+(?:for|of)\s+sale"
    assert derived._key("leading_literals", (source, True)) not in derived._table()
    assert leading_literals(source) == ((("gizmo", True), ("gadget", True)), False)
    assert guard_of(source).search("two gadgets for sale")


def test_a_result_from_the_table_is_the_one_worked_out():
    from garda.inspect.recognizers.medical import TERM
    source = regex.sub(r"\(\?P<\w+>", "(?:", TERM.pattern)
    with derived.recording() as recorded:
        afresh = leading_literals(source)
    assert afresh is not None and set(recorded) <= set(derived._table())
    assert leading_literals(source) == afresh
