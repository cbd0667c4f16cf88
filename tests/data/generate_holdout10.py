"""Write tests/data/holdout10.jsonl, the tenth held-out corpus, from holdout10_templates.py.

    python tests/data/generate_holdout10.py

Deterministic: the items (every template's copies) are shuffled once with a fixed seed, name groups are
dealt round-robin over the items that hold a name in that order, and each item has its own
random.Random seeded from its template number, its copy number and an attempt number (a copy whose text
comes out like an earlier item's is drawn again with the next attempt).

Slot syntax of the templates (the generator's own):

  {W1.form} {M2.form} {P1.form}   a person: W a woman, M a man, P either; the digit tells people apart.
                                  All people of an item come from the item's name group. Forms (PERSON span
                                  unless said otherwise):
                                    full      Given Surname          given    Given
                                    sur       Surname                rec      Surname, Given
                                    REC       SURNAME, GIVEN M       mid      Given M. Surname
                                    init      G. Surname             nick     Given "Nick" Surname
                                    nickonly  Nick (own span)        lower    given surname (no accents)
                                    plain     Given Surname (no accents)     caps  GIVEN SURNAME
                                    two       Given Given2 Surname   email    an EMAIL span built on the name
  {NAME} or {NAME:arg}            a filler written as a span:
                                    CASE[:shape]  CASE_NUMBER       CJI[:kind]  CJI_IDENTIFIER
                                    DOB[:format]  DATE_OF_BIRTH     ADDR / ADDRC  ADDRESS (ADDRC adds the city)
                                    PHONE, EMAIL, PLATE, VIN, DL, SSN, IP        ACCT[:shape]  ACCOUNT_NUMBER
                                    MED[:kind]    MEDICAL (a phrase from the fillers)
                                    SRC           CONFIDENTIAL_SOURCE, a code     SRCNICK  the same, a unit nickname
  {street} {time} {day} {hosp} {n} {age}        plain words, never a span.
  [[M:...]] [[T:...]] [[C:...]]   a span written by hand: MEDICAL, TACTICAL, CONFIDENTIAL_SOURCE. Slots inside
                                  are filled but make no span of their own (the whole stretch is one span).
  ^^...^^                         a pasted stretch typed in capitals (everything inside, fillers too).

A template's style "lower" or "caps" puts the whole item in that case; it is applied piece by piece while the
text is assembled, so every offset is computed on the final text.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import holdout10_fillers as F  # noqa: E402
import holdout10_templates as T  # noqa: E402

OUT_NAME = "holdout10.jsonl"
CORPUS_TAG = "holdout10"
ORDER_SEED = "holdout10/order/2026"


@dataclass(frozen=True)
class Template:
    number: int
    kind: str          # negative | redact | cji_record | nonpublic | prohibited:<use>
    text: str
    count: int = 1
    style: str = ""    # "" | lower | caps
    phrasing: str = ""  # "" | direct | indirect (prohibited uses only)

    @property
    def has_names(self) -> bool:
        return bool(PERSON_SLOT.search(self.text))


def _collect() -> list[Template]:
    rows: list[tuple[str, str, int, str, str]] = []
    for text, count, style in T.NEAR_MISSES:
        rows.append(("negative", text, count, style, ""))
    for text, count, style in T.REDACT:
        rows.append(("redact", text, count, style, ""))
    for text, count, style in T.CJI_RECORDS:
        rows.append(("cji_record", text, count, style, ""))
    for text, count, style in T.NONPUBLIC:
        rows.append(("nonpublic", text, count, style, ""))
    for use, entries in T.PROHIBITED.items():
        for phrasing, text, style in entries:
            rows.append((f"prohibited:{use}", text, 1, style, phrasing))
    return [Template(n, kind, text, count, style, phrasing)
            for n, (kind, text, count, style, phrasing) in enumerate(rows, start=1)]


PERSON_SLOT = re.compile(r"\{([WMP]\d)\.(\w+)\}")
TOKEN = re.compile(r"\{([^{}]+)\}|\[\[([MTC]):|\]\]|\^\^")
HAND_TYPES = {"M": "MEDICAL", "T": "TACTICAL", "C": "CONFIDENTIAL_SOURCE"}


# ---- people -------------------------------------------------------------------------------------------------
@dataclass
class Person:
    given: str
    surname: str
    woman: bool
    initial: str
    nick: str
    given2: str


class Cast:
    """The people of one item, all from one name group, told apart by given name and surname."""

    def __init__(self, rng: random.Random, group: str | None, plain: bool):
        self.rng, self.group, self.plain = rng, group, plain
        self.people: dict[str, Person] = {}

    def person(self, key: str) -> Person:
        if key not in self.people:
            if self.group is None:
                raise ValueError(f"a person slot {key} in an item without a name group")
            names = F.NAME_GROUPS[self.group]
            woman = {"W": True, "M": False}.get(key[0])
            if woman is None:
                woman = self.rng.random() < 0.5
            pool = names.women if woman else names.men
            surnames = names.surnames + (names.women_only_surnames if woman else names.men_only_surnames)
            used_given = {p.given for p in self.people.values()} | {p.given2 for p in self.people.values()}
            used_sur = {p.surname for p in self.people.values()}
            given = self.rng.choice([g for g in pool if g not in used_given])
            gendered = names.women_only_surnames if woman else names.men_only_surnames
            if gendered and self.rng.random() < 0.4:
                surnames = gendered     # Kaur / Singh, -ska / -sky: often enough to be seen
            surname = self.rng.choice([s for s in surnames if s not in used_sur])
            given2 = self.rng.choice([g for g in pool if g != given and g not in used_given])
            self.people[key] = Person(given, surname, woman, self.rng.choice("ABCDEFGHJKLMNPRSTVW"),
                                      self.rng.choice(F.NICKNAMES), given2)
        return self.people[key]

    def write(self, key: str, form: str) -> tuple[str, str]:
        p = self.person(key)
        given, sur, given2 = p.given, p.surname, p.given2
        if self.plain:
            given, sur, given2 = F.fold(given), F.fold(sur), F.fold(given2)
        forms = {
            "full": f"{given} {sur}",
            "given": given,
            "sur": sur,
            "rec": f"{sur}, {given}",
            "REC": f"{sur.upper()}, {given.upper()} {p.initial}",
            "mid": f"{given} {p.initial}. {sur}",
            "init": f"{given[0]}. {sur}",
            "nick": f'{given} "{p.nick}" {sur}',
            "nickonly": p.nick,
            "lower": F.fold(f"{given} {sur}").lower(),
            "plain": F.fold(f"{given} {sur}"),
            "caps": f"{given} {sur}".upper(),
            "two": f"{given} {given2} {sur}",
        }
        if form == "email":
            local = re.sub(r"[^a-z]", "", F.fold(p.given).lower())[:10] + "." + re.sub(
                r"[^a-z]", "", F.fold(p.surname).lower())
            number = self.rng.choice(["", str(self.rng.randint(2, 99))])
            return f"{local}{number}@{self.rng.choice(['example.org', 'example.com'])}", "EMAIL"
        return forms[form], "PERSON"


# ---- fillers ------------------------------------------------------------------------------------------------
def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def case_number(rng: random.Random, shape: str | None) -> str:
    yy = rng.choice(["25", "26"])
    shapes = {
        "mpd": lambda: f"{yy}-{_digits(rng, 6)}",
        "supp": lambda: f"{yy}-{_digits(rng, 6)}-S{rng.randint(1, 4)}",
        "dot": lambda: f"{yy}-{_digits(rng, 6)}.{rng.randint(1, 9)}",
        "long": lambda: f"{yy}{_digits(rng, 7)}",
        "cad": lambda: f"{yy}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{_digits(rng, 4)}",
        "cf": lambda: f"20{yy}CF{_digits(rng, 6)}",
        "cm": lambda: f"20{yy}CM{_digits(rng, 6)}",
        "jv": lambda: f"20{yy}JV{_digits(rng, 6)}",
        "tr": lambda: f"20{yy}TR{_digits(rng, 6)}",
        "cv": lambda: f"20{yy}CV{_digits(rng, 6)}",
        "short": lambda: f"{yy}CF{_digits(rng, 4)}",
        "muni": lambda: f"{yy}-MC-{_digits(rng, 5)}",
        "da": lambda: f"DA-{yy}-{_digits(rng, 4)}",
        "arrest": lambda: f"A{yy}-{_digits(rng, 5)}",
        "ir": lambda: f"IR{yy}-{_digits(rng, 5)}",
        "inc": lambda: f"INC{_digits(rng, 8)}",
        "cite": lambda: f"{rng.choice('YXQ')}{_digits(rng, 7)}",
    }
    return shapes[shape or rng.choice(["mpd", "mpd", "supp", "long", "cad", "dot", "ir", "arrest"])]()


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def date_of_birth(rng: random.Random, fmt: str | None) -> str:
    y, m, d = rng.randint(1948, 2009), rng.randint(1, 12), rng.randint(1, 28)
    formats = {
        "us": f"{m:02d}/{d:02d}/{y}",
        "short": f"{m}/{d}/{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "long": f"{MONTHS[m - 1]} {d}, {y}",
        "euro": f"{d} {MONTHS[m - 1][:3]} {y}",
        "run": f"{m:02d}{d:02d}{y}",
        "dash": f"{m}-{d}-{y % 100:02d}",
        "caps": f"{MONTHS[m - 1][:3].upper()} {d:02d} {y}",
    }
    return formats[fmt or rng.choice(["us", "us", "short", "iso", "long", "dash"])]


def address(rng: random.Random, with_city: bool) -> str:
    street = rng.choice(F.STREETS)
    number = rng.randint(120, 9890)
    text = f"{number} {street}"
    if rng.random() < 0.4:
        text += f" {rng.choice(F.UNITS)}"
    if with_city:
        text += f", {rng.choice(F.CITIES)}"
    return text


def phone(rng: random.Random) -> str:
    last = f"01{_digits(rng, 2)}"
    area = rng.choice(["414", "414", "262", "608"])
    return rng.choice([f"({area}) 555-{last}", f"{area}-555-{last}", f"{area}.555.{last}", f"555-{last}"])


def plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    a = "".join(rng.choice(letters) for _ in range(3))
    return rng.choice([f"{a}-{_digits(rng, 4)}", f"{a}{_digits(rng, 4)}", f"{_digits(rng, 3)}-{a}",
                       f"{a[:2]} {_digits(rng, 5)}"])


def vin(rng: random.Random) -> str:
    body = rng.choice(F.WMI) + "".join(rng.choice(F.VIN_ALPHABET) for _ in range(5))
    tail = rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + _digits(rng, 6)
    partial = body + "0" + tail
    return body + F.vin_check_digit(partial) + tail


def driver_license(rng: random.Random) -> str:
    letter = rng.choice("ABCDEFGHJKLMNPRSTVWZ")
    d = _digits(rng, 13)
    return rng.choice([f"{letter}{d[:3]}-{d[3:7]}-{d[7:11]}-{d[11:]}", f"{letter}{d}"])


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice([f"{area:03d}-{group:02d}-{serial:04d}", f"{area:03d} {group:02d} {serial:04d}"])


def ip_address(rng: random.Random) -> str:
    return f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(2, 254)}"


def account(rng: random.Random, shape: str | None) -> str:
    shape = shape or rng.choice(["bank", "card", "last4", "member"])
    if shape == "bank":
        return _digits(rng, rng.choice([10, 11, 12]))
    if shape == "card":
        prefix = rng.choice(["4", "4", "51", "53", "55", "6011"])
        card = F.luhn_complete(prefix + _digits(rng, 15 - len(prefix)))
        return rng.choice([" ", "-", ""]).join(card[i:i + 4] for i in range(0, 16, 4))
    if shape == "last4":
        return _digits(rng, 4)
    return _digits(rng, 7)


def cji_identifier(rng: random.Random, kind: str | None) -> str:
    letters = "ABCDEFHJKLMNPRTVWXY"
    kinds = {
        "fbi": lambda: f"{_digits(rng, 6)}{rng.choice(letters)}{rng.choice(letters)}{rng.randint(1, 9)}",
        "sid": lambda: f"WI{_digits(rng, 8)}",
        "nic": lambda: f"W{_digits(rng, 9)}",
        "booking": lambda: f"B26{_digits(rng, 6)}",
        "warrant": lambda: f"26-WT-{_digits(rng, 5)}",
        "doc": lambda: f"00{_digits(rng, 6)}",
    }
    return kinds[kind or rng.choice(list(kinds))]()


def source_code(rng: random.Random) -> str:
    shape = rng.choice(F.SOURCE_CODE_SHAPES)
    return re.sub(r"\{(\d)\}", lambda m: _digits(rng, int(m.group(1))), shape)


def filler(rng: random.Random, name: str, arg: str | None) -> tuple[str, str | None]:
    if name == "CASE":
        return case_number(rng, arg), "CASE_NUMBER"
    if name == "DOB":
        return date_of_birth(rng, arg), "DATE_OF_BIRTH"
    if name in ("ADDR", "ADDRC"):
        return address(rng, name == "ADDRC"), "ADDRESS"
    if name == "PHONE":
        return phone(rng), "PHONE"
    if name == "EMAIL":
        box = rng.choice(["frontdesk", "intake", "tips4you", "landlord.mgmt", "jdoe77", "ops.manager"])
        return f"{box}@{rng.choice(['example.org', 'example.com'])}", "EMAIL"
    if name == "PLATE":
        return plate(rng), "LICENSE_PLATE"
    if name == "VIN":
        return vin(rng), "VIN"
    if name == "DL":
        return driver_license(rng), "DRIVER_LICENSE"
    if name == "SSN":
        return ssn(rng), "SSN"
    if name == "IP":
        return ip_address(rng), "IP_ADDRESS"
    if name == "ACCT":
        return account(rng, arg), "ACCOUNT_NUMBER"
    if name == "CJI":
        return cji_identifier(rng, arg), "CJI_IDENTIFIER"
    if name == "MED":
        return rng.choice(F.MEDICAL[arg or rng.choice(F.MED_KINDS)]), "MEDICAL"
    if name == "SRC":
        return source_code(rng), "CONFIDENTIAL_SOURCE"
    if name == "SRCNICK":
        return rng.choice(F.INFORMANT_NICKNAMES), "CONFIDENTIAL_SOURCE"
    plain = {
        "street": lambda: rng.choice(F.STREETS),
        "time": lambda: rng.choice(F.TIMES),
        "day": lambda: rng.choice(F.DAYS),
        "hosp": lambda: rng.choice(F.HOSPITALS),
        "n": lambda: str(rng.randint(3, 40)),
        "age": lambda: str(rng.randint(19, 71)),
    }
    if name in plain:
        return plain[name](), None
    raise KeyError(f"unknown slot {name!r}")


# ---- rendering ----------------------------------------------------------------------------------------------
def render(template: Template, rng: random.Random, group: str | None) -> tuple[str, list[dict]]:
    plain = rng.random() < 0.3
    cast = Cast(rng, group, plain)
    out: list[str] = []
    spans: list[dict] = []
    length = 0
    caps = False
    hand: tuple[str, int] | None = None

    def case(piece: str) -> str:
        if caps or template.style == "caps":
            return piece.upper()
        if template.style == "lower":
            return piece.lower()
        return piece

    def emit(piece: str, kind: str | None) -> None:
        nonlocal length
        piece = case(piece)
        if kind and hand is None:
            spans.append({"start": length, "end": length + len(piece), "type": kind})
        out.append(piece)
        length += len(piece)

    position = 0
    for match in TOKEN.finditer(template.text):
        emit(template.text[position:match.start()], None)
        position = match.end()
        token = match.group(0)
        if token == "^^":
            caps = not caps
        elif token == "]]":
            if hand is None:
                raise ValueError(f"template {template.number}: ']]' without '[['")
            kind, start = hand
            spans.append({"start": start, "end": length, "type": kind})
            hand = None
        elif match.group(2):
            if hand is not None:
                raise ValueError(f"template {template.number}: nested hand-written spans")
            hand = (HAND_TYPES[match.group(2)], length)
        else:
            slot = match.group(1)
            person = re.fullmatch(r"([WMP]\d)\.(\w+)", slot)
            if person:
                text, kind = cast.write(person.group(1), person.group(2))
            else:
                name, _, arg = slot.partition(":")
                text, kind = filler(rng, name, arg or None)
            emit(text, kind)
    emit(template.text[position:], None)
    if hand is not None or caps:
        raise ValueError(f"template {template.number}: an unclosed '[[' or '^^'")
    spans.sort(key=lambda s: (s["start"], s["end"]))
    return "".join(out), spans


def categories(template: Template, group: str | None) -> list[str]:
    kinds = {
        "negative": ["negative", "task:legitimate"],
        "redact": ["task:legitimate"],
        "cji_record": ["cji_record"],
        "nonpublic": ["nonpublic"],
    }
    result = [CORPUS_TAG, *kinds.get(template.kind, [template.kind])]
    if template.phrasing:
        result.append(f"phrasing:{template.phrasing}")
    if template.style:
        result.append(f"style:{template.style}")
    if group:
        result.append(f"names:{group}")
    result.append(f"template:{template.number}")
    return result


EXPECTED = {"negative": "allow", "redact": "redact"}

TEMPLATES = _collect()


def build() -> list[dict]:
    slots = [(t, copy) for t in TEMPLATES for copy in range(1, t.count + 1)]
    random.Random(ORDER_SEED).shuffle(slots)
    rows, seen, dealt = [], set(), 0
    for template, copy in slots:
        group = None
        if template.has_names:
            group = F.GROUP_ORDER[dealt % len(F.GROUP_ORDER)]
            dealt += 1
        for attempt in range(50):
            rng = random.Random(f"holdout10/{template.number}/{copy}/{attempt}")
            text, spans = render(template, rng, group)
            if text not in seen:
                break
        else:
            raise ValueError(f"template {template.number} cannot make {template.count} different items")
        seen.add(text)
        rows.append({
            "id": f"h10_{len(rows) + 1:04d}",
            "text": text,
            "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
            "expected": EXPECTED.get(template.kind, "block"),
            "categories": categories(template, group),
        })
    return rows


def main(directory: Path | None = None) -> Path:
    path = Path(directory or HERE) / OUT_NAME
    with path.open("w", encoding="utf-8") as out:
        for row in build():
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    print(main())
