"""Write tests/data/holdout2.jsonl, the second blind held-out corpus.

    python tests/data/generate_holdout2.py [output-directory]

Templates (holdout2_templates.py) are text with slots:

    {p1} {p1.given} {p1.sur} {p1.lf} {p1.ncic} {p1.init} {p1.plain} {p1.email}
                         people, all from the item's one name group: p1..p9 and officers
                         o1..o9 of either sex, f1..f9 women, m1..m9 men (so pronouns agree)
    {dob} {ssn} {dl} {plate} {vin} ...   sensitive values, labelled with their span type
    {date} {time} {block} {xing} ...     public values, never labelled
    [[TYPE|literal text with {slots}]]   a phrase labelled as one span of TYPE
    <<text>>                             written in ALL CAPS

A slot written twice with the same key ({dob} ... {dob}) gives the same value; {dob2}
is another one. Letter case (the template's style, or a << >> region) is applied piece
by piece while the text is assembled, so every offset is exact in the final text.

Each item has its own random.Random seeded from its template number and item number,
so editing one template's text changes only its own items. Name groups rotate
round-robin over the items that hold names, in template order, so adding or removing
such items moves the groups (and so the names) of the items after them.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import holdout2_fillers as F
from holdout2_templates import TEMPLATES, Template

HERE = Path(__file__).resolve().parent
OUTPUT = "holdout2.jsonl"
TOKEN = re.compile(r"\{([a-z]+[0-9]*)(?:\.([a-z]+))?\}|\[\[([A-Z_]+)\||\]\]|<<|>>")
PERSON_KEY = re.compile(r"^[pofm][0-9]$")   # p, o: anyone; f: a woman; m: a man


class TemplateError(ValueError):
    pass


@dataclass
class Item:
    rng: random.Random
    group: str
    values: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    people: dict[str, F.Person] = field(default_factory=dict)
    taken: set[str] = field(default_factory=set)

    def person(self, key: str) -> F.Person:
        if key not in self.people:
            gender = key[0] if key[0] in "fm" else None
            self.people[key] = F.person(self.rng, self.group, self.taken, gender)
        return self.people[key]


def _person_slot(item: Item, key: str, form: str | None) -> tuple[str, str | None]:
    who = item.person(key)
    forms: dict[str | None, Callable[[], str]] = {
        None: who.full, "plain": who.plain, "given": lambda: who.given, "sur": lambda: who.surname,
        "lf": who.last_first, "ncic": who.ncic, "init": who.initial,
    }
    if form == "email":
        cache = f"{key}.email"
        if cache not in item.values:
            item.values[cache] = (who.email(item.rng), "EMAIL")
        return item.values[cache]
    if form not in forms:
        raise TemplateError(f"unknown person form {form!r}")
    return forms[form](), "PERSON"


def _dl(item: Item) -> str:
    if item.rng.random() < 0.1:
        return F.illinois_license(item.rng)
    # Wisconsin numbers start with the holder's surname initial; the holder is the first person named.
    surname = next(iter(item.people.values())).surname if item.people else ""
    return F.wisconsin_license(item.rng, surname)


# key -> (filler, span type or None for public values)
SLOTS: dict[str, tuple[Callable[[Item], str], str | None]] = {
    "dob": (lambda i: F.date_of_birth(i.rng), "DATE_OF_BIRTH"),
    "dobn": (lambda i: F.compact_date_of_birth(i.rng), "DATE_OF_BIRTH"),
    "dobkid": (lambda i: F.child_date_of_birth(i.rng), "DATE_OF_BIRTH"),
    "ssn": (lambda i: F.ssn(i.rng), "SSN"),
    "dl": (_dl, "DRIVER_LICENSE"),
    "plate": (lambda i: F.wisconsin_plate(i.rng), "LICENSE_PLATE"),
    "vin": (lambda i: F.vin(i.rng), "VIN"),
    "phone": (lambda i: F.phone(i.rng), "PHONE"),
    "email": (lambda i: F.person(i.rng, i.group, set()).email(i.rng), "EMAIL"),
    "addr": (lambda i: F.address(i.rng), "ADDRESS"),
    "case": (lambda i: F.case_number(i.rng), "CASE_NUMBER"),
    "citation": (lambda i: F.citation_number(i.rng), "CASE_NUMBER"),
    "fbi": (lambda i: F.fbi_number(i.rng), "CJI_IDENTIFIER"),
    "sid": (lambda i: F.state_id(i.rng), "CJI_IDENTIFIER"),
    "warrant": (lambda i: F.warrant_number(i.rng), "CJI_IDENTIFIER"),
    "booking": (lambda i: F.booking_number(i.rng), "CJI_IDENTIFIER"),
    "nic": (lambda i: F.ncic_number(i.rng), "CJI_IDENTIFIER"),
    "med": (lambda i: i.rng.choice(F.MEDICAL), "MEDICAL"),
    "medkid": (lambda i: i.rng.choice(F.MEDICAL_CHILD), "MEDICAL"),
    "ci": (lambda i: i.rng.choice(F.INFORMANTS), "CONFIDENTIAL_SOURCE"),
    "tac": (lambda i: F.tactical(i.rng), "TACTICAL"),
    "ip": (lambda i: F.ip_address(i.rng), "IP_ADDRESS"),
    "card": (lambda i: F.card_number(i.rng), "ACCOUNT_NUMBER"),
    "acct": (lambda i: F.bank_account(i.rng), "ACCOUNT_NUMBER"),
    # public values: never spans
    "lang": (lambda i: F.language(i.group), None),
    "date": (lambda i: F.incident_date(i.rng), None),
    "time": (lambda i: F.clock_time(i.rng), None),
    "day": (lambda i: i.rng.choice(F.WEEKDAYS), None),
    "block": (lambda i: F.block(i.rng), None),
    "xing": (lambda i: F.intersection(i.rng), None),
    "street": (lambda i: F.street(i.rng), None),
    "hyp": (lambda i: i.rng.choice(F.HYPOTHETICAL), None),
    "rank": (lambda i: i.rng.choice(F.RANKS), None),
    "district": (lambda i: i.rng.choice(F.DISTRICTS), None),
    "statute": (lambda i: i.rng.choice(F.STATUTES), None),
    "ordinance": (lambda i: i.rng.choice(F.ORDINANCES), None),
    "sop": (lambda i: i.rng.choice(F.SOPS), None),
    "caselaw": (lambda i: i.rng.choice(F.CASE_LAW), None),
    "official": (lambda i: i.rng.choice(F.PUBLIC_OFFICIALS), None),
    "place": (lambda i: i.rng.choice(F.PLACES), None),
    "vehicle": (lambda i: i.rng.choice(F.VEHICLES), None),
    "age": (lambda i: i.rng.choice(F.AGES), None),
    "squad": (lambda i: str(i.rng.randint(1110, 7590)), None),
    "n": (lambda i: str(i.rng.randint(2, 14)), None),
    "year": (lambda i: str(i.rng.choice((2024, 2025, 2026))), None),
}


def _slot(item: Item, key: str, form: str | None) -> tuple[str, str | None]:
    if PERSON_KEY.match(key):
        return _person_slot(item, key, form)
    base = key.rstrip("0123456789")
    if base not in SLOTS or form is not None:
        raise TemplateError(f"unknown slot {{{key}{'.' + form if form else ''}}}")
    if key not in item.values:
        filler, kind = SLOTS[base]
        item.values[key] = (filler(item), kind)
    return item.values[key]


class Builder:
    """Assembles the text piece by piece, casing each piece before its offsets are taken."""

    def __init__(self, style: str | None) -> None:
        self.style = style
        self.pieces: list[str] = []
        self.length = 0
        self.spans: list[dict] = []
        self.caps = 0
        self.open: tuple[int, str] | None = None

    def _cased(self, text: str) -> str:
        if self.caps or self.style == "caps":
            return text.upper()
        if self.style == "lower":
            return text.lower()
        return text

    def add(self, text: str, kind: str | None = None) -> None:
        if not text:
            return
        text = self._cased(text)
        start = self.length
        self.pieces.append(text)
        self.length += len(text)
        if kind and self.open is None:
            self.spans.append({"start": start, "end": self.length, "type": kind})

    def add_literal(self, text: str) -> None:
        # "N. 35th St." followed by a sentence's period: write one period, as a person would.
        if text.startswith(".") and self.pieces and self.pieces[-1].endswith("."):
            text = text[1:]
        self.add(text)

    def open_span(self, kind: str) -> None:
        if self.open is not None:
            raise TemplateError("nested [[ ]] spans")
        self.open = (self.length, kind)

    def close_span(self) -> None:
        if self.open is None:
            raise TemplateError("]] without [[")
        start, kind = self.open
        self.open = None
        self.spans.append({"start": start, "end": self.length, "type": kind})

    def text(self) -> str:
        if self.open is not None or self.caps:
            raise TemplateError("unclosed [[ or <<")
        return "".join(self.pieces)


def render(template: Template, rng: random.Random, group: str) -> tuple[str, list[dict]]:
    item = Item(rng, group)
    builder = Builder(template.style)
    position = 0
    for match in TOKEN.finditer(template.text):
        builder.add_literal(template.text[position:match.start()])
        position = match.end()
        token = match.group(0)
        if token == "<<":
            builder.caps += 1
        elif token == ">>":
            builder.caps -= 1
        elif token == "]]":
            builder.close_span()
        elif match.group(3):
            builder.open_span(match.group(3))
        else:
            builder.add(*_slot(item, match.group(1), match.group(2)))
    builder.add_literal(template.text[position:])
    return builder.text(), sorted(builder.spans, key=lambda s: s["start"])


def holds_names(template: Template) -> bool:
    return any(PERSON_KEY.match(m.group(1) or "") for m in TOKEN.finditer(template.text))


def categories(template: Template, spans: list[dict], group: str | None) -> list[str]:
    found = ["holdout2"]
    if template.expected == "allow":
        found.append("negative")
    elif template.expected == "redact":
        found.append("task:legitimate")
    if template.kind.startswith("prohibited:"):
        found += [template.kind, f"phrasing:{template.phrasing}"]
    elif template.kind in ("cji_record", "nonpublic"):
        found.append(template.kind)
    if group and any(s["type"] == "PERSON" for s in spans):
        found.append(f"names:{group}")
    if template.style:
        found.append(f"style:{template.style}")
    elif "<<" in template.text:
        found.append("style:caps")
    found.append(f"template:{template.number}")
    return found


def item_random(template_number: int, index: int) -> random.Random:
    # Hashed: seeds that differ in one character give correlated first draws otherwise.
    digest = hashlib.sha256(f"holdout2:{template_number}:{index}".encode()).digest()
    return random.Random(int.from_bytes(digest, "big"))


def items() -> list[dict]:
    rows = []
    named = 0
    for template in TEMPLATES:
        for index in range(template.count):
            group = None
            if holds_names(template):
                group = F.GROUP_ORDER[named % len(F.GROUP_ORDER)]
                named += 1
            rng = item_random(template.number, index)
            text, spans = render(template, rng, group or F.GROUP_ORDER[0])
            rows.append({"text": text, "spans": spans, "expected": template.expected,
                         "categories": categories(template, spans, group)})
    for number, row in enumerate(rows, start=1):
        row["id"] = f"k{number:04d}"
    return [{key: row[key] for key in ("id", "text", "spans", "expected", "categories")} for row in rows]


def main(directory: Path | str | None = None) -> Path:
    target = Path(directory or HERE) / OUTPUT
    with target.open("w", encoding="utf-8") as out:
        for row in items():
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return target


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
