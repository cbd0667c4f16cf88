"""Write tests/data/uses_dev2.jsonl, the second use development set, from uses_dev2_templates.py.

Deterministic: each item has its own generator seeded from its template number and its number
within the template; the item order is shuffled once with a fixed seed. Spans (invented names
and plates, in block items only) are recorded while the text is assembled, never searched for.

    python tests/data/generate_uses_dev2.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from uses_dev2_templates import FILLERS, TEMPLATES, TYPED_SLOTS  # noqa: E402

OUTPUT = "uses_dev2.jsonl"
ID_FORMAT = "ud2_{:04d}"
ORDER_SEED = "uses_dev2/order"
TOKEN = re.compile(r"\{([a-z_]+?)(\d*)\}|<<(.*?)>>", re.S)


def render(text: str, rng: random.Random) -> tuple[str, list[dict]]:
    """The template with its slots filled, and the spans of its typed slots."""
    out: list[str] = []
    spans: list[dict] = []
    chosen: dict[str, str] = {}
    used: dict[str, set[str]] = {}
    position = 0
    length = 0
    for match in TOKEN.finditer(text):
        literal = text[position:match.start()]
        out.append(literal)
        length += len(literal)
        position = match.end()
        if match.group(3) is not None:
            value, kind = rng.choice(match.group(3).split("|")), None
        else:
            base, index = match.group(1), match.group(2)
            key = base + index
            if base in TYPED_SLOTS:
                kind, pool = TYPED_SLOTS[base]
                if key not in chosen:
                    taken = used.setdefault(kind, set())
                    chosen[key] = rng.choice([v for v in pool if v not in taken])
                    taken.add(chosen[key])
            else:
                kind = None
                if key not in chosen:
                    chosen[key] = rng.choice(FILLERS[base])
            value = chosen[key]
        if kind:
            spans.append({"start": length, "end": length + len(value), "type": kind})
        out.append(value)
        length += len(value)
    out.append(text[position:])
    return "".join(out), spans


def categories(expected: str, kind: str, phrasing: str | None, number: int) -> list[str]:
    if expected == "allow":
        return ["negative", "task:legitimate", f"topic:{kind}", "uses_dev2", f"template:{number}"]
    return [f"prohibited:{kind}", f"phrasing:{phrasing}", "uses_dev2", f"template:{number}"]


def build() -> list[dict]:
    rows: list[dict] = []
    seen: set[str] = set()
    for number, (expected, kind, phrasing, count, text) in enumerate(TEMPLATES, start=1):
        for k in range(count):
            for attempt in range(500):
                rng = random.Random(f"uses_dev2/{number}/{k}/{attempt}")
                rendered, spans = render(text, rng)
                if rendered not in seen:
                    break
            else:
                raise ValueError(f"template {number} cannot give {count} different texts")
            seen.add(rendered)
            rows.append({"text": rendered, "spans": spans, "expected": expected,
                         "categories": categories(expected, kind, phrasing, number)})
    random.Random(ORDER_SEED).shuffle(rows)
    return [{"id": ID_FORMAT.format(n), **row} for n, row in enumerate(rows, start=1)]


def main(out_dir: Path | None = None) -> Path:
    path = Path(out_dir or HERE) / OUTPUT
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for row in build():
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def luhn_ok(digits: str) -> bool:
    """Luhn check (no account numbers are written here; kept for the shared identifier checks)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def vin_is_valid(vin: str) -> bool:
    """No VINs are written here; any VIN span would fail the shared identifier checks."""
    return False


if __name__ == "__main__":
    written = main()
    print(f"wrote {written}")
