"""Write tests/data/holdout7.jsonl, the seventh held-out corpus, from hand-written templates.

    python tests/data/generate_holdout7.py

Deterministic: the items (template, copy) are shuffled once with a fixed seed, name groups are dealt
round-robin over the items that hold a PERSON, and each item has its own generator seeded from its
template number and its copy number. Every span's offsets are computed while the text is assembled,
piece by piece, after letter case is applied, so they are exact.

Slot syntax of holdout7_templates.py (this file's own):

  People (n = 1..4, one invented person per n, all from the item's name group):
    {Nn} Given Surname      {Gn} given name only     {Sn} surname only       {Mn} Given M. Surname
    {In} G. Surname         {Rn} SURNAME, GIVEN M     {rn} Surname, Given     {Kn} Given "Nick" Surname
    {kn} the street nickname alone (write the quotes around it in the template)
    {En} an e-mail address made from person n's name (an EMAIL span only)
    {Cn} person n's full name as a CONFIDENTIAL_SOURCE (an informant), {Cgn} the given name only
    pronouns and words that agree with person n's sex: {hen} {Hen} {hisn} {Hisn} {himn} {Mrn} {mann}
    {sonn} {wifen} {sistern}
    A template may fix the sexes with ``sexes="fm"`` (person 1 a woman, person 2 a man).
  Spans (append a digit for a second, different value: {addr2}; ":shape" picks a shape):
    {addr} ADDRESS, {addr:s} without city, {addr:c} with city/ZIP; {dob}; {phone}; {email}; {ssn}; {dl};
    {plate}; {vin}; {ip}; {acct} / {acct:last4|card|bank|member} ACCOUNT_NUMBER; {case} / {case:county}...
    CASE_NUMBER (shapes in holdout7_fillers.CASE_SHAPES); {cji} / {cji:fbi|sid|ncic|warrant|booking|iii};
    {med:kind} MEDICAL from holdout7_fillers.MEDICAL; {tac:kind} TACTICAL from holdout7_fillers.TACTICAL;
    {ci} an informant code, {cinick} an informant's unit nickname, {rel} an informant singled out by relation
    (all CONFIDENTIAL_SOURCE).
  Inline spans written by hand: <<T:...>> TACTICAL, <<M:...>> MEDICAL, <<C:...>> CONFIDENTIAL_SOURCE,
    <<A:...>> ADDRESS; slots inside them are filled as plain text and the whole is one span.
  Plain words (never spans): {street} {inter} {park} {biz} {hosp} {vehicle} {time} {day} {date} {dist}
    {rank} {num} {routing} {named} (a place named after a person).
  ^^ ... ^^ a pasted stretch in ALL CAPS. A template's style "caps" or "lower" sets the whole item's case
    (lower case also drops diacritics).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout7_fillers as F  # noqa: E402
from holdout7_templates import TEMPLATES  # noqa: E402

OUT = Path(__file__).resolve().parent / "holdout7.jsonl"
ORDER_SEED = 682_0007
TOKEN = re.compile(r"(<<[A-Z]:.*?>>|\^\^|\{[^{}]+\})")
NAME_TOKEN = re.compile(r"^(Cg|N|G|S|M|I|R|r|K|k|E|C)(\d)$")
WORD_TOKEN = re.compile(r"^(he|He|his|His|him|Mr|man|son|wife|sister)(\d)$")
PERSON_FORMS = set("NGSMIRrKk")
INLINE = {"T": "TACTICAL", "M": "MEDICAL", "C": "CONFIDENTIAL_SOURCE", "A": "ADDRESS"}
WORDS = {"he": ("she", "he"), "He": ("She", "He"), "his": ("her", "his"), "His": ("Her", "His"),
         "him": ("her", "him"), "Mr": ("Ms.", "Mr."), "man": ("woman", "man"), "son": ("daughter", "son"),
         "wife": ("wife", "husband"), "sister": ("sister", "brother")}


def holds_person(text: str) -> bool:
    return any((m := NAME_TOKEN.match(t[1:-1])) and m.group(1) in PERSON_FORMS
               for t in re.findall(r"\{[^{}]+\}", text))


def draws_names(text: str) -> bool:
    return any(NAME_TOKEN.match(t[1:-1]) or WORD_TOKEN.match(t[1:-1]) for t in re.findall(r"\{[^{}]+\}", text))


class Person:
    def __init__(self, rng: random.Random, names: F.Names, woman: bool, taken: set, plain: bool):
        for _ in range(50):
            given = rng.choice(names.women if woman else names.men)
            base = rng.choice(names.surnames)
            if base not in taken and given not in taken:
                break
        taken.update((given, base))
        surname = names.surname_for(base, woman)
        if plain:
            given, surname = F.fold(given), F.fold(surname)
        self.woman, self.given, self.surname = woman, given, surname
        self.middle = rng.choice(F.MIDDLE_INITIALS)
        self.nick = rng.choice(F.NICKNAMES)
        self.mail = rng.choice(["{g}.{s}@{d}", "{g0}{s}@{d}", "{g}{s}{n}@{d}", "{s}.{g}@{d}"]).format(
            g=self._mailword(given), s=self._mailword(surname), g0=self._mailword(given)[0], n=rng.randint(1, 99),
            d=rng.choice(["example.org", "example.com", "mpd.example.org", "mail.example.com"]))

    @staticmethod
    def _mailword(word: str) -> str:
        return re.sub(r"[^a-z]", "", F.fold(word).lower())

    def form(self, kind: str) -> str:
        g, s = self.given, self.surname
        return {"N": f"{g} {s}", "G": g, "S": s, "M": f"{g} {self.middle}. {s}", "I": f"{g[0]}. {s}",
                "R": f"{s}, {g} {self.middle}".upper(), "r": f"{s}, {g}", "K": f'{g} "{self.nick}" {s}',
                "k": self.nick, "E": self.mail, "C": f"{g} {s}", "Cg": g}[kind]


class Item:
    """Renders one template into pieces of (text, span type or None, in capitals)."""

    def __init__(self, template, rng: random.Random, group: str | None):
        self.t, self.rng, self.group = template, rng, group
        self.plain = template.style == "lower" or rng.random() < 0.3
        self.people: dict[str, Person] = {}
        self.taken: set = set()
        self.cache: dict[str, str] = {}

    def person(self, n: str) -> Person:
        if n not in self.people:
            sexes = self.t.sexes
            index = int(n) - 1
            woman = sexes[index] == "f" if index < len(sexes) else self.rng.random() < 0.5
            self.people[n] = Person(self.rng, F.NAME_GROUPS[self.group], woman, self.taken, self.plain)
        return self.people[n]

    def pieces(self) -> list[tuple[str, str | None, bool]]:
        out, caps = [], False
        for part in TOKEN.split(self.t.text):
            if not part:
                continue
            if part == "^^":
                caps = not caps
            elif part.startswith("<<"):
                out.append((self.plain_text(part[4:-2]), INLINE[part[2]], caps))
            elif part.startswith("{"):
                text, kind = self.slot(part[1:-1])
                out.append((text, kind, caps or (kind == "PERSON" and part[1] == "R")))
            else:
                out.append((part, None, caps))
        return out

    def plain_text(self, text: str) -> str:
        return "".join(self.slot(p[1:-1])[0] if p.startswith("{") else p for p in TOKEN.split(text) if p)

    def slot(self, token: str) -> tuple[str, str | None]:
        if m := NAME_TOKEN.match(token):
            kind, n = m.groups()
            value = self.person(n).form(kind)
            return value, {"E": "EMAIL", "C": "CONFIDENTIAL_SOURCE", "Cg": "CONFIDENTIAL_SOURCE"}.get(kind, "PERSON")
        if m := WORD_TOKEN.match(token):
            word, n = m.groups()
            return WORDS[word][0 if self.person(n).woman else 1], None
        if token not in self.cache:
            self.cache[token] = self.fill(token)
        return self.cache[token], SPAN_SLOTS.get(re.sub(r"\d$", "", token.split(":")[0]))

    def fill(self, token: str) -> str:
        rng = self.rng
        name, _, shape = token.partition(":")
        name = re.sub(r"\d$", "", name)
        if name == "addr":
            base = f"{rng.randint(100, 9899)} {rng.choice(F.STREETS)}"
            if rng.random() < 0.45:
                base += rng.choice([", ", " "]) + rng.choice(F.UNITS)
            if shape == "c" or (shape != "s" and rng.random() < 0.4):
                base += ", " + rng.choice(F.CITIES)
            return base
        if name == "dob":
            return F.dob(rng, shape)
        simple = {
            "phone": F.phone, "ssn": F.ssn, "dl": F.driver_license, "plate": F.plate, "vin": F.vin,
            "ip": F.ip, "routing": F.routing, "ci": F.informant_code,
        }
        if name in simple:
            return simple[name](rng)
        if name == "email":
            user = rng.choice(["tips", "records.unit", "d3.desk", "jdoe", "front.office", "claims", "hr.benefits",
                               "leasing", "k.m.1984", "sweetpea22", "bigdawg414"])
            return f"{user}@{rng.choice(['example.org', 'example.com'])}"
        if name == "acct":
            return F.account(rng, shape)
        if name == "case":
            return F.case_number(rng, shape)
        if name == "cji":
            return F.cji_identifier(rng, shape)
        if name == "med":
            return rng.choice(F.MEDICAL[shape])
        if name == "tac":
            return self.plain_text(rng.choice(F.TACTICAL[shape]))
        if name == "cinick":
            return rng.choice(F.INFORMANT_NICKNAMES)
        if name == "rel":
            return rng.choice(F.SOURCE_RELATIONS)
        plain = {"street": F.STREETS, "inter": F.INTERSECTIONS, "park": F.PARKS, "biz": F.BUSINESSES,
                 "hosp": F.HOSPITALS, "vehicle": F.VEHICLES, "time": F.TIMES, "day": F.DAYS, "date": F.INCIDENT_DATES,
                 "dist": F.DISTRICTS, "rank": F.RANKS, "named": F.STREETS_NAMED_FOR_PEOPLE}
        if name in plain:
            return rng.choice(plain[name])
        if name == "num":
            return str(rng.randint(2, 7))
        raise KeyError(f"template {self.t.number}: unknown slot {{{token}}}")


SPAN_SLOTS = {"addr": "ADDRESS", "dob": "DATE_OF_BIRTH", "phone": "PHONE", "email": "EMAIL", "ssn": "SSN",
              "dl": "DRIVER_LICENSE", "plate": "LICENSE_PLATE", "vin": "VIN", "ip": "IP_ADDRESS",
              "acct": "ACCOUNT_NUMBER", "case": "CASE_NUMBER", "cji": "CJI_IDENTIFIER", "med": "MEDICAL",
              "tac": "TACTICAL", "ci": "CONFIDENTIAL_SOURCE", "cinick": "CONFIDENTIAL_SOURCE",
              "rel": "CONFIDENTIAL_SOURCE"}


def assemble(template, rng: random.Random, group: str | None) -> tuple[str, list[dict]]:
    item = Item(template, rng, group)
    text, spans = "", []
    for piece, kind, caps in item.pieces():
        if template.style == "lower":
            piece = F.fold(piece).lower()
        elif template.style == "caps" or caps:
            piece = piece.upper()
        if kind:
            spans.append({"start": len(text), "end": len(text) + len(piece), "type": kind})
        text += piece
    return text, spans


def categories(template, group: str | None) -> list[str]:
    out = ["holdout7"]
    if template.kind == "allow":
        out += ["negative", "task:legitimate"]
    elif template.kind == "redact":
        out += ["task:legitimate"]
    elif template.kind.startswith("prohibited:"):
        out += [template.kind, f"phrasing:{template.phrasing}"]
    else:
        out += [template.kind]
    if group:
        out.append(f"names:{group}")
    if template.style:
        out.append(f"style:{template.style}")
    out.append(f"template:{template.number}")
    return out


EXPECTED = {"allow": "allow", "redact": "redact"}


def build() -> list[dict]:
    slots = [(t, copy) for t in TEMPLATES for copy in range(t.count)]
    random.Random(ORDER_SEED).shuffle(slots)
    rows, dealt, seen = [], 0, set()
    for number, (template, copy) in enumerate(slots, start=1):
        group = None
        if holds_person(template.text):
            group = F.GROUP_ORDER[dealt % len(F.GROUP_ORDER)]
            dealt += 1
        for attempt in range(20):   # a copy that comes out like an earlier one is drawn again
            rng = random.Random(f"holdout7/{template.number}/{copy}/{attempt}")
            names_from = group or (rng.choice(F.GROUP_ORDER) if draws_names(template.text) else None)
            text, spans = assemble(template, rng, names_from)
            if text not in seen:
                break
        seen.add(text)
        rows.append(_row(number, text, spans, template, group))
    return rows


def _row(number: int, text: str, spans: list[dict], template, group: str | None) -> dict:
    return {"id": f"h7_{number:04d}", "text": text, "spans": spans,
            "expected": EXPECTED.get(template.kind, "block"), "categories": categories(template, group)}


def main(directory: Path | None = None) -> Path:
    path = (Path(directory) / OUT.name) if directory else OUT
    rows = build()
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "two items came out the same"
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    print(main())
