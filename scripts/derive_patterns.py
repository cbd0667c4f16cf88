"""Write garda/inspect/data/derived_patterns.json: what is worked out once from each pattern.

    python scripts/derive_patterns.py            # rewrite the table
    python scripts/derive_patterns.py --check    # exit 1 if the shipped table differs

It builds every built-in detector (the learned reader included) and inspects a few texts, so
that what a detector works out on its first text is recorded too (garda/inspect/derived.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from garda.inspect import derived  # noqa: E402
from garda.inspect.bench import ADVERSARIAL_PATTERNS, adversarial, report_like  # noqa: E402
from garda.inspect.engine import default_inspector  # noqa: E402


def recorded() -> dict:
    with derived.recording() as results:
        inspector = default_inspector(timeout_seconds=60, learned_uses=True)
        for text in [report_like(4096), *(adversarial(name, 2048) for name in ADVERSARIAL_PATTERNS)]:
            inspector.inspect(text)
    return dict(sorted(results.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped table instead of writing it")
    args = parser.parse_args()
    text = json.dumps(recorded(), sort_keys=True, separators=(",", ":")) + "\n"
    if args.check:
        same = derived.TABLE_FILE.exists() and derived.TABLE_FILE.read_text(encoding="utf-8") == text
        print("the shipped table is what the script writes" if same else
              "the shipped table differs: run python scripts/derive_patterns.py")
        return 0 if same else 1
    derived.TABLE_FILE.write_text(text, encoding="utf-8")
    print(f"{len(json.loads(text))} results written to {derived.TABLE_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
