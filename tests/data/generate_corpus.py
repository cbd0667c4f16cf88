"""Write tests/data/prompts.jsonl and tests/data/evasion.jsonl from the hand-written templates.

    python tests/data/generate_corpus.py

Deterministic (fixed seed). Spans are computed while the text is assembled, so every
offset is exact. The corpus is written without looking at garda's recognizers and is
never edited to make a recognizer pass: change a template only when the template
itself is wrong (unrealistic, mislabelled), and say so in the commit.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_fillers as fill  # noqa: E402
import evasion  # noqa: E402
from corpus_templates import ALL, Template  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = 682
SLOT = re.compile(r"\{([a-z_]+?)(\d*)(?::([a-z]+))?\}")
PEOPLE = {"victim", "suspect", "witness", "person", "complainant", "officer", "driver", "alias"}
GROUPS = list(fill.NAME_GROUPS)

# slot kind -> (span type or None, filler(rng, group, fmt))
FILLERS = {
    "dob": ("DATE_OF_BIRTH", lambda r, g, f: fill.date_of_birth(r, f)),
    "ssn": ("SSN", lambda r, g, f: fill.ssn(r)),
    "dl": ("DRIVER_LICENSE", lambda r, g, f: fill.driver_license(r, f)),
    "plate": ("LICENSE_PLATE", lambda r, g, f: fill.plate(r)),
    "vin": ("VIN", lambda r, g, f: fill.vin(r)),
    "phone": ("PHONE", lambda r, g, f: fill.phone(r)),
    "email": ("EMAIL", lambda r, g, f: fill.email(r, g)),
    "address": ("ADDRESS", lambda r, g, f: fill.address(r, f)),
    "apt_address": ("ADDRESS", lambda r, g, f: fill.address(r, f, apartment=True)),
    "case": ("CASE_NUMBER", lambda r, g, f: fill.case_number(r)),
    "court_case": ("CASE_NUMBER", lambda r, g, f: fill.court_case(r)),
    "citation": ("CASE_NUMBER", lambda r, g, f: fill.citation(r)),
    "arrest": ("CASE_NUMBER", lambda r, g, f: fill.arrest_number(r)),
    "fbi": ("CJI_IDENTIFIER", lambda r, g, f: fill.fbi_number(r)),
    "sid": ("CJI_IDENTIFIER", lambda r, g, f: fill.sid(r)),
    "ncic": ("CJI_IDENTIFIER", lambda r, g, f: fill.ncic_number(r)),
    "warrant": ("CJI_IDENTIFIER", lambda r, g, f: fill.warrant_number(r)),
    "booking": ("CJI_IDENTIFIER", lambda r, g, f: fill.booking_number(r)),
    "medical": ("MEDICAL", lambda r, g, f: r.choice(fill.MEDICAL)),
    "injury": ("MEDICAL", lambda r, g, f: r.choice(fill.INJURIES)),
    "mental": ("MEDICAL", lambda r, g, f: r.choice(fill.MENTAL)),
    "medication": ("MEDICAL", lambda r, g, f: r.choice(fill.MEDICATIONS)),
    "ci": ("CONFIDENTIAL_SOURCE", lambda r, g, f: fill.informant(r)),
    "ci_name": ("CONFIDENTIAL_SOURCE", lambda r, g, f: fill.person(r, g).render("plain")),
    "uc_name": ("TACTICAL", lambda r, g, f: r.choice(fill.UC_NAMES)),
    "tactical": ("TACTICAL", lambda r, g, f: fill.tactical(r)),
    "ip": ("IP_ADDRESS", lambda r, g, f: fill.ip_address(r)),
    "card": ("ACCOUNT_NUMBER", lambda r, g, f: fill.card(r)),
    "acct": ("ACCOUNT_NUMBER", lambda r, g, f: fill.bank_account(r)),
    "nick": ("PERSON", lambda r, g, f: fill.nickname(r, g)),
    # not sensitive: the hard negatives' material
    "street": (None, lambda r, g, f: fill.street(r)),
    "block": (None, lambda r, g, f: fill.block(r)),
    "intersection": (None, lambda r, g, f: fill.intersection(r)),
    "statute": (None, lambda r, g, f: r.choice(fill.STATUTES)),
    "ordinance": (None, lambda r, g, f: r.choice(fill.ORDINANCES)),
    "sop": (None, lambda r, g, f: r.choice(fill.SOPS)),
    "time": (None, lambda r, g, f: r.choice(fill.TIMES)),
    "date": (None, lambda r, g, f: r.choice(fill.DATES)),
    "district": (None, lambda r, g, f: str(r.randint(1, 7))),
    "official": (None, lambda r, g, f: r.choice(fill.PUBLIC_OFFICIALS)),
    "public_place": (None, lambda r, g, f: r.choice(fill.PUBLIC_PLACES)),
    "event": (None, lambda r, g, f: r.choice(fill.EVENTS)),
    "age": (None, lambda r, g, f: str(r.randint(19, 88))),
    "staging": (None, lambda r, g, f: r.choice(fill.STAGING)),
}
NAME_SLOTS = PEOPLE | {"nick", "ci_name"}
COPIES = {"redact": 2, "block": 2}
NEGATIVE_COPIES_WITH_SLOTS = 4


@dataclass
class Rendering:
    segments: list[tuple[str, str | None]] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(text for text, _ in self.segments)

    def spans(self) -> list[dict]:
        spans, offset = [], 0
        for text, span_type in self.segments:
            if span_type:
                spans.append({"start": offset, "end": offset + len(text), "type": span_type})
            offset += len(text)
        return spans


def render(template: Template, rng: Random, group: str) -> Rendering:
    rendering = Rendering(categories=list(template.categories))
    people: dict[str, fill.Person] = {}
    values: dict[tuple[str, str], str] = {}
    position = 0
    for match in SLOT.finditer(template.text):
        rendering.segments.append((template.text[position:match.start()], None))
        kind, number, fmt = match.group(1), match.group(2), match.group(3) or ""
        key = kind + number
        if kind in PEOPLE:
            someone = people.setdefault(key, fill.person(rng, group))
            rendering.segments.append((someone.render(fmt), "PERSON"))
        else:
            span_type, filler = FILLERS[kind]
            value = values.setdefault((key, fmt), filler(rng, group, fmt))
            rendering.segments.append((value, span_type))
        if kind in NAME_SLOTS:
            _add(rendering.categories, f"names:{group}")
        if fmt in ("caps", "lower"):
            _add(rendering.categories, f"style:{fmt}")
        position = match.end()
    rendering.segments.append((template.text[position:], None))
    rendering.segments = [(text, kind) for text, kind in rendering.segments if text]
    return rendering


def _add(items: list[str], value: str) -> None:
    if value not in items:
        items.append(value)


def copies_of(template: Template) -> int:
    if template.expected == "allow":
        return NEGATIVE_COPIES_WITH_SLOTS if SLOT.search(template.text) else 1
    return COPIES[template.expected]


def item(item_id: str, rendering: Rendering, expected: str) -> dict:
    return {"id": item_id, "text": rendering.text(), "spans": rendering.spans(),
            "expected": expected, "categories": rendering.categories}


def build_prompts() -> list[dict]:
    """Each item has its own seeded generator, so editing one template changes only its items."""
    items, seen, turn = [], set(), 0
    for number, template in enumerate(ALL):
        for copy in range(copies_of(template)):
            for attempt in range(5):
                rng = Random(f"{SEED}:{number}:{copy}:{attempt}")
                rendering = render(template, rng, GROUPS[turn % len(GROUPS)])
                if rendering.text() not in seen:
                    break
            if rendering.text() in seen:
                continue
            seen.add(rendering.text())
            if any(c.startswith("names:") for c in rendering.categories):
                turn += 1
            rendering.categories.append(f"template:{number}")
            items.append(item(f"p{len(items) + 1:04d}", rendering, template.expected))
    return items


def build_evasion(count: int = 140) -> list[dict]:
    sources = [t for t in ALL if t.expected != "allow" and _has_sensitive_slot(t)]
    negatives = [t for t in ALL if t.expected == "allow"]
    items, attempt = [], 0
    while len(items) < count:
        attempt += 1
        rng = Random(f"{SEED}:evasion:{attempt}")
        template = sources[attempt % len(sources)] if attempt % 10 else rng.choice(negatives)
        rendering = render(template, rng, GROUPS[attempt % len(GROUPS)])
        trick = evasion.TRICKS[len(items) % len(evasion.TRICKS)]
        if not evasion.apply(trick, rendering, rng):
            continue
        items.append(item(f"e{len(items) + 1:04d}", rendering, template.expected))
    return items


def _has_sensitive_slot(template: Template) -> bool:
    return any(m.group(1) in PEOPLE or FILLERS.get(m.group(1), (None,))[0]
               for m in SLOT.finditer(template.text))


def write(path: Path, items: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for entry in items:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")


def summary(items: list[dict]) -> str:
    decisions = Counter(entry["expected"] for entry in items)
    types = Counter(span["type"] for entry in items for span in entry["spans"])
    return f"{len(items)} items {dict(decisions)}; spans {dict(sorted(types.items()))}"


def build() -> tuple[list[dict], list[dict]]:
    return build_prompts(), build_evasion()


def main(folder: Path = HERE) -> None:
    prompts, hidden = build()
    write(folder / "prompts.jsonl", prompts)
    write(folder / "evasion.jsonl", hidden)
    print(f"templates: {len(ALL)}")
    print("prompts.jsonl:", summary(prompts))
    print("evasion.jsonl:", summary(hidden))


if __name__ == "__main__":
    main()
