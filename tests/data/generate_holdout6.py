"""Write tests/data/holdout6.jsonl, the sixth held-out corpus, from holdout6_templates.py.

    python tests/data/generate_holdout6.py

Slot syntax (this generator's own). A template's text is literal except for:

- ``{W1}``, ``{M2}``, ``{X3}``: a woman, a man, or either (pronoun-free text), numbered within the
  item; all names of an item come from one group. A form may follow a dot:
  ``.g`` given name, ``.s`` surname, ``.rec`` record order in capitals ("SURNAME, GIVEN M"),
  ``.rs`` "Surname, Given", ``.mi`` "Given M. Surname", ``.ini`` "G. Surname",
  ``.nick`` 'Given "Nick" Surname' (one span), ``.nk`` the nickname alone (its own span),
  ``.pos``/``.gpos``/``.spos`` possessive of the full/given/surname (the "'s" is outside the span),
  ``.low`` the full name typed in lower case without diacritics, ``.email`` a mail address built
  from the name (an EMAIL span only), ``.dl`` a driver licence starting with the surname's letter.
  ``cs:`` before the person (``{cs:M1}``) labels the name CONFIDENTIAL_SOURCE (an informant).
- Span slots: ``{dob}`` ``{phone}`` ``{addr}`` (``{addru}`` with a unit, ``{addrc}`` with city and
  ZIP) ``{plate}`` ``{vin}`` ``{ssn}`` ``{card}`` ``{acct}`` ``{ip}`` ``{case}`` or ``{case:<shape>}``
  ``{cji}`` or ``{cji:<shape>}`` ``{med:<kind>}`` ``{tac:tp|stage|post|entry|uc}`` ``{csn}``.
- Plain slots (never spans): ``{block}`` ``{xst}`` ``{street}`` ``{time}`` ``{date}`` ``{statute}``
  ``{crime}`` ``{sop}`` ``{caselaw}`` ``{park}`` ``{pstreet}``.
- ``#n`` after a slot (``{case#2}``) asks for a second, different value; the same slot written twice
  gives the same value.
- ``^^...^^`` marks a pasted stretch in capitals; a template's ``style`` ("caps" or "lower") sets the
  letter case of the whole text. Case is applied piece by piece while the text is assembled, so the
  offsets are exact in the final text.

Deterministic: the item order is shuffled once with a fixed seed, and each item has its own generator
seeded from its template number and its number within the template. Name groups rotate round-robin
over the items (in final order) whose template holds a person.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import holdout6_fillers as F  # noqa: E402
import holdout6_templates as T  # noqa: E402

OUTPUT = "holdout6.jsonl"
CORPUS_TAG = "holdout6"
ORDER_SEED = 60606
SLOT = re.compile(r"\{([^{}]+)\}|\^\^")
PERSON_SLOT = re.compile(r"^(cs:)?([WMX])(\d)(?:\.(\w+))?$")


@dataclass(frozen=True)
class Template:
    number: int
    kind: str            # allow, redact, cji_record, nonpublic, prohibited:<use>
    text: str
    count: int = 1
    phrasing: str = ""   # direct / indirect, for prohibited uses only
    style: str = ""      # caps / lower / "" (as typed)

    @property
    def has_person(self) -> bool:
        return any(PERSON_SLOT.match(m.group(1) or "") for m in SLOT.finditer(self.text))


TEMPLATES = [Template(number, *row) for number, row in enumerate(T.rows(), start=1)]


class Person:
    def __init__(self, rng: random.Random, group: str, gender: str, taken: set[str]):
        names = F.NAME_GROUPS[group]
        pool = names.women if gender == "W" else names.men
        self.given = rng.choice(pool)
        options = [s for s in names.surnames if s not in taken and s != self.given]
        self.surname = rng.choice(options)
        if group in F.DOUBLE_SURNAME_GROUPS and rng.random() < 0.3:
            second = rng.choice([s for s in options if s != self.surname])
            self.surname = f"{self.surname}-{second}"
        taken.add(self.surname)
        self.middle = rng.choice("ABCDEFGHJKLMNPRSTVW")
        self.nickname = rng.choice(F.NICKNAMES)
        self.rng = rng


class Item:
    def __init__(self, template: Template, index: int, group: str | None):
        self.template = template
        self.rng = random.Random(f"holdout6/{template.number}/{index}")
        self.group = group
        self.plain = group in F.DIACRITIC_GROUPS and self.rng.random() < 0.5
        self.people: dict[str, Person] = {}
        self.taken: set[str] = set()
        self.cache: dict[str, tuple[str, str | None, str]] = {}
        self.text = ""
        self.spans: list[dict] = []
        self.caps = False

    # -- names
    def person(self, gender: str, number: str) -> Person:
        key = gender + number
        if key not in self.people:
            actual = gender if gender != "X" else self.rng.choice("WM")
            self.people[key] = Person(self.rng, self.group, actual, self.taken)
        return self.people[key]

    def name_piece(self, p: Person, form: str) -> tuple[str, str, str]:
        """(text before the span, span text, text after the span) for a name in ``form``."""
        given, surname = p.given, p.surname
        if self.plain:
            given, surname = F.fold(given), F.fold(surname)
        if form in ("", "full"):
            return "", f"{given} {surname}", ""
        if form == "g":
            return "", given, ""
        if form == "s":
            return "", surname, ""
        if form == "rec":
            return "", F.fold(f"{surname}, {given} {p.middle}").upper(), ""
        if form == "rs":
            return "", f"{surname}, {given}", ""
        if form == "mi":
            return "", f"{given} {p.middle}. {surname}", ""
        if form == "ini":
            return "", f"{given[0]}. {surname}", ""
        if form == "nick":
            return "", f'{given} "{p.nickname}" {surname}', ""
        if form == "nk":
            return "", p.nickname, ""
        if form == "pos":
            return "", f"{given} {surname}", "'s"
        if form == "gpos":
            return "", given, "'s"
        if form == "spos":
            return "", surname, "'s"
        if form == "low":
            return "", F.fold(f"{given} {surname}").lower(), ""
        raise ValueError(f"template {self.template.number}: unknown name form {form!r}")

    # -- other slots
    def value(self, token: str) -> tuple[str, str | None, str]:
        if token not in self.cache:
            self.cache[token] = self._fresh(token)
        return self.cache[token]

    def _fresh(self, token: str) -> tuple[str, str | None, str]:
        rng = self.rng
        match = PERSON_SLOT.match(token)
        if match:
            cs, gender, number, form = match.groups()
            p = self.person(gender, number)
            form = form or ""
            if form == "email":
                return "", "EMAIL", F.email(rng, p.given, p.surname) + "\x00"
            if form == "dl":
                return "", "DRIVER_LICENSE", F.driver_license(rng, p.surname) + "\x00"
            before, name, after = self.name_piece(p, form)
            return before, "CONFIDENTIAL_SOURCE" if cs else "PERSON", name + "\x00" + after
        base, _, sub = token.partition("#")[0].partition(":")
        simple = {
            "dob": ("DATE_OF_BIRTH", lambda: F.dob(rng)),
            "phone": ("PHONE", lambda: F.phone(rng)),
            "addr": ("ADDRESS", lambda: F.address(rng, unit=False, city=False)),
            "addru": ("ADDRESS", lambda: F.address(rng, unit=True, city=False)),
            "addrc": ("ADDRESS", lambda: F.address(rng, city=True)),
            "plate": ("LICENSE_PLATE", lambda: F.plate(rng)),
            "vin": ("VIN", lambda: F.vin(rng)),
            "ssn": ("SSN", lambda: F.ssn(rng)),
            "card": ("ACCOUNT_NUMBER", lambda: F.card(rng)),
            "acct": ("ACCOUNT_NUMBER", lambda: F.bank_account(rng)),
            "ip": ("IP_ADDRESS", lambda: F.ip_address(rng)),
            "case": ("CASE_NUMBER", lambda: F.case_number(rng, sub or None)),
            "cji": ("CJI_IDENTIFIER", lambda: F.cji_identifier(rng, sub or None)),
            "med": ("MEDICAL", lambda: rng.choice(F.MEDICAL[sub])),
            "csn": ("CONFIDENTIAL_SOURCE", lambda: F.source_code(rng)),
            "tac": ("TACTICAL", lambda: {"tp": lambda: F.tactical_time_place(rng),
                                         "stage": lambda: rng.choice(F.STAGING),
                                         "post": lambda: rng.choice(F.POSTS),
                                         "entry": lambda: rng.choice(F.ENTRIES),
                                         "uc": lambda: rng.choice(F.UC_IDENTITIES)}[sub]()),
            "block": (None, lambda: F.block(rng)),
            "xst": (None, lambda: rng.choice(F.CROSS_STREETS)),
            "street": (None, lambda: rng.choice(F.MKE_STREETS)),
            "time": (None, lambda: rng.choice(F.TIMES)),
            "date": (None, lambda: rng.choice(F.DATES)),
            "statute": (None, lambda: rng.choice(F.STATUTES)),
            "crime": (None, lambda: rng.choice(F.CRIME_STATUTES)),
            "sop": (None, lambda: rng.choice(F.SOPS)),
            "caselaw": (None, lambda: rng.choice(F.CASE_LAW)),
            "park": (None, lambda: rng.choice(F.PARKS)),
            "pstreet": (None, lambda: rng.choice(F.PERSON_STREETS)),
        }
        if base not in simple:
            raise ValueError(f"template {self.template.number}: unknown slot {token!r}")
        kind, make = simple[base]
        for _ in range(20):   # a second value (#n) differs from the first
            text = make()
            if not any(text == v[2].split("\x00")[0] for k, v in self.cache.items() if k.split("#")[0] == token.split("#")[0]):
                break
        return "", kind, text + ("\x00" if kind else "")

    # -- assembly
    def case(self, piece: str, name: bool = False) -> str:
        style = self.template.style
        if style == "lower":
            return F.fold(piece).lower()
        if style == "caps" or self.caps:
            return (F.fold(piece) if name else piece).upper()
        return piece

    def append(self, piece: str, kind: str | None = None) -> None:
        piece = self.case(piece, name=kind in ("PERSON", "CONFIDENTIAL_SOURCE"))
        if kind and piece:
            self.spans.append({"start": len(self.text), "end": len(self.text) + len(piece), "type": kind})
        self.text += piece

    def build(self) -> None:
        position = 0
        for match in SLOT.finditer(self.template.text):
            self.append(self.template.text[position:match.start()])
            position = match.end()
            if match.group(0) == "^^":
                self.caps = not self.caps
                continue
            before, kind, value = self.value(match.group(1))
            self.append(before)
            if kind:
                span, _, after = value.partition("\x00")
                self.append(span, kind)
                self.append(after)
            else:
                self.append(value)
        self.append(self.template.text[position:])
        assert not self.caps, f"template {self.template.number}: unclosed ^^"

    def row(self, number: int) -> dict:
        t = self.template
        categories = [CORPUS_TAG]
        if t.kind == "allow":
            categories += ["negative", "task:legitimate"]
        elif t.kind == "redact":
            categories += ["task:legitimate"]
        elif t.kind.startswith("prohibited:"):
            categories += [t.kind, f"phrasing:{t.phrasing}"]
        else:
            categories += [t.kind]
        if self.group and any(s["type"] == "PERSON" for s in self.spans):
            categories.append(f"names:{self.group}")
        if t.style:
            categories.append(f"style:{t.style}")
        categories.append(f"template:{t.number}")
        expected = {"allow": "allow", "redact": "redact"}.get(t.kind, "block")
        return {"id": f"h6_{number:04d}", "text": self.text, "spans": self.spans, "expected": expected,
                "categories": categories}


def check_template(t: Template) -> None:
    slots = [m.group(1) for m in SLOT.finditer(t.text) if m.group(1)]
    spans = [s for s in slots if not s.split("#")[0].split(":")[0] in
             ("block", "xst", "street", "time", "date", "statute", "crime", "sop", "caselaw", "park", "pstreet")]
    if t.kind == "allow":
        assert not spans, f"template {t.number}: an allow template holds a span slot"
    if t.kind == "redact":
        assert spans, f"template {t.number}: a redact template holds no span slot"
    nonpublic = [s for s in spans if s.startswith(("tac:", "csn", "cs:"))]
    assert bool(nonpublic) == (t.kind == "nonpublic"), f"template {t.number}: nonpublic slots and kind disagree"
    if any(s.startswith("cs:") for s in slots):
        assert any(PERSON_SLOT.match(s) and not s.startswith("cs:") for s in slots), (
            f"template {t.number}: an informant's name needs a person beside it")
    assert bool(t.phrasing) == t.kind.startswith("prohibited:"), f"template {t.number}: phrasing"
    assert t.style in ("", "caps", "lower"), t.number


def build_rows() -> list[dict]:
    for t in TEMPLATES:
        check_template(t)
    plan = [(t, index) for t in TEMPLATES for index in range(1, t.count + 1)]
    random.Random(ORDER_SEED).shuffle(plan)
    rows, turn = [], 0
    for number, (template, index) in enumerate(plan, start=1):
        group = None
        if template.has_person:
            group = F.GROUP_ORDER[turn % len(F.GROUP_ORDER)]
            turn += 1
        item = Item(template, index, group)
        item.build()
        rows.append(item.row(number))
    return rows


def main(directory: Path = HERE) -> Path:
    path = Path(directory) / OUTPUT
    with path.open("w", encoding="utf-8") as out:
        for row in build_rows():
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    print(main())
