"""Write tests/data/holdout3.jsonl, the third blind held-out corpus, from its own templates.

    python tests/data/generate_holdout3.py

Each item has its own random.Random seeded from its template number and item number, so
the output is the same on every run. A text is assembled piece by piece: literal text,
then each slot's value, recording a span's offsets as its piece is appended, with the
template's letter case applied to every piece on the way in.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout3_fillers as F  # noqa: E402
from holdout3_templates import TEMPLATES, Template  # noqa: E402

OUTPUT = "holdout3.jsonl"
PREFIX = "h3_"
CORPUS_TAG = "holdout3"

# {W1} {M2f} {W1l} {M1mi} {M1lf} {M1nick}: a woman or man of the item's name group.
PERSON_SLOT = re.compile(r"([WM])(\d)(f|l|mi|lf|LF|nick|ini)?")
TOKEN = re.compile(r"\{([^{}]+)\}|\[\[([A-Z_]+):([^\]]+)\]\]|(\^\^)")

KIND_CATEGORIES = {
    "neg": ("negative",),
    "red": ("task:legitimate",),
    "cji": ("cji_record",),
    "np": ("nonpublic",),
}
USES = {"cat": "categorization", "sur": "surveillance", "rat": "rationalization", "sole": "sole_legal_basis"}
EXPECTED = {"neg": "allow", "red": "redact", "cji": "block", "np": "block"}


def _slot(name: str, rng: random.Random, people: dict[str, F.Person]) -> tuple[str, str | None]:
    """The text of one slot and its span type (None: not a span)."""
    person = PERSON_SLOT.fullmatch(name)
    if person:
        who = people[person.group(1) + person.group(2)]
        form = person.group(3)
        text = {None: f"{who.first} {who.last}", "f": who.first, "l": who.last,
                "mi": f"{who.first} {who.middle_initial}. {who.last}",
                "lf": f"{who.last}, {who.first}", "LF": f"{who.last}, {who.first} {who.middle_initial}",
                "nick": who.nickname, "ini": f"{who.first[0]}. {who.last}"}[form]
        return text, "PERSON"
    if "|" in name:
        return rng.choice(name.split("|")), None
    first = next(iter(people.values()), None)
    makers = {
        "dob": lambda: (F.birth_date(rng), "DATE_OF_BIRTH"),
        "dob_ncic": lambda: (F.birth_date(rng, "ncic"), "DATE_OF_BIRTH"),
        "dob_long": lambda: (F.birth_date(rng, "long"), "DATE_OF_BIRTH"),
        "dob_youth": lambda: (F.birth_date(rng, youth=True), "DATE_OF_BIRTH"),
        "ssn": lambda: (F.ssn(rng), "SSN"),
        "dl": lambda: (F.driver_license(rng, first.last if first else ""), "DRIVER_LICENSE"),
        "plate": lambda: (F.plate(rng), "LICENSE_PLATE"),
        "vin": lambda: (F.vin(rng), "VIN"),
        "phone": lambda: (F.phone(rng), "PHONE"),
        "email": lambda: (_email(rng, None), "EMAIL"),
        "email_W1": lambda: (_email(rng, people["W1"]), "EMAIL"),
        "email_M1": lambda: (_email(rng, people["M1"]), "EMAIL"),
        "addr": lambda: (F.address(rng), "ADDRESS"),
        "addr_unit": lambda: (F.address(rng, unit=True, city=False), "ADDRESS"),
        "addr_bare": lambda: (F.address(rng, unit=False, city=False), "ADDRESS"),
        "addr_city": lambda: (F.address(rng, city=True), "ADDRESS"),
        "case": lambda: (F.incident_number(rng), "CASE_NUMBER"),
        "court": lambda: (F.court_case(rng), "CASE_NUMBER"),
        "cite": lambda: (F.citation_number(rng), "CASE_NUMBER"),
        "fbi": lambda: (F.fbi_number(rng), "CJI_IDENTIFIER"),
        "sid": lambda: (F.state_id(rng), "CJI_IDENTIFIER"),
        "nic": lambda: (F.ncic_number(rng), "CJI_IDENTIFIER"),
        "warrant": lambda: (F.warrant_number(rng), "CJI_IDENTIFIER"),
        "booking": lambda: (F.booking_number(rng), "CJI_IDENTIFIER"),
        "dx": lambda: (rng.choice(F.DIAGNOSES), "MEDICAL"),
        "rx": lambda: (rng.choice(F.MEDICATIONS), "MEDICAL"),
        "injury": lambda: (rng.choice(F.INJURIES), "MEDICAL"),
        "mh": lambda: (rng.choice(F.MENTAL_HEALTH), "MEDICAL"),
        "card": lambda: (F.card(rng), "ACCOUNT_NUMBER"),
        "acct": lambda: (F.bank_account(rng), "ACCOUNT_NUMBER"),
        "ip": lambda: (F.ip_address(rng), "IP_ADDRESS"),
        "ci": lambda: (F.informant_number(rng), "CONFIDENTIAL_SOURCE"),
        "street": lambda: (F.street(rng), None),
        "block": lambda: (F.block(rng), None),
        "xing": lambda: (F.intersection(rng), None),
        "time": lambda: (F.clock(rng), None),
        "date": lambda: (F.event_date(rng), None),
        "official": lambda: (rng.choice(F.OFFICIALS), None),
        "vehicle": lambda: (rng.choice(F.VEHICLES), None),
        "district": lambda: (f"District {rng.randint(1, 7)}", None),
        "n": lambda: (str(rng.randint(2, 9)), None),
        "nn": lambda: (str(rng.randint(11, 96)), None),
        "age": lambda: (str(rng.randint(19, 67)), None),
        "teen": lambda: (str(rng.randint(13, 17)), None),
    }
    return makers[name]()


def _email(rng: random.Random, who: F.Person | None) -> str:
    if who is None:
        local = rng.choice(("bigdreamz", "mke.lady", "northside.kid", "sweetpea", "topdog", "cashflow"))
        local += str(rng.randint(10, 999))
    else:
        first, last = (re.sub(r"[^a-z]", "", F.ascii_fold(part).lower()) for part in (who.first, who.last))
        local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{last}{rng.randint(1, 99)}",
                            f"{first}_{last[:4]}{rng.randint(70, 99)}"))
    return f"{local}@{rng.choice(('example.org', 'example.com', 'mail.example.org'))}"


def _inline(text: str, rng: random.Random, people: dict[str, F.Person]) -> str:
    """A literal span's text with the slots inside it filled; the whole is one span."""
    return re.sub(r"\{([^{}]+)\}", lambda m: _slot(m.group(1), rng, people)[0], text)


