"""Writes tests/data/holdout5.jsonl, the fifth held-out corpus, from holdout5_templates.py and
holdout5_fillers.py. Deterministic: the item order is shuffled once with a fixed seed, and every
item has its own random.Random seeded from its template number and its number within the template.

    python tests/data/generate_holdout5.py

Slot syntax (this generator's own):

    {p1} {p1.FORM}       a person of the item's name group; p = woman or man at random, w = a woman,
                         m = a man; the digit tells people apart within an item. FORMS, all one PERSON
                         span unless said otherwise:
                           full (default; Somali, South Sudanese names may carry a father's name)
                           given, sur, mi ("Given M. Surname"), init ("G. Surname"),
                           rec ("SURNAME, GIVEN M", capitals), lf ("Surname, Given"),
                           nick ('Given "Nick" Surname', one span), aka (the street nickname alone),
                           low (the whole name typed in lower case, no diacritics),
                           email (an EMAIL span built from the name, no PERSON span),
                           he him his He His mr Mr (pronoun or courtesy title, no span)
    {p1.FORM!TYPE}       the same name as another span type (an informant's name: CONFIDENTIAL_SOURCE,
                         an undercover identity: TACTICAL); such an item carries no names: category
                         unless it also holds a PERSON span
    {NAME}               a filler from FILLERS below; its span type (or none) comes with it
    {=TYPE|text}         text, which may hold slots, labelled as ONE span of TYPE (inner spans give way)
    {~a|b|c}             one of the choices at random (each may hold slots); no span of its own
    {#a|b|c}             the choice for the item's number within its template (the first item takes a,
                         the second b, ...), so a template's items differ where its other slots might not
    ^^ ... ^^            a stretch pasted in ALL CAPS (its spans are kept; offsets stay exact)

A template's style ("caps" or "lower") puts the whole item in that letter case. Case is applied to
each piece while the text is put together, so every offset is exact in the final text.
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

import holdout5_fillers as F  # noqa: E402
from holdout5_templates import TEMPLATES, Template  # noqa: E402

OUT = HERE / "holdout5.jsonl"
CORPUS_TAG = "holdout5"
ORDER_SEED = "holdout5/order/2026"

PERSON_SLOT = re.compile(r"^([pwm])(\d)(?:\.(\w+))?(?:!([A-Z_]+))?$")
NAME_FORMS = ("full", "given", "sur", "mi", "init", "rec", "lf", "nick", "aka", "low")
HOLDS_PERSON = re.compile(r"\{[pwm]\d(?:\.(?:" + "|".join(NAME_FORMS) + r"))?\}")


class Item:
    """What one item is being built from: its generator, its name group, its people, its pieces."""

    def __init__(self, rng: random.Random, group: str, number: int):
        self.rng = rng
        self.number = number    # the item's number within its template, from 1
        self.group = group
        self.people: dict[str, F.Person] = {}
        self.taken: set[str] = set()
        self.pieces: list[tuple[str, bool, int | None]] = []   # text, pasted in capitals, span id
        self.span_types: list[str] = []

    def person(self, kind: str, digit: str) -> F.Person:
        key = kind + digit
        if key not in self.people:
            woman = {"w": True, "m": False}.get(kind, self.rng.random() < 0.5)
            self.people[key] = F.make_person(self.rng, self.group, woman, self.taken)
        return self.people[key]


def _person_text(item: Item, person: F.Person, form: str) -> tuple[str, str | None]:
    g, s = person.given, person.surname
    woman = person.woman
    pronouns = {"he": "she" if woman else "he", "him": "her" if woman else "him", "his": "her" if woman else "his",
                "He": "She" if woman else "He", "His": "Her" if woman else "His",
                "mr": "Ms." if woman else "Mr.", "Mr": "Ms." if woman else "Mr."}
    if form in pronouns:
        return pronouns[form], None
    if form == "email":
        return F.email_for(item.rng, person), "EMAIL"
    text = {
        "full": person.full,
        "given": g,
        "sur": s,
        "mi": f"{g} {person.middle}. {s}",
        "init": f"{g[0]}. {s}",
        "rec": f"{s.upper()}, {g.upper()} {person.middle}",
        "lf": f"{s}, {g}",
        "nick": f'{g} "{person.nickname}" {s}',
        "aka": person.nickname,
        "low": F.fold(person.full).lower(),
    }[form]
    return text, "PERSON"


def _tactical_op(rng: random.Random) -> str:
    day, time = rng.choice(F.DAYS), rng.choice(["0500", "0530", "0600", "4:45 a.m.", "2300 hrs", "0615"])
    return rng.choice([f"{day} at {time} at {F.address(rng)}", f"{time} {day} at {F.address(rng)}",
                       f"{day} morning, {time}, at {F.address(rng)}", f"tomorrow at {time} at {F.address(rng)}"])


def _tactical_stage(rng: random.Random) -> str:
    return f"{rng.choice(F.PLACES)} at {F.intersection(rng)}"


def _tactical_post(rng: random.Random) -> str:
    return rng.choice([f"the upstairs window of the vacant duplex across from {F.address(rng)}",
                       f"an unmarked van on {rng.choice(F.STREETS)} facing the alley",
                       f"the back office of the tire shop at {F.address(rng)}",
                       f"the pole camera on the light post outside {F.address(rng)}"])


def _ci_number(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(1000, 9999)}", f"{rng.choice(['25', '26'])}-{rng.randint(1, 999):03d}",
                       f"{rng.randint(100, 999)}-{rng.choice('ABCK')}", f"0{rng.randint(100, 999)}"])


def _age(rng: random.Random) -> str:
    return str(rng.choice(F.AGES))


def _c(values):
    return lambda rng: rng.choice(values)


# name -> (function of the item's generator, span type or None)
FILLERS = {
    "addr": (F.address, "ADDRESS"),
    "saddr": (F.short_address, "ADDRESS"),
    "dob": (F.dob, "DATE_OF_BIRTH"),
    **{f"dob.{shape}": ((lambda shape: lambda rng: F.dob(rng, shape))(shape), "DATE_OF_BIRTH")
       for shape in ("slash", "iso", "long", "short", "dash", "ncic")},
    "ssn": (F.ssn, "SSN"),
    "dl": (F.driver_license, "DRIVER_LICENSE"),
    "plate": (F.plate, "LICENSE_PLATE"),
    "vin": (F.vin, "VIN"),
    "phone": (F.phone, "PHONE"),
    "email": (F.plain_email, "EMAIL"),
    "ip": (F.ip_address, "IP_ADDRESS"),
    "card": (F.card, "ACCOUNT_NUMBER"),
    "acct": (F.bank_account, "ACCOUNT_NUMBER"),
    "case": (F.case_number, "CASE_NUMBER"),
    **{f"case.{shape}": ((lambda shape: lambda rng: F.case_number(rng, shape))(shape), "CASE_NUMBER")
       for shape in ("mpd", "mpd_long", "court", "court_short", "citation", "citation2", "incident", "cad",
                     "arrest", "muni", "da", "bare")},
    "cji": (F.cji_identifier, "CJI_IDENTIFIER"),
    **{f"cji.{shape}": ((lambda shape: lambda rng: F.cji_identifier(rng, shape))(shape), "CJI_IDENTIFIER")
       for shape in ("fbi", "sid", "nic", "warrant", "booking", "booking2", "doc")},
    "med.dx": (_c(F.DIAGNOSES), "MEDICAL"),
    "med.rx": (_c(F.MEDICATIONS), "MEDICAL"),
    "med.inj": (_c(F.INJURIES), "MEDICAL"),
    "med.mh": (_c(F.MENTAL_HOLDS), "MEDICAL"),
    "med.od": (_c(F.OVERDOSES), "MEDICAL"),
    "med.preg": (_c(F.PREGNANCIES), "MEDICAL"),
    "med.hiv": (_c(F.HIV), "MEDICAL"),
    "ci": (_ci_number, "CONFIDENTIAL_SOURCE"),
    "tac.op": (_tactical_op, "TACTICAL"),
    "tac.stage": (_tactical_stage, "TACTICAL"),
    "tac.post": (_tactical_post, "TACTICAL"),
    # no span
    "street": (_c(F.STREETS), None),
    "block": (F.block, None),
    "inter": (F.intersection, None),
    "park": (_c(F.PARKS), None),
    "place": (_c(F.PLACES), None),
    "time": (_c(F.TIMES), None),
    "day": (_c(F.DAYS), None),
    "age": (_age, None),
    "veh": (_c(F.VEHICLES), None),
    "district": (_c(F.DISTRICTS), None),
    "rank": (_c(F.RANKS), None),
    "statute": (_c(F.STATUTES), None),
    "ord": (_c(F.ORDINANCES), None),
    "sop": (_c(F.SOPS), None),
    "caselaw": (_c(F.CASE_LAW), None),
    "n": (lambda rng: str(rng.randint(2, 19)), None),
    "big": (lambda rng: f"{rng.randint(120, 4800):,}", None),
    "pct": (lambda rng: f"{rng.randint(3, 61)}%", None),
    "month": (_c(F.MONTHS), None),
    "date": (lambda rng: f"{rng.choice(F.MONTHS)} {rng.randint(1, 28)}", None),
}


def _closing(text: str, start: int) -> int:
    """Index of the brace that closes the one at ``start``."""
    depth = 0
    for index in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[index], 0)
        if depth == 0:
            return index
    raise ValueError(f"unclosed slot in {text[start:start + 60]!r}")


def _split_choices(text: str) -> list[str]:
    parts, depth, current = [], 0, []
    for char in text:
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        depth += {"{": 1, "}": -1}.get(char, 0)
        current.append(char)
    parts.append("".join(current))
    return parts


def _emit(item: Item, text: str, caps: bool, span: int | None) -> None:
    if text:
        item.pieces.append((text, caps, span))


def _new_span(item: Item, kind: str) -> int:
    item.span_types.append(kind)
    return len(item.span_types) - 1


def _expand(item: Item, text: str, caps: bool, outer: int | None) -> bool:
    """Adds the pieces of ``text`` to the item; returns the caps state at its end (``^^`` toggles it)."""
    index, plain = 0, []
    while index < len(text):
        if text.startswith("^^", index):
            _emit(item, "".join(plain), caps, outer)
            plain, caps, index = [], not caps, index + 2
            continue
        if text[index] != "{":
            plain.append(text[index])
            index += 1
            continue
        _emit(item, "".join(plain), caps, outer)
        plain = []
        end = _closing(text, index)
        _slot(item, text[index + 1:end], caps, outer)
        index = end + 1
    _emit(item, "".join(plain), caps, outer)
    return caps


def _slot(item: Item, body: str, caps: bool, outer: int | None) -> None:
    if body.startswith("="):
        kind, _, inner = body[1:].partition("|")
        span = outer if outer is not None else _new_span(item, kind)
        _expand(item, inner, caps, span)
        return
    if body.startswith("~"):
        _expand(item, item.rng.choice(_split_choices(body[1:])), caps, outer)
        return
    if body.startswith("#"):
        choices = _split_choices(body[1:])
        _expand(item, choices[(item.number - 1) % len(choices)], caps, outer)
        return
    match = PERSON_SLOT.match(body)
    if match:
        kind, digit, form, override = match.groups()
        text, span_type = _person_text(item, item.person(kind, digit), form or "full")
        if span_type and override:
            span_type = override
    else:
        function, span_type = FILLERS[body]
        text = function(item.rng)
    span = outer if outer is not None or span_type is None else _new_span(item, span_type)
    _emit(item, text, caps, span)


def _case(text: str, style: str | None, caps: bool) -> str:
    if caps or style == "caps":
        return text.upper()
    if style == "lower":
        return text.lower()
    return text


def render(template: Template, rng: random.Random, group: str, number: int) -> tuple[str, list[dict]]:
    item = Item(rng, group, number)
    if _expand(item, template.text, False, None):
        raise ValueError(f"template {template.number}: unbalanced ^^")
    text, bounds = "", {}
    for piece, caps, span in item.pieces:
        piece = _case(piece, template.style, caps)
        if span is None and piece.startswith(".") and text.endswith("."):
            piece = piece[1:]     # "... W. Keefe Ave." ending a sentence takes no second full stop
        if span is not None:
            start, _ = bounds.get(span, (len(text), 0))
            bounds[span] = (start, len(text) + len(piece))
        text += piece
    spans = [{"start": s, "end": e, "type": item.span_types[i]} for i, (s, e) in sorted(bounds.items(),
                                                                                            key=lambda kv: kv[1])]
    return text, spans


def categories(template: Template, group: str | None) -> list[str]:
    cats = [CORPUS_TAG]
    if template.expected == "allow":
        cats += ["negative", "task:legitimate"]
    elif template.expected == "redact":
        cats += ["task:legitimate"]
    else:
        cats.append(template.kind)
        if template.kind.startswith("prohibited:"):
            cats.append(f"phrasing:{template.phrasing}")
    if group:
        cats.append(f"names:{group}")
    if template.style:
        cats.append(f"style:{template.style}")
    cats.append(f"template:{template.number}")
    return cats


def _check(template: Template, text: str, spans: list[dict]) -> None:
    for span in spans:
        piece = text[span["start"]:span["end"]]
        assert piece and piece == piece.strip() and piece.strip(",;:\"'.") == piece.rstrip("."), (template.number, piece)
    people = any(s["type"] == "PERSON" for s in spans)
    assert people == bool(HOLDS_PERSON.search(template.text)), template.number
    if template.expected == "allow":
        assert not spans, template.number
    elif template.expected == "redact":
        assert spans, template.number


def build() -> list[dict]:
    slots = [(t, k) for t in TEMPLATES for k in range(1, t.count + 1)]
    random.Random(ORDER_SEED).shuffle(slots)
    rows, turn = [], 0
    for number, (template, k) in enumerate(slots, start=1):
        rng = random.Random(f"holdout5/{template.number}/{k}")
        holds_names = bool(HOLDS_PERSON.search(template.text))
        if holds_names:
            group = F.GROUP_ORDER[turn % len(F.GROUP_ORDER)]
            turn += 1
        else:
            group = rng.choice(F.GROUP_ORDER)
        text, spans = render(template, rng, group, k)
        _check(template, text, spans)
        rows.append({"id": f"h5_{number:04d}", "text": text, "spans": spans, "expected": template.expected,
                     "categories": categories(template, group if holds_names else None)})
    return rows


def main(out_dir: Path | None = None) -> Path:
    path = Path(out_dir) / OUT.name if out_dir else OUT
    with path.open("w", encoding="utf-8") as out:
        for row in build():
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    print(main())
