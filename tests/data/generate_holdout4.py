"""Write holdout4.jsonl, the fourth held-out corpus, from its hand-written templates.

    python tests/data/generate_holdout4.py

Deterministic: the item order is shuffled once with a fixed seed, and each item has its own
generator seeded from its template number and its index within the template. Spans are
recorded while the text is assembled piece by piece, after each piece's letter case is set,
so every offset is exact in the final text.

Slot syntax of the templates (holdout4_templates.py):
  {W} {X}      a woman        {M} {N}  a man        {P} {Q} {R} {S}  a person of either sex
  {P}          full name            {P.f} given name        {P.l} surname
  {P.r}        "Surname, Given"     {P.i} "Given X. Surname" {P.fl} "G. Surname"
  {P.nick}     a street nickname (its own PERSON span)
  {P.ci}       full name as CONFIDENTIAL_SOURCE (an informant)   {P.cil} surname as CONFIDENTIAL_SOURCE
  {P.email}    a mail address made from the name (EMAIL)
  {P.he} {P.him} {P.his} {P.He} {P.His} {P.title} {P.sex}   no span
  {KIND} / {KIND1}   a filler; a trailing digit reuses the same value within the item
  {DRUG} {COND}      a medication and the condition it treats, agreeing within the item
  ^^ ... ^^    a pasted stretch, written in capitals
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout4_fillers as F  # noqa: E402
from holdout4_templates import TEMPLATES, Template  # noqa: E402

HERE = Path(__file__).resolve().parent
CORPUS = "holdout4"
SHUFFLE_SEED = 20261127
SLOT = re.compile(r"\{([A-Z]+)(\d?)(?:\.([a-zA-Z]+))?\}|\^\^")
PERSON_KEYS = "WXMNPQRS"
NAME_ATTRS = ("", "f", "l", "r", "i", "fl", "nick")


def _street_address(rng: random.Random, unit: bool) -> str:
    street = rng.choice(F.STREET_NUMBERED + F.STREETS)
    text = f"{rng.randint(118, 9870)} {street}"
    if unit and rng.random() < 0.5:
        text += " " + rng.choice(F.UNITS)
    return text


def _block(rng: random.Random) -> str:
    return f"{rng.randint(1, 98) * 100} block of {rng.choice(F.STREETS)}"


def _intersection(rng: random.Random) -> str:
    a, b = rng.sample(F.STREETS, 2)
    return f"{a} and {b}"


def _tactical(rng: random.Random) -> str:
    return rng.choice(F.TACTICAL).format(
        day=rng.choice(F.DAYS), time=rng.choice(F.TIMES), addr=_street_address(rng, False), block=_block(rng),
        park=rng.choice(F.TACTICAL_PARKS), xst=_intersection(rng), make=rng.choice(F.MAKES),
        color=rng.choice(F.COLORS))


def _mail_handle(rng: random.Random) -> str:
    word = rng.choice(("mkeboss", "tiptop", "northside", "queenb", "jdub", "lakefront", "bigdog", "sunflower"))
    return f"{word}{rng.randint(2, 99)}@{rng.choice(('example.com', 'example.org'))}"


KINDS = {
    "DOB": (F.dob, "DATE_OF_BIRTH"),
    "SSN": (F.ssn, "SSN"),
    "DL": (F.driver_license, "DRIVER_LICENSE"),
    "PLATE": (F.plate, "LICENSE_PLATE"),
    "VIN": (F.vin, "VIN"),
    "PHONE": (F.phone, "PHONE"),
    "EMAIL": (_mail_handle, "EMAIL"),
    "ADDR": (lambda r: _street_address(r, True) + ", " + r.choice(F.CITIES), "ADDRESS"),
    "STADDR": (lambda r: _street_address(r, True), "ADDRESS"),
    "CASE": (F.case_number, "CASE_NUMBER"),
    "CIT": (F.citation_number, "CASE_NUMBER"),
    "ARR": (F.arrest_number, "CASE_NUMBER"),
    "FBI": (F.fbi_number, "CJI_IDENTIFIER"),
    "SID": (F.sid, "CJI_IDENTIFIER"),
    "NIC": (F.ncic_number, "CJI_IDENTIFIER"),
    "WARR": (F.warrant_number, "CJI_IDENTIFIER"),
    "BOOK": (F.booking_number, "CJI_IDENTIFIER"),
    "MED": (lambda r: r.choice(F.MEDICAL), "MEDICAL"),
    "MEDS": (lambda r: r.choice(F.MEDICATIONS), "MEDICAL"),
    "DEMENTIA": (lambda r: r.choice(F.DEMENTIA), "MEDICAL"),
    "INJ": (lambda r: r.choice(F.INJURIES).format(hosp=r.choice(F.HOSPITALS)), "MEDICAL"),
    "CI": (F.informant, "CONFIDENTIAL_SOURCE"),
    "TAC": (_tactical, "TACTICAL"),
    "UC": (lambda r: r.choice(F.UNDERCOVER).strip('"'), "TACTICAL"),
    "IP": (F.ip, "IP_ADDRESS"),
    "ACCT": (F.bank_account, "ACCOUNT_NUMBER"),
    "CARD": (F.card, "ACCOUNT_NUMBER"),
    # not findings
    "STREET": (lambda r: r.choice(F.STREETS), None),
    "BLOCK": (_block, None),
    "XST": (_intersection, None),
    "TIME": (lambda r: r.choice(F.TIMES), None),
    "DAY": (lambda r: r.choice(F.DAYS), None),
    "DATE": (F.incident_date, None),
    "STAT": (lambda r: r.choice(F.STATUTES), None),
    "ORD": (lambda r: r.choice(F.ORDINANCES), None),
    "SOP": (lambda r: r.choice(F.SOPS), None),
    "LAW": (lambda r: r.choice(F.CASE_LAW), None),
    "HOSP": (lambda r: r.choice(F.HOSPITALS), None),
    "MAKE": (lambda r: r.choice(F.MAKES), None),
    "AGE": (lambda r: r.choice(F.AGES), None),
    "RANK": (lambda r: r.choice(F.RANKS), None),
    "DIST": (lambda r: r.choice(F.DISTRICTS), None),
    "NUM": (lambda r: str(r.randint(3, 48)), None),
    "PCT": (lambda r: f"{r.randint(4, 61)}%", None),
    "HOTLINE": (lambda r: r.choice(F.HOTLINES), None),
    "OFFICIAL": (lambda r: r.choice(F.PUBLIC_OFFICIALS), None),
    "COLOR": (lambda r: r.choice(F.COLORS), None),
}


def _fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z]", "", text).lower()


class _Person:
    def __init__(self, rng: random.Random, group: str, woman: bool, taken: set[str]) -> None:
        names = F.NAME_GROUPS[group]
        while True:
            self.given = rng.choice(names.women if woman else names.men)
            surname = rng.choice(names.surnames)
            if self.given not in taken and surname not in taken:
                break
        taken.update((self.given, surname))
        self.surname = F.feminine_surname(group, surname) if woman else surname
        self.woman = woman
        self.initial = rng.choice("ABCDEFGHJKLMNPRSTW")
        self.nick = rng.choice(F.NICKNAMES)
        self.mail = rng.choice(("{f}.{l}", "{f0}{l}", "{l}{n}", "{f}{l}{n}")).format(
            f=_fold(self.given), l=_fold(self.surname), f0=_fold(self.given)[0], n=rng.randint(1, 99)) + \
            "@" + rng.choice(("example.org", "example.com"))

    def say(self, attr: str) -> tuple[str, str | None]:
        she = self.woman
        table = {
            "": (f"{self.given} {self.surname}", "PERSON"),
            "f": (self.given, "PERSON"),
            "l": (self.surname, "PERSON"),
            "r": (f"{self.surname}, {self.given}", "PERSON"),
            "i": (f"{self.given} {self.initial}. {self.surname}", "PERSON"),
            "fl": (f"{self.given[0]}. {self.surname}", "PERSON"),
            "nick": (self.nick, "PERSON"),
            "ci": (f"{self.given} {self.surname}", "CONFIDENTIAL_SOURCE"),
            "cil": (self.surname, "CONFIDENTIAL_SOURCE"),
            "email": (self.mail, "EMAIL"),
            "he": ("she" if she else "he", None), "He": ("She" if she else "He", None),
            "him": ("her" if she else "him", None), "his": ("her" if she else "his", None),
            "His": ("Her" if she else "His", None), "title": ("Ms." if she else "Mr.", None),
            "sex": ("F" if she else "M", None),
        }
        return table[attr]


def names_people(template: Template) -> bool:
    """Whether the template's items hold PERSON spans."""
    return any(m.group(1) and len(m.group(1)) == 1 and (m.group(3) or "") in NAME_ATTRS
               for m in SLOT.finditer(template.text))


