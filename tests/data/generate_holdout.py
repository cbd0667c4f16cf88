"""Write tests/data/holdout.jsonl, the held-out corpus, from holdout_templates.py.

    python tests/data/generate_holdout.py [output-folder]

A template's text holds slots and markup:

- ``{kind}`` or ``{kind#n}``: a filler. Kinds that are sensitive become gold spans
  (SLOT_TYPES); the rest (dates of incidents, blocks, corners...) are plain text. The
  same ``kind#n`` (n defaults to 1) inside one item is the same value; person kinds with the same n are
  the same person, written in different ways (``{name}`` then ``{last}``).
- ``<<TYPE|...>>``: hand-marked text that is a span of TYPE (a tactical plan, say).
- ``((a|b|c))``: one of the choices, plain text.

Offsets are computed here, while the text is assembled, after the item's letter case
(``style``) is applied piece by piece. Each item has its own generator, seeded by its
template and its number within the template (re-seeded only if its text would repeat
an earlier item's). All names of an item come from one
group; groups go round-robin over the items that hold names, so each gets its share.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout_fillers as F  # noqa: E402
from holdout_templates import TEMPLATES, Template  # noqa: E402

OUTPUT = "holdout.jsonl"

TOKEN = re.compile(r"\{([a-z_]+)(?:#(\d))?\}|<<([A-Z_]+)\||>>|\(\(([^()]*)\)\)")

PERSON_FORMS: dict[str, Callable[[F.Person], str]] = {
    "name": F.Person.full,
    "first": lambda p: p.given,
    "last": lambda p: p.surname,
    "name_lf": F.Person.last_first,
    "name_ncic": F.Person.ncic,
    "name_mi": F.Person.with_initial,
    "name_nick": F.Person.with_nick,
    "informant": F.Person.full,
    "uc": F.Person.full,
}
PERSON_TYPES = {"informant": "CONFIDENTIAL_SOURCE", "uc": "TACTICAL"}

FILLERS: dict[str, tuple[str | None, Callable[[random.Random], str]]] = {
    "dob": ("DATE_OF_BIRTH", F.dob),
    "dob_ncic": ("DATE_OF_BIRTH", F.dob_ncic),
    "addr": ("ADDRESS", F.address),
    "addr_city": ("ADDRESS", F.address_with_city),
    "phone": ("PHONE", F.phone),
    "email": ("EMAIL", F.email),
    "ip": ("IP_ADDRESS", F.ip_address),
    "ssn": ("SSN", F.ssn),
    "plate": ("LICENSE_PLATE", F.plate),
    "vin": ("VIN", F.vin),
    "card": ("ACCOUNT_NUMBER", F.card_number),
    "bank": ("ACCOUNT_NUMBER", F.bank_account),
    "case": ("CASE_NUMBER", F.case_number),
    "citation": ("CASE_NUMBER", F.citation_number),
    "fbi": ("CJI_IDENTIFIER", F.fbi_number),
    "sid": ("CJI_IDENTIFIER", F.sid),
    "nic": ("CJI_IDENTIFIER", F.nic),
    "warrant": ("CJI_IDENTIFIER", F.warrant_number),
    "booking": ("CJI_IDENTIFIER", F.booking_number),
    "cs": ("CONFIDENTIAL_SOURCE", F.informant_number),
    "injury": ("MEDICAL", lambda rng: rng.choice(F.INJURIES)),
    "dx": ("MEDICAL", lambda rng: rng.choice(F.DIAGNOSES)),
    "mh": ("MEDICAL", lambda rng: rng.choice(F.MENTAL)),
    "drug": ("MEDICAL", lambda rng: rng.choice(F.DRUGS)),
    "date": (None, F.incident_date),
    "time": (None, F.clock),
    "block": (None, F.block),
    "corner": (None, F.corner),
    "street": (None, lambda rng: rng.choice(F.PLAIN_STREETS)),
    "district": (None, lambda rng: rng.choice(F.DISTRICTS)),
    "day": (None, lambda rng: rng.choice(F.WEEKDAYS)),
    "age": (None, lambda rng: str(rng.randrange(19, 66))),
}
# "dl" is a filler too, but takes the surname's initial of the person with the same n.

CASE = {"": lambda s: s, "caps": str.upper, "lower": str.lower}


class TemplateError(ValueError):
    pass


def uses_names(template: Template) -> bool:
    return any(m.group(1) in PERSON_FORMS for m in TOKEN.finditer(template.text))


class _Item:
    """One rendering of a template: text pieces appended with their spans."""

    def __init__(self, template: Template, rng: random.Random, group: str | None) -> None:
        self.template, self.rng, self.group = template, rng, group
        self.case = CASE[template.style]
        self.text = ""
        self.spans: list[dict] = []
        self.people: dict[str, F.Person] = {}
        self.values: dict[tuple[str, str], str] = {}
        self.taken: set[str] = set()

    def render(self) -> None:
        open_marks: list[tuple[str, int]] = []
        position = 0
        source = self.template.text
        for match in TOKEN.finditer(source):
            self._append(source[position:match.start()])
            position = match.end()
            kind, index, mark, choices = match.groups()
            if kind:
                self._slot(kind, index or "1", inside_mark=bool(open_marks))
            elif mark:
                open_marks.append((mark, len(self.text)))
            elif choices is not None:
                self._append(self.rng.choice(choices.split("|")))
            else:
                if not open_marks:
                    raise TemplateError(f"template {self.template.id}: '>>' without '<<'")
                mark_type, start = open_marks.pop()
                self._add_span(start, len(self.text), mark_type)
        self._append(source[position:])
        if open_marks:
            raise TemplateError(f"template {self.template.id}: unclosed '<<'")

    def _append(self, piece: str, literal: bool = True) -> None:
        if literal and piece.startswith(".") and self.text.endswith("."):
            piece = piece[1:]  # "... W. Vliet St." ending a sentence takes one period
        self.text += self.case(piece)

    def _add_span(self, start: int, end: int, kind: str) -> None:
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        self.spans.append({"start": start, "end": end, "type": kind})

    def _slot(self, kind: str, index: str, inside_mark: bool) -> None:
        value, span_type = self._value(kind, index)
        if span_type and inside_mark:
            raise TemplateError(f"template {self.template.id}: span slot {kind} inside a mark")
        start = len(self.text)
        self._append(value, literal=False)
        if span_type:
            self._add_span(start, len(self.text), span_type)

    def _value(self, kind: str, index: str) -> tuple[str, str | None]:
        if kind in PERSON_FORMS:
            return PERSON_FORMS[kind](self._person(index)), PERSON_TYPES.get(kind, "PERSON")
        if kind == "dl":
            surname = self.people[index].surname if index in self.people else None
            return self._remember(kind, index, lambda rng: F.driver_license(rng, surname)), "DRIVER_LICENSE"
        if kind not in FILLERS:
            raise TemplateError(f"template {self.template.id}: unknown slot {kind}")
        span_type, make = FILLERS[kind]
        return self._remember(kind, index, make), span_type

    def _remember(self, kind: str, index: str, make: Callable[[random.Random], str]) -> str:
        key = (kind, index)
        if key not in self.values:
            self.values[key] = make(self.rng)
        return self.values[key]

    def _person(self, index: str) -> F.Person:
        if index not in self.people:
            assert self.group is not None
            self.people[index] = F.person(self.rng, self.group, self.taken)
        return self.people[index]


def categories(template: Template, group: str | None) -> list[str]:
    found = list(template.tags)
    if group:
        found.append(f"names:{group}")
    if template.style:
        found.append(f"style:{template.style}")
    found += [f"template:{template.id}", "holdout"]
    return found


def check(template: Template, spans: list[dict]) -> None:
    types = {s["type"] for s in spans}
    if template.expected == "allow" and spans:
        raise TemplateError(f"template {template.id}: allowed but has spans {sorted(types)}")
    if template.expected == "redact" and (not spans or types & {"CONFIDENTIAL_SOURCE", "TACTICAL"}):
        raise TemplateError(f"template {template.id}: redact needs spans and nothing non-public")
    ordered = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(ordered, ordered[1:]):
        if b["start"] < a["end"]:
            raise TemplateError(f"template {template.id}: overlapping spans")


def build() -> list[dict]:
    items: list[dict] = []
    seen: set[str] = set()
    named = 0
    for template in TEMPLATES:
        for number in range(template.count):
            group = None
            if uses_names(template):
                group = F.GROUPS[named % len(F.GROUPS)]
                named += 1
            item = _distinct(template, number, group, seen)
            items.append({
                "id": f"h{len(items) + 1:04d}",
                "text": item.text,
                "spans": sorted(item.spans, key=lambda s: (s["start"], s["end"])),
                "expected": template.expected,
                "categories": categories(template, group),
            })
    return items


def _distinct(template: Template, number: int, group: str | None, seen: set[str]) -> _Item:
    """Render with the item's seed; a later attempt's seed only if the text repeats."""
    for attempt in range(50):
        suffix = f"/{attempt}" if attempt else ""
        item = _Item(template, random.Random(f"garda-holdout/{template.id}/{number}{suffix}"), group)
        item.render()
        if item.text not in seen:
            check(template, item.spans)
            seen.add(item.text)
            return item
    raise TemplateError(f"template {template.id}: too few choices for {template.count} items")


def dumps(items: list[dict]) -> str:
    return "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items)


def main(folder: Path = HERE) -> Path:
    path = Path(folder) / OUTPUT
    path.write_text(dumps(build()), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
