"""Write tests/data/holdout8.jsonl, the eighth held-out corpus, from holdout8_templates.py and holdout8_fillers.py.

    python tests/data/generate_holdout8.py

Deterministic: the (template, copy) pairs are shuffled once with a fixed seed, name groups are dealt round-robin
over the items that hold names in that order, and each item draws from its own generator seeded with its template
number, its copy number and an attempt number (a text that comes out like an earlier one is drawn again).

Slot syntax of the templates (this generator's own):

    {w1} {m2} {p3}          a person of the item's name group: w a woman, m a man, p either; the same
                            reference is the same person everywhere in the item. A form follows a dot:
                              (none) whole name        .g given name      .s surname
                              .r  "Surname, Given"     .R "SURNAME, GIVEN M"
                              .mi "Given M. Surname"   .i "G. Surname"
                              .nk the street nickname alone          .nkf Given "Nick" Surname (one span)
                              .e  a mail address made from the name (an EMAIL span, no PERSON span)
                              .cs the whole name as an informant's    .csg the given name as an informant's
                                  (CONFIDENTIAL_SOURCE, not PERSON)
    {DOB} {PHONE} {ADDR} {ADDR0} {PLATE} {VIN} {SSN} {DL} {IP} {ACCT} {CARD} {LAST4} {MEMBER}
    {CASE} {COURT} {CITE} {CAD} {CJI} {FBI} {SID} {NIC} {BOOK} {MED} {MED:kind} {SRC} {SRCNICK}
                            upper-case slots are spans of the matching type (see SLOT_TYPES)
    {street} {block} {inter} {park} {hosp} {day} {time} {month} {n} {date}
                            lower-case slots are plain words, never spans
    [[T|...]] [[M|...]] [[C|...]]
                            a span written by hand: TACTICAL, MEDICAL, CONFIDENTIAL_SOURCE. Slots inside it
                            are filled but make no span of their own (an address inside a plan is part of the plan)
    ^^...^^                 a pasted stretch typed in ALL CAPS (its slots too)

A template's style "caps" or "lower" puts the whole item in that case (names in lower-case items lose their
diacritics, as people type them); offsets are computed while the text is assembled and checked afterwards.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout8_fillers as F  # noqa: E402
import holdout8_templates as T  # noqa: E402

OUT = Path(__file__).resolve().parent / "holdout8.jsonl"
ORDER_SEED = "holdout8-order-2026-11-27"

HAND = {"T": "TACTICAL", "M": "MEDICAL", "C": "CONFIDENTIAL_SOURCE"}
SLOT_TYPES = {
    "DOB": "DATE_OF_BIRTH", "PHONE": "PHONE", "ADDR": "ADDRESS", "ADDR0": "ADDRESS", "PLATE": "LICENSE_PLATE",
    "VIN": "VIN", "SSN": "SSN", "DL": "DRIVER_LICENSE", "IP": "IP_ADDRESS", "ACCT": "ACCOUNT_NUMBER",
    "CARD": "ACCOUNT_NUMBER", "LAST4": "ACCOUNT_NUMBER", "MEMBER": "ACCOUNT_NUMBER", "CASE": "CASE_NUMBER",
    "COURT": "CASE_NUMBER", "CITE": "CASE_NUMBER", "CAD": "CASE_NUMBER", "CJI": "CJI_IDENTIFIER",
    "FBI": "CJI_IDENTIFIER", "SID": "CJI_IDENTIFIER", "NIC": "CJI_IDENTIFIER", "BOOK": "CJI_IDENTIFIER",
    "MED": "MEDICAL", "SRC": "CONFIDENTIAL_SOURCE", "SRCNICK": "CONFIDENTIAL_SOURCE",
}
TOKEN = re.compile(r"\[\[([A-Z])\||\]\]|\^\^|\{([^{}]+)\}")
PERSON_REF = re.compile(r"\{([wmp])(\d)(?:\.(\w+))?\}")


@dataclass(frozen=True)
class Template:
    number: int
    kind: str          # allow, redact, cji_record, nonpublic, prohibited:<use>
    phrasing: str      # direct / indirect for prohibited uses, else ""
    style: str         # caps / lower / ""
    count: int
    text: str

    @property
    def holds_names(self) -> bool:
        return bool(PERSON_REF.search(self.text))


TEMPLATES = [Template(n, *raw) for n, raw in enumerate(T.TEMPLATES, start=1)]


# -- people ------------------------------------------------------------------------------------------------

@dataclass
class Person:
    given: str
    surname: str
    whole: str
    initial: str
    nick: str


def _person(rng: random.Random, names: F.Names, gender: str, plain: bool) -> Person:
    woman = gender == "w" or (gender == "p" and rng.random() < 0.5)
    given = rng.choice(names.women if woman else names.men)
    surname = rng.choice(names.surnames)
    gendered = names.women_only_surnames if woman else names.men_only_surnames
    whole = f"{given} {surname}"
    roll = rng.random()
    if gendered:                                     # Sikh: Kaur for women, Singh for men
        marker = gendered[0]
        if roll < 0.5:
            whole = f"{given} {marker} {surname}"
        elif roll < 0.75:
            surname, whole = marker, f"{given} {marker}"
    elif names.surname_first and roll < 0.4:         # Vietnamese written surname first, with Thi / Van
        middle = rng.choice(names.middles_women if woman else names.middles_men)
        whole = f"{surname} {middle} {given}"
    elif names is F.NAME_GROUPS["somali"] and roll < 0.35:   # given, father's name, grandfather's name
        whole = f"{given} {rng.choice(names.men)} {surname}"
    if plain:
        given, surname, whole = F.fold(given), F.fold(surname), F.fold(whole)
    initial = rng.choice("ABCDEFGHJKLMNRST")
    return Person(given, surname, whole, initial, rng.choice(F.NICKNAMES))


def _person_form(person: Person, form: str) -> tuple[str, str]:
    p = person
    forms = {
        "": (p.whole, "PERSON"),
        "g": (p.given, "PERSON"),
        "s": (p.surname, "PERSON"),
        "r": (f"{p.surname}, {p.given}", "PERSON"),
        "R": (f"{p.surname}, {p.given} {p.initial}".upper(), "PERSON"),
        "mi": (f"{p.given} {p.initial}. {p.surname}", "PERSON"),
        "i": (f"{p.given[0]}. {p.surname}", "PERSON"),
        "nk": (p.nick, "PERSON"),
        "nkf": (f'{p.given} "{p.nick}" {p.surname}', "PERSON"),
        "cs": (p.whole, "CONFIDENTIAL_SOURCE"),
        "csg": (p.given, "CONFIDENTIAL_SOURCE"),
        "e": (_mail(p), "EMAIL"),
    }
    return forms[form]


def _mail(p: Person) -> str:
    def clean(word: str) -> str:
        return re.sub(r"[^a-z]", "", F.fold(word).lower())
    domain = "example.org" if len(p.surname) % 2 else "example.com"
    return f"{clean(p.given)}.{clean(p.surname)}@{domain}"


# -- numbers and places --------------------------------------------------------------------------------

def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _dob(rng):
    y, m, d = rng.randint(1952, 2009), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}-{d}-{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
                       f"{F.MONTHS[m - 1]} {d}, {y}", f"{m:02d}{d:02d}{y}", f"{d} {F.MONTHS[m - 1][:3]} {y}"])


def _phone(rng):
    last = f"01{_d(rng, 2)}"
    area = rng.choice(["414", "414", "262", "608"])
    return rng.choice([f"({area}) 555-{last}", f"{area}-555-{last}", f"{area}.555.{last}", f"{area} 555 {last}"])


def _addr(rng, full: bool):
    text = f"{rng.randint(100, 9899)} {rng.choice(F.STREETS)}"
    if full and rng.random() < 0.5:
        text += rng.choice([" ", ", "]) + rng.choice(F.UNITS)
    if full and rng.random() < 0.5:
        text += ", " + rng.choice(F.CITIES)
    return text


def _plate(rng):
    return rng.choice([f"{_letters(rng, 3)}-{_d(rng, 4)}", f"{_letters(rng, 3)}{_d(rng, 4)}",
                       f"{_d(rng, 3)}-{_letters(rng, 3)}", f"{_letters(rng, 2)} {_d(rng, 5)}"])


def _vin(rng):
    start = rng.choice(F.VIN_STARTS)
    tail = rng.choice(F.VIN_TAIL_LETTERS) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + _d(rng, 6)
    body = start + "0" + tail
    return body[:8] + F.vin_check(body) + body[9:]


def _ssn(rng):
    area = rng.choice([a for a in range(100, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice([f"{area:03d}-{group:02d}-{serial:04d}", f"{area:03d} {group:02d} {serial:04d}"])


def _dl(rng):
    return f"{rng.choice('ABDHKMRSTW')}{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 2)}"


def _ip(rng):
    return rng.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{rng.randint(2, 250)}"


def _acct(rng):
    return rng.choice([_d(rng, 10), _d(rng, 12), f"{_d(rng, 4)}-{_d(rng, 6)}", _d(rng, 9)])


def _card(rng):
    prefix = rng.choice(["4", "51", "52", "6011"])
    number = F.luhn_complete(prefix + _d(rng, 15 - len(prefix)))
    return rng.choice([number, " ".join(number[i:i + 4] for i in range(0, 16, 4)),
                       "-".join(number[i:i + 4] for i in range(0, 16, 4))])


def _case(rng):
    shape = rng.randrange(14)
    return [
        f"26-{_d(rng, 6)}", f"26-{_d(rng, 6)}-{rng.randint(1, 9)}", f"2026-{_d(rng, 8)}", f"I26{_d(rng, 7)}",
        f"26{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{_d(rng, 4)}", f"2026CF{_d(rng, 6)}",
        f"2026CM{_d(rng, 6)}", f"2026JV{_d(rng, 6)}", f"26CF{_d(rng, 4)}", f"T{_d(rng, 8)}",
        f"MC-26-{_d(rng, 5)}", f"DA2026-{_d(rng, 5)}", f"A-26-{_d(rng, 6)}", f"IR26-{_d(rng, 5)}",
    ][shape]


def _court(rng):
    return f"2026{rng.choice(['CF', 'CF', 'CM', 'JV', 'TR', 'FA'])}{_d(rng, 6)}"


def _cji(rng):
    return rng.choice([_fbi, _sid, _nic, _book])(rng)


def _fbi(rng):
    return f"{_d(rng, 6)}{_letters(rng, 2)}{_d(rng, 1)}"


def _sid(rng):
    return f"WI{_d(rng, 8)}"


def _nic(rng):
    return f"{rng.choice('WM')}{_d(rng, 9)}"


def _book(rng):
    return f"B26{_d(rng, 6)}"


def _src(rng):
    prefix = rng.choice(F.SOURCE_PREFIXES)
    number = rng.choice([_d(rng, 4), f"26-{_d(rng, 3)}", str(rng.randint(11, 99)), _d(rng, 3)])
    return prefix + number


def _medical(rng, kind=None):
    kind = kind or rng.choice(sorted(F.MEDICAL))
    return rng.choice(F.MEDICAL[kind])


SPAN_SLOTS = {
    "DOB": _dob, "PHONE": _phone, "ADDR": lambda r: _addr(r, True), "ADDR0": lambda r: _addr(r, False),
    "PLATE": _plate, "VIN": _vin, "SSN": _ssn, "DL": _dl, "IP": _ip, "ACCT": _acct, "CARD": _card,
    "LAST4": lambda r: _d(r, 4), "MEMBER": lambda r: _d(r, 7), "CASE": _case, "COURT": _court,
    "CITE": lambda r: f"T{_d(r, 8)}", "CAD": lambda r: f"26{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_d(r, 4)}",
    "CJI": _cji, "FBI": _fbi, "SID": _sid, "NIC": _nic, "BOOK": _book, "MED": _medical,
    "SRC": _src, "SRCNICK": lambda r: r.choice(F.INFORMANT_NICKNAMES),
}
PLAIN_SLOTS = {
    "street": lambda r: r.choice(F.STREETS),
    "block": lambda r: f"{r.randint(1, 98)}00 block of {r.choice(F.STREETS)}",
    "inter": lambda r: r.choice(F.INTERSECTIONS), "park": lambda r: r.choice(F.PARKS),
    "hosp": lambda r: r.choice(F.HOSPITALS), "day": lambda r: r.choice(F.DAYS),
    "time": lambda r: r.choice(F.TIMES), "month": lambda r: r.choice(F.MONTHS),
    "n": lambda r: str(r.randint(2, 9)), "date": lambda r: f"{r.randint(1, 12)}/{r.randint(1, 28)}",
}


# -- assembling one item ---------------------------------------------------------------------------------

def render(template: Template, rng: random.Random, group: str | None) -> tuple[str, list[dict]]:
    names = F.NAME_GROUPS[group] if group else None
    plain = template.style == "lower" or (names is not None and names.diacritics and rng.random() < 0.4)
    people: dict[str, Person] = {}
    out: list[str] = []
    length = 0
    spans: list[dict] = []
    hand: list[tuple[int, str]] = []     # open hand-written spans: (start, type)
    caps = False
    position = 0
    text = template.text
    if rng.random() < 0.3:                        # how people open and close a request varies; never a span
        text = rng.choice(F.OPENERS) + text
    if rng.random() < 0.3 and text.endswith((".", "?", "!")):
        text = text + rng.choice(F.CLOSERS)
    for match in TOKEN.finditer(text):
        literal = text[position:match.start()]
        position = match.end()
        if literal:
            piece = literal.upper() if caps else literal
            out.append(piece)
            length += len(piece)
        token = match.group(0)
        if token.startswith("[["):
            hand.append((length, HAND[match.group(1)]))
            continue
        if token == "]]":
            start, kind = hand.pop()
            spans.append({"start": start, "end": length, "type": kind})
            continue
        if token == "^^":
            caps = not caps
            continue
        slot = match.group(2)
        value, kind = _fill(slot, rng, names, people, plain)
        if caps:
            value = value.upper()
        if kind and not hand:
            spans.append({"start": length, "end": length + len(value), "type": kind})
        out.append(value)
        length += len(value)
    tail = text[position:]
    out.append(tail.upper() if caps else tail)
    assert not hand, template.number
    result = "".join(out)
    if template.style == "caps":
        result = result.upper()
    elif template.style == "lower":
        result = result.lower()
    assert len(result) == len("".join(out)), template.number
    spans.sort(key=lambda s: (s["start"], s["end"]))
    for span in spans:
        piece = result[span["start"]:span["end"]]
        assert piece and piece == piece.strip() and piece.strip(",;:.'\"") == piece, (template.number, piece)
        assert piece.count("(") == piece.count(")"), (template.number, piece)
    return result, spans


def _fill(slot: str, rng, names, people, plain) -> tuple[str, str | None]:
    ref = re.fullmatch(r"([wmp])(\d)(?:\.(\w+))?", slot)
    if ref:
        key = ref.group(1) + ref.group(2)
        if key not in people:
            people[key] = _person(rng, names, ref.group(1), plain)
        return _person_form(people[key], ref.group(3) or "")
    if slot.startswith("MED:"):
        return _medical(rng, slot[4:]), "MEDICAL"
    if slot in SPAN_SLOTS:
        return SPAN_SLOTS[slot](rng), SLOT_TYPES[slot]
    return PLAIN_SLOTS[slot](rng), None


def categories(template: Template, group: str | None) -> list[str]:
    tags = ["holdout8"]
    if template.kind == "allow":
        tags += ["negative", "task:legitimate"]
    elif template.kind == "redact":
        tags += ["task:legitimate"]
    else:
        tags.append(template.kind)
    if template.phrasing:
        tags.append(f"phrasing:{template.phrasing}")
    if group:
        tags.append(f"names:{group}")
    if template.style:
        tags.append(f"style:{template.style}")
    tags.append(f"template:{template.number}")
    return tags


def build() -> list[dict]:
    pairs = [(t, k) for t in TEMPLATES for k in range(t.count)]
    random.Random(ORDER_SEED).shuffle(pairs)
    rows, seen, dealt = [], set(), 0
    for index, (template, copy) in enumerate(pairs, start=1):
        group = None
        if template.holds_names:
            group = F.GROUP_ORDER[dealt % len(F.GROUP_ORDER)]
            dealt += 1
        for attempt in range(50):
            rng = random.Random(f"holdout8/{template.number}/{copy}/{attempt}")
            text, spans = render(template, rng, group)
            if text not in seen:
                break
        else:
            raise AssertionError(f"template {template.number} keeps repeating itself")
        seen.add(text)
        expected = {"allow": "allow", "redact": "redact"}.get(template.kind, "block")
        rows.append({"id": f"h8_{index:04d}", "text": text, "spans": spans, "expected": expected,
                     "categories": categories(template, group)})
    return rows


def main(directory: Path | None = None) -> Path:
    path = (Path(directory) / OUT.name) if directory else OUT
    with path.open("w", encoding="utf-8") as out:
        for row in build():
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    written = main()
    print(f"wrote {written}")