@dataclass
class Assembled:
    text: str
    spans: list[dict]


def _case(text: str, style: str | None, caps_region: bool) -> str:
    if style == "caps" or caps_region:
        return text.upper()
    if style == "lower":
        return text.lower()
    return text


def assemble(template: Template, rng: random.Random, group: str | None) -> Assembled:
    people = {}
    if group is not None:
        women, men = F.draw_people(rng, group, template.women, template.men)
        people.update({f"W{i + 1}": p for i, p in enumerate(women)})
        people.update({f"M{i + 1}": p for i, p in enumerate(men)})
    text, spans, caps_region, cursor = "", [], False, 0
    for match in TOKEN.finditer(template.text):
        text += _literal(text, template.text[cursor:match.start()], template.style, caps_region)
        cursor = match.end()
        if match.group(4):
            caps_region = not caps_region
            continue
        if match.group(1):
            value, kind = _slot(match.group(1), rng, people)
        else:
            value, kind = _inline(match.group(3), rng, people), match.group(2)
        value = _case(value, template.style, caps_region)
        if kind is not None:
            spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
        text += value
    text += _literal(text, template.text[cursor:], template.style, caps_region)
    return Assembled(text, spans)


def _literal(before: str, literal: str, style: str | None, caps_region: bool) -> str:
    """Literal text to append; a sentence's full stop after an abbreviation ("Ave.") is not doubled."""
    if before.endswith(".") and literal.startswith("."):
        literal = literal[1:]
    return _case(literal, style, caps_region)


def categories(template: Template, group: str | None, has_people: bool) -> list[str]:
    found = [CORPUS_TAG]
    kind, _, phrasing = template.kind.partition(":")
    if kind in USES:
        found += [f"prohibited:{USES[kind]}", f"phrasing:{'direct' if phrasing == 'd' else 'indirect'}"]
    else:
        found += list(KIND_CATEGORIES[kind])
    if has_people:
        found.append(f"names:{group}")
    if template.style:
        found.append(f"style:{template.style}")
    found.append(f"template:{template.number}")
    return found


def expected(template: Template) -> str:
    return EXPECTED.get(template.kind.partition(":")[0], "block")


def build() -> list[dict]:
    rows, seen, named = [], set(), 0
    for template in TEMPLATES:
        for item in range(template.n):
            group = F.GROUP_ORDER[named % len(F.GROUP_ORDER)] if template.holds_people else None
            for attempt in range(50):
                rng = random.Random(f"holdout3/{template.number}/{item}/{attempt}")
                built = assemble(template, rng, group)
                if built.text not in seen:
                    break
            else:
                raise ValueError(f"template {template.number} cannot make a new text")
            seen.add(built.text)
            has_people = any(s["type"] == "PERSON" for s in built.spans)
            named += has_people
            rows.append({"id": f"{PREFIX}{len(rows) + 1:04d}", "text": built.text, "spans": built.spans,
                         "expected": expected(template),
                         "categories": categories(template, group, has_people)})
    return rows


def main(out_dir: Path | None = None) -> Path:
    target = Path(out_dir or Path(__file__).resolve().parent) / OUTPUT
    with target.open("w", encoding="utf-8") as out:
        for row in build():
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return target


if __name__ == "__main__":
    print(main())