def render(template: Template, rng: random.Random, group: str) -> tuple[str, list[dict]]:
    people: dict[str, _Person] = {}
    taken: set[str] = set()
    values: dict[str, str] = {}
    text, spans, caps, pos = [], [], False, 0
    length = 0

    def emit(piece: str, kind: str | None) -> None:
        nonlocal length
        if caps or template.style == "caps":
            piece = piece.upper()
        elif template.style == "lower":
            piece = piece.lower()
        if kind:
            spans.append({"start": length, "end": length + len(piece), "type": kind})
        text.append(piece)
        length += len(piece)

    for match in SLOT.finditer(template.text):
        if match.start() > pos:
            emit(template.text[pos:match.start()], None)
        pos = match.end()
        if match.group(0) == "^^":
            caps = not caps
            continue
        key, index, attr = match.group(1), match.group(2), match.group(3) or ""
        if len(key) == 1:
            if key not in PERSON_KEYS:
                raise ValueError(f"template {template.number}: unknown person {key}")
            if key not in people:
                woman = key in "WX" or (key in "PQRS" and rng.random() < 0.5)
                people[key] = _Person(rng, group, woman, taken)
            emit(*people[key].say(attr))
            continue
        if key in ("DRUG", "COND"):
            if "rx" not in values:
                values["rx"] = rng.choice(F.PRESCRIPTIONS)
            emit(values["rx"][0 if key == "DRUG" else 1], "MEDICAL")
            continue
        make, kind = KINDS[key]
        if index:
            if key + index not in values:
                values[key + index] = make(rng)
            emit(values[key + index], kind)
        else:
            emit(make(rng), kind)
    emit(template.text[pos:], None) if pos < len(template.text) else None
    return "".join(text), spans


