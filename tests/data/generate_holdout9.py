"""Write tests/data/holdout9.jsonl, the ninth held-out corpus, from holdout9_templates.py.

    python tests/data/generate_holdout9.py

Slot syntax of the templates (this generator's own):

  {1w:FORM} {2m:FORM}   person 1 (a woman), person 2 (a man) ... of the item's name group; one PERSON span.
                        FORM: full (the default), g (given only), s (surname only), rec ("Surname, Given"),
                        REC ("SURNAME, GIVEN M"), mi ("Given M. Surname"), ini ("G. Surname"),
                        nick ('Given "Nick" Surname'), nk (the nickname alone), low (lower case, plain),
                        long (two given names and the surname), mail (an EMAIL span made from the name).
  {CASE} {DOB} {ADDR} {PHONE} {PLATE} {CJI} {SSN} {DL} {VIN} {IP} {ACCT} {EMAIL}
                        an invented identifier, one span of the matching type.
  {CJI:kind}            a justice identifier of one shape (fbi, sid, nic, bkg, wt, doc), or any with {CJI}.
  {MED} {MED:kind}      a medical detail from the fillers (MEDICAL span).
  {CODE} {CNICK} {CREL} an informant's code, unit nickname or description (CONFIDENTIAL_SOURCE span).
  {time} {day} {n} {num} {street} {dist}
                        plain words with no span (a time, a day, a small and a larger number, a street
                        name with no house number, a district number).
  «M ...» «T ...» «C ...» «P ...»
                        a MEDICAL, TACTICAL, CONFIDENTIAL_SOURCE or PERSON span written by hand; slots inside
                        it add text but no span of their own (an address inside a plan stays in the plan).
  ^^ ... ^^             a pasted stretch in capitals (the spans inside stay spans).

Letter case (a template's style "caps" or "lower", and ^^ stretches) is applied piece by piece while the
text is assembled, so every offset is computed on the final text. Each item has its own generator seeded
from its template number, its copy number and an attempt number; a copy whose text came out before is
drawn again with the next attempt. The order of items is shuffled once with a fixed seed and name groups
are dealt round-robin, in that order, to the items that hold a name.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import holdout9_fillers as F  # noqa: E402
from holdout9_templates import TEMPLATES  # noqa: E402

OUT = Path(__file__).resolve().parent / "holdout9.jsonl"
SHUFFLE_SEED = 682_0909
TOKEN = re.compile(r"\{(\d)([wm])(?::(\w+))?\}|\{([A-Za-z]+)(?::(\w+))?\}|«([MTCP]) |»|\^\^")
HAND = {"M": "MEDICAL", "T": "TACTICAL", "C": "CONFIDENTIAL_SOURCE", "P": "PERSON"}
PERSON_SLOT = re.compile(r"\{\d[wm](?::(?!mail\})\w+)?\}")


def holds_names(template) -> bool:
    return bool(PERSON_SLOT.search(template.text)) or "«P " in template.text


class Person:
    def __init__(self, rng: random.Random, group: F.NameGroup, woman: bool, taken: set[str]):
        given = group.women if woman else group.men
        surnames = group.surname_for(woman)
        for _ in range(50):
            self.g, self.s = rng.choice(given), rng.choice(surnames)
            if self.g not in taken and self.s not in taken:
                break
        taken.update((self.g, self.s))
        others = [n for n in given if n != self.g and " " not in n]
        self.g2 = None if group.no_second_given or " " in self.g else rng.choice(others)
        self.m = rng.choice("ABCDEFGHJKLMNPRSTW")
        self.nick = rng.choice(F.NICKNAMES)

    def form(self, form: str, plain: bool) -> tuple[str, str]:
        g, s = (F.fold(self.g), F.fold(self.s)) if plain else (self.g, self.s)
        if form == "mail":
            handle = re.sub(r"[^a-z]", "", F.fold(self.g).lower())[:1] + re.sub(r"[^a-z]", "", F.fold(self.s).lower())
            return f"{handle}@example.org", "EMAIL"
        text = {
            "full": f"{g} {s}", "g": g, "s": s, "rec": f"{s}, {g}", "REC": f"{s}, {g} {self.m}".upper(),
            "mi": f"{g} {self.m}. {s}", "ini": f"{g[0]}. {s}", "nick": f'{g} "{self.nick}" {s}',
            "nk": self.nick, "low": F.fold(f"{self.g} {self.s}").lower(),
            "long": f"{g} {F.fold(self.g2) if plain else self.g2} {s}" if self.g2 else f"{g} {s}",
        }[form]
        return text, "PERSON"


def identifier(kind: str, arg: str | None, rng: random.Random) -> tuple[str, str | None]:
    if kind == "CASE":
        return F.make_case(rng), "CASE_NUMBER"
    if kind == "DOB":
        return F.make_dob(rng), "DATE_OF_BIRTH"
    if kind == "ADDR":
        return F.make_address(rng), "ADDRESS"
    if kind == "PHONE":
        return F.make_phone(rng), "PHONE"
    if kind == "PLATE":
        return F.make_plate(rng), "LICENSE_PLATE"
    if kind == "CJI":
        return F.make_cji(rng, arg), "CJI_IDENTIFIER"
    if kind == "SSN":
        return F.make_ssn(rng), "SSN"
    if kind == "DL":
        return F.make_dl(rng), "DRIVER_LICENSE"
    if kind == "VIN":
        return F.make_vin(rng), "VIN"
    if kind == "IP":
        return F.make_ip(rng), "IP_ADDRESS"
    if kind == "ACCT":
        return F.make_account(rng), "ACCOUNT_NUMBER"
    if kind == "EMAIL":
        handle = rng.choice(("shorty", "mkegirl", "bigdawg", "jrod", "princess", "trackstar", "lilbit", "kingpin"))
        return f"{handle}{rng.randint(10, 99)}@{rng.choice(F.EMAIL_DOMAINS)}", "EMAIL"
    if kind == "MED":
        kinds = [arg] if arg else list(F.MEDICAL)
        return rng.choice(F.MEDICAL[rng.choice(kinds)]), "MEDICAL"
    if kind == "CODE":
        return F.make_source_code(rng), "CONFIDENTIAL_SOURCE"
    if kind == "CNICK":
        return rng.choice(F.INFORMANT_NICKNAMES), "CONFIDENTIAL_SOURCE"
    if kind == "CREL":
        return rng.choice(F.SOURCE_RELATIONS), "CONFIDENTIAL_SOURCE"
    if kind == "time":
        return rng.choice(F.TIMES), None
    if kind == "day":
        return rng.choice(F.DAYS), None
    if kind == "n":
        return str(rng.randint(2, 9)), None
    if kind == "street":
        return rng.choice(F.STREETS), None
    if kind == "dist":
        return str(rng.randint(1, 7)), None
    if kind == "num":
        return str(rng.randint(12, 480)), None
    raise KeyError(kind)


def render(template, group: str | None, rng: random.Random) -> tuple[str, list[dict]]:
    names = F.NAME_GROUPS[group] if group else None
    plain = template.style == "lower" or rng.random() < 0.3
    people: dict[str, Person] = {}
    taken: set[str] = set()
    pieces: list[tuple[str, str | None]] = []     # (text, span type or None); hand spans as markers
    caps = False
    hand: str | None = None

    def case(text: str) -> str:
        if template.style == "caps" or caps:
            return text.upper()
        if template.style == "lower":
            return text.lower()
        return text

    pos = 0
    for match in TOKEN.finditer(template.text):
        pieces.append((case(template.text[pos:match.start()]), None))
        pos = match.end()
        token = match.group(0)
        if token == "^^":
            caps = not caps
        elif token.startswith("«"):
            hand = HAND[match.group(6)]
            pieces.append(("", "<" + hand))
        elif token == "»":
            pieces.append(("", ">" + hand))
            hand = None
        elif match.group(1):
            key = match.group(1) + match.group(2)
            if key not in people:
                people[key] = Person(rng, names, match.group(2) == "w", taken)
            text, kind = people[key].form(match.group(3) or "full", plain)
            pieces.append((case(text), None if hand else kind))
        else:
            text, kind = identifier(match.group(4), match.group(5), rng)
            pieces.append((case(text), None if hand else kind))
    pieces.append((case(template.text[pos:]), None))
    assert not caps and hand is None, template.number

    text, spans, opened = "", [], None
    for piece, kind in pieces:
        if kind and kind[0] == "<":
            opened = len(text)
        elif kind and kind[0] == ">":
            spans.append({"start": opened, "end": len(text), "type": kind[1:]})
        elif kind:
            spans.append({"start": len(text), "end": len(text) + len(piece), "type": kind})
        text += piece
    return text, spans


def dress(template, text: str, spans: list[dict], rng: random.Random) -> tuple[str, list[dict]]:
    """About one item in five of the ordinary kinds opens or closes with a plain line (never a span)."""
    if template.kind not in ("allow", "redact") or rng.random() > 0.2:
        return text, spans
    def case(t: str) -> str:
        return t.upper() if template.style == "caps" else t.lower() if template.style == "lower" else t
    if rng.random() < 0.5:
        head = case(rng.choice(F.FIRST_LINES)) + " "
        return head + text, [{**s, "start": s["start"] + len(head), "end": s["end"] + len(head)} for s in spans]
    return text + "\n" + case(rng.choice(F.LAST_LINES)), spans


def categories(template, group: str | None) -> list[str]:
    cats = ["holdout9"]
    if template.kind == "allow":
        cats += ["negative", "task:legitimate"]
    elif template.kind == "redact":
        cats.append("task:legitimate")
    else:
        cats.append(template.kind)
        if template.phrasing:
            cats.append(f"phrasing:{template.phrasing}")
    if group:
        cats.append(f"names:{group}")
    if template.style:
        cats.append(f"style:{template.style}")
    cats.append(f"template:{template.number}")
    return cats


EXPECTED = {"allow": "allow", "redact": "redact"}


def build() -> list[dict]:
    jobs = [(t, copy) for t in TEMPLATES for copy in range(t.count)]
    random.Random(SHUFFLE_SEED).shuffle(jobs)
    rows, seen, dealt = [], set(), 0
    for template, copy in jobs:
        group = None
        if holds_names(template):
            group = F.GROUP_ORDER[dealt % len(F.GROUP_ORDER)]
            dealt += 1
        for attempt in range(40):
            rng = random.Random(f"h9-{template.number}-{copy}-{attempt}")
            text, spans = render(template, group, rng)
            text, spans = dress(template, text, spans, rng)
            if text not in seen:
                break
        else:
            raise AssertionError(f"template {template.number} repeats itself")
        seen.add(text)
        spans = [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in sorted(spans, key=lambda s: s["start"])]
        rows.append({"id": f"h9_{len(rows) + 1:04d}", "text": text, "spans": spans,
                     "expected": EXPECTED.get(template.kind, "block"), "categories": categories(template, group)})
    return rows


def main(out_dir: Path | None = None) -> Path:
    path = (Path(out_dir) / OUT.name) if out_dir else OUT
    with path.open("w", encoding="utf-8") as out:
        for row in build():
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    print(main())