def categories(template: Template, group: str | None) -> list[str]:
    out = [CORPUS, f"template:{template.number}"]
    if group:
        out.append(f"names:{group}")
    if template.expected == "allow":
        out.append("negative")
    elif template.expected == "redact":
        out.append("task:legitimate")
    else:
        out.append(template.kind)
        if template.phrasing:
            out.append(f"phrasing:{template.phrasing}")
    if template.style:
        out.append(f"style:{template.style}")
    return out


def build() -> list[dict]:
    slots = [(t, k) for t in TEMPLATES for k in range(t.count)]
    random.Random(SHUFFLE_SEED).shuffle(slots)
    rows, seen, named = [], set(), 0
    for template, k in slots:
        group = None
        if names_people(template):
            group = F.GROUP_ORDER[named % len(F.GROUP_ORDER)]
            named += 1
        attempt = 0
        while True:
            rng = random.Random(f"{CORPUS}-{template.number}-{k}-{attempt}")
            text, spans = render(template, rng, group or rng.choice(F.GROUP_ORDER))
            if text not in seen:
                break
            attempt += 1
            if attempt > 50:
                raise ValueError(f"template {template.number} gives the same text again")
        seen.add(text)
        rows.append({"id": f"h4_{len(rows) + 1:04d}", "text": text, "spans": spans,
                     "expected": template.expected, "categories": categories(template, group)})
    return rows


def main(out_dir: Path = HERE) -> Path:
    path = Path(out_dir) / f"{CORPUS}.jsonl"
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for row in build():
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    print(main())
